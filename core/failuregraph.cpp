// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuregraph.h"

#include <algorithm>

namespace antrum {

FailureGraph::FailureGraph(const Model &model, std::shared_ptr<const ModelIndex> index)
    : m_index(index ? std::move(index) : std::make_shared<const ModelIndex>(buildModelIndex(model)))
{
    const std::size_t n = model.nodes.size();
    m_ids.reserve(n);
    m_names.reserve(n);
    m_kinds.reserve(n);
    for (const Node &node : model.nodes) {
        m_ids.push_back(node.id);
        m_names.push_back(node.name);
        m_kinds.push_back(node.kind);
    }

    // Bucket the dependency edges by source (counting sort, O(V + E)); then, within one node's
    // few edges: ungrouped first (by target), then by group name and target.
    struct Out {
        Index to;
        const QString *group; // nullptr: ungrouped
    };
    std::vector<Index> start(n + 1, 0);
    std::vector<Index> from;
    from.reserve(model.edges.size());
    const std::vector<std::int32_t> &edgeFrom = m_index->edgeFrom, &edgeTo = m_index->edgeTo;
    for (std::size_t i = 0; i < model.edges.size(); ++i) {
        if (!isDependency(model.edges[i].kind))
            continue;
        from.push_back(Index(edgeFrom[i]));
        ++start[from.back() + 1];
    }
    for (std::size_t k = 1; k <= n; ++k)
        start[k] += start[k - 1];
    std::vector<Out> out(from.size());
    {
        std::vector<Index> fill(start.begin(), start.end() - 1);
        std::size_t k = 0;
        for (std::size_t i = 0; i < model.edges.size(); ++i) {
            const Edge &e = model.edges[i];
            if (isDependency(e.kind))
                out[fill[from[k++]]++] = {Index(edgeTo[i]), e.group.isEmpty() ? nullptr : &e.group};
        }
    }
    from = {};
    const auto byGroupThenTarget = [](const Out &a, const Out &b) {
        if ((a.group == nullptr) != (b.group == nullptr))
            return a.group == nullptr;
        if (a.group && *a.group != *b.group)
            return *a.group < *b.group;
        return a.to < b.to;
    };

    m_andOffsets.assign(n + 1, 0);
    m_groupOffsets.assign(n + 1, 0);
    m_memberOffsets.push_back(0);
    m_andTargets.reserve(out.size());
    m_memberTargets.reserve(out.size() / 4);
    for (Index node = 0; node < n; ++node) {
        const auto first = out.begin() + start[node], last = out.begin() + start[node + 1];
        std::sort(first, last, byGroupThenTarget);
        m_andOffsets[node] = Index(m_andTargets.size());
        m_groupOffsets[node] = Index(m_groupK.size());
        auto i = first;
        for (; i != last && !i->group; ++i) {
            if (m_andTargets.size() == m_andOffsets[node] || m_andTargets.back() != i->to)
                m_andTargets.push_back(i->to);
        }
        while (i != last) {
            const QString &group = *i->group;
            const std::size_t firstMember = m_memberTargets.size();
            for (; i != last && *i->group == group; ++i) {
                if (m_memberTargets.size() == firstMember || m_memberTargets.back() != i->to)
                    m_memberTargets.push_back(i->to);
            }
            m_groupNames.push_back(group);
            m_groupK.push_back(Index(model.nodes[node].threshold(group)));
            m_groupOwner.push_back(node);
            m_memberOffsets.push_back(Index(m_memberTargets.size()));
        }
    }
    m_andOffsets[n] = Index(m_andTargets.size());
    m_groupOffsets[n] = Index(m_groupK.size());
    m_andTargets.shrink_to_fit();
    m_memberTargets.shrink_to_fit();

    // Reverse adjacency: who depends on each node, and through which group.
    m_dependantOffsets.assign(n + 1, 0);
    for (Index node = 0; node < n; ++node) {
        for (const Index t : ungrouped(node))
            ++m_dependantOffsets[t + 1];
        for (Index g = m_groupOffsets[node]; g < m_groupOffsets[node + 1]; ++g) {
            for (const Index t : groupMembers(g))
                ++m_dependantOffsets[t + 1];
        }
    }
    for (std::size_t k = 1; k <= n; ++k)
        m_dependantOffsets[k] += m_dependantOffsets[k - 1];
    m_dependants.resize(m_dependantOffsets[n]);
    std::vector<Index> fill(m_dependantOffsets.begin(), m_dependantOffsets.end() - 1);
    for (Index node = 0; node < n; ++node) {
        for (const Index t : ungrouped(node))
            m_dependants[fill[t]++] = {node, NoGroup};
        for (Index g = m_groupOffsets[node]; g < m_groupOffsets[node + 1]; ++g) {
            for (const Index t : groupMembers(g))
                m_dependants[fill[t]++] = {node, g};
        }
    }
}

std::optional<FailureGraph::Index> FailureGraph::indexOf(const QString &id) const
{
    const std::int32_t at = m_index->nodes.value(id);
    return at == IdIndex::Missing ? std::nullopt : std::optional<Index>(Index(at));
}

std::vector<FailureGraph::Index> FailureGraph::dependencies(Index n) const
{
    std::vector<Index> all(ungrouped(n).begin(), ungrouped(n).end());
    for (Index g = m_groupOffsets[n]; g < m_groupOffsets[n + 1]; ++g)
        all.insert(all.end(), groupMembers(g).begin(), groupMembers(g).end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

FailurePropagator::FailurePropagator(const FailureGraph &graph)
    : m_graph(graph), m_failed(graph.size(), 0), m_groupFailed(graph.groupCount(), 0)
{
}

void FailurePropagator::reset()
{
    rollback({0, 0});
}

void FailurePropagator::rollback(const Mark &mark)
{
    for (std::size_t i = mark.failed; i < m_order.size(); ++i)
        m_failed[m_order[i]] = 0;
    m_order.resize(mark.failed);
    for (std::size_t i = mark.counters; i < m_counterLog.size(); ++i)
        --m_groupFailed[m_counterLog[i]];
    m_counterLog.resize(mark.counters);
}

void FailurePropagator::failOne(Index n)
{
    m_failed[n] = 1;
    m_order.push_back(n);
    m_queue.push_back(n);
}

void FailurePropagator::fail(std::span<const Index> seeds)
{
    for (const Index s : seeds) {
        if (!m_failed[s])
            failOne(s);
    }
    while (!m_queue.empty()) {
        const Index m = m_queue.back();
        m_queue.pop_back();
        for (const FailureGraph::Dependant &d : m_graph.dependants(m)) {
            if (m_failed[d.node])
                continue;
            if (d.group == FailureGraph::NoGroup) {
                failOne(d.node);
                continue;
            }
            const Index failedMembers = ++m_groupFailed[d.group];
            m_counterLog.push_back(d.group);
            const Index size = Index(m_graph.groupMembers(d.group).size());
            if (size - failedMembers < m_graph.groupThreshold(d.group))
                failOne(d.node);
        }
    }
}

} // namespace antrum
