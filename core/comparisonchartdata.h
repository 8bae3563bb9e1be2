// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology.h"
#include "model.h"
#include "optioncomparison.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

/// The data behind the charts and lists of the option comparison view: plain structs computed
/// from a Comparison (and, for the sovereignty profile, from the methodology of each column),
/// with the node ids behind every bar, so that what a chart shows is tested here and not in
/// the widget.
namespace antrum {

// --- rows ----------------------------------------------------------------------------------

/// The part of a comparison a row belongs to (Comparison::rows is in this order).
enum class ComparisonSection { Totals, Capabilities, Jurisdictions, Scenarios };
inline constexpr int ComparisonSectionCount = 4;

/// Totals have no subject; "cutoff" is about a jurisdiction, "scenario.*" about a scenario,
/// every other figure with a subject about a capability.
ComparisonSection comparisonSection(const ComparisonRow &row);

/// Whether the row differs between the columns: some option is better or worse than the
/// baseline, or the figure is n/a in some columns but not in others (a capability an option
/// removes or adds, a scenario it makes impossible).
bool comparisonRowDiffers(const ComparisonRow &row);

// --- (a) key figures -----------------------------------------------------------------------

/// Key figures that share a unit and a scale, so that one chart can show them side by side.
enum class ComparisonFigureFamily {
    Resilience,    ///< counts: capabilities without a SPOF, SPOFs, foreign reach
    Cost,          ///< annual cost of the applications in use (EUR)
    Sovereignty,   ///< mean sovereignty score (0..100)
    Concentration, ///< HHI per dimension and weighting (0..10,000)
    ScenarioCost,  ///< extra cost per stored scenario over the horizon (EUR)
};
inline constexpr int ComparisonFigureFamilyCount = 5;

/// One key figure in one column.
struct ComparisonFigureCell {
    std::optional<double> value; ///< none: n/a in this column
    /// value minus the baseline's, both rounded to comparisonPrecision() (the rule of
    /// ComparisonCell::delta); none when either is n/a; 0 in the baseline's own cell.
    std::optional<double> delta;
    ComparisonMark mark = ComparisonMark::NotApplicable;
    QStringList nodeIds; ///< the nodes behind the bar: clicking it selects them (may be empty)

    bool operator==(const ComparisonFigureCell &) const = default;
};

/// One key figure with a cell per comparison column (baseline first).
///
/// Figures (`figure`):
/// - Resilience: "capabilities_without_spof" (the row of the comparison; nodes: those
///   capabilities), "spofs_total" (the "spofs" rows summed over the capabilities of the
///   column: a node that is a SPOF of two capabilities counts twice; nodes: the capabilities
///   with a SPOF), "foreign_reach_total" (the "foreign_reach" rows summed likewise: pairs of
///   a capability and a foreign jurisdiction whose laws reach it; nodes: the capabilities
///   reached). A capability absent from a column adds nothing to its sums.
/// - Cost: "annual_cost". Sovereignty: "sovereignty_score". Concentration: every
///   "hhi.<dimension>.<weighting>" row. (No nodes behind these: they are about the whole
///   landscape.)
/// - ScenarioCost: "scenario.extra_cost" per stored scenario (`subject` = its id; nodes: the
///   nodes its events name, as the baseline has them).
struct ComparisonFigure {
    ComparisonFigureFamily family = ComparisonFigureFamily::Resilience;
    QString figure;
    QString subject; ///< the scenario of "scenario.extra_cost"; else empty
    QString label;   ///< short and translated: a chart category
    FigureUnit unit = FigureUnit::Count;
    bool higherIsBetter = false;
    std::vector<ComparisonFigureCell> cells;

    bool operator==(const ComparisonFigure &) const = default;
};

/// The key figures of `comparison`, by family in the order of ComparisonFigureFamily and within a
/// family in the order above. `baseline` (the compared model, optional) gives the scenarios
/// their names and the nodes behind their bars; without it the label is the scenario id.
/// A failed comparison has none.
std::vector<ComparisonFigure> comparisonFigures(const Comparison &comparison, const Model *baseline = nullptr);

/// The family's name for a chart title ("Resilience", "Annual cost", ...), translated.
QString comparisonFigureFamilyTitle(ComparisonFigureFamily family);

// --- (b) sovereignty profile of a landscape --------------------------------------------------

/// One objective (SOV-n) over the landscape.
struct LandscapeObjective {
    /// Σ w·L / Σ w over the weighed applications whose SEAL level L (0..4) is known; none
    /// when no weighed application has a known level.
    std::optional<double> meanLevel;
    double unknownShare = 0; ///< Σ w over the unknown levels / Σ w; 0 when nothing is weighed
    double weight = 0;       ///< Σ w over every weighed application
    QStringList knownIds;    ///< weighed applications whose level is known, model order
    QStringList unknownIds;  ///< weighed applications whose level is unknown, model order

    bool operator==(const LandscapeObjective &) const = default;
};

/// The SOV-1..8 profile of a whole landscape (docs/methodology.md §5.8): per objective the
/// criticality-weighted mean SEAL level of the applications in use, and the share of that
/// weight whose level is unknown. An application is weighed with its criticality (§2.6) when
/// it is in use (§2.7: not a candidate) and some capability depends on it (criticality > 0),
/// exactly as the criticality-weighted concentration indices weigh it (§4.1).
struct LandscapeProfile {
    std::array<LandscapeObjective, SovereigntyObjectiveCount> objectives;
    QStringList applications; ///< the weighed applications, model order
    /// Applications in use that no capability depends on (criticality 0): not weighed.
    QStringList unweighted;

    bool operator==(const LandscapeProfile &) const = default;
};

/// The landscape profile of `model` from its methodology `result` (assessMethodology(model, …)).
LandscapeProfile landscapeProfile(const Model &model, const MethodologyResult &result);

/// The landscape profile of every column of `comparison` (ok(), made from `baseline`): the
/// baseline itself, then applyOption(baseline, option) per option column, each assessed with
/// `settings`. Empty for a failed comparison.
std::vector<LandscapeProfile> comparisonProfiles(const Model &baseline, const Comparison &comparison,
                                                 const MethodologySettings &settings);

// --- (c) per-capability differences ----------------------------------------------------------

/// A capability figure in which an option differs from the baseline.
struct CapabilityDifference {
    QString capability;     ///< its id
    std::size_t column = 0; ///< the option's column in Comparison::columns (1 or more)
    std::size_t row = 0;    ///< the figure's row in Comparison::rows
    QString figure;         ///< "spofs", "cut_sets", "foreign_reach", "lock_in"
    QString label;          ///< the row's label
    FigureUnit unit = FigureUnit::Count;
    std::optional<double> baseline; ///< none: the capability (or its figure) is not in the baseline
    std::optional<double> value;    ///< none: not in the option's variant
    std::optional<double> delta;
    /// Better or Worse; NotApplicable when the figure exists on one side only.
    ComparisonMark mark = ComparisonMark::NotApplicable;

    bool operator==(const CapabilityDifference &) const = default;
};

/// Every capability figure that an option changes: a cell marked better or worse, or present
/// in only one of the baseline and the option. By option column, then by capability and
/// figure in the order of Comparison::rows.
std::vector<CapabilityDifference> capabilityDifferences(const Comparison &comparison);

} // namespace antrum
