// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failuregraph.h"

#include <array>
#include <atomic>
#include <functional>
#include <span>
#include <vector>

namespace antrum {

/// The largest cut set order the engine computes.
inline constexpr int MaxCutSetOrder = 4;

/// A set of at most MaxCutSetOrder nodes, elements in ascending index order.
struct CutSet {
    using Index = FailureGraph::Index;
    std::uint8_t size = 0;
    std::array<Index, MaxCutSetOrder> elements{};

    std::span<const Index> view() const { return {elements.data(), size}; }
    bool contains(Index n) const;
    bool operator==(const CutSet &other) const
    {
        if (size != other.size)
            return false;
        for (int i = 0; i < size; ++i) {
            if (elements[std::size_t(i)] != other.elements[std::size_t(i)])
                return false;
        }
        return true;
    }
    /// Smaller sets first, then lexicographic.
    bool operator<(const CutSet &other) const
    {
        if (size != other.size)
            return size < other.size;
        for (int i = 0; i < size; ++i) {
            if (elements[std::size_t(i)] != other.elements[std::size_t(i)])
                return elements[std::size_t(i)] < other.elements[std::size_t(i)];
        }
        return false;
    }
};

/// A family of minimal cut sets (no member is a superset of another), sorted.
using CutSetFamily = std::vector<CutSet>;

/// Minimal cut sets up to a chosen order for every node of a graph at once.
///
/// For each node n, family(n) holds the minimal sets S of at most `maxOrder` nodes with
/// n ∈ fail(S) — n itself included as {n}. They obey
///   family(n) = min( {{n}} ∪ ⋃ family(ungrouped dependency)
///                    ∪ ⋃ over groups g: "at least r−k+1 of g's r targets fail" )
/// where "at least t of the members fail" is built member by member (a dynamic programme
/// over products of the members' families, each product truncated at maxOrder). Nodes are
/// taken strongly connected component by component, dependencies first (Boost.Graph
/// strong_components); inside a cycle the equations are iterated from {{n}} until nothing
/// changes, which is the least fixpoint of semantics.md. Truncating at maxOrder is exact for
/// the sets of at most maxOrder nodes, because unions never make a set smaller.
class CutSetEngine {
public:
    using Index = FailureGraph::Index;
    /// Called now and then with the share done (0..1); return false to cancel.
    using Progress = std::function<bool(double)>;

    CutSetEngine(const FailureGraph &graph, int maxOrder, const Progress &progress = {});

    bool cancelled() const { return m_cancelled; }
    int maxOrder() const { return m_maxOrder; }
    const CutSetFamily &family(Index n) const { return m_families[n]; }

    /// Whether node `x` alone makes `n` fail (x == n included).
    bool killsAlone(Index x, Index n) const;
    /// Single points of failure of n: every x != n with n ∈ fail({x}).
    std::vector<Index> singlePointsOfFailure(Index n) const;
    /// Minimal cut sets of n of order 2..maxOrder.
    std::vector<CutSet> cutSets(Index n) const;

    /// One dependency path n -> ... -> x along which every node fails when x fails; empty
    /// when x does not make n fail alone. Costs O(V) for its workspace: to explain many
    /// single points of failure, use one ExplanationFinder instead.
    std::vector<Index> explain(Index n, Index x) const;

    /// The strongly connected components of the dependency graph, dependencies first: no node
    /// of component i depends on a node of a component after i. Valid unless cancelled().
    Index componentCount() const { return Index(m_componentOffsets.size()) - 1; }
    std::span<const Index> componentMembers(Index c) const
    {
        return {m_componentNodes.data() + m_componentOffsets[c], m_componentOffsets[c + 1] - m_componentOffsets[c]};
    }
    Index componentOf(Index n) const { return m_componentOf[n]; }

    const FailureGraph &graph() const { return m_graph; }

private:
    CutSetFamily compute(Index n) const;

    const FailureGraph &m_graph;
    int m_maxOrder;
    std::vector<CutSetFamily> m_families;
    std::vector<Index> m_componentNodes, m_componentOffsets, m_componentOf;
    bool m_cancelled = false;
};

/// Explanation paths for single points of failure (CutSetEngine::explain()) with a workspace
/// that is allocated once and reset sparsely, so that explaining every SPOF of every
/// capability costs what the searches visit, not the size of the model each time. Not
/// thread-safe: one per thread.
class ExplanationFinder {
public:
    using Index = FailureGraph::Index;
    explicit ExplanationFinder(const CutSetEngine &engine);

    /// A shortest dependency path n -> ... -> x through nodes that x alone makes fail; {n}
    /// when x == n; empty when x is not a single point of failure of n.
    std::vector<Index> path(Index n, Index x);

private:
    static constexpr Index Unseen = ~Index(0);
    const CutSetEngine &m_engine;
    std::vector<Index> m_parent; ///< Unseen, or the node the search came from
    std::vector<Index> m_queue;  ///< also the list of nodes to reset
};

/// Family operations, exposed for tests.
namespace cutset {
void minimize(CutSetFamily &family);
CutSetFamily product(const CutSetFamily &a, const CutSetFamily &b, int maxOrder);
} // namespace cutset

} // namespace antrum
