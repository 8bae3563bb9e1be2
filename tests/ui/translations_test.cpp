// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped language is complete, and its translations are built into the program.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTranslator>

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
