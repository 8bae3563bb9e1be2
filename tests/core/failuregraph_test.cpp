// SPDX-License-Identifier: GPL-3.0-or-later
#include "bruteforce.h"
#include "failuregraph.h"
#include "randommodel.h"

#include <random>

#include <gtest/gtest.h>

using namespace antrum;
using Index = FailureGraph::Index;

namespace {


} // namespace

TEST(FailurePropagator, AgreesWithBruteForceOnRandomFailures)
{
    std::mt19937 rng(42);
    int nonTrivial = 0;
    for (unsigned seed = 1; seed <= 2000; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 4 + int(seed % 12);
        options.edges = options.nodes * 2;
        options.withAttributes = false;
        const Model model = generator.generate(options);
        const FailureGraph graph(model);
        FailurePropagator propagator(graph);
        for (int round = 0; round < 5; ++round) {
            std::vector<Index> seeds;
            bruteforce::Ids ids;
            for (Index n = 0; n < graph.size(); ++n) {
                if (rng() % 5 == 0) {
                    seeds.push_back(n);
                    ids.insert(graph.id(n));
                }
            }
            propagator.reset();
            propagator.fail(seeds);
            const bruteforce::Ids expected = bruteforce::fail(model, ids);
            ASSERT_EQ(bruteforce::idsOf(graph, propagator.failed()), expected) << "seed " << seed;
            nonTrivial += expected.size() > ids.size();
            for (Index n = 0; n < graph.size(); ++n)
                EXPECT_EQ(propagator.isFailed(n), expected.count(graph.id(n)) > 0);

            // Adding failures on top and rolling back restores the earlier state exactly.
            const FailurePropagator::Mark mark = propagator.mark();
            const Index extra = Index(rng() % graph.size());
            propagator.fail(extra);
            bruteforce::Ids more = ids;
            more.insert(graph.id(extra));
            EXPECT_EQ(bruteforce::idsOf(graph, propagator.failed()), bruteforce::fail(model, more));
            propagator.rollback(mark);
            EXPECT_EQ(bruteforce::idsOf(graph, propagator.failed()), expected);
            propagator.fail(extra); // counters were restored too
            EXPECT_EQ(bruteforce::idsOf(graph, propagator.failed()), bruteforce::fail(model, more));
        }
    }
    EXPECT_GT(nonTrivial, 2000);
}

TEST(FailureGraph, GroupsCountDistinctTargets)
{
    Model model;
    model.name = QStringLiteral("m");
    model.nodes = {{QStringLiteral("s"), NodeKind::Supplier, QStringLiteral("S")},
                   {QStringLiteral("p"), NodeKind::Supplier, QStringLiteral("P")},
                   {QStringLiteral("q"), NodeKind::Supplier, QStringLiteral("Q")}};
    // s subcontracts to and is owned by p, both in group g; and subcontracts to q in g.
    model.edges = {{QStringLiteral("s"), QStringLiteral("p"), EdgeKind::SubcontractsTo, QStringLiteral("g")},
                   {QStringLiteral("s"), QStringLiteral("p"), EdgeKind::SubsidiaryOf, QStringLiteral("g")},
                   {QStringLiteral("s"), QStringLiteral("q"), EdgeKind::SubcontractsTo, QStringLiteral("g")}};
    const FailureGraph graph(model);
    ASSERT_EQ(graph.groupCount(), 1u);
    EXPECT_EQ(graph.groupMembers(0).size(), 2u);
    FailurePropagator propagator(graph);
    propagator.fail(*graph.indexOf(QStringLiteral("p")));
    EXPECT_FALSE(propagator.isFailed(*graph.indexOf(QStringLiteral("s")))); // q still stands
    propagator.fail(*graph.indexOf(QStringLiteral("q")));
    EXPECT_TRUE(propagator.isFailed(*graph.indexOf(QStringLiteral("s"))));
}

TEST(FailureGraph, CyclesThatKeepEachOtherUpStayUp)
{
    Model model;
    model.name = QStringLiteral("m");
    model.nodes = {{QStringLiteral("a"), NodeKind::Application, QStringLiteral("A")},
                   {QStringLiteral("b"), NodeKind::Application, QStringLiteral("B")},
                   {QStringLiteral("c"), NodeKind::Application, QStringLiteral("C")}};
    model.edges = {{QStringLiteral("a"), QStringLiteral("b"), EdgeKind::Requires},
                   {QStringLiteral("b"), QStringLiteral("a"), EdgeKind::Requires},
                   {QStringLiteral("b"), QStringLiteral("c"), EdgeKind::Requires}};
    const FailureGraph graph(model);
    FailurePropagator propagator(graph);
    propagator.fail(std::span<const Index>{});
    EXPECT_TRUE(propagator.failed().empty());
    propagator.fail(*graph.indexOf(QStringLiteral("c")));
    EXPECT_EQ(propagator.failed().size(), 3u); // a failure from outside the cycle takes it down
}
