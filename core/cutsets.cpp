// SPDX-License-Identifier: GPL-3.0-or-later
#include "cutsets.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace antrum {

bool CutSet::contains(Index n) const
{
    return std::binary_search(elements.begin(), elements.begin() + size, n);
}

bool CutSet::operator==(const CutSet &other) const
{
    return size == other.size && std::equal(elements.begin(), elements.begin() + size, other.elements.begin());
}

bool CutSet::operator<(const CutSet &other) const
{
    if (size != other.size)
        return size < other.size;
    return std::lexicographical_compare(elements.begin(), elements.begin() + size, other.elements.begin(),
                                        other.elements.begin() + other.size);
}

namespace {

struct CutSetHash {
    std::size_t operator()(const CutSet &s) const
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ull * (s.size + 1);
        for (int i = 0; i < s.size; ++i)
            h = (h ^ s.elements[std::size_t(i)]) * 0xBF58476D1CE4E5B9ull;
        return std::size_t(h ^ (h >> 31));
    }
};

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
    std::unordered_set<CutSet, CutSetHash> kept;
    kept.reserve(family.size());
    CutSetFamily out;
    out.reserve(family.size());
    for (const CutSet &s : family) {
        bool redundant = false;
        if (s.size > 1) {
            // Try every proper, non-empty subset (at most 2^4 - 2 of them).
            const unsigned full = (1u << s.size) - 1;
            for (unsigned mask = 1; mask < full && !redundant; ++mask) {
                CutSet sub;
                for (int i = 0; i < s.size; ++i) {
                    if (mask & (1u << i))
                        sub.elements[sub.size++] = s.elements[std::size_t(i)];
                }
                redundant = kept.count(sub) > 0;
            }
        }
        if (!redundant) {
            kept.insert(s);
            out.push_back(s);
        }
    }
    family = std::move(out);
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
    using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    BoostGraph g(n);
    for (Index v = 0; v < n; ++v) {
        for (const Index t : graph.dependencies(v))
            boost::add_edge(v, t, g);
    }
    std::vector<int> component(n);
    const int count = n == 0 ? 0 : boost::strong_components(g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    std::vector<std::vector<Index>> members(static_cast<std::size_t>(count));
    for (Index v = 0; v < n; ++v)
        members[std::size_t(component[v])].push_back(v);

    std::size_t done = 0;
    for (const std::vector<Index> &scc : members) {
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
    return family;
}

bool CutSetEngine::killsAlone(Index x, Index n) const
{
    const CutSetFamily &f = m_families[n];
    // Singletons come first, in index order.
    const auto end = std::find_if(f.begin(), f.end(), [](const CutSet &s) { return s.size > 1; });
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
    if (n == x)
        return {n};
    if (!killsAlone(x, n))
        return {};
    // Breadth-first from n through nodes that x makes fail, to x: a shortest such path.
    std::unordered_map<Index, Index> parent{{n, n}};
    std::deque<Index> queue{n};
    while (!queue.empty()) {
        const Index at = queue.front();
        queue.pop_front();
        for (const Index next : m_graph.dependencies(at)) {
            if (parent.count(next) || !killsAlone(x, next))
                continue;
            parent.emplace(next, at);
            if (next == x) {
                std::vector<Index> path{x};
                for (Index p = at; p != n; p = parent[p])
                    path.push_back(p);
                path.push_back(n);
                std::reverse(path.begin(), path.end());
                return path;
            }
            queue.push_back(next);
        }
    }
    return {};
}

} // namespace antrum
