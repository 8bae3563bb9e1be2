// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyanalysis.h"
#include "failuregraph.h"
#include "idindex.h"
#include "modelgenerator.h"
#include "modeljson.h"
#include "randommodel.h"
#include "validation.h"

#include <QHash>

#include <random>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

/// Ids that stress the table and the sort: shared prefixes longer than eight units, empty
/// and one-unit ids, non-ASCII, surrogate pairs (code points above U+FFFF) next to U+E000+.
QString randomId(std::mt19937 &rng)
{
    static const char16_t alphabet[] = {u'a', u'b', u'-', u'0', u'9', 0x00E9, 0x20AC, 0xE000, 0xFFFD};
    std::uniform_int_distribution<int> length(0, 14), pick(0, int(std::size(alphabet)) + 1);
    QString id = (rng() % 2) ? QStringLiteral("app-0000") : QString();
    for (int i = length(rng); i > 0; --i) {
        const int p = pick(rng);
        if (p == int(std::size(alphabet)))
            id += QString::fromUcs4(U"\U0001F600"); // a surrogate pair
        else if (p == int(std::size(alphabet)) + 1)
            id += QString::fromUcs4(U"\U00010000");
        else
            id += QChar(alphabet[p]);
    }
    return id;
}

} // namespace

TEST(IdIndex, AgreesWithQHashOnRandomIds)
{
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        IdIndex index(round % 3 == 0 ? 0 : 50); // also grows from nothing
        QHash<QString, int> reference;
        for (int i = 0; i < 2000; ++i) {
            const QString id = randomId(rng);
            const std::int32_t previous = index.insert(id, i);
            if (reference.contains(id)) {
                EXPECT_EQ(previous, reference.value(id)) << qPrintable(id);
            } else {
                EXPECT_EQ(previous, IdIndex::Missing) << qPrintable(id);
                reference.insert(id, i);
            }
        }
        EXPECT_EQ(index.size(), std::size_t(reference.size()));
        for (auto it = reference.cbegin(); it != reference.cend(); ++it)
            EXPECT_EQ(index.value(it.key()), it.value());
        for (int i = 0; i < 500; ++i) {
            const QString id = randomId(rng) + u'!'; // never inserted
            EXPECT_EQ(index.value(id), IdIndex::Missing);
            EXPECT_FALSE(index.contains(id));
        }
    }
}

TEST(IdIndex, EmptyIndexFindsNothing)
{
    const IdIndex index;
    EXPECT_EQ(index.value(u"x"), IdIndex::Missing);
    EXPECT_EQ(index.size(), 0u);
}

TEST(SortNodesById, AgreesWithIdLess)
{
    std::mt19937 rng(11);
    for (int round = 0; round < 30; ++round) {
        Model model;
        model.name = QStringLiteral("m");
        QSet<QString> used;
        while (model.nodes.size() < 300) {
            const QString id = randomId(rng);
            if (id.isEmpty() || used.contains(id))
                continue;
            used.insert(id);
            model.nodes.push_back(Node{id, NodeKind::Supplier, QStringLiteral("n")});
        }
        const FailureGraph graph(model);
        std::vector<FailureGraph::Index> nodes(graph.size());
        for (FailureGraph::Index i = 0; i < graph.size(); ++i)
            nodes[i] = i;
        std::shuffle(nodes.begin(), nodes.end(), rng);
        std::vector<FailureGraph::Index> expected = nodes;
        std::sort(expected.begin(), expected.end(),
                  [&](auto a, auto b) { return idLess(graph.id(a), graph.id(b)); });
        sortNodesById(graph, nodes);
        EXPECT_EQ(nodes, expected);
    }
}

TEST(ModelIndex, ReaderIndexEqualsAFreshOneAndSharesIdStrings)
{
    for (unsigned seed = 1; seed <= 200; ++seed) {
        test::RandomModelGenerator generator(seed);
        const Model original = generator.generate();
        const QByteArray json = writeModelJson(original);
        const ModelReadResult read = readModelJson(json, QStringLiteral("m.json"));
        ASSERT_TRUE(read.model) << seed;
        ASSERT_TRUE(read.index);
        const ModelIndex fresh = buildModelIndex(*read.model);
        EXPECT_EQ(read.index->edgeFrom, fresh.edgeFrom) << seed;
        EXPECT_EQ(read.index->edgeTo, fresh.edgeTo) << seed;
        for (const Node &node : read.model->nodes)
            EXPECT_EQ(read.index->nodes.value(node.id), fresh.nodes.value(node.id));
        for (std::size_t i = 0; i < read.model->edges.size(); ++i) {
            const Edge &e = read.model->edges[i];
            EXPECT_EQ(e.from.constData(), read.model->nodes[std::size_t(fresh.edgeFrom[i])].id.constData())
                << "edge ends share the node's id string";
        }
    }
}

TEST(ModelIndex, EdgesListedBeforeNodesAreResolvedAtTheEnd)
{
    const QByteArray json = R"({"format": "antrum-model", "version": 1, "name": "m",
        "edges": [{"from": "app", "to": "sup", "kind": "provided_by"},
                  {"from": "cap", "to": "app", "kind": "requires"}],
        "nodes": [{"id": "cap", "kind": "capability", "name": "C"},
                  {"id": "app", "kind": "application", "name": "A"},
                  {"id": "sup", "kind": "supplier", "name": "S"}]})";
    const ModelReadResult read = readModelJson(json, QStringLiteral("m.json"));
    ASSERT_TRUE(read.model);
    EXPECT_EQ(read.index->edgeFrom, (std::vector<std::int32_t>{1, 0}));
    EXPECT_EQ(read.index->edgeTo, (std::vector<std::int32_t>{2, 1}));
    const FailureGraph graph(*read.model, read.index);
    FailurePropagator propagator(graph);
    propagator.fail(*graph.indexOf(QStringLiteral("sup")));
    EXPECT_EQ(propagator.failed().size(), 3u);
}

TEST(ModelIndex, UnknownEndsAreStillReportedWithTheirPlace)
{
    const QByteArray json = R"({"format": "antrum-model", "version": 1, "name": "m",
        "nodes": [{"id": "app", "kind": "application", "name": "A"}],
        "edges": [{"from": "app", "to": "ghost", "kind": "provided_by"}]})";
    const ModelReadResult read = readModelJson(json, QStringLiteral("m.json"));
    ASSERT_FALSE(read.model);
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_EQ(read.diagnostics[0].path, QStringLiteral("edges[0].to"));
    EXPECT_EQ(read.diagnostics[0].line, 3);
}

TEST(ModelIndex, EdgeEndsResolvedOnASecondThreadGiveTheSameModel)
{
    for (const int nodes : {300, 20000}) {
        const QByteArray json = writeModelJson(generateModel(nodes, 7));
        JsonLimits sequential, parallel;
        sequential.parallelFromBytes = std::numeric_limits<qsizetype>::max();
        parallel.parallelFromBytes = 0;
        const ModelReadResult one = readModelJson(json, QStringLiteral("m.json"), sequential);
        const ModelReadResult two = readModelJson(json, QStringLiteral("m.json"), parallel);
        ASSERT_TRUE(one.model && two.model);
        EXPECT_TRUE(*one.model == *two.model);
        EXPECT_EQ(one.index->edgeFrom, two.index->edgeFrom);
        EXPECT_EQ(one.index->edgeTo, two.index->edgeTo);
        const ModelIndex fresh = buildModelIndex(*two.model);
        EXPECT_EQ(two.index->edgeFrom, fresh.edgeFrom);
        EXPECT_EQ(two.index->edgeTo, fresh.edgeTo);
        for (std::size_t i = 0; i < two.model->edges.size(); ++i) {
            ASSERT_EQ(two.model->edges[i].to.constData(), two.model->nodes[std::size_t(fresh.edgeTo[i])].id.constData());
        }
    }
    // Errors keep their places when the ends are resolved in parallel.
    QByteArray bad = writeModelJson(generateModel(2000, 3));
    bad.replace("\"to\": \"US\"", "\"to\": \"XX\"");
    JsonLimits parallel;
    parallel.parallelFromBytes = 0;
    const ModelReadResult read = readModelJson(bad, QStringLiteral("m.json"), parallel);
    const ModelReadResult reference = readModelJson(bad, QStringLiteral("m.json"));
    ASSERT_FALSE(read.model);
    ASSERT_FALSE(read.diagnostics.empty());
    ASSERT_EQ(read.diagnostics.size(), reference.diagnostics.size());
    for (std::size_t i = 0; i < read.diagnostics.size(); ++i) {
        EXPECT_EQ(read.diagnostics[i].line, reference.diagnostics[i].line);
        EXPECT_EQ(read.diagnostics[i].message, reference.diagnostics[i].message);
    }
    EXPECT_TRUE(read.diagnostics.front().message.contains(QStringLiteral("XX")));
}

TEST(ModelIndex, ValidationOnTwoThreadsReportsWhatOneThreadReports)
{
    Model model = generateModel(120000, 5); // above the size that splits the node rules off
    ASSERT_GE(model.nodes.size(), 100000u);
    model.nodes[10].criticality = 9;
    model.nodes[50000].name = QString();
    model.nodes[70000].id = model.nodes[3].id; // duplicate id
    model.edges[20].to = QStringLiteral("nowhere");
    model.edges[40].from = model.edges[40].to; // self loop
    const Diagnostics sequential = validateModel(model);
    const ModelIndex index = buildModelIndex(model);
    ValidationContext context;
    context.index = &index;
    const Diagnostics parallel = validateModel(model, context);
    ASSERT_GE(sequential.size(), 5u);
    ASSERT_EQ(parallel.size(), sequential.size());
    for (std::size_t i = 0; i < sequential.size(); ++i) {
        EXPECT_EQ(parallel[i].path, sequential[i].path) << i;
        EXPECT_EQ(parallel[i].message, sequential[i].message) << i;
    }
}

TEST(SortNodesById, BigListsSortedOnTwoThreadsAgreeWithIdLess)
{
    std::mt19937 rng(3);
    Model model;
    model.name = QStringLiteral("m");
    QSet<QString> used;
    while (model.nodes.size() < 120000) {
        const QString id = randomId(rng) + QString::number(model.nodes.size() % 977);
        if (id.isEmpty() || used.contains(id))
            continue;
        used.insert(id);
        model.nodes.push_back(Node{id, NodeKind::Supplier, QStringLiteral("n")});
    }
    const FailureGraph graph(model);
    std::vector<FailureGraph::Index> nodes(graph.size());
    for (FailureGraph::Index i = 0; i < graph.size(); ++i)
        nodes[i] = i;
    std::shuffle(nodes.begin(), nodes.end(), rng);
    std::vector<FailureGraph::Index> expected = nodes;
    std::sort(expected.begin(), expected.end(), [&](auto a, auto b) { return idLess(graph.id(a), graph.id(b)); });
    sortNodesById(graph, nodes);
    EXPECT_EQ(nodes, expected);
}
