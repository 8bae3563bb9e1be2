// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchartobject.h"

#include "chartpanel.h"
#include "dependencydiagram.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QLegend>
#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace antrum {

namespace {

/// Bar charts are laid out this wide (screen pixels): on 170 mm of text their text comes out
/// at about 8 pt.
constexpr double BarChartWidth = 720;

/// Black on white, whatever the application's theme.
QPalette printPalette()
{
    QPalette p;
    const QColor white(Qt::white), ink(0x1a, 0x1a, 0x1a);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                            QPalette::ToolTipBase, QPalette::Light})
        p.setColor(role, white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, ink);
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Dark, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, white);
    return p;
}

double screenDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}


} // namespace

ReportChartObject::ReportChartObject(const Model &model, const DependencyAnalysis &analysis, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_analysis(analysis)
{
}

ReportChartObject::~ReportChartObject() = default;

int ReportChartObject::add(const ReportChart &chart)
{
    Entry entry;
    if (chart.kind == ReportChart::Kind::Graph) {
        entry.diagram = std::make_unique<DependencyDiagram>(m_model, m_analysis, chart.capability, chart.nodes);
        entry.size = entry.diagram->size();
        if (entry.diagram->isEmpty()) {
            entry.emptyTitle = chart.caption;
            entry.diagram.reset();
            entry.size = QSizeF(BarChartWidth, BarChartWidth * 0.2);
        }
    } else {
        entry.panel = std::make_unique<ChartPanel>();
        entry.panel->setPalette(printPalette());
        entry.panel->resize(800, 600);
        ChartPanel::BarOptions options;
        options.horizontal = chart.horizontal;
        options.stacked = chart.stacked;
        options.valueFormat = chart.valueFormat;
        options.maximum = chart.maximum;
        entry.panel->showBars(chart.bars, options, QString());
        const double width = BarChartWidth;
        const double aspect = chart.aspect > 0.05 ? chart.aspect : 0.6;
        double height = width * aspect;
        if (entry.panel->isEmpty()) {
            entry.emptyTitle = chart.bars.title.isEmpty() ? chart.caption : chart.bars.title;
            height = width * 0.2;
        } else if (chart.horizontal) {
            // Every bar tall enough for its label (Qt Charts shows "..." for a label taller than
            // its bar): title and note, axis, legend, then 26 px a bar.
            const double categories = double(chart.bars.categories.size());
            const bool legendBelow = chart.bars.series.size() > 1 && chart.bars.series.size() <= 6;
            const double needed = 130 + (legendBelow ? 30 : 0) + 26 * categories;
            height = std::clamp(std::max(height, needed), width * 0.3, width * 1.4);
        } else {
            height = std::clamp(height, width * 0.3, width * 1.2);
        }
        entry.size = QSizeF(width, std::round(height));
        if (!entry.panel->isEmpty()) {
            QChart *c = entry.panel->chart();
            // No ligatures: the chart's text in a PDF reads and searches as written.
            const auto plain = [](QFont font) {
                font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
                return font;
            };
            c->setTitleFont(plain(c->titleFont()));
            c->setTitle(c->title());
            c->legend()->setFont(plain(c->legend()->font()));
            for (QAbstractAxis *axis : c->axes()) {
                axis->setLabelsFont(plain(axis->labelsFont()));
                axis->setTitleFont(plain(axis->titleFont()));
            }
            c->setGeometry(QRectF(QPointF(0, 0), entry.size));
        }
    }
    m_entries.push_back(std::move(entry));
    return int(m_entries.size()) - 1;
}

QSizeF ReportChartObject::sceneSize(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return m_entries[std::size_t(index)].size;
}

void ReportChartObject::paint(QPainter *painter, const QRectF &target, int index)
{
    if (index < 0 || index >= count() || target.isEmpty())
        return;
    Entry &entry = m_entries[std::size_t(index)];
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (entry.diagram) {
        entry.diagram->paint(painter, target);
    } else if (entry.panel && !entry.panel->isEmpty()) {
        QChart *chart = entry.panel->chart();
        const QRectF source(QPointF(0, 0), entry.size);
        if (chart->geometry() != source)
            chart->setGeometry(source);
        painter->fillRect(target, Qt::white);
        chart->scene()->render(painter, target, source, Qt::KeepAspectRatio);
    } else {
        paintEmpty(painter, target, entry);
    }
    painter->restore();
}

void ReportChartObject::paintEmpty(QPainter *painter, const QRectF &target, const Entry &entry) const
{
    // In the chart's own pixels, with fonts in pixels: the same on paper as on screen.
    painter->translate(target.topLeft());
    painter->scale(target.width() / entry.size.width(), target.height() / entry.size.height());
    const QRectF box(QPointF(1, 1), entry.size - QSizeF(2, 2));
    painter->setPen(QPen(QColor(0xb8, 0xc0, 0xcc), 1));
    painter->setBrush(QColor(0xf6, 0xf7, 0xf9));
    painter->drawRoundedRect(box, 6, 6);
    QFont font = QApplication::font();
    font.setPixelSize(13);
    painter->setFont(font);
    painter->setPen(QColor(0x5f, 0x6b, 0x7a));
    const QString none = tr("No data to show.");
    const QString text = entry.emptyTitle.isEmpty() ? none : entry.emptyTitle + QLatin1Char('\n') + none;
    painter->drawText(box.adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QByteArray ReportChartObject::svg(int index)
{
    const QSizeF size = sceneSize(index);
    if (size.isEmpty())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    // Fonts in points come out as large against the chart as on screen.
    generator.setResolution(qRound(screenDpi()));
    generator.setTitle(QString());
    generator.setDescription(QString());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(&painter, QRectF(QPointF(0, 0), size), index);
    painter.end();
    // Hatched fills are SVG patterns, which SVG Tiny viewers (Qt's own among them) do not
    // draw: give them a light grey to fall back on.
    static const QRegularExpression pattern(QStringLiteral("fill=\"url\\((#fillpattern[^)\"]*)\\)\""));
    return QString::fromUtf8(buffer.data()).replace(pattern, QStringLiteral("fill=\"url(\\1) #d9d9d9\"")).toUtf8();
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SizeProperty).toSizeF();
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    paint(painter, rect, format.intProperty(IndexProperty));
}

} // namespace antrum
