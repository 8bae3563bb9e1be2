// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencydiagram.h"

#include "chartpanel.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <set>

namespace antrum {

namespace {

constexpr int Columns = 5;
constexpr double Margin = 4;
constexpr double HeaderHeight = 34;
constexpr double ColumnGap = 34;
constexpr double BoxHeight = 34;
constexpr double RowGap = 9;
constexpr double LegendHeight = 26;
constexpr double FontPixels = 10;

int columnOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability: return 0;
    case NodeKind::Application: return 1;
    case NodeKind::Host: return 2;
    case NodeKind::Supplier: return 3;
    case NodeKind::Jurisdiction: return 4;
    }
    return 0;
}

QColor fillOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability: return QColor(0xe3, 0xec, 0xf7);
    case NodeKind::Application: return QColor(0xe6, 0xf2, 0xea);
    case NodeKind::Host: return QColor(0xf3, 0xee, 0xe0);
    case NodeKind::Supplier: return QColor(0xee, 0xea, 0xf5);
    case NodeKind::Jurisdiction: return QColor(0xf1, 0xf1, 0xf1);
    }
    return Qt::white;
}

QFont diagramFont(bool bold = false)
{
    QFont font = QApplication::font();
    font.setPixelSize(int(FontPixels));
    font.setBold(bold);
    // No ligatures: the names read and search in a PDF as written.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

/// `text` in at most two lines of `width`, elided at the end.
QString twoLines(const QString &text, double width, bool bold)
{
    const QFontMetricsF metrics(diagramFont(bold));
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    // Break at the last space that fits the first line.
    int cut = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == u' ' && metrics.horizontalAdvance(text.left(i)) <= width)
            cut = i;
    if (cut <= 0)
        return metrics.elidedText(text, Qt::ElideRight, width);
    return text.left(cut) + u'\n' + metrics.elidedText(text.mid(cut + 1), Qt::ElideRight, width);
}

} // namespace

DependencyDiagram::DependencyDiagram(const Model &model, const DependencyAnalysis &analysis, const QString &capability, QStringList nodes)
{
    const QHash<QString, int> index = model.nodeIndex();
    const int cap = index.value(capability, -1);
    if (cap < 0 || model.nodes[std::size_t(cap)].kind != NodeKind::Capability)
        return;
    // Adjacency along dependency edges.
    std::vector<std::vector<int>> out(model.nodes.size());
    for (const Edge &e : model.edges) {
        const int a = index.value(e.from, -1), b = index.value(e.to, -1);
        if (a >= 0 && b >= 0 && isDependency(e.kind))
            out[std::size_t(a)].push_back(b);
    }
    // Breadth-first from the capability: the drawn nodes in reading order.
    QSet<int> wanted;
    for (const QString &id : nodes)
        if (const int i = index.value(id, -1); i >= 0)
            wanted.insert(i);
    std::vector<int> order{cap};
    std::vector<int> rank(model.nodes.size(), -1);
    rank[std::size_t(cap)] = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
        for (int to : out[std::size_t(order[i])])
            if (rank[std::size_t(to)] < 0 && (wanted.isEmpty() || wanted.contains(to))) {
                rank[std::size_t(to)] = int(order.size());
                order.push_back(to);
            }

    // Single points of failure and the nodes and edges of their explaining paths.
    std::set<int> spofs;
    std::set<std::pair<int, int>> pathEdges;
    const FailureGraph &graph = analysis.graph();
    for (const CapabilityFindings &c : analysis.capabilities()) {
        if (graph.id(c.node) != capability)
            continue;
        for (FailureGraph::Index s : c.spofs)
            spofs.insert(index.value(graph.id(s), -1));
        for (const auto &path : c.whyPaths)
            for (std::size_t k = 1; k < path.size(); ++k)
                pathEdges.insert({index.value(graph.id(path[k - 1]), -1), index.value(graph.id(path[k]), -1)});
    }

    // Columns, each ordered by where what points at it sits (fewer crossings), then reading order.
    std::vector<std::vector<int>> columns(Columns);
    for (int n : order)
        columns[std::size_t(columnOf(model.nodes[std::size_t(n)].kind))].push_back(n);
    std::vector<double> position(model.nodes.size(), 0);
    for (std::vector<int> &column : columns) {
        std::vector<std::pair<double, int>> keyed;
        for (int n : column) {
            double sum = 0;
            int count = 0;
            for (int m : order)
                if (std::find(out[std::size_t(m)].begin(), out[std::size_t(m)].end(), n) != out[std::size_t(m)].end()
                    && columnOf(model.nodes[std::size_t(m)].kind) < columnOf(model.nodes[std::size_t(n)].kind)) {
                    sum += position[std::size_t(m)];
                    ++count;
                }
            keyed.push_back({count ? sum / count : double(rank[std::size_t(n)]), n});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [&rank](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : rank[std::size_t(a.second)] < rank[std::size_t(b.second)];
        });
        column.clear();
        for (std::size_t row = 0; row < keyed.size(); ++row) {
            column.push_back(keyed[row].second);
            position[std::size_t(keyed[row].second)] = double(row);
        }
    }

    // Boxes: every column centred on the tallest.
    std::size_t tallest = 1;
    for (const auto &column : columns)
        tallest = std::max(tallest, column.size());
    const double boxWidth = (Width - 2 * Margin - (Columns - 1) * ColumnGap) / Columns;
    const double bodyHeight = double(tallest) * (BoxHeight + RowGap) - RowGap;
    QHash<int, int> boxOf;
    for (int c = 0; c < Columns; ++c) {
        const auto &column = columns[std::size_t(c)];
        const double height = double(column.size()) * (BoxHeight + RowGap) - RowGap;
        double y = Margin + HeaderHeight + (bodyHeight - height) / 2;
        for (int n : column) {
            const Node &node = model.nodes[std::size_t(n)];
            Box box;
            box.id = node.id;
            box.name = node.name.isEmpty() ? node.id : node.name;
            box.column = c;
            box.rect = QRectF(Margin + c * (boxWidth + ColumnGap), y, boxWidth, BoxHeight);
            box.spof = spofs.count(n) > 0;
            box.capability = n == cap;
            boxOf.insert(n, int(m_boxes.size()));
            m_boxes.push_back(box);
            y += BoxHeight + RowGap;
        }
    }
    for (int n : order)
        for (int to : out[std::size_t(n)])
            if (boxOf.contains(to))
                m_lines.push_back({boxOf.value(n), boxOf.value(to), pathEdges.count({n, to}) > 0});
    m_headers = {tr("Capability"), tr("Applications"), tr("Hosts"), tr("Suppliers and owners"), tr("Jurisdictions")};
    m_size = QSizeF(Width, Margin + HeaderHeight + bodyHeight + 10 + LegendHeight + Margin);
}

void DependencyDiagram::paint(QPainter *painter, const QRectF &target) const
{
    if (m_boxes.empty() || target.isEmpty())
        return;
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->translate(target.topLeft());
    painter->scale(target.width() / m_size.width(), target.height() / m_size.height());
    painter->fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);

    const QColor ink(0x22, 0x2b, 0x36), grey(0xa7, 0xb0, 0xbb), red = ChartPanel::criticalityColor(5);
    const double boxWidth = m_boxes.front().rect.width();
    painter->setFont(diagramFont(true));
    painter->setPen(ink);
    for (int c = 0; c < Columns; ++c) {
        const bool used = std::any_of(m_boxes.begin(), m_boxes.end(), [c](const Box &b) { return b.column == c; });
        if (used)
            painter->drawText(QRectF(Margin + c * (boxWidth + ColumnGap), Margin, boxWidth, HeaderHeight - 6),
                              Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, m_headers.value(c));
    }

    // Lines under the boxes, the explaining paths last (on top).
    for (const bool path : {false, true})
        for (const Line &line : m_lines) {
            if (line.onPath != path)
                continue;
            const QRectF a = m_boxes[std::size_t(line.from)].rect, b = m_boxes[std::size_t(line.to)].rect;
            QPainterPath curve;
            if (m_boxes[std::size_t(line.to)].column == m_boxes[std::size_t(line.from)].column) {
                // Within a column (a subsidiary and its parent): an arc on the right.
                const QPointF from(a.right(), a.center().y()), to(b.right(), b.center().y());
                curve.moveTo(from);
                curve.cubicTo(from + QPointF(ColumnGap * 0.7, 0), to + QPointF(ColumnGap * 0.7, 0), to);
            } else {
                const bool forward = b.left() > a.right();
                const QPointF from(forward ? a.right() : a.left(), a.center().y()), to(forward ? b.left() : b.right(), b.center().y());
                const double dx = (to.x() - from.x()) * 0.5;
                curve.moveTo(from);
                curve.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
            }
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(path ? red : grey, path ? 1.8 : 0.9));
            painter->drawPath(curve);
        }

    for (const Box &box : m_boxes) {
        const NodeKind kind = box.column == 0 ? NodeKind::Capability : box.column == 1 ? NodeKind::Application
                              : box.column == 2 ? NodeKind::Host : box.column == 3 ? NodeKind::Supplier : NodeKind::Jurisdiction;
        painter->setBrush(box.spof ? QColor(0xfb, 0xe4, 0xe1) : fillOf(kind));
        painter->setPen(box.spof ? QPen(red, 2.2) : QPen(box.capability ? ink : grey, box.capability ? 1.6 : 0.9));
        painter->drawRoundedRect(box.rect, 4, 4);
        painter->setPen(ink);
        painter->setFont(diagramFont(box.capability));
        painter->drawText(box.rect.adjusted(5, 2, -5, -2), Qt::AlignVCenter | Qt::AlignLeft, twoLines(box.name, box.rect.width() - 10, box.capability));
    }

    // The legend.
    const double y = m_size.height() - Margin - LegendHeight + 8;
    painter->setFont(diagramFont());
    painter->setBrush(QColor(0xfb, 0xe4, 0xe1));
    painter->setPen(QPen(red, 2.2));
    painter->drawRoundedRect(QRectF(Margin, y, 22, 12), 3, 3);
    painter->setPen(ink);
    const QString spofText = tr("single point of failure");
    painter->drawText(QPointF(Margin + 30, y + 10), spofText);
    const double x = Margin + 30 + QFontMetricsF(diagramFont()).horizontalAdvance(spofText) + 24;
    painter->setPen(QPen(red, 1.8));
    painter->drawLine(QPointF(x, y + 6), QPointF(x + 22, y + 6));
    painter->setPen(ink);
    painter->drawText(QPointF(x + 30, y + 10), tr("why it fails (depends on)"));
    painter->restore();
}

} // namespace antrum
