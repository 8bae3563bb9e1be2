// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cutsets.h"
#include "failuregraph.h"
#include "model.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace antrum {

/// Byte order of the UTF-8 forms (code point order), the order of every id list the
/// command line prints (cli.md).
bool idLess(QStringView a, QStringView b);

/// Sorts node indices of `g` by id (idLess). Compares packed id prefixes first, so that
/// sorting hundreds of thousands of ids seldom touches their characters.
void sortNodesById(const FailureGraph &g, std::vector<FailureGraph::Index> &nodes);

struct AnalysisOptions {
    int maxOrder = 2;                       ///< cut sets of order 2..maxOrder (1..4)
    std::function<bool(double)> progress;   ///< share done; return false to cancel
    /// Explanation paths for every single point of failure. Without them (false) each
    /// CapabilityFindings::whyPaths entry is an empty path; saves about a fifth of the time
    /// on very big models. Paths can still be asked for one by one (CutSetEngine::explain()).
    bool explain = true;
    /// Set (from any thread) to cancel; polled as often as `progress` is called.
    const std::atomic<bool> *cancel = nullptr;
};

/// What semantics.md defines for one capability.
struct CapabilityFindings {
    FailureGraph::Index node = 0;
    int criticality = 3;
    /// SPOF(C), sorted by id; whyPaths[i] explains spofs[i]: C -> ... -> spofs[i].
    std::vector<FailureGraph::Index> spofs;
    std::vector<std::vector<FailureGraph::Index>> whyPaths;
    /// Minimal cut sets of order 2..maxOrder, each sorted by id, sorted by size then ids.
    std::vector<std::vector<FailureGraph::Index>> cutSets;
    std::vector<FailureGraph::Index> reach;        ///< jurisdictions, sorted by id
    std::vector<FailureGraph::Index> foreignReach; ///< reach minus home jurisdictions
};

struct JurisdictionFindings {
    FailureGraph::Index node = 0;
    bool home = false;
    std::vector<FailureGraph::Index> cutoff; ///< capabilities in fail({J}), sorted by id
    std::vector<FailureGraph::Index> reach;  ///< capabilities whose reach holds J, sorted by id
};

/// One redundancy group on the way to a capability that a cut set defeats, and what took
/// out each of its members.
struct DefeatedGroup {
    FailureGraph::Index owner = 0;
    QString group;
    int k = 1;
    struct Member {
        FailureGraph::Index node;
        bool failed;
        std::vector<FailureGraph::Index> causes; ///< elements of the cut set that fail it alone
    };
    std::vector<Member> members;
};

/// Every analysis of semantics.md on one model: single points of failure (every node a
/// candidate) with an explanation path each, minimal cut sets, legal and foreign reach, and
/// cut-off exposure per jurisdiction. Build it off the GUI thread; it is immutable after.
class DependencyAnalysis {
public:
    /// Analyses `model` (valid per validateModel()). Check cancelled() when a progress
    /// callback may have cancelled it: the findings are then empty.
    DependencyAnalysis(const Model &model, const AnalysisOptions &options = {});

    bool cancelled() const { return m_cancelled; }
    const FailureGraph &graph() const { return *m_graph; }
    const CutSetEngine &engine() const { return *m_engine; }
    int maxOrder() const { return m_maxOrder; }
    const QString &modelName() const { return m_modelName; }
    std::size_t edgeCount() const { return m_edgeCount; }
    double seconds() const { return m_seconds; }

    const std::vector<CapabilityFindings> &capabilities() const { return m_capabilities; } ///< sorted by id
    const std::vector<JurisdictionFindings> &jurisdictions() const { return m_jurisdictions; } ///< sorted by id

    /// Which redundancy groups between capability `c` and the failed part the cut set
    /// defeats, and which element of the set takes out which member.
    std::vector<DefeatedGroup> explainCutSet(FailureGraph::Index c, const std::vector<FailureGraph::Index> &cutSet) const;

    /// Sorts node indices by id (idLess).
    void sortById(std::vector<FailureGraph::Index> &nodes) const;
    /// The position of node `n` among all nodes sorted by id (idLess): comparing ranks is
    /// comparing ids, without touching the strings.
    FailureGraph::Index idRank(FailureGraph::Index n) const { return m_rank[n]; }

private:
    std::vector<FailureGraph::Index> m_rank;
    std::unique_ptr<FailureGraph> m_graph;
    std::unique_ptr<CutSetEngine> m_engine;
    QString m_modelName;
    std::size_t m_edgeCount = 0;
    int m_maxOrder = 2;
    bool m_cancelled = false;
    double m_seconds = 0;
    std::vector<CapabilityFindings> m_capabilities;
    std::vector<JurisdictionFindings> m_jurisdictions;
};

} // namespace antrum
