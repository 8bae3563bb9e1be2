// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeljson.h"
#include "randommodel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <random>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

QByteArray twoHoles() { return readFile(test::fixturePath(QStringLiteral("models/two-holes.json"))); }

/// Reads two-holes.json after `change` was applied to it; returns the diagnostics.
Diagnostics readChanged(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(twoHoles()).object();
    change(root);
    const ModelReadResult result = readModelJson(QJsonDocument(root).toJson(), QStringLiteral("m.json"));
    EXPECT_EQ(result.model.has_value(), result.diagnostics.empty());
    return result.diagnostics;
}

/// Applies `change` to element `index` of the array `list`.
std::function<void(QJsonObject &)> inElement(const QString &list, int index, const std::function<void(QJsonObject &)> &change)
{
    return [=](QJsonObject &root) {
        QJsonArray array = root.value(list).toArray();
        QJsonObject element = array.at(index).toObject();
        change(element);
        array.replace(index, element);
        root.insert(list, array);
    };
}

std::function<void(QJsonObject &)> set(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &o) { o.insert(key, value); };
}

std::function<void(QJsonObject &)> appendTo(const QString &list, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonArray array = root.value(list).toArray();
        array.append(value);
        root.insert(list, array);
    };
}

/// The expected diagnostic is among them (others may come as consequences).
void expectFirst(const Diagnostics &diagnostics, const QString &path, const QString &fragment)
{
    const auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                                    [&](const Diagnostic &d) { return d.path == path && d.message.contains(fragment); });
    EXPECT_NE(found, diagnostics.end()) << qPrintable(path) << ": " << qPrintable(fragment);
}

void expectOne(const Diagnostics &diagnostics, const QString &path, const QString &fragment)
{
    QString all;
    for (const Diagnostic &d : diagnostics)
        all += d.toString() + u'\n';
    ASSERT_EQ(diagnostics.size(), 1u) << qPrintable(all);
    EXPECT_EQ(diagnostics[0].path, path) << qPrintable(diagnostics[0].toString());
    EXPECT_TRUE(diagnostics[0].message.contains(fragment)) << qPrintable(diagnostics[0].toString());
    EXPECT_GT(diagnostics[0].line, 0);
    EXPECT_GT(diagnostics[0].column, 0);
    EXPECT_EQ(diagnostics[0].file, QStringLiteral("m.json"));
}

} // namespace

TEST(ModelReader, ReadsTheFixture)
{
    const ModelReadResult result = readModelJson(twoHoles(), QStringLiteral("two-holes.json"));
    ASSERT_TRUE(result.model) << qPrintable(result.diagnostics.front().toString());
    const Model &m = *result.model;
    EXPECT_EQ(m.name, QStringLiteral("Two holes"));
    EXPECT_EQ(m.nodes.size(), 14u);
    EXPECT_EQ(m.edges.size(), 18u);
    EXPECT_EQ(m.homeJurisdictions, QStringList{QStringLiteral("NL")});
    EXPECT_EQ(m.nodes[0].redundancy.at(QStringLiteral("mailbox")), 1);
    EXPECT_EQ(std::get<double>(m.nodes[2].attributes.at(QStringLiteral("annual_cost"))), 90000.0);
    EXPECT_EQ(m.edges[17].switchCost, 15000.0);
    ASSERT_EQ(m.scenarios.size(), 1u);
    EXPECT_EQ(m.scenarios[0].events[0].node, QStringLiteral("US"));
    ASSERT_EQ(m.options.size(), 1u);
    EXPECT_EQ(m.options[0].removeEdges[0].kind, EdgeKind::HostedOn);
}

TEST(ModelReader, EveryInvalidFixtureIsRefusedAtItsPlace)
{
    struct Expected {
        const char *file;
        const char *path;
        int line;
        const char *fragment;
    };
    const Expected expected[] = {
        {"bad-probability.json", "nodes[2].failure_probability", 36, "outside [0,1]"},
        {"duplicate-edge.json", "edges[18]", 215, "duplicate edge"},
        {"duplicate-id.json", "nodes[14].id", 120, "duplicate id \"app-cloudmail\""},
        {"k-too-large.json", "nodes[0].redundancy.mailbox", 17, "larger than group"},
        {"kind-mismatch.json", "edges[18].kind", 218, "cannot go from jurisdiction"},
        {"newer-version.json", "version", 3, "newer"},
        {"not-json.json", "", 1, "invalid JSON"},
        {"ownership-cycle.json", "", 0, "cycle"},
        {"self-loop.json", "edges[18].to", 217, "itself"},
        {"unknown-key.json", "colour", 248, "unknown key \"colour\""},
        {"unknown-kind.json", "nodes[14].kind", 121, "unknown kind \"gadget\""},
        {"unknown-node.json", "edges[18].to", 217, "unknown node \"app-nope\""},
    };
    const QStringList files = QDir(test::fixturePath(QStringLiteral("invalid"))).entryList({QStringLiteral("*.json")});
    EXPECT_EQ(files.size(), int(std::size(expected))) << "a new invalid fixture needs an expectation here";
    for (const Expected &e : expected) {
        const QString name = QString::fromLatin1(e.file);
        const ModelReadResult result = readModelJson(readFile(test::fixturePath(QStringLiteral("invalid/") + name)), name);
        EXPECT_FALSE(result.model) << e.file;
        ASSERT_EQ(result.diagnostics.size(), 1u) << e.file;
        const Diagnostic &d = result.diagnostics[0];
        if (e.line > 0) {
            EXPECT_EQ(d.path, QString::fromLatin1(e.path)) << e.file;
            EXPECT_EQ(d.line, e.line) << e.file << ": " << qPrintable(d.toString());
        }
        EXPECT_GT(d.line, 0) << e.file;
        EXPECT_GT(d.column, 0) << e.file;
        EXPECT_TRUE(d.message.contains(QString::fromLatin1(e.fragment))) << qPrintable(d.toString());
        EXPECT_TRUE(d.toString().startsWith(name + u':' + QString::number(d.line) + u':' + QString::number(d.column) + u':'));
    }
}

TEST(ModelReader, TopLevelRules)
{
    expectOne(readChanged(set(QStringLiteral("format"), QStringLiteral("other"))), QStringLiteral("format"), QStringLiteral("not an Antrum model"));
    expectOne(readChanged(set(QStringLiteral("version"), 1.5)), QStringLiteral("version"), QStringLiteral("integer"));
    expectOne(readChanged(set(QStringLiteral("version"), 0)), QStringLiteral("version"), QStringLiteral("does not exist"));
    expectOne(readChanged([](QJsonObject &o) { o.remove(QStringLiteral("name")); }), QString(), QStringLiteral("missing required key \"name\""));
    expectOne(readChanged([](QJsonObject &o) { o.remove(QStringLiteral("edges")); }), QString(), QStringLiteral("\"edges\""));
    expectOne(readChanged(set(QStringLiteral("nodes"), QJsonObject())), QStringLiteral("nodes"), QStringLiteral("expected an array"));
    expectOne(readChanged(set(QStringLiteral("home_jurisdictions"), QJsonArray{QStringLiteral("cap-mail")})),
              QStringLiteral("home_jurisdictions[0]"), QStringLiteral("not a jurisdiction"));
    expectOne(readChanged(set(QStringLiteral("home_jurisdictions"), QJsonArray{QStringLiteral("XX")})),
              QStringLiteral("home_jurisdictions[0]"), QStringLiteral("unknown node"));
    EXPECT_TRUE(readChanged(set(QStringLiteral("x-anything"), QJsonObject{{QStringLiteral("k"), 1}})).empty());
}

TEST(ModelReader, NodeRules)
{
    const auto node = [](int i, const std::function<void(QJsonObject &)> &f) { return readChanged(inElement(QStringLiteral("nodes"), i, f)); };
    expectFirst(node(1, set(QStringLiteral("id"), QString())), QStringLiteral("nodes[1].id"), QStringLiteral("empty"));
    expectFirst(node(1, set(QStringLiteral("id"), QString(201, u'x'))), QStringLiteral("nodes[1].id"), QStringLiteral("at most 200"));
    expectFirst(node(1, set(QStringLiteral("id"), QStringLiteral("a\u0007b"))), QStringLiteral("nodes[1].id"), QStringLiteral("control"));
    expectFirst(node(1, set(QStringLiteral("id"), 7)), QStringLiteral("nodes[1].id"), QStringLiteral("expected a string"));
    expectOne(node(1, set(QStringLiteral("name"), QString())), QStringLiteral("nodes[1].name"), QStringLiteral("empty"));
    expectOne(node(1, set(QStringLiteral("name"), QString(1001, u'n'))), QStringLiteral("nodes[1].name"), QStringLiteral("at most 1000"));
    expectOne(node(1, [](QJsonObject &o) { o.remove(QStringLiteral("kind")); }), QStringLiteral("nodes[1]"), QStringLiteral("missing required key \"kind\""));
    expectOne(node(1, set(QStringLiteral("criticality"), 6)), QStringLiteral("nodes[1].criticality"), QStringLiteral("outside 1..5"));
    expectOne(node(1, set(QStringLiteral("criticality"), 2.5)), QStringLiteral("nodes[1].criticality"), QStringLiteral("integer"));
    EXPECT_TRUE(node(1, set(QStringLiteral("criticality"), 2.0)).empty());
    expectOne(node(1, set(QStringLiteral("mtd_hours"), -1)), QStringLiteral("nodes[1].mtd_hours"), QStringLiteral("0 or more"));
    expectOne(node(1, set(QStringLiteral("failure_probability"), -0.1)), QStringLiteral("nodes[1].failure_probability"), QStringLiteral("outside"));
    expectOne(node(1, set(QStringLiteral("colour"), 1)), QStringLiteral("nodes[1].colour"), QStringLiteral("unknown key"));
    expectOne(node(0, set(QStringLiteral("redundancy"), QJsonObject{{QStringLiteral("mailbox"), 0}})),
              QStringLiteral("nodes[0].redundancy.mailbox"), QStringLiteral("at least 1"));
    expectOne(node(0, set(QStringLiteral("redundancy"), QJsonObject{{QStringLiteral("mailbox"), 1}, {QStringLiteral("ghost"), 1}})),
              QStringLiteral("nodes[0].redundancy.ghost"), QStringLiteral("no edges"));
    expectOne(node(2, [](QJsonObject &o) {
                  QJsonObject a = o.value(QStringLiteral("attributes")).toObject();
                  a.insert(QStringLiteral("nested"), QJsonObject());
                  o.insert(QStringLiteral("attributes"), a);
              }),
              QStringLiteral("nodes[2].attributes.nested"), QStringLiteral("expected a string, number, boolean or array"));
}

TEST(ModelReader, WellKnownAttributeTypes)
{
    const auto attribute = [](const QString &key, const QJsonValue &value) {
        return readChanged(inElement(QStringLiteral("nodes"), 2, [=](QJsonObject &o) {
            QJsonObject a = o.value(QStringLiteral("attributes")).toObject();
            a.insert(key, value);
            o.insert(QStringLiteral("attributes"), a);
        }));
    };
    const QString base = QStringLiteral("nodes[2].attributes.");
    const std::pair<QString, QJsonValue> bad[] = {
        {QStringLiteral("annual_cost"), -5}, {QStringLiteral("annual_cost"), QStringLiteral("much")},
        {QStringLiteral("license"), QStringLiteral("shareware")}, {QStringLiteral("deployment"), QStringLiteral("cloud")},
        {QStringLiteral("data_portability"), 1.5}, {QStringLiteral("open_standards"), QStringLiteral("IMAP")},
        {QStringLiteral("contract_end"), QStringLiteral("2025-02-30")}, {QStringLiteral("contract_end"), QStringLiteral("31-12-2025")},
        {QStringLiteral("notice_months"), true}, {QStringLiteral("exit_clause"), QStringLiteral("yes")},
        {QStringLiteral("data_return_clause"), 1}, {QStringLiteral("country"), QStringLiteral("nl")},
        {QStringLiteral("laws"), QJsonArray{1}}, {QStringLiteral("eu_member"), QStringLiteral("true")},
    };
    for (const auto &[key, value] : bad) {
        const Diagnostics d = attribute(key, value);
        ASSERT_EQ(d.size(), 1u) << qPrintable(key);
        EXPECT_TRUE(d[0].path == base + key || d[0].path.startsWith(base + key + u'[')) << qPrintable(d[0].toString());
    }
    EXPECT_TRUE(attribute(QStringLiteral("contract_end"), QStringLiteral("2027-12-31")).empty());
    EXPECT_TRUE(attribute(QStringLiteral("laws"), QJsonArray{QStringLiteral("CLOUD Act")}).empty());
}

TEST(ModelReader, EdgeRules)
{
    const auto edge = [](int i, const std::function<void(QJsonObject &)> &f) { return readChanged(inElement(QStringLiteral("edges"), i, f)); };
    expectOne(edge(0, set(QStringLiteral("kind"), QStringLiteral("needs"))), QStringLiteral("edges[0].kind"), QStringLiteral("unknown kind"));
    expectOne(edge(2, set(QStringLiteral("from"), QStringLiteral("nobody"))), QStringLiteral("edges[2].from"), QStringLiteral("unknown node"));
    expectOne(edge(2, set(QStringLiteral("kind"), QStringLiteral("hosted_on"))), QStringLiteral("edges[2].kind"), QStringLiteral("cannot go from capability"));
    expectOne(edge(17, set(QStringLiteral("group"), QStringLiteral("g"))), QStringLiteral("edges[17].group"), QStringLiteral("alternative_for"));
    expectOne(edge(2, set(QStringLiteral("switch_cost"), 1)), QStringLiteral("edges[2].switch_cost"), QStringLiteral("alternative_for edges only"));
    expectOne(edge(17, set(QStringLiteral("switch_months"), -2)), QStringLiteral("edges[17].switch_months"), QStringLiteral("0 or more"));
    expectOne(edge(2, set(QStringLiteral("group"), QString())), QStringLiteral("edges[2].group"), QStringLiteral("empty"));
    expectOne(edge(2, [](QJsonObject &o) { o.remove(QStringLiteral("to")); }), QStringLiteral("edges[2]"), QStringLiteral("\"to\""));
    // A group's k defaults to 1 when the group is not listed in redundancy.
    EXPECT_TRUE(readChanged(inElement(QStringLiteral("nodes"), 0, [](QJsonObject &o) { o.remove(QStringLiteral("redundancy")); })).empty());
}

TEST(ModelReader, ScenarioRules)
{
    const auto event = [](const QJsonObject &e) {
        return readChanged(inElement(QStringLiteral("scenarios"), 0, [=](QJsonObject &s) {
            s.insert(QStringLiteral("events"), QJsonArray{e});
        }));
    };
    const QString at = QStringLiteral("scenarios[0].events[0]");
    expectOne(event({{QStringLiteral("type"), QStringLiteral("explode")}, {QStringLiteral("node"), QStringLiteral("US")}}),
              at + QStringLiteral(".type"), QStringLiteral("unknown event type"));
    expectOne(event({{QStringLiteral("type"), QStringLiteral("fail")}, {QStringLiteral("node"), QStringLiteral("XX")}}),
              at + QStringLiteral(".node"), QStringLiteral("unknown node"));
    expectOne(event({{QStringLiteral("type"), QStringLiteral("price")}, {QStringLiteral("node"), QStringLiteral("sup-a")}}),
              at, QStringLiteral("missing required key \"factor\""));
    expectOne(event({{QStringLiteral("type"), QStringLiteral("price")}, {QStringLiteral("node"), QStringLiteral("US")}, {QStringLiteral("factor"), 2}}),
              at + QStringLiteral(".node"), QStringLiteral("not a supplier"));
    expectOne(event({{QStringLiteral("type"), QStringLiteral("price")}, {QStringLiteral("node"), QStringLiteral("sup-a")}, {QStringLiteral("factor"), 0}}),
              at + QStringLiteral(".factor"), QStringLiteral("more than 0"));
    expectOne(event({{QStringLiteral("type"), QStringLiteral("acquire")}, {QStringLiteral("node"), QStringLiteral("sup-b")}, {QStringLiteral("parent"), QStringLiteral("sup-b")}}),
              at + QStringLiteral(".parent"), QStringLiteral("itself"));
    expectOne(event({{QStringLiteral("type"), QStringLiteral("fail")}, {QStringLiteral("node"), QStringLiteral("US")}, {QStringLiteral("factor"), 2}}),
              at + QStringLiteral(".factor"), QStringLiteral("does not belong"));
    expectOne(event({{QStringLiteral("type"), QStringLiteral("fail")}, {QStringLiteral("node"), QStringLiteral("US")}, {QStringLiteral("month"), -1}}),
              at + QStringLiteral(".month"), QStringLiteral("0 or more"));
    expectOne(readChanged(appendTo(QStringLiteral("scenarios"), QJsonObject{{QStringLiteral("id"), QStringLiteral("us-cutoff")},
                                                                             {QStringLiteral("name"), QStringLiteral("again")},
                                                                             {QStringLiteral("events"), QJsonArray()}})),
              QStringLiteral("scenarios[1].id"), QStringLiteral("duplicate scenario id"));
}

TEST(ModelReader, OptionRules)
{
    const auto option = [](const std::function<void(QJsonObject &)> &f) { return readChanged(inElement(QStringLiteral("options"), 0, f)); };
    const QString at = QStringLiteral("options[0]");
    expectOne(option(set(QStringLiteral("remove_nodes"), QJsonArray{QStringLiteral("ghost")})), at + QStringLiteral(".remove_nodes[0]"), QStringLiteral("unknown node"));
    expectOne(option(set(QStringLiteral("remove_edges"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("US")},
                                                                                  {QStringLiteral("to"), QStringLiteral("NL")},
                                                                                  {QStringLiteral("kind"), QStringLiteral("requires")}}})),
              at + QStringLiteral(".remove_edges[0]"), QStringLiteral("no edge"));
    expectOne(option(set(QStringLiteral("add_nodes"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("US")},
                                                                               {QStringLiteral("kind"), QStringLiteral("jurisdiction")},
                                                                               {QStringLiteral("name"), QStringLiteral("again")}}})),
              at + QStringLiteral(".add_nodes[0].id"), QStringLiteral("already in use"));
    // The variant must be valid: an added edge to a node that does not exist is caught.
    expectOne(option(set(QStringLiteral("add_edges"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("app-files")},
                                                                               {QStringLiteral("to"), QStringLiteral("ghost")},
                                                                               {QStringLiteral("kind"), QStringLiteral("hosted_on")}}})),
              at, QStringLiteral("after applying: edges["));
    // Removing both members of a group empties it; and the option's own added edge from
    // app-hostedmail now dangles. Both are reported.
    const Diagnostics both = option(set(QStringLiteral("remove_nodes"), QJsonArray{QStringLiteral("app-cloudmail"), QStringLiteral("app-hostedmail")}));
    ASSERT_EQ(both.size(), 2u);
    EXPECT_TRUE(both[0].message.contains(QStringLiteral("unknown node \"app-hostedmail\"")));
    EXPECT_TRUE(both[1].message.contains(QStringLiteral("group \"mailbox\" has no edges")));
    EXPECT_EQ(both[1].path, at);
    expectOne(option(set(QStringLiteral("flavour"), 1)), at + QStringLiteral(".flavour"), QStringLiteral("unknown key"));
}

TEST(ModelReader, ReportsEveryErrorNotJustTheFirst)
{
    const Diagnostics d = readChanged([](QJsonObject &root) {
        inElement(QStringLiteral("nodes"), 1, set(QStringLiteral("criticality"), 9))(root);
        inElement(QStringLiteral("nodes"), 3, set(QStringLiteral("kind"), QStringLiteral("gizmo")))(root);
        inElement(QStringLiteral("edges"), 5, set(QStringLiteral("to"), QStringLiteral("nowhere")))(root);
        root.insert(QStringLiteral("colour"), 1);
    });
    ASSERT_EQ(d.size(), 4u);
    QStringList paths;
    for (const Diagnostic &e : d)
        paths << e.path;
    EXPECT_TRUE(paths.contains(QStringLiteral("nodes[1].criticality")));
    EXPECT_TRUE(paths.contains(QStringLiteral("nodes[3].kind")));
    EXPECT_TRUE(paths.contains(QStringLiteral("edges[5].to")));
    EXPECT_TRUE(paths.contains(QStringLiteral("colour")));
}

TEST(ModelReader, AMalformedNodeIsNotReportedAgainAsUnknown)
{
    // nodes[3] is app-hostedmail; edges point to it. Only the kind error is reported.
    const Diagnostics d = readChanged(inElement(QStringLiteral("nodes"), 3, set(QStringLiteral("kind"), QStringLiteral("gizmo"))));
    expectOne(d, QStringLiteral("nodes[3].kind"), QStringLiteral("unknown kind"));
}

TEST(ModelReader, PathsAfterADroppedElementKeepTheFileIndex)
{
    // nodes[1] is malformed and dropped; a later node's error must still name nodes[5].
    const Diagnostics d = readChanged([](QJsonObject &root) {
        inElement(QStringLiteral("nodes"), 1, set(QStringLiteral("kind"), 3))(root);
        inElement(QStringLiteral("nodes"), 5, set(QStringLiteral("criticality"), 0))(root);
    });
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[1].path, QStringLiteral("nodes[5].criticality"));
}

TEST(ModelReader, DuplicateKeyIsAnError)
{
    QByteArray text = twoHoles();
    text.replace("\"name\": \"Two holes\",", "\"name\": \"Two holes\", \"name\": \"Again\",");
    const ModelReadResult result = readModelJson(text, QStringLiteral("d.json"));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_TRUE(result.diagnostics[0].message.contains(QStringLiteral("duplicate key \"name\" (first at 4:2)")))
        << qPrintable(result.diagnostics[0].toString());
}

TEST(ModelReader, NeverCrashesOnMutatedInput)
{
    const QByteArray original = twoHoles();
    std::mt19937 rng(20261123);
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray text = original;
        const int edits = 1 + int(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(rng() % quint32(text.size()));
            switch (rng() % 4) {
            case 0: text[at] = char(rng() % 256); break;
            case 1: text.truncate(at); break;
            case 2: text.insert(at, char(rng() % 128)); break;
            default: text.remove(at, 1 + qsizetype(rng() % 20)); break;
            }
            if (text.isEmpty())
                break;
        }
        const ModelReadResult result = readModelJson(text, QStringLiteral("fuzz.json"));
        EXPECT_NE(result.model.has_value(), !result.diagnostics.empty());
        if (!result.model) {
            ++refused;
            for (const Diagnostic &d : result.diagnostics)
                EXPECT_FALSE(d.message.isEmpty());
        }
    }
    EXPECT_GT(refused, 2000);
}

TEST(ModelReader, SizeLimitIsAClearError)
{
    JsonLimits limits;
    limits.maxBytes = 100;
    const ModelReadResult result = readModelJson(twoHoles(), QStringLiteral("big.json"), limits);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_TRUE(result.diagnostics[0].message.contains(QStringLiteral("more than the limit")));
}

TEST(ModelReader, DuplicateOptionIdIsAnError)
{
    const Diagnostics d = readChanged(appendTo(QStringLiteral("options"), QJsonObject{{QStringLiteral("id"), QStringLiteral("own-region")},
                                                                                      {QStringLiteral("name"), QStringLiteral("again")}}));
    expectOne(d, QStringLiteral("options[1].id"), QStringLiteral("duplicate option id \"own-region\""));
}

TEST(ModelReader, InvalidUtf8IsReportedWithItsPlace)
{
    QByteArray text = twoHoles();
    const qsizetype at = text.indexOf("Two holes");
    text[at + 3] = char(0xC3); // a lead byte followed by 'h', not a continuation byte
    const ModelReadResult result = readModelJson(text, QStringLiteral("u.json"));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_TRUE(result.diagnostics[0].message.contains(QStringLiteral("UTF-8")));
    EXPECT_EQ(result.diagnostics[0].line, 4);
    EXPECT_EQ(result.diagnostics[0].column, 14); // the bad byte itself
}

TEST(ModelReader, AOneLineFileReadsLikeAPrettyOne)
{
    // Tools such as jq -c write a whole model on one line; positions must not be recounted
    // from the line start for every value (that made a 10k-node file take minutes).
    test::RandomModelGenerator generator(3);
    test::RandomModelOptions options;
    options.nodes = 4000;
    options.edges = 8000;
    const Model model = generator.generate(options);
    const QByteArray oneLine = QJsonDocument::fromJson(writeModelJson(model)).toJson(QJsonDocument::Compact);
    ASSERT_EQ(oneLine.count('\n'), 0);
    const ModelReadResult result = readModelJson(oneLine, QStringLiteral("one-line.json"));
    ASSERT_TRUE(result.model);
    EXPECT_EQ(*result.model, model);
    // And an error far along the line gets its true column.
    QByteArray broken = oneLine;
    const qsizetype at = broken.lastIndexOf("\"kind\":\"") + 8;
    broken.insert(at, "x");
    const ModelReadResult bad = readModelJson(broken, QStringLiteral("one-line.json"));
    ASSERT_FALSE(bad.diagnostics.empty());
    EXPECT_EQ(bad.diagnostics[0].line, 1);
    // The column of the opening quote, counted in characters (the line has some non-ASCII).
    EXPECT_EQ(bad.diagnostics[0].column, QString::fromUtf8(broken.left(at - 1)).toUcs4().size() + 1);
}

TEST(ModelReader, ErrorsComeInDocumentOrderAndAreCapped)
{
    QJsonObject root = QJsonDocument::fromJson(twoHoles()).object();
    QJsonArray edges = root.value(QStringLiteral("edges")).toArray();
    for (int i = 0; i < 50; ++i)
        edges.append(QJsonObject{{QStringLiteral("from"), QStringLiteral("ghost%1").arg(i)},
                                 {QStringLiteral("to"), QStringLiteral("US")},
                                 {QStringLiteral("kind"), QStringLiteral("located_in")}});
    root.insert(QStringLiteral("edges"), edges);
    root.insert(QStringLiteral("zzz"), 1); // a reader error after the edges in the file
    JsonLimits limits;
    limits.maxErrors = 20;
    const ModelReadResult result = readModelJson(QJsonDocument(root).toJson(), QStringLiteral("m.json"), limits);
    ASSERT_EQ(result.diagnostics.size(), 21u);
    EXPECT_EQ(result.diagnostics.back().message, QStringLiteral("31 more errors not shown"));
    for (std::size_t i = 1; i + 1 < result.diagnostics.size(); ++i) {
        const Diagnostic &a = result.diagnostics[i - 1], &b = result.diagnostics[i];
        EXPECT_LE(std::pair(a.line, a.column), std::pair(b.line, b.column));
    }
}

TEST(ModelReader, AMalformedGroupMemberDoesNotMakeTheGroupLookTooSmall)
{
    // cap-mail needs 2 of {app-cloudmail, app-hostedmail}; app-hostedmail's entry is broken.
    const Diagnostics d = readChanged([](QJsonObject &root) {
        inElement(QStringLiteral("nodes"), 0, set(QStringLiteral("redundancy"), QJsonObject{{QStringLiteral("mailbox"), 2}}))(root);
        inElement(QStringLiteral("nodes"), 3, set(QStringLiteral("kind"), QStringLiteral("gizmo")))(root);
    });
    expectOne(d, QStringLiteral("nodes[3].kind"), QStringLiteral("unknown kind"));
}

TEST(ModelReader, OptionsMayRemoveThousandsOfEdges)
{
    test::RandomModelGenerator generator(11);
    test::RandomModelOptions options;
    options.nodes = 3000;
    options.edges = 9000;
    options.withScenariosAndOptions = false;
    Model model = generator.generate(options);
    Option option;
    option.id = QStringLiteral("slim");
    option.name = QStringLiteral("Remove many edges");
    for (const Edge &e : model.edges) {
        if (e.group.isEmpty())
            option.removeEdges.push_back(e.key());
    }
    ASSERT_GT(option.removeEdges.size(), 3000u);
    model.options.push_back(option);
    const ModelReadResult result = readModelJson(writeModelJson(model), QStringLiteral("m.json"));
    ASSERT_TRUE(result.model) << qPrintable(result.diagnostics[0].toString());
    const Model variant = applyOption(*result.model, result.model->options[0]);
    EXPECT_EQ(variant.edges.size(), model.edges.size() - option.removeEdges.size());
}
