// SPDX-License-Identifier: GPL-3.0-or-later
// antrum-cli: the headless program of ../shared/spec/cli.md. Needs no display.
#include "commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstring>
#include <memory>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    // Only the report draws (its charts are Qt Charts widgets): it gets a QApplication on the
    // offscreen platform, so that it still needs no display; every other command stays Core-only.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session (a server, cron, CI) Qt warns that XDG_RUNTIME_DIR is
        // unset; give it a private directory instead, as a session would.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/antrum-runtime-") + QString::number(::getuid());
            if (QDir().mkpath(runtime) && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("antrum-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Antrum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANTRUM_VERSION));
    const int code = antrum::cli::run(QCoreApplication::arguments());
    // Everything is written; leave without tearing down the loaded model piece by piece.
    std::fflush(nullptr);
    std::_Exit(code);
}
