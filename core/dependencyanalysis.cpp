// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyanalysis.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace antrum {

bool idLess(QStringView a, QStringView b)
{
    // UTF-16 order equals code point order except that surrogates (U+D800..DFFF, which
    // encode code points above U+FFFF) sort below U+E000..U+FFFF; fix that one case.
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x == y)
            continue;
        const auto rank = [](char16_t c) -> std::uint32_t {
            return c >= 0xD800 && c <= 0xDFFF ? std::uint32_t(c) + 0x2000 : c >= 0xE000 ? std::uint32_t(c) - 0x800 : c;
        };
        return rank(x) < rank(y);
    }
    return a.size() < b.size();
}

void DependencyAnalysis::sortById(std::vector<FailureGraph::Index> &nodes) const
{
    std::sort(nodes.begin(), nodes.end(),
              [this](FailureGraph::Index a, FailureGraph::Index b) { return idLess(m_graph->id(a), m_graph->id(b)); });
}

DependencyAnalysis::DependencyAnalysis(const Model &model, const AnalysisOptions &options)
    : m_modelName(model.name), m_edgeCount(model.edges.size()), m_maxOrder(std::clamp(options.maxOrder, 1, MaxCutSetOrder))
{
    QElapsedTimer timer;
    timer.start();
    using Index = FailureGraph::Index;
    m_graph = std::make_unique<FailureGraph>(model);
    const FailureGraph &g = *m_graph;
    // Cut sets take most of the time: they get 90% of the progress bar.
    const auto scaled = [&](double share) { return !options.progress || options.progress(0.9 * share); };
    m_engine = std::make_unique<CutSetEngine>(g, m_maxOrder, scaled);
    if (m_engine->cancelled()) {
        m_cancelled = true;
        return;
    }

    // Legal reach: the jurisdictions reachable along any dependency edge, as bit sets over
    // the jurisdictions, computed once per node in dependency order (memoised DFS).
    std::vector<Index> jurisdictions;
    std::vector<int> bit(g.size(), -1);
    for (Index v = 0; v < g.size(); ++v) {
        if (g.kind(v) == NodeKind::Jurisdiction) {
            bit[v] = int(jurisdictions.size());
            jurisdictions.push_back(v);
        }
    }
    const std::size_t words = (jurisdictions.size() + 63) / 64;
    std::vector<std::uint64_t> reach(std::size_t(g.size()) * words, 0);
    {
        // Iterative DFS; within a cycle, nodes finishing early may miss some of the cycle's
        // reach, so the closure is repeated until it is stable (cycles are rare and small).
        std::vector<std::uint8_t> state(g.size(), 0);
        for (bool changed = true; changed;) {
            changed = false;
            std::fill(state.begin(), state.end(), 0);
            for (Index root = 0; root < g.size(); ++root) {
                if (state[root])
                    continue;
                std::vector<std::pair<Index, std::vector<Index>>> stack;
                stack.emplace_back(root, g.dependencies(root));
                state[root] = 1;
                while (!stack.empty()) {
                    auto &[v, deps] = stack.back();
                    if (!deps.empty()) {
                        const Index t = deps.back();
                        deps.pop_back();
                        if (!state[t]) {
                            state[t] = 1;
                            stack.emplace_back(t, g.dependencies(t));
                        }
                        continue;
                    }
                    std::uint64_t *mine = &reach[std::size_t(v) * words];
                    if (bit[v] >= 0 && !(mine[bit[v] / 64] & (1ull << (bit[v] % 64)))) {
                        mine[bit[v] / 64] |= 1ull << (bit[v] % 64);
                        changed = true;
                    }
                    for (const Index t : g.dependencies(v)) {
                        const std::uint64_t *theirs = &reach[std::size_t(t) * words];
                        for (std::size_t w = 0; w < words; ++w) {
                            if ((mine[w] | theirs[w]) != mine[w]) {
                                mine[w] |= theirs[w];
                                changed = true;
                            }
                        }
                    }
                    state[v] = 2;
                    stack.pop_back();
                }
            }
        }
    }

    QSet<QString> home;
    if (model.homeJurisdictions)
        home = QSet<QString>(model.homeJurisdictions->begin(), model.homeJurisdictions->end());

    std::vector<Index> capabilities;
    for (Index v = 0; v < g.size(); ++v) {
        if (g.kind(v) == NodeKind::Capability)
            capabilities.push_back(v);
    }
    sortById(capabilities);
    std::vector<JurisdictionFindings> byJurisdiction(jurisdictions.size());
    for (std::size_t j = 0; j < jurisdictions.size(); ++j) {
        byJurisdiction[j].node = jurisdictions[j];
        byJurisdiction[j].home = home.contains(g.id(jurisdictions[j]));
    }

    std::size_t done = 0;
    for (const Index c : capabilities) {
        CapabilityFindings f;
        f.node = c;
        f.criticality = model.nodes[c].effectiveCriticality();
        f.spofs = m_engine->singlePointsOfFailure(c);
        sortById(f.spofs);
        for (const Index x : f.spofs) {
            f.whyPaths.push_back(m_engine->explain(c, x));
            if (bit[x] >= 0)
                byJurisdiction[std::size_t(bit[x])].cutoff.push_back(c); // capabilities are visited in id order
        }
        for (const CutSet &s : m_engine->cutSets(c)) {
            std::vector<Index> ids(s.view().begin(), s.view().end());
            sortById(ids);
            f.cutSets.push_back(std::move(ids));
        }
        std::sort(f.cutSets.begin(), f.cutSets.end(), [&](const auto &a, const auto &b) {
            if (a.size() != b.size())
                return a.size() < b.size();
            return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                                [&](Index x, Index y) { return idLess(g.id(x), g.id(y)); });
        });
        const std::uint64_t *mine = &reach[std::size_t(c) * words];
        for (std::size_t j = 0; j < jurisdictions.size(); ++j) {
            if (mine[j / 64] & (1ull << (j % 64))) {
                f.reach.push_back(jurisdictions[j]);
                if (!byJurisdiction[j].home)
                    f.foreignReach.push_back(jurisdictions[j]);
                byJurisdiction[j].reach.push_back(c);
            }
        }
        sortById(f.reach);
        sortById(f.foreignReach);
        m_capabilities.push_back(std::move(f));
        if (options.progress && (++done & 0xFF) == 0 && !options.progress(0.9 + 0.1 * double(done) / capabilities.size())) {
            m_cancelled = true;
            m_capabilities.clear();
            return;
        }
    }
    std::sort(byJurisdiction.begin(), byJurisdiction.end(),
              [&](const JurisdictionFindings &a, const JurisdictionFindings &b) { return idLess(g.id(a.node), g.id(b.node)); });
    m_jurisdictions = std::move(byJurisdiction);
    m_seconds = timer.nsecsElapsed() / 1e9;
}

std::vector<DefeatedGroup> DependencyAnalysis::explainCutSet(FailureGraph::Index c,
                                                             const std::vector<FailureGraph::Index> &cutSet) const
{
    using Index = FailureGraph::Index;
    const FailureGraph &g = *m_graph;
    FailurePropagator propagator(g);
    propagator.fail(cutSet);
    std::vector<DefeatedGroup> out;
    if (!propagator.isFailed(c))
        return out;
    // Walk from c through failed nodes; report each defeated group met on the way.
    std::vector<std::uint8_t> seen(g.size(), 0);
    std::vector<Index> stack{c};
    seen[c] = 1;
    while (!stack.empty()) {
        const Index v = stack.back();
        stack.pop_back();
        const auto [first, last] = g.groups(v);
        for (Index grp = first; grp < last; ++grp) {
            const auto members = g.groupMembers(grp);
            const std::size_t live = std::count_if(members.begin(), members.end(), [&](Index m) { return !propagator.isFailed(m); });
            if (live >= g.groupThreshold(grp))
                continue;
            DefeatedGroup d;
            d.owner = v;
            d.group = g.groupName(grp);
            d.k = int(g.groupThreshold(grp));
            for (const Index m : members) {
                DefeatedGroup::Member member{m, propagator.isFailed(m), {}};
                for (const Index x : cutSet) {
                    if (member.failed && m_engine->killsAlone(x, m))
                        member.causes.push_back(x);
                }
                d.members.push_back(std::move(member));
            }
            out.push_back(std::move(d));
        }
        for (const Index t : g.dependencies(v)) {
            if (!seen[t] && propagator.isFailed(t)) {
                seen[t] = 1;
                stack.push_back(t);
            }
        }
    }
    return out;
}

} // namespace antrum
