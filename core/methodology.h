// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

/// Antrum's own methodology (docs/methodology.md): lock-in scores, concentration indices,
/// sovereignty profiles along the European Commission's Cloud Sovereignty Framework, and the
/// data-quality summary. Every figure is a documented formula over factors a user can see,
/// and every factor says what it was computed from ("basis"), so that a council or a minister
/// can be shown why.
///
/// Unknown is a value: a factor whose input is missing is reported as unknown, never as 0.
/// Scores are computed twice: `score` counts every unknown factor at its worst ("what cannot
/// be shown is not there", as a tender does), `best` at its best; `knownShare` says how much
/// of the weight rested on known facts.
namespace antrum {

// --- settings ----------------------------------------------------------------------------

enum class LockInFactor : int {
    DataPortability,
    OpenStandards,
    License,
    Deployment,
    Alternatives,
    SwitchingCost,
    ExitClause,
    DataReturnClause,
    NoticePeriod,
    ContractTerm,
    Bundling,
};
inline constexpr int LockInFactorCount = 11;
/// "data_portability", "open_standards", ...: the keys of JSON output, settings and overrides.
QString factorKey(LockInFactor factor);
std::optional<LockInFactor> factorFromKey(QStringView key);

/// The eight sovereignty objectives, SOV-1 .. SOV-8.
inline constexpr int SovereigntyObjectiveCount = 8;
/// "SOV-1" .. "SOV-8".
QString objectiveKey(int objective);
/// The framework's weights in percent: 15/10/10/15/20/15/10/5.
inline constexpr std::array<double, SovereigntyObjectiveCount> SovereigntyWeights{15, 10, 10, 15, 20, 15, 10, 5};

enum class ConcentrationLevel { Low, Moderate, High };
QString toString(ConcentrationLevel level);

struct MethodologySettings {
    /// Relative weights of the lock-in factors (need not sum to 100).
    std::array<double, LockInFactorCount> lockInWeights{15, 10, 10, 10, 15, 10, 7, 5, 4, 4, 10};
    /// HHI bands (0..10,000): below `hhiModerate` low, above `hhiHigh` high. Defaults: the
    /// European Commission's horizontal merger guidelines (2004/C 31/03, paras 19-20).
    double hhiModerate = 1000;
    double hhiHigh = 2000;
    /// Minimum SEAL level per objective a tender demands (unset: no gate).
    std::array<std::optional<int>, SovereigntyObjectiveCount> sealGates{};
    /// Reference date for contract terms and the age of facts. Default: today.
    QDate asOf = QDate::currentDate();
    /// A fact older than this many months is listed as stale.
    int staleAfterMonths = 24;

    /// The model's "x-antrum-methodology" extension applied over the defaults; what cannot
    /// be used is described in `problems` (the model stays valid: the key is the project's own).
    static MethodologySettings fromModel(const Model &model, QStringList *problems = nullptr);
};

// --- results -----------------------------------------------------------------------------

/// One factor of a score: its value in [0, 1] (1 = most locked in), or unknown; where it came
/// from, in words a reader can check against the model.
struct FactorValue {
    std::optional<double> value;
    bool overridden = false; ///< set by the user (attribute "lock_in.<factor>")
    QString basis;           ///< e.g. "data_portability = 0.6"
};

struct LockInScore {
    double score = 0;     ///< 0..100, unknown factors at their worst
    double best = 0;      ///< 0..100, unknown factors at their best
    double knownShare = 0; ///< share of the weight on known factors, 0..1
    std::array<FactorValue, LockInFactorCount> factors;
};

struct ApplicationLockIn {
    int node = -1; ///< index in Model::nodes
    LockInScore lockIn;
    /// Only a candidate: the source of alternative_for edges that nothing depends on. Scored
    /// (how good an exit it would be) but left out of concentration, supplier groups and
    /// bundling, which describe the landscape in use.
    bool candidate = false;
    /// The application's criticality (docs/methodology.md §2.6): the highest criticality of
    /// the capabilities that depend on it, 0 when none does. The weight of "criticality"
    /// weightings, exposed so that roll-ups elsewhere weigh applications alike.
    int criticality = 0;
};

/// A capability is as locked in as the most locked-in application it needs.
struct CapabilityLockIn {
    int node = -1;
    std::optional<int> drivenBy; ///< the application that sets the score; none if it needs none
    std::vector<int> applications; ///< every application the capability needs (requires, transitively)
    LockInScore lockIn;            ///< a copy of drivenBy's
};

/// Applications grouped by the ultimate parent of their suppliers.
struct SupplierGroupLockIn {
    int parent = -1; ///< the ultimate parent company
    std::vector<int> applications;
    double meanScore = 0;
    double maxScore = 0;
};

struct Share {
    int node = -1; ///< the parent, jurisdiction or operator
    double share = 0; ///< of the known weight, 0..1
};

struct ConcentrationIndex {
    QString dimension; ///< "ultimate_parent", "jurisdiction" or "host_operator"
    QString weighting; ///< "criticality" or "annual_cost"
    std::vector<Share> shares; ///< largest first
    double hhi = 0;  ///< 0..10,000
    double cr1 = 0;  ///< largest share
    double cr3 = 0;  ///< three largest together
    ConcentrationLevel level = ConcentrationLevel::Low;
    double unknownShare = 0; ///< weight that could not be attributed (missing facts), of all weight
    /// For "jurisdiction": the known weight under jurisdictions outside the EU and home. A high
    /// HHI on the home jurisdiction is concentration, but not foreign dependence.
    double nonEuShare = 0;
    int applicationsWithoutWeight = 0; ///< in use, but no annual cost (or no criticality) to weigh them by
    double totalWeight = 0;
};

struct SealValue {
    std::optional<int> level; ///< 0..4, or unknown
    std::optional<int> derived; ///< what the graph alone says
    bool assessed = false;      ///< the user's assessment ("seal.SOV-n") sets `level`
    QString basis;
};

struct GateResult {
    int objective = 0;
    int minimum = 0;
    std::optional<bool> passed; ///< unknown when the level is unknown
};

struct SovereigntyProfile {
    int node = -1; ///< an application, or the ultimate parent of a supplier group
    std::array<SealValue, SovereigntyObjectiveCount> objectives;
    double score = 0; ///< 0..100: sum of weight x level / 4, unknown as SEAL-0
    double best = 0;  ///< unknown as SEAL-4
    double knownShare = 0;
    std::optional<int> overall; ///< the lowest level over the known objectives (weakest link)
    std::vector<GateResult> gates;
    std::optional<bool> passesGates; ///< all gates passed; unknown if one is unknown and none failed
};

struct DataQualityItem {
    int node = -1;
    QString attribute;  ///< e.g. "license", "provided_by", "license.as_of"
    QString problem;    ///< "missing", "stale", "low_confidence", "invalid"
    QString affects;    ///< what it feeds, e.g. "lock-in: license; SOV-6"
    double importance = 0; ///< criticality it serves x weight of what it feeds
};

struct DataQuality {
    std::vector<DataQualityItem> items; ///< most important first
    double lockInKnownShare = 0;     ///< mean over the applications in use
    double sovereigntyKnownShare = 0;
    double concentrationKnownShare = 0; ///< criticality-weighted, by ultimate parent
    int applications = 0;
    QStringList settingsProblems;
};

struct MethodologyResult {
    std::vector<ApplicationLockIn> applications; ///< model order
    std::vector<CapabilityLockIn> capabilities;  ///< model order
    std::vector<SupplierGroupLockIn> supplierGroups; ///< by parent id
    std::vector<ConcentrationIndex> concentration; ///< 3 dimensions x 2 weightings
    std::vector<SovereigntyProfile> applicationProfiles;
    std::vector<SovereigntyProfile> groupProfiles; ///< weakest link over the group's applications
    DataQuality dataQuality;
    MethodologySettings settings;
};

/// Runs the whole methodology on a valid model.
MethodologyResult assessMethodology(const Model &model, const MethodologySettings &settings);

} // namespace antrum
