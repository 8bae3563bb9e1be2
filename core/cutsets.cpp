// SPDX-License-Identifier: GPL-3.0-or-later
#include "cutsets.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>

namespace antrum {

bool CutSet::contains(Index n) const
{
    return std::binary_search(elements.begin(), elements.begin() + size, n);
}

namespace {

/// The union of two sets, or nullopt when it has more than maxOrder elements.
std::optional<CutSet> unite(const CutSet &a, const CutSet &b, int maxOrder)
{
    CutSet out;
    int i = 0, j = 0;
    while (i < a.size || j < b.size) {
        CutSet::Index next;
        if (j >= b.size || (i < a.size && a.elements[std::size_t(i)] < b.elements[std::size_t(j)]))
            next = a.elements[std::size_t(i++)];
        else if (i >= a.size || b.elements[std::size_t(j)] < a.elements[std::size_t(i)])
            next = b.elements[std::size_t(j++)];
        else {
            next = a.elements[std::size_t(i++)];
            ++j;
        }
        if (out.size >= maxOrder)
            return std::nullopt;
        out.elements[out.size++] = next;
    }
    return out;
}

CutSet single(CutSet::Index n)
{
    CutSet s;
    s.size = 1;
    s.elements[0] = n;
    return s;
}

} // namespace

namespace cutset {

void minimize(CutSetFamily &family)
{
    std::sort(family.begin(), family.end());
    family.erase(std::unique(family.begin(), family.end()), family.end());
    if (family.empty() || family.back().size <= 1)
        return; // only singletons (or the empty set alone): already minimal
    if (family.front().size == 0) {
        family.resize(1); // the empty set makes every other set redundant
        return;
    }
    // Sets come smallest first, so every proper subset of a set is decided before the set,
    // and what is kept stays sorted: subsets are looked up by binary search, no hashing.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < family.size(); ++i) {
        const CutSet s = family[i];
        bool redundant = false;
        if (s.size > 1) {
            // Try every proper, non-empty subset (at most 2^4 - 2 of them).
            const unsigned full = (1u << s.size) - 1;
            for (unsigned mask = 1; mask < full && !redundant; ++mask) {
                CutSet sub;
                for (int b = 0; b < s.size; ++b) {
                    if (mask & (1u << b))
                        sub.elements[sub.size++] = s.elements[std::size_t(b)];
                }
                redundant = std::binary_search(family.begin(), family.begin() + std::ptrdiff_t(kept), sub);
            }
        }
        if (!redundant)
            family[kept++] = s;
    }
    family.resize(kept);
}

CutSetFamily product(const CutSetFamily &a, const CutSetFamily &b, int maxOrder)
{
    CutSetFamily out;
    out.reserve(std::min<std::size_t>(a.size() * b.size(), 1 << 16));
    for (const CutSet &x : a) {
        for (const CutSet &y : b) {
            if (x.size + y.size > maxOrder && x.size + y.size - std::min(x.size, y.size) > maxOrder)
                continue; // cannot fit even with full overlap
            if (std::optional<CutSet> u = unite(x, y, maxOrder))
                out.push_back(*u);
        }
    }
    minimize(out);
    return out;
}

} // namespace cutset

CutSetEngine::CutSetEngine(const FailureGraph &graph, int maxOrder, const Progress &progress)
    : m_graph(graph), m_maxOrder(std::clamp(maxOrder, 1, MaxCutSetOrder)), m_families(graph.size())
{
    const Index n = graph.size();
    // Strong components of the dependency graph; Tarjan numbers a component only after
    // every component it depends on, so ascending numbers take dependencies first.
    std::vector<int> component(n);
    int count = 0;
    {
        using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
        BoostGraph g(n);
        for (Index v = 0; v < n; ++v) {
            for (const Index t : graph.ungrouped(v))
                boost::add_edge(v, t, g);
            const auto [first, last] = graph.groups(v);
            for (Index grp = first; grp < last; ++grp) {
                for (const Index t : graph.groupMembers(grp))
                    boost::add_edge(v, t, g); // a parallel edge now and then does no harm
            }
        }
        if (n > 0)
            count = boost::strong_components(g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    }
    m_componentOffsets.assign(std::size_t(count) + 1, 0);
    for (Index v = 0; v < n; ++v)
        ++m_componentOffsets[std::size_t(component[v]) + 1];
    for (std::size_t c = 1; c < m_componentOffsets.size(); ++c)
        m_componentOffsets[c] += m_componentOffsets[c - 1];
    m_componentNodes.resize(n);
    m_componentOf.resize(n);
    {
        std::vector<Index> fill(m_componentOffsets.begin(), m_componentOffsets.end() - 1);
        for (Index v = 0; v < n; ++v) {
            m_componentOf[v] = Index(component[v]);
            m_componentNodes[fill[std::size_t(component[v])]++] = v;
        }
    }
    component = {};

    std::size_t done = 0;
    for (Index c = 0; c < componentCount(); ++c) {
        const std::span<const Index> scc = componentMembers(c);
        if (scc.size() == 1) {
            m_families[scc[0]] = compute(scc[0]);
        } else {
            for (const Index v : scc)
                m_families[v] = {single(v)};
            for (bool changed = true; changed;) {
                changed = false;
                for (const Index v : scc) {
                    CutSetFamily next = compute(v);
                    if (next != m_families[v]) {
                        m_families[v] = std::move(next);
                        changed = true;
                    }
                }
            }
        }
        done += scc.size();
        if (progress && ((done & 0x3FF) < scc.size() || done == n) && !progress(double(done) / n)) {
            m_cancelled = true;
            return;
        }
    }
}

CutSetFamily CutSetEngine::compute(Index n) const
{
    CutSetFamily family{single(n)};
    for (const Index m : m_graph.ungrouped(n))
        family.insert(family.end(), m_families[m].begin(), m_families[m].end());
    const auto [first, last] = m_graph.groups(n);
    for (Index g = first; g < last; ++g) {
        const std::span<const Index> targets = m_graph.groupMembers(g);
        const std::size_t need = targets.size() - m_graph.groupThreshold(g) + 1; // failures that defeat g
        // atLeast[j]: the cut sets that fail at least j of the members seen so far.
        std::vector<CutSetFamily> atLeast(need + 1);
        atLeast[0] = {CutSet{}};
        for (std::size_t i = 0; i < targets.size(); ++i) {
            const CutSetFamily &memberFamily = m_families[targets[i]];
            for (std::size_t j = std::min(i + 1, need); j >= 1; --j) {
                CutSetFamily more = cutset::product(atLeast[j - 1], memberFamily, m_maxOrder);
                atLeast[j].insert(atLeast[j].end(), more.begin(), more.end());
                cutset::minimize(atLeast[j]);
            }
        }
        family.insert(family.end(), atLeast[need].begin(), atLeast[need].end());
    }
    cutset::minimize(family);
    family.shrink_to_fit();
    return family;
}

bool CutSetEngine::killsAlone(Index x, Index n) const
{
    const CutSetFamily &f = m_families[n];
    // Singletons come first, in index order.
    const auto end = std::partition_point(f.begin(), f.end(), [](const CutSet &s) { return s.size <= 1; });
    return std::binary_search(f.begin(), end, single(x));
}

std::vector<CutSetEngine::Index> CutSetEngine::singlePointsOfFailure(Index n) const
{
    std::vector<Index> out;
    for (const CutSet &s : m_families[n]) {
        if (s.size != 1)
            break;
        if (s.elements[0] != n)
            out.push_back(s.elements[0]);
    }
    return out;
}

std::vector<CutSet> CutSetEngine::cutSets(Index n) const
{
    std::vector<CutSet> out;
    for (const CutSet &s : m_families[n]) {
        if (s.size >= 2)
            out.push_back(s);
    }
    return out;
}

std::vector<CutSetEngine::Index> CutSetEngine::explain(Index n, Index x) const
{
    return ExplanationFinder(*this).path(n, x);
}

ExplanationFinder::ExplanationFinder(const CutSetEngine &engine)
    : m_engine(engine), m_parent(engine.graph().size(), Unseen)
{
}

std::vector<ExplanationFinder::Index> ExplanationFinder::path(Index n, Index x)
{
    if (n == x)
        return {n};
    if (!m_engine.killsAlone(x, n))
        return {};
    // Breadth-first from n through nodes that x makes fail, to x: a shortest such path. It
    // exists: in the least fixpoint every failed node but x has a dependency that failed first.
    const FailureGraph &g = m_engine.graph();
    std::vector<Index> path;
    m_queue.assign(1, n);
    m_parent[n] = n;
    const auto visit = [&](Index at, Index next) {
        if (m_parent[next] != Unseen || !m_engine.killsAlone(x, next))
            return false;
        m_parent[next] = at;
        m_queue.push_back(next);
        return next == x;
    };
    for (std::size_t head = 0; head < m_queue.size() && path.empty(); ++head) {
        const Index at = m_queue[head];
        bool found = false;
        for (const Index next : g.ungrouped(at)) {
            if ((found = visit(at, next)))
                break;
        }
        const auto [first, last] = g.groups(at);
        for (Index grp = first; grp < last && !found; ++grp) {
            for (const Index next : g.groupMembers(grp)) {
                if ((found = visit(at, next)))
                    break;
            }
        }
        if (found) {
            for (Index p = x; p != n; p = m_parent[p])
                path.push_back(p);
            path.push_back(n);
            std::reverse(path.begin(), path.end());
        }
    }
    for (const Index v : m_queue)
        m_parent[v] = Unseen;
    m_queue.clear();
    return path;
}

} // namespace antrum
