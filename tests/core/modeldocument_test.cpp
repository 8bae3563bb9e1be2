// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldocument.h"
#include "modeljson.h"
#include "randommodel.h"
#include "testsupport.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>

#include <gtest/gtest.h>

using namespace antrum;
using Kind = ModelDocument::Error::Kind;

namespace {

Model fixture()
{
    QFile file(test::fixturePath(QStringLiteral("models/two-holes.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return readModelJson(file.readAll(), QStringLiteral("two-holes.json")).model.value();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// Runs SQL on a file with a plain connection (to build hostile documents).
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql)) << qPrintable(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Opening `path` must be refused with `kind`, and must leave the file's bytes unchanged.
void expectRefused(const QString &path, Kind kind, const QString &fragment = {})
{
    const QByteArray before = bytesOf(path);
    for (const ModelDocument::Mode mode : {ModelDocument::Mode::ReadOnly, ModelDocument::Mode::ReadWrite}) {
        ModelDocument::Error error;
        EXPECT_EQ(ModelDocument::open(path, mode, &error), nullptr);
        EXPECT_EQ(int(error.kind), int(kind)) << qPrintable(error.message);
        EXPECT_FALSE(error.message.isEmpty());
        if (!fragment.isEmpty()) {
            EXPECT_TRUE(error.message.contains(fragment)) << qPrintable(error.message);
        }
    }
    EXPECT_EQ(bytesOf(path), before) << "a refused file was changed";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

class ModelDocumentTest : public ::testing::Test {
protected:
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QString created(const Model &model, const QString &name = QStringLiteral("m.antrum"))
    {
        ModelDocument::Error error;
        EXPECT_TRUE(ModelDocument::create(file(name), model, &error)) << qPrintable(error.message);
        return file(name);
    }

    Model reopened(const QString &path)
    {
        ModelDocument::Error error;
        auto document = ModelDocument::open(path, ModelDocument::Mode::ReadOnly, &error);
        EXPECT_NE(document, nullptr) << qPrintable(error.message) << (error.diagnostics.empty() ? "" : qPrintable(error.diagnostics[0].toString()));
        return document ? document->load(&error).value_or(Model{}) : Model{};
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ModelDocumentTest, FixtureRoundTrips)
{
    const Model model = fixture();
    EXPECT_EQ(reopened(created(model)), model);
}

TEST_F(ModelDocumentTest, SampleRoundTrips)
{
    QFile sample(test::samplePath(QStringLiteral("lindewaard.json")));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const Model model = readModelJson(sample.readAll(), QStringLiteral("lindewaard.json")).model.value();
    EXPECT_EQ(reopened(created(model)), model);
}

TEST_F(ModelDocumentTest, RandomModelsRoundTrip)
{
    for (unsigned seed = 1; seed <= 300; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 5 + int(seed % 25);
        options.edges = int(seed % 50);
        const Model model = generator.generate(options);
        ASSERT_TRUE(validateModel(model).empty()) << seed;
        SCOPED_TRACE(seed);
        EXPECT_EQ(reopened(created(model, QStringLiteral("r%1.antrum").arg(seed))), model);
    }
}

TEST_F(ModelDocumentTest, PragmasAreInEffect)
{
    const QString path = created(fixture());
    ModelDocument::Error error;
    auto document = ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error);
    ASSERT_NE(document, nullptr);
    // The document's own connection is named privately; check the file's persistent
    // settings with a fresh connection, and the per-connection ones through an edit that
    // relies on them (cascade needs foreign_keys=ON).
    const QString name = QStringLiteral("pragma-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), ModelDocument::ApplicationId);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), ModelDocument::SchemaVersion);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("delete"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (const QString &connection : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.databaseName() != path)
            continue;
        QSqlQuery q(db);
        for (const auto &[pragma, expected] : {std::pair{"foreign_keys", 1}, {"trusted_schema", 0}, {"synchronous", 2}}) {
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) && q.next());
            EXPECT_EQ(q.value(0).toInt(), expected) << pragma;
        }
    }
}

TEST_F(ModelDocumentTest, GranularEditsPersist)
{
    const QString path = created(fixture());
    ModelDocument::Error error;
    {
        auto document = ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error);
        ASSERT_NE(document, nullptr);
        Node node{QStringLiteral("app-new"), NodeKind::Application, QStringLiteral("New")};
        node.attributes[QStringLiteral("annual_cost")] = 12.5;
        ASSERT_TRUE(document->upsertNode(node, &error)) << qPrintable(error.message);
        node.name = QStringLiteral("Renamed");
        ASSERT_TRUE(document->upsertNode(node, &error));
        ASSERT_TRUE(document->addEdge({QStringLiteral("app-new"), QStringLiteral("host-b"), EdgeKind::HostedOn}, &error));
        ASSERT_TRUE(document->removeEdge({QStringLiteral("app-files"), QStringLiteral("host-b"), EdgeKind::HostedOn}, &error));
        // Renaming an id carries its edges along (ON UPDATE CASCADE).
        ASSERT_TRUE(document->renameNode(QStringLiteral("host-b"), QStringLiteral("host-b2"), &error));
        // Removing a node removes its edges (ON DELETE CASCADE).
        ASSERT_TRUE(document->removeNode(QStringLiteral("sup-dc"), &error));
        // A node that a scenario, an option or the home jurisdictions name stays.
        EXPECT_FALSE(document->removeNode(QStringLiteral("US"), &error));
        EXPECT_TRUE(error.message.contains(QStringLiteral("scenario \"us-cutoff\"")));
        EXPECT_FALSE(document->removeNode(QStringLiteral("NL"), &error));
        EXPECT_FALSE(document->removeNode(QStringLiteral("host-a-eu"), &error));
    }
    const Model model = reopened(path);
    const Node *added = model.findNode(QStringLiteral("app-new"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->name, QStringLiteral("Renamed"));
    EXPECT_EQ(std::get<double>(added->attributes.at(QStringLiteral("annual_cost"))), 12.5);
    EXPECT_EQ(model.findNode(QStringLiteral("sup-dc")), nullptr);
    EXPECT_EQ(model.findNode(QStringLiteral("host-b")), nullptr);
    int toHostB2 = 0;
    for (const Edge &e : model.edges) {
        EXPECT_NE(e.to, QStringLiteral("sup-dc"));
        EXPECT_NE(e.from, QStringLiteral("sup-dc"));
        EXPECT_FALSE(e.from == QStringLiteral("app-files") && e.kind == EdgeKind::HostedOn);
        toHostB2 += e.to == QStringLiteral("host-b2");
    }
    EXPECT_EQ(toHostB2, 1); // app-new's edge followed the rename; app-files' was removed
    EXPECT_EQ(model.options[0].addEdges[0].to, QStringLiteral("host-b2")); // so did the option
}

TEST_F(ModelDocumentTest, AFailedEditChangesNothing)
{
    const QString path = created(fixture());
    const Model before = reopened(path);
    ModelDocument::Error error;
    {
        auto document = ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error);
        ASSERT_NE(document, nullptr);
        EXPECT_FALSE(document->addEdge(before.edges[0], &error)); // duplicate (from, to, kind)
        EXPECT_EQ(int(error.kind), int(Kind::WriteFailed));
        EXPECT_FALSE(document->addEdge({QStringLiteral("app-files"), QStringLiteral("ghost"), EdgeKind::HostedOn}, &error));
        EXPECT_FALSE(document->removeNode(QStringLiteral("ghost"), &error));
        Model broken = before;
        broken.edges.push_back(before.edges[0]); // replaceModel is all or nothing
        EXPECT_FALSE(document->replaceModel(broken, &error));
    }
    EXPECT_EQ(reopened(path), before);
}

TEST_F(ModelDocumentTest, ReadOnlyDocumentRefusesEdits)
{
    const QString path = created(fixture());
    const QByteArray before = bytesOf(path);
    ModelDocument::Error error;
    {
        auto document = ModelDocument::open(path, ModelDocument::Mode::ReadOnly, &error);
        ASSERT_NE(document, nullptr);
        EXPECT_TRUE(document->isReadOnly());
        EXPECT_FALSE(document->removeNode(QStringLiteral("US"), &error));
    }
    EXPECT_EQ(bytesOf(path), before);
}

TEST_F(ModelDocumentTest, RefusesFilesThatAreNotDocuments)
{
    writeBytes(file(QStringLiteral("empty.antrum")), {});
    expectRefused(file(QStringLiteral("empty.antrum")), Kind::NotSqlite);
    writeBytes(file(QStringLiteral("text.antrum")), "hello, I am not a database\n");
    expectRefused(file(QStringLiteral("text.antrum")), Kind::NotSqlite, QStringLiteral("not an Antrum document"));
    QFile::copy(test::fixturePath(QStringLiteral("models/two-holes.json")), file(QStringLiteral("model.antrum")));
    expectRefused(file(QStringLiteral("model.antrum")), Kind::NotSqlite);
    ModelDocument::Error error;
    EXPECT_EQ(ModelDocument::open(file(QStringLiteral("missing.antrum")), ModelDocument::Mode::ReadOnly, &error), nullptr);
    EXPECT_EQ(int(error.kind), int(Kind::Unreadable));
}

TEST_F(ModelDocumentTest, RefusesAnotherProgramsDatabase)
{
    const QString path = file(QStringLiteral("other.sqlite"));
    rawSql(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    expectRefused(path, Kind::ForeignApplication, QStringLiteral("another program"));
}

TEST_F(ModelDocumentTest, RefusesADocumentFromANewerAntrum)
{
    const QString path = created(fixture());
    rawSql(path, {QStringLiteral("PRAGMA user_version = 7")});
    expectRefused(path, Kind::TooNew, QStringLiteral("newer Antrum (document schema 7)"));
}

TEST_F(ModelDocumentTest, RefusesTriggersViewsAndExtraTables)
{
    const QStringList tamperings = {
        QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON nodes BEGIN DELETE FROM edges; END"),
        QStringLiteral("CREATE VIEW v AS SELECT * FROM nodes"),
        QStringLiteral("CREATE TABLE extra (x)"),
        QStringLiteral("CREATE INDEX extra_index ON nodes (name)"),
    };
    int i = 0;
    for (const QString &sql : tamperings) {
        const QString path = created(fixture(), QStringLiteral("t%1.antrum").arg(i++));
        rawSql(path, {sql});
        SCOPED_TRACE(qPrintable(sql));
        expectRefused(path, Kind::InvalidSchema, QStringLiteral("not a valid Antrum document"));
    }
}

TEST_F(ModelDocumentTest, RefusesContentThatBreaksTheModelRules)
{
    const QString path = created(fixture());
    rawSql(path, {QStringLiteral("UPDATE nodes SET failure_probability = 2 WHERE id = 'US'")});
    const QByteArray before = bytesOf(path);
    ModelDocument::Error error;
    EXPECT_EQ(ModelDocument::open(path, ModelDocument::Mode::ReadOnly, &error), nullptr);
    EXPECT_EQ(int(error.kind), int(Kind::InvalidContent));
    ASSERT_EQ(error.diagnostics.size(), 1u);
    EXPECT_TRUE(error.diagnostics[0].path.endsWith(QStringLiteral(".failure_probability")));
    EXPECT_EQ(bytesOf(path), before);
}

TEST_F(ModelDocumentTest, RefusesTruncatedFiles)
{
    const QString original = created(fixture());
    const QByteArray bytes = bytesOf(original);
    ASSERT_GT(bytes.size(), 8192);
    for (const qsizetype cut : {qsizetype(10), qsizetype(99), qsizetype(100), qsizetype(1000), qsizetype(4096),
                                bytes.size() / 2, bytes.size() - 4096, bytes.size() - 1}) {
        const QString path = file(QStringLiteral("cut%1.antrum").arg(cut));
        writeBytes(path, bytes.left(cut));
        SCOPED_TRACE(cut);
        ModelDocument::Error error;
        EXPECT_EQ(ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error), nullptr);
        EXPECT_TRUE(error.kind == Kind::Damaged || error.kind == Kind::NotSqlite) << qPrintable(error.message);
        EXPECT_EQ(bytesOf(path), bytes.left(cut));
    }
}

TEST_F(ModelDocumentTest, FlippedBytesNeverCrashAndNeverPassInvalid)
{
    const QString original = created(fixture());
    const QByteArray bytes = bytesOf(original);
    std::mt19937 rng(7);
    int refused = 0;
    for (int trial = 0; trial < 200; ++trial) {
        QByteArray damaged = bytes;
        const int flips = 1 + int(rng() % 8);
        for (int f = 0; f < flips; ++f)
            damaged[qsizetype(rng() % quint32(damaged.size()))] ^= char(1 + rng() % 255);
        const QString path = file(QStringLiteral("flip%1.antrum").arg(trial));
        writeBytes(path, damaged);
        ModelDocument::Error error;
        auto document = ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error);
        if (!document) {
            ++refused;
            EXPECT_FALSE(error.message.isEmpty());
            EXPECT_EQ(bytesOf(path), damaged) << "a refused file was changed";
            continue;
        }
        // Accepted (a flip inside a text value is not detectable): it must still be valid.
        const std::optional<Model> model = document->load(&error);
        ASSERT_TRUE(model);
        EXPECT_TRUE(validateModel(*model).empty());
    }
    EXPECT_GT(refused, 0);
}

TEST_F(ModelDocumentTest, DamagedBTreePagesAreRefused)
{
    const QString original = created(fixture());
    const QByteArray bytes = bytesOf(original);
    const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
    const int pages = int(bytes.size() / pageSize);
    ASSERT_GT(pages, 3);
    int refused = 0;
    // Overwrite each non-first page's b-tree header (page type and cell pointers).
    for (int page = 1; page < pages; ++page) {
        QByteArray damaged = bytes;
        for (int k = 0; k < 12; ++k)
            damaged[qsizetype(page) * pageSize + k] = char(0xA5);
        const QString path = file(QStringLiteral("page%1.antrum").arg(page));
        writeBytes(path, damaged);
        ModelDocument::Error error;
        if (!ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error)) {
            ++refused;
            EXPECT_EQ(int(error.kind), int(Kind::Damaged)) << page << ": " << qPrintable(error.message);
        }
        EXPECT_EQ(bytesOf(path), damaged);
    }
    EXPECT_EQ(refused, pages - 1);
}

TEST_F(ModelDocumentTest, SaveAsWritesACheckedCopy)
{
    const Model model = fixture();
    const QString path = created(model);
    ModelDocument::Error error;
    auto document = ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error);
    ASSERT_NE(document, nullptr);
    ASSERT_TRUE(document->saveAs(file(QStringLiteral("copy.antrum")), &error)) << qPrintable(error.message);
    EXPECT_EQ(reopened(file(QStringLiteral("copy.antrum"))), model);
    // Over an existing file.
    writeBytes(file(QStringLiteral("existing.antrum")), "old content");
    ASSERT_TRUE(document->saveAs(file(QStringLiteral("existing.antrum")), &error));
    EXPECT_EQ(reopened(file(QStringLiteral("existing.antrum"))), model);
    // No temporary files left behind.
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden).size(), 0);
}

TEST_F(ModelDocumentTest, AFailedWriteLeavesTheTargetUntouched)
{
    const QString target = created(fixture());
    const QByteArray before = bytesOf(target);
    ModelDocument::setBeforeRenameHookForTesting([](const QString &) { return false; });
    Model other = fixture();
    other.name = QStringLiteral("Other");
    ModelDocument::Error error;
    EXPECT_FALSE(ModelDocument::create(target, other, &error));
    EXPECT_EQ(int(error.kind), int(Kind::WriteFailed));
    {
        auto document = ModelDocument::open(target, ModelDocument::Mode::ReadWrite, &error);
        ASSERT_NE(document, nullptr);
        EXPECT_FALSE(document->saveAs(target, &error));
    }
    ModelDocument::setBeforeRenameHookForTesting({});
    EXPECT_EQ(bytesOf(target), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden).size(), 0);
    // An invalid model is written faithfully by SQLite but refused by the check before the
    // rename, so the target stays as it was.
    Model invalid = fixture();
    invalid.edges.push_back(invalid.edges[0]);
    EXPECT_FALSE(ModelDocument::create(target, invalid, &error));
    EXPECT_EQ(bytesOf(target), before);
}

TEST_F(ModelDocumentTest, MigratesAVersionZeroDocument)
{
    // A fake "version 0" layout: one table of nodes with a different shape.
    const auto makeVersionZero = [&](const QString &path) {
        rawSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(ModelDocument::ApplicationId),
                      QStringLiteral("CREATE TABLE old_nodes (ident TEXT, label TEXT, type TEXT)"),
                      QStringLiteral("INSERT INTO old_nodes VALUES ('NL', 'Nederland', 'jurisdiction')"),
                      QStringLiteral("CREATE TABLE old_info (title TEXT)"),
                      QStringLiteral("INSERT INTO old_info VALUES ('Old model')")});
    };
    ModelDocument::Migration fake;
    fake.from = 0;
    fake.apply = [](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        const QStringList steps = {
            QStringLiteral("CREATE TABLE model_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO model_info (key, value) SELECT 'name', title FROM old_info"),
            QStringLiteral("DROP TABLE old_info"),
        };
        for (const QString &s : steps) {
            if (!q.exec(s))
                return q.lastError().text();
        }
        return {};
    };
    // The fake step alone does not produce schema 1: the open must fail and change nothing.
    const QString path = file(QStringLiteral("v0.antrum"));
    makeVersionZero(path);
    const QByteArray before = bytesOf(path);
    ModelDocument::Error error;
    EXPECT_EQ(ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error, {fake}), nullptr);
    EXPECT_EQ(int(error.kind), int(Kind::InvalidSchema));
    EXPECT_EQ(bytesOf(path), before);

    // A complete step: take the schema of a real version-1 document.
    const QString reference = created(Model{QStringLiteral("ref")}, QStringLiteral("ref.antrum"));
    QStringList schema;
    {
        const QString name = QStringLiteral("schema-reader");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(reference);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid")));
            while (q.next())
                schema << q.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    ModelDocument::Migration complete;
    complete.from = 0;
    complete.apply = [schema](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        for (const QString &s : schema) {
            if (!q.exec(s))
                return q.lastError().text();
        }
        const QStringList moves = {
            QStringLiteral("INSERT INTO model_info (key, value) SELECT 'name', title FROM old_info"),
            QStringLiteral("INSERT INTO nodes (id, kind, name) SELECT ident, type, label FROM old_nodes"),
            QStringLiteral("DROP TABLE old_info"), QStringLiteral("DROP TABLE old_nodes")};
        for (const QString &s : moves) {
            if (!q.exec(s))
                return q.lastError().text();
        }
        return {};
    };
    // Read-only opening does not upgrade.
    EXPECT_EQ(ModelDocument::open(path, ModelDocument::Mode::ReadOnly, &error, {complete}), nullptr);
    EXPECT_EQ(bytesOf(path), before);
    {
        auto document = ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error, {complete});
        ASSERT_NE(document, nullptr) << qPrintable(error.message);
    }
    const Model migrated = reopened(path);
    EXPECT_EQ(migrated.name, QStringLiteral("Old model"));
    ASSERT_EQ(migrated.nodes.size(), 1u);
    EXPECT_EQ(migrated.nodes[0].id, QStringLiteral("NL"));
    EXPECT_EQ(migrated.nodes[0].kind, NodeKind::Jurisdiction);
}
