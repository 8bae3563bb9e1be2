// SPDX-License-Identifier: GPL-3.0-or-later
// Exit scenarios: propagation against the brute force of semantics.md, recovery plans and cost
// on cases computed by hand (docs/scenarios.md), acquisitions, and the timeline.
#include "bruteforce.h"
#include "randommodel.h"
#include "scenariosimulation.h"
#include "validation.h"

#include <gtest/gtest.h>

#include <random>

using namespace antrum;

namespace {

struct Landscape {
    Model model;
    Landscape()
    {
        model.name = QStringLiteral("scenario test");
        model.homeJurisdictions = QStringList{QStringLiteral("NL")};
        jurisdiction(QStringLiteral("NL"), true);
        jurisdiction(QStringLiteral("US"), false);
    }
    Node &add(const QString &id, NodeKind kind)
    {
        model.nodes.push_back(Node{id, kind, id});
        return model.nodes.back();
    }
    void jurisdiction(const QString &id, bool eu)
    {
        Node &j = add(id, NodeKind::Jurisdiction);
        j.attributes[QStringLiteral("eu_member")] = eu;
        if (!eu)
            j.attributes[QStringLiteral("laws")] = QStringList{QStringLiteral("CLOUD Act")};
    }
    Edge &edge(const QString &from, const QString &to, EdgeKind kind, const QString &group = {})
    {
        model.edges.push_back(Edge{from, to, kind, group});
        return model.edges.back();
    }
    /// An application with its own supplier seated in `seat`, and an annual cost.
    void application(const QString &id, const QString &seat, double annualCost)
    {
        add(id, NodeKind::Application).attributes[QStringLiteral("annual_cost")] = annualCost;
        add(QStringLiteral("sup-") + id, NodeKind::Supplier);
        edge(id, QStringLiteral("sup-") + id, EdgeKind::ProvidedBy);
        edge(QStringLiteral("sup-") + id, seat, EdgeKind::IncorporatedIn);
    }
    Edge &alternative(const QString &alt, const QString &replaces, std::optional<double> months, std::optional<double> cost)
    {
        Edge &e = edge(alt, replaces, EdgeKind::AlternativeFor);
        e.switchMonths = months;
        e.switchCost = cost;
        return e;
    }
    ScenarioResult run(std::vector<Event> events, ScenarioOptions options = {})
    {
        Scenario s{QStringLiteral("s"), QStringLiteral("test"), std::move(events)};
        model.scenarios = {s};
        const Diagnostics problems = validateModel(model);
        EXPECT_TRUE(problems.empty()) << (problems.empty() ? std::string() : QString(problems.front().path + QStringLiteral(": ") + problems.front().message).toStdString());
        options.methodology.asOf = QDate(2026, 1, 1);
        return simulateScenario(model, s, options);
    }
    int index(const QString &id) const
    {
        for (std::size_t i = 0; i < model.nodes.size(); ++i) {
            if (model.nodes[i].id == id)
                return int(i);
        }
        return -1;
    }
};

Event failAt(const QString &node, double month) { return Event{Event::Type::Fail, node, 1.0, {}, month}; }

} // namespace

TEST(ScenarioSimulation, FailedNodesAreFailOfAllSeedsOnRandomModels)
{
    std::mt19937 rng(5);
    for (unsigned seed = 1; seed <= 300; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 6 + int(seed % 20);
        options.edges = options.nodes * 2;
        Model model = generator.generate(options);
        Scenario scenario{QStringLiteral("r"), QStringLiteral("random"), {}};
        bruteforce::Ids seeds;
        std::uniform_int_distribution<int> pick(0, int(model.nodes.size()) - 1), month(0, 40);
        for (int k = 0; k < 1 + int(seed % 3); ++k) {
            const Node &n = model.nodes[std::size_t(pick(rng))];
            const int m = month(rng);
            scenario.events.push_back(failAt(n.id, m));
            if (m < 36)
                seeds.insert(n.id);
        }
        const ScenarioResult r = simulateScenario(model, scenario);
        const bruteforce::Ids expected = bruteforce::fail(model, seeds);
        bruteforce::Ids failed;
        for (const int f : r.failed)
            failed.insert(model.nodes[std::size_t(f)].id);
        EXPECT_EQ(failed, expected) << seed;
        // Every capability in fail(F) went down, and no other.
        bruteforce::Ids down, expectedDown;
        for (const CapabilityRecovery &c : r.capabilities)
            down.insert(model.nodes[std::size_t(c.capability)].id);
        for (const QString &id : expected) {
            if (model.findNode(id)->kind == NodeKind::Capability)
                expectedDown.insert(id);
        }
        EXPECT_EQ(down, expectedDown) << seed;
        if (std::any_of(scenario.events.begin(), scenario.events.end(), [](const Event &e) { return *e.month >= 36; })) {
            EXPECT_FALSE(r.notes.isEmpty()) << "events beyond the horizon are named";
        }
    }
}

TEST(ScenarioSimulation, RecoveryByAnAlternativeWithTimelineDowntimeAndCost)
{
    Landscape l;
    Node &cap = l.add(QStringLiteral("cap"), NodeKind::Capability);
    cap.mtdHours = 100;
    l.application(QStringLiteral("app-a"), QStringLiteral("US"), 1200);
    l.application(QStringLiteral("app-b"), QStringLiteral("NL"), 600);
    l.edge(QStringLiteral("cap"), QStringLiteral("app-a"), EdgeKind::Requires);
    l.alternative(QStringLiteral("app-b"), QStringLiteral("app-a"), 6, 1000);
    ScenarioOptions options;
    options.horizonMonths = 24;
    const ScenarioResult r = l.run({failAt(QStringLiteral("US"), 2)}, options);

    ASSERT_EQ(r.capabilities.size(), 1u);
    const CapabilityRecovery &c = r.capabilities[0];
    EXPECT_EQ(c.downFrom, 2);
    EXPECT_EQ(c.recoveredAt, 8);
    EXPECT_DOUBLE_EQ(c.downtimeMonths, 6);
    EXPECT_EQ(c.exceedsMtd, true); // 6 months of 730 hours > 100 hours
    ASSERT_EQ(c.steps.size(), 1u);
    EXPECT_EQ(c.steps[0].alternative, l.index(QStringLiteral("app-b")));
    EXPECT_FALSE(c.noWayBack);

    ASSERT_EQ(r.months.size(), 2u);
    EXPECT_EQ(r.months[0].month, 2);
    EXPECT_EQ(r.months[0].capabilitiesDown, std::vector<int>{l.index(QStringLiteral("cap"))});
    EXPECT_EQ(r.months[0].switchesStarted.size(), 1u);
    EXPECT_EQ(r.months[1].month, 8);
    EXPECT_EQ(r.months[1].capabilitiesBack, std::vector<int>{l.index(QStringLiteral("cap"))});

    // app-b is only a candidate: not in the baseline. 24 x 100 = 2,400 without the scenario;
    // with it: app-a months 0-7 (800), the switch (1,000), app-b months 8-23 (16 x 50 = 800).
    EXPECT_DOUBLE_EQ(r.baselineCost, 2400);
    EXPECT_DOUBLE_EQ(r.switchingCost, 1000);
    EXPECT_DOUBLE_EQ(r.scenarioCost, 2600);
    ASSERT_EQ(r.monthlyCost.size(), 24u);
    EXPECT_DOUBLE_EQ(r.monthlyCost[2], 1100);
    EXPECT_DOUBLE_EQ(r.monthlyCost[8], 50);
}

TEST(ScenarioSimulation, AnAlternativeThatIsHitItselfIsNoWayBack)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.application(QStringLiteral("app-a"), QStringLiteral("US"), 100);
    l.application(QStringLiteral("app-b"), QStringLiteral("US"), 100);
    l.edge(QStringLiteral("cap"), QStringLiteral("app-a"), EdgeKind::Requires);
    l.alternative(QStringLiteral("app-b"), QStringLiteral("app-a"), 1, 10);
    const ScenarioResult r = l.run({failAt(QStringLiteral("US"), 0)});
    ASSERT_EQ(r.capabilities.size(), 1u);
    const CapabilityRecovery &c = r.capabilities[0];
    EXPECT_TRUE(c.noWayBack);
    EXPECT_FALSE(c.recoveredAt.has_value());
    EXPECT_DOUBLE_EQ(c.downtimeMonths, 36);
    ASSERT_EQ(c.rejected.size(), 1u);
    EXPECT_EQ(c.rejected[0].alternative, l.index(QStringLiteral("app-b")));
    EXPECT_TRUE(c.reason.contains(QStringLiteral("app-a"))) << qPrintable(c.reason);
    EXPECT_FALSE(c.exceedsMtd.has_value()); // no mtd_hours: unknown, not "within"
}

TEST(ScenarioSimulation, PoliciesRankTheWaysBack)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.add(QStringLiteral("host"), NodeKind::Host);
    l.edge(QStringLiteral("host"), QStringLiteral("NL"), EdgeKind::LocatedIn);
    l.application(QStringLiteral("app"), QStringLiteral("NL"), 100);
    l.edge(QStringLiteral("app"), QStringLiteral("host"), EdgeKind::HostedOn);
    l.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    l.application(QStringLiteral("fast-us"), QStringLiteral("US"), 100);
    l.application(QStringLiteral("cheap-nl"), QStringLiteral("NL"), 100);
    l.application(QStringLiteral("slow-nl"), QStringLiteral("NL"), 100);
    l.alternative(QStringLiteral("fast-us"), QStringLiteral("app"), 1, 50000);
    l.alternative(QStringLiteral("cheap-nl"), QStringLiteral("app"), 9, 1000);
    l.alternative(QStringLiteral("slow-nl"), QStringLiteral("app"), 12, 2000);
    // cheap-nl and slow-nl are equally sovereign; a user assessment makes slow-nl the most.
    l.model.nodes[std::size_t(l.index(QStringLiteral("slow-nl")))].attributes[QStringLiteral("seal.SOV-7")] = 4.0;
    const std::vector<std::pair<RecoveryPolicy, QString>> expected{{RecoveryPolicy::Fastest, QStringLiteral("fast-us")},
                                                                   {RecoveryPolicy::Cheapest, QStringLiteral("cheap-nl")},
                                                                   {RecoveryPolicy::MostSovereign, QStringLiteral("slow-nl")}};
    for (const auto &[policy, alternative] : expected) {
        ScenarioOptions options;
        options.policy = policy;
        const ScenarioResult r = l.run({failAt(QStringLiteral("host"), 0)}, options);
        ASSERT_EQ(r.capabilities.size(), 1u);
        ASSERT_EQ(r.capabilities[0].steps.size(), 1u);
        EXPECT_EQ(r.capabilities[0].steps[0].alternative, l.index(alternative)) << qPrintable(toString(policy));
    }
}

TEST(ScenarioSimulation, APriceRiseOnAParentReachesWhatItsSubsidiariesProvide)
{
    Landscape l;
    l.application(QStringLiteral("app"), QStringLiteral("NL"), 1200);
    l.add(QStringLiteral("parent"), NodeKind::Supplier);
    l.edge(QStringLiteral("parent"), QStringLiteral("US"), EdgeKind::IncorporatedIn);
    l.edge(QStringLiteral("sup-app"), QStringLiteral("parent"), EdgeKind::SubsidiaryOf);
    ScenarioOptions options;
    options.horizonMonths = 12;
    const ScenarioResult r = l.run({Event{Event::Type::Price, QStringLiteral("parent"), 3.0, {}, 6.0}}, options);
    EXPECT_DOUBLE_EQ(r.baselineCost, 1200);
    EXPECT_DOUBLE_EQ(r.scenarioCost, 6 * 100 + 6 * 300);
    EXPECT_TRUE(r.capabilities.empty());
}

TEST(ScenarioSimulation, AnAcquisitionMovesTheSovereigntyFigures)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.application(QStringLiteral("app"), QStringLiteral("NL"), 100);
    l.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    l.add(QStringLiteral("buyer"), NodeKind::Supplier);
    l.edge(QStringLiteral("buyer"), QStringLiteral("US"), EdgeKind::IncorporatedIn);
    const ScenarioResult r = l.run({Event{Event::Type::Acquire, QStringLiteral("sup-app"), 1.0, QStringLiteral("buyer"), 3.0}});
    ASSERT_EQ(r.sovereignty.size(), 1u);
    EXPECT_EQ(r.sovereignty[0].application, l.index(QStringLiteral("app")));
    EXPECT_GT(r.sovereignty[0].scoreBefore, r.sovereignty[0].scoreAfter);
    EXPECT_EQ(r.sovereignty[0].overallAfter, 0); // now in reach of a non-EU law, under a non-EU parent
    ASSERT_FALSE(r.concentration.empty());
    // A circular acquisition (buying your own parent's owner) is refused and said so.
    l.add(QStringLiteral("daughter"), NodeKind::Supplier);
    l.edge(QStringLiteral("daughter"), QStringLiteral("sup-app"), EdgeKind::SubsidiaryOf);
    const ScenarioResult circular = l.run({Event{Event::Type::Acquire, QStringLiteral("sup-app"), 1.0, QStringLiteral("daughter"), 0.0}});
    EXPECT_TRUE(circular.sovereignty.empty());
    ASSERT_EQ(circular.notes.size(), 1);
    EXPECT_TRUE(circular.notes[0].contains(QStringLiteral("daughter")));
}

TEST(ScenarioSimulation, RedundancyThatHoldsIsReportedAndUnknownSwitchTimesLeaveTheEndOpen)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.application(QStringLiteral("one"), QStringLiteral("US"), 100);
    l.application(QStringLiteral("two"), QStringLiteral("NL"), 100);
    l.edge(QStringLiteral("cap"), QStringLiteral("one"), EdgeKind::Requires, QStringLiteral("g"));
    l.edge(QStringLiteral("cap"), QStringLiteral("two"), EdgeKind::Requires, QStringLiteral("g"));
    l.add(QStringLiteral("single"), NodeKind::Capability);
    l.application(QStringLiteral("three"), QStringLiteral("US"), 100);
    l.application(QStringLiteral("spare"), QStringLiteral("NL"), 100);
    l.edge(QStringLiteral("single"), QStringLiteral("three"), EdgeKind::Requires);
    l.alternative(QStringLiteral("spare"), QStringLiteral("three"), std::nullopt, 500);
    const ScenarioResult r = l.run({failAt(QStringLiteral("US"), 1)});
    ASSERT_EQ(r.held.size(), 1u);
    EXPECT_EQ(r.held[0].capability, l.index(QStringLiteral("cap")));
    EXPECT_EQ(r.held[0].lost, std::vector<int>{l.index(QStringLiteral("one"))});
    ASSERT_EQ(r.capabilities.size(), 1u);
    const CapabilityRecovery &c = r.capabilities[0];
    EXPECT_FALSE(c.noWayBack);
    EXPECT_FALSE(c.recoveredAt.has_value());
    EXPECT_TRUE(c.reason.contains(QStringLiteral("switch_months"))) << qPrintable(c.reason);
    EXPECT_DOUBLE_EQ(c.downtimeMonths, 35);
}

TEST(ScenarioSimulation, APlanIsRedoneWhenItsAlternativeIsHitLater)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.jurisdiction(QStringLiteral("DE"), true);
    l.application(QStringLiteral("app"), QStringLiteral("US"), 100);
    l.application(QStringLiteral("alt-de"), QStringLiteral("DE"), 100);
    l.application(QStringLiteral("alt-nl"), QStringLiteral("NL"), 100);
    l.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    l.alternative(QStringLiteral("alt-de"), QStringLiteral("app"), 2, 100);
    l.alternative(QStringLiteral("alt-nl"), QStringLiteral("app"), 4, 100);
    const ScenarioResult r = l.run({failAt(QStringLiteral("US"), 0), failAt(QStringLiteral("DE"), 10)});
    ASSERT_EQ(r.capabilities.size(), 1u);
    const CapabilityRecovery &c = r.capabilities[0];
    // Down 0-2 on the way to alt-de, back, down again at 10 when DE fails, back at 14 on alt-nl.
    EXPECT_EQ(c.recoveredAt, 14);
    EXPECT_DOUBLE_EQ(c.downtimeMonths, 2 + 4);
    ASSERT_EQ(c.steps.size(), 1u);
    EXPECT_EQ(c.steps[0].alternative, l.index(QStringLiteral("alt-nl")));
}

TEST(ScenarioSimulation, UnvalidatedEventsAreLeftOutWithANoteNotACrash)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.application(QStringLiteral("app"), QStringLiteral("US"), 1200);
    l.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    // Straight to the engine, past validation, as an edited or templated scenario could come.
    const Scenario s{QStringLiteral("s"), QStringLiteral("unchecked"),
                     {Event{Event::Type::Acquire, QStringLiteral("sup-app"), 1.0, QStringLiteral("ghost"), 1.0},
                      Event{Event::Type::Fail, QStringLiteral("nowhere"), 1.0, {}, 0.0},
                      Event{Event::Type::Price, QStringLiteral("sup-app"), -2.0, {}, 0.0},
                      Event{Event::Type::Fail, QStringLiteral("US"), 1.0, {}, -3.0}}};
    const ScenarioResult r = simulateScenario(l.model, s);
    EXPECT_EQ(r.notes.size(), 4) << qPrintable(r.notes.join(u'\n'));
    ASSERT_EQ(r.capabilities.size(), 1u);
    EXPECT_EQ(r.capabilities[0].downFrom, 0);
    EXPECT_TRUE(r.sovereignty.empty());
}

TEST(ScenarioSimulation, ALaterFailureUnderARecoveredCapabilityTakesItDownAgain)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.jurisdiction(QStringLiteral("DE"), true);
    l.application(QStringLiteral("app"), QStringLiteral("US"), 100);
    l.application(QStringLiteral("alt"), QStringLiteral("NL"), 100);
    l.application(QStringLiteral("db"), QStringLiteral("DE"), 100); // needed by cap, no alternative
    l.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    l.edge(QStringLiteral("cap"), QStringLiteral("db"), EdgeKind::Requires);
    l.alternative(QStringLiteral("alt"), QStringLiteral("app"), 2, 100);
    const ScenarioResult r = l.run({failAt(QStringLiteral("US"), 0), failAt(QStringLiteral("DE"), 10)});
    ASSERT_EQ(r.capabilities.size(), 1u);
    const CapabilityRecovery &c = r.capabilities[0];
    EXPECT_TRUE(c.noWayBack);
    EXPECT_DOUBLE_EQ(c.downtimeMonths, 2 + 26); // 0-2, then 10 to the end of 36 months
}

TEST(ScenarioSimulation, PriceRisesCountOncePerApplicationAndAlternativesInUseAreNotCountedTwice)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.add(QStringLiteral("other"), NodeKind::Capability);
    l.application(QStringLiteral("app"), QStringLiteral("US"), 1200);
    l.add(QStringLiteral("parent"), NodeKind::Supplier);
    l.edge(QStringLiteral("parent"), QStringLiteral("NL"), EdgeKind::IncorporatedIn);
    l.edge(QStringLiteral("sup-app"), QStringLiteral("parent"), EdgeKind::SubsidiaryOf);
    l.edge(QStringLiteral("app"), QStringLiteral("parent"), EdgeKind::ProvidedBy); // both the parent and its company
    l.application(QStringLiteral("shared"), QStringLiteral("NL"), 2400);          // in use elsewhere, also the alternative
    l.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    l.edge(QStringLiteral("other"), QStringLiteral("shared"), EdgeKind::Requires);
    l.alternative(QStringLiteral("shared"), QStringLiteral("app"), 0, 0);
    ScenarioOptions options;
    options.horizonMonths = 12;
    const ScenarioResult price = l.run({Event{Event::Type::Price, QStringLiteral("parent"), 2.0, {}, 0.0}}, options);
    EXPECT_DOUBLE_EQ(price.scenarioCost, 2 * 1200 + 2400); // factor 2 once, not 4
    const ScenarioResult cutoff = l.run({failAt(QStringLiteral("US"), 0)}, options);
    // app stops at once (switch of 0 months), shared runs as before: 2,400 only.
    EXPECT_DOUBLE_EQ(cutoff.scenarioCost, 2400);
}

TEST(ScenarioSimulation, APriceRiseShowsWhetherSwitchingPaysOff)
{
    Landscape l;
    l.add(QStringLiteral("cap"), NodeKind::Capability);
    l.application(QStringLiteral("app"), QStringLiteral("US"), 1200);
    l.application(QStringLiteral("alt"), QStringLiteral("NL"), 600);
    l.application(QStringLiteral("dear"), QStringLiteral("NL"), 6000);
    l.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    l.alternative(QStringLiteral("alt"), QStringLiteral("app"), 2, 500);
    l.alternative(QStringLiteral("dear"), QStringLiteral("app"), 1, 100);
    ScenarioOptions options;
    options.horizonMonths = 12;
    const ScenarioResult r = l.run({Event{Event::Type::Price, QStringLiteral("sup-app"), 3.0, {}, 0.0}}, options);
    ASSERT_EQ(r.priceExits.size(), 2u);
    const PriceExit &best = r.priceExits[0];
    EXPECT_EQ(best.alternative, l.index(QStringLiteral("alt")));
    // Staying: 12 x 300. Switching: 500 + 2 months at 300 + 10 months of the alternative at 50.
    EXPECT_DOUBLE_EQ(best.stayCost, 3600);
    EXPECT_DOUBLE_EQ(*best.switchTotal, 1600);
    EXPECT_DOUBLE_EQ(*best.saving, 2000);
    // The dear one: 100 + 300 + 11 x 500 = 5,900: staying is cheaper by 2,300.
    EXPECT_DOUBLE_EQ(*r.priceExits[1].saving, -2300);
}
