// SPDX-License-Identifier: GPL-3.0-or-later
#include "optioncomparison.h"

#include "dependencyanalysis.h"
#include "methodologyoutput.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace antrum {

namespace {

/// The translation context of the comparison's words.
struct OptionComparison {
    Q_DECLARE_TR_FUNCTIONS(OptionComparison)
};

QString kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability:
        return OptionComparison::tr("capability");
    case NodeKind::Application:
        return OptionComparison::tr("application");
    case NodeKind::Supplier:
        return OptionComparison::tr("supplier");
    case NodeKind::Host:
        return OptionComparison::tr("host");
    case NodeKind::Jurisdiction:
        return OptionComparison::tr("jurisdiction");
    }
    return {};
}

struct CapabilityFigures {
    int spofs = 0;
    int cutSets = 0;
    int foreignReach = 0;
    std::optional<double> lockIn;
};

struct ScenarioFigures {
    int down = 0;
    int beyondMtd = 0;
    int noWayBack = 0;
    double extraCost = 0;
};

struct ConcentrationFigure {
    QString dimension, weighting;
    std::optional<double> hhi;
};

/// Everything one column contributes to the rows.
struct ColumnFigures {
    std::map<QString, CapabilityFigures> capabilities;
    std::map<QString, int> cutoff; ///< jurisdiction -> capabilities it can cut off
    int withoutSpof = 0;
    double annualCost = 0;
    int withoutCost = 0;
    std::optional<double> sovereigntyScore;
    int passingGates = 0;
    std::vector<ConcentrationFigure> concentration;
    double lockInKnown = 0, sovereigntyKnown = 0, concentrationKnown = 0;
    std::vector<std::optional<ScenarioFigures>> scenarios; ///< per scenario of the model; none: n/a
};

/// Whether every node `scenario` names is in `model`, of the kind its event needs.
bool scenarioApplies(const Model &model, const QHash<QString, int> &index, const Scenario &scenario)
{
    const auto has = [&](const QString &id, std::optional<NodeKind> kind) {
        const auto it = index.constFind(id);
        return it != index.constEnd() && (!kind || model.nodes[std::size_t(*it)].kind == *kind);
    };
    for (const Event &e : scenario.events) {
        switch (e.type) {
        case Event::Type::Fail:
            if (!has(e.node, std::nullopt))
                return false;
            break;
        case Event::Type::Price:
            if (!has(e.node, NodeKind::Supplier))
                return false;
            break;
        case Event::Type::Acquire:
            if (!has(e.node, NodeKind::Supplier) || !has(e.parent, NodeKind::Supplier))
                return false;
            break;
        }
    }
    return true;
}

ColumnFigures analyseColumn(const Model &model, const ComparisonOptions &options, ComparisonColumn &column)
{
    ColumnFigures out;
    AnalysisOptions analysisOptions;
    analysisOptions.maxOrder = options.maxOrder;
    analysisOptions.explain = false;
    const DependencyAnalysis analysis(model, analysisOptions);
    const FailureGraph &g = analysis.graph();
    for (const CapabilityFindings &f : analysis.capabilities()) {
        CapabilityFigures &c = out.capabilities[g.id(f.node)];
        c.spofs = int(f.spofs.size());
        c.cutSets = int(f.cutSets.size());
        c.foreignReach = int(f.foreignReach.size());
        out.withoutSpof += f.spofs.empty();
    }
    for (const JurisdictionFindings &j : analysis.jurisdictions())
        out.cutoff[g.id(j.node)] = int(j.cutoff.size());

    const MethodologyResult m = assessMethodology(model, options.methodology);
    for (const CapabilityLockIn &c : m.capabilities) {
        const auto it = out.capabilities.find(model.nodes[std::size_t(c.node)].id);
        if (it != out.capabilities.end() && c.drivenBy)
            it->second.lockIn = c.lockIn.score;
    }
    std::set<int> inUse;
    for (const ApplicationLockIn &a : m.applications) {
        if (a.candidate)
            continue;
        inUse.insert(a.node);
        if (const double *cost = model.nodes[std::size_t(a.node)].attributeAs<double>(QStringLiteral("annual_cost")))
            out.annualCost += *cost;
        else
            ++out.withoutCost;
    }
    double scoreSum = 0;
    int scored = 0;
    for (const SovereigntyProfile &p : m.applicationProfiles) {
        if (!inUse.count(p.node))
            continue;
        scoreSum += p.score;
        ++scored;
        out.passingGates += p.passesGates.value_or(false);
    }
    if (scored > 0)
        out.sovereigntyScore = scoreSum / scored;
    for (const ConcentrationIndex &c : m.concentration) {
        ConcentrationFigure f{c.dimension, c.weighting, std::nullopt};
        if (!c.shares.empty())
            f.hhi = c.hhi;
        out.concentration.push_back(f);
    }
    out.lockInKnown = m.dataQuality.lockInKnownShare;
    out.sovereigntyKnown = m.dataQuality.sovereigntyKnownShare;
    out.concentrationKnown = m.dataQuality.concentrationKnownShare;

    ScenarioOptions scenarioOptions = options.scenario;
    scenarioOptions.methodology = options.methodology;
    const QHash<QString, int> index = model.nodeIndex();
    for (const Scenario &s : model.scenarios) {
        if (!scenarioApplies(model, index, s)) {
            out.scenarios.emplace_back();
            column.scenariosNotApplicable << s.id;
            continue;
        }
        const ScenarioResult r = simulateScenario(model, s, scenarioOptions);
        ScenarioFigures f;
        f.down = int(r.capabilities.size());
        for (const CapabilityRecovery &c : r.capabilities) {
            f.beyondMtd += c.exceedsMtd.value_or(false);
            f.noWayBack += c.noWayBack;
        }
        f.extraCost = r.scenarioCost - r.baselineCost;
        out.scenarios.push_back(f);
    }
    return out;
}

/// What an option changes, one sentence each, with the baseline's names.
QStringList describeChanges(const Model &baseline, const QHash<QString, int> &index, const Option &option)
{
    QStringList out;
    const auto nodeWords = [&](const QString &id) -> QString {
        const auto it = index.constFind(id);
        if (it == index.constEnd())
            return id;
        const Node &n = baseline.nodes[std::size_t(*it)];
        return OptionComparison::tr("%1 %2 (%3)").arg(kindName(n.kind), n.id, n.name);
    };
    const QSet<QString> removed(option.removeNodes.begin(), option.removeNodes.end());
    for (const QString &id : option.removeNodes) {
        int edges = 0;
        for (const Edge &e : baseline.edges)
            edges += e.from == id || e.to == id;
        out << OptionComparison::tr("removes %1 with its %n edge(s)", nullptr, edges).arg(nodeWords(id));
    }
    for (const EdgeKey &e : option.removeEdges) {
        if (removed.contains(e.from) || removed.contains(e.to))
            continue; // went with its node
        out << OptionComparison::tr("removes the edge %1 → %2 (%3)").arg(e.from, e.to, toString(e.kind));
    }
    for (const Node &n : option.addNodes)
        out << OptionComparison::tr("adds %1 %2 (%3)").arg(kindName(n.kind), n.id, n.name);
    for (const Edge &e : option.addEdges) {
        if (e.group.isEmpty())
            out << OptionComparison::tr("adds the edge %1 → %2 (%3)").arg(e.from, e.to, toString(e.kind));
        else
            out << OptionComparison::tr("adds the edge %1 → %2 (%3) in group “%4”").arg(e.from, e.to, toString(e.kind), e.group);
    }
    if (out.isEmpty())
        out << OptionComparison::tr("changes nothing");
    return out;
}

void fillMarks(ComparisonRow &row)
{
    const double step = comparisonPrecision(row.unit);
    const std::optional<double> base = row.cells.front().value;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        ComparisonCell &cell = row.cells[c];
        if (!cell.value || !base) {
            cell.delta.reset();
            cell.mark = ComparisonMark::NotApplicable;
            continue;
        }
        // In whole steps of the figure's precision: rounding noise (a scenario's extra cost is
        // a difference of two sums over years) is no change.
        const double steps = std::round(*cell.value / step) - std::round(*base / step);
        if (c == 0 || steps == 0) {
            cell.delta = 0.0;
            cell.mark = ComparisonMark::Same;
            continue;
        }
        cell.delta = steps * step;
        cell.mark = (steps > 0) == row.higherIsBetter ? ComparisonMark::Better : ComparisonMark::Worse;
    }
}

} // namespace

QString toString(ComparisonMark mark)
{
    switch (mark) {
    case ComparisonMark::Same:
        return QStringLiteral("same");
    case ComparisonMark::Better:
        return QStringLiteral("better");
    case ComparisonMark::Worse:
        return QStringLiteral("worse");
    case ComparisonMark::NotApplicable:
        break;
    }
    return QStringLiteral("n.a.");
}

QString toString(FigureUnit unit)
{
    switch (unit) {
    case FigureUnit::Count:
        return QStringLiteral("count");
    case FigureUnit::Euro:
        return QStringLiteral("eur");
    case FigureUnit::Score:
        return QStringLiteral("score");
    case FigureUnit::Hhi:
        return QStringLiteral("hhi");
    case FigureUnit::Share:
        break;
    }
    return QStringLiteral("share");
}

double comparisonPrecision(FigureUnit unit)
{
    return unit == FigureUnit::Share ? 0.0001 : 0.01;
}

const ComparisonRow *Comparison::find(const QString &figure, const QString &subject) const
{
    for (const ComparisonRow &row : rows) {
        if (row.figure == figure && row.subject == subject)
            return &row;
    }
    return nullptr;
}

Comparison compareOptions(const Model &baseline, const QStringList &optionIds, const ComparisonOptions &options)
{
    Comparison result;
    result.modelName = baseline.name;
    result.maxOrder = options.maxOrder;
    result.gatesSet = std::any_of(options.methodology.sealGates.begin(), options.methodology.sealGates.end(),
                                  [](const std::optional<int> &gate) { return gate.has_value(); });

    // Which options, and are their variants models the analyses can take?
    std::vector<const Option *> chosen;
    QStringList known;
    for (const Option &o : baseline.options)
        known << o.id;
    QSet<QString> seen;
    for (const QString &id : optionIds) {
        const auto it = std::find_if(baseline.options.begin(), baseline.options.end(), [&](const Option &o) { return o.id == id; });
        if (it == baseline.options.end()) {
            result.errors << (known.isEmpty() ? OptionComparison::tr("unknown option \"%1\": the model has no options").arg(id)
                                              : OptionComparison::tr("unknown option \"%1\"; the model has: %2").arg(id, known.join(QStringLiteral(", "))));
        } else if (seen.contains(id)) {
            result.errors << OptionComparison::tr("option \"%1\" is given more than once").arg(id);
        } else {
            chosen.push_back(&*it);
        }
        seen.insert(id);
    }
    if (!result.errors.isEmpty())
        return result;

    std::vector<Model> variants;
    variants.reserve(chosen.size());
    for (const Option *o : chosen) {
        Model variant = applyOption(baseline, *o);
        // A scenario that names a removed node only makes that scenario n/a; anything else
        // broken would break the analyses.
        std::vector<Scenario> scenarios = std::move(variant.scenarios);
        variant.scenarios.clear();
        for (const Diagnostic &d : validateModel(variant))
            result.errors << OptionComparison::tr("option \"%1\" does not give a valid model: %2: %3").arg(o->id, d.path, d.message);
        variant.scenarios = std::move(scenarios);
        variants.push_back(std::move(variant));
    }
    if (!result.errors.isEmpty())
        return result;

    const QHash<QString, int> baseIndex = baseline.nodeIndex();
    std::vector<ColumnFigures> figures;
    {
        ComparisonColumn column;
        column.name = baseline.name;
        column.nodes = int(baseline.nodes.size());
        column.edges = int(baseline.edges.size());
        figures.push_back(analyseColumn(baseline, options, column));
        result.columns.push_back(std::move(column));
    }
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        ComparisonColumn column;
        column.optionId = chosen[i]->id;
        column.name = chosen[i]->name;
        column.changes = describeChanges(baseline, baseIndex, *chosen[i]);
        column.nodes = int(variants[i].nodes.size());
        column.edges = int(variants[i].edges.size());
        figures.push_back(analyseColumn(variants[i], options, column));
        result.columns.push_back(std::move(column));
    }

    const auto addRow = [&](const QString &figure, const QString &subject, const QString &label, bool higherIsBetter, FigureUnit unit,
                            const std::function<std::optional<double>(const ColumnFigures &)> &value) {
        ComparisonRow row{figure, subject, label, higherIsBetter, unit, {}};
        for (const ColumnFigures &f : figures)
            row.cells.push_back({value(f), std::nullopt, ComparisonMark::NotApplicable});
        fillMarks(row);
        result.rows.push_back(std::move(row));
    };
    using Opt = std::optional<double>;

    // Model totals.
    addRow(QStringLiteral("capabilities_without_spof"), {}, OptionComparison::tr("capabilities without a single point of failure"), true,
           FigureUnit::Count, [](const ColumnFigures &f) -> Opt { return f.withoutSpof; });
    addRow(QStringLiteral("annual_cost"), {}, OptionComparison::tr("annual cost of the applications in use (EUR)"), false, FigureUnit::Euro,
           [](const ColumnFigures &f) -> Opt { return f.annualCost; });
    addRow(QStringLiteral("applications_without_cost"), {}, OptionComparison::tr("applications in use without annual cost"), false,
           FigureUnit::Count, [](const ColumnFigures &f) -> Opt { return f.withoutCost; });
    addRow(QStringLiteral("sovereignty_score"), {}, OptionComparison::tr("mean sovereignty score of the applications in use"), true,
           FigureUnit::Score, [](const ColumnFigures &f) -> Opt { return f.sovereigntyScore; });
    if (result.gatesSet) {
        addRow(QStringLiteral("applications_passing_gates"), {}, OptionComparison::tr("applications in use passing every SEAL gate"), true,
               FigureUnit::Count, [](const ColumnFigures &f) -> Opt { return f.passingGates; });
    }
    const std::vector<ConcentrationFigure> &dimensions = figures.front().concentration;
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        addRow(QStringLiteral("hhi.") + dimensions[d].dimension + u'.' + dimensions[d].weighting, {},
               OptionComparison::tr("concentration (HHI) by %1, weighted by %2").arg(concentrationDimensionName(dimensions[d].dimension), concentrationWeightingName(dimensions[d].weighting)),
               false, FigureUnit::Hhi, [d](const ColumnFigures &f) -> Opt { return d < f.concentration.size() ? f.concentration[d].hhi : std::nullopt; });
    }
    addRow(QStringLiteral("known_share.lock_in"), {}, OptionComparison::tr("known share of the lock-in facts"), true, FigureUnit::Share,
           [](const ColumnFigures &f) -> Opt { return f.lockInKnown; });
    addRow(QStringLiteral("known_share.sovereignty"), {}, OptionComparison::tr("known share of the sovereignty facts"), true, FigureUnit::Share,
           [](const ColumnFigures &f) -> Opt { return f.sovereigntyKnown; });
    addRow(QStringLiteral("known_share.concentration"), {}, OptionComparison::tr("known share of the concentration facts"), true,
           FigureUnit::Share, [](const ColumnFigures &f) -> Opt { return f.concentrationKnown; });

    // Per capability and per jurisdiction, over every column's ids.
    const auto sortedIds = [&](auto member) {
        std::vector<QString> ids;
        std::set<QString> unique;
        for (const ColumnFigures &f : figures) {
            for (const auto &entry : f.*member) {
                if (unique.insert(entry.first).second)
                    ids.push_back(entry.first);
            }
        }
        std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) { return idLess(a, b); });
        return ids;
    };
    for (const QString &id : sortedIds(&ColumnFigures::capabilities)) {
        const auto capability = [id](const ColumnFigures &f) -> const CapabilityFigures * {
            const auto it = f.capabilities.find(id);
            return it == f.capabilities.end() ? nullptr : &it->second;
        };
        addRow(QStringLiteral("spofs"), id, OptionComparison::tr("single points of failure"), false, FigureUnit::Count,
               [&](const ColumnFigures &f) -> Opt { const CapabilityFigures *c = capability(f); return c ? Opt(c->spofs) : std::nullopt; });
        addRow(QStringLiteral("cut_sets"), id, OptionComparison::tr("cut sets of order 2..%1").arg(options.maxOrder), false, FigureUnit::Count,
               [&](const ColumnFigures &f) -> Opt { const CapabilityFigures *c = capability(f); return c ? Opt(c->cutSets) : std::nullopt; });
        addRow(QStringLiteral("foreign_reach"), id, OptionComparison::tr("foreign jurisdictions that reach it"), false, FigureUnit::Count,
               [&](const ColumnFigures &f) -> Opt { const CapabilityFigures *c = capability(f); return c ? Opt(c->foreignReach) : std::nullopt; });
        addRow(QStringLiteral("lock_in"), id, OptionComparison::tr("lock-in score"), false, FigureUnit::Score,
               [&](const ColumnFigures &f) -> Opt { const CapabilityFigures *c = capability(f); return c ? c->lockIn : std::nullopt; });
    }
    for (const QString &id : sortedIds(&ColumnFigures::cutoff)) {
        addRow(QStringLiteral("cutoff"), id, OptionComparison::tr("capabilities it can cut off"), false, FigureUnit::Count,
               [&](const ColumnFigures &f) -> Opt {
                   const auto it = f.cutoff.find(id);
                   return it == f.cutoff.end() ? std::nullopt : Opt(it->second);
               });
    }

    // Per stored scenario (every variant keeps the baseline's scenarios).
    for (std::size_t s = 0; s < baseline.scenarios.size(); ++s) {
        const QString &id = baseline.scenarios[s].id;
        const auto scenario = [s](const ColumnFigures &f) -> const ScenarioFigures * {
            return s < f.scenarios.size() && f.scenarios[s] ? &*f.scenarios[s] : nullptr;
        };
        addRow(QStringLiteral("scenario.capabilities_down"), id, OptionComparison::tr("capabilities that go down"), false, FigureUnit::Count,
               [&](const ColumnFigures &f) -> Opt { const ScenarioFigures *r = scenario(f); return r ? Opt(r->down) : std::nullopt; });
        addRow(QStringLiteral("scenario.beyond_mtd"), id, OptionComparison::tr("capabilities down beyond their maximum tolerable downtime"), false,
               FigureUnit::Count, [&](const ColumnFigures &f) -> Opt { const ScenarioFigures *r = scenario(f); return r ? Opt(r->beyondMtd) : std::nullopt; });
        addRow(QStringLiteral("scenario.no_way_back"), id, OptionComparison::tr("capabilities with no way back"), false, FigureUnit::Count,
               [&](const ColumnFigures &f) -> Opt { const ScenarioFigures *r = scenario(f); return r ? Opt(r->noWayBack) : std::nullopt; });
        addRow(QStringLiteral("scenario.extra_cost"), id, OptionComparison::tr("extra cost over the horizon (EUR)"), false, FigureUnit::Euro,
               [&](const ColumnFigures &f) -> Opt { const ScenarioFigures *r = scenario(f); return r ? Opt(r->extraCost) : std::nullopt; });
    }
    return result;
}

} // namespace antrum
