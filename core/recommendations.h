// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependencyanalysis.h"
#include "methodology.h"
#include "model.h"
#include "optioncomparison.h"
#include "scenariosimulation.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

/// Findings and recommendations for the sovereignty report (docs/recommendations.md): what the
/// analyses found, area by area, in sentences a consultant would write, and what to do about
/// it, each recommendation derived from one finding by a documented rule (R1..R11) with its
/// rationale and source. Plain structs, no widgets: the report, the command line and the tests
/// all read the same result.
namespace antrum {

/// The thresholds of the rules. Each is documented, with its reason, in docs/recommendations.md.
namespace thresholds {
/// A capability with at least this criticality is "vital" (on the 1..5 scale of the model).
inline constexpr int VitalCriticality = 4;
/// A lock-in score (0..100, unknown factors at their worst) at or above this is "high".
inline constexpr double HighLockIn = 60.0;
/// Below this share of known facts a lock-in finding says how much of its score is unknown.
inline constexpr double LockInKnownShareNote = 0.5;
/// A supplier group's sovereignty score (0..100) below this is "low".
inline constexpr double LowSovereigntyScore = 25.0;
/// The minimum SEAL level suggested for a tender when none is set: SEAL-2 is the first level
/// at which EU law is "applicable and enforceable".
inline constexpr int SuggestedGateLevel = 2;
/// A share of the criticality-weighted (or cost-weighted) dependence under parent companies
/// outside the EU at or above this is a finding.
inline constexpr double HighNonEuShare = 0.25;
/// A data-quality item of at least this importance (criticality x weight) is "important".
inline constexpr double ImportantDataGap = 100.0;
/// How many nodes with important data gaps a finding names.
inline constexpr int NamedDataGapNodes = 5;
/// A contract that ends (or whose notice date falls) within this many months of the reference
/// date opens a renewal window (R10).
inline constexpr int RenewalWindowMonths = 18;
/// A deadline within this many months makes a recommendation priority 1.
inline constexpr int UrgentDeadlineMonths = 6;
/// Common causes of redundancy groups are reported up to this cut-set order (1 or 2).
inline constexpr int MaxCommonCauseOrder = 2;
/// Missing facts are not failures: data-quality findings are at most this severe.
inline constexpr int DataQualityMaxSeverity = 3;
/// A price rise is a cost, not an outage: price-exit findings are at most this severe.
inline constexpr int PriceExitMaxSeverity = 3;
/// How many names a sentence lists before "and N more".
inline constexpr int ListedNames = 6;
/// How many findings the executive summary shows.
inline constexpr int UrgentFindings = 3;
} // namespace thresholds

/// One finding: a fact about the landscape worth a reader's attention.
struct Finding {
    /// Stable across runs of the same model: the area's key, then the ids it is about, e.g.
    /// "spof:app-entra", "cutoff:US", "common_cause:app-x:sites", "lock_in:app-entra",
    /// "scenario:scn-us-cutoff", "price_exit:scn-vmware-price:app-vsphere".
    QString id;
    /// "spof", "cut_set", "jurisdiction", "concentration", "lock_in", "sovereignty",
    /// "data_quality" or "scenario" (findingAreas() gives the order).
    QString area;
    /// 1..5: the criticality of what the finding hits (capped for data quality and prices).
    int severity = 1;
    /// How many capabilities the finding can take down; 1 for findings that take none down
    /// (lock-in, concentration, sovereignty, data quality, prices).
    int breadth = 1;
    /// Node ids, the subject first (the application, jurisdiction, owner ...), then what it
    /// hits or involves. Every id is a node of the model.
    QStringList nodes;
    /// Ids of the capabilities the finding concerns (taken down, exposed, served), by id.
    QStringList capabilities;
    QString title; ///< one line, translated, with names filled in
    QString text;  ///< translated sentences with the model's names and concrete numbers

    /// The ordering key of the executive summary: severity x breadth.
    int urgency() const { return severity * breadth; }
};

/// One recommendation, derived by a rule from one finding.
struct Recommendation {
    QString rule;      ///< "R1" .. "R11" (recommendationRules())
    QString findingId; ///< the finding that triggered it
    /// 1 (act now) .. 3 (consider): 1 for a finding of severity 5 or a deadline within
    /// UrgentDeadlineMonths, 2 for severity 4, else 3.
    int priority = 3;
    QStringList nodes; ///< node ids the action is about, the subject first
    QString title;
    QString text;
    QString rationale; ///< why the rule holds (translated)
    QString source;    ///< where the rationale comes from, or "Antrum's rule"
};

/// The rule book: what each rule reacts to and why, for the report's annex.
struct RecommendationRule {
    QString id;      ///< "R1" ..
    QString title;   ///< short, translated
    QString trigger; ///< the finding that triggers it, with its thresholds (translated)
    QString rationale;
    QString source;
};
/// R1..R11 in order (translated).
std::vector<RecommendationRule> recommendationRules();

/// The figures of the executive summary.
struct SummaryFigures {
    int capabilities = 0;
    int vitalCapabilities = 0; ///< criticality >= VitalCriticality
    int vitalWithSpof = 0;     ///< vital capabilities with at least one single point of failure
    int capabilitiesWithoutSpof = 0;
    /// Jurisdictions outside the EU that can cut off at least one vital capability on their own.
    QStringList cutoffJurisdictions;     ///< their ids, by id
    QStringList cutoffJurisdictionNames; ///< their names, in the same order
    QString largestCutoff;               ///< the id of the one among them that cuts off most capabilities
    QString largestCutoffName;
    int largestCutoffCount = 0;
    int applicationsInUse = 0;
    int highLockInApplications = 0;              ///< in use, score >= HighLockIn
    std::optional<double> nonEuShare;            ///< criticality-weighted, 0..1
    std::optional<double> meanSovereigntyScore;  ///< over the applications in use
    std::optional<int> applicationsFailingGates; ///< only when SEAL gates are set
    double lockInKnownShare = 0;
    double sovereigntyKnownShare = 0;
    int importantDataGaps = 0;  ///< items with importance >= ImportantDataGap
    int scenarios = 0;          ///< scenario results assessed
    int scenariosBeyondMtd = 0; ///< scenarios in which a capability exceeds its MTD or has no way back
    int findings = 0;
    int recommendations = 0;
    std::array<int, 5> findingsBySeverity{}; ///< [0] = severity 1 .. [4] = severity 5
};

struct ReportFindings {
    /// By area (findingAreas() order), then urgency (highest first), then severity (highest
    /// first), then id (idLess).
    std::vector<Finding> findings;
    /// By priority, then the finding's urgency (highest first), then rule number, finding id.
    std::vector<Recommendation> recommendations;
    SummaryFigures figures;

    const Finding *find(const QString &id) const;
    /// The recommendations derived from finding `id`, in order.
    std::vector<const Recommendation *> recommendationsFor(const QString &id) const;
};

/// The area keys in report order.
QStringList findingAreas();
/// An area's heading, e.g. "Single points of failure" (translated).
QString findingAreaTitle(const QString &area);

/// Assesses every finding and derives every recommendation. `analysis` and `methodology` must
/// have been computed on `model` (not cancelled); `scenarios` are results of simulateScenario()
/// on `model` (usually of its stored scenarios); `comparison`, when given, is compareOptions()
/// on `model` and lets recommendations say what an option would change. Deterministic: the
/// same inputs give the same findings in the same order. Never changes its inputs. Takes about
/// as long as the methodology (seconds on 100,000 nodes): run it off the GUI thread, with the
/// analyses it reads.
ReportFindings assessFindings(const Model &model, const DependencyAnalysis &analysis, const MethodologyResult &methodology,
                              const std::vector<ScenarioResult> &scenarios = {}, const Comparison *comparison = nullptr);

/// The `count` most urgent findings for the executive summary: by urgency (severity x
/// breadth, highest first), then severity (highest first), then id (idLess).
std::vector<const Finding *> mostUrgentFindings(const ReportFindings &findings, int count = thresholds::UrgentFindings);

/// The summary figures as sentences, one per line (translated).
QStringList summaryFigureLines(const SummaryFigures &figures);

/// Everything as plain text, for debugging and for judging the wording: the summary, the most
/// urgent findings, then every finding by area with its recommendations.
QString findingsText(const ReportFindings &findings);

} // namespace antrum
