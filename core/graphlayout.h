// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <vector>

/// The automatic layered layout of the dependency graph view (docs/graph-view.md). Plain
/// geometry in scene units, no widgets: the view, the exports and the tests share it.
namespace antrum {

struct LayoutOptions {
    double nodeWidth = 180;  ///< every node is a box of this size
    double nodeHeight = 38;
    double columnGap = 90;   ///< horizontal space between two columns (edges run there)
    double bandGap = 40;     ///< extra space between the kinds' bands of columns
    double rowGap = 10;      ///< minimal vertical space between two boxes of one column
    int sweeps = 4;          ///< barycenter down/up sweep pairs that order the layers
    int straightenPasses = 3; ///< passes that move boxes towards their neighbours' height
    /// Most boxes one column holds before its layer is wrapped into several columns;
    /// 0: chosen so that the picture is about `aspectRatio` wide, never below minRowsPerColumn.
    int maxRowsPerColumn = 0;
    int minRowsPerColumn = 40;
    double aspectRatio = 1.6;
    /// Suppliers whose ownership tree is collapsed: their subsidiaries (subsidiary_of, at
    /// any depth) are hidden and drawn as the collapsed parent.
    QSet<QString> collapsed;
};

/// An edge as drawn: model edges between the same visible pair of nodes (after collapsing)
/// and of the same kind are merged into one.
struct LayoutEdge {
    int from = 0;          ///< visible node index (model order)
    int to = 0;
    EdgeKind kind = EdgeKind::Requires;
    int modelEdge = 0;     ///< the first model edge it stands for
    int merged = 1;        ///< how many model edges it stands for
    bool grouped = false;  ///< one of them belongs to a redundancy group
};

struct GraphLayout {
    /// Centre of every node's box, in model order. A hidden node (inside a collapsed
    /// ownership tree) has the centre of the node it is drawn as.
    std::vector<QPointF> positions;
    /// The layer of every node: 0 = leftmost; capabilities (all in layer 0), then
    /// applications (requires chains add layers), hosts, suppliers (parents right of subsidiaries), jurisdictions.
    std::vector<int> layer;
    /// The column a node is drawn in; differs from `layer` once tall layers are wrapped.
    std::vector<int> column;
    /// The kind's band: 0 capability, 1 application, 2 host, 3 supplier, 4 jurisdiction.
    std::vector<int> band;
    /// The node a node is drawn as: itself, or the collapsed parent that hides it.
    std::vector<int> representative;
    /// For a collapsed parent: how many nodes it hides; 0 for every other node.
    std::vector<int> folded;
    std::vector<LayoutEdge> edges;
    std::vector<double> columnX; ///< centre x of every column
    int layerCount = 0;
    QSizeF nodeSize;
    QRectF bounds; ///< around every box

    bool isVisible(int node) const { return representative[std::size_t(node)] == node; }
    QRectF nodeRect(int node) const
    {
        const QPointF c = positions[std::size_t(node)];
        return {c.x() - nodeSize.width() / 2, c.y() - nodeSize.height() / 2, nodeSize.width(), nodeSize.height()};
    }
};

/// The band of a kind of node (see GraphLayout::band).
int layoutBand(NodeKind kind);

/// Lays `model` out left to right in layers, orders each layer to reduce crossings and
/// wraps very tall layers. Deterministic: the same model and options give the same layout,
/// whatever the order of nodes and edges in the model (ties go by id). Linear-ish in the
/// size of the model: well under a second at 5,000 nodes.
GraphLayout layoutModel(const Model &model, const LayoutOptions &options = {});

/// The nodes within `depth` edges of `node` (edges followed both ways, every kind),
/// `node` included, sorted by index.
std::vector<int> neighbourhood(const Model &model, int node, int depth);

/// Every node hidden when the ownership trees of `collapsed` are collapsed, sorted by index:
/// the subsidiaries at any depth of a collapsed supplier.
std::vector<int> hiddenByCollapse(const Model &model, const QSet<QString> &collapsed);

/// Suppliers that are the parent of at least one other (those that can be collapsed).
std::vector<int> ownershipParents(const Model &model);

} // namespace antrum
