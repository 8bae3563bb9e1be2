// SPDX-License-Identifier: GPL-3.0-or-later
// The data behind the scenario charts: timeline rows, downtime against the MTD, the cost series
// and the failed nodes per month, on the sample (values worked out by hand from the simulation's
// own output, docs/scenarios.md) and as invariants on random models.
#include "bruteforce.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "randommodel.h"
#include "scenariosimulation.h"
#include "scenariotemplate.h"
#include "scenariotimeline.h"
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace antrum;

namespace {

Model sample()
{
    ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model);
    return loaded.model ? *loaded.model : Model{};
}

ScenarioResult runStored(const Model &model, const QString &id, ScenarioOptions options = {})
{
    for (const Scenario &s : model.scenarios) {
        if (s.id == id)
            return simulateScenario(model, s, options);
    }
    ADD_FAILURE() << "no scenario " << qPrintable(id);
    return {};
}

ScenarioResult runTemplate(const Model &model, const QString &id)
{
    QFile file(test::sourcePath(QStringLiteral("data/scenarios/") + id + QStringLiteral(".json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const std::optional<ScenarioTemplate> t = readScenarioTemplate(file.readAll(), id, &errors);
    EXPECT_TRUE(t) << qPrintable(errors.join(u'\n'));
    const std::optional<InstantiatedScenario> s = t ? instantiateTemplate(*t, model, {}, QStringLiteral("en"), &errors) : std::nullopt;
    EXPECT_TRUE(s) << qPrintable(errors.join(u'\n'));
    return s ? simulateScenario(model, s->scenario) : ScenarioResult{};
}

QStringList rowIds(const std::vector<TimelineRow> &rows)
{
    QStringList ids;
    for (const TimelineRow &r : rows)
        ids << r.id;
    return ids;
}

const TimelineRow &row(const std::vector<TimelineRow> &rows, const QString &id)
{
    static const TimelineRow none;
    for (const TimelineRow &r : rows) {
        if (r.id == id)
            return r;
    }
    ADD_FAILURE() << "no row " << qPrintable(id);
    return none;
}

double segmentLength(const TimelineRow &r)
{
    double sum = 0;
    for (const DownSegment &s : r.segments)
        sum += s.to - s.from;
    return sum;
}

Event failAt(const QString &node, double month) { return Event{Event::Type::Fail, node, 1.0, {}, month}; }

} // namespace

TEST(ScenarioTimeline, TheForeignCutOffOnTheSampleWorstOnTop)
{
    const Model model = sample();
    const ScenarioResult r = runTemplate(model, QStringLiteral("foreign-cutoff"));
    const std::vector<TimelineRow> rows = scenarioTimeline(model, r);
    // No way back (36 months down, by id), then the recovered ones by downtime: office 12,
    // mail 9, then brp, fin and sociaal with 8 months each, by id.
    EXPECT_EQ(rowIds(rows), (QStringList{QStringLiteral("cap-geo"), QStringLiteral("cap-iam"), QStringLiteral("cap-web"),
                                         QStringLiteral("cap-werkplek"), QStringLiteral("cap-zaak"), QStringLiteral("cap-office"),
                                         QStringLiteral("cap-mail"), QStringLiteral("cap-brp"), QStringLiteral("cap-fin"),
                                         QStringLiteral("cap-sociaal")}));

    const TimelineRow &iam = row(rows, QStringLiteral("cap-iam"));
    EXPECT_EQ(iam.downFrom, 0);
    EXPECT_FALSE(iam.recoveredAt);
    EXPECT_EQ(iam.horizonMonths, 36);
    EXPECT_DOUBLE_EQ(iam.downtimeMonths, 36);
    EXPECT_TRUE(iam.noWayBack);
    EXPECT_TRUE(iam.reason.contains(QStringLiteral("app-entra"))) << qPrintable(iam.reason);
    EXPECT_TRUE(iam.steps.empty());
    ASSERT_TRUE(iam.mtdMonths);
    EXPECT_DOUBLE_EQ(*iam.mtdMonths, 4.0 / 730); // mtd_hours 4
    EXPECT_EQ(iam.exceedsMtd, true);
    EXPECT_EQ(iam.nodeIds, QStringList{QStringLiteral("cap-iam")});

    const TimelineRow &brp = row(rows, QStringLiteral("cap-brp"));
    EXPECT_EQ(brp.recoveredAt, 8);
    EXPECT_DOUBLE_EQ(brp.downtimeMonths, 8);
    EXPECT_FALSE(brp.noWayBack);
    ASSERT_EQ(brp.steps.size(), 1u);
    EXPECT_EQ(brp.steps[0].replaced, QStringLiteral("app-vsphere"));
    EXPECT_EQ(brp.steps[0].alternative, QStringLiteral("app-alt-proxmox"));
    EXPECT_EQ(brp.steps[0].switchMonths, 8.0);
    EXPECT_EQ(brp.steps[0].switchCost, 140000.0);
    // 8 hours of MTD are 8/730 month: a sliver within, the rest beyond, the limit at 8/730.
    const double mtd = 8.0 / 730;
    ASSERT_EQ(brp.segments.size(), 2u);
    EXPECT_EQ(brp.segments[0].state, DowntimeState::WithinMtd);
    EXPECT_DOUBLE_EQ(brp.segments[0].from, 0);
    EXPECT_DOUBLE_EQ(brp.segments[0].to, mtd);
    EXPECT_EQ(brp.segments[1].state, DowntimeState::BeyondMtd);
    EXPECT_DOUBLE_EQ(brp.segments[1].from, mtd);
    EXPECT_DOUBLE_EQ(brp.segments[1].to, 8);
    ASSERT_TRUE(brp.mtdRunsOutAt);
    EXPECT_DOUBLE_EQ(*brp.mtdRunsOutAt, mtd);
    EXPECT_EQ(brp.nodeIds, (QStringList{QStringLiteral("cap-brp"), QStringLiteral("app-vsphere"), QStringLiteral("app-alt-proxmox")}));

    const TimelineRow &office = row(rows, QStringLiteral("cap-office"));
    EXPECT_EQ(office.recoveredAt, 12);
    EXPECT_EQ(office.steps.size(), 2u);
    EXPECT_EQ(office.nodeIds, (QStringList{QStringLiteral("cap-office"), QStringLiteral("app-m365apps"), QStringLiteral("app-alt-collabora"),
                                           QStringLiteral("app-sharepoint"), QStringLiteral("app-alt-nextcloud")}));
    EXPECT_EQ(office.criticality, model.findNode(QStringLiteral("cap-office"))->effectiveCriticality());
    EXPECT_EQ(office.name, model.findNode(QStringLiteral("cap-office"))->name);

    // Downtime against the limit, in the same order.
    const std::vector<DowntimeBar> bars = downtimeVersusLimit(model, r);
    ASSERT_EQ(bars.size(), rows.size());
    EXPECT_EQ(bars[7].id, QStringLiteral("cap-brp"));
    EXPECT_DOUBLE_EQ(bars[7].withinMonths, mtd);
    EXPECT_DOUBLE_EQ(bars[7].beyondMonths, 8 - mtd);
    EXPECT_DOUBLE_EQ(bars[7].unknownMonths, 0);
    EXPECT_EQ(bars[7].exceedsMtd, true);
    EXPECT_TRUE(bars[0].noWayBack);

    // Cost: 3,870,000 over 36 months is 107,500 a month; month 0 carries the four switches
    // (690,000), so 797,500; in the end 4,143,750.
    const std::vector<CostPoint> cost = scenarioCostSeries(model, r);
    ASSERT_EQ(cost.size(), 36u);
    EXPECT_DOUBLE_EQ(cost[0].baseline, 107500);
    EXPECT_DOUBLE_EQ(cost[0].monthly, 797500);
    EXPECT_DOUBLE_EQ(cost[0].scenario, 797500);
    EXPECT_DOUBLE_EQ(cost[0].switching, 690000);
    EXPECT_EQ(cost[0].switches.size(), 4u);
    EXPECT_TRUE(cost[0].nodeIds.contains(QStringLiteral("app-alt-ox")));
    EXPECT_DOUBLE_EQ(cost[1].scenario, 797500 + 107500);
    EXPECT_DOUBLE_EQ(cost[8].monthly, 99000); // vSphere replaced by Proxmox
    EXPECT_NEAR(cost[35].baseline, 3870000, 1e-6);
    EXPECT_NEAR(cost[35].scenario, 4143750, 0.01);
    const std::vector<CostPoint> marked = switchingPoints(cost);
    ASSERT_EQ(marked.size(), 1u);
    EXPECT_EQ(marked[0].month, 0);

    // Everything fails in month 0.
    EXPECT_TRUE(failedNodesAt(model, r, -1).isEmpty());
    const QStringList failed = failedNodesAt(model, r, 0);
    EXPECT_EQ(failed.size(), 39);
    EXPECT_TRUE(failed.contains(QStringLiteral("US")));
    EXPECT_TRUE(failed.contains(QStringLiteral("cap-iam")));
    EXPECT_FALSE(failed.contains(QStringLiteral("cap-telefonie"))); // held by redundancy
    EXPECT_EQ(failed, failedNodesAtEnd(model, r));
}

TEST(ScenarioTimeline, TheStoredUsCutOffStartsInMonthSixAfterAPriceRise)
{
    const Model model = sample();
    const ScenarioResult r = runStored(model, QStringLiteral("scn-us-cutoff"));
    const std::vector<TimelineRow> rows = scenarioTimeline(model, r);
    ASSERT_EQ(rows.size(), 10u);
    const TimelineRow &geo = row(rows, QStringLiteral("cap-geo"));
    EXPECT_EQ(geo.downFrom, 6);
    EXPECT_DOUBLE_EQ(geo.downtimeMonths, 30);
    ASSERT_EQ(geo.segments.size(), 2u); // 72 hours within, then beyond to month 36
    EXPECT_DOUBLE_EQ(geo.segments[0].from, 6);
    EXPECT_DOUBLE_EQ(geo.segments[1].to, 36);
    EXPECT_DOUBLE_EQ(*geo.mtdRunsOutAt, 6 + 72.0 / 730);
    const TimelineRow &mail = row(rows, QStringLiteral("cap-mail"));
    EXPECT_EQ(mail.recoveredAt, 15);
    EXPECT_DOUBLE_EQ(segmentLength(mail), 9);

    // docs/scenarios.md §3: 111,875 a month (30% on what sup-ms-ie provides), 801,875 in
    // month 6 with the switches, 4,318,625 in all.
    const std::vector<CostPoint> cost = scenarioCostSeries(model, r);
    ASSERT_EQ(cost.size(), 36u);
    EXPECT_DOUBLE_EQ(cost[0].monthly, 111875);
    EXPECT_DOUBLE_EQ(cost[5].scenario, 6 * 111875.0);
    EXPECT_DOUBLE_EQ(cost[6].monthly, 801875);
    EXPECT_DOUBLE_EQ(cost[6].switching, 690000);
    EXPECT_DOUBLE_EQ(cost[0].switching, 0);
    EXPECT_DOUBLE_EQ(cost[14].monthly, 103375);
    EXPECT_NEAR(cost[35].scenario, 4318625, 0.01);
    EXPECT_NEAR(cost[5].baseline, 6 * 107500.0, 1e-6);

    // The price rise fails nothing: the graph shows no failure before month 6.
    EXPECT_TRUE(failedNodesAt(model, r, 5).isEmpty());
    EXPECT_EQ(failedNodesAt(model, r, 6).size(), 39);
    EXPECT_EQ(failedNodesAt(model, r, 100), failedNodesAtEnd(model, r));
}

TEST(ScenarioTimeline, ACapabilityThatComesBackAndGoesDownAgainHasAGap)
{
    // cap needs app (hit by US at month 0, alternative alt in 2 months) and db (hit by DE at
    // month 10, no alternative): down 0-2, up 2-10, down 10-36 with no way back.
    Model m;
    m.name = QStringLiteral("gap");
    m.homeJurisdictions = QStringList{QStringLiteral("NL")};
    const auto add = [&m](const QString &id, NodeKind kind) -> Node & {
        m.nodes.push_back(Node{id, kind, id});
        return m.nodes.back();
    };
    const auto edge = [&m](const QString &from, const QString &to, EdgeKind kind) -> Edge & {
        m.edges.push_back(Edge{from, to, kind});
        return m.edges.back();
    };
    for (const QString &j : {QStringLiteral("NL"), QStringLiteral("US"), QStringLiteral("DE")})
        add(j, NodeKind::Jurisdiction).attributes[QStringLiteral("eu_member")] = j != u"US";
    add(QStringLiteral("cap"), NodeKind::Capability).mtdHours = 3 * 730; // 3 months
    const auto application = [&](const QString &id, const QString &seat) {
        add(id, NodeKind::Application).attributes[QStringLiteral("annual_cost")] = 1200.0;
        add(QStringLiteral("sup-") + id, NodeKind::Supplier);
        edge(id, QStringLiteral("sup-") + id, EdgeKind::ProvidedBy);
        edge(QStringLiteral("sup-") + id, seat, EdgeKind::IncorporatedIn);
    };
    application(QStringLiteral("app"), QStringLiteral("US"));
    application(QStringLiteral("alt"), QStringLiteral("NL"));
    application(QStringLiteral("db"), QStringLiteral("DE"));
    edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    edge(QStringLiteral("cap"), QStringLiteral("db"), EdgeKind::Requires);
    Edge &alt = edge(QStringLiteral("alt"), QStringLiteral("app"), EdgeKind::AlternativeFor);
    alt.switchMonths = 2;
    alt.switchCost = 500;
    const Scenario s{QStringLiteral("s"), QStringLiteral("gap"), {failAt(QStringLiteral("US"), 0), failAt(QStringLiteral("DE"), 10)}};
    const ScenarioResult r = simulateScenario(m, s);

    const std::vector<TimelineRow> rows = scenarioTimeline(m, r);
    ASSERT_EQ(rows.size(), 1u);
    const TimelineRow &cap = rows[0];
    EXPECT_TRUE(cap.noWayBack);
    EXPECT_DOUBLE_EQ(cap.downtimeMonths, 28);
    // Within the 3 months: 0-2 and 10-11; beyond from 11.
    ASSERT_EQ(cap.segments.size(), 3u);
    EXPECT_EQ(cap.segments[0].state, DowntimeState::WithinMtd);
    EXPECT_DOUBLE_EQ(cap.segments[0].from, 0);
    EXPECT_DOUBLE_EQ(cap.segments[0].to, 2);
    EXPECT_EQ(cap.segments[1].state, DowntimeState::WithinMtd);
    EXPECT_DOUBLE_EQ(cap.segments[1].from, 10);
    EXPECT_DOUBLE_EQ(cap.segments[1].to, 11);
    EXPECT_EQ(cap.segments[2].state, DowntimeState::BeyondMtd);
    EXPECT_DOUBLE_EQ(cap.segments[2].from, 11);
    EXPECT_DOUBLE_EQ(cap.segments[2].to, 36);
    EXPECT_DOUBLE_EQ(*cap.mtdRunsOutAt, 11);

    // Failed per month: US and what it takes at 0; DE, db and its supplier join at 10.
    const QStringList at0 = failedNodesAt(m, r, 0);
    EXPECT_TRUE(at0.contains(QStringLiteral("app")));
    EXPECT_FALSE(at0.contains(QStringLiteral("db")));
    EXPECT_EQ(failedNodesAt(m, r, 9), at0);
    EXPECT_TRUE(failedNodesAt(m, r, 10).contains(QStringLiteral("db")));

    // Without an MTD every stretch is "unknown", and there is no limit to draw.
    m.nodes[3].mtdHours.reset();
    const std::vector<TimelineRow> unknown = scenarioTimeline(m, simulateScenario(m, s));
    ASSERT_EQ(unknown[0].segments.size(), 2u);
    EXPECT_EQ(unknown[0].segments[0].state, DowntimeState::MtdUnknown);
    EXPECT_FALSE(unknown[0].mtdRunsOutAt);
    EXPECT_FALSE(unknown[0].exceedsMtd);
    const std::vector<DowntimeBar> bars = downtimeVersusLimit(m, simulateScenario(m, s));
    EXPECT_DOUBLE_EQ(bars[0].unknownMonths, 28);
}

namespace {

/// Checks every invariant of the chart data against the result and a direct recomputation.
void checkInvariants(const Model &model, const Scenario &scenario, const ScenarioResult &r, const std::string &what)
{
    SCOPED_TRACE(what);
    const std::vector<TimelineRow> rows = scenarioTimeline(model, r);
    ASSERT_EQ(rows.size(), r.capabilities.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TimelineRow &row = rows[i];
        EXPECT_EQ(row.nodeIds.value(0), row.id);
        EXPECT_NEAR(segmentLength(row), row.downtimeMonths, 1e-9) << qPrintable(row.id);
        double last = row.downFrom;
        for (const DownSegment &s : row.segments) {
            EXPECT_GE(s.from, last - 1e-12);
            EXPECT_GT(s.to, s.from);
            EXPECT_LE(s.to, r.horizonMonths + 1e-12);
            last = s.to;
        }
        if (!row.segments.empty()) {
            EXPECT_DOUBLE_EQ(row.segments.front().from, row.downFrom);
            EXPECT_DOUBLE_EQ(row.segments.back().to, row.recoveredAt ? double(*row.recoveredAt) : double(r.horizonMonths));
        }
        double beyond = 0;
        for (const DownSegment &s : row.segments) {
            EXPECT_EQ(s.state == DowntimeState::MtdUnknown, !row.mtdMonths);
            if (s.state == DowntimeState::BeyondMtd)
                beyond += s.to - s.from;
        }
        if (row.exceedsMtd) {
            EXPECT_EQ(beyond > 0, *row.exceedsMtd) << qPrintable(row.id);
        }
        if (row.mtdMonths && beyond > 0) {
            EXPECT_NEAR(row.downtimeMonths - beyond, *row.mtdMonths, 1e-9);
        }
        if (i > 0) { // worst on top
            const TimelineRow &prev = rows[i - 1];
            const auto key = [](const TimelineRow &t) { return std::make_tuple(t.recoveredAt.has_value(), -t.downtimeMonths, t.id); };
            EXPECT_LT(key(prev), key(row));
        }
    }
    for (const DowntimeBar &bar : downtimeVersusLimit(model, r))
        EXPECT_NEAR(bar.withinMonths + bar.beyondMonths + bar.unknownMonths, bar.downtimeMonths, 1e-9);

    const std::vector<CostPoint> cost = scenarioCostSeries(model, r);
    ASSERT_EQ(int(cost.size()), r.horizonMonths);
    double switching = 0;
    for (std::size_t m = 0; m < cost.size(); ++m) {
        EXPECT_EQ(cost[m].month, int(m));
        switching += cost[m].switching;
        if (m > 0) {
            EXPECT_NEAR(cost[m].scenario - cost[m - 1].scenario, cost[m].monthly, 1e-6);
        }
    }
    EXPECT_NEAR(switching, r.switchingCost, 1e-6);
    if (!cost.empty()) {
        EXPECT_NEAR(cost.back().scenario, r.scenarioCost, 1e-6 * std::max(1.0, r.scenarioCost));
        EXPECT_NEAR(cost.back().baseline, r.baselineCost, 1e-6 * std::max(1.0, r.baselineCost));
    }

    // The failed part at each month is fail() of the fail events up to that month.
    QStringList before;
    for (int m = 0; m < r.horizonMonths; ++m) {
        bruteforce::Ids seeds;
        for (const Event &e : scenario.events) {
            if (e.type == Event::Type::Fail && int(std::floor(e.month.value_or(0))) <= m)
                seeds.insert(e.node);
        }
        const bruteforce::Ids expected = bruteforce::fail(model, seeds);
        const QStringList failed = failedNodesAt(model, r, m);
        EXPECT_EQ(failed, QStringList(expected.begin(), expected.end())) << "month " << m;
        for (const QString &id : before) {
            EXPECT_TRUE(failed.contains(id)) << "failures accumulate";
        }
        before = failed;
    }
    EXPECT_EQ(failedNodesAt(model, r, r.horizonMonths - 1), failedNodesAtEnd(model, r));
}

} // namespace

TEST(ScenarioTimeline, InvariantsHoldOnRandomModels)
{
    std::mt19937 rng(11);
    for (unsigned seed = 1; seed <= 150; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 6 + int(seed % 20);
        options.edges = options.nodes * 2;
        const Model model = generator.generate(options);
        Scenario scenario{QStringLiteral("r"), QStringLiteral("random"), {}};
        std::uniform_int_distribution<int> pick(0, int(model.nodes.size()) - 1), month(0, 30);
        for (int k = 0; k < 1 + int(seed % 3); ++k)
            scenario.events.push_back(failAt(model.nodes[std::size_t(pick(rng))].id, month(rng)));
        ScenarioOptions o;
        o.horizonMonths = 24;
        checkInvariants(model, scenario, simulateScenario(model, scenario, o), "random model " + std::to_string(seed));
    }
}

TEST(ScenarioTimeline, InvariantsHoldOnGeneratedLandscapesWithAlternatives)
{
    std::mt19937 rng(3);
    int recoveredInAll = 0;
    for (quint64 seed = 1; seed <= 12; ++seed) {
        const Model model = generateModel(150, seed);
        Scenario scenario{QStringLiteral("g"), QStringLiteral("generated"), {}};
        std::uniform_int_distribution<int> pick(0, int(model.nodes.size()) - 1), month(0, 20);
        // Hit applications that have an alternative (so that capabilities come back), and
        // anything else later (so that some go down again).
        QStringList replaceable;
        for (const Edge &e : model.edges) {
            if (e.kind == EdgeKind::AlternativeFor && !replaceable.contains(e.to))
                replaceable << e.to;
        }
        if (replaceable.isEmpty())
            continue;
        for (int k = 0; k < 3; ++k)
            scenario.events.push_back(failAt(replaceable.at(int(rng() % unsigned(replaceable.size()))), month(rng)));
        scenario.events.push_back(failAt(model.nodes[std::size_t(pick(rng))].id, month(rng)));
        int recovered = 0;
        const ScenarioResult r = simulateScenario(model, scenario);
        for (const CapabilityRecovery &c : r.capabilities)
            recovered += c.recoveredAt.has_value();
        recoveredInAll += recovered;
        checkInvariants(model, scenario, r, "generated landscape " + std::to_string(seed) + " (" + std::to_string(recovered) + " recovered)");
    }
    EXPECT_GT(recoveredInAll, 0) << "the landscapes exercise recoveries";
}
