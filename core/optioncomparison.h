// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology.h"
#include "model.h"
#include "scenariosimulation.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Procurement options compared side by side (model-format.md "Option", cli.md "compare"):
/// the baseline and each option's variant (applyOption()) are analysed alike, and every figure
/// is set out per column with its difference to the baseline and whether that is better or
/// worse. The baseline model is never changed.
namespace antrum {

struct ComparisonOptions {
    int maxOrder = 2;                 ///< cut sets of order 2..maxOrder (1..4), as `analyze --max-order`
    MethodologySettings methodology;  ///< lock-in, concentration, sovereignty and SEAL gates
    /// Horizon and recovery policy of the stored scenarios; its `methodology` is replaced by
    /// the one above, so that every figure of a column rests on the same settings.
    ScenarioOptions scenario;
};

/// How a figure compares to the baseline's, judged by the figure's direction.
enum class ComparisonMark { Same, Better, Worse, NotApplicable };
/// "same", "better", "worse", "n.a." (the spelling of the JSON output).
QString toString(ComparisonMark mark);

/// What a figure counts, for formatting and for JSON readers.
enum class FigureUnit { Count, Euro, Score, Hhi, Share };
/// "count", "eur", "score", "hhi", "share".
QString toString(FigureUnit unit);

/// The precision at which figures are compared: 0.0001 for shares, 0.01 for the rest (cents,
/// hundredths of a score or index point; counts are whole). Values that round to the same
/// multiple of it are the same.
double comparisonPrecision(FigureUnit unit);

/// One figure in one column.
struct ComparisonCell {
    std::optional<double> value; ///< none: not applicable in this column (n/a); not rounded
    /// The value minus the baseline's, both rounded to comparisonPrecision(); none when either
    /// is n/a. The baseline's own cell has 0.
    std::optional<double> delta;
    ComparisonMark mark = ComparisonMark::NotApplicable;

    bool operator==(const ComparisonCell &) const = default;
};

/// One figure (a row of the comparison) with a cell per column, baseline first.
///
/// Figures (`figure`, with `subject` where it names something):
/// - model totals (no subject): "capabilities_without_spof", "annual_cost" (sum of annual_cost
///   of the applications in use), "applications_without_cost", "sovereignty_score" (mean
///   score of the applications in use), "applications_passing_gates" (only when SEAL gates
///   are set), "hhi.<dimension>.<weighting>" (concentration), "known_share.lock_in",
///   "known_share.sovereignty", "known_share.concentration" (data quality);
/// - per capability (subject = its id): "spofs", "cut_sets" (order 2..K), "foreign_reach"
///   (number of foreign jurisdictions whose laws reach it), "lock_in" (its lock-in score);
/// - per jurisdiction (subject = its id): "cutoff" (capabilities it can cut off on its own);
/// - per stored scenario (subject = its id): "scenario.capabilities_down",
///   "scenario.beyond_mtd", "scenario.no_way_back", "scenario.extra_cost" (scenario cost minus
///   the running cost without it, over the horizon).
struct ComparisonRow {
    QString figure;
    QString subject;  ///< capability, jurisdiction or scenario id; empty for a model total
    QString label;    ///< the figure in words (translated)
    bool higherIsBetter = false;
    FigureUnit unit = FigureUnit::Count;
    std::vector<ComparisonCell> cells; ///< baseline, then the options in the order asked for

    bool operator==(const ComparisonRow &) const = default;
};

/// One column: the baseline or one option's variant.
struct ComparisonColumn {
    QString optionId;    ///< empty for the baseline
    QString name;        ///< the option's name, or the model's for the baseline
    QStringList changes; ///< what the option changes, one sentence per change (translated)
    int nodes = 0;       ///< size of the (variant) model
    int edges = 0;
    /// Scenarios that cannot be simulated on this variant because it lacks a node they name
    /// (their rows are n/a here).
    QStringList scenariosNotApplicable;
};

struct Comparison {
    QString modelName;
    int maxOrder = 2;
    bool gatesSet = false; ///< SEAL gates were set, so "applications_passing_gates" is a row
    std::vector<ComparisonColumn> columns; ///< baseline first
    /// Sections in this order: model totals; capabilities by id (idLess), four figures each;
    /// jurisdictions by id; scenarios in model order, four figures each. A capability or
    /// jurisdiction present in only some columns is n/a in the others.
    std::vector<ComparisonRow> rows;
    /// Why nothing could be compared: an unknown option id, or an option whose variant is not
    /// a valid model. When not empty, `columns` and `rows` are empty.
    QStringList errors;

    bool ok() const { return errors.isEmpty(); }
    /// The row of `figure` about `subject`, or null.
    const ComparisonRow *find(const QString &figure, const QString &subject = {}) const;
};

/// Compares the baseline `baseline` (valid per validateModel()) with the options `optionIds`
/// (ids of baseline.options; compared in this order, an id may not repeat) on every figure:
/// single points of failure, cut sets, foreign reach, cut-off, lock-in, concentration,
/// sovereignty score and gates, cost, data quality and the stored scenarios. Each column is
/// analysed with DependencyAnalysis, assessMethodology and simulateScenario. `baseline` is
/// only read.
Comparison compareOptions(const Model &baseline, const QStringList &optionIds, const ComparisonOptions &options = {});

} // namespace antrum
