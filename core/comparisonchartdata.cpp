// SPDX-License-Identifier: GPL-3.0-or-later
// The landscape profile is documented in docs/methodology.md §5.8; keep the two in step.
#include "comparisonchartdata.h"

#include <QCoreApplication>

#include <cmath>

namespace antrum {

namespace {

/// The translation context of the comparison charts' words.
struct ComparisonChartData {
    Q_DECLARE_TR_FUNCTIONS(ComparisonChartData)
};

/// Deltas and marks as compareOptions() sets them: in whole steps of the unit's precision.
void markCells(std::vector<ComparisonFigureCell> &cells, FigureUnit unit, bool higherIsBetter)
{
    const double step = comparisonPrecision(unit);
    const std::optional<double> base = cells.empty() ? std::nullopt : cells.front().value;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        ComparisonFigureCell &cell = cells[c];
        if (!cell.value || !base) {
            cell.delta.reset();
            cell.mark = ComparisonMark::NotApplicable;
            continue;
        }
        const double steps = std::round(*cell.value / step) - std::round(*base / step);
        if (c == 0 || steps == 0) {
            cell.delta = 0.0;
            cell.mark = ComparisonMark::Same;
            continue;
        }
        cell.delta = steps * step;
        cell.mark = (steps > 0) == higherIsBetter ? ComparisonMark::Better : ComparisonMark::Worse;
    }
}

/// A key figure that is a row of the comparison as it stands.
ComparisonFigure fromRow(ComparisonFigureFamily family, const ComparisonRow &row, const QString &label)
{
    ComparisonFigure f{family, row.figure, row.subject, label, row.unit, row.higherIsBetter, {}};
    for (const ComparisonCell &cell : row.cells)
        f.cells.push_back({cell.value, cell.delta, cell.mark, {}});
    return f;
}

QString hhiLabel(const QString &figure)
{
    // "hhi.<dimension>.<weighting>"
    const QStringList parts = figure.split(u'.');
    const QString dimension = parts.value(1), weighting = parts.value(2);
    const QString by = dimension == u"ultimate_parent" ? ComparisonChartData::tr("Parent company")
                       : dimension == u"jurisdiction"  ? ComparisonChartData::tr("Jurisdiction")
                                                       : ComparisonChartData::tr("Host operator");
    return weighting == u"criticality" ? ComparisonChartData::tr("%1 (by criticality)").arg(by)
                                       : ComparisonChartData::tr("%1 (by cost)").arg(by);
}

} // namespace

ComparisonSection comparisonSection(const ComparisonRow &row)
{
    if (row.subject.isEmpty())
        return ComparisonSection::Totals;
    if (row.figure.startsWith(u"scenario."))
        return ComparisonSection::Scenarios;
    if (row.figure == u"cutoff")
        return ComparisonSection::Jurisdictions;
    return ComparisonSection::Capabilities;
}

bool comparisonRowDiffers(const ComparisonRow &row)
{
    if (row.cells.empty())
        return false;
    const bool baseKnown = row.cells.front().value.has_value();
    for (const ComparisonCell &cell : row.cells) {
        if (cell.mark == ComparisonMark::Better || cell.mark == ComparisonMark::Worse)
            return true;
        if (cell.value.has_value() != baseKnown)
            return true;
    }
    return false;
}

QString comparisonFigureFamilyTitle(ComparisonFigureFamily family)
{
    switch (family) {
    case ComparisonFigureFamily::Resilience:
        return ComparisonChartData::tr("Resilience and foreign reach");
    case ComparisonFigureFamily::Cost:
        return ComparisonChartData::tr("Annual cost");
    case ComparisonFigureFamily::Sovereignty:
        return ComparisonChartData::tr("Sovereignty score");
    case ComparisonFigureFamily::Concentration:
        return ComparisonChartData::tr("Concentration (HHI)");
    case ComparisonFigureFamily::ScenarioCost:
        return ComparisonChartData::tr("Extra cost per scenario");
    }
    return {};
}

std::vector<ComparisonFigure> comparisonFigures(const Comparison &comparison, const Model *baseline)
{
    std::vector<ComparisonFigure> out;
    if (!comparison.ok())
        return out;
    const std::size_t columns = comparison.columns.size();

    // Resilience.
    ComparisonFigure withoutSpof{ComparisonFigureFamily::Resilience, QStringLiteral("capabilities_without_spof"), {},
                          ComparisonChartData::tr("SPOF-free capabilities"), FigureUnit::Count, true,
                          std::vector<ComparisonFigureCell>(columns)};
    ComparisonFigure spofs{ComparisonFigureFamily::Resilience, QStringLiteral("spofs_total"), {}, ComparisonChartData::tr("SPOFs (summed)"),
                    FigureUnit::Count, false, std::vector<ComparisonFigureCell>(columns)};
    ComparisonFigure reach{ComparisonFigureFamily::Resilience, QStringLiteral("foreign_reach_total"), {},
                    ComparisonChartData::tr("Foreign reach (summed)"), FigureUnit::Count, false,
                    std::vector<ComparisonFigureCell>(columns)};
    if (const ComparisonRow *row = comparison.find(QStringLiteral("capabilities_without_spof"))) {
        for (std::size_t c = 0; c < columns && c < row->cells.size(); ++c)
            withoutSpof.cells[c].value = row->cells[c].value;
    }
    for (std::size_t c = 0; c < columns; ++c) {
        spofs.cells[c].value = 0.0;
        reach.cells[c].value = 0.0;
    }
    for (const ComparisonRow &row : comparison.rows) {
        const bool isSpofs = row.figure == u"spofs";
        if (!isSpofs && row.figure != u"foreign_reach")
            continue;
        ComparisonFigure &total = isSpofs ? spofs : reach;
        for (std::size_t c = 0; c < columns && c < row.cells.size(); ++c) {
            const std::optional<double> &v = row.cells[c].value;
            if (!v)
                continue; // the capability is not in this column
            *total.cells[c].value += *v;
            if (*v > 0)
                total.cells[c].nodeIds << row.subject;
            if (isSpofs && *v == 0)
                withoutSpof.cells[c].nodeIds << row.subject;
        }
    }
    for (ComparisonFigure *f : {&withoutSpof, &spofs, &reach}) {
        markCells(f->cells, f->unit, f->higherIsBetter);
        out.push_back(std::move(*f));
    }

    // Cost, sovereignty, concentration: rows as they are.
    if (const ComparisonRow *row = comparison.find(QStringLiteral("annual_cost")))
        out.push_back(fromRow(ComparisonFigureFamily::Cost, *row, ComparisonChartData::tr("Annual cost")));
    if (const ComparisonRow *row = comparison.find(QStringLiteral("sovereignty_score")))
        out.push_back(fromRow(ComparisonFigureFamily::Sovereignty, *row, ComparisonChartData::tr("Sovereignty score")));
    for (const ComparisonRow &row : comparison.rows) {
        if (row.subject.isEmpty() && row.figure.startsWith(u"hhi."))
            out.push_back(fromRow(ComparisonFigureFamily::Concentration, row, hhiLabel(row.figure)));
    }

    // Scenarios.
    for (const ComparisonRow &row : comparison.rows) {
        if (row.figure != u"scenario.extra_cost")
            continue;
        QString label = row.subject;
        QStringList nodes;
        if (baseline) {
            for (const Scenario &s : baseline->scenarios) {
                if (s.id != row.subject)
                    continue;
                if (!s.name.isEmpty())
                    label = s.name;
                for (const Event &e : s.events) {
                    for (const QString &id : {e.node, e.parent}) {
                        if (!id.isEmpty() && !nodes.contains(id))
                            nodes << id;
                    }
                }
            }
        }
        ComparisonFigure f = fromRow(ComparisonFigureFamily::ScenarioCost, row, label);
        for (ComparisonFigureCell &cell : f.cells)
            cell.nodeIds = nodes;
        out.push_back(std::move(f));
    }
    return out;
}

LandscapeProfile landscapeProfile(const Model &model, const MethodologyResult &result)
{
    LandscapeProfile out;
    // Weights as the criticality-weighted concentration (methodology.cpp): the applications in
    // use, by their criticality; those that no capability depends on weigh nothing.
    std::vector<int> weightOf(model.nodes.size(), -1);
    for (const ApplicationLockIn &a : result.applications) {
        if (a.candidate)
            continue;
        if (a.criticality <= 0) {
            out.unweighted << model.nodes[std::size_t(a.node)].id;
            continue;
        }
        weightOf[std::size_t(a.node)] = a.criticality;
        out.applications << model.nodes[std::size_t(a.node)].id;
    }
    std::array<double, SovereigntyObjectiveCount> levelSum{}, knownWeight{};
    for (const SovereigntyProfile &p : result.applicationProfiles) {
        const int w = weightOf[std::size_t(p.node)];
        if (w <= 0)
            continue;
        const QString &id = model.nodes[std::size_t(p.node)].id;
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            LandscapeObjective &o = out.objectives[std::size_t(i)];
            o.weight += w;
            if (const std::optional<int> level = p.objectives[std::size_t(i)].level) {
                levelSum[std::size_t(i)] += double(w) * *level;
                knownWeight[std::size_t(i)] += w;
                o.knownIds << id;
            } else {
                o.unknownIds << id;
            }
        }
    }
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
        LandscapeObjective &o = out.objectives[std::size_t(i)];
        if (knownWeight[std::size_t(i)] > 0)
            o.meanLevel = levelSum[std::size_t(i)] / knownWeight[std::size_t(i)];
        if (o.weight > 0)
            o.unknownShare = (o.weight - knownWeight[std::size_t(i)]) / o.weight;
    }
    return out;
}

std::vector<LandscapeProfile> comparisonProfiles(const Model &baseline, const Comparison &comparison, const MethodologySettings &settings)
{
    std::vector<LandscapeProfile> out;
    if (!comparison.ok())
        return out;
    for (const ComparisonColumn &column : comparison.columns) {
        if (column.optionId.isEmpty()) {
            out.push_back(landscapeProfile(baseline, assessMethodology(baseline, settings)));
            continue;
        }
        for (const Option &o : baseline.options) {
            if (o.id == column.optionId) {
                const Model variant = applyOption(baseline, o);
                out.push_back(landscapeProfile(variant, assessMethodology(variant, settings)));
                break;
            }
        }
    }
    return out;
}

std::vector<CapabilityDifference> capabilityDifferences(const Comparison &comparison)
{
    std::vector<CapabilityDifference> out;
    for (std::size_t c = 1; c < comparison.columns.size(); ++c) {
        for (std::size_t r = 0; r < comparison.rows.size(); ++r) {
            const ComparisonRow &row = comparison.rows[r];
            if (comparisonSection(row) != ComparisonSection::Capabilities || c >= row.cells.size())
                continue;
            const ComparisonCell &base = row.cells.front();
            const ComparisonCell &cell = row.cells[c];
            const bool changed = cell.mark == ComparisonMark::Better || cell.mark == ComparisonMark::Worse;
            if (!changed && base.value.has_value() == cell.value.has_value())
                continue;
            out.push_back({row.subject, c, r, row.figure, row.label, row.unit, base.value, cell.value,
                           changed ? cell.delta : std::nullopt, changed ? cell.mark : ComparisonMark::NotApplicable});
        }
    }
    return out;
}

} // namespace antrum
