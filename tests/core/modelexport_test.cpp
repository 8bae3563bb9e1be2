// SPDX-License-Identifier: GPL-3.0-or-later
// GraphML, DOT and CSV exports (docs/formats.md): each is read back by a small independent
// reader written here and compared with the model, for the part that the format keeps.
#include "modelexport.h"
#include "modelbuilders.h"
#include "modelfile.h"
#include "randommodel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <tuple>

using namespace antrum;
using test::makeEdge;
using test::makeNode;

namespace {

Model sampleModel()
{
    ModelFileResult result = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_EQ(result.status, ModelFileResult::Status::Ok);
    return result.model.value_or(Model{});
}

/// Names that try to break out of a quoted string, an XML text, a CSV cell or a spreadsheet.
QStringList hostileNames()
{
    return {QStringLiteral("a, b"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("line1\nline2"),
            QStringLiteral("cr\r\nlf"),
            QStringLiteral("back\\slash\\"),
            QStringLiteral("<script>alert('x')</script> & co"),
            QStringLiteral("=cmd|' /C calc'!A0"),
            QStringLiteral("+1"),
            QStringLiteral("-1"),
            QStringLiteral("@SUM(A1)"),
            QStringLiteral("\tx"),
            QStringLiteral("\rx"),
            QStringLiteral("'=x"),
            QStringLiteral("'s-Hertogenbosch"),
            QStringLiteral("Gemeente Lindewaard \u00fc \u20ac \U0001F600")};
}

/// A model with one application per hostile name (ids with quotes and backslashes too).
Model hostileModel()
{
    Model model;
    model.name = QStringLiteral("Hostile \"model\" \\ <x>");
    const QStringList names = hostileNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        Node node = makeNode(QStringLiteral("app-%1").arg(i), NodeKind::Application);
        node.name = names.at(i);
        model.nodes.push_back(node);
    }
    Node odd = makeNode(QStringLiteral("id \"quoted\" \\ & <b>\\"), NodeKind::Supplier);
    model.nodes.push_back(odd);
    model.edges.push_back(makeEdge(QStringLiteral("app-0"), odd.id, EdgeKind::ProvidedBy));
    model.edges.push_back(makeEdge(QStringLiteral("app-1"), odd.id, EdgeKind::ProvidedBy));
    return model;
}

// --- GraphML reader -------------------------------------------------------------------------

struct GraphMlItem {
    QString id, source, target;
    std::map<QString, QString> data; ///< by attr.name
};

struct GraphMl {
    QString error;
    QString edgeDefault;
    std::map<QString, std::pair<QString, QString>> keys; ///< id -> (for, attr.name)
    std::map<QString, QString> keyTypes;                 ///< attr.name (node keys) -> attr.type
    std::map<QString, QString> graphData;
    std::vector<GraphMlItem> nodes, edges;
};

GraphMl readGraphMl(const QByteArray &bytes)
{
    GraphMl g;
    QXmlStreamReader xml(bytes);
    GraphMlItem *current = nullptr;
    const QString ns = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() != ns) {
            g.error = QStringLiteral("element outside the GraphML namespace: ") + xml.name();
            break;
        }
        const QXmlStreamAttributes a = xml.attributes();
        const auto attr = [&a](const char *n) { return a.value(QLatin1String(n)).toString(); };
        const auto name = xml.name();
        if (name == u"key") {
            g.keys[attr("id")] = {attr("for"), attr("attr.name")};
            if (attr("for") == u"node")
                g.keyTypes[attr("attr.name")] = attr("attr.type");
        } else if (name == u"graph") {
            g.edgeDefault = attr("edgedefault");
        } else if (name == u"node") {
            g.nodes.push_back({attr("id"), {}, {}, {}});
            current = &g.nodes.back();
        } else if (name == u"edge") {
            g.edges.push_back({attr("id"), attr("source"), attr("target"), {}});
            current = &g.edges.back();
        } else if (name == u"data") {
            const QString key = attr("key");
            const auto it = g.keys.find(key);
            if (it == g.keys.end()) {
                g.error = QStringLiteral("data with an undeclared key ") + key;
                break;
            }
            const QString text = xml.readElementText();
            if (current)
                current->data[it->second.second] = text;
            else
                g.graphData[it->second.second] = text;
        }
    }
    if (xml.hasError())
        g.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return g;
}

QString expectedText(const AttributeValue &value)
{
    if (const auto *s = std::get_if<QString>(&value))
        return *s;
    if (const auto *b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    if (const auto *l = std::get_if<QStringList>(&value))
        return l->join(QStringLiteral("; "));
    return {};
}

void expectAttribute(const QString &text, const AttributeValue &value, const QString &where)
{
    if (const auto *d = std::get_if<double>(&value)) {
        bool ok = false;
        EXPECT_EQ(text.toDouble(&ok), *d) << qPrintable(where);
        EXPECT_TRUE(ok) << qPrintable(where + u' ' + text);
    } else {
        EXPECT_EQ(text, expectedText(value)) << qPrintable(where);
    }
}

/// The lossless part of GraphML: nodes with every field, edges with kind, group and switch values.
void expectGraphMlMatches(const Model &model)
{
    const GraphMl g = readGraphMl(toGraphMl(model));
    ASSERT_TRUE(g.error.isEmpty()) << qPrintable(g.error);
    EXPECT_EQ(g.edgeDefault, QStringLiteral("directed"));
    EXPECT_EQ(g.graphData.at(QStringLiteral("name")), model.name);
    ASSERT_EQ(g.nodes.size(), model.nodes.size());
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node &n = model.nodes[i];
        const GraphMlItem &item = g.nodes[i];
        EXPECT_EQ(item.id, n.id);
        EXPECT_EQ(item.data.at(QStringLiteral("kind")), toString(n.kind));
        EXPECT_EQ(item.data.at(QStringLiteral("name")), n.name);
        EXPECT_EQ(item.data.count(QStringLiteral("criticality")) == 1, n.criticality.has_value());
        if (n.criticality) {
            EXPECT_EQ(item.data.at(QStringLiteral("criticality")).toInt(), *n.criticality);
        }
        if (n.mtdHours) {
            EXPECT_EQ(item.data.at(QStringLiteral("mtd_hours")).toDouble(), *n.mtdHours);
        }
        if (n.failureProbability) {
            EXPECT_EQ(item.data.at(QStringLiteral("failure_probability")).toDouble(), *n.failureProbability);
        }
        QStringList groups;
        for (const auto &[group, k] : n.redundancy)
            groups.append(group + u'=' + QString::number(k));
        if (!groups.isEmpty()) {
            EXPECT_EQ(item.data.at(QStringLiteral("redundancy")), groups.join(QStringLiteral("; ")));
        }
        std::size_t fields = 2 + n.criticality.has_value() + n.mtdHours.has_value() + n.failureProbability.has_value()
                             + !n.redundancy.empty() + n.attributes.size();
        EXPECT_EQ(item.data.size(), fields) << qPrintable(n.id);
        for (const auto &[key, value] : n.attributes) {
            const auto it = item.data.find(key);
            ASSERT_NE(it, item.data.end()) << qPrintable(n.id + u' ' + key);
            expectAttribute(it->second, value, n.id + u' ' + key);
        }
    }
    ASSERT_EQ(g.edges.size(), model.edges.size());
    for (std::size_t i = 0; i < model.edges.size(); ++i) {
        const Edge &e = model.edges[i];
        const GraphMlItem &item = g.edges[i];
        EXPECT_EQ(item.source, e.from);
        EXPECT_EQ(item.target, e.to);
        EXPECT_EQ(item.data.at(QStringLiteral("kind")), toString(e.kind));
        EXPECT_EQ(item.data.count(QStringLiteral("group")) ? item.data.at(QStringLiteral("group")) : QString(), e.group);
        if (e.switchMonths) {
            EXPECT_EQ(item.data.at(QStringLiteral("switch_months")).toDouble(), *e.switchMonths);
        }
        if (e.switchCost) {
            EXPECT_EQ(item.data.at(QStringLiteral("switch_cost")).toDouble(), *e.switchCost);
        }
    }
}

// --- DOT reader -----------------------------------------------------------------------------

/// A quoted DOT string starting at `pos` (on the quote): its text with \" \\ and \n undone.
/// Returns false if the string does not end on the same line.
bool readDotString(const QString &line, qsizetype &pos, QString *text)
{
    if (pos >= line.size() || line.at(pos) != u'"')
        return false;
    text->clear();
    for (++pos; pos < line.size(); ++pos) {
        const QChar c = line.at(pos);
        if (c == u'"') {
            ++pos;
            return true;
        }
        if (c == u'\\') {
            if (++pos >= line.size())
                return false;
            const QChar next = line.at(pos);
            text->append(next == u'n' ? QChar(u'\n') : next);
        } else {
            text->append(c);
        }
    }
    return false;
}

struct DotGraph {
    QString error;
    QString name;
    std::vector<std::pair<QString, QString>> nodes;                 ///< id, label
    std::vector<std::tuple<QString, QString, QString>> edges;       ///< from, to, label
};

/// Reads the statements toDot() writes, one per line: `"id" [label="..." ...];` and
/// `"a" -> "b" [label="..." ...];`.
DotGraph readDot(const QByteArray &bytes)
{
    DotGraph g;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    if (lines.isEmpty() || !lines.first().startsWith(QStringLiteral("digraph "))) {
        g.error = QStringLiteral("no digraph header");
        return g;
    }
    qsizetype pos = 8;
    if (!readDotString(lines.first(), pos, &g.name) || lines.first().mid(pos) != QStringLiteral(" {")) {
        g.error = QStringLiteral("bad header: ") + lines.first();
        return g;
    }
    bool closed = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (closed) {
            g.error = QStringLiteral("text after the closing brace");
            break;
        }
        if (line == u"}") {
            closed = true;
            continue;
        }
        if (!line.startsWith(u'"'))
            continue; // graph attributes: rankdir=LR; node [...]; edge [...];
        qsizetype p = 0;
        QString first, second, label;
        if (!readDotString(line, p, &first)) {
            g.error = QStringLiteral("unterminated string: ") + line;
            break;
        }
        const bool isEdge = line.mid(p).startsWith(QStringLiteral(" -> "));
        if (isEdge) {
            p += 4;
            if (!readDotString(line, p, &second)) {
                g.error = QStringLiteral("unterminated string: ") + line;
                break;
            }
        }
        if (!line.mid(p).startsWith(QStringLiteral(" [label=")) || !line.endsWith(QStringLiteral("];"))) {
            g.error = QStringLiteral("bad statement: ") + line;
            break;
        }
        p += 8;
        if (!readDotString(line, p, &label)) {
            g.error = QStringLiteral("bad label: ") + line;
            break;
        }
        if (isEdge)
            g.edges.emplace_back(first, second, label);
        else
            g.nodes.emplace_back(first, label);
    }
    if (g.error.isEmpty() && !closed)
        g.error = QStringLiteral("no closing brace");
    return g;
}

// --- CSV reader -----------------------------------------------------------------------------

/// A strict RFC 4180 reader: UTF-8 with BOM, CRLF between records, "" inside quoted fields.
/// Returns false (and fills `error`) on anything else.
bool readCsv(const QByteArray &bytes, std::vector<QStringList> *rows, QString *error)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        *error = QStringLiteral("no BOM");
        return false;
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    rows->clear();
    QStringList row;
    QString cell;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!cell.isEmpty() || wasQuoted) {
                *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return false;
            }
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows->push_back(row);
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            *error = QStringLiteral("bare line break outside quotes at %1").arg(i);
            return false;
        } else {
            if (wasQuoted) {
                *error = QStringLiteral("text after a closing quote at %1").arg(i);
                return false;
            }
            cell.append(c);
        }
    }
    if (quoted || !row.isEmpty() || !cell.isEmpty()) {
        *error = QStringLiteral("the last record does not end in CRLF");
        return false;
    }
    return true;
}

std::vector<QStringList> csvRows(const QByteArray &bytes)
{
    std::vector<QStringList> rows;
    QString error;
    EXPECT_TRUE(readCsv(bytes, &rows, &error)) << qPrintable(error);
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), rows.front().size()) << "every record has as many fields as the header";
    return rows;
}

/// What a spreadsheet user or a script does to get the text back: drop the one ' that the
/// export put before a formula character.
QString unneutralise(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    if (i > 0 && i < cell.size() && QStringLiteral("=+-@\t\r").contains(cell.at(i)))
        return cell.mid(1);
    return cell;
}

} // namespace

// --- GraphML ----------------------------------------------------------------------------------

TEST(ModelExport, GraphMlOfTheSampleHoldsEveryNodeAndEdge)
{
    const Model model = sampleModel();
    ASSERT_GT(model.nodes.size(), 50u);
    const QByteArray xml = toGraphMl(model);
    EXPECT_TRUE(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    EXPECT_TRUE(xml.contains("xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    expectGraphMlMatches(model);
}

TEST(ModelExport, GraphMlTypesEachAttributeKeyByItsValues)
{
    Model model;
    model.name = QStringLiteral("types");
    Node a = makeNode(QStringLiteral("a"), NodeKind::Application,
                      {{QStringLiteral("annual_cost"), -1200.5},
                       {QStringLiteral("exit_clause"), true},
                       {QStringLiteral("mixed"), 3.0},
                       {QStringLiteral("open_standards"), QStringList{QStringLiteral("IMAP"), QStringLiteral("ODF")}},
                       {QStringLiteral("name"), QStringLiteral("an attribute called name")}});
    Node b = makeNode(QStringLiteral("b"), NodeKind::Application,
                      {{QStringLiteral("annual_cost"), 7.0}, {QStringLiteral("exit_clause"), false}, {QStringLiteral("mixed"), QStringLiteral("x")}});
    model.nodes = {a, b};
    const GraphMl g = readGraphMl(toGraphMl(model));
    ASSERT_TRUE(g.error.isEmpty()) << qPrintable(g.error);
    EXPECT_EQ(g.keyTypes.at(QStringLiteral("annual_cost")), QStringLiteral("double"));
    EXPECT_EQ(g.keyTypes.at(QStringLiteral("exit_clause")), QStringLiteral("boolean"));
    EXPECT_EQ(g.keyTypes.at(QStringLiteral("mixed")), QStringLiteral("string"));
    EXPECT_EQ(g.keyTypes.at(QStringLiteral("open_standards")), QStringLiteral("string"));
    EXPECT_EQ(g.keyTypes.at(QStringLiteral("criticality")), QStringLiteral("int"));
    EXPECT_EQ(g.nodes[0].data.at(QStringLiteral("open_standards")), QStringLiteral("IMAP; ODF"));
    EXPECT_EQ(g.nodes[0].data.at(QStringLiteral("annual_cost")), QStringLiteral("-1200.5"));
    EXPECT_EQ(g.nodes[1].data.at(QStringLiteral("exit_clause")), QStringLiteral("false"));
    // An attribute named like a node field does not overwrite it.
    EXPECT_EQ(g.nodes[0].data.at(QStringLiteral("name")), a.name);
    EXPECT_EQ(g.nodes[0].data.at(QStringLiteral("attribute.name")), QStringLiteral("an attribute called name"));
}

TEST(ModelExport, GraphMlEscapesHostileNamesAndIds)
{
    const Model model = hostileModel();
    const QByteArray xml = toGraphMl(model);
    EXPECT_FALSE(xml.contains("<script>"));
    expectGraphMlMatches(model);
}

TEST(ModelExport, GraphMlReplacesCharactersXmlCannotHold)
{
    Model model;
    model.name = QStringLiteral("ctl");
    Node n = makeNode(QStringLiteral("a"), NodeKind::Capability);
    n.name = QStringLiteral("bell\u0007 null") + QChar(0) + QStringLiteral(" lone") + QChar(0xD800);
    model.nodes.push_back(n);
    const GraphMl g = readGraphMl(toGraphMl(model));
    ASSERT_TRUE(g.error.isEmpty()) << qPrintable(g.error);
    EXPECT_EQ(g.nodes.at(0).data.at(QStringLiteral("name")), QStringLiteral("bell\uFFFD null\uFFFD lone\uFFFD"));
}

TEST(ModelExport, GraphMlRoundTripsRandomModels)
{
    for (unsigned seed = 1; seed <= 25; ++seed) {
        SCOPED_TRACE(seed);
        const Model model = test::RandomModelGenerator(seed).generate();
        expectGraphMlMatches(model);
    }
}

TEST(ModelExport, GraphMlLeavesOutScenariosAndOptions)
{
    const Model model = sampleModel();
    ASSERT_FALSE(model.scenarios.empty());
    ASSERT_FALSE(model.options.empty());
    const QByteArray xml = toGraphMl(model);
    EXPECT_FALSE(xml.contains(model.scenarios.front().id.toUtf8()));
    EXPECT_FALSE(xml.contains(model.options.front().id.toUtf8()));
}

// --- DOT ------------------------------------------------------------------------------------

TEST(ModelExport, DotOfTheSampleHasEveryNodeOnceAndEveryEdge)
{
    const Model model = sampleModel();
    const DotGraph g = readDot(toDot(model));
    ASSERT_TRUE(g.error.isEmpty()) << qPrintable(g.error);
    EXPECT_EQ(g.name, model.name);
    ASSERT_EQ(g.nodes.size(), model.nodes.size());
    std::map<QString, int> seen;
    for (const auto &[id, label] : g.nodes)
        ++seen[id];
    for (const Node &n : model.nodes) {
        EXPECT_EQ(seen[n.id], 1) << qPrintable(n.id);
        const auto it = std::find_if(g.nodes.begin(), g.nodes.end(), [&](const auto &p) { return p.first == n.id; });
        ASSERT_NE(it, g.nodes.end());
        EXPECT_EQ(it->second, n.name);
    }
    ASSERT_EQ(g.edges.size(), model.edges.size());
    for (std::size_t i = 0; i < model.edges.size(); ++i) {
        const Edge &e = model.edges[i];
        EXPECT_EQ(std::get<0>(g.edges[i]), e.from);
        EXPECT_EQ(std::get<1>(g.edges[i]), e.to);
        EXPECT_TRUE(std::get<2>(g.edges[i]).startsWith(toString(e.kind)));
        if (!e.group.isEmpty()) {
            EXPECT_TRUE(std::get<2>(g.edges[i]).contains(e.group));
        }
    }
    const QByteArray dot = toDot(model);
    EXPECT_TRUE(dot.contains("rankdir=LR;"));
    EXPECT_TRUE(dot.contains("shape=octagon")); // jurisdictions look different from applications
}

TEST(ModelExport, DotEscapesHostileNamesAndIds)
{
    const Model model = hostileModel();
    const QByteArray dot = toDot(model);
    const DotGraph g = readDot(dot);
    ASSERT_TRUE(g.error.isEmpty()) << qPrintable(g.error) << "\n" << dot.constData();
    EXPECT_EQ(g.name, model.name);
    ASSERT_EQ(g.nodes.size(), model.nodes.size());
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        EXPECT_EQ(g.nodes[i].first, model.nodes[i].id);
        // Line breaks become \n (a CR LF pair or a lone CR one line break): the only change.
        QString expected = model.nodes[i].name;
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        EXPECT_EQ(g.nodes[i].second, expected);
    }
    ASSERT_EQ(g.edges.size(), 2u);
    EXPECT_EQ(std::get<1>(g.edges[0]), model.nodes.back().id);
    // Every statement stays on its own line: no raw line break inside a string.
    EXPECT_EQ(dot.count('\n'), qsizetype(1 + 3 + model.nodes.size() + model.edges.size() + 1));
}

// --- CSV ------------------------------------------------------------------------------------

TEST(ModelExport, CsvNodesOfTheSampleHaveAHeaderAndOneRowPerNode)
{
    const Model model = sampleModel();
    const std::vector<QStringList> rows = csvRows(nodesCsv(model));
    ASSERT_EQ(rows.size(), model.nodes.size() + 1);
    const QStringList header = rows.front();
    EXPECT_EQ(header.mid(0, 7), (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("criticality"),
                                             QStringLiteral("mtd_hours"), QStringLiteral("failure_probability"), QStringLiteral("redundancy")}));
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node &n = model.nodes[i];
        const QStringList &row = rows[i + 1];
        EXPECT_EQ(unneutralise(row[0]), n.id);
        EXPECT_EQ(row[1], toString(n.kind));
        EXPECT_EQ(unneutralise(row[2]), n.name);
        EXPECT_EQ(row[3], n.criticality ? QString::number(*n.criticality) : QString());
        for (const auto &[key, value] : n.attributes) {
            const qsizetype column = header.indexOf(key);
            ASSERT_GE(column, 7) << qPrintable(key);
            expectAttribute(unneutralise(row[column]), value, n.id + u' ' + key);
        }
    }
}

TEST(ModelExport, CsvGivesBackHostileNamesExactly)
{
    const Model model = hostileModel();
    const std::vector<QStringList> rows = csvRows(nodesCsv(model));
    ASSERT_EQ(rows.size(), model.nodes.size() + 1);
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        EXPECT_EQ(unneutralise(rows[i + 1][0]), model.nodes[i].id);
        EXPECT_EQ(unneutralise(rows[i + 1][2]), model.nodes[i].name) << i;
    }
    const std::vector<QStringList> edges = csvRows(edgesCsv(model));
    ASSERT_EQ(edges.size(), 3u);
    EXPECT_EQ(edges[1][1], model.nodes.back().id);
}

TEST(ModelExport, CsvNeutralisesFormulasInTextButNotInNumbers)
{
    Model model;
    model.name = QStringLiteral("injection");
    const QStringList formulas{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1"), QStringLiteral("-1"),
                               QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx")};
    for (qsizetype i = 0; i < formulas.size(); ++i) {
        Node n = makeNode(QStringLiteral("n%1").arg(i), NodeKind::Application,
                          {{QStringLiteral("annual_cost"), -1200.0 - double(i)}, {QStringLiteral("note"), formulas.at(i)}});
        n.name = formulas.at(i);
        n.mtdHours = 0.25;
        model.nodes.push_back(n);
    }
    Node safe = makeNode(QStringLiteral("safe"), NodeKind::Application);
    safe.name = QStringLiteral("'s-Hertogenbosch");
    model.nodes.push_back(safe);
    Node quoted = makeNode(QStringLiteral("quoted"), NodeKind::Application);
    quoted.name = QStringLiteral("'=x");
    model.nodes.push_back(quoted);

    const std::vector<QStringList> rows = csvRows(nodesCsv(model));
    const qsizetype cost = rows.front().indexOf(QStringLiteral("annual_cost"));
    const qsizetype note = rows.front().indexOf(QStringLiteral("note"));
    ASSERT_GE(cost, 0);
    ASSERT_GE(note, 0);
    for (qsizetype i = 0; i < formulas.size(); ++i) {
        const QStringList &row = rows[std::size_t(i) + 1];
        EXPECT_EQ(row[2], u'\'' + formulas.at(i)) << i;
        EXPECT_EQ(row[note], u'\'' + formulas.at(i)) << i;
        EXPECT_EQ(row[cost], QString::number(-1200 - i)) << "a number is never prefixed";
        EXPECT_EQ(row[4], QStringLiteral("0.25"));
    }
    EXPECT_EQ(rows[formulas.size() + 1][2], QStringLiteral("'s-Hertogenbosch")) << "an apostrophe alone is left alone";
    EXPECT_EQ(rows[formulas.size() + 2][2], QStringLiteral("''=x")) << "so that dropping one ' is exact";
    // No cell, in any table, starts with a formula character unless it is one of our numbers.
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            if (c != cost && !row[c].isEmpty()) {
                EXPECT_FALSE(QStringLiteral("=+-@\t\r").contains(row[c].at(0))) << qPrintable(row[c]);
            }
}

TEST(ModelExport, CsvEdgesScenariosAndOptionsOfTheSample)
{
    const Model model = sampleModel();
    const std::vector<QStringList> edges = csvRows(edgesCsv(model));
    ASSERT_EQ(edges.size(), model.edges.size() + 1);
    EXPECT_EQ(edges.front(), (QStringList{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"), QStringLiteral("group"),
                                          QStringLiteral("switch_months"), QStringLiteral("switch_cost")}));
    bool sawSwitch = false;
    for (std::size_t i = 0; i < model.edges.size(); ++i) {
        const Edge &e = model.edges[i];
        EXPECT_EQ(edges[i + 1][0], e.from);
        EXPECT_EQ(edges[i + 1][1], e.to);
        EXPECT_EQ(edges[i + 1][2], toString(e.kind));
        EXPECT_EQ(edges[i + 1][3], e.group);
        if (e.switchCost) {
            sawSwitch = true;
            EXPECT_EQ(edges[i + 1][5].toDouble(), *e.switchCost);
        }
    }
    EXPECT_TRUE(sawSwitch);

    std::size_t events = 0;
    for (const Scenario &s : model.scenarios)
        events += std::max<std::size_t>(1, s.events.size());
    const std::vector<QStringList> scenarios = csvRows(scenariosCsv(model));
    ASSERT_EQ(scenarios.size(), events + 1);
    EXPECT_EQ(scenarios[1][0], model.scenarios.front().id);
    EXPECT_EQ(scenarios[1][2], toString(model.scenarios.front().events.front().type));
    EXPECT_EQ(scenarios[1][3], model.scenarios.front().events.front().node);

    std::size_t changes = 0;
    for (const Option &o : model.options)
        changes += std::max<std::size_t>(1, o.removeNodes.size() + o.addNodes.size() + o.removeEdges.size() + o.addEdges.size());
    const std::vector<QStringList> options = csvRows(optionsCsv(model));
    ASSERT_EQ(options.size(), changes + 1);
    const Option &first = model.options.front();
    EXPECT_EQ(options[1][0], first.id);
    EXPECT_EQ(options[1][2], QStringLiteral("remove_node"));
    EXPECT_EQ(options[1][3], first.removeNodes.front());
}

TEST(ModelExport, CsvTablesGoNextToTheNodesFile)
{
    EXPECT_EQ(csvTablePath(QStringLiteral("/x/model.csv"), QStringLiteral("nodes")), QStringLiteral("/x/model.csv"));
    EXPECT_EQ(csvTablePath(QStringLiteral("/x/model.csv"), QStringLiteral("edges")), QStringLiteral("/x/model.edges.csv"));
    EXPECT_EQ(csvTablePath(QStringLiteral("/x/MODEL.CSV"), QStringLiteral("options")), QStringLiteral("/x/MODEL.options.csv"));
    EXPECT_EQ(csvTablePath(QStringLiteral("/x/model"), QStringLiteral("scenarios")), QStringLiteral("/x/model.scenarios.csv"));
    EXPECT_EQ(exportFormatFromName(u"GraphML"), ExportFormat::GraphMl);
    EXPECT_EQ(exportFormatFromName(u"gv"), ExportFormat::Dot);
    EXPECT_EQ(exportFormatFromName(u"csv"), ExportFormat::Csv);
    EXPECT_FALSE(exportFormatFromName(u"json"));
    EXPECT_FALSE(exportFormatFromName(u""));
}

// --- writing ----------------------------------------------------------------------------------

TEST(ModelExport, SaveExportWritesEveryCsvTable)
{
    QTemporaryDir dir;
    const Model model = sampleModel();
    const QString path = dir.filePath(QStringLiteral("model.csv"));
    EXPECT_EQ(saveExport(model, path, ExportFormat::Csv), QString());
    const QStringList names = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("model.csv"), QStringLiteral("model.edges.csv"), QStringLiteral("model.options.csv"),
                                  QStringLiteral("model.scenarios.csv")}));
    QFile edges(dir.filePath(QStringLiteral("model.edges.csv")));
    ASSERT_TRUE(edges.open(QIODevice::ReadOnly));
    EXPECT_EQ(edges.readAll(), edgesCsv(model));
}

TEST(ModelExport, SaveExportWritesNothingWhenOneFileFails)
{
    QTemporaryDir dir;
    const Model model = sampleModel();
    // The edges table cannot be written (a directory is in its place): the nodes file must not appear either.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("model.edges.csv")));
    const QString error = saveExport(model, dir.filePath(QStringLiteral("model.csv")), ExportFormat::Csv);
    EXPECT_TRUE(error.contains(QStringLiteral("model.edges.csv"))) << qPrintable(error);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0);

    // An existing file is left as it was.
    const QString graphml = dir.filePath(QStringLiteral("old.graphml"));
    {
        QFile f(graphml);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    EXPECT_FALSE(saveExport(model, dir.filePath(QStringLiteral("no/such/dir/x.graphml")), ExportFormat::GraphMl).isEmpty());
    QFile f(graphml);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old"));
}
