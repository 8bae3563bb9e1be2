// SPDX-License-Identifier: GPL-3.0-or-later
#include "bruteforce.h"
#include "chartdata.h"
#include "modeljson.h"
#include "randommodel.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <set>

using namespace antrum;

namespace {

Model loadSample()
{
    QFile file(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return readModelJson(file.readAll(), file.fileName()).model.value();
}

MethodologySettings settingsFor(const Model &model)
{
    MethodologySettings settings = MethodologySettings::fromModel(model);
    settings.asOf = QDate(2026, 11, 23);
    return settings;
}

const KeyFigure &figure(const std::vector<KeyFigure> &figures, const QString &key)
{
    const auto found = std::find_if(figures.begin(), figures.end(), [&](const KeyFigure &f) { return f.key == key; });
    EXPECT_NE(found, figures.end()) << key.toStdString();
    return *found;
}

std::set<QString> setOf(const QStringList &ids) { return {ids.begin(), ids.end()}; }

/// Every id behind category `c` over all series, without `except`.
std::set<QString> idsBehind(const BarChartData &data, int c, const QString &except = {})
{
    std::set<QString> out;
    for (const auto &s : data.series)
        for (const QString &id : s.ids[std::size_t(c)])
            if (id != except)
                out.insert(id);
    return out;
}

bool isCapability(const Model &model, const QString &id)
{
    const Node *n = model.findNode(id);
    return n && n->kind == NodeKind::Capability;
}

std::set<QString> capabilitiesIn(const Model &model, const bruteforce::Ids &ids)
{
    std::set<QString> out;
    for (const QString &id : ids)
        if (isCapability(model, id))
            out.insert(id);
    return out;
}

} // namespace

TEST(ChartData, EveryChartOfRandomModelsAgreesWithTheBruteForce)
{
    int checked = 0;
    for (unsigned seed = 1; seed <= 250; ++seed) {
        SCOPED_TRACE(seed);
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 5 + int(seed % 10);
        options.edges = options.nodes + int(seed % 13);
        options.withScenariosAndOptions = false;
        const Model model = generator.generate(options);
        if (!validateModel(model).empty())
            continue;
        ++checked;
        const DependencyAnalysis analysis(model);
        const MethodologyResult methodology = assessMethodology(model, settingsFor(model));
        const auto figures = dashboardFigures(model, analysis, methodology);
        ASSERT_EQ(figures.size(), 5u);

        // Capabilities without any single point of failure; those a foreign law can cut off.
        std::set<QString> withoutSpof, foreignCutoff;
        for (const Node &n : model.nodes) {
            if (n.kind == NodeKind::Capability && bruteforce::spofs(model, n.id).empty())
                withoutSpof.insert(n.id);
            if (n.kind == NodeKind::Jurisdiction && !model.isHome(n.id))
                for (const QString &c : capabilitiesIn(model, bruteforce::fail(model, {n.id})))
                    foreignCutoff.insert(c);
        }
        EXPECT_EQ(setOf(figure(figures, QStringLiteral("without_spof")).ids), withoutSpof);
        EXPECT_EQ(setOf(figure(figures, QStringLiteral("foreign_cutoff")).ids), foreignCutoff);

        // Exposure: each jurisdiction's cut-off and reach bars hold exactly its capabilities,
        // each in the series of its criticality.
        const BarChartData exposure = jurisdictionExposureChart(model, analysis);
        ASSERT_EQ(exposure.categories.size(), exposure.categoryIds.size());
        for (int c = 0; c < exposure.categories.size(); ++c) {
            const QString j = exposure.categoryIds[c];
            std::set<QString> expected;
            if (c % 2 == 0) {
                expected = capabilitiesIn(model, bruteforce::fail(model, {j}));
            } else {
                for (const Node &n : model.nodes)
                    if (n.kind == NodeKind::Capability && bruteforce::reach(model, n.id).count(j))
                        expected.insert(n.id);
            }
            EXPECT_EQ(idsBehind(exposure, c), expected) << j.toStdString();
            EXPECT_EQ(exposure.total(c), double(expected.size()));
            for (const auto &s : exposure.series)
                for (const QString &id : s.ids[std::size_t(c)])
                    EXPECT_EQ(s.key, QStringLiteral("criticality-%1").arg(model.findNode(id)->effectiveCriticality()));
        }

        // SPOF ranking: a node's bar holds exactly the capabilities it is a SPOF of; ranked
        // by criticality weight.
        const BarChartData ranking = spofRankingChart(model, analysis, 1000);
        std::map<QString, std::set<QString>> breaks;
        for (const Node &n : model.nodes)
            if (n.kind == NodeKind::Capability)
                for (const QString &s : bruteforce::spofs(model, n.id))
                    breaks[s].insert(n.id);
        EXPECT_EQ(std::size_t(ranking.categories.size()), breaks.size());
        double previous = 1e9;
        for (int c = 0; c < ranking.categories.size(); ++c) {
            const QString node = ranking.categoryIds[c];
            EXPECT_EQ(idsBehind(ranking, c, node), breaks[node]) << node.toStdString();
            double weight = 0;
            for (const auto &s : ranking.series)
                weight += s.values[std::size_t(c)] * s.key.mid(12).toDouble();
            EXPECT_LE(weight, previous);
            previous = weight;
        }

        // Lock-in: the stacked factors add up to the capability's score.
        const BarChartData lockIn = lockInChart(model, methodology);
        for (int c = 0; c < lockIn.categories.size(); ++c) {
            const auto found = std::find_if(methodology.capabilities.begin(), methodology.capabilities.end(),
                                            [&](const CapabilityLockIn &l) { return model.nodes[std::size_t(l.node)].id == lockIn.categoryIds[c]; });
            ASSERT_NE(found, methodology.capabilities.end());
            EXPECT_NEAR(lockIn.total(c), found->lockIn.score, 1e-9);
            if (c > 0) {
                EXPECT_GE(lockIn.total(c - 1) + 1e-9, lockIn.total(c));
            }
        }

        // Concentration: shares add up to 100 % of the attributed weight, also with "Other".
        for (const ConcentrationIndex &index : methodology.concentration) {
            const BarChartData chart = concentrationChart(model, methodology, index.dimension, index.weighting, 3);
            if (index.shares.empty()) {
                EXPECT_TRUE(chart.categories.isEmpty());
                continue;
            }
            EXPECT_LE(chart.categories.size(), 3);
            const auto &values = chart.series.front().values;
            EXPECT_NEAR(std::accumulate(values.begin(), values.end(), 0.0), 100.0, 1e-6);
        }
    }
    EXPECT_GE(checked, 200); // the generator makes valid models; the checks above ran
}

TEST(ChartData, SampleFiguresReadAsTheAnalysesSay)
{
    const Model model = loadSample();
    const DependencyAnalysis analysis(model);
    const MethodologyResult methodology = assessMethodology(model, settingsFor(model));
    const auto figures = dashboardFigures(model, analysis, methodology);

    const KeyFigure &cutoff = figure(figures, QStringLiteral("foreign_cutoff"));
    EXPECT_EQ(cutoff.tone, KeyFigure::Tone::Bad);
    EXPECT_TRUE(cutoff.ids.contains(QStringLiteral("cap-mail")));
    EXPECT_TRUE(cutoff.detail.contains(QStringLiteral("Verenigde Staten"))) << cutoff.detail.toStdString();

    // The worst lock-in is the capability the methodology ranks first, and so is the chart's
    // first bar.
    const KeyFigure &lockIn = figure(figures, QStringLiteral("lock_in"));
    const BarChartData lockInBars = lockInChart(model, methodology);
    ASSERT_FALSE(lockInBars.categories.isEmpty());
    EXPECT_EQ(lockIn.ids.front(), lockInBars.categoryIds.front());
    EXPECT_EQ(lockIn.value, QLocale().toString(lockInBars.total(0), 'f', 1));

    // A long list is cut to the worst, and the note says so.
    const BarChartData worstThree = lockInChart(model, methodology, 3);
    ASSERT_EQ(worstThree.categories.size(), 3);
    EXPECT_EQ(worstThree.categoryIds, lockInBars.categoryIds.mid(0, 3));
    EXPECT_TRUE(worstThree.note.contains(QString::number(lockInBars.categories.size()))) << worstThree.note.toStdString();

    // Highest concentration: the largest HHI over the six indices.
    double highest = 0;
    for (const ConcentrationIndex &c : methodology.concentration)
        highest = std::max(highest, c.hhi);
    EXPECT_EQ(figure(figures, QStringLiteral("concentration")).value, QLocale().toString(highest, 'f', 0));

    // Exposure: the US comes first (foreign, widest cut-off) and reaches more than it cuts.
    const BarChartData exposure = jurisdictionExposureChart(model, analysis);
    ASSERT_GE(exposure.categories.size(), 2);
    EXPECT_EQ(exposure.categoryIds[0], QStringLiteral("US"));
    EXPECT_GE(exposure.total(1), exposure.total(0));

    // Every bar of every chart leads to nodes that exist.
    for (const BarChartData *chart : {&exposure, &lockInBars}) {
        for (const auto &s : chart->series)
            for (const QStringList &ids : s.ids)
                for (const QString &id : ids)
                    EXPECT_NE(model.findNode(id), nullptr) << id.toStdString();
    }

    const auto apps = sovereigntyProfiles(model, methodology, ProfileSubjects::Applications);
    ASSERT_FALSE(apps.empty());
    for (std::size_t i = 1; i < apps.size(); ++i)
        EXPECT_LE(apps[i - 1].score, apps[i].score);
    EXPECT_TRUE(std::any_of(apps.begin(), apps.end(), [](const SovereigntyProfileRow &r) { return r.candidate; }));
    const auto groups = sovereigntyProfiles(model, methodology, ProfileSubjects::SupplierGroups);
    EXPECT_FALSE(groups.empty());
}

TEST(ChartData, ConcentrationGroupsTheTailIntoOther)
{
    const Model model = loadSample();
    const MethodologyResult methodology = assessMethodology(model, settingsFor(model));
    const auto &index = *std::find_if(methodology.concentration.begin(), methodology.concentration.end(),
                                      [](const ConcentrationIndex &c) { return c.dimension == u"ultimate_parent" && c.weighting == u"criticality"; });
    ASSERT_GT(index.shares.size(), 3u);
    const BarChartData chart = concentrationChart(model, methodology, QStringLiteral("ultimate_parent"), QStringLiteral("criticality"), 3);
    ASSERT_EQ(chart.categories.size(), 3);
    EXPECT_EQ(chart.categories[2], QStringLiteral("Other (%1)").arg(index.shares.size() - 2));
    EXPECT_EQ(chart.series.front().ids[2].size(), qsizetype(index.shares.size() - 2));
    EXPECT_NEAR(chart.series.front().values[0], 100 * index.shares[0].share, 1e-9);
    EXPECT_TRUE(chart.note.contains(QLocale().toString(index.hhi, 'f', 0)));
    EXPECT_TRUE(concentrationChart(model, methodology, QStringLiteral("no_such"), QStringLiteral("criticality")).categories.isEmpty());
}

TEST(ChartData, MonteCarloRanksCapabilitiesAndImportance)
{
    const Model model = loadSample();
    const DependencyAnalysis analysis(model);
    MonteCarloOptions options;
    options.trials = 4000;
    options.threads = 1;
    const MonteCarloResult result = simulateMonteCarlo(model, analysis, options);
    const MonteCarloChartData data = monteCarloChart(model, analysis, result, 5);
    ASSERT_EQ(data.capabilities.size(), result.capabilities.size());
    for (std::size_t i = 1; i < data.capabilities.size(); ++i)
        EXPECT_GE(data.capabilities[i - 1].failure.probability, data.capabilities[i].failure.probability);
    for (const auto &row : data.capabilities) {
        EXPECT_LE(row.failure.low, row.failure.probability);
        EXPECT_GE(row.failure.high, row.failure.probability);
    }
    ASSERT_LE(data.importance.categories.size(), 5);
    ASSERT_FALSE(data.importance.categories.isEmpty());
    const auto &values = data.importance.series.front().values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        EXPECT_GT(values[i], 0);
        EXPECT_LE(values[i], 100 + 1e-9);
        if (i > 0) {
            EXPECT_GE(values[i - 1], values[i]);
        }
        // The bar's ids: the node, then the capability it matters most for.
        const QStringList &ids = data.importance.series.front().ids[i];
        ASSERT_EQ(ids.size(), 2);
        EXPECT_TRUE(isCapability(model, ids[1]));
    }
}

TEST(ChartData, LabelsAreDistinct)
{
    std::set<QString> labels;
    for (int f = 0; f < LockInFactorCount; ++f)
        labels.insert(factorLabel(LockInFactor(f)));
    for (int o = 0; o < SovereigntyObjectiveCount; ++o)
        labels.insert(objectiveLabel(o));
    EXPECT_EQ(labels.size(), std::size_t(LockInFactorCount + SovereigntyObjectiveCount));
    EXPECT_TRUE(objectiveLabel(8).isEmpty());
}

TEST(ChartData, EmptyModelGivesEmptyChartsAndNeutralFigures)
{
    Model model;
    model.name = QStringLiteral("empty");
    const DependencyAnalysis analysis(model);
    const MethodologyResult methodology = assessMethodology(model, settingsFor(model));
    for (const KeyFigure &f : dashboardFigures(model, analysis, methodology)) {
        EXPECT_TRUE(f.ids.isEmpty()) << f.key.toStdString();
        EXPECT_FALSE(f.value.isEmpty());
    }
    EXPECT_TRUE(jurisdictionExposureChart(model, analysis).categories.isEmpty());
    EXPECT_TRUE(spofRankingChart(model, analysis).categories.isEmpty());
    EXPECT_TRUE(lockInChart(model, methodology).categories.isEmpty());
}
