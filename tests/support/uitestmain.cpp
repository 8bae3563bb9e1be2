// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the ui tests: a QApplication (offscreen, set by CMake) around GoogleTest.
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Also for test discovery, which runs without the tests' ENVIRONMENT property.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings, recent files and recovery files of the tests go to a test location, never
    // to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs tests of one executable in parallel processes: each keeps its own recovery
    // files, or one test's autosave would be offered to another.
    QTemporaryDir recovery;
    antrum::MainWindow::setRecoveryDirectory(recovery.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
