// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped language is complete, and its translations are built into the program.
#include "applanguage.h"
#include "helpviewer.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "reportlanguage.h"
#include "reportwords.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

TEST(Translations, ShippedLanguagesHaveNoUnfinishedStrings)
{
    const QDir dir(antrum::test::sourcePath(QStringLiteral("translations")));
    const QStringList files = dir.entryList({QStringLiteral("antrum_*.ts")});
    ASSERT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        EXPECT_EQ(text.count("type=\"unfinished\""), 0) << qPrintable(name);
        EXPECT_GT(text.count("<translation>"), 50) << qPrintable(name);
    }
}

TEST(Translations, DutchIsBuiltIn)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/antrum_nl.qm")));
    EXPECT_EQ(translator.translate("antrum::MainWindow", "Depends on"), QStringLiteral("Hangt af van"));
    EXPECT_EQ(translator.translate("AnalysisOutput", "Capability"), QStringLiteral("Bedrijfsfunctie"));
}

namespace {

/// The %-placeholders of a text, sorted, each once (%1, %L2, %n): QString::arg() fills every
/// occurrence, so a translation may repeat one or use them in another order.
QString placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%L?\\d|%n"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found.join(u' ');
}

} // namespace

TEST(Translations, EveryTranslationKeepsItsPlaceholdersAndAccelerator)
{
    const QDir dir(antrum::test::sourcePath(QStringLiteral("translations")));
    for (const QString &name : dir.entryList({QStringLiteral("antrum_*.ts")})) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source, translation;
        bool numerus = false;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"translation" && !numerus) {
                translation = xml.readElementText();
                ++checked;
                EXPECT_EQ(placeholders(translation), placeholders(source)) << qPrintable(name) << ": " << qPrintable(source);
                const auto accelerator = [](QString text) {
                    text.remove(QStringLiteral("&&"));
                    static const QRegularExpression letter(QStringLiteral("&\\w"), QRegularExpression::UseUnicodePropertiesOption);
                    return text.contains(letter);
                };
                EXPECT_EQ(accelerator(translation), accelerator(source)) << qPrintable(name) << ": " << qPrintable(source);
            }
        }
        EXPECT_FALSE(xml.hasError()) << qPrintable(name);
        EXPECT_GT(checked, 1000) << qPrintable(name);
    }
}

TEST(Translations, EachLanguageSpeaksInTheMenusAndFormatsTheLocalWay)
{
    struct Expected {
        const char *language;
        const char *file;  // the File menu
        QChar decimal;
        const char *november;
        const char *date; // the report's long date
    };
    const Expected languages[] = {{"nl", "&Bestand", u',', "november", "23 november 2026"},
                                  {"de", "&Datei", u',', "November", "23. November 2026"},
                                  {"fr", "&Fichier", u',', "novembre", "23 novembre 2026"},
                                  {"en", "&File", u'.', "November", "23 November 2026"}};
    for (const Expected &e : languages) {
        const QString language = QString::fromLatin1(e.language);
        ASSERT_TRUE(antrum::AppLanguage::install(language)) << e.language;
        antrum::MainWindow window;
        EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QString::fromUtf8(e.file)) << e.language;
        EXPECT_EQ(QLocale().decimalPoint(), QString(e.decimal)) << e.language;
        EXPECT_EQ(QLocale().monthName(11), QString::fromUtf8(e.november)) << e.language;
        EXPECT_EQ(antrum::ReportLanguage::defaultLanguage(), language); // the report follows the interface
        EXPECT_EQ(antrum::words::longDate(QDate(2026, 11, 23)), QString::fromUtf8(e.date)) << e.language;
    }
}

TEST(Translations, PreferencesStoreTheLanguageAndAskForARestart)
{
    ASSERT_TRUE(antrum::AppLanguage::install(QStringLiteral("en")));
    antrum::AppLanguage::setConfigured(QString());
    antrum::MainWindow window;
    bool changed = false;
    window.preferencesDialog([&](antrum::PreferencesDialog &dialog) {
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        ASSERT_NE(language, nullptr);
        EXPECT_EQ(language->count(), 5); // the system's, and the four shipped
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.accept();
        changed = dialog.languageChanged();
    });
    EXPECT_TRUE(changed);
    EXPECT_EQ(antrum::AppLanguage::configured(), QStringLiteral("de"));
    EXPECT_EQ(antrum::AppLanguage::effective(), QStringLiteral("de"));
    window.preferencesDialog([&](antrum::PreferencesDialog &dialog) {
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        EXPECT_EQ(language->currentData().toString(), QStringLiteral("de")); // shown as stored
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        dialog.accept();
        changed = dialog.languageChanged();
    });
    EXPECT_FALSE(changed); // English is running already
    antrum::AppLanguage::setConfigured(QString());
}

TEST(Translations, AboutGivesVersionLicenceAndCredits)
{
    antrum::MainWindow window;
    QString text, informative;
    window.aboutShown = [&](QMessageBox &box) {
        text = box.text();
        informative = box.informativeText();
    };
    window.showAbout();
    EXPECT_TRUE(text.contains(QStringLiteral(ANTRUM_VERSION)));
    EXPECT_TRUE(informative.contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(informative.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(informative.contains(QStringLiteral("2025-03"))); // the catalogue's date
}

TEST(Translations, TheUserGuideOpensInTheInterfaceLanguageWithItsPictures)
{
    for (const auto &[language, title] : {std::pair{"en", "Antrum user guide"}, std::pair{"nl", "Handleiding Antrum"}}) {
        ASSERT_TRUE(antrum::AppLanguage::install(QString::fromLatin1(language)));
        antrum::MainWindow window;
        window.showUserGuide();
        auto *viewer = window.findChild<antrum::HelpViewer *>();
        ASSERT_NE(viewer, nullptr) << language;
        const QTextDocument *document = viewer->browser()->document();
        EXPECT_TRUE(document->toPlainText().startsWith(QString::fromLatin1(title))) << language;
        // Every picture the guide shows is built in, and none is wider than the text.
        QStringList images;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    images << it.fragment().charFormat().toImageFormat().name();
        EXPECT_GE(images.size(), 5) << language;
        for (const QString &name : images) {
            const QImage image = document->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
            EXPECT_FALSE(image.isNull()) << qPrintable(name);
            EXPECT_LE(image.width(), viewer->browser()->viewport()->width()) << qPrintable(name);
        }
        // A link to another document opens it in the same window.
        Q_EMIT viewer->browser()->anchorClicked(QUrl(QStringLiteral("analysis.md")));
        EXPECT_TRUE(viewer->browser()->source().path().endsWith(QStringLiteral("analysis.md")));
        EXPECT_FALSE(viewer->browser()->document()->toPlainText().isEmpty());
    }
    antrum::AppLanguage::install(QStringLiteral("en"));
}
