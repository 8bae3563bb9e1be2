// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonchartdata.h"
#include "dependencyanalysis.h"
#include "methodology.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "optioncomparison.h"
#include "validation.h"

#include "randommodel.h"
#include "modelbuilders.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace antrum;

namespace {

using test::makeEdge;
using test::makeNode;

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out.join(u'\n');
}

MethodologySettings fixedSettings()
{
    MethodologySettings s;
    s.asOf = QDate(2026, 1, 1);
    return s;
}

ComparisonOptions fixedOptions()
{
    ComparisonOptions o;
    o.methodology = fixedSettings();
    o.scenario.methodology = o.methodology;
    return o;
}

Attributes seal(std::initializer_list<std::pair<int, int>> levels)
{
    Attributes out;
    for (const auto &[objective, level] : levels)
        out[QStringLiteral("seal.") + objectiveKey(objective)] = double(level);
    return out;
}

/// Applications without suppliers, hosts or facts have every SEAL level unknown; the user's
/// assessments ("seal.SOV-n") set exactly the levels the test wants.
/// cap-a (5) and cap-c (3) need app-1; cap-b (2) needs app-2; app-3 serves no capability;
/// app-4 is only an alternative for app-2 (a candidate).
Model profileModel()
{
    Model m;
    m.name = QStringLiteral("Profile");
    m.nodes = {
        makeNode(QStringLiteral("cap-a"), NodeKind::Capability, {}, 5),
        makeNode(QStringLiteral("cap-b"), NodeKind::Capability, {}, 2),
        makeNode(QStringLiteral("cap-c"), NodeKind::Capability),
        makeNode(QStringLiteral("app-1"), NodeKind::Application, seal({{0, 4}, {1, 2}})),
        makeNode(QStringLiteral("app-2"), NodeKind::Application, seal({{0, 1}, {2, 0}})),
        makeNode(QStringLiteral("app-3"), NodeKind::Application, seal({{0, 0}, {1, 0}, {2, 0}, {3, 0}})),
        makeNode(QStringLiteral("app-4"), NodeKind::Application, seal({{0, 0}, {1, 0}, {2, 0}, {3, 0}})),
    };
    m.edges = {
        makeEdge(QStringLiteral("cap-a"), QStringLiteral("app-1"), EdgeKind::Requires),
        makeEdge(QStringLiteral("cap-c"), QStringLiteral("app-1"), EdgeKind::Requires),
        makeEdge(QStringLiteral("cap-b"), QStringLiteral("app-2"), EdgeKind::Requires),
        makeEdge(QStringLiteral("app-4"), QStringLiteral("app-2"), EdgeKind::AlternativeFor),
    };
    // Replaces app-2 by app-5, assessed SOV-1 = 3 and SOV-4 = 2.
    Option replace;
    replace.id = QStringLiteral("replace");
    replace.name = QStringLiteral("Replace app-2");
    replace.removeNodes << QStringLiteral("app-2");
    replace.addNodes.push_back(makeNode(QStringLiteral("app-5"), NodeKind::Application, seal({{0, 3}, {3, 2}})));
    replace.addEdges.push_back(makeEdge(QStringLiteral("cap-b"), QStringLiteral("app-5"), EdgeKind::Requires));
    m.options.push_back(replace);
    return m;
}

/// cap-docs (4) needs app-docs from sup-us (seated in the US, with extraterritorial laws);
/// cap-mail needs app-mail from sup-a (NL, home); cap-idle needs nothing. Option
/// "eu-supplier" swaps sup-us for sup-eu (NL); "second-supplier" gives app-mail a second
/// Dutch supplier in a 1-of-2 group. Scenario "scn-us" fails the US, "scn-sup-us" fails sup-us.
Model keyFigureModel()
{
    Model m;
    m.name = QStringLiteral("Key figures");
    m.homeJurisdictions = QStringList{QStringLiteral("NL")};
    m.nodes = {
        makeNode(QStringLiteral("NL"), NodeKind::Jurisdiction, {{QStringLiteral("eu_member"), true}}),
        makeNode(QStringLiteral("US"), NodeKind::Jurisdiction, {{QStringLiteral("laws"), QStringList{QStringLiteral("CLOUD Act")}}}),
        makeNode(QStringLiteral("cap-docs"), NodeKind::Capability, {}, 4),
        makeNode(QStringLiteral("cap-mail"), NodeKind::Capability),
        makeNode(QStringLiteral("cap-idle"), NodeKind::Capability, {}, 1),
        makeNode(QStringLiteral("app-docs"), NodeKind::Application, {{QStringLiteral("annual_cost"), 20000.0}}),
        makeNode(QStringLiteral("app-mail"), NodeKind::Application, {{QStringLiteral("annual_cost"), 10000.0}}),
        makeNode(QStringLiteral("sup-us"), NodeKind::Supplier),
        makeNode(QStringLiteral("sup-a"), NodeKind::Supplier),
    };
    m.edges = {
        makeEdge(QStringLiteral("cap-docs"), QStringLiteral("app-docs"), EdgeKind::Requires),
        makeEdge(QStringLiteral("app-docs"), QStringLiteral("sup-us"), EdgeKind::ProvidedBy),
        makeEdge(QStringLiteral("sup-us"), QStringLiteral("US"), EdgeKind::IncorporatedIn),
        makeEdge(QStringLiteral("cap-mail"), QStringLiteral("app-mail"), EdgeKind::Requires),
        makeEdge(QStringLiteral("app-mail"), QStringLiteral("sup-a"), EdgeKind::ProvidedBy),
        makeEdge(QStringLiteral("sup-a"), QStringLiteral("NL"), EdgeKind::IncorporatedIn),
    };
    Option swap;
    swap.id = QStringLiteral("eu-supplier");
    swap.name = QStringLiteral("A European supplier");
    swap.removeNodes << QStringLiteral("sup-us");
    swap.addNodes.push_back(makeNode(QStringLiteral("sup-eu"), NodeKind::Supplier));
    swap.addEdges = {
        makeEdge(QStringLiteral("app-docs"), QStringLiteral("sup-eu"), EdgeKind::ProvidedBy),
        makeEdge(QStringLiteral("sup-eu"), QStringLiteral("NL"), EdgeKind::IncorporatedIn),
    };
    m.options.push_back(swap);
    Option second;
    second.id = QStringLiteral("second-supplier");
    second.name = QStringLiteral("A second supplier");
    second.addNodes.push_back(makeNode(QStringLiteral("sup-b"), NodeKind::Supplier));
    second.removeEdges.push_back({QStringLiteral("app-mail"), QStringLiteral("sup-a"), EdgeKind::ProvidedBy});
    second.addEdges = {
        makeEdge(QStringLiteral("app-mail"), QStringLiteral("sup-a"), EdgeKind::ProvidedBy, QStringLiteral("suppliers")),
        makeEdge(QStringLiteral("app-mail"), QStringLiteral("sup-b"), EdgeKind::ProvidedBy, QStringLiteral("suppliers")),
        makeEdge(QStringLiteral("sup-b"), QStringLiteral("NL"), EdgeKind::IncorporatedIn),
    };
    m.options.push_back(second);
    Scenario us{QStringLiteral("scn-us"), QStringLiteral("US cut-off"), {}};
    us.events.push_back({Event::Type::Fail, QStringLiteral("US")});
    Scenario supplier{QStringLiteral("scn-sup-us"), QStringLiteral("Supplier bankrupt"), {}};
    supplier.events.push_back({Event::Type::Fail, QStringLiteral("sup-us")});
    m.scenarios = {us, supplier};
    return m;
}

const ComparisonFigure *findFigure(const std::vector<ComparisonFigure> &figures, const QString &figure, const QString &subject = {})
{
    for (const ComparisonFigure &f : figures) {
        if (f.figure == figure && f.subject == subject)
            return &f;
    }
    return nullptr;
}

/// The landscape profile recomputed without the methodology's own bookkeeping: criticality by
/// a search from every capability, candidates from the edges, levels from the profiles.
LandscapeProfile directProfile(const Model &model, const MethodologyResult &result)
{
    const QHash<QString, int> index = model.nodeIndex();
    std::vector<std::vector<int>> out(model.nodes.size());
    std::set<int> alternativeSource, dependedOn;
    for (const Edge &e : model.edges) {
        const int from = index.value(e.from), to = index.value(e.to);
        if (e.kind == EdgeKind::AlternativeFor) {
            alternativeSource.insert(from);
        } else {
            out[std::size_t(from)].push_back(to);
            dependedOn.insert(to);
        }
    }
    std::vector<int> criticality(model.nodes.size(), 0);
    for (std::size_t c = 0; c < model.nodes.size(); ++c) {
        if (model.nodes[c].kind != NodeKind::Capability)
            continue;
        const int level = model.nodes[c].effectiveCriticality();
        std::vector<bool> seen(model.nodes.size(), false);
        std::vector<int> stack{int(c)};
        seen[c] = true;
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            criticality[std::size_t(at)] = std::max(criticality[std::size_t(at)], level);
            for (const int to : out[std::size_t(at)]) {
                if (!seen[std::size_t(to)]) {
                    seen[std::size_t(to)] = true;
                    stack.push_back(to);
                }
            }
        }
    }
    std::map<int, const SovereigntyProfile *> profiles;
    for (const SovereigntyProfile &p : result.applicationProfiles)
        profiles[p.node] = &p;
    LandscapeProfile p;
    std::array<double, SovereigntyObjectiveCount> sum{}, known{};
    for (std::size_t a = 0; a < model.nodes.size(); ++a) {
        if (model.nodes[a].kind != NodeKind::Application)
            continue;
        if (alternativeSource.count(int(a)) && !dependedOn.count(int(a)))
            continue; // a candidate
        if (criticality[a] == 0) {
            p.unweighted << model.nodes[a].id;
            continue;
        }
        p.applications << model.nodes[a].id;
        const double w = criticality[a];
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            LandscapeObjective &o = p.objectives[std::size_t(i)];
            o.weight += w;
            if (const std::optional<int> level = profiles.at(int(a))->objectives[std::size_t(i)].level) {
                sum[std::size_t(i)] += w * *level;
                known[std::size_t(i)] += w;
                o.knownIds << model.nodes[a].id;
            } else {
                o.unknownIds << model.nodes[a].id;
            }
        }
    }
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
        LandscapeObjective &o = p.objectives[std::size_t(i)];
        if (known[std::size_t(i)] > 0)
            o.meanLevel = sum[std::size_t(i)] / known[std::size_t(i)];
        if (o.weight > 0)
            o.unknownShare = 1.0 - known[std::size_t(i)] / o.weight;
    }
    return p;
}

void expectProfilesEqual(const LandscapeProfile &actual, const LandscapeProfile &expected, const std::string &where)
{
    EXPECT_EQ(actual.applications, expected.applications) << where;
    EXPECT_EQ(actual.unweighted, expected.unweighted) << where;
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
        const LandscapeObjective &a = actual.objectives[std::size_t(i)], &e = expected.objectives[std::size_t(i)];
        EXPECT_EQ(a.meanLevel.has_value(), e.meanLevel.has_value()) << where << " SOV-" << i + 1;
        if (a.meanLevel && e.meanLevel) {
            EXPECT_NEAR(*a.meanLevel, *e.meanLevel, 1e-9) << where << " SOV-" << i + 1;
        }
        EXPECT_NEAR(a.unknownShare, e.unknownShare, 1e-9) << where << " SOV-" << i + 1;
        EXPECT_DOUBLE_EQ(a.weight, e.weight) << where;
        EXPECT_EQ(a.knownIds, e.knownIds) << where;
        EXPECT_EQ(a.unknownIds, e.unknownIds) << where;
        if (a.meanLevel) {
            EXPECT_GE(*a.meanLevel, 0.0) << where;
            EXPECT_LE(*a.meanLevel, 4.0) << where;
        }
        EXPECT_GE(a.unknownShare, 0.0) << where;
        EXPECT_LE(a.unknownShare, 1.0) << where;
    }
}

/// The checks every comparison must pass, whatever the model.
void checkAgainstDirect(const Model &baseline, const Comparison &c, const ComparisonOptions &options, const std::string &where)
{
    std::vector<Model> models{baseline};
    for (std::size_t col = 1; col < c.columns.size(); ++col) {
        for (const Option &o : baseline.options) {
            if (o.id == c.columns[col].optionId)
                models.push_back(applyOption(baseline, o));
        }
    }
    ASSERT_EQ(models.size(), c.columns.size()) << where;

    const std::vector<ComparisonFigure> figures = comparisonFigures(c, &baseline);
    const std::vector<LandscapeProfile> profiles = comparisonProfiles(baseline, c, options.methodology);
    ASSERT_EQ(profiles.size(), models.size()) << where;
    const ComparisonFigure *spofs = findFigure(figures, QStringLiteral("spofs_total"));
    const ComparisonFigure *reach = findFigure(figures, QStringLiteral("foreign_reach_total"));
    const ComparisonFigure *without = findFigure(figures, QStringLiteral("capabilities_without_spof"));
    ASSERT_TRUE(spofs && reach && without) << where;
    for (const ComparisonFigure &f : figures) {
        ASSERT_EQ(f.cells.size(), models.size()) << where;
        EXPECT_FALSE(f.label.isEmpty()) << where;
        // Deltas and marks by the comparison's rule.
        const std::optional<double> base = f.cells.front().value;
        for (std::size_t col = 0; col < f.cells.size(); ++col) {
            const ComparisonFigureCell &cell = f.cells[col];
            if (!cell.value || !base) {
                EXPECT_EQ(cell.mark, ComparisonMark::NotApplicable) << where;
                continue;
            }
            const double step = comparisonPrecision(f.unit);
            ASSERT_TRUE(cell.delta) << where;
            EXPECT_NEAR(*cell.delta, *cell.value - *base, step) << where;
            if (std::round(*cell.value / step) == std::round(*base / step) || col == 0)
                EXPECT_EQ(cell.mark, ComparisonMark::Same) << where;
            else
                EXPECT_EQ(cell.mark, (*cell.value > *base) == f.higherIsBetter ? ComparisonMark::Better : ComparisonMark::Worse) << where;
        }
    }

    for (std::size_t col = 0; col < models.size(); ++col) {
        const Model &variant = models[col];
        const DependencyAnalysis direct(variant, AnalysisOptions{options.maxOrder});
        const FailureGraph &g = direct.graph();
        double spofSum = 0, reachSum = 0;
        QStringList withSpof, reached, withoutSpof;
        for (const CapabilityFindings &f : direct.capabilities()) {
            spofSum += double(f.spofs.size());
            reachSum += double(f.foreignReach.size());
            (f.spofs.empty() ? withoutSpof : withSpof) << g.id(f.node);
            if (!f.foreignReach.empty())
                reached << g.id(f.node);
        }
        EXPECT_EQ(spofs->cells[col].value, spofSum) << where << " column " << col;
        EXPECT_EQ(reach->cells[col].value, reachSum) << where << " column " << col;
        EXPECT_EQ(without->cells[col].value, double(withoutSpof.size())) << where;
        // The same capabilities, in the order of the rows (by id).
        EXPECT_EQ(QSet<QString>(spofs->cells[col].nodeIds.begin(), spofs->cells[col].nodeIds.end()),
                  QSet<QString>(withSpof.begin(), withSpof.end())) << where;
        EXPECT_EQ(QSet<QString>(reach->cells[col].nodeIds.begin(), reach->cells[col].nodeIds.end()),
                  QSet<QString>(reached.begin(), reached.end())) << where;
        EXPECT_EQ(QSet<QString>(without->cells[col].nodeIds.begin(), without->cells[col].nodeIds.end()),
                  QSet<QString>(withoutSpof.begin(), withoutSpof.end())) << where;

        const MethodologyResult m = assessMethodology(variant, options.methodology);
        expectProfilesEqual(profiles[col], directProfile(variant, m), where + " column " + std::to_string(col));
    }

    // Differences: exactly the capability cells that are better, worse or one-sided.
    const std::vector<CapabilityDifference> differences = capabilityDifferences(c);
    std::size_t expected = 0;
    for (std::size_t col = 1; col < c.columns.size(); ++col) {
        for (const ComparisonRow &row : c.rows) {
            if (row.figure != u"spofs" && row.figure != u"cut_sets" && row.figure != u"foreign_reach" && row.figure != u"lock_in")
                continue;
            const ComparisonCell &cell = row.cells[col];
            expected += cell.mark == ComparisonMark::Better || cell.mark == ComparisonMark::Worse
                        || cell.value.has_value() != row.cells[0].value.has_value();
        }
    }
    EXPECT_EQ(differences.size(), expected) << where;
    for (const CapabilityDifference &d : differences) {
        const ComparisonRow &row = c.rows.at(d.row);
        EXPECT_EQ(row.subject, d.capability) << where;
        EXPECT_EQ(row.figure, d.figure) << where;
        EXPECT_GE(d.column, 1u);
        EXPECT_EQ(row.cells.at(d.column).value, d.value) << where;
        EXPECT_EQ(row.cells.front().value, d.baseline) << where;
        if (d.mark != ComparisonMark::NotApplicable)
            EXPECT_EQ(row.cells.at(d.column).mark, d.mark) << where;
        else
            EXPECT_NE(d.value.has_value(), d.baseline.has_value()) << where;
    }
    for (std::size_t i = 1; i < differences.size(); ++i) {
        EXPECT_TRUE(differences[i - 1].column < differences[i].column
                    || (differences[i - 1].column == differences[i].column && differences[i - 1].row < differences[i].row))
            << where;
    }
}

} // namespace

TEST(ComparisonChartData, LandscapeProfileByHand)
{
    const Model m = profileModel();
    ASSERT_TRUE(validateModel(m).empty()) << diagnosticsText(validateModel(m)).toStdString();
    const LandscapeProfile p = landscapeProfile(m, assessMethodology(m, fixedSettings()));
    // app-1 weighs 5 (cap-a), app-2 weighs 2 (cap-b); app-3 serves nothing; app-4 is a candidate.
    EXPECT_EQ(p.applications, QStringList({QStringLiteral("app-1"), QStringLiteral("app-2")}));
    EXPECT_EQ(p.unweighted, QStringList{QStringLiteral("app-3")});
    // SOV-1: (5·4 + 2·1) / 7, nothing unknown.
    ASSERT_TRUE(p.objectives[0].meanLevel);
    EXPECT_DOUBLE_EQ(*p.objectives[0].meanLevel, 22.0 / 7.0);
    EXPECT_DOUBLE_EQ(p.objectives[0].unknownShare, 0.0);
    EXPECT_DOUBLE_EQ(p.objectives[0].weight, 7.0);
    // SOV-2: only app-1 known (2); app-2's weight 2 of 7 unknown.
    ASSERT_TRUE(p.objectives[1].meanLevel);
    EXPECT_DOUBLE_EQ(*p.objectives[1].meanLevel, 2.0);
    EXPECT_DOUBLE_EQ(p.objectives[1].unknownShare, 2.0 / 7.0);
    EXPECT_EQ(p.objectives[1].unknownIds, QStringList{QStringLiteral("app-2")});
    // SOV-3: only app-2 known (0): a known 0 is a level, not unknown.
    ASSERT_TRUE(p.objectives[2].meanLevel);
    EXPECT_DOUBLE_EQ(*p.objectives[2].meanLevel, 0.0);
    EXPECT_DOUBLE_EQ(p.objectives[2].unknownShare, 5.0 / 7.0);
    // SOV-4 .. SOV-8: nothing known.
    for (int i = 3; i < SovereigntyObjectiveCount; ++i) {
        EXPECT_FALSE(p.objectives[std::size_t(i)].meanLevel) << i;
        EXPECT_DOUBLE_EQ(p.objectives[std::size_t(i)].unknownShare, 1.0) << i;
        EXPECT_TRUE(p.objectives[std::size_t(i)].knownIds.isEmpty());
    }
}

TEST(ComparisonChartData, ProfilePerOptionByHand)
{
    const Model m = profileModel();
    const ComparisonOptions options = fixedOptions();
    const Comparison c = compareOptions(m, {QStringLiteral("replace")}, options);
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    const std::vector<LandscapeProfile> profiles = comparisonProfiles(m, c, options.methodology);
    ASSERT_EQ(profiles.size(), 2u);
    // The option: app-1 (5) and app-5 (2). app-4's alternative_for edge went with app-2, so it
    // is no candidate any more: in use, but serving no capability, like app-3.
    const LandscapeProfile &p = profiles[1];
    EXPECT_EQ(p.applications, QStringList({QStringLiteral("app-1"), QStringLiteral("app-5")}));
    EXPECT_EQ(p.unweighted, QStringList({QStringLiteral("app-3"), QStringLiteral("app-4")}));
    // SOV-1: (5·4 + 2·3) / 7. SOV-4: only app-5 known (2), 5/7 unknown.
    EXPECT_DOUBLE_EQ(*p.objectives[0].meanLevel, 26.0 / 7.0);
    EXPECT_DOUBLE_EQ(*p.objectives[3].meanLevel, 2.0);
    EXPECT_DOUBLE_EQ(p.objectives[3].unknownShare, 5.0 / 7.0);
    // SOV-3: app-5 has none, app-1 has none: all unknown now.
    EXPECT_FALSE(p.objectives[2].meanLevel);
    EXPECT_DOUBLE_EQ(p.objectives[2].unknownShare, 1.0);
    // The baseline column is the baseline's own profile.
    EXPECT_EQ(profiles[0], landscapeProfile(m, assessMethodology(m, options.methodology)));
    // A failed comparison has none.
    EXPECT_TRUE(comparisonProfiles(m, compareOptions(m, {QStringLiteral("nope")}), options.methodology).empty());
}

TEST(ComparisonChartData, KeyFiguresByHand)
{
    const Model m = keyFigureModel();
    Model withoutOptions = m; // "eu-supplier" leaves scn-sup-us without its node, on purpose
    withoutOptions.options.clear();
    ASSERT_TRUE(validateModel(withoutOptions).empty()) << diagnosticsText(validateModel(withoutOptions)).toStdString();
    const Comparison c = compareOptions(m, {QStringLiteral("eu-supplier"), QStringLiteral("second-supplier")}, fixedOptions());
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    const std::vector<ComparisonFigure> figures = comparisonFigures(c, &m);

    // Families in order, each present.
    std::vector<ComparisonFigureFamily> families;
    for (const ComparisonFigure &f : figures) {
        if (families.empty() || families.back() != f.family)
            families.push_back(f.family);
    }
    EXPECT_EQ(families, (std::vector<ComparisonFigureFamily>{ComparisonFigureFamily::Resilience, ComparisonFigureFamily::Cost, ComparisonFigureFamily::Sovereignty,
                                                       ComparisonFigureFamily::Concentration, ComparisonFigureFamily::ScenarioCost}));

    // Baseline: cap-docs {app-docs, sup-us, US}, cap-mail {app-mail, sup-a, NL}, cap-idle none.
    const ComparisonFigure *spofs = findFigure(figures, QStringLiteral("spofs_total"));
    ASSERT_NE(spofs, nullptr);
    EXPECT_FALSE(spofs->higherIsBetter);
    EXPECT_EQ(spofs->cells[0].value, 6.0);
    EXPECT_EQ(spofs->cells[0].nodeIds, QStringList({QStringLiteral("cap-docs"), QStringLiteral("cap-mail")}));
    EXPECT_EQ(spofs->cells[1].value, 6.0); // sup-eu and NL instead of sup-us and US
    EXPECT_EQ(spofs->cells[1].mark, ComparisonMark::Same);
    EXPECT_EQ(spofs->cells[2].value, 5.0); // sup-a is no longer alone
    EXPECT_EQ(spofs->cells[2].delta, -1.0);
    EXPECT_EQ(spofs->cells[2].mark, ComparisonMark::Better);

    const ComparisonFigure *without = findFigure(figures, QStringLiteral("capabilities_without_spof"));
    ASSERT_NE(without, nullptr);
    EXPECT_TRUE(without->higherIsBetter);
    EXPECT_EQ(without->cells[0].value, 1.0);
    EXPECT_EQ(without->cells[0].nodeIds, QStringList{QStringLiteral("cap-idle")});

    const ComparisonFigure *reach = findFigure(figures, QStringLiteral("foreign_reach_total"));
    ASSERT_NE(reach, nullptr);
    EXPECT_EQ(reach->cells[0].value, 1.0);
    EXPECT_EQ(reach->cells[0].nodeIds, QStringList{QStringLiteral("cap-docs")});
    EXPECT_EQ(reach->cells[1].value, 0.0);
    EXPECT_EQ(reach->cells[1].mark, ComparisonMark::Better);
    EXPECT_TRUE(reach->cells[1].nodeIds.isEmpty());
    EXPECT_EQ(reach->cells[2].mark, ComparisonMark::Same);

    const ComparisonFigure *cost = findFigure(figures, QStringLiteral("annual_cost"));
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(cost->unit, FigureUnit::Euro);
    EXPECT_EQ(cost->cells[0].value, 30000.0);

    int hhi = 0;
    for (const ComparisonFigure &f : figures)
        hhi += f.family == ComparisonFigureFamily::Concentration;
    EXPECT_EQ(hhi, 6);

    // Scenarios: named, with the nodes they hit; failing sup-us is n/a once sup-us is gone.
    const ComparisonFigure *us = findFigure(figures, QStringLiteral("scenario.extra_cost"), QStringLiteral("scn-us"));
    ASSERT_NE(us, nullptr);
    EXPECT_EQ(us->label, QStringLiteral("US cut-off"));
    EXPECT_EQ(us->cells[0].nodeIds, QStringList{QStringLiteral("US")});
    const ComparisonFigure *bankrupt = findFigure(figures, QStringLiteral("scenario.extra_cost"), QStringLiteral("scn-sup-us"));
    ASSERT_NE(bankrupt, nullptr);
    EXPECT_TRUE(bankrupt->cells[0].value);
    EXPECT_FALSE(bankrupt->cells[1].value);
    EXPECT_EQ(bankrupt->cells[1].mark, ComparisonMark::NotApplicable);
    // Without the model, the scenario id is its label.
    EXPECT_EQ(findFigure(comparisonFigures(c), QStringLiteral("scenario.extra_cost"), QStringLiteral("scn-us"))->label, QStringLiteral("scn-us"));
    EXPECT_TRUE(comparisonFigures(compareOptions(m, {QStringLiteral("nope")})).empty());

    for (int f = 0; f < ComparisonFigureFamilyCount; ++f)
        EXPECT_FALSE(comparisonFigureFamilyTitle(ComparisonFigureFamily(f)).isEmpty());
    checkAgainstDirect(m, c, fixedOptions(), "key figure model");
}

TEST(ComparisonChartData, SectionsAndDifferencesByHand)
{
    const Model m = keyFigureModel();
    const Comparison c = compareOptions(m, {QStringLiteral("eu-supplier"), QStringLiteral("second-supplier")}, fixedOptions());
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(comparisonSection(*c.find(QStringLiteral("annual_cost"))), ComparisonSection::Totals);
    EXPECT_EQ(comparisonSection(*c.find(QStringLiteral("spofs"), QStringLiteral("cap-mail"))), ComparisonSection::Capabilities);
    EXPECT_EQ(comparisonSection(*c.find(QStringLiteral("cutoff"), QStringLiteral("US"))), ComparisonSection::Jurisdictions);
    EXPECT_EQ(comparisonSection(*c.find(QStringLiteral("scenario.extra_cost"), QStringLiteral("scn-us"))), ComparisonSection::Scenarios);
    // Rows come in section order.
    int last = 0;
    for (const ComparisonRow &row : c.rows) {
        EXPECT_GE(int(comparisonSection(row)), last) << row.figure.toStdString();
        last = int(comparisonSection(row));
    }

    EXPECT_TRUE(comparisonRowDiffers(*c.find(QStringLiteral("spofs"), QStringLiteral("cap-mail"))));      // second supplier: better
    EXPECT_FALSE(comparisonRowDiffers(*c.find(QStringLiteral("spofs"), QStringLiteral("cap-idle"))));     // 0 everywhere
    EXPECT_TRUE(comparisonRowDiffers(*c.find(QStringLiteral("scenario.capabilities_down"), QStringLiteral("scn-sup-us")))); // n/a in one
    EXPECT_FALSE(comparisonRowDiffers(*c.find(QStringLiteral("annual_cost"))));

    const std::vector<CapabilityDifference> d = capabilityDifferences(c);
    // eu-supplier: cap-docs is no longer reached by the US (foreign_reach 1 -> 0, better).
    // second-supplier: cap-mail loses a SPOF (better) and gains the cut set {sup-a, sup-b} (worse).
    bool docsReach = false, mailSpof = false, mailCut = false;
    for (const CapabilityDifference &x : d) {
        if (x.column == 1 && x.capability == u"cap-docs" && x.figure == u"foreign_reach") {
            docsReach = true;
            EXPECT_EQ(x.mark, ComparisonMark::Better);
            EXPECT_EQ(x.baseline, 1.0);
            EXPECT_EQ(x.value, 0.0);
            EXPECT_EQ(x.delta, -1.0);
        }
        if (x.column == 2 && x.capability == u"cap-mail" && x.figure == u"spofs") {
            mailSpof = true;
            EXPECT_EQ(x.mark, ComparisonMark::Better);
        }
        if (x.column == 2 && x.capability == u"cap-mail" && x.figure == u"cut_sets") {
            mailCut = true;
            EXPECT_EQ(x.mark, ComparisonMark::Worse);
        }
        EXPECT_NE(x.capability, QStringLiteral("cap-idle"));
    }
    EXPECT_TRUE(docsReach && mailSpof && mailCut);
}

TEST(ComparisonChartData, SampleWithItsStoredOptions)
{
    const ModelFileResult sample = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    ASSERT_EQ(sample.status, ModelFileResult::Status::Ok);
    const Model &m = *sample.model;
    QStringList ids;
    for (const Option &o : m.options)
        ids << o.id;
    ASSERT_GE(ids.size(), 2);
    ComparisonOptions options = fixedOptions();
    options.methodology = MethodologySettings::fromModel(m);
    options.methodology.asOf = QDate(2026, 1, 1);
    options.scenario.methodology = options.methodology;
    const Comparison c = compareOptions(m, ids, options);
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    checkAgainstDirect(m, c, options, "lindewaard");

    const std::vector<LandscapeProfile> profiles = comparisonProfiles(m, c, options.methodology);
    // The sovereign office environment replaces Exchange, SharePoint and the M365 apps by the
    // open-source alternatives the sample lists: those leave the landscape, the alternatives
    // (candidates in the baseline, not weighed) come into use, and the technology objective
    // (SOV-6: openness of the stack) rises.
    const int office = int(ids.indexOf(QStringLiteral("opt-soevereine-kantooromgeving"))) + 1;
    ASSERT_GT(office, 0);
    const LandscapeProfile &base = profiles[0], &variant = profiles[std::size_t(office)];
    EXPECT_TRUE(base.applications.contains(QStringLiteral("app-exchange")));
    EXPECT_FALSE(base.applications.contains(QStringLiteral("app-alt-ox")));
    EXPECT_FALSE(variant.applications.contains(QStringLiteral("app-exchange")));
    EXPECT_TRUE(variant.applications.contains(QStringLiteral("app-alt-ox")));
    ASSERT_TRUE(base.objectives[5].meanLevel && variant.objectives[5].meanLevel);
    EXPECT_GT(*variant.objectives[5].meanLevel, *base.objectives[5].meanLevel + 0.2);
    // SOV-7 and SOV-8 can only be assessed: mostly unknown in the sample.
    EXPECT_GT(profiles[0].objectives[6].unknownShare, 0.5);
    // The candidates (alternatives) are not weighed.
    EXPECT_FALSE(profiles[0].applications.contains(QStringLiteral("app-alt-proxmox")));
    EXPECT_FALSE(profiles[0].unweighted.contains(QStringLiteral("app-alt-proxmox")));

    // Every option changes some capability figure, and every key-figure family has data.
    const std::vector<CapabilityDifference> differences = capabilityDifferences(c);
    for (std::size_t col = 1; col < c.columns.size(); ++col) {
        EXPECT_TRUE(std::any_of(differences.begin(), differences.end(), [&](const CapabilityDifference &d) { return d.column == col; }))
            << c.columns[col].optionId.toStdString();
    }
    const std::vector<ComparisonFigure> figures = comparisonFigures(c, &m);
    std::set<ComparisonFigureFamily> families;
    for (const ComparisonFigure &f : figures)
        families.insert(f.family);
    EXPECT_EQ(families.size(), std::size_t(ComparisonFigureFamilyCount));
}

/// Random landscapes (core/modelgenerator.h) with random replacement options, and random
/// models of every feature (tests/support/randommodel.h): every figure equals its direct
/// recomputation.
TEST(ComparisonChartData, PropertyMatchesDirectRecomputation)
{
    const ComparisonOptions options = fixedOptions();
    int compared = 0;
    for (unsigned seed = 1; seed <= 40; ++seed) {
        Model m = generateModel(40 + int(seed % 5) * 15, seed);
        std::mt19937 rng(seed);
        QStringList applications, capabilities;
        for (const Node &n : m.nodes) {
            if (n.kind == NodeKind::Application)
                applications << n.id;
            if (n.kind == NodeKind::Capability)
                capabilities << n.id;
        }
        ASSERT_FALSE(applications.isEmpty());
        ASSERT_FALSE(capabilities.isEmpty());
        const auto pick = [&](const QStringList &from) { return from[int(rng() % unsigned(from.size()))]; };
        // Replace an application by an assessed one that a random capability requires.
        Option replace;
        replace.id = QStringLiteral("replace");
        replace.name = QStringLiteral("Replace");
        replace.removeNodes << pick(applications);
        Attributes levels;
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            if (rng() % 2)
                levels[QStringLiteral("seal.") + objectiveKey(i)] = double(rng() % 5);
        }
        replace.addNodes.push_back(makeNode(QStringLiteral("app-new"), NodeKind::Application, levels));
        replace.addEdges.push_back(makeEdge(pick(capabilities), QStringLiteral("app-new"), EdgeKind::Requires));
        m.options.push_back(replace);
        // Add a capability that needs an existing application.
        Option add;
        add.id = QStringLiteral("add");
        add.name = QStringLiteral("Add");
        add.addNodes.push_back(makeNode(QStringLiteral("cap-new"), NodeKind::Capability, {}, int(rng() % 5) + 1));
        add.addEdges.push_back(makeEdge(QStringLiteral("cap-new"), pick(applications), EdgeKind::Requires));
        m.options.push_back(add);
        const Comparison c = compareOptions(m, {QStringLiteral("replace"), QStringLiteral("add")}, options);
        if (!c.ok())
            continue;
        ++compared;
        checkAgainstDirect(m, c, options, "generated seed " + std::to_string(seed));
    }
    EXPECT_GT(compared, 30);

    int randomCompared = 0;
    for (unsigned seed = 1; seed <= 80; ++seed) {
        test::RandomModelGenerator generator(seed);
        const Model m = generator.generate({/*nodes*/ 14 + int(seed % 12), /*edges*/ 30});
        if (!validateModel(m).empty() || m.options.empty())
            continue;
        QStringList ids;
        for (const Option &o : m.options)
            ids << o.id;
        const Comparison c = compareOptions(m, ids, options);
        if (!c.ok())
            continue;
        ++randomCompared;
        checkAgainstDirect(m, c, options, "random seed " + std::to_string(seed));
    }
    EXPECT_GT(randomCompared, 20);
}
