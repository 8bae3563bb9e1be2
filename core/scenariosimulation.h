// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology.h"
#include "model.h"

#include <QStringList>

#include <optional>
#include <vector>

/// Exit scenarios (model-format.md "Scenario"), simulated month by month: what fails (the
/// propagation of semantics.md), which capabilities are down and for how long against their
/// maximum tolerable downtime, the ways back (recovery plan), what it costs, and how the
/// sovereignty figures move when a supplier is acquired. docs/scenarios.md gives the rules.
namespace antrum {

/// How the ways back are ranked.
enum class RecoveryPolicy { Fastest, Cheapest, MostSovereign };
QString toString(RecoveryPolicy policy);
std::optional<RecoveryPolicy> recoveryPolicyFromString(QStringView text);

struct ScenarioOptions {
    int horizonMonths = 36;           ///< months simulated, 1..600; events later than this are ignored
    RecoveryPolicy policy = RecoveryPolicy::Fastest;
    MethodologySettings methodology;  ///< for the sovereignty figures and the "most sovereign" policy
};

/// One switch from a failed application to an alternative (an alternative_for edge).
struct RecoveryStep {
    int replaced = -1;    ///< the failed application (index in Model::nodes)
    int alternative = -1; ///< the application that takes over
    std::optional<double> switchMonths; ///< unknown: the step has no known end
    std::optional<double> switchCost;
    double alternativeScore = 0; ///< sovereignty score of the alternative (0..100)
};

/// The way back for one capability that went down.
struct CapabilityRecovery {
    int capability = -1;
    int downFrom = 0;                   ///< the month it went down
    std::optional<int> recoveredAt;     ///< the month it works again; none within the horizon
    double downtimeMonths = 0;          ///< until recovery, or to the end of the horizon
    std::optional<double> mtdHours;     ///< the capability's maximum tolerable downtime
    std::optional<bool> exceedsMtd;     ///< unknown without mtd_hours
    std::vector<RecoveryStep> steps;    ///< the chosen switches, done in parallel
    std::vector<RecoveryStep> rejected; ///< alternatives that were hit themselves
    bool noWayBack = false;
    QString reason;                     ///< why there is no way back, in words
};

/// A capability that lost something it depends on but stayed up: its redundancy held.
struct HeldByRedundancy {
    int capability = -1;
    int month = 0;
    std::vector<int> lost; ///< failed nodes among its direct and indirect dependencies
};

struct ScenarioMonth {
    int month = 0;
    std::vector<Event> events;           ///< the events of this month, in the scenario's order
    std::vector<int> newlyFailed;        ///< nodes that fail from this month (sorted by id)
    std::vector<int> capabilitiesDown;   ///< capabilities that go down this month
    std::vector<int> capabilitiesBack;   ///< capabilities that work again this month
    std::vector<RecoveryStep> switchesStarted; ///< switches to alternatives begun this month
};

struct SovereigntyChange {
    int application = -1;
    double scoreBefore = 0, scoreAfter = 0;
    std::optional<int> overallBefore, overallAfter;
};

/// A way out of a price rise: switching an application whose price rises to an alternative,
/// against staying, over the rest of the horizon.
struct PriceExit {
    int application = -1;
    int alternative = -1;
    int from = 0;                       ///< the month the price first rises (the switch starts then)
    std::optional<double> switchMonths, switchCost;
    double stayCost = 0;                ///< staying: the application at its new prices to the end
    std::optional<double> switchTotal;  ///< switching: the old one during the switch, the switch, the alternative after; unknown without its annual cost
    std::optional<double> saving;       ///< stayCost - switchTotal
};

/// Jurisdictions that come into (or leave) an application's legal reach through acquisitions.
struct ReachChange {
    int application = -1;
    std::vector<int> added, removed; ///< jurisdictions, by id
};

/// A concentration index before and after the scenario's acquisitions.
struct ConcentrationChange {
    QString dimension, weighting;
    double hhiBefore = 0, hhiAfter = 0;
};

struct ScenarioResult {
    QString scenarioId;
    QString scenarioName;
    int horizonMonths = 0;
    RecoveryPolicy policy = RecoveryPolicy::Fastest;
    std::vector<ScenarioMonth> months;   ///< only months where something happens, in order
    std::vector<int> failed;             ///< everything failed at the end of the horizon (sorted by id)
    std::vector<CapabilityRecovery> capabilities; ///< every capability that went down (by id)
    std::vector<HeldByRedundancy> held;  ///< by id
    double baselineCost = 0;  ///< running cost over the horizon without the scenario
    double scenarioCost = 0;  ///< with price changes, switches and the alternatives' running cost
    double switchingCost = 0; ///< one-off switching costs (known ones)
    std::vector<double> monthlyCost; ///< scenario cost per month, switch costs in their month
    std::vector<PriceExit> priceExits; ///< per application whose price rises: its alternatives, best saving first
    int applicationsWithoutCost = 0; ///< in use but without annual_cost: their cost is not counted
    std::vector<SovereigntyChange> sovereignty; ///< applications whose profile changed (by id)
    std::vector<ConcentrationChange> concentration; ///< only when the scenario acquires
    std::vector<ReachChange> reach; ///< applications in use whose legal reach changes (by id)
    QStringList notes;        ///< what the simulation could not use, e.g. events beyond the horizon
};

/// Simulates `scenario` on a valid `model` (which it never changes).
ScenarioResult simulateScenario(const Model &model, const Scenario &scenario, const ScenarioOptions &options = {});

} // namespace antrum
