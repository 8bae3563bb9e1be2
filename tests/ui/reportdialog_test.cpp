// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export report (ui/reportdialog) and the report's language (ui/reportlanguage): the
// report comes out in the language asked for whatever the user interface speaks, nothing is
// written when cancelled, and the main window offers it.
#include "mainwindow.h"
#include "modelfile.h"
#include "reportcontent.h"
#include "reportdialog.h"
#include "reportlanguage.h"
#include "testsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model sample()
{
    const ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model.has_value());
    return *loaded.model;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

ReportDialog::Settings settingsFor(const QString &path, const QString &language)
{
    ReportDialog::Settings s;
    s.organisation = QStringLiteral("Gemeente Lindewaard");
    s.author = QStringLiteral("Team I&A");
    s.language = language;
    s.path = path;
    s.openAfter = false;
    return s;
}

} // namespace

TEST(ReportLanguage, InstallsAndRestoresTranslatorAndLocale)
{
    const QLocale before;
    const QString english = QStringLiteral("Executive summary");
    {
        const ReportLanguage nl(QStringLiteral("nl"));
        ASSERT_TRUE(nl.ok());
        EXPECT_NE(QCoreApplication::translate("Report", "Executive summary"), english);
        EXPECT_EQ(QLocale().language(), QLocale::Dutch);
    }
    EXPECT_EQ(QCoreApplication::translate("Report", "Executive summary"), english);
    EXPECT_EQ(QLocale(), before);
    EXPECT_FALSE(ReportLanguage(QStringLiteral("tlh")).ok());
    EXPECT_EQ(QLocale(), before);
}

TEST(ReportLanguage, EnglishReportWhileTheInterfaceSpeaksDutch)
{
    QTranslator ui;
    ASSERT_TRUE(ui.load(QStringLiteral(":/i18n/antrum_nl.qm")));
    QCoreApplication::installTranslator(&ui);
    const QString dutch = QCoreApplication::translate("Report", "Executive summary");
    ASSERT_NE(dutch, QStringLiteral("Executive summary"));
    {
        const ReportLanguage en(QStringLiteral("en"));
        EXPECT_EQ(QCoreApplication::translate("Report", "Executive summary"), QStringLiteral("Executive summary"));
    }
    EXPECT_EQ(QCoreApplication::translate("Report", "Executive summary"), dutch) << "the interface keeps its language";
    QCoreApplication::removeTranslator(&ui);
}

TEST(ReportDialog, WritesThePdfInTheChosenLanguage)
{
    QTemporaryDir dir;
    ReportDialog dialog(sample());
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    dialog.setSettings(settingsFor(pdf, QStringLiteral("nl")));
    ASSERT_TRUE(dialog.exportReport()) << qPrintable(dialog.error());
    EXPECT_GE(dialog.pageCount(), 10);
    EXPECT_GT(dialog.seconds(), 0.0);
    const QString nl = pdfText(pdf);
    EXPECT_FALSE(nl.contains(QStringLiteral("Executive summary")));
    {
        // The key findings, in Dutch: the three most urgent, worked out here in the same language.
        const ReportLanguage scope(QStringLiteral("nl"));
        EXPECT_TRUE(nl.contains(QCoreApplication::translate("Report", "Executive summary"))) << qPrintable(nl.left(300));
        const Model model = sample();
        const ReportAnalyses analyses = computeReportAnalyses(model);
        const auto urgent = mostUrgentFindings(*analyses.findings);
        ASSERT_EQ(urgent.size(), 3u);
        for (const Finding *f : urgent)
            EXPECT_TRUE(nl.contains(f->title.simplified())) << qPrintable(f->title);
    }
    EXPECT_TRUE(nl.contains(QStringLiteral("Gemeente Lindewaard")));
    EXPECT_TRUE(nl.contains(QStringLiteral("Team I&A")));

    const QString html = dir.filePath(QStringLiteral("report.html"));
    dialog.setSettings(settingsFor(html, QStringLiteral("en")));
    ASSERT_TRUE(dialog.exportReport()) << qPrintable(dialog.error());
    QFile f(html);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(page.contains(QStringLiteral("Executive summary")));
    EXPECT_TRUE(page.contains(QStringLiteral("Team I&amp;A")));
}

TEST(ReportDialog, CancelWritesNothingAndKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("old.pdf"));
    {
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("the previous report");
    }
    for (const double at : {0.1, 0.8}) { // during the analyses, and while drawing the pages
        ReportDialog dialog(sample());
        dialog.setSettings(settingsFor(pdf, QStringLiteral("en")));
        dialog.setProgressHook([at](double share) { return share < at; });
        EXPECT_FALSE(dialog.exportReport()) << at;
        EXPECT_TRUE(dialog.cancelled()) << at;
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), QByteArray("the previous report")) << at;
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.pdf")}) << at;
    }
}

TEST(ReportDialog, RefusesAFileItCannotWriteAndSaysWhy)
{
    ReportDialog dialog(sample());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.setSettings(settingsFor(QStringLiteral("/tmp/report.docx"), QStringLiteral("en")));
    EXPECT_FALSE(ok->isEnabled());
    ReportDialog::Settings s = settingsFor(QStringLiteral("/tmp/report.pdf"), QStringLiteral("en"));
    s.logoPath = QStringLiteral("/no/such/logo.png");
    dialog.setSettings(s);
    EXPECT_FALSE(ok->isEnabled());
    s.logoPath.clear();
    dialog.setSettings(s);
    EXPECT_TRUE(ok->isEnabled());

    dialog.setSettings(settingsFor(QStringLiteral("/no/such/folder/report.pdf"), QStringLiteral("en")));
    EXPECT_FALSE(dialog.exportReport());
    EXPECT_FALSE(dialog.cancelled());
    EXPECT_FALSE(dialog.error().isEmpty());
}

TEST(ReportDialog, TheMainWindowOffersItWithCtrlP)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    QAction *action = window.findChild<QAction *>(QStringLiteral("exportReport"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::Print));
}
