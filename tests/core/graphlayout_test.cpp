// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "testsupport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>

using namespace antrum;

namespace {

void addNode(Model &m, const char *id, NodeKind kind)
{
    Node n;
    n.id = QString::fromUtf8(id);
    n.kind = kind;
    n.name = n.id;
    m.nodes.push_back(n);
}

void addEdge(Model &m, const char *from, const char *to, EdgeKind kind, const char *group = "")
{
    Edge e;
    e.from = QString::fromUtf8(from);
    e.to = QString::fromUtf8(to);
    e.kind = kind;
    e.group = QString::fromUtf8(group);
    m.edges.push_back(e);
}

/// cap-a needs app-1 (which needs app-2, which needs app-3, which needs app-1 again: a
/// cycle) and cap-b; cap-b needs app-4 or app-5; apps run on a host and are provided by
/// suppliers of an ownership tree top <- mid <- leaf, plus a loner; everything sits in two
/// jurisdictions.
Model handModel()
{
    Model m;
    m.name = QStringLiteral("hand");
    m.homeJurisdictions = QStringList{QStringLiteral("NL")};
    addNode(m, "cap-a", NodeKind::Capability);
    addNode(m, "cap-b", NodeKind::Capability);
    for (const char *a : {"app-1", "app-2", "app-3", "app-4", "app-5"})
        addNode(m, a, NodeKind::Application);
    addNode(m, "host-x", NodeKind::Host);
    for (const char *s : {"sup-top", "sup-mid", "sup-leaf", "sup-loner"})
        addNode(m, s, NodeKind::Supplier);
    addNode(m, "NL", NodeKind::Jurisdiction);
    addNode(m, "US", NodeKind::Jurisdiction);

    addEdge(m, "cap-a", "app-1", EdgeKind::Requires);
    addEdge(m, "cap-a", "cap-b", EdgeKind::Requires);
    addEdge(m, "cap-b", "app-4", EdgeKind::Requires, "g");
    addEdge(m, "cap-b", "app-5", EdgeKind::Requires, "g");
    addEdge(m, "app-1", "app-2", EdgeKind::Requires);
    addEdge(m, "app-2", "app-3", EdgeKind::Requires);
    addEdge(m, "app-3", "app-1", EdgeKind::Requires);
    addEdge(m, "app-5", "app-4", EdgeKind::AlternativeFor);
    for (const char *a : {"app-1", "app-2", "app-4"})
        addEdge(m, a, "host-x", EdgeKind::HostedOn);
    addEdge(m, "app-1", "sup-leaf", EdgeKind::ProvidedBy);
    addEdge(m, "app-2", "sup-mid", EdgeKind::ProvidedBy);
    addEdge(m, "app-3", "sup-loner", EdgeKind::ProvidedBy);
    addEdge(m, "app-4", "sup-leaf", EdgeKind::ProvidedBy);
    addEdge(m, "app-5", "sup-loner", EdgeKind::ProvidedBy);
    addEdge(m, "host-x", "sup-top", EdgeKind::OperatedBy);
    addEdge(m, "host-x", "NL", EdgeKind::LocatedIn);
    addEdge(m, "sup-leaf", "sup-mid", EdgeKind::SubsidiaryOf);
    addEdge(m, "sup-mid", "sup-top", EdgeKind::SubsidiaryOf);
    addEdge(m, "sup-top", "US", EdgeKind::IncorporatedIn);
    addEdge(m, "sup-mid", "NL", EdgeKind::IncorporatedIn);
    addEdge(m, "sup-leaf", "NL", EdgeKind::IncorporatedIn);
    addEdge(m, "sup-loner", "NL", EdgeKind::IncorporatedIn);
    return m;
}

int at(const Model &m, const char *id)
{
    return m.nodeIndex().value(QString::fromUtf8(id), -1);
}

void expectNoOverlap(const GraphLayout &layout)
{
    std::vector<int> shown;
    for (int i = 0; i < int(layout.positions.size()); ++i)
        if (layout.isVisible(i))
            shown.push_back(i);
    // Sweep by x: boxes of different columns never share x, so compare within a column.
    std::sort(shown.begin(), shown.end(), [&](int a, int b) {
        const QPointF pa = layout.positions[std::size_t(a)], pb = layout.positions[std::size_t(b)];
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    for (std::size_t i = 1; i < shown.size(); ++i) {
        const QRectF a = layout.nodeRect(shown[i - 1]);
        const QRectF b = layout.nodeRect(shown[i]);
        ASSERT_FALSE(a.intersects(b)) << shown[i - 1] << " and " << shown[i];
    }
    // And columns are at least a box apart.
    std::vector<double> xs = layout.columnX;
    std::sort(xs.begin(), xs.end());
    for (std::size_t i = 1; i < xs.size(); ++i)
        ASSERT_GE(xs[i] - xs[i - 1], layout.nodeSize.width());
}

Model loadSample()
{
    ModelFileResult r = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_EQ(r.status, ModelFileResult::Status::Ok);
    return r.model ? *r.model : Model{};
}

} // namespace

TEST(GraphLayout, LayersFollowTheKindsAndTheDependencies)
{
    const Model m = handModel();
    const GraphLayout l = layoutModel(m);
    ASSERT_EQ(l.positions.size(), m.nodes.size());
    const auto layerOf = [&](const char *id) { return l.layer[std::size_t(at(m, id))]; };
    // Kind order: every capability left of every application, ... jurisdictions last.
    for (std::size_t a = 0; a < m.nodes.size(); ++a)
        for (std::size_t b = 0; b < m.nodes.size(); ++b)
            if (layoutBand(m.nodes[a].kind) < layoutBand(m.nodes[b].kind)) {
                EXPECT_LT(l.layer[a], l.layer[b]) << qPrintable(m.nodes[a].id) << " " << qPrintable(m.nodes[b].id);
                EXPECT_LT(l.positions[a].x(), l.positions[b].x());
            }
    EXPECT_EQ(layerOf("cap-a"), 0);
    EXPECT_EQ(layerOf("cap-b"), 0); // capabilities share one layer, even when one requires another
    // The cycle app-1 -> app-2 -> app-3 -> app-1 is broken once: a chain of three layers.
    EXPECT_LT(layerOf("app-1"), layerOf("app-2"));
    EXPECT_LT(layerOf("app-2"), layerOf("app-3"));
    // Ownership: parents right of their subsidiaries; the top parent next to the jurisdictions.
    EXPECT_LT(layerOf("sup-leaf"), layerOf("sup-mid"));
    EXPECT_LT(layerOf("sup-mid"), layerOf("sup-top"));
    EXPECT_EQ(layerOf("sup-loner"), layerOf("sup-top"));
    EXPECT_EQ(layerOf("NL"), l.layerCount - 1);
    EXPECT_EQ(layerOf("US"), l.layerCount - 1);
    expectNoOverlap(l);
    EXPECT_TRUE(l.bounds.contains(l.nodeRect(at(m, "US"))));
    // Grouped edges are marked.
    int grouped = 0;
    for (const LayoutEdge &e : l.edges)
        grouped += e.grouped;
    EXPECT_EQ(grouped, 2);
    EXPECT_EQ(l.edges.size(), m.edges.size());
}

TEST(GraphLayout, IsDeterministicWhateverTheOrderOfTheModel)
{
    const Model m = handModel();
    const GraphLayout first = layoutModel(m);
    EXPECT_EQ(layoutModel(m).positions, first.positions);

    Model shuffled = m;
    std::mt19937 rng(7);
    std::shuffle(shuffled.nodes.begin(), shuffled.nodes.end(), rng);
    std::shuffle(shuffled.edges.begin(), shuffled.edges.end(), rng);
    const GraphLayout second = layoutModel(shuffled);
    for (const Node &node : m.nodes) {
        const int a = m.nodeIndex().value(node.id);
        const int b = shuffled.nodeIndex().value(node.id);
        EXPECT_EQ(first.positions[std::size_t(a)], second.positions[std::size_t(b)]) << qPrintable(node.id);
    }
}

TEST(GraphLayout, PlacesEveryNodeOfTheSampleWithoutOverlap)
{
    const Model m = loadSample();
    ASSERT_FALSE(m.nodes.empty());
    const GraphLayout l = layoutModel(m); // its speed: docs/performance.md, not a test
    ASSERT_EQ(l.positions.size(), m.nodes.size());
    for (std::size_t i = 0; i < m.nodes.size(); ++i) {
        EXPECT_TRUE(l.isVisible(int(i)));
        EXPECT_TRUE(l.bounds.contains(l.nodeRect(int(i))));
    }
    expectNoOverlap(l);
}

TEST(GraphLayout, WrapsAHugeLayerIntoColumns)
{
    Model m;
    m.name = QStringLiteral("wide");
    addNode(m, "cap", NodeKind::Capability);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray id = "app-" + QByteArray::number(i);
        addNode(m, id.constData(), NodeKind::Application);
        addEdge(m, "cap", id.constData(), EdgeKind::Requires);
    }
    LayoutOptions options;
    options.maxRowsPerColumn = 100;
    const GraphLayout l = layoutModel(m, options);
    std::set<int> appColumns;
    for (std::size_t i = 1; i < m.nodes.size(); ++i) {
        EXPECT_EQ(l.layer[i], 1);
        appColumns.insert(l.column[i]);
    }
    EXPECT_EQ(appColumns.size(), 10u);
    EXPECT_LE(l.bounds.height(), 101 * (options.nodeHeight + options.rowGap));
    expectNoOverlap(l);

    // Automatic: the picture stays far from one endless column.
    const GraphLayout automatic = layoutModel(m);
    EXPECT_GT(automatic.columnX.size(), 3u);
    EXPECT_LT(automatic.bounds.height() / automatic.bounds.width(), 2.0);
    expectNoOverlap(automatic);
}

TEST(GraphLayout, LaysOutFiveThousandNodesQuickly)
{
    const Model m = generateModel(5000, 1);
    QElapsedTimer timer;
    timer.start();
    const GraphLayout l = layoutModel(m);
    const qint64 ms = timer.elapsed();
    std::printf("layout of %zu nodes, %zu edges: %lld ms, %zu columns, %.0f x %.0f\n", m.nodes.size(),
                m.edges.size(), qint64(ms), l.columnX.size(), l.bounds.width(), l.bounds.height());
    // Printed, not asserted: speed targets live in the benchmarks and docs/performance.md, where a
    // busy or instrumented (sanitizer) build cannot fail a test over time.
    ASSERT_EQ(l.positions.size(), m.nodes.size());
    expectNoOverlap(l);
    EXPECT_LT(l.bounds.height(), l.bounds.width()); // wrapped, not one endless column
}

TEST(GraphLayout, NeighbourhoodOfDepthOneAndTwo)
{
    const Model m = handModel();
    const auto ids = [&](const std::vector<int> &nodes) {
        QStringList out;
        for (int v : nodes)
            out << m.nodes[std::size_t(v)].id;
        out.sort();
        return out.join(QLatin1Char(' '));
    };
    EXPECT_EQ(ids(neighbourhood(m, at(m, "sup-mid"), 0)), QStringLiteral("sup-mid"));
    EXPECT_EQ(ids(neighbourhood(m, at(m, "sup-mid"), 1)), QStringLiteral("NL app-2 sup-leaf sup-mid sup-top"));
    EXPECT_EQ(ids(neighbourhood(m, at(m, "cap-b"), 1)), QStringLiteral("app-4 app-5 cap-a cap-b"));
    EXPECT_EQ(ids(neighbourhood(m, at(m, "cap-b"), 2)),
              QStringLiteral("app-1 app-4 app-5 cap-a cap-b host-x sup-leaf sup-loner"));
    EXPECT_TRUE(neighbourhood(m, -1, 1).empty());
}

TEST(GraphLayout, CollapsingHidesExactlyTheSubsidiaries)
{
    const Model m = handModel();
    EXPECT_EQ(ownershipParents(m), (std::vector<int>{at(m, "sup-top"), at(m, "sup-mid")}));

    const QSet<QString> top{QStringLiteral("sup-top")};
    std::vector<int> expected{at(m, "sup-mid"), at(m, "sup-leaf")};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(hiddenByCollapse(m, top), expected);

    LayoutOptions options;
    options.collapsed = top;
    const GraphLayout l = layoutModel(m, options);
    const int topIndex = at(m, "sup-top");
    for (std::size_t i = 0; i < m.nodes.size(); ++i) {
        const bool hidden = std::find(expected.begin(), expected.end(), int(i)) != expected.end();
        EXPECT_EQ(l.isVisible(int(i)), !hidden) << qPrintable(m.nodes[i].id);
        if (hidden) {
            EXPECT_EQ(l.representative[i], topIndex);
            EXPECT_EQ(l.positions[i], l.positions[std::size_t(topIndex)]);
        }
    }
    EXPECT_EQ(l.folded[std::size_t(topIndex)], 2);
    // Edges to the hidden suppliers now end at the parent, merged where they coincide.
    for (const LayoutEdge &e : l.edges) {
        EXPECT_TRUE(l.isVisible(e.from) && l.isVisible(e.to));
        EXPECT_NE(e.kind, EdgeKind::SubsidiaryOf);
    }
    const auto edgeTo = [&](const char *from, EdgeKind kind) {
        return std::count_if(l.edges.begin(), l.edges.end(), [&](const LayoutEdge &e) {
            return e.from == at(m, from) && e.to == topIndex && e.kind == kind;
        });
    };
    EXPECT_EQ(edgeTo("app-1", EdgeKind::ProvidedBy), 1);
    EXPECT_EQ(edgeTo("app-2", EdgeKind::ProvidedBy), 1);
    // sup-mid and sup-leaf are both incorporated in NL: one drawn edge from sup-top stands for both.
    const auto nl = std::find_if(l.edges.begin(), l.edges.end(), [&](const LayoutEdge &e) {
        return e.from == topIndex && e.to == at(m, "NL");
    });
    ASSERT_NE(nl, l.edges.end());
    EXPECT_EQ(nl->merged, 2);
    expectNoOverlap(l);

    // Collapsing the middle hides only the leaf.
    EXPECT_EQ(hiddenByCollapse(m, {QStringLiteral("sup-mid")}), std::vector<int>{at(m, "sup-leaf")});
    // A capability id in the set changes nothing.
    EXPECT_TRUE(hiddenByCollapse(m, {QStringLiteral("cap-a")}).empty());
}
