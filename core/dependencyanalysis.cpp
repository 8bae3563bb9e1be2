// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyanalysis.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <optional>
#include <thread>

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

void sortNodesById(const FailureGraph &g, std::vector<FailureGraph::Index> &nodes)
{
    // The first eight UTF-16 units, each mapped to its code point rank (as idLess does) and
    // packed big-end first; ids that agree on all eight are compared in full. Padding with 0
    // keeps a shorter id first, as idLess does.
    struct Keyed {
        std::uint64_t high, low;
        FailureGraph::Index node;
    };
    const auto rank = [](char16_t c) -> std::uint64_t {
        return c >= 0xD800 && c <= 0xDFFF ? std::uint64_t(c) + 0x2000 : c >= 0xE000 ? std::uint64_t(c) - 0x800 : c;
    };
    std::vector<Keyed> keyed(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const QString &id = g.id(nodes[i]);
        std::uint64_t part[2] = {0, 0};
        for (qsizetype k = 0; k < 8; ++k)
            part[k / 4] = (part[k / 4] << 16) | (k < id.size() ? rank(id[k].unicode()) : 0);
        keyed[i] = {part[0], part[1], nodes[i]};
    }
    const auto less = [&](const Keyed &a, const Keyed &b) {
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return idLess(g.id(a.node), g.id(b.node));
    };
    if (keyed.size() >= 100000) {
        // Big lists (what fails when a whole jurisdiction fails): a half on each core, merged.
        const auto middle = keyed.begin() + std::ptrdiff_t(keyed.size() / 2);
        std::thread other([&] { std::sort(middle, keyed.end(), less); });
        std::sort(keyed.begin(), middle, less);
        other.join();
        std::inplace_merge(keyed.begin(), middle, keyed.end(), less);
    } else {
        std::sort(keyed.begin(), keyed.end(), less);
    }
    for (std::size_t i = 0; i < nodes.size(); ++i)
        nodes[i] = keyed[i].node;
}

void DependencyAnalysis::sortById(std::vector<FailureGraph::Index> &nodes) const
{
    std::sort(nodes.begin(), nodes.end(), [this](FailureGraph::Index a, FailureGraph::Index b) { return m_rank[a] < m_rank[b]; });
}

DependencyAnalysis::DependencyAnalysis(const Model &model, const AnalysisOptions &options)
    : m_modelName(model.name), m_edgeCount(model.edges.size()), m_maxOrder(std::clamp(options.maxOrder, 1, MaxCutSetOrder))
{
    QElapsedTimer timer;
    timer.start();
    using Index = FailureGraph::Index;
    const auto goOn = [&](double share) {
        return !(options.cancel && options.cancel->load(std::memory_order_relaxed))
            && (!options.progress || options.progress(share));
    };
    m_graph = std::make_unique<FailureGraph>(model);
    const FailureGraph &g = *m_graph;
    {
        std::vector<Index> byId(g.size());
        for (Index v = 0; v < g.size(); ++v)
            byId[v] = v;
        sortNodesById(g, byId);
        m_rank.resize(g.size());
        for (Index r = 0; r < g.size(); ++r)
            m_rank[byId[r]] = r;
    }
    // Cut sets take most of the time: they get 80% of the progress bar.
    m_engine = std::make_unique<CutSetEngine>(g, m_maxOrder, [&](double share) { return goOn(0.8 * share); });
    if (m_engine->cancelled()) {
        m_cancelled = true;
        return;
    }

    // Legal reach: bit sets over the jurisdictions, one per strong component, closed over the
    // dependency edges in one pass, dependencies first (every member of a component reaches
    // what the component reaches). O((V + E) * jurisdictions / 64).
    std::vector<Index> jurisdictions;
    std::vector<int> bit(g.size(), -1);
    for (Index v = 0; v < g.size(); ++v) {
        if (g.kind(v) == NodeKind::Jurisdiction) {
            bit[v] = int(jurisdictions.size());
            jurisdictions.push_back(v);
        }
    }
    const std::size_t words = (jurisdictions.size() + 63) / 64;
    std::vector<std::uint64_t> reach(std::size_t(m_engine->componentCount()) * words, 0);
    // data() + offset, not &reach[offset]: without jurisdictions `reach` is empty.
    const auto reachOf = [&](Index component) { return reach.data() + std::size_t(component) * words; };
    for (Index c = 0; c < m_engine->componentCount(); ++c) {
        std::uint64_t *mine = reachOf(c);
        const auto take = [&](Index t) {
            const Index other = m_engine->componentOf(t);
            if (other == c)
                return;
            const std::uint64_t *theirs = reachOf(other);
            for (std::size_t w = 0; w < words; ++w)
                mine[w] |= theirs[w];
        };
        for (const Index v : m_engine->componentMembers(c)) {
            if (bit[v] >= 0)
                mine[std::size_t(bit[v]) / 64] |= 1ull << (bit[v] % 64);
            for (const Index t : g.ungrouped(v))
                take(t);
            const auto [first, last] = g.groups(v);
            for (Index grp = first; grp < last; ++grp) {
                for (const Index t : g.groupMembers(grp))
                    take(t);
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

    std::optional<ExplanationFinder> finder;
    if (options.explain)
        finder.emplace(*m_engine);
    const auto byRank = [&](Index x, Index y) { return m_rank[x] < m_rank[y]; };
    m_capabilities.reserve(capabilities.size());
    std::size_t done = 0;
    for (const Index c : capabilities) {
        CapabilityFindings f;
        f.node = c;
        f.criticality = model.nodes[c].effectiveCriticality();
        f.spofs = m_engine->singlePointsOfFailure(c);
        sortById(f.spofs);
        f.whyPaths.resize(f.spofs.size());
        for (std::size_t i = 0; i < f.spofs.size(); ++i) {
            const Index x = f.spofs[i];
            if (finder)
                f.whyPaths[i] = finder->path(c, x);
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
            return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), byRank);
        });
        const std::uint64_t *mine = reachOf(m_engine->componentOf(c));
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
        if ((++done & 0xFF) == 0 && !goOn(0.8 + 0.2 * double(done) / capabilities.size())) {
            m_cancelled = true;
            m_capabilities.clear();
            return;
        }
    }
    std::sort(byJurisdiction.begin(), byJurisdiction.end(),
              [&](const JurisdictionFindings &a, const JurisdictionFindings &b) { return m_rank[a.node] < m_rank[b.node]; });
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
