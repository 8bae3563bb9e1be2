// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentschema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <map>

namespace antrum {

namespace {

// Doubles live in columns declared ANY with a typeof() check: a REAL column would store
// -0.0 as the integer 0 (SQLite's space optimisation), ANY keeps the IEEE-754 bits.
#define ANTRUM_DOUBLE_COLUMN(name) name " ANY CHECK (" name " IS NULL OR typeof(" name ") = 'real')"

const char *const schemaVersion1[] = {
    "CREATE TABLE model (\n"
    "    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),\n"
    "    name TEXT NOT NULL,\n"
    "    description TEXT,\n"
    "    home_jurisdictions TEXT,\n"
    "    extensions TEXT NOT NULL\n"
    ") STRICT",

    "CREATE TABLE nodes (\n"
    "    position INTEGER PRIMARY KEY,\n"
    "    id TEXT NOT NULL UNIQUE,\n"
    "    kind TEXT NOT NULL CHECK (kind IN ('capability', 'application', 'supplier', 'host', 'jurisdiction')),\n"
    "    name TEXT NOT NULL,\n"
    "    criticality INTEGER,\n"
    "    " ANTRUM_DOUBLE_COLUMN("mtd_hours") ",\n"
    "    " ANTRUM_DOUBLE_COLUMN("failure_probability") "\n"
    ") STRICT",

    "CREATE TABLE redundancy (\n"
    "    node TEXT NOT NULL REFERENCES nodes (id) ON UPDATE CASCADE ON DELETE CASCADE,\n"
    "    group_name TEXT NOT NULL,\n"
    "    k INTEGER NOT NULL,\n"
    "    PRIMARY KEY (node, group_name)\n"
    ") STRICT, WITHOUT ROWID",

    "CREATE TABLE attributes (\n"
    "    node TEXT NOT NULL REFERENCES nodes (id) ON UPDATE CASCADE ON DELETE CASCADE,\n"
    "    key TEXT NOT NULL,\n"
    "    type TEXT NOT NULL CHECK (type IN ('string', 'number', 'bool', 'string_list')),\n"
    "    value ANY NOT NULL CHECK ((type = 'string' AND typeof(value) = 'text')\n"
    "                           OR (type = 'number' AND typeof(value) = 'real')\n"
    "                           OR (type = 'bool' AND typeof(value) = 'integer' AND value IN (0, 1))\n"
    "                           OR (type = 'string_list' AND typeof(value) = 'text')),\n"
    "    PRIMARY KEY (node, key)\n"
    ") STRICT, WITHOUT ROWID",

    "CREATE TABLE edges (\n"
    "    position INTEGER PRIMARY KEY,\n"
    "    from_node TEXT NOT NULL REFERENCES nodes (id) ON UPDATE CASCADE ON DELETE CASCADE,\n"
    "    to_node TEXT NOT NULL REFERENCES nodes (id) ON UPDATE CASCADE ON DELETE CASCADE,\n"
    "    kind TEXT NOT NULL CHECK (kind IN ('requires', 'provided_by', 'hosted_on', 'operated_by', 'subcontracts_to',\n"
    "                                       'subsidiary_of', 'incorporated_in', 'located_in', 'alternative_for')),\n"
    "    group_name TEXT,\n"
    "    " ANTRUM_DOUBLE_COLUMN("switch_months") ",\n"
    "    " ANTRUM_DOUBLE_COLUMN("switch_cost") ",\n"
    "    UNIQUE (from_node, to_node, kind)\n"
    ") STRICT",

    // The cascades look edges up by to_node; (from_node, ...) is covered by the UNIQUE index.
    "CREATE INDEX edges_to_node ON edges (to_node)",

    "CREATE TABLE scenarios (\n"
    "    position INTEGER PRIMARY KEY,\n"
    "    id TEXT NOT NULL UNIQUE,\n"
    "    name TEXT NOT NULL,\n"
    "    events TEXT NOT NULL\n"
    ") STRICT",

    "CREATE TABLE options (\n"
    "    position INTEGER PRIMARY KEY,\n"
    "    id TEXT NOT NULL UNIQUE,\n"
    "    name TEXT NOT NULL,\n"
    "    changes TEXT NOT NULL\n"
    ") STRICT",
};

#undef ANTRUM_DOUBLE_COLUMN

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

struct SchemaObject {
    QString type;
    QString table;
    QString sql;
    bool operator==(const SchemaObject &) const = default;
};
using SchemaObjects = std::map<QString, SchemaObject>; // by name

bool readObjects(QSqlDatabase &db, SchemaObjects *objects, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        (*objects)[query.value(1).toString()] = {query.value(0).toString(), query.value(2).toString(), query.value(3).toString()};
    return true;
}

/// The objects that the current schema creates, read back from a private in-memory database
/// so that autoindexes and SQLite's own spelling are exactly what a real file holds.
const SchemaObjects &expectedObjects()
{
    static const SchemaObjects objects = [] {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("antrum-schema-reference-%1").arg(counter.fetch_add(1));
        SchemaObjects result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QString error;
            if (db.open()) {
                for (const QString &statement : DocumentSchema::statements())
                    run(db, statement, &error);
                readObjects(db, &result, &error);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return objects;
}

QString describe(const QString &name, const SchemaObject &object)
{
    return object.type + QStringLiteral(" \"") + name + u'"';
}

} // namespace

const QStringList &DocumentSchema::statements()
{
    static const QStringList list = [] {
        QStringList result;
        for (const char *statement : schemaVersion1)
            result << QString::fromLatin1(statement);
        return result;
    }();
    return list;
}

std::vector<Migration> DocumentSchema::migrations() { return {}; }

bool DocumentSchema::create(QSqlDatabase &db, QString *error)
{
    for (const QString &statement : statements()) {
        if (!run(db, statement, error))
            return false;
    }
    // PRAGMA takes no bound parameters; these are our own constants, not user data.
    return run(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error)
        && run(db, QStringLiteral("PRAGMA user_version = %1").arg(Version), error);
}

bool DocumentSchema::matches(QSqlDatabase &db, QString *problem)
{
    const SchemaObjects &expected = expectedObjects();
    if (expected.empty()) {
        *problem = QStringLiteral("the reference schema could not be built");
        return false;
    }
    SchemaObjects actual;
    if (!readObjects(db, &actual, problem))
        return false;
    for (const auto &[name, object] : actual) {
        const auto it = expected.find(name);
        if (it == expected.end()) {
            *problem = QStringLiteral("unexpected ") + describe(name, object);
            return false;
        }
        if (!(it->second == object)) {
            *problem = describe(name, object) + QStringLiteral(" is not defined as Antrum defines it");
            return false;
        }
    }
    for (const auto &[name, object] : expected) {
        if (!actual.count(name)) {
            *problem = QStringLiteral("missing ") + describe(name, object);
            return false;
        }
    }
    return true;
}

bool DocumentSchema::migrate(QSqlDatabase &db, int fromVersion, const std::vector<Migration> &steps, QString *error)
{
    for (int version = fromVersion; version < Version; ++version) {
        const Migration *step = nullptr;
        for (const Migration &candidate : steps) {
            if (candidate.from == version) {
                if (step) {
                    *error = QStringLiteral("two upgrade steps claim schema %1").arg(version);
                    return false;
                }
                step = &candidate;
            }
        }
        if (!step || !step->apply) {
            *error = QStringLiteral("this version of Antrum cannot upgrade documents of schema %1").arg(version);
            return false;
        }
        QString reason;
        if (!step->apply(db, &reason)) {
            *error = QStringLiteral("the upgrade from schema %1 to %2 failed: %3")
                         .arg(version)
                         .arg(version + 1)
                         .arg(reason.isEmpty() ? QStringLiteral("no reason given") : reason);
            return false;
        }
    }
    return run(db, QStringLiteral("PRAGMA user_version = %1").arg(Version), error);
}

} // namespace antrum
