// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependencyanalysis.h"
#include "failuresimulation.h"
#include "methodology.h"
#include "model.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

/// The data behind the dashboard and its charts (ui/dashboard), and behind the report's
/// figures: plain numbers and the node ids behind every bar, computed from the analyses, so
/// that what is drawn is tested without drawing it. docs/dashboard.md says what each figure
/// and chart means.
namespace antrum {

/// A bar chart's data: categories along one axis, one or more series (stacked or grouped by
/// the view). Every bar knows the nodes behind it, which a click selects.
struct BarChartData {
    struct Series {
        QString key;   ///< stable, e.g. "criticality-5", "license", "unknown"
        QString name;  ///< legend text (translated)
        std::vector<double> values;   ///< one per category
        std::vector<QStringList> ids; ///< the nodes behind each bar, one list per category
    };
    QString title;
    QString valueTitle;       ///< the value axis, e.g. "capabilities"
    QStringList categories;   ///< labels (names), in drawing order
    QStringList categoryIds;  ///< the node each category stands for (empty string if none)
    std::vector<Series> series;
    QString note;             ///< one line under the title, e.g. "HHI 3,906: high"
    /// The sum of a category over the series (its stacked length).
    double total(int category) const;
};

/// One key figure of the dashboard and the list behind it.
struct KeyFigure {
    enum class Tone { Good, Warning, Bad, Neutral };
    QString key;       ///< "without_spof", "foreign_cutoff", "concentration", "lock_in", "unknown_data"
    QString label;     ///< what it counts (translated)
    QString value;     ///< the figure as shown, e.g. "3 of 11", "69.8", "32 %"
    QString detail;    ///< one line that explains it, with names
    Tone tone = Tone::Neutral;
    QString listTitle; ///< the title of the list behind it
    QStringList ids;   ///< the list behind it (node ids, most important first)
};

/// The five key figures, in this order: capabilities without any single point of failure;
/// capabilities a foreign jurisdiction can cut off on its own; the highest concentration;
/// the worst lock-in; the share of unknown data.
std::vector<KeyFigure> dashboardFigures(const Model &model, const DependencyAnalysis &analysis,
                                        const MethodologyResult &methodology);

/// Exposure per jurisdiction: two bars each, "cut-off" (capabilities it can stop on its own)
/// and "legal reach" (capabilities its laws reach), stacked by the capabilities' criticality
/// (series "criticality-5" .. "criticality-1"). Foreign jurisdictions first, then by cut-off
/// weight (sum of criticality), reach weight, id; jurisdictions that reach nothing are left out.
BarChartData jurisdictionExposureChart(const Model &model, const DependencyAnalysis &analysis);

/// The shares of one concentration index (`dimension` "ultimate_parent", "jurisdiction" or
/// "host_operator", `weighting` "criticality" or "annual_cost"), largest first, in percent of
/// the attributed weight; beyond `maxBars` the rest is one bar "Other (n)". The note gives
/// HHI, level, CR1/CR3 and the unattributed share. Empty (no categories) when the index is
/// not in `methodology` or has no shares.
BarChartData concentrationChart(const Model &model, const MethodologyResult &methodology, const QString &dimension,
                                const QString &weighting, int maxBars = 10);

/// Lock-in per capability, broken into its factors: a series per factor whose value is the
/// factor's contribution to the score (weight × value / total weight × 100) and a series
/// "unknown" for the factors without a value (counted at their worst), so that a bar's
/// length is the capability's score. Capabilities without a lock-in (they need no
/// application) are left out; worst first, then by id. A bar's ids: the capability, then the
/// application that sets its score. At most `maxBars` (the worst); the note then says how
/// many there are.
BarChartData lockInChart(const Model &model, const MethodologyResult &methodology, int maxBars = 25);

/// Single points of failure ranked by how much they break: per node, the capabilities it is
/// a single point of failure of, stacked by their criticality. Ranked by the sum of those
/// criticalities, then the count, then id; at most `maxBars`. A bar's ids: the node, then the
/// capabilities it breaks.
BarChartData spofRankingChart(const Model &model, const DependencyAnalysis &analysis, int maxBars = 15);

/// The sovereignty profile (SEAL level 0..4 per objective SOV-1..8) of applications or
/// supplier groups.
struct SovereigntyProfileRow {
    QString id;   ///< the application, or the ultimate parent of a supplier group
    QString name;
    std::array<std::optional<int>, SovereigntyObjectiveCount> levels;
    double score = 0;   ///< 0..100
    double knownShare = 0;
    bool candidate = false; ///< an alternative not in use
};
enum class ProfileSubjects { Applications, SupplierGroups };
/// The rows for `subjects`, weakest (lowest score) first, then by id.
std::vector<SovereigntyProfileRow> sovereigntyProfiles(const Model &model, const MethodologyResult &methodology,
                                                       ProfileSubjects subjects);

/// Monte Carlo results for the charts.
struct MonteCarloChartData {
    struct Row {
        QString id, name;
        int criticality = 3;
        Estimate failure; ///< probability with its 95 % interval
    };
    std::vector<Row> capabilities; ///< highest probability first, then by id
    /// Importance: per node, its highest Fussell–Vesely importance over the capabilities (the
    /// share of a capability's failure probability that goes away if the node never fails);
    /// series "fussell_vesely"; ids: the node, then the capability where it is highest.
    BarChartData importance;
    qint64 trials = 0;
};
MonteCarloChartData monteCarloChart(const Model &model, const DependencyAnalysis &analysis,
                                    const MonteCarloResult &result, int maxImportanceBars = 15);

/// The translated name of a lock-in factor ("Data portability") and of an objective
/// ("SOV-5 Supply chain").
QString factorLabel(LockInFactor factor);
QString objectiveLabel(int objective);

} // namespace antrum
