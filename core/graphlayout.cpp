// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_map>

namespace antrum {

namespace {

struct ResolvedEdge {
    int from;
    int to;
    EdgeKind kind;
    bool grouped;
    int index;
};

std::vector<ResolvedEdge> resolveEdges(const Model &model, const QHash<QString, int> &index)
{
    std::vector<ResolvedEdge> edges;
    edges.reserve(model.edges.size());
    for (std::size_t i = 0; i < model.edges.size(); ++i) {
        const Edge &e = model.edges[i];
        const auto f = index.constFind(e.from);
        const auto t = index.constFind(e.to);
        if (f == index.constEnd() || t == index.constEnd() || *f == *t)
            continue;
        edges.push_back({*f, *t, e.kind, !e.group.isEmpty(), int(i)});
    }
    return edges;
}

/// rank[n] = position of node n among all nodes sorted by id: the tie breaker everywhere.
std::vector<int> idRanks(const Model &model)
{
    std::vector<int> order(model.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = QString::compare(model.nodes[std::size_t(a)].id, model.nodes[std::size_t(b)].id);
        return c != 0 ? c < 0 : a < b;
    });
    std::vector<int> rank(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[std::size_t(order[i])] = int(i);
    return rank;
}

/// The node every node is drawn as, once the ownership trees of `collapsed` are folded.
std::vector<int> representatives(const Model &model, const std::vector<ResolvedEdge> &edges,
                                 const std::vector<int> &rank, const QSet<QString> &collapsed)
{
    const std::size_t n = model.nodes.size();
    std::vector<int> rep(n);
    std::iota(rep.begin(), rep.end(), 0);
    if (collapsed.isEmpty())
        return rep;
    std::vector<std::vector<int>> parents(n);
    for (const ResolvedEdge &e : edges)
        if (e.kind == EdgeKind::SubsidiaryOf)
            parents[std::size_t(e.from)].push_back(e.to);
    for (auto &p : parents)
        std::sort(p.begin(), p.end(), [&](int a, int b) { return rank[std::size_t(a)] < rank[std::size_t(b)]; });
    std::vector<bool> collapsedNode(n);
    for (std::size_t i = 0; i < n; ++i)
        collapsedNode[i] = model.nodes[i].kind == NodeKind::Supplier && collapsed.contains(model.nodes[i].id);

    // 0 unknown, 1 in progress (a cycle, which validation forbids, leaves the node visible), 2 done.
    std::vector<std::uint8_t> state(n, 0);
    std::vector<int> stack;
    for (std::size_t start = 0; start < n; ++start) {
        if (state[start] != 0 || parents[start].empty()) {
            state[start] = 2;
            continue;
        }
        stack.push_back(int(start));
        while (!stack.empty()) {
            const int v = stack.back();
            auto &s = state[std::size_t(v)];
            if (s == 0) {
                s = 1;
                for (int p : parents[std::size_t(v)])
                    if (state[std::size_t(p)] == 0)
                        stack.push_back(p);
                continue;
            }
            stack.pop_back();
            if (s == 2)
                continue;
            s = 2;
            for (int p : parents[std::size_t(v)]) {
                if (state[std::size_t(p)] != 2)
                    continue;
                if (rep[std::size_t(p)] != p) {
                    rep[std::size_t(v)] = rep[std::size_t(p)];
                    break;
                }
                if (collapsedNode[std::size_t(p)]) {
                    rep[std::size_t(v)] = p;
                    break;
                }
            }
        }
    }
    return rep;
}

/// Compressed adjacency: neighbours of v are targets[offsets[v] .. offsets[v+1]).
struct Adjacency {
    std::vector<int> offsets;
    std::vector<int> targets;

    Adjacency(std::size_t n, const std::vector<std::pair<int, int>> &pairs, bool bothWays)
        : offsets(n + 1, 0)
    {
        for (const auto &[a, b] : pairs) {
            ++offsets[std::size_t(a) + 1];
            if (bothWays)
                ++offsets[std::size_t(b) + 1];
        }
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        targets.resize(std::size_t(offsets.back()));
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const auto &[a, b] : pairs) {
            targets[std::size_t(fill[std::size_t(a)]++)] = b;
            if (bothWays)
                targets[std::size_t(fill[std::size_t(b)]++)] = a;
        }
    }
    std::pair<const int *, const int *> of(int v) const
    {
        return {targets.data() + offsets[std::size_t(v)], targets.data() + offsets[std::size_t(v) + 1]};
    }
};

/// Isotonic regression with a minimal gap: the positions y (in the given order, y[i+1] >=
/// y[i] + gap) closest in the least-squares sense to the wished positions d.
void placeInOrder(const std::vector<double> &d, double gap, std::vector<double> &y)
{
    struct Block {
        double sum;
        int count;
    };
    std::vector<Block> blocks;
    blocks.reserve(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        blocks.push_back({d[i] - double(i) * gap, 1});
        while (blocks.size() > 1) {
            const Block &b = blocks.back();
            const Block &a = blocks[blocks.size() - 2];
            if (a.sum / a.count <= b.sum / b.count)
                break;
            const Block merged{a.sum + b.sum, a.count + b.count};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    y.resize(d.size());
    std::size_t i = 0;
    for (const Block &b : blocks) {
        const double mean = b.sum / b.count;
        for (int j = 0; j < b.count; ++j, ++i)
            y[i] = mean + double(i) * gap;
    }
}

} // namespace

int layoutBand(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability:
        return 0;
    case NodeKind::Application:
        return 1;
    case NodeKind::Host:
        return 2;
    case NodeKind::Supplier:
        return 3;
    case NodeKind::Jurisdiction:
        return 4;
    }
    return 4;
}

GraphLayout layoutModel(const Model &model, const LayoutOptions &options)
{
    const std::size_t n = model.nodes.size();
    GraphLayout out;
    out.nodeSize = QSizeF(options.nodeWidth, options.nodeHeight);
    if (n == 0)
        return out;
    const QHash<QString, int> index = model.nodeIndex();
    const std::vector<ResolvedEdge> resolved = resolveEdges(model, index);
    const std::vector<int> rank = idRanks(model);
    const auto byRank = [&](int a, int b) { return rank[std::size_t(a)] < rank[std::size_t(b)]; };

    out.representative = representatives(model, resolved, rank, options.collapsed);
    const std::vector<int> &rep = out.representative;
    out.folded.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (rep[i] != int(i))
            ++out.folded[std::size_t(rep[i])];

    // The drawn edges: endpoints moved to their representatives, duplicates merged.
    {
        std::unordered_map<std::uint64_t, std::size_t> seen;
        seen.reserve(resolved.size());
        for (const ResolvedEdge &e : resolved) {
            const int f = rep[std::size_t(e.from)];
            const int t = rep[std::size_t(e.to)];
            if (f == t)
                continue;
            const std::uint64_t key = (std::uint64_t(f) * n + std::uint64_t(t)) * EdgeKindCount + std::uint64_t(e.kind);
            const auto [it, inserted] = seen.try_emplace(key, out.edges.size());
            if (inserted) {
                out.edges.push_back({f, t, e.kind, e.index, 1, e.grouped});
            } else {
                LayoutEdge &le = out.edges[it->second];
                ++le.merged;
                le.grouped = le.grouped || e.grouped;
                le.modelEdge = std::min(le.modelEdge, e.index);
            }
        }
        std::sort(out.edges.begin(), out.edges.end(), [&](const LayoutEdge &a, const LayoutEdge &b) {
            if (a.from != b.from)
                return rank[std::size_t(a.from)] < rank[std::size_t(b.from)];
            if (a.to != b.to)
                return rank[std::size_t(a.to)] < rank[std::size_t(b.to)];
            return a.kind < b.kind;
        });
    }

    std::vector<int> visible;
    visible.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (rep[i] == int(i))
            visible.push_back(int(i));
    std::sort(visible.begin(), visible.end(), byRank);

    out.band.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out.band[i] = layoutBand(model.nodes[i].kind);

    // Layers inside a band: requires between applications (the required one goes right;
    // capabilities all share the first layer) and ownership between suppliers (the parent goes right). Back
    // edges of a depth-first search in id order break the cycles of requires.
    std::vector<std::pair<int, int>> chain;
    for (const LayoutEdge &e : out.edges) {
        const bool sameBand = out.band[std::size_t(e.from)] == out.band[std::size_t(e.to)];
        const int band = out.band[std::size_t(e.from)];
        if (sameBand && ((e.kind == EdgeKind::Requires && band == 1) || e.kind == EdgeKind::SubsidiaryOf))
            chain.emplace_back(e.from, e.to);
    }
    const Adjacency down(n, chain, false);
    std::vector<int> topo; // reverse post-order: every kept edge goes forward in it
    topo.reserve(n);
    std::vector<std::uint8_t> colour(n, 0);
    std::vector<std::pair<int, int>> keptEdges;
    {
        std::vector<std::pair<int, const int *>> stack;
        for (int s : visible) {
            if (colour[std::size_t(s)] != 0)
                continue;
            colour[std::size_t(s)] = 1;
            stack.push_back({s, nullptr}); // children come in id order: out.edges is sorted
            while (!stack.empty()) {
                auto &[v, cursor] = stack.back();
                const auto [begin, end] = down.of(v);
                if (cursor == nullptr)
                    cursor = begin;
                if (cursor == end) {
                    colour[std::size_t(v)] = 2;
                    topo.push_back(v);
                    stack.pop_back();
                    continue;
                }
                const int w = *cursor++;
                if (colour[std::size_t(w)] == 1)
                    continue; // back edge: ignored for layering
                keptEdges.emplace_back(v, w);
                if (colour[std::size_t(w)] == 0) {
                    colour[std::size_t(w)] = 1;
                    stack.push_back({w, nullptr});
                }
            }
        }
        std::reverse(topo.begin(), topo.end());
    }
    std::vector<int> fromSource(n, 0), toSink(n, 0);
    {
        const Adjacency kept(n, keptEdges, false);
        for (int v : topo) {
            const auto [b, e] = kept.of(v);
            for (const int *w = b; w != e; ++w)
                fromSource[std::size_t(*w)] = std::max(fromSource[std::size_t(*w)], fromSource[std::size_t(v)] + 1);
        }
        for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
            const auto [b, e] = kept.of(*it);
            for (const int *w = b; w != e; ++w)
                toSink[std::size_t(*it)] = std::max(toSink[std::size_t(*it)], toSink[std::size_t(*w)] + 1);
        }
    }
    constexpr int Bands = 5;
    std::vector<int> subLayer(n, 0);
    int bandDepth[Bands] = {0, 0, 0, 0, 0};
    bool bandUsed[Bands] = {false, false, false, false, false};
    int maxSink[Bands] = {0, 0, 0, 0, 0};
    for (int v : visible)
        maxSink[out.band[std::size_t(v)]] = std::max(maxSink[out.band[std::size_t(v)]], toSink[std::size_t(v)]);
    for (int v : visible) {
        const int b = out.band[std::size_t(v)];
        // Suppliers align to the right (ultimate parents next to the jurisdictions), the rest to the left.
        subLayer[std::size_t(v)] = b == 3 ? maxSink[b] - toSink[std::size_t(v)] : fromSource[std::size_t(v)];
        bandDepth[b] = std::max(bandDepth[b], subLayer[std::size_t(v)] + 1);
        bandUsed[b] = true;
    }
    int bandOffset[Bands] = {0, 0, 0, 0, 0};
    {
        int offset = 0;
        for (int b = 0; b < Bands; ++b) {
            bandOffset[b] = offset;
            offset += bandUsed[b] ? bandDepth[b] : 0;
        }
        out.layerCount = offset;
    }
    out.layer.assign(n, 0);
    std::vector<std::vector<int>> layers(std::size_t(out.layerCount));
    std::vector<int> layerBand(std::size_t(out.layerCount), 0);
    for (int v : visible) {
        const int b = out.band[std::size_t(v)];
        const int l = bandOffset[b] + subLayer[std::size_t(v)];
        out.layer[std::size_t(v)] = l;
        layers[std::size_t(l)].push_back(v); // in id order, as `visible` is
        layerBand[std::size_t(l)] = b;
    }

    // Order inside the layers: barycenter sweeps, down (neighbours to the left count) and up.
    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(out.edges.size());
    for (const LayoutEdge &e : out.edges)
        pairs.emplace_back(e.from, e.to);
    const Adjacency adjacent(n, pairs, true);
    std::vector<double> pos(n, 0.0);
    const auto setPositions = [&](const std::vector<int> &members) {
        for (std::size_t i = 0; i < members.size(); ++i)
            pos[std::size_t(members[i])] = (double(i) + 0.5) / double(members.size());
    };
    for (const auto &members : layers)
        setPositions(members);
    std::vector<double> bary(n, 0.0);
    const auto sweepLayer = [&](int l, bool leftSide) {
        auto &members = layers[std::size_t(l)];
        for (int v : members) {
            double sum = 0;
            int count = 0;
            const auto [b, e] = adjacent.of(v);
            for (const int *w = b; w != e; ++w) {
                const int lw = out.layer[std::size_t(*w)];
                if (leftSide ? lw < l : lw > l) {
                    sum += pos[std::size_t(*w)];
                    ++count;
                }
            }
            bary[std::size_t(v)] = count ? sum / count : pos[std::size_t(v)];
        }
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            if (bary[std::size_t(a)] != bary[std::size_t(b)])
                return bary[std::size_t(a)] < bary[std::size_t(b)];
            return rank[std::size_t(a)] < rank[std::size_t(b)];
        });
        setPositions(members);
    };
    for (int s = 0; s < std::max(1, options.sweeps); ++s) {
        for (int l = 1; l < out.layerCount; ++l)
            sweepLayer(l, true);
        for (int l = out.layerCount - 2; l >= 0; --l)
            sweepLayer(l, false);
    }

    // Wrapping: a layer taller than `rows` is dealt round-robin into several columns, which
    // keeps every box near the height the ordering gave it.
    const double rowStep = options.nodeHeight + options.rowGap;
    const double columnStep = options.nodeWidth + options.columnGap;
    std::size_t tallest = 0;
    for (const auto &members : layers)
        tallest = std::max(tallest, members.size());
    int rows = int(tallest);
    if (options.maxRowsPerColumn > 0) {
        rows = std::min(rows, options.maxRowsPerColumn);
    } else if (int(tallest) > options.minRowsPerColumn) {
        double best = 1e300;
        for (int r = int(tallest); r >= std::max(1, options.minRowsPerColumn); --r) {
            double columns = 0;
            for (const auto &members : layers)
                columns += std::ceil(double(members.size()) / r);
            const double width = columns * columnStep + Bands * options.bandGap;
            const double height = r * rowStep;
            const double miss = std::abs(std::log(width / height / options.aspectRatio));
            if (miss < best - 1e-9) {
                best = miss;
                rows = r;
            }
        }
    }
    rows = std::max(rows, 1);

    out.column.assign(n, 0);
    std::vector<std::vector<int>> columns;
    {
        double x = options.nodeWidth / 2;
        int previousBand = -1;
        for (int l = 0; l < out.layerCount; ++l) {
            const auto &members = layers[std::size_t(l)];
            if (members.empty())
                continue;
            if (previousBand >= 0) {
                x += columnStep;
                if (layerBand[std::size_t(l)] != previousBand)
                    x += options.bandGap;
            }
            previousBand = layerBand[std::size_t(l)];
            const int wraps = int((members.size() + std::size_t(rows) - 1) / std::size_t(rows));
            const std::size_t first = columns.size();
            for (int w = 0; w < wraps; ++w) {
                if (w > 0)
                    x += options.nodeWidth + options.columnGap * 0.6;
                columns.emplace_back();
                out.columnX.push_back(x);
            }
            for (std::size_t i = 0; i < members.size(); ++i) {
                const std::size_t c = first + i % std::size_t(wraps);
                columns[c].push_back(members[i]);
                out.column[std::size_t(members[i])] = int(c);
            }
        }
    }

    // Heights: stacked, then moved towards the mean height of their neighbours in other
    // columns without changing the order or overlapping.
    out.positions.assign(n, QPointF());
    std::vector<double> y(n, 0.0);
    for (const auto &members : columns)
        for (std::size_t i = 0; i < members.size(); ++i)
            y[std::size_t(members[i])] = (double(i) - double(members.size() - 1) / 2) * rowStep;
    std::vector<double> wish, placed;
    const auto straighten = [&](int c) {
        const auto &members = columns[std::size_t(c)];
        wish.resize(members.size());
        for (std::size_t i = 0; i < members.size(); ++i) {
            const int v = members[i];
            double sum = 0;
            int count = 0;
            const auto [b, e] = adjacent.of(v);
            for (const int *w = b; w != e; ++w) {
                if (out.column[std::size_t(*w)] != c && rep[std::size_t(*w)] == *w) {
                    sum += y[std::size_t(*w)];
                    ++count;
                }
            }
            wish[i] = count ? sum / count : y[std::size_t(v)];
        }
        placeInOrder(wish, rowStep, placed);
        for (std::size_t i = 0; i < members.size(); ++i)
            y[std::size_t(members[i])] = placed[i];
    };
    for (int p = 0; p < options.straightenPasses; ++p) {
        for (int c = 0; c < int(columns.size()); ++c)
            straighten(c);
        for (int c = int(columns.size()) - 1; c >= 0; --c)
            straighten(c);
    }

    QRectF bounds;
    for (std::size_t c = 0; c < columns.size(); ++c)
        for (int v : columns[c])
            out.positions[std::size_t(v)] = QPointF(out.columnX[c], y[std::size_t(v)]);
    for (std::size_t i = 0; i < n; ++i) {
        const int r = rep[i];
        if (r != int(i)) {
            out.positions[i] = out.positions[std::size_t(r)];
            out.layer[i] = out.layer[std::size_t(r)];
            out.column[i] = out.column[std::size_t(r)];
        } else {
            bounds |= out.nodeRect(int(i));
        }
    }
    out.bounds = bounds;
    return out;
}

std::vector<int> neighbourhood(const Model &model, int node, int depth)
{
    const std::size_t n = model.nodes.size();
    if (node < 0 || std::size_t(node) >= n)
        return {};
    const QHash<QString, int> index = model.nodeIndex();
    std::vector<std::pair<int, int>> pairs;
    for (const ResolvedEdge &e : resolveEdges(model, index))
        pairs.emplace_back(e.from, e.to);
    const Adjacency adjacent(n, pairs, true);
    std::vector<int> distance(n, -1);
    std::vector<int> found{node};
    distance[std::size_t(node)] = 0;
    for (std::size_t head = 0; head < found.size(); ++head) {
        const int v = found[head];
        if (distance[std::size_t(v)] >= depth)
            continue;
        const auto [b, e] = adjacent.of(v);
        for (const int *w = b; w != e; ++w) {
            if (distance[std::size_t(*w)] < 0) {
                distance[std::size_t(*w)] = distance[std::size_t(v)] + 1;
                found.push_back(*w);
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<int> hiddenByCollapse(const Model &model, const QSet<QString> &collapsed)
{
    const QHash<QString, int> index = model.nodeIndex();
    const std::vector<int> rep = representatives(model, resolveEdges(model, index), idRanks(model), collapsed);
    std::vector<int> hidden;
    for (std::size_t i = 0; i < rep.size(); ++i)
        if (rep[i] != int(i))
            hidden.push_back(int(i));
    return hidden;
}

std::vector<int> ownershipParents(const Model &model)
{
    const QHash<QString, int> index = model.nodeIndex();
    std::vector<int> parents;
    for (const ResolvedEdge &e : resolveEdges(model, index))
        if (e.kind == EdgeKind::SubsidiaryOf)
            parents.push_back(e.to);
    std::sort(parents.begin(), parents.end());
    parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
    return parents;
}

} // namespace antrum
