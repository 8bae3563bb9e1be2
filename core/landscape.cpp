// SPDX-License-Identifier: GPL-3.0-or-later
#include "landscape.h"

#include <algorithm>

namespace antrum {

Fact allOf(const std::vector<Fact> &facts)
{
    bool unknown = false;
    for (const Fact &f : facts) {
        if (f == false)
            return false;
        unknown = unknown || !f;
    }
    return unknown ? Fact{} : Fact{true};
}

Landscape::Landscape(const Model &model)
    : m_model(model)
{
    const std::size_t n = model.nodes.size();
    for (std::size_t i = 0; i < n; ++i)
        m_index.insert(model.nodes[i].id, std::int32_t(i));
    m_out.resize(n);
    m_alternatives.resize(n);
    for (const Edge &e : model.edges) {
        const int from = m_index.value(e.from), to = m_index.value(e.to);
        if (from < 0 || to < 0)
            continue;
        if (e.kind == EdgeKind::AlternativeFor) {
            m_alternatives[std::size_t(to)].push_back(&e);
            m_offeredAsAlternative.insert(from);
        } else {
            m_out[std::size_t(from)].push_back({e.kind, to});
            m_dependedOn.insert(to);
        }
    }
    m_home.resize(n, false);
    if (model.homeJurisdictions) {
        for (const QString &id : *model.homeJurisdictions) {
            if (const int j = m_index.value(id); j >= 0)
                m_home[std::size_t(j)] = true;
        }
    }
    m_roots.resize(n);
    m_rootsDone.resize(n, false);
    computeCriticality();
}

std::vector<int> Landscape::targets(int from, EdgeKind kind) const
{
    std::vector<int> out;
    for (const auto &[k, to] : m_out[std::size_t(from)]) {
        if (k == kind && std::find(out.begin(), out.end(), to) == out.end())
            out.push_back(to);
    }
    return out;
}

bool Landscape::isEu(int j) const
{
    const bool *eu = node(j).attributeAs<bool>(QStringLiteral("eu_member"));
    return isHome(j) || (eu && *eu) || node(j).id == u"EU";
}

bool Landscape::hasExtraterritorialLaws(int j) const
{
    const QStringList *laws = node(j).attributeAs<QStringList>(QStringLiteral("laws"));
    return laws && !laws->isEmpty();
}

const std::vector<int> &Landscape::ultimateParents(int supplier)
{
    if (m_rootsDone[std::size_t(supplier)])
        return m_roots[std::size_t(supplier)];
    // Ownership is acyclic (validated), so plain recursion terminates; depth is the
    // height of an ownership tree.
    std::vector<int> roots;
    const std::vector<int> parents = targets(supplier, EdgeKind::SubsidiaryOf);
    if (parents.empty())
        roots.push_back(supplier);
    for (const int p : parents) {
        const std::vector<int> &up = ultimateParents(p);
        roots.insert(roots.end(), up.begin(), up.end());
    }
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    m_rootsDone[std::size_t(supplier)] = true;
    return m_roots[std::size_t(supplier)] = std::move(roots);
}

Fact Landscape::seatEu(int supplier) const
{
    const std::vector<int> seats = targets(supplier, EdgeKind::IncorporatedIn);
    if (seats.empty())
        return {};
    std::vector<Fact> facts;
    for (const int j : seats)
        facts.push_back(isEu(j));
    return allOf(facts);
}

Fact Landscape::controlEu(int supplier)
{
    std::vector<Fact> facts;
    for (const int root : ultimateParents(supplier))
        facts.push_back(seatEu(root));
    return allOf(facts);
}

std::vector<int> Landscape::reach(int from) const
{
    // One visit mark per node, stamped per search: no clearing between applications.
    if (m_seen.size() != m_model.nodes.size())
        m_seen.assign(m_model.nodes.size(), 0);
    const std::uint32_t stamp = ++m_stamp;
    std::vector<int> found, stack{from};
    m_seen[std::size_t(from)] = stamp;
    while (!stack.empty()) {
        const int at = stack.back();
        stack.pop_back();
        if (node(at).kind == NodeKind::Jurisdiction)
            found.push_back(at);
        for (const auto &[k, to] : m_out[std::size_t(at)]) {
            if (m_seen[std::size_t(to)] != stamp) {
                m_seen[std::size_t(to)] = stamp;
                stack.push_back(to);
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<int> Landscape::subcontractors(int from) const
{
    std::vector<int> found, stack{from};
    std::set<int> seen{from};
    while (!stack.empty()) {
        const int at = stack.back();
        stack.pop_back();
        for (const int s : targets(at, EdgeKind::SubcontractsTo)) {
            if (seen.insert(s).second) {
                found.push_back(s);
                stack.push_back(s);
            }
        }
    }
    return found;
}

std::vector<int> Landscape::requiredApplications(int from) const
{
    std::vector<int> found, stack{from};
    std::set<int> seen{from};
    while (!stack.empty()) {
        const int at = stack.back();
        stack.pop_back();
        for (const int t : targets(at, EdgeKind::Requires)) {
            if (seen.insert(t).second) {
                if (node(t).kind == NodeKind::Application)
                    found.push_back(t);
                stack.push_back(t);
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

void Landscape::computeCriticality()
{
    // Capabilities in descending criticality: a node reached by a more critical one is
    // not visited again for a less critical one, so each node is settled once per level.
    std::vector<int> capabilities;
    for (int i = 0; i < size(); ++i) {
        if (node(i).kind == NodeKind::Capability)
            capabilities.push_back(i);
    }
    std::stable_sort(capabilities.begin(), capabilities.end(), [&](int a, int b) {
        return node(a).effectiveCriticality() > node(b).effectiveCriticality();
    });
    m_criticality.assign(m_model.nodes.size(), 0);
    std::vector<int> stack;
    for (const int c : capabilities) {
        const int level = node(c).effectiveCriticality();
        if (m_criticality[std::size_t(c)] >= level)
            continue;
        m_criticality[std::size_t(c)] = level;
        stack.assign(1, c);
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            for (const auto &[k, to] : m_out[std::size_t(at)]) {
                if (m_criticality[std::size_t(to)] < level) {
                    m_criticality[std::size_t(to)] = level;
                    stack.push_back(to);
                }
            }
        }
    }
}

} // namespace antrum
