// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

#include <gtest/gtest.h>

using namespace antrum;

TEST(Model, KindNamesRoundTrip)
{
    for (int k = 0; k < NodeKindCount; ++k)
        EXPECT_EQ(nodeKindFromString(toString(NodeKind(k))), NodeKind(k));
    for (int k = 0; k < EdgeKindCount; ++k)
        EXPECT_EQ(edgeKindFromString(toString(EdgeKind(k))), EdgeKind(k));
    EXPECT_FALSE(nodeKindFromString(u"gadget"));
    EXPECT_FALSE(edgeKindFromString(u"Requires"));
}

TEST(Model, EdgeKindTable)
{
    using N = NodeKind;
    EXPECT_TRUE(edgeAllowed(EdgeKind::Requires, N::Capability, N::Application));
    EXPECT_TRUE(edgeAllowed(EdgeKind::Requires, N::Application, N::Capability));
    EXPECT_FALSE(edgeAllowed(EdgeKind::Requires, N::Supplier, N::Application));
    EXPECT_TRUE(edgeAllowed(EdgeKind::SubsidiaryOf, N::Supplier, N::Supplier));
    EXPECT_FALSE(edgeAllowed(EdgeKind::LocatedIn, N::Supplier, N::Jurisdiction));
    EXPECT_TRUE(edgeAllowed(EdgeKind::IncorporatedIn, N::Supplier, N::Jurisdiction));
    EXPECT_FALSE(edgeAllowed(EdgeKind::AlternativeFor, N::Capability, N::Application));
    EXPECT_FALSE(isDependency(EdgeKind::AlternativeFor));
    EXPECT_TRUE(isDependency(EdgeKind::SubsidiaryOf));
}

TEST(Model, ApplyOptionLeavesBaselineAlone)
{
    Model base;
    base.name = QStringLiteral("m");
    base.nodes = {{QStringLiteral("c"), NodeKind::Capability, QStringLiteral("C")},
                  {QStringLiteral("a"), NodeKind::Application, QStringLiteral("A")},
                  {QStringLiteral("b"), NodeKind::Application, QStringLiteral("B")}};
    base.edges = {{QStringLiteral("c"), QStringLiteral("a"), EdgeKind::Requires}};
    Option option;
    option.id = QStringLiteral("o");
    option.removeNodes = {QStringLiteral("a")};
    option.addEdges = {{QStringLiteral("c"), QStringLiteral("b"), EdgeKind::Requires}};
    base.options.push_back(option);
    const Model copy = base;

    const Model variant = applyOption(base, option);
    EXPECT_EQ(base, copy);
    ASSERT_EQ(variant.nodes.size(), 2u);
    ASSERT_EQ(variant.edges.size(), 1u);
    EXPECT_EQ(variant.edges[0].to, QStringLiteral("b"));
    EXPECT_TRUE(variant.options.empty());
}

TEST(Model, ThresholdDefaultsToOne)
{
    Node node;
    node.redundancy[QStringLiteral("g")] = 2;
    EXPECT_EQ(node.threshold(QStringLiteral("g")), 2);
    EXPECT_EQ(node.threshold(QStringLiteral("other")), 1);
}
