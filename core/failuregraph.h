// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idindex.h"
#include "model.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace antrum {

/// The dependency structure of a model compiled for the analyses of semantics.md: nodes are
/// numbered 0..n-1 in model order; each node has its ungrouped dependencies (it needs all of
/// them) and its redundancy groups (it needs k of the group's distinct targets). Edges of kind
/// alternative_for are not dependencies and are left out. Immutable once built; share it
/// between threads freely.
///
/// A group that names the same target twice (two edges of different kinds to one node) counts
/// that target once, as the spec speaks of a group's targets.
class FailureGraph {
public:
    using Index = std::uint32_t;

    /// Builds the graph in O(nodes + edges). The model must be valid (validateModel()).
    /// `index`, if given, must be the one the reader built for this very model; it saves
    /// resolving every id again.
    explicit FailureGraph(const Model &model, std::shared_ptr<const ModelIndex> index = {});

    Index size() const { return Index(m_ids.size()); }
    const QString &id(Index n) const { return m_ids[n]; }
    const QString &name(Index n) const { return m_names[n]; }
    NodeKind kind(Index n) const { return m_kinds[n]; }
    std::optional<Index> indexOf(const QString &id) const;

    /// What `n` needs every one of.
    std::span<const Index> ungrouped(Index n) const
    {
        return {m_andTargets.data() + m_andOffsets[n], m_andOffsets[n + 1] - m_andOffsets[n]};
    }
    /// The groups of `n`: indices into group*() below.
    std::pair<Index, Index> groups(Index n) const { return {m_groupOffsets[n], m_groupOffsets[n + 1]}; }
    std::span<const Index> groupMembers(Index g) const
    {
        return {m_memberTargets.data() + m_memberOffsets[g], m_memberOffsets[g + 1] - m_memberOffsets[g]};
    }
    Index groupThreshold(Index g) const { return m_groupK[g]; }
    const QString &groupName(Index g) const { return m_groupNames[g]; }
    Index groupOwner(Index g) const { return m_groupOwner[g]; }
    Index groupCount() const { return Index(m_groupK.size()); }

    /// Who depends on `m`: pairs (dependant, group) with group = NoGroup for an ungrouped edge.
    struct Dependant {
        Index node;
        Index group;
    };
    static constexpr Index NoGroup = ~Index(0);
    std::span<const Dependant> dependants(Index m) const
    {
        return {m_dependants.data() + m_dependantOffsets[m], m_dependantOffsets[m + 1] - m_dependantOffsets[m]};
    }

    /// Every node `n` depends on directly (ungrouped and grouped), each once.
    std::vector<Index> dependencies(Index n) const;

    std::size_t edgeCount() const { return m_andTargets.size() + m_memberTargets.size(); }

private:
    std::vector<QString> m_ids;
    std::vector<QString> m_names;
    std::vector<NodeKind> m_kinds;
    std::shared_ptr<const ModelIndex> m_index;
    std::vector<Index> m_andOffsets, m_andTargets;
    std::vector<Index> m_groupOffsets, m_groupK, m_groupOwner, m_memberOffsets, m_memberTargets;
    std::vector<QString> m_groupNames;
    std::vector<Index> m_dependantOffsets;
    std::vector<Dependant> m_dependants;
};

/// Computes fail(F) of semantics.md: the least set containing F that is closed under "an
/// ungrouped dependency failed" and "a group has fewer than k live targets". A worklist over
/// the dependants, with a failed-members counter per group: the cost is linear in the edges
/// into what fails, not in the size of the model, because the workspace is reset sparsely.
/// One propagator per thread; it can be reused for any number of calls.
class FailurePropagator {
public:
    using Index = FailureGraph::Index;

    explicit FailurePropagator(const FailureGraph &graph);

    /// Forgets every failure (cost: what failed since the last reset).
    void reset();
    /// Fails `seeds` on their own, on top of what has failed already, and propagates.
    void fail(std::span<const Index> seeds);
    void fail(Index seed) { fail(std::span<const Index>(&seed, 1)); }

    bool isFailed(Index n) const { return m_failed[n] != 0; }
    /// Every failed node, in the order they failed.
    const std::vector<Index> &failed() const { return m_order; }

    /// A mark to roll back to: failures added after it can be undone in their own cost.
    struct Mark {
        std::size_t failed;
        std::size_t counters;
    };
    Mark mark() const { return {m_order.size(), m_counterLog.size()}; }
    void rollback(const Mark &mark);

private:
    void failOne(Index n);

    const FailureGraph &m_graph;
    std::vector<std::uint8_t> m_failed;
    std::vector<Index> m_groupFailed; ///< failed members per group
    std::vector<Index> m_order;
    std::vector<Index> m_counterLog; ///< groups whose counter was raised, in order
    std::vector<Index> m_queue;
};

} // namespace antrum
