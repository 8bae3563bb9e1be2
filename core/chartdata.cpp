// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "methodologyoutput.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <numeric>

namespace antrum {

namespace {

/// The translation context of the dashboard's figures and charts.
struct ChartData {
    Q_DECLARE_TR_FUNCTIONS(ChartData)
};

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 0) + QStringLiteral(" %");
}

QString nameOf(const Model &model, int node)
{
    const Node &n = model.nodes[std::size_t(node)];
    return n.name.isEmpty() ? n.id : n.name;
}

/// Names of the first `max` nodes, "and n more" after.
QString someNames(const Model &model, const std::vector<int> &nodes, int max = 3)
{
    QStringList names;
    for (std::size_t i = 0; i < nodes.size() && int(i) < max; ++i)
        names << nameOf(model, nodes[i]);
    QString text = names.join(QStringLiteral(", "));
    if (int(nodes.size()) > max)
        text = ChartData::tr("%1 and %2 more").arg(text).arg(int(nodes.size()) - max);
    return text;
}

QString kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability: return ChartData::tr("capability");
    case NodeKind::Application: return ChartData::tr("application");
    case NodeKind::Supplier: return ChartData::tr("supplier");
    case NodeKind::Host: return ChartData::tr("host");
    case NodeKind::Jurisdiction: return ChartData::tr("jurisdiction");
    }
    return {};
}

BarChartData::Series criticalitySeries(int criticality, std::size_t categories)
{
    BarChartData::Series s;
    s.key = QStringLiteral("criticality-%1").arg(criticality);
    s.name = ChartData::tr("criticality %1").arg(criticality);
    s.values.assign(categories, 0.0);
    s.ids.assign(categories, {});
    return s;
}

/// Keeps only the criticality series that have a bar somewhere, 5 first.
void dropEmptySeries(BarChartData &data)
{
    std::erase_if(data.series, [](const BarChartData::Series &s) {
        return std::all_of(s.values.begin(), s.values.end(), [](double v) { return v == 0; });
    });
}

} // namespace

double BarChartData::total(int category) const
{
    double sum = 0;
    for (const Series &s : series)
        sum += s.values[std::size_t(category)];
    return sum;
}

QString factorLabel(LockInFactor factor)
{
    switch (factor) {
    case LockInFactor::DataPortability: return ChartData::tr("Data portability");
    case LockInFactor::OpenStandards: return ChartData::tr("Open standards");
    case LockInFactor::License: return ChartData::tr("Licence");
    case LockInFactor::Deployment: return ChartData::tr("Deployment");
    case LockInFactor::Alternatives: return ChartData::tr("Alternatives");
    case LockInFactor::SwitchingCost: return ChartData::tr("Switching cost");
    case LockInFactor::ExitClause: return ChartData::tr("Exit clause");
    case LockInFactor::DataReturnClause: return ChartData::tr("Data return clause");
    case LockInFactor::NoticePeriod: return ChartData::tr("Notice period");
    case LockInFactor::ContractTerm: return ChartData::tr("Contract term");
    case LockInFactor::Bundling: return ChartData::tr("Bundling");
    }
    return {};
}

QString objectiveLabel(int objective)
{
    static const char *const names[SovereigntyObjectiveCount] = {
        QT_TRANSLATE_NOOP("ChartData", "Strategic"),    QT_TRANSLATE_NOOP("ChartData", "Legal"),
        QT_TRANSLATE_NOOP("ChartData", "Data & AI"),    QT_TRANSLATE_NOOP("ChartData", "Operational"),
        QT_TRANSLATE_NOOP("ChartData", "Supply chain"), QT_TRANSLATE_NOOP("ChartData", "Technology"),
        QT_TRANSLATE_NOOP("ChartData", "Security"),     QT_TRANSLATE_NOOP("ChartData", "Environment")};
    if (objective < 0 || objective >= SovereigntyObjectiveCount)
        return {};
    return objectiveKey(objective) + u' ' + ChartData::tr(names[objective]);
}

std::vector<KeyFigure> dashboardFigures(const Model &model, const DependencyAnalysis &analysis,
                                        const MethodologyResult &methodology)
{
    const FailureGraph &g = analysis.graph();
    std::vector<KeyFigure> figures;
    const int capabilities = int(analysis.capabilities().size());

    { // Capabilities without any single point of failure.
        KeyFigure f;
        f.key = QStringLiteral("without_spof");
        f.label = ChartData::tr("Capabilities without a single point of failure");
        std::vector<const CapabilityFindings *> with;
        for (const CapabilityFindings &c : analysis.capabilities()) {
            if (c.spofs.empty())
                f.ids << g.id(c.node);
            else
                with.push_back(&c);
        }
        // Worst first among those with one: most critical, then most single points of failure.
        std::stable_sort(with.begin(), with.end(), [](const CapabilityFindings *a, const CapabilityFindings *b) {
            if (a->criticality != b->criticality)
                return a->criticality > b->criticality;
            return a->spofs.size() > b->spofs.size();
        });
        std::vector<int> withNodes;
        for (std::size_t i = 0; i < with.size(); ++i)
            withNodes.push_back(int(with[i]->node));
        f.value = ChartData::tr("%1 of %2").arg(f.ids.size()).arg(capabilities);
        f.detail = with.empty() ? ChartData::tr("Every capability survives the loss of any one node.")
                                : ChartData::tr("%1 can be stopped by one node, e.g. %2").arg(with.size()).arg(someNames(model, withNodes, 2));
        f.tone = capabilities == 0 ? KeyFigure::Tone::Neutral
                 : with.empty()    ? KeyFigure::Tone::Good
                 : f.ids.isEmpty() ? KeyFigure::Tone::Bad
                                   : KeyFigure::Tone::Warning;
        f.listTitle = ChartData::tr("Capabilities without a single point of failure");
        figures.push_back(std::move(f));
    }

    { // Capabilities a foreign jurisdiction can cut off on its own.
        KeyFigure f;
        f.key = QStringLiteral("foreign_cutoff");
        f.label = ChartData::tr("Capabilities a foreign jurisdiction can cut off");
        std::map<FailureGraph::Index, int> hit; // capability -> criticality
        std::vector<std::pair<int, int>> byJurisdiction; // (count, jurisdiction)
        for (const JurisdictionFindings &j : analysis.jurisdictions()) {
            if (j.home || j.cutoff.empty())
                continue;
            byJurisdiction.emplace_back(int(j.cutoff.size()), int(j.node));
            for (FailureGraph::Index c : j.cutoff)
                hit[c] = model.nodes[c].effectiveCriticality();
        }
        std::vector<FailureGraph::Index> list;
        for (const auto &[c, crit] : hit)
            list.push_back(c);
        std::stable_sort(list.begin(), list.end(), [&](auto a, auto b) {
            if (hit[a] != hit[b])
                return hit[a] > hit[b];
            return analysis.idRank(a) < analysis.idRank(b);
        });
        for (FailureGraph::Index c : list)
            f.ids << g.id(c);
        std::stable_sort(byJurisdiction.begin(), byJurisdiction.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList by;
        for (const auto &[count, j] : byJurisdiction)
            if (by.size() < 3)
                by << QStringLiteral("%1 (%2)").arg(nameOf(model, j)).arg(count);
        if (byJurisdiction.size() > 3)
            by << ChartData::tr("%1 more").arg(byJurisdiction.size() - 3);
        f.value = ChartData::tr("%1 of %2").arg(f.ids.size()).arg(capabilities);
        const int vital = int(std::count_if(hit.begin(), hit.end(), [](const auto &e) { return e.second >= 4; }));
        f.detail = by.isEmpty() ? ChartData::tr("No foreign jurisdiction can stop a capability on its own.")
                                : ChartData::tr("%1 of them vital; by %2").arg(vital).arg(by.join(QStringLiteral(", ")));
        f.tone = capabilities == 0 ? KeyFigure::Tone::Neutral
                 : f.ids.isEmpty() ? KeyFigure::Tone::Good
                 : vital > 0       ? KeyFigure::Tone::Bad
                                   : KeyFigure::Tone::Warning;
        f.listTitle = ChartData::tr("Capabilities a foreign jurisdiction can cut off");
        figures.push_back(std::move(f));
    }

    { // The highest concentration over the indices.
        KeyFigure f;
        f.key = QStringLiteral("concentration");
        f.label = ChartData::tr("Highest concentration (HHI)");
        const ConcentrationIndex *worst = nullptr;
        for (const ConcentrationIndex &c : methodology.concentration)
            if (!c.shares.empty() && (!worst || c.hhi > worst->hhi))
                worst = &c;
        if (!worst) {
            f.value = ChartData::tr("unknown");
            f.detail = ChartData::tr("No application has the facts to weigh it by.");
        } else {
            f.value = QLocale().toString(worst->hhi, 'f', 0);
            const Share &top = worst->shares.front();
            f.detail = ChartData::tr("%1, by %2 weighted by %3; largest: %4 (%5)")
                           .arg(concentrationLevelName(worst->level), concentrationDimensionName(worst->dimension),
                                concentrationWeightingName(worst->weighting),
                                top.node >= 0 ? nameOf(model, top.node) : ChartData::tr("unknown"), percent(top.share));
            f.tone = worst->level == ConcentrationLevel::High       ? KeyFigure::Tone::Bad
                     : worst->level == ConcentrationLevel::Moderate ? KeyFigure::Tone::Warning
                                                                    : KeyFigure::Tone::Good;
            for (const Share &s : worst->shares)
                if (s.node >= 0)
                    f.ids << model.nodes[std::size_t(s.node)].id;
            f.listTitle = ChartData::tr("Largest shares by %1").arg(concentrationDimensionName(worst->dimension));
        }
        figures.push_back(std::move(f));
    }

    { // The worst lock-in.
        KeyFigure f;
        f.key = QStringLiteral("lock_in");
        f.label = ChartData::tr("Worst lock-in (0–100)");
        std::vector<const CapabilityLockIn *> ranked;
        for (const CapabilityLockIn &c : methodology.capabilities)
            if (c.drivenBy)
                ranked.push_back(&c);
        std::stable_sort(ranked.begin(), ranked.end(), [&](const CapabilityLockIn *a, const CapabilityLockIn *b) {
            if (a->lockIn.score != b->lockIn.score)
                return a->lockIn.score > b->lockIn.score;
            return idLess(model.nodes[std::size_t(a->node)].id, model.nodes[std::size_t(b->node)].id);
        });
        if (ranked.empty()) {
            f.value = ChartData::tr("none");
            f.detail = ChartData::tr("No capability needs an application.");
        } else {
            const CapabilityLockIn &w = *ranked.front();
            f.value = QLocale().toString(w.lockIn.score, 'f', 1);
            f.detail = ChartData::tr("%1, set by %2; %3 of it known")
                           .arg(nameOf(model, w.node), nameOf(model, *w.drivenBy), percent(w.lockIn.knownShare));
            f.tone = w.lockIn.score >= 60 ? KeyFigure::Tone::Bad
                     : w.lockIn.score >= 35 ? KeyFigure::Tone::Warning
                                            : KeyFigure::Tone::Good;
            for (const CapabilityLockIn *c : ranked)
                f.ids << model.nodes[std::size_t(c->node)].id;
        }
        f.listTitle = ChartData::tr("Capabilities by lock-in, worst first");
        figures.push_back(std::move(f));
    }

    { // The share of unknown data.
        KeyFigure f;
        f.key = QStringLiteral("unknown_data");
        f.label = ChartData::tr("Unknown data");
        const DataQuality &q = methodology.dataQuality;
        const double unknown = 1.0 - (q.lockInKnownShare + q.sovereigntyKnownShare + q.concentrationKnownShare) / 3.0;
        f.value = q.applications == 0 ? ChartData::tr("–") : percent(unknown);
        f.detail = ChartData::tr("%1 gaps; lock-in %2 known, sovereignty %3, concentration %4")
                       .arg(q.items.size())
                       .arg(percent(q.lockInKnownShare), percent(q.sovereigntyKnownShare),
                            percent(q.concentrationKnownShare));
        f.tone = q.applications == 0 ? KeyFigure::Tone::Neutral
                 : unknown > 0.4     ? KeyFigure::Tone::Bad
                 : unknown > 0.15    ? KeyFigure::Tone::Warning
                                     : KeyFigure::Tone::Good;
        std::vector<bool> seen(model.nodes.size(), false);
        for (const DataQualityItem &item : q.items)
            if (item.node >= 0 && !seen[std::size_t(item.node)]) {
                seen[std::size_t(item.node)] = true;
                f.ids << model.nodes[std::size_t(item.node)].id;
            }
        f.listTitle = ChartData::tr("Nodes with missing or stale facts, most important first");
        figures.push_back(std::move(f));
    }
    return figures;
}

BarChartData jurisdictionExposureChart(const Model &model, const DependencyAnalysis &analysis)
{
    const FailureGraph &g = analysis.graph();
    struct Row {
        const JurisdictionFindings *j;
        int cutoffWeight = 0, reachWeight = 0;
    };
    std::vector<Row> rows;
    auto weight = [&](const std::vector<FailureGraph::Index> &caps) {
        int w = 0;
        for (FailureGraph::Index c : caps)
            w += model.nodes[c].effectiveCriticality();
        return w;
    };
    for (const JurisdictionFindings &j : analysis.jurisdictions())
        if (!j.cutoff.empty() || !j.reach.empty())
            rows.push_back({&j, weight(j.cutoff), weight(j.reach)});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.j->home != b.j->home)
            return !a.j->home;
        if (a.cutoffWeight != b.cutoffWeight)
            return a.cutoffWeight > b.cutoffWeight;
        return a.reachWeight > b.reachWeight; // stable: ids already in order
    });

    BarChartData data;
    data.title = ChartData::tr("Exposure per jurisdiction");
    data.valueTitle = ChartData::tr("capabilities");
    data.note = ChartData::tr("Cut-off: capabilities it can stop on its own. Legal reach: capabilities its laws reach.");
    for (const Row &r : rows) {
        // Jurisdictions are mostly ISO codes (US, IE, NL): short labels leave room for bars.
        const QString &id = g.id(r.j->node);
        const QString name = (id.size() <= 3 ? id : nameOf(model, int(r.j->node)))
                             + (r.j->home ? ChartData::tr(" (home)") : QString());
        data.categories << ChartData::tr("%1: cut-off").arg(name) << ChartData::tr("%1: legal reach").arg(name);
        data.categoryIds << g.id(r.j->node) << g.id(r.j->node);
    }
    for (int crit = 5; crit >= 1; --crit)
        data.series.push_back(criticalitySeries(crit, std::size_t(data.categories.size())));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (int part = 0; part < 2; ++part) {
            const auto &caps = part == 0 ? rows[i].j->cutoff : rows[i].j->reach;
            for (FailureGraph::Index c : caps) {
                auto &s = data.series[std::size_t(5 - model.nodes[c].effectiveCriticality())];
                s.values[2 * i + std::size_t(part)] += 1;
                s.ids[2 * i + std::size_t(part)] << g.id(c);
            }
        }
    }
    dropEmptySeries(data);
    return data;
}

BarChartData concentrationChart(const Model &model, const MethodologyResult &methodology, const QString &dimension,
                                const QString &weighting, int maxBars)
{
    BarChartData data;
    data.title = ChartData::tr("Concentration by %1, weighted by %2")
                     .arg(concentrationDimensionName(dimension), concentrationWeightingName(weighting));
    data.valueTitle = ChartData::tr("share of the weight (%)");
    const auto found = std::find_if(methodology.concentration.begin(), methodology.concentration.end(),
                                    [&](const ConcentrationIndex &c) { return c.dimension == dimension && c.weighting == weighting; });
    if (found == methodology.concentration.end() || found->shares.empty())
        return data;
    const ConcentrationIndex &c = *found;
    data.note = ChartData::tr("HHI %1: %2 · largest %3, three largest %4 · %5 of the weight not attributed")
                    .arg(QLocale().toString(c.hhi, 'f', 0), concentrationLevelName(c.level), percent(c.cr1),
                         percent(c.cr3), percent(c.unknownShare));
    BarChartData::Series s;
    s.key = QStringLiteral("share");
    s.name = ChartData::tr("share");
    const int shown = std::max(1, std::min(maxBars, int(c.shares.size())));
    const bool other = int(c.shares.size()) > shown;
    const int direct = other ? shown - 1 : shown;
    for (int i = 0; i < direct; ++i) {
        const Share &share = c.shares[std::size_t(i)];
        data.categories << (share.node >= 0 ? nameOf(model, share.node) : ChartData::tr("unknown"));
        data.categoryIds << (share.node >= 0 ? model.nodes[std::size_t(share.node)].id : QString());
        s.values.push_back(100.0 * share.share);
        s.ids.push_back(share.node >= 0 ? QStringList{model.nodes[std::size_t(share.node)].id} : QStringList{});
    }
    if (other) {
        double rest = 0;
        QStringList ids;
        for (std::size_t i = std::size_t(direct); i < c.shares.size(); ++i) {
            rest += c.shares[i].share;
            if (c.shares[i].node >= 0)
                ids << model.nodes[std::size_t(c.shares[i].node)].id;
        }
        data.categories << ChartData::tr("Other (%1)").arg(c.shares.size() - std::size_t(direct));
        data.categoryIds << QString();
        s.values.push_back(100.0 * rest);
        s.ids.push_back(ids);
    }
    data.series.push_back(std::move(s));
    return data;
}

BarChartData lockInChart(const Model &model, const MethodologyResult &methodology, int maxBars)
{
    BarChartData data;
    data.title = ChartData::tr("Lock-in per capability");
    data.valueTitle = ChartData::tr("lock-in score (0–100), by factor");
    data.note = ChartData::tr("Each bar is the score of the most locked-in application the capability needs; "
                              "hatched grey: factors not known, counted at their worst.");
    std::vector<const CapabilityLockIn *> ranked;
    for (const CapabilityLockIn &c : methodology.capabilities)
        if (c.drivenBy)
            ranked.push_back(&c);
    std::stable_sort(ranked.begin(), ranked.end(), [&](const CapabilityLockIn *a, const CapabilityLockIn *b) {
        if (a->lockIn.score != b->lockIn.score)
            return a->lockIn.score > b->lockIn.score;
        return idLess(model.nodes[std::size_t(a->node)].id, model.nodes[std::size_t(b->node)].id);
    });
    if (int(ranked.size()) > maxBars) {
        data.note = ChartData::tr("The %1 most locked-in of %2 capabilities. ").arg(maxBars).arg(ranked.size()) + data.note;
        ranked.resize(std::size_t(std::max(0, maxBars)));
    }
    const auto &weights = methodology.settings.lockInWeights;
    double total = 0;
    for (double w : weights)
        total += std::max(0.0, w);
    for (int f = 0; f < LockInFactorCount; ++f) {
        BarChartData::Series s;
        s.key = factorKey(LockInFactor(f));
        s.name = factorLabel(LockInFactor(f));
        data.series.push_back(std::move(s));
    }
    BarChartData::Series unknown;
    unknown.key = QStringLiteral("unknown");
    unknown.name = ChartData::tr("unknown (counted at worst)");
    data.series.push_back(std::move(unknown));
    for (const CapabilityLockIn *c : ranked) {
        data.categories << ChartData::tr("%1 (%2)").arg(nameOf(model, c->node), nameOf(model, *c->drivenBy));
        data.categoryIds << model.nodes[std::size_t(c->node)].id;
        const QStringList ids{model.nodes[std::size_t(c->node)].id, model.nodes[std::size_t(*c->drivenBy)].id};
        double unknownPart = 0;
        for (int f = 0; f < LockInFactorCount; ++f) {
            const double w = std::max(0.0, weights[std::size_t(f)]);
            const auto &value = c->lockIn.factors[std::size_t(f)].value;
            const double part = total > 0 && value ? 100.0 * w * *value / total : 0.0;
            if (total > 0 && !value)
                unknownPart += 100.0 * w / total;
            data.series[std::size_t(f)].values.push_back(part);
            data.series[std::size_t(f)].ids.push_back(ids);
        }
        data.series.back().values.push_back(unknownPart);
        data.series.back().ids.push_back(ids);
    }
    dropEmptySeries(data);
    return data;
}

BarChartData spofRankingChart(const Model &model, const DependencyAnalysis &analysis, int maxBars)
{
    const FailureGraph &g = analysis.graph();
    std::map<FailureGraph::Index, std::vector<FailureGraph::Index>> breaks; // node -> capabilities
    for (const CapabilityFindings &c : analysis.capabilities())
        for (FailureGraph::Index s : c.spofs)
            if (s != c.node) // a capability is trivially its own single point of failure
                breaks[s].push_back(c.node);
    struct Row {
        FailureGraph::Index node;
        int weight;
        std::vector<FailureGraph::Index> caps;
    };
    std::vector<Row> rows;
    for (auto &[node, caps] : breaks) {
        int w = 0;
        for (FailureGraph::Index c : caps)
            w += model.nodes[c].effectiveCriticality();
        rows.push_back({node, w, std::move(caps)});
    }
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.caps.size() != b.caps.size())
            return a.caps.size() > b.caps.size();
        return analysis.idRank(a.node) < analysis.idRank(b.node);
    });
    if (int(rows.size()) > maxBars)
        rows.resize(std::size_t(std::max(0, maxBars)));

    BarChartData data;
    data.title = ChartData::tr("Single points of failure, ranked");
    data.valueTitle = ChartData::tr("capabilities it stops on its own");
    data.note = ChartData::tr("Ranked by the criticality of what each node breaks.");
    for (const Row &r : rows) {
        data.categories << ChartData::tr("%1 (%2)").arg(nameOf(model, int(r.node)), kindName(g.kind(r.node)));
        data.categoryIds << g.id(r.node);
    }
    for (int crit = 5; crit >= 1; --crit)
        data.series.push_back(criticalitySeries(crit, rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (FailureGraph::Index c : rows[i].caps) {
            auto &s = data.series[std::size_t(5 - model.nodes[c].effectiveCriticality())];
            s.values[i] += 1;
            if (s.ids[i].isEmpty())
                s.ids[i] << g.id(rows[i].node);
            s.ids[i] << g.id(c);
        }
    }
    dropEmptySeries(data);
    return data;
}

std::vector<SovereigntyProfileRow> sovereigntyProfiles(const Model &model, const MethodologyResult &methodology,
                                                       ProfileSubjects subjects)
{
    std::vector<SovereigntyProfileRow> rows;
    const auto &profiles = subjects == ProfileSubjects::Applications ? methodology.applicationProfiles
                                                                     : methodology.groupProfiles;
    std::vector<bool> candidate(model.nodes.size(), false);
    for (const ApplicationLockIn &a : methodology.applications)
        if (a.node >= 0)
            candidate[std::size_t(a.node)] = a.candidate;
    for (const SovereigntyProfile &p : profiles) {
        if (p.node < 0)
            continue;
        SovereigntyProfileRow row;
        row.id = model.nodes[std::size_t(p.node)].id;
        row.name = nameOf(model, p.node);
        for (int o = 0; o < SovereigntyObjectiveCount; ++o)
            row.levels[std::size_t(o)] = p.objectives[std::size_t(o)].level;
        row.score = p.score;
        row.knownShare = p.knownShare;
        row.candidate = subjects == ProfileSubjects::Applications && candidate[std::size_t(p.node)];
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SovereigntyProfileRow &a, const SovereigntyProfileRow &b) {
        if (a.score != b.score)
            return a.score < b.score;
        return idLess(a.id, b.id);
    });
    return rows;
}

MonteCarloChartData monteCarloChart(const Model &model, const DependencyAnalysis &analysis,
                                    const MonteCarloResult &result, int maxImportanceBars)
{
    const FailureGraph &g = analysis.graph();
    MonteCarloChartData data;
    data.trials = result.trials;
    std::map<FailureGraph::Index, std::pair<double, FailureGraph::Index>> best; // node -> (FV, capability)
    for (const CapabilityEstimate &c : result.capabilities) {
        MonteCarloChartData::Row row;
        row.id = g.id(c.node);
        row.name = nameOf(model, int(c.node));
        row.criticality = model.nodes[c.node].effectiveCriticality();
        row.failure = c.failure;
        data.capabilities.push_back(std::move(row));
        for (const NodeImportance &imp : c.importance) {
            if (imp.fussellVesely <= 0)
                continue;
            auto found = best.find(imp.node);
            if (found == best.end() || imp.fussellVesely > found->second.first)
                best[imp.node] = {imp.fussellVesely, c.node};
        }
    }
    std::stable_sort(data.capabilities.begin(), data.capabilities.end(),
                     [](const MonteCarloChartData::Row &a, const MonteCarloChartData::Row &b) {
                         if (a.failure.probability != b.failure.probability)
                             return a.failure.probability > b.failure.probability;
                         return idLess(a.id, b.id);
                     });
    std::vector<std::pair<FailureGraph::Index, std::pair<double, FailureGraph::Index>>> ranked(best.begin(), best.end());
    std::stable_sort(ranked.begin(), ranked.end(), [&](const auto &a, const auto &b) {
        if (a.second.first != b.second.first)
            return a.second.first > b.second.first;
        return analysis.idRank(a.first) < analysis.idRank(b.first);
    });
    if (int(ranked.size()) > maxImportanceBars)
        ranked.resize(std::size_t(std::max(0, maxImportanceBars)));
    BarChartData &imp = data.importance;
    imp.title = ChartData::tr("Importance: what a failure probability rests on");
    imp.valueTitle = ChartData::tr("Fussell–Vesely importance (%)");
    imp.note = ChartData::tr("Share of a capability's failure probability that goes if the node never fails "
                             "(highest over the capabilities).");
    BarChartData::Series s;
    s.key = QStringLiteral("fussell_vesely");
    s.name = ChartData::tr("importance");
    for (const auto &[node, value] : ranked) {
        imp.categories << ChartData::tr("%1 (for %2)").arg(nameOf(model, int(node)), nameOf(model, int(value.second)));
        imp.categoryIds << g.id(node);
        s.values.push_back(100.0 * value.first);
        s.ids.push_back({g.id(node), g.id(value.second)});
    }
    imp.series.push_back(std::move(s));
    return data;
}

} // namespace antrum
