// SPDX-License-Identifier: GPL-3.0-or-later
#include "bruteforce.h"
#include "failuresimulation.h"
#include "randommodel.h"

#include <cmath>

#include <gtest/gtest.h>

using namespace antrum;
using Index = FailureGraph::Index;

namespace {

/// E-mail on two "redundant" applications in two regions of two subsidiaries of one parent
/// company in one jurisdiction: a series-parallel system with common causes.
Model commonCauseModel()
{
    Model m;
    m.name = QStringLiteral("common cause");
    const auto node = [&](const char *id, NodeKind kind, double p) {
        Node n{QString::fromLatin1(id), kind, QString::fromLatin1(id)};
        if (p > 0)
            n.failureProbability = p;
        m.nodes.push_back(n);
    };
    node("mail", NodeKind::Capability, 0);
    node("a1", NodeKind::Application, 0.2);
    node("a2", NodeKind::Application, 0.3);
    node("h1", NodeKind::Host, 0.1);
    node("h2", NodeKind::Host, 0.15);
    node("s1", NodeKind::Supplier, 0.05);
    node("s2", NodeKind::Supplier, 0.05);
    node("parent", NodeKind::Supplier, 0.02);
    node("J", NodeKind::Jurisdiction, 0.01);
    const auto edge = [&](const char *from, const char *to, EdgeKind kind, const char *group = "") {
        m.edges.push_back({QString::fromLatin1(from), QString::fromLatin1(to), kind, QString::fromLatin1(group)});
    };
    edge("mail", "a1", EdgeKind::Requires, "g");
    edge("mail", "a2", EdgeKind::Requires, "g");
    edge("a1", "h1", EdgeKind::HostedOn);
    edge("a2", "h2", EdgeKind::HostedOn);
    edge("h1", "s1", EdgeKind::OperatedBy);
    edge("h2", "s2", EdgeKind::OperatedBy);
    edge("s1", "parent", EdgeKind::SubsidiaryOf);
    edge("s2", "parent", EdgeKind::SubsidiaryOf);
    edge("parent", "J", EdgeKind::IncorporatedIn);
    return m;
}

/// P(c fails) by enumerating every combination of the nodes that can fail; `fixed` forces
/// one node up (false) or down (true).
double exactProbability(const Model &m, const QString &c, const QString &fixedNode = {}, bool fixedDown = false)
{
    std::vector<std::pair<QString, double>> chances;
    for (const Node &n : m.nodes) {
        if (n.effectiveFailureProbability() > 0 && n.id != fixedNode)
            chances.emplace_back(n.id, n.effectiveFailureProbability());
    }
    double total = 0;
    for (unsigned mask = 0; mask < (1u << chances.size()); ++mask) {
        double weight = 1;
        bruteforce::Ids failed;
        for (std::size_t i = 0; i < chances.size(); ++i) {
            const bool down = mask & (1u << i);
            weight *= down ? chances[i].second : 1 - chances[i].second;
            if (down)
                failed.insert(chances[i].first);
        }
        if (!fixedNode.isEmpty() && fixedDown)
            failed.insert(fixedNode);
        if (bruteforce::fail(m, failed).count(c))
            total += weight;
    }
    return total;
}

void expectClose(double estimate, double exact, qint64 trials, const char *what)
{
    const double sigma = std::sqrt(std::max(exact * (1 - exact), 1e-6) / double(trials));
    EXPECT_NEAR(estimate, exact, 4.5 * sigma + 1e-9) << what;
}

} // namespace

TEST(MonteCarlo, MatchesExactProbabilityWithCommonCauses)
{
    const Model model = commonCauseModel();
    const DependencyAnalysis analysis(model, {2, {}});
    MonteCarloOptions options;
    options.trials = 200000;
    options.importanceTrials = 200000;
    options.seed = 2026;
    const MonteCarloResult result = simulateMonteCarlo(model, analysis, options);
    ASSERT_EQ(result.capabilities.size(), 1u);
    const double exact = exactProbability(model, QStringLiteral("mail"));
    EXPECT_GT(exact, 0.1); // the common causes dominate: far above 0.2 * 0.3 alone
    const CapabilityEstimate &mail = result.capabilities[0];
    expectClose(mail.failure.probability, exact, options.trials, "P(mail)");
    EXPECT_LE(mail.failure.low, exact);
    EXPECT_GE(mail.failure.high, exact);

    // Importance against exact values.
    ASSERT_FALSE(mail.importance.empty());
    for (const NodeImportance &imp : mail.importance) {
        const QString x = analysis.graph().id(imp.node);
        const double down = exactProbability(model, QStringLiteral("mail"), x, true);
        const double up = exactProbability(model, QStringLiteral("mail"), x, false);
        EXPECT_NEAR(imp.birnbaum, down - up, 0.01) << qPrintable(x);
        EXPECT_NEAR(imp.fussellVesely, (exact - up) / exact, 0.03) << qPrintable(x);
    }
    // The parent company and the jurisdiction are common causes: every trial in which
    // they fail takes e-mail down, so their Birnbaum importance is the largest possible.
    const auto parent = std::find_if(mail.importance.begin(), mail.importance.end(),
                                     [&](const NodeImportance &i) { return analysis.graph().id(i.node) == u"parent"; });
    ASSERT_NE(parent, mail.importance.end());
    EXPECT_GT(parent->birnbaum, 0.5);
}

TEST(MonteCarlo, MatchesExactProbabilitiesOnRandomModels)
{
    int checked = 0;
    for (unsigned seed = 1; seed <= 40; ++seed) {
        test::RandomModelGenerator generator(seed * 7919);
        test::RandomModelOptions options;
        options.nodes = 6 + int(seed % 5);
        options.edges = options.nodes * 2;
        options.withAttributes = false;
        options.withScenariosAndOptions = false;
        Model model = generator.generate(options);
        int chances = 0;
        for (Node &n : model.nodes) {
            if (chances < 9 && n.effectiveFailureProbability() > 0)
                ++chances;
            else
                n.failureProbability.reset();
        }
        const DependencyAnalysis analysis(model, {});
        MonteCarloOptions mc;
        mc.trials = 40000;
        mc.importanceTrials = 0;
        mc.seed = seed;
        const MonteCarloResult result = simulateMonteCarlo(model, analysis, mc);
        for (const CapabilityEstimate &c : result.capabilities) {
            expectClose(c.failure.probability, exactProbability(model, analysis.graph().id(c.node)), mc.trials,
                        qPrintable(analysis.graph().id(c.node)));
            ++checked;
        }
    }
    EXPECT_GT(checked, 40);
}

TEST(MonteCarlo, SameSeedSameNumbersWhateverTheThreads)
{
    const Model model = commonCauseModel();
    const DependencyAnalysis analysis(model, {});
    MonteCarloOptions options;
    options.trials = 30001;
    options.importanceTrials = 5003;
    options.seed = 99;
    options.threads = 1;
    const MonteCarloResult one = simulateMonteCarlo(model, analysis, options);
    options.threads = 2;
    const MonteCarloResult two = simulateMonteCarlo(model, analysis, options);
    options.threads = 3;
    const MonteCarloResult three = simulateMonteCarlo(model, analysis, options);
    for (const MonteCarloResult *other : {&two, &three}) {
        ASSERT_EQ(one.capabilities.size(), other->capabilities.size());
        for (std::size_t c = 0; c < one.capabilities.size(); ++c) {
            EXPECT_EQ(one.capabilities[c].failure.hits, other->capabilities[c].failure.hits);
            ASSERT_EQ(one.capabilities[c].importance.size(), other->capabilities[c].importance.size());
            for (std::size_t i = 0; i < one.capabilities[c].importance.size(); ++i) {
                EXPECT_EQ(one.capabilities[c].importance[i].node, other->capabilities[c].importance[i].node);
                EXPECT_EQ(one.capabilities[c].importance[i].birnbaum, other->capabilities[c].importance[i].birnbaum);
            }
        }
    }
    options.seed = 100;
    const MonteCarloResult otherSeed = simulateMonteCarlo(model, analysis, options);
    EXPECT_NE(otherSeed.capabilities[0].failure.hits, one.capabilities[0].failure.hits);
}

TEST(MonteCarlo, WilsonInterval)
{
    const Estimate none = wilsonEstimate(0, 100);
    EXPECT_EQ(none.probability, 0);
    EXPECT_EQ(none.low, 0);
    EXPECT_NEAR(none.high, 0.037, 0.001); // 95% upper bound for 0 of 100
    const Estimate half = wilsonEstimate(50, 100);
    EXPECT_NEAR(half.low, 0.4038, 0.001);
    EXPECT_NEAR(half.high, 0.5962, 0.001);
}

TEST(MonteCarlo, CanBeCancelled)
{
    const Model model = commonCauseModel();
    const DependencyAnalysis analysis(model, {});
    MonteCarloOptions options;
    options.trials = 10'000'000;
    options.progress = [](double share) { return share < 0.001; };
    const MonteCarloResult result = simulateMonteCarlo(model, analysis, options);
    EXPECT_TRUE(result.cancelled);
}
