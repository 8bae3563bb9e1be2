// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import with a column mapping (docs/csv-import.md): the RFC 4180 reader, the mapping file,
// the guess, located errors per row, skipping bad rows, and the round trip of our own CSV export.
#include "csvimport.h"
#include "modelbuilders.h"
#include "modelexport.h"
#include "modelfile.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

using namespace antrum;
using test::makeEdge;
using test::makeNode;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

QString csvData(const QString &name) { return test::dataPath(QStringLiteral("csv/") + name); }

CsvSheet read(const QByteArray &data, Diagnostics *diagnostics, QChar separator = {}, const CsvLimits &limits = {})
{
    return readCsvTable(data, QStringLiteral("t.csv"), -1, diagnostics, separator, limits);
}

/// The diagnostics as printed, for compact assertions.
QStringList printed(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.toString());
    return out;
}

bool hasLine(const Diagnostics &diagnostics, const QString &prefix, const QString &contains)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) {
        const QString s = d.toString();
        return s.startsWith(prefix) && s.contains(contains);
    });
}

const Node *node(const Model &model, const QString &id) { return model.findNode(id); }

bool hasEdge(const Model &model, const QString &from, const QString &to, EdgeKind kind)
{
    return std::any_of(model.edges.begin(), model.edges.end(),
                       [&](const Edge &e) { return e.from == from && e.to == to && e.kind == kind; });
}

/// The mapping of a small in-memory nodes table: id,name,kind,criticality (+ edges table).
CsvMapping simpleMapping()
{
    CsvMapping m;
    m.idColumn = QStringLiteral("id");
    m.nameColumn = QStringLiteral("name");
    m.kindColumn = QStringLiteral("kind");
    m.criticalityColumn = QStringLiteral("criticality");
    return m;
}

} // namespace

// --- the reader ---------------------------------------------------------------------------------

TEST(CsvReader, QuotesDoubledQuotesLineBreaksAndLineEnds)
{
    Diagnostics d;
    const CsvSheet sheet = read("a,b,c\r\n"
                                "\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n"
                                "plain,,\"\"\r"
                                "last,row,end",
                                &d);
    EXPECT_TRUE(d.empty()) << printed(d).join(u'\n').toStdString();
    EXPECT_EQ(sheet.header, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0], (QStringList{QStringLiteral("x,1"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")}));
    EXPECT_EQ(sheet.rows[1], (QStringList{QStringLiteral("plain"), QString(), QString()}));
    EXPECT_EQ(sheet.rows[2], (QStringList{QStringLiteral("last"), QStringLiteral("row"), QStringLiteral("end")}));
    // A record with a line break inside quotes is still one row.
    EXPECT_EQ(sheet.rowNumbers, (std::vector<int>{2, 3, 4}));
}

TEST(CsvReader, BomSemicolonDetectionAndEmptyRowsKeepTheirNumbers)
{
    Diagnostics d;
    const CsvSheet sheet = read("\xEF\xBB\xBFnaam;kosten\r\n\"a;b\";1,5\r\n;\r\nc;2\r\n", &d);
    EXPECT_TRUE(d.empty());
    EXPECT_EQ(sheet.separator, u';');
    EXPECT_EQ(sheet.header.first(), QStringLiteral("naam")); // no BOM in the first header cell
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_EQ(sheet.rows[0].at(0), QStringLiteral("a;b"));
    EXPECT_EQ(sheet.rows[0].at(1), QStringLiteral("1,5"));
    EXPECT_EQ(sheet.rowNumbers, (std::vector<int>{2, 4}));
    // A separator given wins over the detection.
    const CsvSheet comma = read("naam;kosten\r\na,b\r\n", &d, u',');
    EXPECT_EQ(comma.header, (QStringList{QStringLiteral("naam;kosten")}));
}

TEST(CsvReader, UndoesTheFormulaNeutralisationOfOurExport)
{
    Diagnostics d;
    const CsvSheet sheet = read("'=h\n'=SUM(A1)\n''=x\n'-1\n's-Hertogenbosch\n'@me\n", &d);
    EXPECT_EQ(sheet.header.first(), QStringLiteral("=h"));
    std::vector<QString> cells;
    for (const QStringList &row : sheet.rows)
        cells.push_back(row.first());
    EXPECT_EQ(cells, (std::vector<QString>{QStringLiteral("=SUM(A1)"), QStringLiteral("'=x"), QStringLiteral("-1"),
                                           QStringLiteral("'s-Hertogenbosch"), QStringLiteral("@me")}));
    // Every text that csvTextCell() neutralises comes back unchanged.
    for (const QString &text : {QStringLiteral("=x"), QStringLiteral("'=x"), QStringLiteral("''+1"), QStringLiteral("\tTab"),
                                QStringLiteral("'plain"), QStringLiteral("-")}) {
        const QByteArray csv = "h\n\"" + csvTextCell(text).toUtf8() + "\"\n";
        const CsvSheet one = read(csv, &d);
        ASSERT_EQ(one.rows.size(), 1u);
        EXPECT_EQ(one.rows[0].first(), text);
    }
}

TEST(CsvReader, InvalidUtf8IsReportedWithRowAndColumn)
{
    Diagnostics d;
    read("a,b\nok,fine\nok,ca\xC3(t\n", &d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 3);
    EXPECT_EQ(d[0].column, 2);
    EXPECT_TRUE(d[0].message.contains(QStringLiteral("UTF-8")));
    EXPECT_TRUE(d[0].message.contains(QStringLiteral("byte 3"))) << d[0].message.toStdString();
    d.clear();
    read("a\n\xED\xA0\x80\n", &d); // an encoded surrogate
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 2);
    d.clear();
    read("a\n\xC0\xAF\n", &d); // an overlong "/"
    EXPECT_EQ(d.size(), 1u);
}

TEST(CsvReader, BrokenAndHostileInputIsRefusedClearly)
{
    Diagnostics d;
    read("a,b\nx,\"never closed\n\n", &d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].toString(), QStringLiteral("t.csv:2:2: a quoted field is never closed: a \" is missing"));

    d.clear();
    read("a\n\"x\"y\n", &d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 2);

    d.clear();
    read({}, &d);
    EXPECT_EQ(d.size(), 1u);
    d.clear();
    read("\xFF\xFEh\0i\0", &d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_TRUE(d[0].message.contains(QStringLiteral("UTF-16")));

    // A huge cell: reported at its place, the rest of the file still read.
    d.clear();
    CsvLimits limits;
    limits.maxFieldBytes = 1000;
    const QByteArray huge = "a,b\nsmall," + QByteArray(5000, 'x') + "\nnext,\"" + QByteArray(3000, 'y') + "\"\nend,ok\n";
    const CsvSheet sheet = read(huge, &d, {}, limits);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[0].line, 2);
    EXPECT_EQ(d[0].column, 2);
    EXPECT_EQ(d[1].line, 3);
    EXPECT_EQ(sheet.rows.size(), 3u);

    // Too big as a whole.
    d.clear();
    limits = {};
    limits.maxBytes = 10;
    read("abcdefghijkl\n", &d, {}, limits);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_TRUE(d[0].message.contains(QStringLiteral("MB")));
}

TEST(CsvReader, RefusesMoreThanAMillionRows)
{
    QByteArray data = "h\n";
    data.reserve(2 * 1'000'002 + 2);
    for (int i = 0; i < 1'000'001; ++i)
        data += "a\n";
    Diagnostics d;
    const CsvSheet sheet = read(data, &d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 1'000'002);
    EXPECT_TRUE(d[0].message.contains(QStringLiteral("1000000"))) << d[0].message.toStdString();
    // Exactly the limit is accepted (checked on a small limit to stay fast).
    CsvLimits limits;
    limits.maxRows = 3;
    d.clear();
    EXPECT_EQ(read("h\na\nb\nc\n", &d, {}, limits).rows.size(), 3u);
    EXPECT_TRUE(d.empty());
    read("h\na\nb\nc\nd\n", &d, {}, limits);
    EXPECT_EQ(d.size(), 1u);
}

TEST(CsvReader, PreviewStopsAfterMaxRows)
{
    Diagnostics d;
    const CsvSheet sheet = readCsvTable("h\n1\n2\n3\n", QStringLiteral("p.csv"), 2, &d);
    EXPECT_EQ(sheet.rows.size(), 2u);
    EXPECT_TRUE(sheet.truncated);
}

// --- the mapping -------------------------------------------------------------------------------

TEST(CsvMappingFile, ReadsTheFixtureAndWritesItBack)
{
    Diagnostics d;
    const CsvMapping mapping = readCsvMapping(readFile(csvData(QStringLiteral("applicaties.mapping.json"))), QStringLiteral("m.json"), &d);
    ASSERT_TRUE(d.empty()) << printed(d).join(u'\n').toStdString();
    EXPECT_EQ(mapping.idColumn, QStringLiteral("ID"));
    EXPECT_EQ(mapping.kindValues.at(QStringLiteral("Applicatie")), NodeKind::Application);
    ASSERT_EQ(mapping.attributes.size(), 4u);
    EXPECT_EQ(mapping.attributes[1].type, CsvValueType::List);
    EXPECT_EQ(mapping.attributes[1].separator, QStringLiteral(","));
    ASSERT_EQ(mapping.edgeColumns.size(), 3u);
    EXPECT_TRUE(mapping.edgeColumns[2].reverse);
    EXPECT_EQ(mapping.edgeFromColumn, QStringLiteral("Van"));

    const CsvMapping back = readCsvMapping(writeCsvMapping(mapping), QStringLiteral("w.json"), &d);
    EXPECT_TRUE(d.empty()) << printed(d).join(u'\n').toStdString();
    EXPECT_EQ(back, mapping);
}

TEST(CsvMappingFile, RefusesMistakesWithTheirPath)
{
    Diagnostics d;
    readCsvMapping(R"({"format": "antrum-csv-mapping", "version": 2, "nodes": {"id": "x", "fixed_kind": "app", "naam": "y",
                       "attributes": [{"column": "c", "type": "money"}]}})",
                   QStringLiteral("m.json"), &d);
    const QStringList lines = printed(d);
    EXPECT_TRUE(lines.contains(QStringLiteral("m.json: version: version 2 is newer than this program reads (1)"))) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("m.json: nodes.fixed_kind: unknown node kind \"app\"")));
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QStringLiteral("m.json: nodes.naam: unknown key")); }));
    EXPECT_TRUE(lines.contains(QStringLiteral("m.json: nodes.attributes[0].type: must be string, number, bool or list")));
    d.clear();
    readCsvMapping("{\n  \"format\": }", QStringLiteral("m.json"), &d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 2);
}

TEST(CsvMappingGuess, EnglishAndDutchHeaders)
{
    const CsvMapping dutch = guessMapping({QStringLiteral("Naam"), QStringLiteral("Soort"), QStringLiteral("Kritikaliteit"),
                                           QStringLiteral("Leverancier"), QStringLiteral("Hosting"), QStringLiteral("Kosten per jaar"),
                                           QStringLiteral("Exitclausule"), QStringLiteral("Eigenaar")});
    EXPECT_TRUE(dutch.idColumn.isEmpty());
    EXPECT_EQ(dutch.nameColumn, QStringLiteral("Naam"));
    EXPECT_EQ(dutch.kindColumn, QStringLiteral("Soort"));
    EXPECT_EQ(dutch.criticalityColumn, QStringLiteral("Kritikaliteit"));
    ASSERT_EQ(dutch.edgeColumns.size(), 2u);
    EXPECT_EQ(dutch.edgeColumns[0].column, QStringLiteral("Leverancier"));
    EXPECT_EQ(dutch.edgeColumns[0].kind, EdgeKind::ProvidedBy);
    EXPECT_EQ(dutch.edgeColumns[1].kind, EdgeKind::HostedOn);
    EXPECT_EQ(dutch.edgeColumns[1].targetKind, NodeKind::Host);
    ASSERT_EQ(dutch.attributes.size(), 3u);
    EXPECT_EQ(dutch.attributes[0].key, QStringLiteral("annual_cost"));
    EXPECT_EQ(dutch.attributes[0].type, CsvValueType::Number);
    EXPECT_EQ(dutch.attributes[1].key, QStringLiteral("exit_clause"));
    EXPECT_EQ(dutch.attributes[1].type, CsvValueType::Bool);
    EXPECT_EQ(dutch.attributes[2].key, QStringLiteral("Eigenaar"));

    const CsvMapping english = guessMapping({QStringLiteral("ID"), QStringLiteral("Application"), QStringLiteral("Supplier")});
    EXPECT_EQ(english.idColumn, QStringLiteral("ID"));
    EXPECT_EQ(english.nameColumn, QStringLiteral("Application"));
    EXPECT_EQ(english.fixedKind, NodeKind::Application); // no kind column: one row per application
    ASSERT_EQ(english.edgeColumns.size(), 1u);

    // The spreadsheet fixture: the capability column becomes capability -requires-> application.
    Diagnostics d;
    const CsvMapping fixture = guessMapping(readCsvTable(readFile(csvData(QStringLiteral("applicaties.csv"))), QStringLiteral("a.csv"), 0, &d).header);
    ASSERT_EQ(fixture.edgeColumns.size(), 3u);
    EXPECT_EQ(fixture.edgeColumns[2].column, QStringLiteral("Bedrijfsfunctie"));
    EXPECT_TRUE(fixture.edgeColumns[2].reverse);
    EXPECT_EQ(fixture.edgeColumns[2].targetKind, NodeKind::Capability);
}

// --- the import --------------------------------------------------------------------------------

TEST(CsvImport, TheSpreadsheetFixtureWithSupplierAndHostColumns)
{
    Diagnostics d;
    const CsvMapping mapping = readCsvMapping(readFile(csvData(QStringLiteral("applicaties.mapping.json"))), QStringLiteral("m.json"), &d);
    ASSERT_TRUE(d.empty());
    const QByteArray edges = readFile(csvData(QStringLiteral("relaties.csv")));
    const CsvImportResult result = importCsv(readFile(csvData(QStringLiteral("applicaties.csv"))), QStringLiteral("applicaties.csv"),
                                             &edges, QStringLiteral("relaties.csv"), mapping, false);
    ASSERT_TRUE(result.model) << printed(result.errors).join(u'\n').toStdString();
    EXPECT_TRUE(result.errors.empty());
    const Model &model = *result.model;
    EXPECT_TRUE(validateModel(model).empty());
    EXPECT_EQ(model.name, QStringLiteral("Gemeente Lindewaard (spreadsheet)"));

    const Node *mail = node(model, QStringLiteral("app-mail"));
    ASSERT_NE(mail, nullptr);
    EXPECT_EQ(mail->kind, NodeKind::Application);
    EXPECT_EQ(mail->criticality, 4);
    ASSERT_NE(mail->attributeAs<double>(QStringLiteral("annual_cost")), nullptr);
    EXPECT_EQ(*mail->attributeAs<double>(QStringLiteral("annual_cost")), 31000.5); // decimal comma in a ; file
    EXPECT_EQ(*mail->attributeAs<bool>(QStringLiteral("exit_clause")), false);
    EXPECT_EQ(*mail->attributeAs<QString>(QStringLiteral("description")), QStringLiteral("Licentie via \"SLIM\"; loopt tot 2027"));
    EXPECT_EQ(*node(model, QStringLiteral("app-key2"))->attributeAs<QStringList>(QStringLiteral("open_standards")),
              (QStringList{QStringLiteral("StUF"), QStringLiteral("ZGW")}));
    EXPECT_EQ(*node(model, QStringLiteral("app-zaak"))->attributeAs<QString>(QStringLiteral("description")),
              QStringLiteral("Twee regels\r\ntoelichting"));
    EXPECT_EQ(node(model, QStringLiteral("app-web"))->name, QStringLiteral("=Website"));
    EXPECT_EQ(node(model, QStringLiteral("US"))->kind, NodeKind::Jurisdiction);

    // Suppliers, hosts and capabilities named in columns are created once each.
    for (const char *id : {"sup-centric", "sup-microsoft", "sup-lindewaard-ict", "host-centric-datacenter", "host-azure-west-europa",
                           "cap-burgerzaken", "cap-e-mail-en-agenda"})
        EXPECT_NE(node(model, QString::fromLatin1(id)), nullptr) << id;
    EXPECT_EQ(node(model, QStringLiteral("sup-centric"))->name, QStringLiteral("Centric"));
    EXPECT_EQ(node(model, QStringLiteral("sup-centric"))->kind, NodeKind::Supplier);
    EXPECT_EQ(result.created.size(), 3 + 3 + 4); // suppliers, hosts, capabilities
    EXPECT_TRUE(result.created.contains(QStringLiteral("sup-centric (supplier \"Centric\", applicaties.csv row 2)")))
        << result.created.join(u'\n').toStdString();
    EXPECT_EQ(model.nodes.size(), 6u + 10u);

    EXPECT_TRUE(hasEdge(model, QStringLiteral("app-key2"), QStringLiteral("sup-centric"), EdgeKind::ProvidedBy));
    EXPECT_TRUE(hasEdge(model, QStringLiteral("app-zaak"), QStringLiteral("sup-centric"), EdgeKind::ProvidedBy));
    EXPECT_TRUE(hasEdge(model, QStringLiteral("app-mail"), QStringLiteral("host-azure-west-europa"), EdgeKind::HostedOn));
    EXPECT_TRUE(hasEdge(model, QStringLiteral("cap-burgerzaken"), QStringLiteral("app-key2"), EdgeKind::Requires));
    // The edges table names nodes by name or by id.
    EXPECT_TRUE(hasEdge(model, QStringLiteral("sup-microsoft"), QStringLiteral("US"), EdgeKind::IncorporatedIn));
    EXPECT_TRUE(hasEdge(model, QStringLiteral("host-azure-west-europa"), QStringLiteral("NL"), EdgeKind::LocatedIn));
    EXPECT_TRUE(hasEdge(model, QStringLiteral("host-azure-west-europa"), QStringLiteral("sup-microsoft"), EdgeKind::OperatedBy));
    EXPECT_EQ(model.edges.size(), 4u * 3u + 7u);
}

TEST(CsvImport, EveryBadRowIsReportedWithRowAndColumnAndNothingImported)
{
    const QByteArray nodes = "id,name,kind,criticality\r\n"
                             "app-a,A,application,hoog\r\n"      // row 2: criticality
                             "app-b,B,koffieautomaat,3\r\n"      // row 3: kind
                             "app-a,A again,application,2\r\n"   // row 4: duplicate id
                             ",Nameless,application,1\r\n"       // row 5: missing id
                             "sup-x,X,supplier,\r\n"             // row 6: fine
                             "app-c,C,application,4\r\n";        // row 7: fine
    const QByteArray edges = "from,to,kind\r\n"
                             "app-c,sup-x,provided_by\r\n"       // row 2: fine
                             "app-c,sup-nobody,provided_by\r\n"  // row 3: unknown node
                             "sup-x,app-c,provided_by\r\n";      // row 4: kind pair not allowed
    const CsvImportResult result = importCsv(nodes, QStringLiteral("n.csv"), &edges, QStringLiteral("e.csv"), simpleMapping(), false);
    EXPECT_FALSE(result.model);
    const QStringList lines = printed(result.errors);
    const QString all = lines.join(u'\n');
    EXPECT_TRUE(lines.contains(QStringLiteral("n.csv:2:4: criticality \"hoog\" is not a whole number from 1 to 5"))) << all.toStdString();
    EXPECT_TRUE(hasLine(result.errors, QStringLiteral("n.csv:3:3: "), QStringLiteral("unknown kind \"koffieautomaat\""))) << all.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("n.csv:4:1: duplicate id \"app-a\" (first used in row 2)"))) << all.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("n.csv:5:1: the id is empty"))) << all.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("e.csv:3:2: no node has the id or name \"sup-nobody\""))) << all.toStdString();
    EXPECT_TRUE(hasLine(result.errors, QStringLiteral("e.csv:4:"), QStringLiteral("provided_by"))) << all.toStdString();
    EXPECT_EQ(result.badRows, (std::vector<int>{2, 3, 4, 5}));
    EXPECT_EQ(result.badEdgeRows, (std::vector<int>{3, 4}));
}

TEST(CsvImport, SkippingBadRowsKeepsTheRestAndNamesWhatWasSkipped)
{
    const QByteArray nodes = "id,name,kind,criticality\n"
                             "app-a,A,application,hoog\n"  // row 2: bad
                             "app-b,B,application,3\n"
                             "sup-x,X,supplier,\n";
    const QByteArray edges = "from,to,kind\n"
                             "app-a,sup-x,provided_by\n"   // row 2: touches the skipped node
                             "app-b,sup-x,provided_by\n";
    const CsvImportResult result = importCsv(nodes, QStringLiteral("n.csv"), &edges, QStringLiteral("e.csv"), simpleMapping(), true);
    ASSERT_TRUE(result.model);
    EXPECT_TRUE(validateModel(*result.model).empty());
    EXPECT_EQ(result.model->nodes.size(), 2u);
    EXPECT_EQ(result.model->findNode(QStringLiteral("app-a")), nullptr);
    ASSERT_EQ(result.model->edges.size(), 1u);
    EXPECT_EQ(result.model->edges[0].from, QStringLiteral("app-b"));
    EXPECT_EQ(result.badRows, (std::vector<int>{2}));
    EXPECT_EQ(result.badEdgeRows, (std::vector<int>{2}));
    const QStringList lines = printed(result.errors);
    EXPECT_TRUE(lines.contains(QStringLiteral("n.csv:2:4: warning: row skipped: criticality \"hoog\" is not a whole number from 1 to 5")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(hasLine(result.errors, QStringLiteral("e.csv:2:1: warning: row skipped: "), QStringLiteral("row 2, which has errors")))
        << lines.join(u'\n').toStdString();
}

TEST(CsvImport, ValidationErrorsGoBackToTheirRow)
{
    // A capability with a supplier column: provided_by from a capability is not allowed.
    CsvMapping mapping = simpleMapping();
    mapping.edgeColumns.push_back({QStringLiteral("supplier"), EdgeKind::ProvidedBy, NodeKind::Supplier, true, {}, {}, false});
    const QByteArray nodes = "id,name,kind,criticality,supplier\n"
                             "app-a,A,application,3,Acme\n"
                             "cap-b,B,capability,5,Acme\n";
    const CsvImportResult strict = importCsv(nodes, QStringLiteral("n.csv"), nullptr, {}, mapping, false);
    EXPECT_FALSE(strict.model);
    ASSERT_EQ(strict.errors.size(), 1u) << printed(strict.errors).join(u'\n').toStdString();
    EXPECT_EQ(strict.errors[0].line, 3);
    EXPECT_EQ(strict.errors[0].column, 5);
    const CsvImportResult skipped = importCsv(nodes, QStringLiteral("n.csv"), nullptr, {}, mapping, true);
    ASSERT_TRUE(skipped.model);
    EXPECT_EQ(skipped.model->nodes.size(), 2u); // app-a and the created supplier
    EXPECT_TRUE(hasEdge(*skipped.model, QStringLiteral("app-a"), QStringLiteral("sup-acme"), EdgeKind::ProvidedBy));
}

TEST(CsvImport, IdsFromNamesWhenThereIsNoIdColumn)
{
    CsvMapping mapping;
    mapping.nameColumn = QStringLiteral("Naam");
    mapping.fixedKind = NodeKind::Application;
    const CsvImportResult result = importCsv("Naam\nZaaksysteem Één\nE-mail\n", QStringLiteral("n.csv"), nullptr, {}, mapping, false);
    ASSERT_TRUE(result.model) << printed(result.errors).join(u'\n').toStdString();
    EXPECT_NE(result.model->findNode(QStringLiteral("app-zaaksysteem-een")), nullptr);
    EXPECT_NE(result.model->findNode(QStringLiteral("app-e-mail")), nullptr);
    const CsvImportResult twice = importCsv("Naam\nE-mail\nE mail\n", QStringLiteral("n.csv"), nullptr, {}, mapping, false);
    EXPECT_FALSE(twice.model);
    EXPECT_TRUE(hasLine(twice.errors, QStringLiteral("n.csv:3:1: "), QStringLiteral("already used in row 2")));
}

TEST(CsvImport, AMappedColumnMissingFromTheHeaderIsOneClearError)
{
    CsvMapping mapping = simpleMapping();
    mapping.criticalityColumn = QStringLiteral("Kritikaliteit");
    const CsvImportResult result = importCsv("id,name,kind\na,A,application\n", QStringLiteral("n.csv"), nullptr, {}, mapping, true);
    EXPECT_FALSE(result.model);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_TRUE(result.errors[0].toString().startsWith(QStringLiteral("n.csv:1: the mapping names the column \"Kritikaliteit\"")));
}

TEST(CsvImport, InvalidUtf8MakesItsRowBad)
{
    const CsvImportResult result = importCsv("id,name,kind,criticality\na,Caf\xE9,application,\nb,B,application,\n", QStringLiteral("n.csv"), nullptr, {},
                                             simpleMapping(), true);
    ASSERT_TRUE(result.model) << printed(result.errors).join(u'\n').toStdString();
    EXPECT_EQ(result.badRows, (std::vector<int>{2}));
    EXPECT_EQ(result.errors.at(0).column, 2);
}

// --- the round trip of our own export ----------------------------------------------------------

namespace {

void expectRoundTrip(const Model &original)
{
    const QByteArray nodes = nodesCsv(original);
    const QByteArray edges = edgesCsv(original);
    Diagnostics d;
    const QStringList nodesHeader = readCsvTable(nodes, QStringLiteral("model.csv"), 0, &d).header;
    const QStringList edgesHeader = readCsvTable(edges, QStringLiteral("model.edges.csv"), 0, &d).header;
    ASSERT_TRUE(d.empty());
    // The guess for our own export's headers, and the documented mapping file, both fit it.
    const CsvMapping fixture = readCsvMapping(readFile(csvData(QStringLiteral("antrum-export.mapping.json"))), QStringLiteral("m.json"), &d);
    ASSERT_TRUE(d.empty()) << printed(d).join(u'\n').toStdString();
    for (const CsvMapping &mapping : {guessMapping(nodesHeader, edgesHeader), fixture}) {
        const CsvImportResult result = importCsv(nodes, QStringLiteral("model.csv"), &edges, QStringLiteral("model.edges.csv"), mapping, false);
        ASSERT_TRUE(result.model) << printed(result.errors).join(u'\n').toStdString();
        EXPECT_TRUE(result.created.isEmpty());
        ASSERT_EQ(result.model->nodes.size(), original.nodes.size());
        for (std::size_t i = 0; i < original.nodes.size(); ++i)
            EXPECT_EQ(result.model->nodes[i], original.nodes[i]) << original.nodes[i].id.toStdString();
        EXPECT_EQ(result.model->edges, original.edges);
    }
}

} // namespace

TEST(CsvImport, RoundTripOfTheSampleExport)
{
    ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    ASSERT_EQ(loaded.status, ModelFileResult::Status::Ok);
    Model sample = std::move(*loaded.model);
    // Documented losses (docs/csv-import.md): empty lists and empty strings become "no attribute".
    for (Node &n : sample.nodes)
        std::erase_if(n.attributes, [](const auto &entry) {
            const auto *list = std::get_if<QStringList>(&entry.second);
            const auto *text = std::get_if<QString>(&entry.second);
            return (list && list->isEmpty()) || (text && text->isEmpty());
        });
    expectRoundTrip(sample);
}

TEST(CsvImport, RoundTripOfHostileNames)
{
    Model model;
    model.name = QStringLiteral("hostile");
    model.nodes.push_back(makeNode(QStringLiteral("-lead"), NodeKind::Application));
    model.nodes.back().name = QStringLiteral("=cmd|' /C calc'!A0");
    model.nodes.push_back(makeNode(QStringLiteral("sup,1"), NodeKind::Supplier));
    model.nodes.back().name = QStringLiteral("Say \"hi\";\r\nnext line");
    model.nodes.push_back(makeNode(QStringLiteral("'s-Hertogenbosch"), NodeKind::Jurisdiction));
    model.nodes.back().name = QStringLiteral("''@x");
    model.nodes.back().attributes[QStringLiteral("laws")] = QStringList{QStringLiteral("+A"), QStringLiteral("B")};
    model.nodes.back().attributes[QStringLiteral("annual_cost")] = 1200.25;
    model.nodes.back().attributes[QStringLiteral("note")] = QStringLiteral("-1200");
    model.edges.push_back(makeEdge(QStringLiteral("-lead"), QStringLiteral("sup,1"), EdgeKind::ProvidedBy, QStringLiteral("=g")));
    model.nodes[0].redundancy[QStringLiteral("=g")] = 1;
    model.edges.push_back(makeEdge(QStringLiteral("sup,1"), QStringLiteral("'s-Hertogenbosch"), EdgeKind::IncorporatedIn));
    ASSERT_TRUE(validateModel(model).empty()) << printed(validateModel(model)).join(u'\n').toStdString();
    expectRoundTrip(model);
}
