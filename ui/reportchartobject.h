// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QPainter;

namespace antrum {

class ChartPanel;
class DependencyDiagram;

/// The charts of a report, drawn as vector graphics onto any painter: bar charts through a
/// ChartPanel, graphs as a DependencyDiagram, both in a light palette whatever the application's
/// (a report is printed on white paper). It is also the QTextDocument handler of the chart
/// objects in the PDF (registerHandler with ObjectType), so that the PDF painter draws the
/// charts' scenes itself instead of embedding pictures. GUI thread only (the charts are
/// widgets).
class ReportChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 41;
    /// The chart's index (add()) in the object's character format.
    static constexpr int IndexProperty = QTextFormat::UserProperty + 41;
    /// Its size in the document's units (QSizeF) in the object's character format.
    static constexpr int SizeProperty = QTextFormat::UserProperty + 42;

    /// `model` and `analysis` draw the graphs; both must outlive this object.
    ReportChartObject(const Model &model, const DependencyAnalysis &analysis, QObject *parent = nullptr);
    ~ReportChartObject() override;

    /// Prepares `chart` for drawing; returns its index.
    int add(const ReportChart &chart);
    int count() const { return int(m_entries.size()); }
    /// The chart's natural size in screen pixels: drawn at this size its text is as large as on
    /// screen. Bar charts are as wide as a page's text at about 8 pt text and at least tall
    /// enough for every bar to carry its label.
    QSizeF sceneSize(int index) const;
    /// Draws chart `index` scaled into `target` (painter coordinates).
    void paint(QPainter *painter, const QRectF &target, int index);
    /// Chart `index` as an SVG document of sceneSize() (vector; its texts escaped by
    /// QSvgGenerator).
    QByteArray svg(int index);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    struct Entry {
        std::unique_ptr<ChartPanel> panel;
        std::unique_ptr<DependencyDiagram> diagram;
        QSizeF size;
        QString emptyTitle;
    };
    void paintEmpty(QPainter *painter, const QRectF &target, const Entry &entry) const;

    const Model &m_model;
    const DependencyAnalysis &m_analysis;
    std::vector<Entry> m_entries;
};

} // namespace antrum
