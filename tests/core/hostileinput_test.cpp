// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: every file below is refused with a clear message (with its place where one
// exists), in bounded time and memory, never a crash or a hang, and a refused document is
// left byte for byte as it was. Peak memory per input is measured with /usr/bin/time on
// antrum-cli (docs/reliability.md); here the process's peak may only rise loosely.
#include "archimate.h"
#include "csvimport.h"
#include "modeldocument.h"
#include "modelfile.h"
#include "modeljson.h"
#include "modelbuilders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/resource.h>

using namespace antrum;

namespace {

/// Peak resident memory of this process so far, in MiB.
qint64 peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) / 1024;
}

/// Checks that the code between construction and destruction took at most `seconds` and did
/// not raise the process's peak memory by more than `mebibytes` (loose: a high-water mark).
class Bounded {
public:
    Bounded(double seconds, qint64 mebibytes) : m_seconds(seconds), m_mebibytes(mebibytes), m_peak(peakMiB())
    {
        m_timer.start();
    }
    ~Bounded()
    {
        EXPECT_LT(m_timer.elapsed(), qint64(m_seconds * 1000)) << "took too long";
        EXPECT_LT(peakMiB() - m_peak, m_mebibytes) << "peak memory rose too much";
    }

private:
    QElapsedTimer m_timer;
    double m_seconds;
    qint64 m_mebibytes;
    qint64 m_peak;
};

QString allMessages(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray archiMateHead = "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
                                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"id-m\">";

ArchiMateImport importXml(const QByteArray &xml) { return readArchiMate(xml, QStringLiteral("hostile.xml")); }

/// A valid document to spoil.
QString validDocument(const QTemporaryDir &dir, const QString &name)
{
    Model model;
    model.name = QStringLiteral("Spoiled");
    model.nodes.push_back(test::makeNode(QStringLiteral("cap-a"), NodeKind::Capability));
    model.nodes.push_back(test::makeNode(QStringLiteral("app-a"), NodeKind::Application));
    model.edges.push_back(test::makeEdge(QStringLiteral("cap-a"), QStringLiteral("app-a"), EdgeKind::Requires));
    const QString path = dir.filePath(name);
    ModelDocument::Error error;
    EXPECT_TRUE(ModelDocument::create(path, model, &error)) << qPrintable(error.message);
    return path;
}

/// Runs `sql` on `path` with a plain connection (as another program could).
void tamper(const QString &path, const QStringList &sql)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &statement : sql) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement)) << qPrintable(statement) << ": " << qPrintable(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The document is refused by every way in (read-only, read-write, loadModelFile) with
/// `kind`, and left byte for byte as it was, with no journal beside it.
void expectRefusedAndUntouched(const QString &path, ModelDocument::Error::Kind kind, const QString &messagePart)
{
    const QByteArray before = readFile(path);
    ASSERT_FALSE(before.isEmpty());
    for (const ModelDocument::Mode mode : {ModelDocument::Mode::ReadOnly, ModelDocument::Mode::ReadWrite}) {
        ModelDocument::Error error;
        EXPECT_EQ(ModelDocument::open(path, mode, &error), nullptr);
        EXPECT_EQ(error.kind, kind) << qPrintable(error.message);
        EXPECT_TRUE(error.message.contains(messagePart)) << qPrintable(error.message);
        EXPECT_TRUE(error.message.contains(path)) << qPrintable(error.message);
    }
    const ModelFileResult loaded = loadModelFile(path);
    EXPECT_EQ(loaded.status, ModelFileResult::Status::Invalid);
    EXPECT_FALSE(loaded.model.has_value());
    EXPECT_TRUE(allMessages(loaded.diagnostics).contains(messagePart)) << qPrintable(allMessages(loaded.diagnostics));
    EXPECT_EQ(readFile(path), before) << "the refused file was changed";
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

} // namespace

// --- XML (ArchiMate exchange files) ------------------------------------------------------

TEST(HostileInput, XmlWithADocumentTypeDeclarationIsRefused)
{
    Bounded bound(5, 64);
    const ArchiMateImport result = importXml("<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ELEMENT model ANY>\n]>\n"
                                             + archiMateHead + "<name>x</name></model>");
    ASSERT_FALSE(result.model.has_value());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("document type declaration"))) << qPrintable(result.errors[0].message);
    // QXmlStreamReader reports the declaration once read: the line where it ends.
    EXPECT_EQ(result.errors[0].line, 4) << qPrintable(result.errors[0].toString());
    EXPECT_GT(result.errors[0].column, 0);
}

TEST(HostileInput, XmlBillionLaughsIsRefusedWithoutExpanding)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ENTITY lol \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        xml += "  <!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int i = 0; i < 10; ++i)
            xml += "&lol" + (level == 1 ? QByteArray() : QByteArray::number(level - 1)) + ';';
        xml += "\">\n";
    }
    xml += "]>\n" + archiMateHead + "<name>&lol9;</name></model>";
    Bounded bound(2, 64);
    const ArchiMateImport result = importXml(xml);
    ASSERT_FALSE(result.model.has_value());
    ASSERT_FALSE(result.errors.empty());
    EXPECT_TRUE(allMessages(result.errors).contains(QStringLiteral("document type declaration")));
    EXPECT_FALSE(allMessages(result.errors).contains(QStringLiteral("lollol")));
    EXPECT_GT(result.errors[0].line, 0);
}

TEST(HostileInput, XmlExternalEntityIsRefusedAndNeverRead)
{
    const QByteArray secret = readFile(QStringLiteral("/etc/passwd")).split('\n').value(0); // "root:x:0:0:..."
    const QByteArray withDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                               + archiMateHead + "<name>&xxe;</name></model>";
    const QByteArray parameterEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ENTITY % xxe SYSTEM \"file:///etc/passwd\">\n"
                                       "  %xxe;\n]>\n" + archiMateHead + "<name>x</name></model>";
    const QByteArray undeclared = archiMateHead + "<name>&xxe;</name></model>";
    for (const QByteArray &xml : {withDtd, parameterEntity, undeclared}) {
        Bounded bound(2, 64);
        const ArchiMateImport result = importXml(xml);
        EXPECT_FALSE(result.model.has_value());
        ASSERT_FALSE(result.errors.empty()) << xml.constData();
        EXPECT_GT(result.errors[0].line, 0);
        const QString everything = allMessages(result.errors) + result.unmapped.join(u'\n') + result.notes.join(u'\n');
        EXPECT_TRUE(everything.contains(QStringLiteral("document type declaration"))
                    || everything.contains(QStringLiteral("entity"), Qt::CaseInsensitive))
            << qPrintable(everything);
        if (!secret.isEmpty()) {
            EXPECT_FALSE(everything.contains(QString::fromUtf8(secret))) << "the file's content appeared";
        }
        EXPECT_FALSE(everything.contains(QStringLiteral("root:"))) << qPrintable(everything);
    }
}

TEST(HostileInput, XmlWithInvalidUtf8IsRefusedWithItsPlace)
{
    Bounded bound(2, 64);
    const ArchiMateImport result = importXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + archiMateHead
                                             + "\n  <name>Gemeente \xff\xfe Lindewaard</name>\n</model>");
    ASSERT_FALSE(result.model.has_value());
    ASSERT_FALSE(result.errors.empty());
    EXPECT_EQ(result.errors[0].toString(),
              QStringLiteral("hostile.xml:3:18: invalid UTF-8 (byte 0xff at byte offset %1); save the file as UTF-8")
                  .arg(40 + archiMateHead.size() + 17));
    // Declared in another encoding, the bytes are that encoding's, not an error.
    const ArchiMateImport latin1 = importXml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + archiMateHead
                                             + "\n  <name>Caf\xe9</name>\n</model>");
    for (const Diagnostic &d : latin1.errors)
        EXPECT_FALSE(d.message.contains(QStringLiteral("UTF-8"))) << qPrintable(d.toString());
}

// --- .antrum documents ---------------------------------------------------------------------

TEST(HostileInput, DocumentWithATriggerIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = validDocument(dir, QStringLiteral("trigger.antrum"));
    tamper(path, {QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON nodes BEGIN DELETE FROM edges; END")});
    expectRefusedAndUntouched(path, ModelDocument::Error::Kind::InvalidSchema, QStringLiteral("not a valid Antrum document"));
}

TEST(HostileInput, DocumentWithAViewIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = validDocument(dir, QStringLiteral("view.antrum"));
    tamper(path, {QStringLiteral("CREATE VIEW everything AS SELECT * FROM nodes, edges")});
    expectRefusedAndUntouched(path, ModelDocument::Error::Kind::InvalidSchema, QStringLiteral("not a valid Antrum document"));
}

TEST(HostileInput, DocumentWithAnUnknownTableOrColumnIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString table = validDocument(dir, QStringLiteral("table.antrum"));
    tamper(table, {QStringLiteral("CREATE TABLE payload (data BLOB)"), QStringLiteral("INSERT INTO payload VALUES (zeroblob(4096))")});
    expectRefusedAndUntouched(table, ModelDocument::Error::Kind::InvalidSchema, QStringLiteral("not a valid Antrum document"));

    const QString column = validDocument(dir, QStringLiteral("column.antrum"));
    tamper(column, {QStringLiteral("ALTER TABLE nodes ADD COLUMN secret TEXT")});
    expectRefusedAndUntouched(column, ModelDocument::Error::Kind::InvalidSchema, QStringLiteral("not a valid Antrum document"));
}

TEST(HostileInput, DocumentOfAnotherApplicationIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = validDocument(dir, QStringLiteral("foreign.antrum"));
    tamper(path, {QStringLiteral("PRAGMA application_id = 1179603523")});
    expectRefusedAndUntouched(path, ModelDocument::Error::Kind::ForeignApplication, QStringLiteral("another program"));
}

TEST(HostileInput, DocumentOfANewerSchemaIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = validDocument(dir, QStringLiteral("newer.antrum"));
    tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg(ModelDocument::SchemaVersion + 41)});
    expectRefusedAndUntouched(path, ModelDocument::Error::Kind::TooNew, QStringLiteral("newer Antrum"));
}

TEST(HostileInput, AGarbageJournalBesideADocumentChangesNothing)
{
    QTemporaryDir dir;
    const QString path = validDocument(dir, QStringLiteral("journal.antrum"));
    const QByteArray before = readFile(path);
    ASSERT_TRUE(writeFile(path + QStringLiteral("-journal"), QByteArray(64 * 1024, '\x5a')));
    const ModelFileResult loaded = loadModelFile(path);
    ASSERT_EQ(loaded.status, ModelFileResult::Status::Ok) << qPrintable(allMessages(loaded.diagnostics));
    EXPECT_EQ(loaded.model->name, QStringLiteral("Spoiled"));
    EXPECT_EQ(readFile(path), before);
}

TEST(HostileInput, AnEmptyFileOrAFileOfZerosIsNoDocument)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.antrum"));
    const QString zeros = dir.filePath(QStringLiteral("zeros.antrum"));
    ASSERT_TRUE(writeFile(empty, {}));
    ASSERT_TRUE(writeFile(zeros, QByteArray(1 << 20, '\0')));
    for (const QString &path : {empty, zeros}) {
        Bounded bound(2, 64);
        const QByteArray before = readFile(path);
        ModelDocument::Error error;
        EXPECT_EQ(ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error), nullptr);
        EXPECT_EQ(error.kind, ModelDocument::Error::Kind::NotSqlite) << qPrintable(error.message);
        EXPECT_TRUE(error.message.contains(QStringLiteral("not an Antrum document"))) << qPrintable(error.message);
        // Given to the loader that tells kinds apart by content: not SQLite, so JSON, and not that either.
        const ModelFileResult loaded = loadModelFile(path);
        EXPECT_EQ(loaded.status, ModelFileResult::Status::Invalid);
        ASSERT_FALSE(loaded.diagnostics.empty());
        EXPECT_EQ(loaded.diagnostics[0].line, 1) << qPrintable(allMessages(loaded.diagnostics));
        EXPECT_EQ(loaded.diagnostics[0].column, 1) << qPrintable(allMessages(loaded.diagnostics));
        EXPECT_EQ(readFile(path), before);
        EXPECT_EQ(QFileInfo(path).size(), before.size());
    }
}

// --- JSON ----------------------------------------------------------------------------------

TEST(HostileInput, JsonWithATenMillionCharacterNameIsRefusedWithItsPlace)
{
    const QByteArray json = "{\n  \"format\": \"antrum-model\",\n  \"version\": 1,\n  \"name\": \"" + QByteArray(10'000'000, 'a')
                            + "\",\n  \"nodes\": [],\n  \"edges\": []\n}\n";
    Bounded bound(5, 256);
    const ModelReadResult result = readModelJson(json, QStringLiteral("long.json"));
    ASSERT_FALSE(result.model.has_value());
    ASSERT_FALSE(result.diagnostics.empty());
    EXPECT_TRUE(result.diagnostics[0].message.contains(QStringLiteral("longer than 1000000 characters")))
        << qPrintable(result.diagnostics[0].toString());
    EXPECT_EQ(result.diagnostics[0].line, 4);
    EXPECT_EQ(result.diagnostics[0].column, 11);
}

TEST(HostileInput, JsonWithTenMillionNodesIsRefusedForItsSize)
{
    // Written as a stream: the test itself never holds the file in memory.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ten-million.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"antrum-model\",\"version\":1,\"name\":\"Ten million\",\"nodes\":[\n");
        QByteArray chunk;
        for (int i = 0; i < 10'000'000; ++i) {
            chunk += (i ? ",\n" : "") + QByteArrayLiteral("{\"id\":\"app-") + QByteArray::number(i)
                     + "\",\"kind\":\"application\",\"name\":\"Application " + QByteArray::number(i) + "\"}";
            if (chunk.size() > (1 << 20)) {
                ASSERT_EQ(file.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        file.write(chunk + "\n],\"edges\":[]}\n");
    }
    const qint64 size = QFileInfo(path).size();
    ASSERT_GT(size, JsonLimits{}.maxBytes) << "the file must be beyond the byte limit";
    Bounded bound(5, 64);
    const ModelFileResult result = loadModelFile(path);
    EXPECT_EQ(result.status, ModelFileResult::Status::Invalid);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].message, QStringLiteral("file is %1 MiB, more than the 512 MiB a JSON model may have").arg(size >> 20));
    EXPECT_EQ(result.diagnostics[0].file, path);
}

TEST(HostileInput, JsonNestedAHundredThousandLevelsDeepIsRefusedWithItsPlace)
{
    for (const char open : {'[', '{'}) {
        QByteArray json = "{\"format\":\"antrum-model\",\"version\":1,\"name\":\"deep\",\"x-deep\":";
        const qsizetype prefix = json.size();
        if (open == '[')
            json += QByteArray(100'000, '[');
        else
            for (int i = 0; i < 100'000; ++i)
                json += "{\"a\":";
        Bounded bound(2, 64);
        const ModelReadResult result = readModelJson(json, QStringLiteral("deep.json"));
        ASSERT_FALSE(result.model.has_value());
        ASSERT_FALSE(result.diagnostics.empty());
        EXPECT_TRUE(allMessages(result.diagnostics).contains(QStringLiteral("nested more than 64 levels deep")))
            << qPrintable(allMessages(result.diagnostics));
        EXPECT_EQ(result.diagnostics[0].line, 1);
        EXPECT_GT(result.diagnostics[0].column, int(prefix));
    }
}

TEST(HostileInput, JsonWithInvalidUtf8IsRefusedWithItsPlace)
{
    const QByteArray json = "{\n  \"format\": \"antrum-model\",\n  \"version\": 1,\n  \"name\": \"Lindewaard \xc0\xaf\",\n"
                            "  \"nodes\": [],\n  \"edges\": []\n}\n";
    const ModelReadResult result = readModelJson(json, QStringLiteral("utf8.json"));
    ASSERT_FALSE(result.model.has_value());
    ASSERT_FALSE(result.diagnostics.empty());
    EXPECT_TRUE(result.diagnostics[0].message.contains(QStringLiteral("invalid UTF-8"))) << qPrintable(result.diagnostics[0].toString());
    EXPECT_EQ(result.diagnostics[0].line, 4);
    EXPECT_EQ(result.diagnostics[0].column, 23);
}

// --- CSV -----------------------------------------------------------------------------------

TEST(HostileInput, CsvWithInvalidUtf8IsRefusedWithItsPlace)
{
    Diagnostics problems;
    readCsvTable("id,name,kind\napp-a,Zaaksysteem,application\napp-b,Burger\xff" "zaken,application\n",
                 QStringLiteral("utf8.csv"), -1, &problems);
    ASSERT_FALSE(problems.empty());
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("invalid UTF-8"))) << qPrintable(problems[0].toString());
    EXPECT_EQ(problems[0].line, 3) << qPrintable(problems[0].toString());   // the row
    EXPECT_EQ(problems[0].column, 2) << qPrintable(problems[0].toString()); // the column
}

TEST(HostileInput, CsvWithATenMillionCharacterCellIsRefusedWithItsPlace)
{
    for (const bool quoted : {false, true}) {
        const QByteArray cell = quoted ? '"' + QByteArray(10'000'000, 'x') + '"' : QByteArray(10'000'000, 'x');
        const QByteArray csv = "id,name,kind\napp-a," + cell + ",application\n";
        Bounded bound(5, 256);
        Diagnostics problems;
        const CsvSheet sheet = readCsvTable(csv, QStringLiteral("cell.csv"), -1, &problems);
        ASSERT_FALSE(problems.empty());
        EXPECT_TRUE(problems[0].message.contains(QStringLiteral("longer than 1000000 bytes"))) << qPrintable(problems[0].toString());
        EXPECT_EQ(problems[0].line, 2);
        EXPECT_EQ(problems[0].column, 2);
        const CsvImportResult imported = importCsv(csv, QStringLiteral("cell.csv"), nullptr, {}, guessMapping(sheet.header), false);
        EXPECT_FALSE(imported.model.has_value());
        EXPECT_FALSE(imported.errors.empty());
    }
}

TEST(HostileInput, CsvWithAMillionColumnsIsRefusedWithItsPlace)
{
    QByteArray header = "id,name,kind";
    QByteArray row = "app-a,Zaaksysteem,application";
    for (int i = 0; i < 1'000'000; ++i) {
        header += ",c" + QByteArray::number(i);
        row += ",v";
    }
    const QByteArray csv = header + '\n' + row + '\n';
    Bounded bound(5, 256);
    Diagnostics problems;
    readCsvTable(csv, QStringLiteral("wide.csv"), -1, &problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].toString(), QStringLiteral("wide.csv:1:16385: more than 16384 columns; no spreadsheet has that many"));
    const CsvImportResult imported = importCsv(csv, QStringLiteral("wide.csv"), nullptr, {}, guessMapping({QStringLiteral("id")}), false);
    EXPECT_FALSE(imported.model.has_value());
    ASSERT_FALSE(imported.errors.empty());
    EXPECT_EQ(imported.errors[0].column, 16385);
}

TEST(HostileInput, CsvAsWideAsASpreadsheetCanBeIsImported)
{
    // 16,384 columns, every one mapped to an attribute: found in linear time, not quadratic.
    QByteArray header = "id,name,kind";
    QByteArray row = "app-a,Zaaksysteem,application";
    for (int i = 3; i < 16'384; ++i) {
        header += ",c" + QByteArray::number(i);
        row += ",v";
    }
    const QByteArray csv = header + '\n' + row + '\n';
    Bounded bound(10, 512);
    Diagnostics problems;
    const CsvSheet sheet = readCsvTable(csv, QStringLiteral("wide.csv"), -1, &problems);
    EXPECT_TRUE(problems.empty()) << qPrintable(allMessages(problems));
    const CsvImportResult imported = importCsv(csv, QStringLiteral("wide.csv"), nullptr, {}, guessMapping(sheet.header), false);
    ASSERT_TRUE(imported.model.has_value()) << qPrintable(allMessages(imported.errors));
    ASSERT_EQ(imported.model->nodes.size(), 1u);
    EXPECT_EQ(imported.model->nodes[0].attributes.size(), 16'384u - 3);
}
