// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependencyanalysis.h"
#include "model.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace antrum {

/// What one capability depends on, drawn for paper: one column per kind (capability,
/// applications, hosts, suppliers and their owners, jurisdictions) across a fixed width, boxes
/// with the names in them, the dependencies as lines; the capability's single points of
/// failure outlined in red and the paths that explain them drawn in red. Unlike the graph view
/// (one column per layer, legible on a screen you can zoom), it keeps a few dozen nodes
/// legible on an A4 page. Vector: it paints with QPainter only.
class DependencyDiagram {
    Q_DECLARE_TR_FUNCTIONS(DependencyDiagram)
public:
    /// `nodes`: the ids to draw (the capability first or anywhere); empty: the capability and
    /// everything it depends on. Ids not in `model` are ignored.
    DependencyDiagram(const Model &model, const DependencyAnalysis &analysis, const QString &capability, QStringList nodes = {});

    /// The size to draw at, in pixels of a 96-dpi page (text is 10 px): `width` wide, as tall as
    /// the longest column needs.
    QSizeF size() const { return m_size; }
    bool isEmpty() const { return m_boxes.empty(); }
    void paint(QPainter *painter, const QRectF &target) const;

    /// For tests: each drawn node's id with its column (0 = capability .. 4 = jurisdictions),
    /// box and whether it is marked as a single point of failure.
    struct Box {
        QString id;
        QString name;
        int column = 0;
        QRectF rect;
        bool spof = false;
        bool capability = false;
    };
    const std::vector<Box> &boxes() const { return m_boxes; }
    struct Line {
        int from = 0, to = 0; ///< indices into boxes()
        bool onPath = false;  ///< on a path that explains a single point of failure
    };
    const std::vector<Line> &lines() const { return m_lines; }

    static constexpr double Width = 720;

private:
    std::vector<Box> m_boxes;
    std::vector<Line> m_lines;
    QStringList m_headers;
    QSizeF m_size;
};

} // namespace antrum
