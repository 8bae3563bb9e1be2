// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphlayout.h"
#include "model.h"

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

class QAction;
class QGraphicsScene;

namespace antrum {

class DependencyAnalysis;
class GraphEdgeLayer;
class GraphNodeItem;
class GraphHighlightItem;
class GraphLabelItem;

/// Colours and fonts the graph items share, derived from the palette (light or dark).
struct GraphStyle {
    QColor text, background, edge, ownershipEdge, alternativeEdge, selection, spof, path;
    QColor reach; ///< the dashed paths to foreign jurisdictions whose laws reach a capability
    QColor failed; ///< fill and hatch of nodes failed in a scenario
    QColor kindFill[NodeKindCount];
    QColor kindBorder[NodeKindCount];
    QColor home, eu, foreign; ///< jurisdiction fills
    QFont font, smallFont;
};

/// The dependency graph of a model (issue 6): the automatic layered layout (graphlayout.h),
/// colours by kind and by jurisdiction (home / EU / foreign), zoom, pan, fit, focus on the
/// selected node's neighbourhood, collapsible ownership trees, single points of failure of a
/// capability with the paths that explain them, and export to PNG and SVG. Every action has
/// a shortcut (actions()). Draws boxes without text when zoomed far out, so that 5,000
/// nodes stay fluid.
class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    /// Shows `model` (copied); forgets selection, focus, highlight, failed nodes and
    /// collapsed trees.
    void setModel(const Model &model);
    /// How many models were laid out so far (a relayout is the expensive part; tests count it).
    int layoutCount() const { return m_layoutCount; }
    void clear();
    const Model &model() const { return m_model; }
    const GraphLayout &layout() const { return m_layout; }

    /// The actions of the view (zoom, fit, focus, collapse, legend, export), with shortcuts,
    /// for menus and toolbars; they work while the view has the focus.
    QList<QAction *> actions() const { return m_actions; }
    QAction *action(const QString &objectName) const;

    /// Marks the single points of failure of capability `capabilityId` (red outline) and
    /// draws the path that explains each; everything else is dimmed. Returns false (and
    /// clears the highlight) when `analysis` does not know the capability.
    bool highlightSpofs(const QString &capabilityId, const DependencyAnalysis &analysis);
    void clearHighlight();
    /// Ids of the boxes marked as single points of failure, sorted.
    QStringList highlightedSpofs() const;
    QString highlightedCapability() const { return m_highlightCapability; }
    /// The foreign jurisdictions whose legal reach is drawn for the highlighted capability.
    QStringList highlightedForeignReach() const;

    /// Draws the nodes `ids` as failed (red tint, hatched; legend "Failed in scenario"): the
    /// failed part of the landscape at a month of an exit scenario. Independent of the single
    /// points of failure highlight, which stays drawn over it. Unknown ids are ignored; a
    /// failed node hidden in a collapsed ownership tree marks the box that stands for it.
    void highlightFailed(const QStringList &ids);
    void clearFailed();
    /// Ids of the nodes drawn as failed, sorted.
    QStringList highlightedFailed() const;

    QString selectedNode() const { return m_selected; }
    /// Ids of the nodes drawn (not hidden in a collapsed ownership tree).
    int visibleNodeCount() const;
    /// The box of node `id` in scene coordinates (that of its collapsed parent when hidden).
    QRectF nodeRect(const QString &id) const;

    /// Collapses or expands the ownership tree under supplier `id`.
    void setCollapsed(const QString &id, bool collapsed);
    bool isCollapsed(const QString &id) const { return m_collapsed.contains(id); }
    void collapseAllOwnership();
    void expandAllOwnership();

    void setFocusDepth(int depth);
    int focusDepth() const { return m_focusDepth; }
    bool isFocused() const { return m_focusOn; }

    double zoom() const;
    void setZoom(double factor);

    /// Renders the whole graph with its legend. The PNG is scaled to at most `maxSide`
    /// pixels on its long side; the SVG is vector. Written through QSaveFile: complete or not
    /// at all. On failure returns false and sets *error.
    bool exportPng(const QString &path, QString *error, int maxSide = 12000);
    bool exportSvg(const QString &path, QString *error);
    /// The whole graph (and legend) as an image of at most `maxSide` pixels; for previews.
    QImage renderImage(int maxSide) const;

    const GraphStyle &style() const { return m_style; }

public Q_SLOTS:
    /// Selects the node (expanding collapsed trees that hide it) and centres on it.
    /// Emits selectionChangedTo() when the selection changes.
    void selectNode(const QString &id);
    void zoomIn();
    void zoomOut();
    void fitAll();
    /// Shows or hides the legend drawn over the view (exports always carry it).
    void setLegendVisible(bool visible);
    /// Zooms to the highlighted capability and its single points of failure (fitAll when
    /// nothing is highlighted).
    void fitHighlight();
    void setFocusMode(bool on);
    void toggleCollapseSelected();

Q_SIGNALS:
    void selectionChangedTo(const QString &id);
    /// A node was double-clicked or Return was pressed on it.
    void nodeActivated(const QString &id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void rebuild();
    void updateStyle();
    void sceneSelectionChanged();
    void applyDimming();
    void applyFailed();
    bool hasFailed() const;
    void exportAs();
    void moveSelection(int dx, int dy);
    void updateActions();
    QRectF exportRect() const;
    void renderTo(QPainter *painter, const QRectF &target, double scale) const;
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    Model m_model;
    QHash<QString, int> m_index;
    GraphLayout m_layout;
    GraphStyle m_style;
    QGraphicsScene *m_scene = nullptr;
    std::vector<GraphNodeItem *> m_items; ///< by node index; null for hidden nodes
    GraphEdgeLayer *m_edges = nullptr;
    GraphHighlightItem *m_highlight = nullptr;
    GraphLabelItem *m_labels = nullptr;
    QSet<QString> m_collapsed;
    std::vector<char> m_isParent; ///< ownership parents (collapsible)
    QString m_selected;
    bool m_selecting = false;
    bool m_focusOn = false;
    int m_focusDepth = 1;
    QString m_highlightCapability;
    std::vector<int> m_spofs;
    std::vector<std::vector<int>> m_paths;
    std::vector<std::vector<int>> m_reachPaths; ///< capability -> each foreign jurisdiction in its reach
    std::vector<char> m_failed; ///< by node index: failed in the scenario shown
    GraphHighlightItem *m_reachHighlight = nullptr;
    bool m_showLegend = true;
    bool m_autoFit = true; ///< fit again on resize until the user zooms or pans
    QList<QAction *> m_actions;
    int m_layoutCount = 0;
};

} // namespace antrum
