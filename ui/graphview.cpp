// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "dependencyanalysis.h"
#include "nodetablemodel.h"

#include <QAction>
#include <QSignalBlocker>
#include <QApplication>
#include <QBuffer>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QResizeEvent>
#include <QWheelEvent>

#include <algorithm>
#include <set>
#include <cmath>

namespace antrum {

namespace {

constexpr double TextDetail = 0.34;  ///< below this level of detail boxes carry no text
constexpr double ArrowDetail = 0.55; ///< ... and edges no arrowheads
constexpr double CurveDetail = 0.2;  ///< ... and edges are straight lines
constexpr double DimOpacity = 0.22;
constexpr double FullDetail = 0.9; ///< from here on boxes show two lines of text and badges

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t), float(a.alphaF() * (1 - t) + b.alphaF() * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

enum class Legal : std::uint8_t { None, Home, Eu, Foreign };

Legal legalClass(const Model &model, const Node &node)
{
    if (node.kind != NodeKind::Jurisdiction)
        return Legal::None;
    if (model.isHome(node.id))
        return Legal::Home;
    const bool *eu = node.attributeAs<bool>(QStringLiteral("eu_member"));
    return eu && *eu ? Legal::Eu : Legal::Foreign;
}

/// The drawn course of an edge between two boxes: out of the right side into the left side
/// when the target lies right, the mirror when it lies left, an arc on the right side when
/// both share a column.
struct EdgeCourse {
    QPointF p1, c1, c2, p2;
};

EdgeCourse edgeCourse(const QRectF &a, const QRectF &b)
{
    EdgeCourse c;
    if (b.left() > a.right() - 1) {
        c.p1 = QPointF(a.right(), a.center().y());
        c.p2 = QPointF(b.left(), b.center().y());
        const double dx = std::max(40.0, (c.p2.x() - c.p1.x()) * 0.5);
        c.c1 = c.p1 + QPointF(dx, 0);
        c.c2 = c.p2 - QPointF(dx, 0);
    } else if (b.right() < a.left() + 1) {
        c.p1 = QPointF(a.left(), a.center().y());
        c.p2 = QPointF(b.right(), b.center().y());
        const double dx = std::max(40.0, (c.p1.x() - c.p2.x()) * 0.5);
        c.c1 = c.p1 - QPointF(dx, 0);
        c.c2 = c.p2 + QPointF(dx, 0);
    } else {
        c.p1 = QPointF(a.right(), a.center().y());
        c.p2 = QPointF(b.right(), b.center().y());
        const double off = 30 + std::min(std::abs(c.p2.y() - c.p1.y()) * 0.2, 60.0);
        c.c1 = c.p1 + QPointF(off, 0);
        c.c2 = c.p2 + QPointF(off, 0);
    }
    return c;
}

QPainterPath coursePath(const EdgeCourse &c)
{
    QPainterPath path(c.p1);
    path.cubicTo(c.c1, c.c2, c.p2);
    return path;
}

void drawArrow(QPainter *painter, const EdgeCourse &c, double size)
{
    QPointF dir = c.p2 - c.c2;
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1e-6)
        return;
    dir /= len;
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = c.p2 - dir * size;
    const QPointF head[3] = {c.p2, base + normal * size * 0.45, base - normal * size * 0.45};
    painter->drawPolygon(head, 3);
}

/// Draws the legend with its top left corner at `origin`; returns its size.
QSizeF paintLegend(QPainter *painter, QPointF origin, const GraphStyle &s, bool withFailed)
{
    const QFontMetricsF fm(s.font);
    const double line = fm.height() + 6;
    const double swatch = fm.height();
    struct Entry {
        QString text;
        int type; // 0 box, 1 line, 2 dashed line, 3 grouped, 4 spof, 5 path, 6 ownership, 7 reach, 8 failed
        QColor fill, border;
    };
    std::vector<Entry> entries;
    for (int k = 0; k < NodeKindCount; ++k) {
        if (NodeKind(k) == NodeKind::Jurisdiction)
            continue;
        entries.push_back({NodeTableModel::kindLabel(NodeKind(k)), 0, s.kindFill[k], s.kindBorder[k]});
    }
    const QColor jb = s.kindBorder[int(NodeKind::Jurisdiction)];
    entries.push_back({GraphView::tr("Home jurisdiction"), 0, s.home, jb});
    entries.push_back({GraphView::tr("Other EU member state"), 0, s.eu, jb});
    entries.push_back({GraphView::tr("Foreign jurisdiction"), 0, s.foreign, jb});
    entries.push_back({GraphView::tr("Depends on (points right)"), 1, {}, s.edge});
    entries.push_back({GraphView::tr("Subsidiary of"), 6, {}, s.ownershipEdge});
    entries.push_back({GraphView::tr("Alternative for"), 2, {}, s.alternativeEdge});
    entries.push_back({GraphView::tr("Redundancy group (k of n)"), 3, {}, s.edge});
    entries.push_back({GraphView::tr("Single point of failure"), 4, s.kindFill[int(NodeKind::Supplier)], s.spof});
    entries.push_back({GraphView::tr("Why it fails"), 5, {}, s.path});
    entries.push_back({GraphView::tr("Foreign legal reach"), 7, {}, s.reach});
    if (withFailed)
        entries.push_back({GraphView::tr("Failed in scenario"), 8, mix(s.kindFill[int(NodeKind::Application)], s.failed, 0.45),
                           s.kindBorder[int(NodeKind::Application)]});

    double textWidth = fm.horizontalAdvance(GraphView::tr("Legend"));
    for (const Entry &e : entries)
        textWidth = std::max(textWidth, fm.horizontalAdvance(e.text));
    const double pad = 8;
    const double iconWidth = swatch * 2.2;
    const QSizeF size(pad * 3 + iconWidth + textWidth, pad * 2 + line * double(entries.size() + 1));
    if (!painter)
        return size;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor panel = s.background;
    panel.setAlphaF(0.92f);
    painter->setPen(QPen(mix(s.background, s.text, 0.35), 1));
    painter->setBrush(panel);
    painter->drawRoundedRect(QRectF(origin, size), 6, 6);
    painter->setFont(s.font);
    double y = origin.y() + pad;
    QFont bold = s.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(s.text);
    painter->drawText(QRectF(origin.x() + pad, y, size.width() - 2 * pad, line), Qt::AlignLeft | Qt::AlignVCenter,
                      GraphView::tr("Legend"));
    painter->setFont(s.font);
    y += line;
    for (const Entry &e : entries) {
        const QRectF icon(origin.x() + pad, y + (line - swatch) / 2, iconWidth, swatch);
        const double mid = icon.center().y();
        switch (e.type) {
        case 0:
        case 4:
        case 8:
            painter->setPen(QPen(e.border, e.type == 4 ? 3 : 1.2));
            painter->setBrush(e.fill);
            painter->drawRoundedRect(icon.adjusted(1, 1, -1, -1), 3, 3);
            if (e.type == 8) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(QBrush(s.failed, Qt::BDiagPattern));
                painter->drawRoundedRect(icon.adjusted(1, 1, -1, -1), 3, 3);
            }
            break;
        default: {
            QPen pen(e.border, e.type == 5 ? 3.5 : e.type == 7 ? 2.5 : 1.4);
            if (e.type == 2 || e.type == 7)
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawLine(QPointF(icon.left(), mid), QPointF(icon.right(), mid));
            if (e.type == 3) {
                painter->setBrush(e.border);
                painter->drawEllipse(QPointF(icon.left() + 3, mid), 3, 3);
            }
            break;
        }
        }
        painter->setPen(s.text);
        painter->drawText(QRectF(icon.right() + pad, y, textWidth + 2, line), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        y += line;
    }
    painter->restore();
    return size;
}

} // namespace

/// One box of the graph.
class GraphNodeItem : public QGraphicsItem {
public:
    GraphNodeItem(const GraphView *view, int node, const QRectF &rect, Legal legal)
        : m_view(view), m_node(node), m_rect(rect), m_legal(legal)
    {
        setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
        setZValue(2);
        const Node &n = view->model().nodes[std::size_t(node)];
        setToolTip(GraphView::tr("%1\n%2 · %3").arg(n.name, NodeTableModel::kindLabel(n.kind), n.id));
    }

    int node() const { return m_node; }
    void setFolded(int folded) { m_folded = folded; }
    void setFailed(bool failed)
    {
        if (m_failed != failed) {
            m_failed = failed;
            update();
        }
    }
    bool failed() const { return m_failed; }
    void setCollapsible(bool collapsible) { m_collapsible = collapsible; }
    void setMark(int mark)
    {
        if (m_mark != mark) {
            m_mark = mark;
            update();
        }
    }
    int mark() const { return m_mark; }

    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const GraphStyle &s = m_view->style();
        const Node &n = m_view->model().nodes[std::size_t(m_node)];
        const int k = int(n.kind);
        QColor fill = s.kindFill[k];
        if (m_legal == Legal::Home)
            fill = s.home;
        else if (m_legal == Legal::Eu)
            fill = s.eu;
        else if (m_legal == Legal::Foreign)
            fill = s.foreign;
        if (m_failed)
            fill = mix(fill, s.failed, 0.45);
        const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        const bool selected = option->state & QStyle::State_Selected;
        QPen outline(s.kindBorder[k], 1.2);
        if (m_mark == 1) // single point of failure
            outline = QPen(s.spof, lod < TextDetail ? 6 : 3.5);
        else if (m_mark == 2) // the highlighted capability
            outline = QPen(s.path, lod < TextDetail ? 6 : 3);
        if (lod < TextDetail) {
            painter->fillRect(m_rect, mix(fill, s.kindBorder[k], m_legal == Legal::None ? 0.45 : 0.2));
            if (selected || m_mark) {
                painter->setPen(selected ? QPen(s.selection, 3 / lod) : outline);
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(m_rect);
            }
            return;
        }
        painter->setPen(outline);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect, 6, 6);
        if (m_failed) { // hatched, so that it reads without colour too
            QColor hatch = s.failed;
            hatch.setAlphaF(0.55f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter->drawRoundedRect(m_rect, 6, 6);
        }
        if (m_folded > 0) { // a collapsed ownership tree: a stacked look
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(s.kindBorder[k], 1));
            painter->drawRoundedRect(m_rect.adjusted(3, 3, -3, -3), 4, 4);
        }
        if (selected) {
            painter->setPen(QPen(s.selection, 2.5, Qt::SolidLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(m_rect.adjusted(-2.5, -2.5, 2.5, 2.5), 8, 8);
        }
        // Far out, one line in a larger font that stays legible on screen.
        QFont font = s.font;
        const bool full = lod >= FullDetail;
        if (!full) {
            const double legible = 6.5 / lod;
            font.setPointSizeF(std::clamp(legible, font.pointSizeF(), m_rect.height() * 0.42));
        }
        painter->setFont(font);
        painter->setPen(s.text);
        double right = 8;
        if (m_collapsible && full) {
            const QString badge = m_folded > 0 ? QStringLiteral("+%1").arg(m_folded) : QStringLiteral("−");
            const QFontMetricsF sm(s.smallFont);
            const double w = sm.horizontalAdvance(badge) + 8;
            const QRectF b(m_rect.right() - w - 4, m_rect.top() + 4, w, sm.height() + 2);
            painter->setFont(s.smallFont);
            painter->setPen(QPen(s.kindBorder[k], 1));
            painter->setBrush(s.background);
            painter->drawRoundedRect(b, 3, 3);
            painter->setPen(s.text);
            painter->drawText(b, Qt::AlignCenter, badge);
            painter->setFont(font);
            right = w + 10;
        }
        if (m_lines.isEmpty() || m_linesFor != font || m_linesRight != right)
            layoutText(n.name, font, m_rect.width() - 8 - right, full);
        const QRectF text = m_rect.adjusted(8, 3, -right, -3);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_lines);
    }

private:
    void layoutText(const QString &name, const QFont &font, double width, bool twoLines)
    {
        m_linesFor = font;
        m_linesRight = m_rect.width() - 8 - width;
        const QFontMetricsF fm(font);
        if (!twoLines) {
            m_lines = fm.elidedText(name, Qt::ElideRight, width);
            return;
        }
        if (fm.horizontalAdvance(name) <= width) {
            m_lines = name;
            return;
        }
        // Two lines: break at the last space that fits, elide the rest.
        int cut = -1;
        for (int i = 0; i < name.size(); ++i)
            if (name.at(i).isSpace() && fm.horizontalAdvance(name.left(i)) <= width)
                cut = i;
        if (cut <= 0) {
            m_lines = fm.elidedText(name, Qt::ElideRight, width);
            return;
        }
        m_lines = name.left(cut) + QLatin1Char('\n') + fm.elidedText(name.mid(cut + 1), Qt::ElideRight, width);
    }

    const GraphView *m_view;
    int m_node;
    QRectF m_rect;
    Legal m_legal;
    int m_folded = 0;
    bool m_collapsible = false;
    int m_mark = 0; ///< 0 none, 1 single point of failure, 2 highlighted capability
    bool m_failed = false; ///< failed in the scenario shown
    QString m_lines;
    QFont m_linesFor;
    double m_linesRight = 0;
};

/// Every edge in one item: thousands of edges cost one item, drawn in a few batches.
class GraphEdgeLayer : public QGraphicsItem {
public:
    struct Drawn {
        EdgeCourse course;
        QRectF box;
        int style; ///< 0 dependency, 1 ownership, 2 alternative
        bool grouped;
        bool dim = false;
        int from, to;
    };
    struct Label {
        QPointF at;
        QString text;
    };

    explicit GraphEdgeLayer(const GraphView *view) : m_view(view)
    {
        setFlag(ItemUsesExtendedStyleOption);
        setZValue(0);
    }

    void setEdges(std::vector<Drawn> edges, std::vector<Label> labels)
    {
        prepareGeometryChange();
        m_edges = std::move(edges);
        m_labels = std::move(labels);
        m_bounds = QRectF();
        for (const Drawn &d : m_edges)
            m_bounds |= d.box;
        m_bounds.adjust(-10, -10, 10, 10);
    }
    std::vector<Drawn> &edges() { return m_edges; }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const GraphStyle &s = m_view->style();
        const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        const QRectF exposed = option->exposedRect.isNull() ? m_bounds : option->exposedRect;
        const QColor colours[3] = {s.edge, s.ownershipEdge, s.alternativeEdge};
        if (lod < CurveDetail) // thousands of hairlines: aliased lines are several times faster
            painter->setRenderHint(QPainter::Antialiasing, false);
        for (int dim = 1; dim >= 0; --dim) {
            for (int style = 0; style < 3; ++style) {
                QColor c = colours[style];
                // Faded by mixing with the background, not by alpha: opaque lines draw
                // several times faster.
                if (dim)
                    c = mix(s.background, c, DimOpacity);
                if (lod < TextDetail) // far out, thousands of edges: a haze, not a wall
                    c = mix(s.background, c, std::max(0.35, std::pow(lod / TextDetail, 1.5)));
                QPen pen(c, lod < TextDetail ? 0 : 1.2); // cosmetic hairline when far out
                if (style == 2)
                    pen.setStyle(Qt::DashLine);
                painter->setPen(pen);
                painter->setBrush(Qt::NoBrush);
                std::vector<QLineF> lines;
                QPainterPath curves;
                for (const Drawn &d : m_edges) {
                    if (d.style != style || d.dim != bool(dim) || !d.box.intersects(exposed))
                        continue;
                    if (lod < CurveDetail && d.course.p1.x() != d.course.p2.x())
                        lines.emplace_back(d.course.p1, d.course.p2);
                    else
                        curves.addPath(coursePath(d.course));
                }
                if (!lines.empty())
                    painter->drawLines(lines.data(), int(lines.size()));
                if (!curves.isEmpty())
                    painter->drawPath(curves);
                if (lod >= ArrowDetail || (lod >= TextDetail && style == 0)) {
                    painter->setPen(Qt::NoPen);
                    for (const Drawn &d : m_edges) {
                        if (d.style != style || d.dim != bool(dim) || !d.box.intersects(exposed))
                            continue;
                        painter->setBrush(c);
                        if (lod >= ArrowDetail && style != 2)
                            drawArrow(painter, d.course, 9);
                        if (d.grouped)
                            painter->drawEllipse(d.course.p1 + (d.course.c1 - d.course.p1) * 0.12, 3.5, 3.5);
                    }
                }
            }
        }
        if (lod >= 0.8 && !m_labels.empty()) {
            painter->setFont(s.smallFont);
            painter->setPen(s.edge);
            for (const Label &l : m_labels)
                if (exposed.contains(l.at))
                    painter->drawText(l.at, l.text);
        }
    }

private:
    const GraphView *m_view;
    std::vector<Drawn> m_edges;
    std::vector<Label> m_labels;
    QRectF m_bounds;
};

/// The explanation paths of a highlighted capability, above the edges and below the boxes.
class GraphHighlightItem : public QGraphicsItem {
public:
    /// `reach`: the dashed legal-reach paths instead of the solid explanation paths.
    explicit GraphHighlightItem(const GraphView *view, bool reach = false) : m_view(view), m_reach(reach) { setZValue(reach ? 0.9 : 1); }

    void setCourses(std::vector<EdgeCourse> courses)
    {
        prepareGeometryChange();
        m_courses = std::move(courses);
        m_path = QPainterPath();
        for (const EdgeCourse &c : m_courses)
            m_path.addPath(coursePath(c));
        m_bounds = m_path.boundingRect().adjusted(-12, -12, 12, 12);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_courses.empty())
            return;
        const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        const QColor c = m_reach ? m_view->style().reach : m_view->style().path;
        painter->setPen(QPen(c, std::max(m_reach ? 2.5 : 3.5, (m_reach ? 2.0 : 3.0) / std::max(lod, 0.01)),
                             m_reach ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        for (const EdgeCourse &course : m_courses)
            drawArrow(painter, course, std::max(12.0, 10.0 / std::max(lod, 0.01)));
    }

private:
    const GraphView *m_view;
    bool m_reach = false;
    std::vector<EdgeCourse> m_courses;
    QPainterPath m_path;
    QRectF m_bounds;
};

/// Names of the highlighted nodes when zoomed too far out for the boxes to carry text: above
/// everything else, each on a halo, so that a path across the whole landscape still reads.
class GraphLabelItem : public QGraphicsItem {
public:
    explicit GraphLabelItem(const GraphView *view) : m_view(view) { setZValue(3); }

    void setLabels(std::vector<std::pair<QRectF, QString>> labels)
    {
        prepareGeometryChange();
        m_labels = std::move(labels);
        m_bounds = QRectF();
        // Room for a label a few box-heights tall above its box at any zoom out to TextDetail.
        for (const auto &[rect, name] : m_labels)
            m_bounds |= rect.adjusted(-rect.width(), -rect.height() * 12, rect.width() * 12, 0);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        if (m_labels.empty() || lod >= TextDetail)
            return; // the boxes carry their own text
        const GraphStyle &s = m_view->style();
        QFont font = s.font;
        font.setPointSizeF(std::max(font.pointSizeF(), 8.0 / std::max(lod, 0.05)));
        painter->setFont(font);
        const QFontMetricsF metrics(font);
        for (const auto &[rect, name] : m_labels) {
            const QString text = metrics.elidedText(name, Qt::ElideRight, std::max(rect.width() * 3.5, metrics.averageCharWidth() * 24));
            const QRectF box(rect.left(), rect.top() - metrics.height() - 2 / lod, metrics.horizontalAdvance(text) + 6 / lod,
                             metrics.height());
            painter->setPen(Qt::NoPen);
            painter->setBrush(s.background);
            painter->setOpacity(0.85);
            painter->drawRoundedRect(box, 3 / lod, 3 / lod);
            painter->setOpacity(1.0);
            painter->setPen(s.text);
            painter->drawText(box, Qt::AlignCenter, text);
        }
    }

private:
    const GraphView *m_view;
    std::vector<std::pair<QRectF, QString>> m_labels;
    QRectF m_bounds;
};

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("graphView"));
    setAccessibleName(tr("Dependency graph"));
    m_scene = new QGraphicsScene(this);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    setCacheMode(QGraphicsView::CacheBackground);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphView::sceneSelectionChanged);
    updateStyle();
    createActions();
    updateActions();
}

GraphView::~GraphView()
{
    // Items refer to the view's model and style: remove them while both still exist.
    disconnect(m_scene, nullptr, this, nullptr);
    m_scene->clear();
}

void GraphView::createActions()
{
    const auto add = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                            auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.append(a);
        return a;
    };
    add(QStringLiteral("graphZoomIn"), tr("Zoom &In"),
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn}, [this] { zoomIn(); });
    add(QStringLiteral("graphZoomOut"), tr("Zoom &Out"), {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut},
        [this] { zoomOut(); });
    add(QStringLiteral("graphFit"), tr("&Fit Graph to Window"), {QKeySequence(Qt::Key_F)}, [this] { fitAll(); });
    add(QStringLiteral("graphActualSize"), tr("&Actual Size"),
        {QKeySequence(Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(1.0); });
    QAction *focus = add(QStringLiteral("graphFocus"), tr("Focus on &Neighbourhood"), {QKeySequence(Qt::Key_N)},
                         [this](bool on) { setFocusMode(on); });
    focus->setCheckable(true);
    add(QStringLiteral("graphFocusWider"), tr("&Wider Neighbourhood"), {QKeySequence(Qt::SHIFT | Qt::Key_N)},
        [this] { setFocusDepth(m_focusDepth >= 4 ? 1 : m_focusDepth + 1); });
    add(QStringLiteral("graphCollapse"), tr("&Collapse or Expand Ownership Tree"), {QKeySequence(Qt::Key_C)},
        [this] { toggleCollapseSelected(); });
    add(QStringLiteral("graphCollapseAll"), tr("Collapse All Ownership &Trees"), {QKeySequence(Qt::SHIFT | Qt::Key_C)},
        [this] { collapseAllOwnership(); });
    add(QStringLiteral("graphExpandAll"), tr("&Expand All Ownership Trees"), {QKeySequence(Qt::SHIFT | Qt::Key_E)},
        [this] { expandAllOwnership(); });
    add(QStringLiteral("graphClearHighlight"), tr("Clear &Highlight"), {QKeySequence(Qt::Key_Escape)},
        [this] { clearHighlight(); });
    QAction *legend = add(QStringLiteral("graphLegend"), tr("Show &Legend"), {QKeySequence(Qt::Key_L)},
                          [this](bool on) {
                              m_showLegend = on;
                              if (m_autoFit)
                                  fitAll();
                              viewport()->update();
                          });
    legend->setCheckable(true);
    legend->setChecked(true);
    add(QStringLiteral("graphExport"), tr("E&xport Graph…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
        [this] { exportAs(); });
}

QAction *GraphView::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void GraphView::updateActions()
{
    const bool has = !m_model.nodes.empty();
    for (QAction *a : m_actions)
        a->setEnabled(has);
    const int selected = indexOf(m_selected);
    action(QStringLiteral("graphCollapse"))
        ->setEnabled(selected >= 0 && m_isParent[std::size_t(selected)]);
    action(QStringLiteral("graphClearHighlight"))->setEnabled(!m_highlightCapability.isEmpty());
    action(QStringLiteral("graphFocusWider"))->setText(tr("&Wider Neighbourhood (now %1)").arg(m_focusDepth));
}

void GraphView::updateStyle()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    GraphStyle &s = m_style;
    s.text = pal.color(QPalette::Text);
    s.background = pal.color(QPalette::Base);
    s.selection = pal.color(QPalette::Highlight);
    s.edge = mix(s.background, s.text, 0.55);
    s.ownershipEdge = dark ? QColor(0xf0, 0xa0, 0x50) : QColor(0xb0, 0x5a, 0x00);
    s.alternativeEdge = dark ? QColor(0x6c, 0xd0, 0x8c) : QColor(0x1d, 0x8a, 0x45);
    s.spof = dark ? QColor(0xff, 0x55, 0x55) : QColor(0xd0, 0x10, 0x10);
    s.path = dark ? QColor(0xff, 0x9e, 0x3d) : QColor(0xe0, 0x60, 0x00);
    s.reach = dark ? QColor(0xd0, 0x8c, 0xff) : QColor(0x7b, 0x2f, 0xbf);
    s.failed = dark ? QColor(0xff, 0x4d, 0x4d) : QColor(0xc4, 0x12, 0x12);
    // Hues by kind: capability violet, application blue, supplier amber, host teal, jurisdiction grey.
    const QColor hue[NodeKindCount] = {QColor(0x8e, 0x5c, 0xc8), QColor(0x3a, 0x7b, 0xd5), QColor(0xd9, 0x8c, 0x1f),
                                       QColor(0x1f, 0xa3, 0x9a), QColor(0x80, 0x80, 0x80)};
    const double tint = dark ? 0.42 : 0.22;
    for (int k = 0; k < NodeKindCount; ++k) {
        s.kindFill[k] = mix(s.background, hue[k], tint);
        s.kindBorder[k] = dark ? hue[k].lighter(130) : hue[k].darker(120);
    }
    s.home = mix(s.background, QColor(0x2e, 0xa0, 0x43), dark ? 0.5 : 0.35);
    s.eu = mix(s.background, QColor(0x1f, 0x4f, 0xd8), dark ? 0.5 : 0.3);
    s.foreign = mix(s.background, QColor(0xd6, 0x2d, 0x2d), dark ? 0.5 : 0.32);
    s.font = font();
    s.font.setPointSizeF(std::max(8.0, font().pointSizeF()));
    s.smallFont = s.font;
    s.smallFont.setPointSizeF(s.font.pointSizeF() * 0.8);
    setBackgroundBrush(s.background);
    resetCachedContent();
    viewport()->update();
}

void GraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        updateStyle();
}

void GraphView::clear()
{
    setModel(Model{});
}

void GraphView::setModel(const Model &model)
{
    ++m_layoutCount;
    m_model = model;
    m_index = m_model.nodeIndex();
    m_isParent.assign(m_model.nodes.size(), 0);
    for (int p : ownershipParents(m_model))
        m_isParent[std::size_t(p)] = 1;
    m_collapsed.clear();
    m_selected.clear();
    m_highlightCapability.clear();
    m_spofs.clear();
    m_paths.clear();
    m_failed.assign(m_model.nodes.size(), 0);
    rebuild();
    fitAll();
    m_autoFit = true;
}

void GraphView::rebuild()
{
    LayoutOptions options;
    options.collapsed = m_collapsed;
    m_layout = layoutModel(m_model, options);

    m_selecting = true;
    m_scene->clear();
    m_items.assign(m_model.nodes.size(), nullptr);
    m_edges = new GraphEdgeLayer(this);
    m_highlight = new GraphHighlightItem(this);
    m_reachHighlight = new GraphHighlightItem(this, true);
    m_labels = new GraphLabelItem(this);
    m_scene->addItem(m_edges);
    m_scene->addItem(m_highlight);
    m_scene->addItem(m_reachHighlight);
    m_scene->addItem(m_labels);
    for (int i = 0; i < int(m_model.nodes.size()); ++i) {
        if (!m_layout.isVisible(i))
            continue;
        auto *item = new GraphNodeItem(this, i, m_layout.nodeRect(i), legalClass(m_model, m_model.nodes[std::size_t(i)]));
        item->setFolded(m_layout.folded[std::size_t(i)]);
        item->setCollapsible(m_isParent[std::size_t(i)]);
        m_scene->addItem(item);
        m_items[std::size_t(i)] = item;
    }

    std::vector<GraphEdgeLayer::Drawn> drawn;
    drawn.reserve(m_layout.edges.size());
    std::vector<GraphEdgeLayer::Label> labels;
    QSet<QPair<int, QString>> labelled;
    for (const LayoutEdge &e : m_layout.edges) {
        GraphEdgeLayer::Drawn d;
        d.course = edgeCourse(m_layout.nodeRect(e.from), m_layout.nodeRect(e.to));
        QPolygonF hull{d.course.p1, d.course.c1, d.course.c2, d.course.p2};
        d.box = hull.boundingRect().adjusted(-6, -6, 6, 6);
        d.style = e.kind == EdgeKind::SubsidiaryOf ? 1 : e.kind == EdgeKind::AlternativeFor ? 2 : 0;
        d.grouped = e.grouped;
        d.from = e.from;
        d.to = e.to;
        drawn.push_back(d);
        if (e.grouped && e.merged == 1) {
            const Edge &me = m_model.edges[std::size_t(e.modelEdge)];
            const Node &owner = m_model.nodes[std::size_t(e.from)];
            if (!labelled.contains({e.from, me.group})) {
                labelled.insert({e.from, me.group});
                int members = 0;
                for (const Edge &other : m_model.edges)
                    members += other.from == me.from && other.group == me.group;
                labels.push_back({d.course.p1 + QPointF(6, -6),
                                  tr("%1: %2 of %3").arg(me.group).arg(owner.threshold(me.group)).arg(members)});
            }
        }
    }
    m_edges->setEdges(std::move(drawn), std::move(labels));
    const QRectF bounds = m_layout.bounds.isNull() ? QRectF(0, 0, 100, 100) : m_layout.bounds;
    m_scene->setSceneRect(bounds.adjusted(-300, -300, 300, 300));
    m_selecting = false;

    const int selected = indexOf(m_selected);
    if (selected >= 0 && m_items[std::size_t(selected)]) {
        m_selecting = true;
        m_items[std::size_t(selected)]->setSelected(true);
        m_selecting = false;
    } else if (!m_selected.isEmpty()) {
        m_selected.clear();
        Q_EMIT selectionChangedTo(QString());
    }
    applyDimming();
    applyFailed();
    updateActions();
}

int GraphView::visibleNodeCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const GraphNodeItem *i) { return i != nullptr; }));
}

QRectF GraphView::nodeRect(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? QRectF() : m_layout.nodeRect(i);
}

void GraphView::sceneSelectionChanged()
{
    if (m_selecting)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    QString id;
    if (!selected.isEmpty())
        id = m_model.nodes[std::size_t(static_cast<GraphNodeItem *>(selected.first())->node())].id;
    if (id == m_selected)
        return;
    m_selected = id;
    if (m_focusOn)
        applyDimming();
    updateActions();
    Q_EMIT selectionChangedTo(id);
}

void GraphView::selectNode(const QString &id)
{
    int i = indexOf(id);
    if (i < 0)
        return;
    if (!m_layout.isVisible(i)) {
        // Expand every collapsed tree that hides it: those of all its owners.
        std::vector<int> owners{i};
        for (std::size_t k = 0; k < owners.size(); ++k)
            for (const Edge &e : m_model.edges)
                if (e.kind == EdgeKind::SubsidiaryOf && e.from == m_model.nodes[std::size_t(owners[k])].id) {
                    const int p = indexOf(e.to);
                    if (p >= 0 && std::find(owners.begin(), owners.end(), p) == owners.end())
                        owners.push_back(p);
                }
        for (int o : owners)
            m_collapsed.remove(m_model.nodes[std::size_t(o)].id);
        rebuild();
    }
    GraphNodeItem *item = m_items[std::size_t(i)];
    if (!item)
        return;
    if (m_selected != id) {
        m_selecting = true;
        m_scene->clearSelection();
        item->setSelected(true);
        m_selecting = false;
        m_selected = id;
        if (m_focusOn)
            applyDimming();
        updateActions();
        Q_EMIT selectionChangedTo(id);
    }
    if (!m_focusOn) {
        m_autoFit = false;
        centerOn(item);
    }
}

void GraphView::applyDimming()
{
    std::vector<char> keep;
    bool dimming = false;
    const std::size_t n = m_model.nodes.size();
    const auto keepNode = [&](int v) { keep[std::size_t(m_layout.representative[std::size_t(v)])] = 1; };
    if (!m_highlightCapability.isEmpty()) {
        dimming = true;
        keep.assign(n, 0);
        keepNode(indexOf(m_highlightCapability));
        for (const auto &path : m_paths)
            for (int v : path)
                keepNode(v);
        for (const auto &path : m_reachPaths)
            for (int v : path)
                keepNode(v);
    } else if (m_focusOn && indexOf(m_selected) >= 0) {
        dimming = true;
        keep.assign(n, 0);
        for (int v : neighbourhood(m_model, indexOf(m_selected), m_focusDepth))
            keepNode(v);
    }
    QRectF area;
    for (std::size_t i = 0; i < n; ++i) {
        if (GraphNodeItem *item = m_items[i]) {
            const bool shown = !dimming || keep[i];
            item->setOpacity(shown ? 1.0 : DimOpacity);
            if (dimming && shown)
                area |= item->sceneBoundingRect();
        }
    }
    for (GraphEdgeLayer::Drawn &d : m_edges->edges())
        d.dim = dimming && !(keep[std::size_t(d.from)] && keep[std::size_t(d.to)]);
    m_edges->update();

    // Marks and explanation paths.
    for (GraphNodeItem *item : m_items)
        if (item)
            item->setMark(0);
    // The courses along paths of nodes, each box-to-box step once.
    const auto coursesAlong = [this](const std::vector<std::vector<int>> &paths) {
        std::vector<EdgeCourse> courses;
        QSet<QPair<int, int>> seen;
        for (const auto &path : paths) {
            for (std::size_t i = 1; i < path.size(); ++i) {
                const int a = m_layout.representative[std::size_t(path[i - 1])];
                const int b = m_layout.representative[std::size_t(path[i])];
                if (a == b || seen.contains({a, b}))
                    continue;
                seen.insert({a, b});
                courses.push_back(edgeCourse(m_layout.nodeRect(a), m_layout.nodeRect(b)));
            }
        }
        return courses;
    };
    const bool highlighted = !m_highlightCapability.isEmpty();
    if (highlighted) {
        for (int s : m_spofs)
            if (GraphNodeItem *item = m_items[std::size_t(m_layout.representative[std::size_t(s)])])
                item->setMark(1);
        if (GraphNodeItem *item = m_items[std::size_t(m_layout.representative[std::size_t(indexOf(m_highlightCapability))])])
            item->setMark(2);
    }
    m_highlight->setCourses(highlighted ? coursesAlong(m_paths) : std::vector<EdgeCourse>{});
    m_reachHighlight->setCourses(highlighted ? coursesAlong(m_reachPaths) : std::vector<EdgeCourse>{});
    std::vector<std::pair<QRectF, QString>> labels;
    if (!m_highlightCapability.isEmpty()) {
        std::set<int> named;
        for (int s : m_spofs)
            named.insert(m_layout.representative[std::size_t(s)]);
        named.insert(m_layout.representative[std::size_t(indexOf(m_highlightCapability))]);
        for (const auto &path : m_reachPaths)
            if (!path.empty())
                named.insert(m_layout.representative[std::size_t(path.back())]);
        for (const int node : named)
            labels.push_back({m_layout.nodeRect(node), m_model.nodes[std::size_t(node)].name});
    }
    m_labels->setLabels(std::move(labels));
    if (dimming && !area.isNull() && (m_focusOn || !m_highlightCapability.isEmpty())) {
        m_autoFit = false;
        fitInView(area.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
        if (zoom() > 1.5)
            setZoom(1.5);
        centerOn(area.center());
    }
}

bool GraphView::highlightSpofs(const QString &capabilityId, const DependencyAnalysis &analysis)
{
    m_highlightCapability.clear();
    m_spofs.clear();
    m_paths.clear();
    m_reachPaths.clear();
    const FailureGraph &g = analysis.graph();
    const std::optional<FailureGraph::Index> c = g.indexOf(capabilityId);
    const CapabilityFindings *found = nullptr;
    if (c && indexOf(capabilityId) >= 0)
        for (const CapabilityFindings &f : analysis.capabilities())
            if (f.node == *c)
                found = &f;
    if (found) {
        const auto local = [&](FailureGraph::Index v) { return indexOf(g.id(v)); };
        m_highlightCapability = capabilityId;
        for (std::size_t i = 0; i < found->spofs.size(); ++i) {
            const int s = local(found->spofs[i]);
            if (s < 0)
                continue;
            m_spofs.push_back(s);
            std::vector<int> path;
            if (i < found->whyPaths.size())
                for (FailureGraph::Index v : found->whyPaths[i])
                    if (const int l = local(v); l >= 0)
                        path.push_back(l);
            if (path.empty())
                path = {indexOf(capabilityId), s};
            m_paths.push_back(std::move(path));
        }
        // Legal reach: one shortest dependency path to each foreign jurisdiction in reach.
        for (const FailureGraph::Index j : found->foreignReach) {
            std::vector<FailureGraph::Index> parent(g.size(), FailureGraph::Index(-1));
            std::vector<FailureGraph::Index> queue{*c};
            parent[*c] = *c;
            for (std::size_t head = 0; head < queue.size() && parent[j] == FailureGraph::Index(-1); ++head) {
                for (const FailureGraph::Index d : g.dependencies(queue[head])) {
                    if (parent[d] == FailureGraph::Index(-1)) {
                        parent[d] = queue[head];
                        queue.push_back(d);
                    }
                }
            }
            if (parent[j] == FailureGraph::Index(-1))
                continue;
            std::vector<int> path;
            for (FailureGraph::Index v = j;; v = parent[v]) {
                if (const int l = local(v); l >= 0)
                    path.insert(path.begin(), l);
                if (v == *c)
                    break;
            }
            m_reachPaths.push_back(std::move(path));
        }
    }
    applyDimming();
    updateActions();
    return found != nullptr;
}

void GraphView::highlightFailed(const QStringList &ids)
{
    const bool hadFailed = hasFailed();
    m_failed.assign(m_model.nodes.size(), 0);
    for (const QString &id : ids) {
        if (const int i = indexOf(id); i >= 0)
            m_failed[std::size_t(i)] = 1;
    }
    applyFailed();
    if (hadFailed != hasFailed() && m_autoFit)
        fitAll(); // the legend gained or lost a line
    viewport()->update();
}

void GraphView::clearFailed()
{
    highlightFailed({});
}

bool GraphView::hasFailed() const
{
    return std::find(m_failed.begin(), m_failed.end(), 1) != m_failed.end();
}

QStringList GraphView::highlightedFailed() const
{
    QStringList ids;
    for (std::size_t i = 0; i < m_failed.size(); ++i) {
        if (m_failed[i])
            ids << m_model.nodes[i].id;
    }
    ids.sort();
    return ids;
}

void GraphView::applyFailed()
{
    std::vector<char> shown(m_items.size(), 0);
    for (std::size_t i = 0; i < m_failed.size() && i < m_layout.representative.size(); ++i) {
        if (m_failed[i])
            shown[std::size_t(m_layout.representative[i])] = 1;
    }
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i])
            m_items[i]->setFailed(shown[i]);
    }
}

void GraphView::clearHighlight()
{
    if (m_highlightCapability.isEmpty())
        return;
    m_highlightCapability.clear();
    m_spofs.clear();
    m_paths.clear();
    m_reachPaths.clear();
    applyDimming();
    updateActions();
}

QStringList GraphView::highlightedForeignReach() const
{
    QStringList ids;
    for (const auto &path : m_reachPaths)
        if (!path.empty())
            ids << m_model.nodes[std::size_t(path.back())].id;
    ids.sort();
    return ids;
}

QStringList GraphView::highlightedSpofs() const
{
    QStringList ids;
    for (const GraphNodeItem *item : m_items)
        if (item && item->mark() == 1)
            ids << m_model.nodes[std::size_t(item->node())].id;
    ids.sort();
    return ids;
}

void GraphView::setCollapsed(const QString &id, bool collapsed)
{
    const int i = indexOf(id);
    if (i < 0 || !m_isParent[std::size_t(i)] || m_collapsed.contains(id) == collapsed)
        return;
    const QPointF before = mapFromScene(m_layout.nodeRect(i).center());
    if (collapsed)
        m_collapsed.insert(id);
    else
        m_collapsed.remove(id);
    rebuild();
    // Keep the toggled node under the same spot of the screen.
    const int shown = m_layout.representative[std::size_t(i)];
    const QPointF after = mapFromScene(m_layout.nodeRect(shown).center());
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(after.x() - before.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(after.y() - before.y()));
}

void GraphView::toggleCollapseSelected()
{
    if (!m_selected.isEmpty())
        setCollapsed(m_selected, !m_collapsed.contains(m_selected));
}

void GraphView::collapseAllOwnership()
{
    for (std::size_t i = 0; i < m_isParent.size(); ++i)
        if (m_isParent[i])
            m_collapsed.insert(m_model.nodes[i].id);
    rebuild();
}

void GraphView::expandAllOwnership()
{
    if (m_collapsed.isEmpty())
        return;
    m_collapsed.clear();
    rebuild();
}

void GraphView::setFocusDepth(int depth)
{
    m_focusDepth = std::max(1, depth);
    if (m_focusOn)
        applyDimming();
    updateActions();
}

void GraphView::setFocusMode(bool on)
{
    m_focusOn = on;
    if (QAction *a = action(QStringLiteral("graphFocus")); a && a->isChecked() != on)
        a->setChecked(on);
    applyDimming();
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(double factor)
{
    m_autoFit = false;
    factor = std::clamp(factor, 0.01, 8.0);
    const double now = zoom();
    if (now > 0)
        scale(factor / now, factor / now);
}

void GraphView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void GraphView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void GraphView::fitAll()
{
    if (m_layout.bounds.isNull())
        return;
    // Leave room on the left for the legend, which is drawn over the view.
    const QRectF bounds = m_layout.bounds.adjusted(-40, -40, 40, 40);
    const double legend = m_showLegend ? paintLegend(nullptr, {}, m_style, hasFailed()).width() + 20 : 0.0;
    const QRectF port = viewport()->rect();
    const double scale = std::min((port.width() - legend) / bounds.width(), port.height() / bounds.height());
    if (scale > 0 && legend > 0 && legend < port.width() / 2) {
        // Room to scroll the graph clear of the legend.
        const double w = port.width() / scale, h = port.height() / scale;
        m_scene->setSceneRect(m_scene->sceneRect() | bounds.adjusted(-w, -h, w, h));
        resetTransform();
        this->scale(scale, scale);
        centerOn(bounds.center() - QPointF(legend / (2 * scale), 0));
    } else
        fitInView(bounds, Qt::KeepAspectRatio);
    m_autoFit = true;
}

void GraphView::setLegendVisible(bool visible)
{
    m_showLegend = visible;
    if (QAction *legend = action(QStringLiteral("graphLegend"))) {
        const QSignalBlocker quiet(legend);
        legend->setChecked(visible);
    }
    if (m_autoFit)
        fitAll();
    viewport()->update();
}

void GraphView::fitHighlight()
{
    QRectF area;
    QStringList shown = highlightedSpofs(); // a named list: `f() << x` in a for would dangle
    shown << m_highlightCapability << highlightedForeignReach();
    for (const QString &id : shown) {
        const QRectF r = nodeRect(id);
        if (r.isValid())
            area |= r;
    }
    if (area.isNull()) {
        fitAll();
        return;
    }
    // Some room around, and never closer than actual size: the boxes stay readable.
    const QRectF around = area.adjusted(-60, -90, 260, 60); // room for the names drawn above the boxes
    fitInView(around, Qt::KeepAspectRatio);
    if (transform().m11() > 1.0) {
        resetTransform();
        centerOn(around.center());
    }
    m_autoFit = false;
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.2, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_selected.isEmpty()) {
        Q_EMIT nodeActivated(m_selected);
        return;
    }
    if (event->modifiers() == Qt::NoModifier && !m_selected.isEmpty()) {
        switch (key) {
        case Qt::Key_Left:
            moveSelection(-1, 0);
            return;
        case Qt::Key_Right:
            moveSelection(1, 0);
            return;
        case Qt::Key_Up:
            moveSelection(0, -1);
            return;
        case Qt::Key_Down:
            moveSelection(0, 1);
            return;
        default:
            break;
        }
    }
    if (event->modifiers() == Qt::ShiftModifier) { // pan by keyboard
        const int step = 60;
        switch (key) {
        case Qt::Key_Left:
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
            return;
        case Qt::Key_Right:
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step);
            return;
        case Qt::Key_Up:
            verticalScrollBar()->setValue(verticalScrollBar()->value() - step);
            return;
        case Qt::Key_Down:
            verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::moveSelection(int dx, int dy)
{
    const int from = indexOf(m_selected);
    if (from < 0)
        return;
    const QPointF here = m_layout.positions[std::size_t(from)];
    int best = -1;
    double bestScore = 1e300;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (!m_items[i] || int(i) == from)
            continue;
        const QPointF d = m_layout.positions[i] - here;
        const double along = d.x() * dx + d.y() * dy;
        if (along <= 1)
            continue;
        const double across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const double score = along + 3 * across;
        if (score < bestScore) {
            bestScore = score;
            best = int(i);
        }
    }
    if (best >= 0) {
        selectNode(m_model.nodes[std::size_t(best)].id);
        ensureVisible(m_items[std::size_t(best)]);
    }
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    // Dragging the background pans without losing the selection.
    if (event->button() == Qt::LeftButton && !itemAt(event->position().toPoint())) {
        setInteractive(false);
        m_autoFit = false;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setInteractive(true);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    auto *item = dynamic_cast<GraphNodeItem *>(itemAt(event->position().toPoint()));
    if (!item) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QString id = m_model.nodes[std::size_t(item->node())].id;
    if (m_isParent[std::size_t(item->node())])
        setCollapsed(id, !m_collapsed.contains(id));
    else
        Q_EMIT nodeActivated(id);
    event->accept();
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_showLegend || m_model.nodes.empty())
        return;
    painter->save();
    painter->resetTransform();
    paintLegend(painter, QPointF(10, 10), m_style, hasFailed());
    painter->restore();
}

QRectF GraphView::exportRect() const
{
    return m_layout.bounds.isNull() ? QRectF(0, 0, 100, 100) : m_layout.bounds.adjusted(-30, -30, 30, 30);
}

void GraphView::renderTo(QPainter *painter, const QRectF &target, double scale) const
{
    // `target` is in device units; the legend sits above the graph.
    painter->fillRect(target, m_style.background);
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    const QSizeF legend = paintLegend(painter, QPointF(20, 20), m_style, hasFailed());
    const QRectF source = exportRect();
    const QRectF graph(0, legend.height() + 40, source.width(), source.height());
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(painter, graph, source, Qt::KeepAspectRatio);
    painter->restore();
}

QImage GraphView::renderImage(int maxSide) const
{
    const QRectF source = exportRect();
    const double legendHeight = paintLegend(nullptr, {}, m_style, hasFailed()).height() + 40;
    const QSizeF whole(std::max(source.width(), 400.0), source.height() + legendHeight);
    double scale = std::min(1.5, double(maxSide) / std::max(whole.width(), whole.height()));
    const double maxPixels = 40e6;
    scale = std::min(scale, std::sqrt(maxPixels / (whole.width() * whole.height())));
    const QSize size(std::max(1, int(std::ceil(whole.width() * scale))), std::max(1, int(std::ceil(whole.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(m_style.background);
    QPainter painter(&image);
    renderTo(&painter, QRectF(QPointF(0, 0), size), scale);
    painter.end();
    return image;
}

bool GraphView::exportPng(const QString &path, QString *error, int maxSide)
{
    const QImage image = renderImage(maxSide);
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (image.isNull())
        return fail(tr("The graph is too large to render as an image."));
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image.save(&file, "PNG"))
        return fail(tr("Cannot write %1: the image could not be encoded.").arg(QDir::toNativeSeparators(path)));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool GraphView::exportSvg(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QRectF source = exportRect();
    const double legendHeight = paintLegend(nullptr, {}, m_style, hasFailed()).height() + 40;
    const QSize size(int(std::ceil(std::max(source.width(), 400.0))), int(std::ceil(source.height() + legendHeight)));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_model.name);
        svg.setDescription(tr("Dependency graph exported by Antrum"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("Cannot start the SVG export."));
        renderTo(&painter, QRectF(QPointF(0, 0), size), 1.0);
        painter.end();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void GraphView::exportAs()
{
    QString filter;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), QString(), png + QStringLiteral(";;") + svg,
                                                &filter);
    if (path.isEmpty())
        return;
    const bool asSvg = filter == svg || path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    if (QFileInfo(path).suffix().isEmpty())
        path += asSvg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = asSvg ? exportSvg(path, &error) : exportPng(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export Graph"), error);
}

} // namespace antrum
