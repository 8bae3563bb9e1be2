// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "scenariosimulation.h"

#include <QStringList>

#include <optional>
#include <vector>

/// The data behind the charts of a simulated exit scenario (the scenario view of the desktop
/// application): per capability that went down, when and how long against its maximum
/// tolerable downtime; the cost month by month against the baseline; and what has failed at a
/// given month. Plain values with the node ids behind every bar and point, computed from a
/// ScenarioResult alone, so that what a chart shows can be checked against the simulation.
namespace antrum {

/// Hours in a month, the unit docs/scenarios.md §2.4 uses to set downtime against the MTD
/// (8,760 / 12).
inline constexpr double HoursPerMonth = 730.0;

/// One switch from a failed application to an alternative, by node id.
struct TimelineStep {
    QString replaced;
    QString alternative;
    std::optional<double> switchMonths; ///< unknown: the switch has no known end
    std::optional<double> switchCost;   ///< EUR; unknown: not paid in the figures
};

/// How a stretch of downtime stands against the capability's maximum tolerable downtime.
enum class DowntimeState { WithinMtd, BeyondMtd, MtdUnknown };

/// Months [from, to) in which a capability is down, all within or all beyond its MTD.
struct DownSegment {
    double from = 0;
    double to = 0;
    DowntimeState state = DowntimeState::MtdUnknown;
};

/// One capability that went down in the scenario: a row of the timeline chart.
struct TimelineRow {
    QString id;
    QString name;
    int criticality = 3;               ///< the effective criticality (1..5)
    int downFrom = 0;                  ///< the first month it is down
    std::optional<int> recoveredAt;    ///< the month it works again; none within the horizon
    int horizonMonths = 0;
    double downtimeMonths = 0;         ///< months down in all, as the simulation counts them
    std::optional<double> mtdMonths;   ///< mtd_hours / 730; unknown without mtd_hours
    std::optional<bool> exceedsMtd;    ///< unknown without mtd_hours
    /// Where the MTD runs out on the month axis: the point at which the months down, counted
    /// along the down stretches from downFrom, reach the MTD (past the last stretch when they
    /// never do). Unknown without mtd_hours. The chart draws the limit here.
    std::optional<double> mtdRunsOutAt;
    bool noWayBack = false;
    QString reason;                    ///< why there is no way back, or why the end is open
    std::vector<TimelineStep> steps;   ///< the applications switched to bring it back
    std::vector<TimelineStep> rejected; ///< alternatives that were hit themselves
    /// The down stretches in month order, split where the MTD runs out. Their lengths add up to
    /// downtimeMonths. A capability that comes back and goes down again has a gap between two.
    std::vector<DownSegment> segments;
    /// The nodes behind the bar: the capability, then the applications switched and their
    /// alternatives (each once).
    QStringList nodeIds;
};

/// Every capability that went down, worst on top: those that do not come back within the
/// horizon first, then by months down (most first), then by id.
std::vector<TimelineRow> scenarioTimeline(const Model &model, const ScenarioResult &result);

/// One bar of "downtime against the limit": months down set against the MTD in months.
struct DowntimeBar {
    QString id;
    QString name;
    double downtimeMonths = 0;
    std::optional<double> mtdMonths;
    std::optional<bool> exceedsMtd;
    bool noWayBack = false;
    /// The months down within the MTD (at most the MTD) and beyond it; with the MTD unknown
    /// all of it is `unknownMonths`. within + beyond + unknown = downtimeMonths.
    double withinMonths = 0;
    double beyondMonths = 0;
    double unknownMonths = 0;
    QStringList nodeIds; ///< as TimelineRow::nodeIds
};

/// Months down against the MTD per capability that went down, in the order of scenarioTimeline.
std::vector<DowntimeBar> downtimeVersusLimit(const Model &model, const ScenarioResult &result);

/// The cost at one month of the horizon, cumulative from month 0 to the end of this month.
struct CostPoint {
    int month = 0;
    double baseline = 0;  ///< cumulative running cost without the scenario (EUR)
    double scenario = 0;  ///< cumulative cost with the scenario (EUR): ScenarioResult::monthlyCost summed
    double monthly = 0;   ///< the scenario cost of this month alone
    double switching = 0; ///< switching costs paid this month (the known ones)
    std::vector<TimelineStep> switches; ///< switches begun this month
    QStringList nodeIds;  ///< the applications switched this month and their alternatives
};

/// One point per month 0..horizon-1. The last point's baseline and scenario are the
/// result's baselineCost and scenarioCost; the switching costs add up to switchingCost.
std::vector<CostPoint> scenarioCostSeries(const Model &model, const ScenarioResult &result);

/// The months in which at least one switch begins (the marked points of the cost chart).
std::vector<CostPoint> switchingPoints(const std::vector<CostPoint> &series);

/// The ids of every node failed at `month` (after that month's events), sorted. Failures
/// accumulate, so at the last month of the horizon (or later) this is ScenarioResult::failed;
/// before month 0 nothing has failed.
QStringList failedNodesAt(const Model &model, const ScenarioResult &result, int month);

/// The ids of every node failed at the end of the horizon, sorted.
QStringList failedNodesAtEnd(const Model &model, const ScenarioResult &result);

} // namespace antrum
