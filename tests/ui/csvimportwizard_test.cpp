// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import wizard: guessing, the column table, kind values, the relations sheet, bad
// rows, saving and loading the mapping, and the import into the main window.
#include "csvimportwizard.h"
#include "mainwindow.h"
#include "modeleditor.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace antrum;

namespace {

QString csv(const char *name)
{
    return test::dataPath(QStringLiteral("csv/") + QString::fromLatin1(name));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

CsvMapping fixtureMapping()
{
    Diagnostics diagnostics;
    const CsvMapping mapping = readCsvMapping(readAll(csv("applicaties.mapping.json")), QStringLiteral("m.json"), &diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    return mapping;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

std::set<QString> edgeKeys(const Model &model)
{
    std::set<QString> keys;
    for (const Edge &e : model.edges)
        keys.insert(e.from + u' ' + toString(e.kind) + u' ' + e.to);
    return keys;
}

} // namespace

TEST(CsvImportWizard, GuessesTheColumnsAndPreviewsTheSheet)
{
    CsvImportWizard wizard;
    ASSERT_TRUE(wizard.setNodesFile(csv("applicaties.csv")));
    using Use = CsvImportWizard::ColumnUse;
    EXPECT_EQ(wizard.columnUse(QStringLiteral("ID")), Use::Id);
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Naam")), Use::Name);
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Soort")), Use::Kind);
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Kritikaliteit")), Use::Criticality);
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Leverancier")), Use::Link);
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Hosting")), Use::Link);
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Opmerking")), Use::Attribute);

    Diagnostics diagnostics;
    const CsvSheet sheet = readCsvTable(readAll(csv("applicaties.csv")), QStringLiteral("a.csv"), -1, &diagnostics);
    auto *preview = wizard.findChild<QTableView *>(QStringLiteral("preview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->model()->columnCount(), sheet.header.size());
    EXPECT_EQ(preview->model()->rowCount(), int(sheet.rows.size()));
    // The multi-line quoted cell of the fixture arrives whole, and rows carry the file's numbers.
    EXPECT_EQ(preview->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
    EXPECT_TRUE(wizard.page(CsvImportWizard::FilesPage)->isComplete());
    EXPECT_TRUE(wizard.page(CsvImportWizard::ColumnsPage)->isComplete());
}

TEST(CsvImportWizard, ALoadedMappingIsShownAndSavedUnchanged)
{
    QTemporaryDir dir;
    CsvImportWizard wizard;
    ASSERT_TRUE(wizard.setNodesFile(csv("applicaties.csv")));
    ASSERT_TRUE(wizard.setEdgesFile(csv("relaties.csv")));
    QString error;
    ASSERT_TRUE(wizard.loadMapping(csv("applicaties.mapping.json"), &error)) << qPrintable(error);
    EXPECT_EQ(wizard.mapping(), fixtureMapping());
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Bedrijfsfunctie")), CsvImportWizard::ColumnUse::Link);
    EXPECT_EQ(wizard.findChild<QComboBox *>(QStringLiteral("edgeFrom"))->currentText(), QStringLiteral("Van"));

    const QString saved = dir.filePath(QStringLiteral("saved.mapping.json"));
    ASSERT_TRUE(wizard.saveMapping(saved, &error)) << qPrintable(error);
    Diagnostics diagnostics;
    EXPECT_EQ(readCsvMapping(readAll(saved), QStringLiteral("saved"), &diagnostics), fixtureMapping());
    EXPECT_TRUE(diagnostics.empty());

    // A broken mapping file is refused with its place, and the pages keep what they showed.
    const QString broken = writeFile(dir, QStringLiteral("broken.json"),
                                     R"({"format": "antrum-csv-mapping", "version": 1, "nodes": {"attributes": [{"column": "X", "type": "colour"}]}})");
    EXPECT_FALSE(wizard.loadMapping(broken, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("broken.json"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("attributes[0].type"))) << qPrintable(error);
    EXPECT_EQ(wizard.mapping(), fixtureMapping());
}

TEST(CsvImportWizard, ImportsWhatTheCommandLineImports)
{
    CsvImportWizard wizard;
    ASSERT_TRUE(wizard.setNodesFile(csv("applicaties.csv")));
    ASSERT_TRUE(wizard.setEdgesFile(csv("relaties.csv")));
    ASSERT_TRUE(wizard.loadMapping(csv("applicaties.mapping.json")));
    const CsvImportResult &result = wizard.runImport();
    ASSERT_TRUE(result.model) << (result.errors.empty() ? "" : qPrintable(result.errors.front().toString()));

    const QByteArray edges = readAll(csv("relaties.csv"));
    const CsvImportResult direct = importCsv(readAll(csv("applicaties.csv")), QStringLiteral("applicaties.csv"), &edges,
                                             QStringLiteral("relaties.csv"), fixtureMapping(), false);
    ASSERT_TRUE(direct.model);
    EXPECT_EQ(result.model->nodes.size(), direct.model->nodes.size());
    EXPECT_EQ(edgeKeys(*result.model), edgeKeys(*direct.model));
    EXPECT_EQ(result.created, direct.created);
    EXPECT_EQ(result.model->name, QStringLiteral("Gemeente Lindewaard (spreadsheet)"));
    EXPECT_TRUE(wizard.page(CsvImportWizard::CheckPage)->isComplete());
    EXPECT_EQ(wizard.findChild<QListWidget *>(QStringLiteral("created"))->count(), direct.created.size());
}

TEST(CsvImportWizard, ChangingAColumnChangesTheImport)
{
    CsvImportWizard wizard;
    ASSERT_TRUE(wizard.setNodesFile(csv("applicaties.csv")));
    ASSERT_TRUE(wizard.loadMapping(csv("applicaties.mapping.json")));
    wizard.setColumnUse(QStringLiteral("Hosting"), CsvImportWizard::ColumnUse::Ignore);
    wizard.setColumnUse(QStringLiteral("Opmerking"), CsvImportWizard::ColumnUse::Ignore);
    const CsvMapping mapping = wizard.mapping();
    EXPECT_EQ(mapping.edgeColumns.size(), 2U);
    EXPECT_EQ(mapping.attributes.size(), 3U);
    const CsvImportResult &result = wizard.runImport();
    ASSERT_TRUE(result.model);
    for (const Edge &e : result.model->edges)
        EXPECT_NE(e.kind, EdgeKind::HostedOn);
    for (const Node &n : result.model->nodes)
        EXPECT_EQ(n.attributes.count(QStringLiteral("description")), 0U) << qPrintable(n.id);

    // Only one column can be the name: choosing another takes it from "Naam".
    wizard.setColumnUse(QStringLiteral("Opmerking"), CsvImportWizard::ColumnUse::Name);
    EXPECT_EQ(wizard.columnUse(QStringLiteral("Naam")), CsvImportWizard::ColumnUse::Ignore);
    EXPECT_EQ(wizard.mapping().nameColumn, QStringLiteral("Opmerking"));
}

TEST(CsvImportWizard, BadRowsBlockTheImportUntilSkipped)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("apps.csv"),
                                   "Naam;Soort;Leverancier\n"
                                   "Mail;Applicatie;Microsoft\n"
                                   "Wolkje;Wolk;Microsoft\n"
                                   "Zaken;Applicatie;Centric\n");
    CsvImportWizard wizard;
    ASSERT_TRUE(wizard.setNodesFile(path));
    CsvImportResult result = wizard.runImport();
    EXPECT_FALSE(result.model);
    EXPECT_EQ(result.badRows, std::vector<int>{3});
    ASSERT_FALSE(result.errors.empty());
    EXPECT_TRUE(result.errors.front().toString().startsWith(QStringLiteral("apps.csv:3:2:"))) << qPrintable(result.errors.front().toString());
    EXPECT_FALSE(wizard.page(CsvImportWizard::CheckPage)->isComplete());

    wizard.setSkipBadRows(true);
    result = wizard.result();
    ASSERT_TRUE(result.model);
    EXPECT_TRUE(wizard.page(CsvImportWizard::CheckPage)->isComplete());
    std::set<QString> names;
    for (const Node &n : result.model->nodes)
        names.insert(n.name);
    EXPECT_EQ(names.count(QStringLiteral("Wolkje")), 0U);
    EXPECT_EQ(names.count(QStringLiteral("Zaken")), 1U);

    // Saying what "Wolk" means makes the row good: it goes into the mapping's kind values.
    wizard.setSkipBadRows(false);
    auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("kindValues"));
    ASSERT_NE(values, nullptr);
    bool found = false;
    for (int r = 0; r < values->rowCount(); ++r)
        if (values->item(r, 0)->text() == u"Wolk") {
            auto *combo = qobject_cast<QComboBox *>(values->cellWidget(r, 1));
            combo->setCurrentIndex(combo->findData(int(NodeKind::Application)));
            found = true;
        }
    ASSERT_TRUE(found);
    EXPECT_EQ(wizard.mapping().kindValues.at(QStringLiteral("Wolk")), NodeKind::Application);
    EXPECT_EQ(wizard.mapping().kindValues.count(QStringLiteral("Applicatie")), 0U); // the built-in word needs no entry
    result = wizard.runImport();
    ASSERT_TRUE(result.model);
    EXPECT_TRUE(result.badRows.empty());
}

TEST(CsvImportWizard, AFileThatIsNotASpreadsheetIsRefusedWithItsPlace)
{
    QTemporaryDir dir;
    CsvImportWizard wizard;
    EXPECT_FALSE(wizard.setNodesFile(dir.filePath(QStringLiteral("missing.csv"))));
    EXPECT_FALSE(wizard.page(CsvImportWizard::FilesPage)->isComplete());

    const QString bad = writeFile(dir, QStringLiteral("bad.csv"), "Naam,Soort\nMail,Applicatie\nZa\xff\xfe,Applicatie\n");
    EXPECT_FALSE(wizard.setNodesFile(bad));
    const QString status = wizard.findChild<QLabel *>(QStringLiteral("fileStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("bad.csv:3:1"))) << qPrintable(status);
    EXPECT_FALSE(wizard.page(CsvImportWizard::FilesPage)->isComplete());

    const QString empty = writeFile(dir, QStringLiteral("empty.csv"), "");
    EXPECT_FALSE(wizard.setNodesFile(empty));
    EXPECT_FALSE(wizard.page(CsvImportWizard::FilesPage)->isComplete());

    // And a good file afterwards is fine again.
    EXPECT_TRUE(wizard.setNodesFile(csv("applicaties.csv")));
    EXPECT_TRUE(wizard.page(CsvImportWizard::FilesPage)->isComplete());
}

TEST(CsvImportWizard, TheMainWindowOpensTheImportAsAnUnsavedModel)
{
    MainWindow window;
    window.importSpreadsheet([](CsvImportWizard &wizard) {
        ASSERT_TRUE(wizard.setNodesFile(csv("applicaties.csv")));
        ASSERT_TRUE(wizard.setEdgesFile(csv("relaties.csv")));
        ASSERT_TRUE(wizard.loadMapping(csv("applicaties.mapping.json")));
        wizard.runImport();
    });
    ASSERT_NE(window.editor(), nullptr);
    EXPECT_EQ(window.editor()->model().name, QStringLiteral("Gemeente Lindewaard (spreadsheet)"));
    EXPECT_EQ(window.currentFile(), QString());
    EXPECT_TRUE(window.isWindowModified());
    int asked = 0;
    window.unsavedChangesPrompt = [&] {
        ++asked;
        return QMessageBox::Cancel;
    };
    EXPECT_FALSE(window.close()); // unsaved: closing asks, and Cancel keeps it open
    EXPECT_EQ(asked, 1);
    window.unsavedChangesPrompt = [] { return QMessageBox::Discard; };
}

TEST(CsvImportWizard, TheMainWindowImportsArchiMateAndRefusesADtd)
{
    MainWindow window;
    window.unsavedChangesPrompt = [] { return QMessageBox::Discard; };
    ASSERT_TRUE(window.importArchiMate(test::fixturePath(QStringLiteral("archimate/archisurance.xml"))));
    EXPECT_EQ(window.editor()->model().nodes.size(), 69U);
    EXPECT_NE(window.findChild<QMessageBox *>(QStringLiteral("importReport")), nullptr); // what did not map is listed

    QTemporaryDir dir;
    const QString dtd = writeFile(dir, QStringLiteral("dtd.xml"),
                                  "<?xml version=\"1.0\"?><!DOCTYPE model [<!ENTITY x \"y\">]>"
                                  "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"><name>&x;</name></model>");
    EXPECT_FALSE(window.importArchiMate(dtd));
    EXPECT_EQ(window.editor()->model().nodes.size(), 69U); // the model shown is kept
    EXPECT_NE(window.findChild<QMessageBox *>(QStringLiteral("importError")), nullptr);
}
