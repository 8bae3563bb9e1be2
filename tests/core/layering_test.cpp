// SPDX-License-Identifier: GPL-3.0-or-later
// The layering rule of README.md: core/ never depends on QtWidgets or Qt Charts, so that
// antrum-cli and the tests run without a display.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QRegularExpression forbiddenInclude()
{
    return QRegularExpression(
        QStringLiteral(R"(^\s*#\s*include\s*[<"](QtWidgets|QtCharts|QtPrintSupport|QWidget|QApplication|)"
                       R"(QMainWindow|QChart\w*|QAbstract\w*View|QDialog|QUndo\w*)\b)"),
        QRegularExpression::MultilineOption);
}

} // namespace

TEST(Layering, CoreIncludesNoWidgetsOrCharts)
{
    const QRegularExpression forbidden = forbiddenInclude();
    QDirIterator it(antrum::test::sourcePath(QStringLiteral("core")),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch match = forbidden.match(text);
        EXPECT_FALSE(match.hasMatch()) << qPrintable(path) << " includes "
                                       << qPrintable(match.captured(1));
        ++files;
    }
    EXPECT_GT(files, 3);
}

TEST(Layering, DetectorSeesAForbiddenInclude)
{
    // Guards the regular expression above against silently matching nothing.
    const QRegularExpression forbidden = forbiddenInclude();
    EXPECT_TRUE(forbidden.match(QStringLiteral("#include <QWidget>\n")).hasMatch());
    EXPECT_TRUE(forbidden.match(QStringLiteral("  #  include <QtCharts/QChartView>\n")).hasMatch());
    EXPECT_FALSE(forbidden.match(QStringLiteral("#include <QString>\n")).hasMatch());
}
