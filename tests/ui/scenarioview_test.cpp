// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario view offscreen: the library built in, a run of the sanctions case on the sample
// with its charts checked against the result, edits of the working copy (parameters, horizon,
// policy, events) that change the result, invalid event rows refused with their reason, bar
// clicks, the month slider feeding the graph, and a screenshot (ANTRUM_SCENARIO_SHOTS).
#include "scenarioview.h"

#include "chartpanel.h"
#include "graphview.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "scenariotimeline.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

using namespace antrum;

namespace {

Model sample()
{
    ModelFileResult r = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_EQ(r.status, ModelFileResult::Status::Ok);
    return r.model ? *r.model : Model{};
}

const QString Cutoff = QStringLiteral("template:foreign-cutoff");

QHorizontalStackedBarSeries *barsOf(ChartPanel *panel)
{
    if (!panel->chart())
        return nullptr;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(s))
            return bars;
    }
    return nullptr;
}

QStringList categoriesOf(ChartPanel *panel)
{
    for (QAbstractAxis *axis : panel->chart()->axes(Qt::Vertical)) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    }
    return {};
}

bool isDown(const QBarSet *set)
{
    return set->label().startsWith(u"Down");
}

/// The months drawn as "down" per category.
std::vector<double> downPerCategory(QHorizontalStackedBarSeries *series, int categories)
{
    std::vector<double> sums(std::size_t(categories), 0.0);
    for (QBarSet *set : series->barSets()) {
        if (!isDown(set))
            continue;
        for (int c = 0; c < categories && c < set->count(); ++c)
            sums[std::size_t(c)] += set->at(c);
    }
    return sums;
}

QBarSet *setNamed(QHorizontalStackedBarSeries *series, const QString &label, int category)
{
    for (QBarSet *set : series->barSets()) {
        if (set->label() == label && set->at(category) > 0)
            return set;
    }
    return nullptr;
}

struct Shown {
    ScenarioView view;
    Model model = sample();
    Shown()
    {
        view.resize(1600, 1000);
        view.setModel(model);
    }
};

} // namespace

TEST(ScenarioView, OffersTheStoredScenariosAndEveryTemplateOfTheLibrary)
{
    Shown s;
    const QStringList choices = s.view.scenarioChoices();
    for (const Scenario &stored : s.model.scenarios)
        EXPECT_TRUE(choices.contains(stored.id)) << qPrintable(stored.id);
    // Every template of data/scenarios is built in (:/scenarios), and nothing else.
    const QStringList files = QDir(test::sourcePath(QStringLiteral("data/scenarios"))).entryList({QStringLiteral("*.json")});
    ASSERT_GE(files.size(), 6);
    int templates = 0;
    for (const QString &file : files)
        EXPECT_TRUE(choices.contains(QStringLiteral("template:") + file.chopped(5))) << qPrintable(file) << " is not in :/scenarios";
    for (const QString &c : choices)
        templates += c.startsWith(u"template:");
    EXPECT_EQ(templates, files.size());
    EXPECT_EQ(choices.size(), qsizetype(s.model.scenarios.size()) + files.size());

    // Names in the language of the interface.
    s.view.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(s.view.choiceName(Cutoff), QStringLiteral("Library: Cut-off by a foreign jurisdiction"));
    s.view.setLanguage(QStringLiteral("nl"));
    EXPECT_TRUE(s.view.choiceName(Cutoff).contains(QStringLiteral("Afsluiting door een buitenlands rechtsgebied")));
    EXPECT_EQ(s.view.choiceName(QStringLiteral("scn-vmware-price")), QStringLiteral("Prijsschok VMware na overname door Broadcom"));
    EXPECT_FALSE(s.view.selectScenario(QStringLiteral("template:no-such-template")));
    EXPECT_FALSE(s.view.selectScenario(QStringLiteral("scn-none")));
}

TEST(ScenarioView, RunsTheSanctionsCaseInTheBackgroundAndItsChartsShowTheResult)
{
    Shown s;
    s.view.setLanguage(QStringLiteral("en"));
    QSignalSpy shown(&s.view, &ScenarioView::resultShown);
    QSignalSpy failed(&s.view, &ScenarioView::failedNodesChanged);
    ASSERT_TRUE(s.view.selectScenario(Cutoff));
    EXPECT_TRUE(s.view.isRunning()); // off the GUI thread: not done when selectScenario returns
    s.view.waitForRun();
    EXPECT_FALSE(s.view.isRunning());
    EXPECT_GE(shown.count(), 1);
    const ScenarioResult *r = s.view.result();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->scenarioId, QStringLiteral("foreign-cutoff"));
    EXPECT_EQ(r->capabilities.size(), 10u);
    EXPECT_EQ(s.view.workingCopy().events.size(), 1u);
    EXPECT_EQ(s.view.workingCopy().events[0].node, QStringLiteral("US"));
    ASSERT_EQ(s.view.parameterChoices().size(), 1);
    EXPECT_TRUE(s.view.parameterChoices()[0].startsWith(QStringLiteral("jurisdiction = US"))) << qPrintable(s.view.parameterChoices()[0]);

    // The timeline: one bar per capability, worst on top, the months down as in the result.
    const std::vector<TimelineRow> rows = scenarioTimeline(s.model, *r);
    ASSERT_EQ(s.view.timelineRows().size(), rows.size());
    QHorizontalStackedBarSeries *timeline = barsOf(s.view.timelinePanel());
    ASSERT_TRUE(timeline);
    const QStringList categories = categoriesOf(s.view.timelinePanel());
    const int n = int(rows.size());
    ASSERT_EQ(categories.size(), n);
    EXPECT_EQ(categories.last(), rows.front().name + QStringLiteral(" (no way back)")) << "the worst on top";
    EXPECT_TRUE(categories.first().startsWith(rows.back().name.left(30))) << qPrintable(categories.first()); // long names are shortened
    const std::vector<double> down = downPerCategory(timeline, n);
    for (int c = 0; c < n; ++c) {
        const TimelineRow &row = rows[std::size_t(n - 1 - c)];
        EXPECT_NEAR(down[std::size_t(c)], row.downtimeMonths, 1e-9) << qPrintable(row.id);
        const CapabilityRecovery *cap = nullptr;
        for (const CapabilityRecovery &x : r->capabilities)
            cap = s.model.nodes[std::size_t(x.capability)].id == row.id ? &x : cap;
        ASSERT_TRUE(cap);
        EXPECT_DOUBLE_EQ(row.downtimeMonths, cap->downtimeMonths);
    }
    // cap-office comes back in month 12: beyond its MTD of 48 hours from 48/730 to 12.
    const int office = n - 1 - int(std::find_if(rows.begin(), rows.end(), [](const TimelineRow &t) { return t.id == u"cap-office"; }) - rows.begin());
    QBarSet *beyond = setNamed(timeline, QStringLiteral("Down, beyond MTD"), office);
    ASSERT_TRUE(beyond);
    EXPECT_NEAR(beyond->at(office), 12 - 48.0 / 730, 1e-9);
    // The no-way-back capabilities are drawn apart, to the end of the horizon.
    QBarSet *noWayBack = setNamed(timeline, QStringLiteral("Down, no way back"), n - 1);
    ASSERT_TRUE(noWayBack);
    EXPECT_NEAR(noWayBack->at(n - 1), 36 - 72.0 / 730, 1e-9) << "cap-geo, MTD 72 hours";
    // Every bar runs over the whole horizon: working, down, back after the switch.
    for (int c = 0; c < n; ++c) {
        double whole = 0;
        for (QBarSet *set : timeline->barSets())
            whole += set->at(c);
        EXPECT_NEAR(whole, 36, 1e-9);
    }
    QBarSet *back = setNamed(timeline, QStringLiteral("Back (switched)"), office);
    ASSERT_TRUE(back);
    EXPECT_DOUBLE_EQ(back->at(office), 36 - 12);
    const auto *months = qobject_cast<QValueAxis *>(s.view.timelinePanel()->chart()->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(months);
    EXPECT_DOUBLE_EQ(months->max(), 36);
    // The MTD marks: one per capability, where its MTD runs out.
    QScatterSeries *limits = nullptr;
    for (QAbstractSeries *series : s.view.timelinePanel()->chart()->series())
        limits = qobject_cast<QScatterSeries *>(series) ? qobject_cast<QScatterSeries *>(series) : limits;
    ASSERT_TRUE(limits);
    ASSERT_EQ(limits->count(), n);
    EXPECT_DOUBLE_EQ(limits->at(office).x(), 48.0 / 730);
    EXPECT_DOUBLE_EQ(limits->at(office).y(), office);

    // Downtime against the limit: months within and beyond, per capability.
    QHorizontalStackedBarSeries *downtime = barsOf(s.view.downtimePanel());
    ASSERT_TRUE(downtime);
    const std::vector<double> downtimeSums = downPerCategory(downtime, n);
    for (int c = 0; c < n; ++c)
        EXPECT_NEAR(downtimeSums[std::size_t(c)], s.view.downtimeBars()[std::size_t(n - 1 - c)].downtimeMonths, 1e-9);
    EXPECT_TRUE(categoriesOf(s.view.downtimePanel()).contains(QStringLiteral("Identiteit en toegang (medewerkers) (MTD 4 h)")))
        << qPrintable(categoriesOf(s.view.downtimePanel()).join(u'|'));

    // Cost: the cumulative lines end at the result's totals (€ million on the axis).
    QChart *cost = s.view.costPanel()->chart();
    ASSERT_TRUE(cost);
    QLineSeries *with = nullptr, *without = nullptr;
    QScatterSeries *switches = nullptr;
    for (QAbstractSeries *series : cost->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            switches = scatter;
        else if (auto *line = qobject_cast<QLineSeries *>(series))
            (series->name() == u"With the scenario" ? with : without) = line;
    }
    ASSERT_TRUE(with && without && switches);
    EXPECT_NEAR(with->points().last().y() * 1e6, r->scenarioCost, 1);
    EXPECT_NEAR(without->points().last().y() * 1e6, r->baselineCost, 1);
    EXPECT_DOUBLE_EQ(with->points().last().x(), 36);
    ASSERT_EQ(switches->count(), 1); // the four switches all begin in month 0
    EXPECT_NEAR(switches->at(0).y() * 1e6, 797500, 1);
    auto *euros = qobject_cast<QValueAxis *>(cost->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(euros);
    EXPECT_TRUE(euros->titleText().contains(QStringLiteral("€")));

    // The summary: the choice made, plans with steps, no way back with reasons, the cost.
    const QString summary = s.view.summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("jurisdiction = US"))) << qPrintable(summary);
    EXPECT_TRUE(summary.contains(QStringLiteral("NO WAY BACK")));
    EXPECT_TRUE(summary.contains(QStringLiteral("no usable alternative for app-entra")));
    EXPECT_TRUE(summary.contains(QStringLiteral("back in month 12")));
    EXPECT_TRUE(summary.contains(QStringLiteral("€ 690,000")));
    EXPECT_TRUE(summary.contains(QStringLiteral("Kept up by redundancy")));

    // The graph is told what has failed at the end.
    ASSERT_GE(failed.count(), 1);
    const QList<QVariant> last = failed.last();
    EXPECT_EQ(last.at(1).toInt(), 35);
    EXPECT_EQ(last.at(0).toStringList(), failedNodesAtEnd(s.model, *r));
    EXPECT_EQ(last.at(0).toStringList().size(), 39);
}

TEST(ScenarioView, EditingParameterHorizonAndPolicyChangesTheResult)
{
    Shown s;
    ASSERT_TRUE(s.view.selectScenario(Cutoff));
    s.view.waitForRun();
    ASSERT_EQ(s.view.result()->capabilities.size(), 10u);

    EXPECT_FALSE(s.view.setParameter(QStringLiteral("jurisdiction"), QStringLiteral("app-exchange"))) << "not a jurisdiction";
    EXPECT_FALSE(s.view.setParameter(QStringLiteral("supplier"), QStringLiteral("sup-microsoft"))) << "no such parameter";
    ASSERT_TRUE(s.view.setParameter(QStringLiteral("jurisdiction"), QStringLiteral("GB")));
    s.view.waitForRun();
    ASSERT_EQ(s.view.result()->capabilities.size(), 1u); // only cap-web
    EXPECT_EQ(s.view.timelineRows().at(0).id, QStringLiteral("cap-web"));
    EXPECT_EQ(s.view.workingCopy().events.at(0).node, QStringLiteral("GB"));
    ASSERT_TRUE(s.view.setParameter(QStringLiteral("jurisdiction"), QString())); // back to the chooser
    s.view.waitForRun();
    EXPECT_EQ(s.view.result()->capabilities.size(), 10u);

    s.view.setHorizon(24);
    s.view.waitForRun();
    EXPECT_EQ(s.view.result()->horizonMonths, 24);
    EXPECT_DOUBLE_EQ(s.view.timelineRows().front().downtimeMonths, 24);
    EXPECT_EQ(s.view.costSeries().size(), 24u);

    // A number parameter: the price shock's factor.
    ASSERT_TRUE(s.view.selectScenario(QStringLiteral("template:price-shock")));
    s.view.waitForRun();
    const double threeTimes = s.view.result()->scenarioCost;
    EXPECT_FALSE(s.view.setParameter(QStringLiteral("factor"), QStringLiteral("-1")));
    ASSERT_TRUE(s.view.setParameter(QStringLiteral("factor"), QStringLiteral("1.5")));
    s.view.waitForRun();
    EXPECT_DOUBLE_EQ(s.view.workingCopy().events.at(0).factor, 1.5);
    EXPECT_LT(s.view.result()->scenarioCost, threeTimes);

    // The policy, on a landscape with a fast, dear way back and a slow, cheap one.
    Model m;
    m.name = QStringLiteral("two ways back");
    const auto add = [&m](const QString &id, NodeKind kind) { m.nodes.push_back(Node{id, kind, id}); };
    add(QStringLiteral("cap"), NodeKind::Capability);
    add(QStringLiteral("app"), NodeKind::Application);
    add(QStringLiteral("fast"), NodeKind::Application);
    add(QStringLiteral("cheap"), NodeKind::Application);
    m.edges.push_back(Edge{QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires});
    Edge fast{QStringLiteral("fast"), QStringLiteral("app"), EdgeKind::AlternativeFor};
    fast.switchMonths = 1;
    fast.switchCost = 100000;
    Edge cheap{QStringLiteral("cheap"), QStringLiteral("app"), EdgeKind::AlternativeFor};
    cheap.switchMonths = 9;
    cheap.switchCost = 1000;
    m.edges.push_back(fast);
    m.edges.push_back(cheap);
    m.scenarios.push_back(Scenario{QStringLiteral("down"), QStringLiteral("app fails"), {Event{Event::Type::Fail, QStringLiteral("app"), 1.0, {}, 0.0}}});
    s.view.setModel(m);
    ASSERT_TRUE(s.view.selectScenario(QStringLiteral("down")));
    s.view.setPolicy(RecoveryPolicy::Fastest);
    s.view.waitForRun();
    ASSERT_EQ(s.view.timelineRows().size(), 1u);
    EXPECT_EQ(s.view.timelineRows()[0].steps.at(0).alternative, QStringLiteral("fast"));
    EXPECT_EQ(s.view.timelineRows()[0].recoveredAt, 1);
    s.view.setPolicy(RecoveryPolicy::Cheapest);
    s.view.waitForRun();
    EXPECT_EQ(s.view.result()->policy, RecoveryPolicy::Cheapest);
    EXPECT_EQ(s.view.timelineRows()[0].steps.at(0).alternative, QStringLiteral("cheap"));
    EXPECT_EQ(s.view.timelineRows()[0].recoveredAt, 9);
}

TEST(ScenarioView, InvalidEventRowsAreShownWithTheirReasonAndLeftOut)
{
    Shown s;
    ASSERT_TRUE(s.view.selectScenario(QStringLiteral("scn-us-cutoff")));
    s.view.waitForRun();
    const double cost = s.view.result()->scenarioCost;
    QAbstractItemModel *events = s.view.eventsModel();
    QAbstractItemModelTester tester(events, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(events->rowCount(), 2);
    EXPECT_EQ(s.view.eventProblems(), (QStringList{QString(), QString()}));
    EXPECT_FALSE(events->index(0, 0).data(Qt::BackgroundRole).isValid());

    // A new row names no node yet: red, with the reason, and left out of the run.
    ASSERT_TRUE(events->insertRows(2, 1));
    EXPECT_EQ(s.view.eventProblems().at(2), QStringLiteral("choose the node that fails"));
    EXPECT_TRUE(events->index(2, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(events->index(2, 5).data().toString(), QStringLiteral("choose the node that fails"));
    EXPECT_EQ(events->index(2, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("choose the node that fails"));
    ASSERT_TRUE(events->setData(events->index(2, 2), QStringLiteral("nowhere"), Qt::EditRole));
    EXPECT_EQ(s.view.eventProblems().at(2), QStringLiteral("nowhere is not in the model"));
    // A price change needs a supplier and a factor above 0.
    ASSERT_TRUE(events->setData(events->index(2, 1), int(Event::Type::Price), Qt::EditRole));
    ASSERT_TRUE(events->setData(events->index(2, 2), QStringLiteral("app-exchange"), Qt::EditRole));
    EXPECT_TRUE(s.view.eventProblems().at(2).contains(QStringLiteral("must be a supplier"))) << qPrintable(s.view.eventProblems().at(2));
    ASSERT_TRUE(events->setData(events->index(2, 2), QStringLiteral("sup-microsoft"), Qt::EditRole));
    ASSERT_TRUE(events->setData(events->index(2, 3), 0.0, Qt::EditRole));
    EXPECT_EQ(s.view.eventProblems().at(2), QStringLiteral("the factor must be above 0"));
    EXPECT_FALSE(events->flags(events->index(2, 4)) & Qt::ItemIsEditable) << "a price change has no buyer";
    s.view.waitForRun();
    EXPECT_DOUBLE_EQ(s.view.result()->scenarioCost, cost) << "the invalid row is left out";
    EXPECT_TRUE(s.view.summaryText().contains(QStringLiteral("event row 3 is left out: the factor must be above 0")))
        << qPrintable(s.view.summaryText());
    EXPECT_EQ(s.view.workingCopy().events.size(), 3u) << "the working copy keeps the row to be corrected";

    // Corrected, it counts.
    ASSERT_TRUE(events->setData(events->index(2, 3), 2.0, Qt::EditRole));
    EXPECT_TRUE(s.view.eventProblems().at(2).isEmpty());
    EXPECT_FALSE(events->index(2, 0).data(Qt::BackgroundRole).isValid());
    s.view.waitForRun();
    EXPECT_GT(s.view.result()->scenarioCost, cost);

    // An acquisition needs a buyer other than itself; a month before 0 is refused.
    ASSERT_TRUE(events->setData(events->index(2, 1), int(Event::Type::Acquire), Qt::EditRole));
    EXPECT_EQ(s.view.eventProblems().at(2), QStringLiteral("choose the buyer"));
    ASSERT_TRUE(events->setData(events->index(2, 4), QStringLiteral("sup-microsoft"), Qt::EditRole));
    EXPECT_EQ(s.view.eventProblems().at(2), QStringLiteral("a supplier cannot acquire itself"));
    ASSERT_TRUE(events->setData(events->index(2, 4), QStringLiteral("sup-kyndryl"), Qt::EditRole));
    EXPECT_TRUE(s.view.eventProblems().at(2).isEmpty());
    ASSERT_TRUE(events->setData(events->index(2, 0), -1.0, Qt::EditRole));
    EXPECT_EQ(s.view.eventProblems().at(2), QStringLiteral("the month must be a number of 0 or more"));

    // The editors offer the model's nodes: every node for a failure, suppliers for a buyer.
    auto *table = s.view.findChild<QTableView *>(QStringLiteral("scenarioEvents"));
    ASSERT_TRUE(table);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> nodes(table->itemDelegate()->createEditor(table->viewport(), option, events->index(1, 2)));
    auto *nodeBox = qobject_cast<QComboBox *>(nodes.get());
    ASSERT_TRUE(nodeBox);
    EXPECT_EQ(nodeBox->count(), int(s.model.nodes.size()));
    table->itemDelegate()->setEditorData(nodeBox, events->index(1, 2));
    EXPECT_EQ(nodeBox->currentData().toString(), QStringLiteral("US")); // the cut-off of scn-us-cutoff
    std::unique_ptr<QWidget> priced(table->itemDelegate()->createEditor(table->viewport(), option, events->index(0, 2)));
    auto *pricedBox = qobject_cast<QComboBox *>(priced.get());
    ASSERT_TRUE(pricedBox);
    table->itemDelegate()->setEditorData(pricedBox, events->index(0, 2));
    EXPECT_EQ(pricedBox->currentData().toString(), QStringLiteral("sup-ms-ie")); // its price rise: suppliers only
    std::unique_ptr<QWidget> buyers(table->itemDelegate()->createEditor(table->viewport(), option, events->index(2, 4)));
    auto *buyerBox = qobject_cast<QComboBox *>(buyers.get());
    ASSERT_TRUE(buyerBox);
    int suppliers = 0;
    for (const Node &node : s.model.nodes)
        suppliers += node.kind == NodeKind::Supplier;
    EXPECT_EQ(buyerBox->count(), suppliers);
    EXPECT_EQ(pricedBox->count(), suppliers);
    buyerBox->setCurrentIndex(buyerBox->findData(QStringLiteral("sup-broadcom")));
    table->itemDelegate()->setModelData(buyerBox, events, events->index(2, 4));
    EXPECT_EQ(s.view.workingCopy().events.at(2).parent, QStringLiteral("sup-broadcom"));

    // Removing rows: without the cut-off nothing fails.
    ASSERT_TRUE(events->removeRows(1, 2));
    s.view.waitForRun();
    EXPECT_TRUE(s.view.result()->capabilities.empty());
    EXPECT_TRUE(s.view.timelinePanel()->isEmpty());
    EXPECT_FALSE(s.view.timelinePanel()->emptyMessage().isEmpty());
    // The model keeps its scenario: edits are the working copy's.
    EXPECT_EQ(s.view.model().scenarios[0].events.size(), 2u);
}

TEST(ScenarioView, ABarClickSelectsTheCapabilityAndItsSwitches)
{
    Shown s;
    QSignalSpy activated(&s.view, &ScenarioView::nodesActivated);
    ASSERT_TRUE(s.view.selectScenario(Cutoff));
    s.view.waitForRun();
    const std::vector<TimelineRow> &rows = s.view.timelineRows();
    const int n = int(rows.size());
    QHorizontalStackedBarSeries *timeline = barsOf(s.view.timelinePanel());
    ASSERT_TRUE(timeline);
    for (int i = 0; i < n; ++i) {
        const int category = n - 1 - i;
        QBarSet *set = nullptr;
        for (QBarSet *candidate : timeline->barSets()) {
            if (isDown(candidate) && candidate->at(category) > 0)
                set = candidate;
        }
        ASSERT_TRUE(set) << qPrintable(rows[std::size_t(i)].id);
        s.view.timelinePanel()->activateBar(set, category);
        ASSERT_EQ(activated.count(), 1);
        EXPECT_EQ(activated.takeFirst().at(0).toStringList(), rows[std::size_t(i)].nodeIds);
    }
    // cap-office: the capability and its two switches.
    const auto office = std::find_if(rows.begin(), rows.end(), [](const TimelineRow &t) { return t.id == u"cap-office"; });
    ASSERT_NE(office, rows.end());
    EXPECT_EQ(office->nodeIds, (QStringList{QStringLiteral("cap-office"), QStringLiteral("app-m365apps"), QStringLiteral("app-alt-collabora"),
                                            QStringLiteral("app-sharepoint"), QStringLiteral("app-alt-nextcloud")}));
    // The time back after the switch selects the same.
    const int officeCategory = n - 1 - int(office - rows.begin());
    QBarSet *back = setNamed(timeline, QStringLiteral("Back (switched)"), officeCategory);
    ASSERT_TRUE(back);
    s.view.timelinePanel()->activateBar(back, officeCategory);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), office->nodeIds);
    // The downtime chart too.
    QHorizontalStackedBarSeries *downtime = barsOf(s.view.downtimePanel());
    ASSERT_TRUE(downtime);
    s.view.downtimePanel()->activateBar(downtime->barSets().last(), n - 1);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), rows.front().nodeIds);
}

TEST(ScenarioView, TheMonthSliderShowsTheFailedPartInTheGraph)
{
    Shown s;
    GraphView graph;
    QObject::connect(&s.view, &ScenarioView::failedNodesChanged, &graph, [&graph](const QStringList &ids) { graph.highlightFailed(ids); });
    graph.setModel(s.model);
    QSignalSpy failed(&s.view, &ScenarioView::failedNodesChanged);
    ASSERT_TRUE(s.view.selectScenario(QStringLiteral("scn-us-cutoff"))); // price rise at 0, cut-off at 6
    s.view.waitForRun();
    EXPECT_EQ(s.view.month(), 35);
    EXPECT_EQ(s.view.failedNodes().size(), 39);
    EXPECT_EQ(graph.highlightedFailed(), s.view.failedNodes());
    failed.clear();
    s.view.setMonth(5);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toStringList().isEmpty());
    EXPECT_EQ(failed.at(0).at(1).toInt(), 5);
    EXPECT_TRUE(graph.highlightedFailed().isEmpty());
    s.view.setMonth(6);
    EXPECT_EQ(failed.last().at(0).toStringList(), failedNodesAt(s.model, *s.view.result(), 6));
    EXPECT_EQ(graph.highlightedFailed().size(), 39);
    // The month the user picked stays through a new run.
    s.view.setPolicy(RecoveryPolicy::Cheapest);
    s.view.waitForRun();
    EXPECT_EQ(s.view.month(), 6);
}

TEST(ScenarioView, ANewerRunSupersedesAnOlderOne)
{
    Shown s;
    QSignalSpy shown(&s.view, &ScenarioView::resultShown);
    ASSERT_TRUE(s.view.selectScenario(Cutoff));
    s.view.setHorizon(12);
    s.view.run();
    s.view.setHorizon(18);
    s.view.run();
    s.view.waitForRun();
    ASSERT_TRUE(s.view.result());
    EXPECT_EQ(s.view.result()->horizonMonths, 18);
    EXPECT_EQ(shown.count(), 1) << "the older runs are never shown";
}

TEST(ScenarioView, ALargeLandscapeShowsTheWorstCapabilitiesOnly)
{
    Model m = generateModel(3000, 7);
    Scenario everything{QStringLiteral("all"), QStringLiteral("every jurisdiction cuts off"), {}};
    for (const Node &n : m.nodes) {
        if (n.kind == NodeKind::Jurisdiction)
            everything.events.push_back(Event{Event::Type::Fail, n.id, 1.0, {}, 0.0});
    }
    m.scenarios = {everything};
    ScenarioView view;
    view.resize(1600, 1000);
    view.setModel(m);
    ASSERT_TRUE(view.selectScenario(QStringLiteral("all")));
    view.waitForRun();
    ASSERT_GT(view.timelineRows().size(), 30u);
    EXPECT_EQ(categoriesOf(view.timelinePanel()).size(), 30);
    EXPECT_EQ(categoriesOf(view.downtimePanel()).size(), 30);
    EXPECT_TRUE(view.timelinePanel()->chart()->title().contains(QStringLiteral("the 30 worst"))) << qPrintable(view.timelinePanel()->chart()->title());
}

TEST(ScenarioView, TheSanctionsCaseOnTheSample)
{
    Shown s;
    s.view.setLanguage(QStringLiteral("en"));
    s.view.show();
    ASSERT_TRUE(s.view.selectScenario(Cutoff));
    s.view.waitForRun();
    ASSERT_TRUE(s.view.result());
    const QString dir = qEnvironmentVariable("ANTRUM_SCENARIO_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100); // let the layouts settle, as they do on screen
    EXPECT_TRUE(s.view.grab().save(dir + QStringLiteral("/scenario-foreign-cutoff.png")));
    for (int tab = 0; tab < s.view.tabs()->count(); ++tab) {
        s.view.tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        EXPECT_TRUE(s.view.grab().save(dir + QStringLiteral("/scenario-foreign-cutoff-tab%1.png").arg(tab)));
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    s.view.setPalette(dark);
    s.view.tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    EXPECT_TRUE(s.view.grab().save(dir + QStringLiteral("/scenario-foreign-cutoff-dark.png")));
    s.view.setPalette(QPalette());
    QTest::qWait(50);
    QString error;
    EXPECT_TRUE(s.view.timelinePanel()->exportPng(dir + QStringLiteral("/timeline-export.png"), &error)) << qPrintable(error);
    s.view.setMonth(0);
    s.view.setLanguage(QStringLiteral("nl"));
    s.view.waitForRun();
    QTest::qWait(100);
    EXPECT_TRUE(s.view.grab().save(dir + QStringLiteral("/scenario-foreign-cutoff-nl.png")));
}
