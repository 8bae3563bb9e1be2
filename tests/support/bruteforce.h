// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failuregraph.h"
#include "model.h"

#include <QSet>

#include <functional>
#include <map>
#include <set>

/// semantics.md implemented as literally as possible, for property tests: slow, obvious,
/// and independent of the engine's algorithms (it shares only the Model, and FailureGraph for
/// turning the engine's node indices into ids).
namespace antrum::bruteforce {

using Ids = std::set<QString>;

/// The ids of engine node indices, to compare the engine with the brute force.
inline Ids idsOf(const FailureGraph &g, const std::vector<FailureGraph::Index> &nodes)
{
    Ids out;
    for (const FailureGraph::Index n : nodes)
        out.insert(g.id(n));
    return out;
}

/// fail(F): start from F and add nodes by the two rules until nothing changes.
inline Ids fail(const Model &model, const Ids &seeds)
{
    Ids failed = seeds;
    for (bool changed = true; changed;) {
        changed = false;
        for (const Node &n : model.nodes) {
            if (failed.count(n.id))
                continue;
            bool fails = false;
            std::map<QString, Ids> groups;
            for (const Edge &e : model.edges) {
                if (e.from != n.id || !isDependency(e.kind))
                    continue;
                if (e.group.isEmpty())
                    fails = fails || failed.count(e.to);
                else
                    groups[e.group].insert(e.to);
            }
            for (const auto &[g, targets] : groups) {
                int live = 0;
                for (const QString &t : targets)
                    live += failed.count(t) ? 0 : 1;
                fails = fails || live < n.threshold(g);
            }
            if (fails) {
                failed.insert(n.id);
                changed = true;
            }
        }
    }
    return failed;
}

inline Ids spofs(const Model &model, const QString &c)
{
    Ids out;
    for (const Node &x : model.nodes) {
        if (x.id != c && fail(model, {x.id}).count(c))
            out.insert(x.id);
    }
    return out;
}

/// Minimal cut sets of `c` of order 2..maxOrder, straight from the definition: every
/// proper subset is checked.
inline std::set<Ids> cutSets(const Model &model, const QString &c, int maxOrder)
{
    QStringList others;
    for (const Node &n : model.nodes) {
        if (n.id != c)
            others << n.id;
    }
    std::set<Ids> out;
    std::function<void(int, Ids &)> choose = [&](int from, Ids &current) {
        if (int(current.size()) >= 2 && fail(model, current).count(c)) {
            bool minimal = true;
            const std::vector<QString> elements(current.begin(), current.end());
            const unsigned full = (1u << elements.size()) - 1;
            for (unsigned mask = 0; mask < full && minimal; ++mask) {
                Ids subset;
                for (std::size_t i = 0; i < elements.size(); ++i) {
                    if (mask & (1u << i))
                        subset.insert(elements[i]);
                }
                minimal = !fail(model, subset).count(c);
            }
            if (minimal)
                out.insert(current);
        }
        if (int(current.size()) == maxOrder)
            return;
        for (int i = from; i < others.size(); ++i) {
            current.insert(others[i]);
            choose(i + 1, current);
            current.erase(others[i]);
        }
    };
    Ids start;
    choose(0, start);
    return out;
}

/// The jurisdictions reachable from c along dependency edges, ignoring redundancy.
inline Ids reach(const Model &model, const QString &c)
{
    Ids seen{c}, out;
    QStringList stack{c};
    while (!stack.isEmpty()) {
        const QString at = stack.takeLast();
        const Node *node = model.findNode(at);
        if (node && node->kind == NodeKind::Jurisdiction)
            out.insert(at);
        for (const Edge &e : model.edges) {
            if (e.from == at && isDependency(e.kind) && !seen.count(e.to)) {
                seen.insert(e.to);
                stack << e.to;
            }
        }
    }
    return out;
}

} // namespace antrum::bruteforce
