// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldocument.h"

#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

#include <atomic>
#include <cstdio>
#include <cstring>

namespace antrum {

namespace {

using Kind = ModelDocument::Error::Kind;

std::function<bool(const QString &)> &beforeRenameHook()
{
    static std::function<bool(const QString &)> hook;
    return hook;
}

bool fail(ModelDocument::Error *error, Kind kind, const QString &message, Diagnostics diagnostics = {})
{
    if (error)
        *error = ModelDocument::Error{kind, message, std::move(diagnostics)};
    return false;
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("antrum-document-%1").arg(counter.fetch_add(1));
}

/// The schema of version 1. Its exact text is also what an opened file must contain.
const QStringList &schemaStatements()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE model_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE nodes (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
            "kind TEXT NOT NULL CHECK (kind IN ('capability','application','supplier','host','jurisdiction')), "
            "name TEXT NOT NULL, criticality INTEGER, mtd_hours REAL, failure_probability REAL)"),
        QStringLiteral(
            "CREATE TABLE redundancy (node TEXT NOT NULL REFERENCES nodes(id) ON UPDATE CASCADE ON DELETE CASCADE, "
            "grp TEXT NOT NULL, k INTEGER NOT NULL, PRIMARY KEY (node, grp))"),
        QStringLiteral(
            "CREATE TABLE attributes (node TEXT NOT NULL REFERENCES nodes(id) ON UPDATE CASCADE ON DELETE CASCADE, "
            "key TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN ('string','number','boolean','strings')), "
            "value NOT NULL, PRIMARY KEY (node, key))"),
        QStringLiteral(
            "CREATE TABLE edges (seq INTEGER PRIMARY KEY, "
            "src TEXT NOT NULL REFERENCES nodes(id) ON UPDATE CASCADE ON DELETE CASCADE, "
            "dst TEXT NOT NULL REFERENCES nodes(id) ON UPDATE CASCADE ON DELETE CASCADE, "
            "kind TEXT NOT NULL CHECK (kind IN ('requires','provided_by','hosted_on','operated_by','subcontracts_to',"
            "'subsidiary_of','incorporated_in','located_in','alternative_for')), "
            "grp TEXT, switch_months REAL, switch_cost REAL, UNIQUE (src, dst, kind))"),
        QStringLiteral("CREATE INDEX edges_by_target ON edges (dst)"),
        QStringLiteral("CREATE TABLE scenarios (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "events TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE options (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                       "body TEXT NOT NULL)"),
    };
    return statements;
}

QString sqlError(const QSqlQuery &query) { return query.lastError().text(); }

/// Runs a statement without results; an empty string or the error.
QString exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : sqlError(query);
}

QVariant pragma(QSqlDatabase &db, const QString &name, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        if (error)
            *error = sqlError(query);
        return {};
    }
    return query.value(0);
}

/// An open connection that removes itself from Qt's registry when it goes out of scope.
class Connection {
public:
    Connection(const QString &path, bool readOnly) : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open) {
            m_error = db.lastError().text();
            return;
        }
        // The settings of docs/document-format.md, on every connection.
        for (const char *setting : {"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF",
                                    "PRAGMA synchronous = FULL"}) {
            if (const QString e = exec(db, QString::fromLatin1(setting)); !e.isEmpty()) {
                m_error = e;
                m_open = false;
                return;
            }
        }
        if (!readOnly) {
            const QString mode = pragma(db, QStringLiteral("journal_mode = DELETE"), &m_error).toString();
            if (mode.compare(u"delete", Qt::CaseInsensitive) != 0)
                m_open = false;
        }
    }

    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// --- JSON of scenarios and options (stored as text: they are small and read as a whole) ---

QJsonObject nodeToJson(const Node &n)
{
    QJsonObject o{{QStringLiteral("id"), n.id}, {QStringLiteral("kind"), toString(n.kind)},
                  {QStringLiteral("name"), n.name}};
    if (n.criticality)
        o.insert(QStringLiteral("criticality"), *n.criticality);
    if (n.mtdHours)
        o.insert(QStringLiteral("mtd_hours"), *n.mtdHours);
    if (n.failureProbability)
        o.insert(QStringLiteral("failure_probability"), *n.failureProbability);
    QJsonObject redundancy;
    for (const auto &[g, k] : n.redundancy)
        redundancy.insert(g, k);
    if (!redundancy.isEmpty())
        o.insert(QStringLiteral("redundancy"), redundancy);
    QJsonObject attributes;
    for (const auto &[key, value] : n.attributes) {
        // Clang 14 cannot capture a structured binding: name it by reference instead.
        std::visit([&attributes, &key = key](const auto &v) {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, QStringList>)
                attributes.insert(key, QJsonArray::fromStringList(v));
            else
                attributes.insert(key, v);
        }, value);
    }
    if (!attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), attributes);
    return o;
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        list << v.toString();
    }
    return list;
}

std::optional<Node> nodeFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const std::optional<NodeKind> kind = nodeKindFromString(o.value(QStringLiteral("kind")).toString());
    if (!value.isObject() || !kind || !o.value(QStringLiteral("id")).isString() || !o.value(QStringLiteral("name")).isString())
        return std::nullopt;
    Node n;
    n.id = o.value(QStringLiteral("id")).toString();
    n.kind = *kind;
    n.name = o.value(QStringLiteral("name")).toString();
    if (o.contains(QStringLiteral("criticality")))
        n.criticality = o.value(QStringLiteral("criticality")).toInt();
    if (o.contains(QStringLiteral("mtd_hours")))
        n.mtdHours = o.value(QStringLiteral("mtd_hours")).toDouble();
    if (o.contains(QStringLiteral("failure_probability")))
        n.failureProbability = o.value(QStringLiteral("failure_probability")).toDouble();
    const QJsonObject redundancy = o.value(QStringLiteral("redundancy")).toObject();
    for (auto it = redundancy.begin(); it != redundancy.end(); ++it)
        n.redundancy[it.key()] = it.value().toInt();
    const QJsonObject attributes = o.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            n.attributes[it.key()] = v.toString();
        else if (v.isDouble())
            n.attributes[it.key()] = v.toDouble();
        else if (v.isBool())
            n.attributes[it.key()] = v.toBool();
        else if (std::optional<QStringList> list = stringList(v))
            n.attributes[it.key()] = *list;
        else
            return std::nullopt;
    }
    return n;
}

QJsonObject edgeKeyToJson(const EdgeKey &e)
{
    return {{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}, {QStringLiteral("kind"), toString(e.kind)}};
}

QJsonObject edgeToJson(const Edge &e)
{
    QJsonObject o = edgeKeyToJson(e.key());
    if (!e.group.isEmpty())
        o.insert(QStringLiteral("group"), e.group);
    if (e.switchMonths)
        o.insert(QStringLiteral("switch_months"), *e.switchMonths);
    if (e.switchCost)
        o.insert(QStringLiteral("switch_cost"), *e.switchCost);
    return o;
}

std::optional<Edge> edgeFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const std::optional<EdgeKind> kind = edgeKindFromString(o.value(QStringLiteral("kind")).toString());
    if (!value.isObject() || !kind)
        return std::nullopt;
    Edge e;
    e.from = o.value(QStringLiteral("from")).toString();
    e.to = o.value(QStringLiteral("to")).toString();
    e.kind = *kind;
    e.group = o.value(QStringLiteral("group")).toString();
    if (o.contains(QStringLiteral("switch_months")))
        e.switchMonths = o.value(QStringLiteral("switch_months")).toDouble();
    if (o.contains(QStringLiteral("switch_cost")))
        e.switchCost = o.value(QStringLiteral("switch_cost")).toDouble();
    return e;
}

QByteArray eventsToJson(const std::vector<Event> &events)
{
    QJsonArray array;
    for (const Event &e : events) {
        QJsonObject o{{QStringLiteral("type"), toString(e.type)}, {QStringLiteral("node"), e.node}};
        if (e.type == Event::Type::Price)
            o.insert(QStringLiteral("factor"), e.factor);
        if (e.type == Event::Type::Acquire)
            o.insert(QStringLiteral("parent"), e.parent);
        if (e.month)
            o.insert(QStringLiteral("month"), *e.month);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<std::vector<Event>> eventsFromJson(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isArray())
        return std::nullopt;
    std::vector<Event> events;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const std::optional<Event::Type> type = eventTypeFromString(o.value(QStringLiteral("type")).toString());
        if (!type)
            return std::nullopt;
        Event e;
        e.type = *type;
        e.node = o.value(QStringLiteral("node")).toString();
        e.factor = o.value(QStringLiteral("factor")).toDouble(1.0);
        e.parent = o.value(QStringLiteral("parent")).toString();
        if (o.contains(QStringLiteral("month")))
            e.month = o.value(QStringLiteral("month")).toDouble();
        events.push_back(e);
    }
    return events;
}

QByteArray optionToJson(const Option &option)
{
    QJsonObject o;
    o.insert(QStringLiteral("remove_nodes"), QJsonArray::fromStringList(option.removeNodes));
    QJsonArray addNodes, removeEdges, addEdges;
    for (const Node &n : option.addNodes)
        addNodes.append(nodeToJson(n));
    for (const EdgeKey &e : option.removeEdges)
        removeEdges.append(edgeKeyToJson(e));
    for (const Edge &e : option.addEdges)
        addEdges.append(edgeToJson(e));
    o.insert(QStringLiteral("add_nodes"), addNodes);
    o.insert(QStringLiteral("remove_edges"), removeEdges);
    o.insert(QStringLiteral("add_edges"), addEdges);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool optionFromJson(const QByteArray &text, Option &option)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    const std::optional<QStringList> removeNodes = stringList(o.value(QStringLiteral("remove_nodes")));
    if (!removeNodes)
        return false;
    option.removeNodes = *removeNodes;
    for (const QJsonValue &v : o.value(QStringLiteral("add_nodes")).toArray()) {
        std::optional<Node> n = nodeFromJson(v);
        if (!n)
            return false;
        option.addNodes.push_back(*n);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("remove_edges")).toArray()) {
        std::optional<Edge> e = edgeFromJson(v);
        if (!e)
            return false;
        option.removeEdges.push_back(e->key());
    }
    for (const QJsonValue &v : o.value(QStringLiteral("add_edges")).toArray()) {
        std::optional<Edge> e = edgeFromJson(v);
        if (!e)
            return false;
        option.addEdges.push_back(*e);
    }
    return true;
}

// --- writing -------------------------------------------------------------------------------

QVariant nullable(const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); }

QString insertNode(QSqlDatabase &db, const Node &n, bool replace)
{
    QSqlQuery query(db);
    if (replace) {
        // Upsert keeps the row (and so the edges that reference it) and its place in the order.
        query.prepare(QStringLiteral(
            "INSERT INTO nodes (id, kind, name, criticality, mtd_hours, failure_probability) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, criticality = excluded.criticality, "
            "mtd_hours = excluded.mtd_hours, failure_probability = excluded.failure_probability"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO nodes (id, kind, name, criticality, mtd_hours, failure_probability) VALUES (?,?,?,?,?,?)"));
    }
    query.addBindValue(n.id);
    query.addBindValue(toString(n.kind));
    query.addBindValue(n.name);
    query.addBindValue(n.criticality ? QVariant(*n.criticality) : QVariant());
    query.addBindValue(nullable(n.mtdHours));
    query.addBindValue(nullable(n.failureProbability));
    if (!query.exec())
        return sqlError(query);
    if (replace) {
        for (const char *table : {"redundancy", "attributes"}) {
            QSqlQuery clear(db);
            clear.prepare(QStringLiteral("DELETE FROM %1 WHERE node = ?").arg(QLatin1String(table)));
            clear.addBindValue(n.id);
            if (!clear.exec())
                return sqlError(clear);
        }
    }
    QSqlQuery group(db);
    group.prepare(QStringLiteral("INSERT INTO redundancy (node, grp, k) VALUES (?,?,?)"));
    for (const auto &[name, k] : n.redundancy) {
        group.addBindValue(n.id);
        group.addBindValue(name);
        group.addBindValue(k);
        if (!group.exec())
            return sqlError(group);
    }
    QSqlQuery attribute(db);
    attribute.prepare(QStringLiteral("INSERT INTO attributes (node, key, type, value) VALUES (?,?,?,?)"));
    for (const auto &[key, value] : n.attributes) {
        attribute.addBindValue(n.id);
        attribute.addBindValue(key);
        if (const QString *s = std::get_if<QString>(&value)) {
            attribute.addBindValue(QStringLiteral("string"));
            attribute.addBindValue(*s);
        } else if (const double *d = std::get_if<double>(&value)) {
            attribute.addBindValue(QStringLiteral("number"));
            attribute.addBindValue(*d);
        } else if (const bool *b = std::get_if<bool>(&value)) {
            attribute.addBindValue(QStringLiteral("boolean"));
            attribute.addBindValue(int(*b));
        } else {
            attribute.addBindValue(QStringLiteral("strings"));
            attribute.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(std::get<QStringList>(value))).toJson(QJsonDocument::Compact)));
        }
        if (!attribute.exec())
            return sqlError(attribute);
    }
    return {};
}

QString insertEdge(QSqlDatabase &db, QSqlQuery &query, const Edge &e)
{
    Q_UNUSED(db);
    query.addBindValue(e.from);
    query.addBindValue(e.to);
    query.addBindValue(toString(e.kind));
    query.addBindValue(e.group.isEmpty() ? QVariant() : QVariant(e.group));
    query.addBindValue(nullable(e.switchMonths));
    query.addBindValue(nullable(e.switchCost));
    return query.exec() ? QString() : sqlError(query);
}

const QString insertEdgeSql = QStringLiteral(
    "INSERT INTO edges (src, dst, kind, grp, switch_months, switch_cost) VALUES (?,?,?,?,?,?)");

QString setInfo(QSqlDatabase &db, const QString &key, const std::optional<QString> &value)
{
    QSqlQuery query(db);
    if (!value) {
        query.prepare(QStringLiteral("DELETE FROM model_info WHERE key = ?"));
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO model_info (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(*value);
    }
    return query.exec() ? QString() : sqlError(query);
}

/// Writes the whole model into empty tables (inside the caller's transaction).
QString writeModel(QSqlDatabase &db, const Model &model)
{
    QString e = setInfo(db, QStringLiteral("name"), model.name);
    if (e.isEmpty())
        e = setInfo(db, QStringLiteral("description"), model.description);
    if (e.isEmpty() && model.homeJurisdictions)
        e = setInfo(db, QStringLiteral("home_jurisdictions"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*model.homeJurisdictions)).toJson(QJsonDocument::Compact)));
    if (e.isEmpty() && !model.extensions.empty()) {
        QJsonObject extensions;
        for (const auto &[key, value] : model.extensions)
            extensions.insert(key, value);
        e = setInfo(db, QStringLiteral("extensions"), QString::fromUtf8(QJsonDocument(extensions).toJson(QJsonDocument::Compact)));
    }
    for (const Node &n : model.nodes) {
        if (!e.isEmpty())
            return e;
        e = insertNode(db, n, false);
    }
    QSqlQuery edge(db);
    edge.prepare(insertEdgeSql);
    for (const Edge &ed : model.edges) {
        if (!e.isEmpty())
            return e;
        e = insertEdge(db, edge, ed);
    }
    QSqlQuery scenario(db);
    scenario.prepare(QStringLiteral("INSERT INTO scenarios (id, name, events) VALUES (?,?,?)"));
    for (const Scenario &s : model.scenarios) {
        if (!e.isEmpty())
            return e;
        scenario.addBindValue(s.id);
        scenario.addBindValue(s.name);
        scenario.addBindValue(QString::fromUtf8(eventsToJson(s.events)));
        if (!scenario.exec())
            e = sqlError(scenario);
    }
    QSqlQuery option(db);
    option.prepare(QStringLiteral("INSERT INTO options (id, name, body) VALUES (?,?,?)"));
    for (const Option &o : model.options) {
        if (!e.isEmpty())
            return e;
        option.addBindValue(o.id);
        option.addBindValue(o.name);
        option.addBindValue(QString::fromUtf8(optionToJson(o)));
        if (!option.exec())
            e = sqlError(option);
    }
    return e;
}

/// Runs `work` in one transaction (BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error).
QString transaction(QSqlDatabase &db, const std::function<QString()> &work)
{
    if (const QString e = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !e.isEmpty())
        return e;
    QString e = work();
    if (e.isEmpty())
        e = exec(db, QStringLiteral("COMMIT"));
    if (!e.isEmpty())
        exec(db, QStringLiteral("ROLLBACK"));
    return e;
}

// --- reading -------------------------------------------------------------------------------

std::optional<Model> readModel(QSqlDatabase &db, ModelDocument::Error *error)
{
    const auto damaged = [&](const QString &what) {
        fail(error, Kind::InvalidContent, QStringLiteral("the document's content is malformed: %1").arg(what));
        return std::nullopt;
    };
    Model model;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM model_info")))
        return damaged(sqlError(query));
    bool haveName = false;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == u"name") {
            model.name = value;
            haveName = true;
        } else if (key == u"description") {
            model.description = value;
        } else if (key == u"home_jurisdictions") {
            const std::optional<QStringList> list = stringList(QJsonDocument::fromJson(value.toUtf8()).array());
            if (!list || !QJsonDocument::fromJson(value.toUtf8()).isArray())
                return damaged(QStringLiteral("home_jurisdictions"));
            model.homeJurisdictions = *list;
        } else if (key == u"extensions") {
            const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
            if (!doc.isObject())
                return damaged(QStringLiteral("extensions"));
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.key().startsWith(u"x-"))
                    return damaged(QStringLiteral("extension key \"%1\"").arg(it.key()));
                model.extensions[it.key()] = it.value();
            }
        } else {
            return damaged(QStringLiteral("unknown model_info key \"%1\"").arg(key));
        }
    }
    if (!haveName)
        return damaged(QStringLiteral("the model has no name"));

    QHash<QString, int> index;
    if (!query.exec(QStringLiteral("SELECT id, kind, name, criticality, mtd_hours, failure_probability FROM nodes ORDER BY seq")))
        return damaged(sqlError(query));
    while (query.next()) {
        Node n;
        n.id = query.value(0).toString();
        const std::optional<NodeKind> kind = nodeKindFromString(query.value(1).toString());
        if (!kind)
            return damaged(QStringLiteral("node kind"));
        n.kind = *kind;
        n.name = query.value(2).toString();
        if (!query.isNull(3))
            n.criticality = query.value(3).toInt();
        if (!query.isNull(4))
            n.mtdHours = query.value(4).toDouble();
        if (!query.isNull(5))
            n.failureProbability = query.value(5).toDouble();
        index.insert(n.id, int(model.nodes.size()));
        model.nodes.push_back(std::move(n));
    }
    if (!query.exec(QStringLiteral("SELECT node, grp, k FROM redundancy")))
        return damaged(sqlError(query));
    while (query.next()) {
        const int at = index.value(query.value(0).toString(), -1);
        if (at < 0)
            return damaged(QStringLiteral("redundancy of an unknown node"));
        model.nodes[std::size_t(at)].redundancy[query.value(1).toString()] = query.value(2).toInt();
    }
    if (!query.exec(QStringLiteral("SELECT node, key, type, value FROM attributes")))
        return damaged(sqlError(query));
    while (query.next()) {
        const int at = index.value(query.value(0).toString(), -1);
        if (at < 0)
            return damaged(QStringLiteral("attribute of an unknown node"));
        const QString type = query.value(2).toString();
        AttributeValue value;
        if (type == u"string")
            value = query.value(3).toString();
        else if (type == u"number")
            value = query.value(3).toDouble();
        else if (type == u"boolean")
            value = query.value(3).toInt() != 0;
        else {
            const std::optional<QStringList> list = stringList(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array());
            if (!list)
                return damaged(QStringLiteral("attribute list"));
            value = *list;
        }
        model.nodes[std::size_t(at)].attributes[query.value(1).toString()] = std::move(value);
    }
    if (!query.exec(QStringLiteral("SELECT src, dst, kind, grp, switch_months, switch_cost FROM edges ORDER BY seq")))
        return damaged(sqlError(query));
    while (query.next()) {
        Edge e;
        e.from = query.value(0).toString();
        e.to = query.value(1).toString();
        const std::optional<EdgeKind> kind = edgeKindFromString(query.value(2).toString());
        if (!kind)
            return damaged(QStringLiteral("edge kind"));
        e.kind = *kind;
        e.group = query.value(3).toString();
        if (!query.isNull(4))
            e.switchMonths = query.value(4).toDouble();
        if (!query.isNull(5))
            e.switchCost = query.value(5).toDouble();
        model.edges.push_back(std::move(e));
    }
    if (!query.exec(QStringLiteral("SELECT id, name, events FROM scenarios ORDER BY seq")))
        return damaged(sqlError(query));
    while (query.next()) {
        Scenario s;
        s.id = query.value(0).toString();
        s.name = query.value(1).toString();
        std::optional<std::vector<Event>> events = eventsFromJson(query.value(2).toString().toUtf8());
        if (!events)
            return damaged(QStringLiteral("events of scenario \"%1\"").arg(s.id));
        s.events = std::move(*events);
        model.scenarios.push_back(std::move(s));
    }
    if (!query.exec(QStringLiteral("SELECT id, name, body FROM options ORDER BY seq")))
        return damaged(sqlError(query));
    while (query.next()) {
        Option o;
        o.id = query.value(0).toString();
        o.name = query.value(1).toString();
        if (!optionFromJson(query.value(2).toString().toUtf8(), o))
            return damaged(QStringLiteral("option \"%1\"").arg(o.id));
        model.options.push_back(std::move(o));
    }
    return model;
}

/// The schema objects of a database: "type name sql" lines, sorted.
QStringList schemaOf(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    QStringList objects;
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex_%'"))) {
        *error = sqlError(query);
        return {};
    }
    while (query.next())
        objects << query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + query.value(2).toString();
    objects.sort();
    return objects;
}

const QStringList &expectedSchema()
{
    static const QStringList schema = [] {
        Connection memory(QStringLiteral(":memory:"), false);
        QSqlDatabase db = memory.db();
        for (const QString &statement : schemaStatements())
            exec(db, statement);
        QString error;
        return schemaOf(db, &error);
    }();
    return schema;
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(uchar(bytes[offset])) << 24) | (quint32(uchar(bytes[offset + 1])) << 16)
           | (quint32(uchar(bytes[offset + 2])) << 8) | quint32(uchar(bytes[offset + 3]));
}

/// Checks the file's first 100 bytes and its size before SQLite sees it.
bool checkHeader(const QString &path, ModelDocument::Error *error)
{
    QFile file(path);
    if (!file.exists())
        return fail(error, Kind::Unreadable, QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, Kind::Unreadable, QStringLiteral("%1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(error, Kind::NotSqlite, QStringLiteral("%1 is not an Antrum document (not an SQLite file)").arg(path));
    if (header.size() < 100)
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: the file is truncated").arg(path));
    quint32 pageSize = (quint32(uchar(header[16])) << 8) | quint32(uchar(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: invalid page size").arg(path));
    // The in-header page count is valid when the change counter matches "version valid for".
    const quint32 pages = bigEndian32(header, 28);
    if (bigEndian32(header, 24) == bigEndian32(header, 92) && pages > 0
        && quint64(file.size()) < quint64(pages) * pageSize)
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: the file is truncated (%2 of %3 bytes)")
                                              .arg(path).arg(file.size()).arg(quint64(pages) * pageSize));
    if (file.size() % pageSize != 0)
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: its size is not a whole number of pages").arg(path));
    return true;
}

/// Everything short of loading the model, on a read-only connection. Sets *version.
bool checkDatabase(QSqlDatabase &db, const QString &path, int *version, ModelDocument::Error *error)
{
    QString e;
    const QVariant application = pragma(db, QStringLiteral("application_id"), &e);
    if (!application.isValid())
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged or unreadable: %2").arg(path, e));
    if (application.toInt() != ModelDocument::ApplicationId)
        return fail(error, Kind::ForeignApplication,
                    QStringLiteral("%1 is an SQLite database of another program, not an Antrum document").arg(path));
    *version = pragma(db, QStringLiteral("user_version"), &e).toInt();
    if (*version > ModelDocument::SchemaVersion)
        return fail(error, Kind::TooNew,
                    QStringLiteral("%1 was made by a newer Antrum (document schema %2); this version reads up to schema %3. "
                                   "Please upgrade Antrum.").arg(path).arg(*version).arg(ModelDocument::SchemaVersion));
    QSqlQuery integrity(db);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: %2").arg(path, sqlError(integrity)));
    QStringList problems;
    while (integrity.next())
        problems << integrity.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: %2").arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
    return true;
}

bool checkSchema(QSqlDatabase &db, const QString &path, ModelDocument::Error *error)
{
    QString e;
    const QStringList actual = schemaOf(db, &e);
    if (!e.isEmpty())
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: %2").arg(path, e));
    if (actual != expectedSchema())
        return fail(error, Kind::InvalidSchema,
                    QStringLiteral("%1 is not a valid Antrum document: its tables differ from schema %2 "
                                   "(extra tables, views or triggers are not allowed)").arg(path).arg(ModelDocument::SchemaVersion));
    QSqlQuery keys(db);
    if (!keys.exec(QStringLiteral("PRAGMA foreign_key_check")) || keys.next())
        return fail(error, Kind::Damaged, QStringLiteral("%1 is damaged: broken references between nodes and edges").arg(path));
    return true;
}

bool loadAndValidate(QSqlDatabase &db, const QString &path, std::optional<Model> *out, ModelDocument::Error *error)
{
    std::optional<Model> model = readModel(db, error);
    if (!model)
        return false;
    Diagnostics problems = validateModel(*model);
    if (!problems.empty()) {
        for (Diagnostic &d : problems)
            d.file = path;
        const QString message = QStringLiteral("%1 holds an invalid model (%2 problems)").arg(path).arg(problems.size());
        return fail(error, Kind::InvalidContent, message, std::move(problems));
    }
    if (out)
        *out = std::move(model);
    return true;
}

/// A change cut short (a crash, kill -9, power loss in the middle of a transaction) leaves a
/// hot rollback journal next to the document; until SQLite plays it back the file may hold
/// half of the change, and a read-only connection cannot play it back ("attempt to write a
/// readonly database"). So before the read-only checks, the journal of an Antrum document
/// (application_id and a version this build reads, judged from the header) is played back on
/// a read-write connection, which restores the document as it was before the change began.
/// The journal of any other file is left alone; such a file is then refused as usual.
bool recoverInterruptedChange(const QString &path, ModelDocument::Error *error)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // checkHeader says why
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))
        || qint32(bigEndian32(header, 68)) != ModelDocument::ApplicationId
        || qint32(bigEndian32(header, 60)) > ModelDocument::SchemaVersion)
        return true;
    QString e;
    {
        Connection connection(path, false);
        if (!connection.isOpen()) {
            e = connection.error();
        } else {
            QSqlDatabase db = connection.db();
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
                e = sqlError(query);
        }
    }
    if (!e.isEmpty())
        return fail(error, Kind::Unreadable,
                    QStringLiteral("%1 was left in the middle of a change (by a crash) and cannot be restored: %2. "
                                   "Keep %3: it holds what is needed to restore the document; open it once with "
                                   "permission to write.").arg(path, e, journal.filePath()));
    return true;
}

/// The full read-only check of a file; on success the model it holds is in *model.
bool checkFile(const QString &path, int *version, std::optional<Model> *model, ModelDocument::Error *error)
{
    if (!recoverInterruptedChange(path, error) || !checkHeader(path, error))
        return false;
    Connection connection(path, true);
    if (!connection.isOpen())
        return fail(error, Kind::Damaged, QStringLiteral("%1 cannot be opened: %2").arg(path, connection.error()));
    QSqlDatabase db = connection.db();
    if (!checkDatabase(db, path, version, error))
        return false;
    if (*version < ModelDocument::SchemaVersion)
        return true; // checked again after the upgrade
    return checkSchema(db, path, error) && loadAndValidate(db, path, model, error);
}

/// Renames `from` over `to` atomically (POSIX rename replaces the target in one step).
bool replaceFile(const QString &from, const QString &to, ModelDocument::Error *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(from);
        return fail(error, Kind::WriteFailed, QStringLiteral("cannot write %1: %2").arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return true;
}

/// A fresh, empty file name in the target's folder, so that the final rename stays on one
/// file system.
QString temporaryPathFor(const QString &target, ModelDocument::Error *error)
{
    QTemporaryFile file(QFileInfo(target).absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(QFileInfo(target).fileName())));
    file.setAutoRemove(false);
    if (!file.open()) {
        fail(error, Kind::WriteFailed, QStringLiteral("cannot write in the folder of %1: %2").arg(target, file.errorString()));
        return {};
    }
    return file.fileName();
}

/// Checks a freshly written temporary file, then renames it over `target`.
bool finish(const QString &temporary, const QString &target, const Model *expected, ModelDocument::Error *error)
{
    int version = 0;
    std::optional<Model> written;
    ModelDocument::Error check;
    if (!checkFile(temporary, &version, &written, &check) || (expected && written != *expected)) {
        QFile::remove(temporary);
        return fail(error, Kind::WriteFailed,
                    QStringLiteral("cannot write %1: the written copy did not check out (%2)")
                        .arg(target, check.message.isEmpty() ? QStringLiteral("content differs") : check.message));
    }
    // A temporary file is private (0600); the document gets the permissions of the file it
    // replaces, or the usual ones for a new document.
    QFile::setPermissions(temporary, QFileInfo::exists(target)
                                         ? QFile::permissions(target)
                                         : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (beforeRenameHook() && !beforeRenameHook()(temporary)) {
        QFile::remove(temporary);
        return fail(error, Kind::WriteFailed, QStringLiteral("cannot write %1: interrupted before the final rename").arg(target));
    }
    return replaceFile(temporary, target, error);
}

} // namespace

std::vector<ModelDocument::Migration> ModelDocument::migrations() { return {}; }

void ModelDocument::setBeforeRenameHookForTesting(std::function<bool(const QString &)> hook)
{
    beforeRenameHook() = std::move(hook);
}

ModelDocument::ModelDocument(QString path, Mode mode, QString connection)
    : m_path(std::move(path)), m_mode(mode), m_connection(std::move(connection))
{
}

ModelDocument::~ModelDocument()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ModelDocument::database() const { return QSqlDatabase::database(m_connection, false); }

bool ModelDocument::create(const QString &path, const Model &model, Error *error)
{
    const QString temporary = temporaryPathFor(path, error);
    if (temporary.isEmpty())
        return false;
    QString e;
    {
        Connection connection(temporary, false);
        if (!connection.isOpen()) {
            e = connection.error();
        } else {
            QSqlDatabase db = connection.db();
            e = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            if (e.isEmpty()) {
                e = transaction(db, [&] {
                    for (const QString &statement : schemaStatements()) {
                        if (const QString failed = exec(db, statement); !failed.isEmpty())
                            return failed;
                    }
                    QString written = writeModel(db, model);
                    if (written.isEmpty())
                        written = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
                    return written;
                });
            }
        }
    }
    if (!e.isEmpty()) {
        QFile::remove(temporary);
        return fail(error, Kind::WriteFailed, QStringLiteral("cannot write %1: %2").arg(path, e));
    }
    return finish(temporary, path, &model, error);
}

std::unique_ptr<ModelDocument> ModelDocument::open(const QString &path, Mode mode, Error *error,
                                                   const std::vector<Migration> &steps)
{
    int version = 0;
    if (!checkFile(path, &version, nullptr, error))
        return nullptr;
    if (version < SchemaVersion && mode == Mode::ReadOnly) {
        fail(error, Kind::TooNew, QStringLiteral("%1 uses the older document schema %2; open it for editing once to upgrade it")
                                      .arg(path).arg(version));
        return nullptr;
    }
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    std::unique_ptr<ModelDocument> document(new ModelDocument(path, mode, name));
    QSqlDatabase db = document->database();
    if (!db.open()) {
        fail(error, Kind::Unreadable, QStringLiteral("%1 cannot be opened: %2").arg(path, db.lastError().text()));
        return nullptr;
    }
    for (const char *setting : {"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF", "PRAGMA synchronous = FULL"})
        exec(db, QString::fromLatin1(setting));
    if (mode == Mode::ReadWrite)
        exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));

    if (version < SchemaVersion) {
        // Upgrade in one transaction; foreign keys are checked once at the end.
        const QString e = transaction(db, [&]() -> QString {
            for (int v = version; v < SchemaVersion; ++v) {
                const auto step = std::find_if(steps.begin(), steps.end(), [v](const Migration &m) { return m.from == v; });
                if (step == steps.end())
                    return QStringLiteral("no upgrade from document schema %1").arg(v);
                if (const QString failed = step->apply(db); !failed.isEmpty())
                    return QStringLiteral("upgrade from schema %1 failed: %2").arg(v).arg(failed);
            }
            QString e2 = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
            if (e2.isEmpty() && !checkSchema(db, path, error))
                e2 = error ? error->message : QStringLiteral("schema check failed");
            std::optional<Model> loaded;
            if (e2.isEmpty() && !loadAndValidate(db, path, &loaded, error))
                e2 = error ? error->message : QStringLiteral("content check failed");
            return e2;
        });
        if (!e.isEmpty()) {
            fail(error, Kind::InvalidSchema, QStringLiteral("%1 could not be upgraded: %2").arg(path, e));
            return nullptr;
        }
    }
    return document;
}

std::optional<Model> ModelDocument::load(Error *error) const
{
    QSqlDatabase db = database();
    return readModel(db, error);
}

bool ModelDocument::replaceModel(const Model &model, Error *error)
{
    QSqlDatabase db = database();
    const QString e = transaction(db, [&]() -> QString {
        for (const char *table : {"edges", "attributes", "redundancy", "nodes", "scenarios", "options", "model_info"}) {
            if (const QString failed = exec(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !failed.isEmpty())
                return failed;
        }
        return writeModel(db, model);
    });
    return e.isEmpty() || fail(error, Kind::WriteFailed, QStringLiteral("cannot save %1: %2").arg(m_path, e));
}

bool ModelDocument::upsertNode(const Node &node, Error *error)
{
    QSqlDatabase db = database();
    const QString e = transaction(db, [&] { return insertNode(db, node, true); });
    return e.isEmpty() || fail(error, Kind::WriteFailed, QStringLiteral("cannot save node \"%1\": %2").arg(node.id, e));
}

bool ModelDocument::removeNode(const QString &id, Error *error)
{
    QSqlDatabase db = database();
    const QString e = transaction(db, [&]() -> QString {
        // Scenarios, options and home jurisdictions name nodes too; a node they use stays
        // until the user has changed them, so the document never holds a dangling name.
        std::optional<Model> model = readModel(db, nullptr);
        if (!model)
            return QStringLiteral("the document cannot be read");
        if (model->homeJurisdictions && model->homeJurisdictions->contains(id))
            return QStringLiteral("it is one of the home jurisdictions");
        for (const Scenario &s : model->scenarios) {
            for (const Event &ev : s.events) {
                if (ev.node == id || ev.parent == id)
                    return QStringLiteral("scenario \"%1\" uses it").arg(s.id);
            }
        }
        for (const Option &o : model->options) {
            bool used = o.removeNodes.contains(id);
            for (const EdgeKey &k : o.removeEdges)
                used = used || k.from == id || k.to == id;
            for (const Edge &k : o.addEdges)
                used = used || k.from == id || k.to == id;
            if (used)
                return QStringLiteral("option \"%1\" uses it").arg(o.id);
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM nodes WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
        return query.numRowsAffected() == 1 ? QString() : QStringLiteral("no such node");
    });
    return e.isEmpty() || fail(error, Kind::WriteFailed, QStringLiteral("cannot remove node \"%1\": %2").arg(id, e));
}

bool ModelDocument::renameNode(const QString &from, const QString &to, Error *error)
{
    QSqlDatabase db = database();
    const QString e = transaction(db, [&]() -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE nodes SET id = ? WHERE id = ?"));
        query.addBindValue(to);
        query.addBindValue(from);
        if (!query.exec())
            return sqlError(query);
        if (query.numRowsAffected() != 1)
            return QStringLiteral("no such node");
        // Edges, redundancy and attributes follow by ON UPDATE CASCADE; the names inside
        // scenarios, options and home jurisdictions are renamed here.
        std::optional<Model> model = readModel(db, nullptr);
        if (!model)
            return QStringLiteral("the document cannot be read");
        const auto rename = [&](QString &id) {
            if (id == from)
                id = to;
        };
        QString result;
        if (model->homeJurisdictions) {
            std::for_each(model->homeJurisdictions->begin(), model->homeJurisdictions->end(), rename);
            result = setInfo(db, QStringLiteral("home_jurisdictions"),
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*model->homeJurisdictions))
                                                   .toJson(QJsonDocument::Compact)));
        }
        for (Scenario &s : model->scenarios) {
            for (Event &ev : s.events) {
                rename(ev.node);
                rename(ev.parent);
            }
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE scenarios SET events = ? WHERE id = ?"));
            update.addBindValue(QString::fromUtf8(eventsToJson(s.events)));
            update.addBindValue(s.id);
            if (result.isEmpty() && !update.exec())
                result = sqlError(update);
        }
        for (Option &o : model->options) {
            std::for_each(o.removeNodes.begin(), o.removeNodes.end(), rename);
            for (EdgeKey &k : o.removeEdges) {
                rename(k.from);
                rename(k.to);
            }
            for (Edge &k : o.addEdges) {
                rename(k.from);
                rename(k.to);
            }
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE options SET body = ? WHERE id = ?"));
            update.addBindValue(QString::fromUtf8(optionToJson(o)));
            update.addBindValue(o.id);
            if (result.isEmpty() && !update.exec())
                result = sqlError(update);
        }
        return result;
    });
    return e.isEmpty() || fail(error, Kind::WriteFailed, QStringLiteral("cannot rename node \"%1\": %2").arg(from, e));
}

bool ModelDocument::addEdge(const Edge &edge, Error *error)
{
    QSqlDatabase db = database();
    const QString e = transaction(db, [&] {
        QSqlQuery query(db);
        query.prepare(insertEdgeSql);
        return insertEdge(db, query, edge);
    });
    return e.isEmpty() || fail(error, Kind::WriteFailed, QStringLiteral("cannot add edge: %1").arg(e));
}

bool ModelDocument::removeEdge(const EdgeKey &edge, Error *error)
{
    QSqlDatabase db = database();
    const QString e = transaction(db, [&]() -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM edges WHERE src = ? AND dst = ? AND kind = ?"));
        query.addBindValue(edge.from);
        query.addBindValue(edge.to);
        query.addBindValue(toString(edge.kind));
        if (!query.exec())
            return sqlError(query);
        return query.numRowsAffected() == 1 ? QString() : QStringLiteral("no such edge");
    });
    return e.isEmpty() || fail(error, Kind::WriteFailed, QStringLiteral("cannot remove edge: %1").arg(e));
}

bool ModelDocument::saveAs(const QString &path, Error *error) const
{
    const QString temporary = temporaryPathFor(path, error);
    if (temporary.isEmpty())
        return false;
    QFile::remove(temporary); // VACUUM INTO wants to create the file itself
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return fail(error, Kind::WriteFailed, QStringLiteral("cannot write %1: %2").arg(path, sqlError(query)));
    }
    std::optional<Model> current = load(error);
    if (!current)
        return false;
    return finish(temporary, path, &*current, error);
}

} // namespace antrum
