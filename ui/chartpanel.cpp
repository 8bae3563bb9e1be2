// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QXYSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsScene>
#include <QImage>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace antrum {

namespace {
const char *const IdsProperty = "antrumBarIds";

// The ids behind each bar of a set travel with the set (a QVariant of QStringLists), so a
// panel never holds pointers to sets that the chart has deleted.
std::vector<QStringList> barIds(const QBarSet *set)
{
    std::vector<QStringList> out;
    const QVariantList list = set->property(IdsProperty).toList();
    out.reserve(std::size_t(list.size()));
    for (const QVariant &v : list)
        out.push_back(v.toStringList());
    return out;
}
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);

    m_export = new QToolButton(this);
    m_export->setText(tr("E&xport chart…"));
    m_export->setToolTip(tr("Save this chart as a PNG picture or an SVG drawing (Ctrl+E)"));
    connect(m_export, &QToolButton::clicked, this, &ChartPanel::exportAs);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ChartPanel::exportAs);
    addAction(exportAction);

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_stack, 1);
    layout->addLayout(bar);
    showEmpty(tr("Nothing to show yet."));
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    // QChartView creates a chart of its own when constructed; it and every chart set before
    // are ours to delete.
    if (old && old != chart)
        delete old;
    m_empty = false;
    m_stack->setCurrentWidget(m_view);
    m_export->setEnabled(true);
    applyTheme();
}

QChart *ChartPanel::chart() const
{
    return m_empty ? nullptr : m_view->chart();
}

void ChartPanel::showEmpty(const QString &message)
{
    m_empty = true;
    m_emptyLabel->setText(message);
    m_stack->setCurrentWidget(m_emptyLabel);
    m_export->setEnabled(false);
}

QString ChartPanel::emptyMessage() const
{
    return m_empty ? m_emptyLabel->text() : QString();
}

void ChartPanel::setBarIds(QBarSet *set, const std::vector<QStringList> &idsPerIndex)
{
    QVariantList list;
    list.reserve(qsizetype(idsPerIndex.size()));
    for (const QStringList &ids : idsPerIndex)
        list.append(ids);
    set->setProperty(IdsProperty, list);
}

void ChartPanel::connectBarClicks(QAbstractBarSeries *series)
{
    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) { activateBar(set, index); });
    // A pointing hand over bars that lead somewhere.
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool over, int index, QBarSet *set) {
        const auto ids = barIds(set);
        const bool leads = over && index >= 0 && std::size_t(index) < ids.size() && !ids[std::size_t(index)].isEmpty();
        m_view->viewport()->setCursor(leads ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (leads)
            m_view->setToolTip(tr("%1: %2 (click to select)").arg(set->label()).arg(set->at(index)));
        else
            m_view->setToolTip(QString());
    });
}

void ChartPanel::activateBar(QBarSet *set, int index)
{
    const auto ids = barIds(set);
    if (index >= 0 && std::size_t(index) < ids.size() && !ids[std::size_t(index)].isEmpty())
        Q_EMIT nodesActivated(ids[std::size_t(index)]);
}

QColor ChartPanel::seriesColor(const QString &key, int index)
{
    if (key.startsWith(u"criticality-"))
        return criticalityColor(key.mid(12).toInt());
    if (key == u"unknown")
        return unknownColor();
    return categoryColor(index);
}

void ChartPanel::showBars(const BarChartData &data, const BarOptions &options, const QString &emptyMessage)
{
    if (data.categories.isEmpty() || data.series.empty()) {
        showEmpty(emptyMessage);
        return;
    }
    auto *chart = new QChart;
    chart->setTitle(data.note.isEmpty() ? data.title.toHtmlEscaped()
                                        : data.title.toHtmlEscaped() + QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">")
                                              + data.note.toHtmlEscaped() + QStringLiteral("</span>"));
    QAbstractBarSeries *series = nullptr;
    if (options.horizontal)
        series = options.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                 : new QHorizontalBarSeries;
    else
        series = options.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    // Horizontal bars are drawn bottom-up: reverse, so that the first category is on top.
    const int n = int(data.categories.size());
    auto at = [&](int i) { return options.horizontal ? n - 1 - i : i; };
    std::vector<std::pair<QBarSet *, std::vector<QStringList>>> ids;
    for (std::size_t k = 0; k < data.series.size(); ++k) {
        const BarChartData::Series &s = data.series[k];
        // Qt Charts reads labels as rich text: names from the model are shown as written.
        auto *set = new QBarSet(s.name.toHtmlEscaped());
        std::vector<QStringList> setIds;
        for (int i = 0; i < n; ++i) {
            set->append(s.values[std::size_t(at(i))]);
            setIds.push_back(s.ids.size() == std::size_t(n) ? s.ids[std::size_t(at(i))] : QStringList());
        }
        const QColor colour = seriesColor(s.key, int(k));
        set->setColor(colour);
        set->setBorderColor(colour.darker(130));
        if (s.key == u"unknown")
            set->setBrush(QBrush(colour, Qt::BDiagPattern));
        series->append(set);
        ids.emplace_back(set, std::move(setIds));
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QStringList categories;
    for (int i = 0; i < n; ++i)
        categories << data.categories[at(i)].toHtmlEscaped();
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(data.valueTitle.toHtmlEscaped());
    valueAxis->setLabelFormat(options.valueFormat);
    double top = options.maximum;
    if (top <= 0) {
        for (int i = 0; i < n; ++i) {
            double v = 0;
            for (const auto &s : data.series)
                v = options.stacked ? v + s.values[std::size_t(i)] : std::max(v, s.values[std::size_t(i)]);
            top = std::max(top, v);
        }
        top = top <= 0 ? 1 : top;
    }
    valueAxis->setRange(0, top);
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, options.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, options.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(options.legend && data.series.size() > 1);
    // Many series (the lock-in factors) need a column of their own to be read in full.
    chart->legend()->setAlignment(data.series.size() > 6 ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    for (auto &[set, setIds] : ids)
        setBarIds(set, setIds);
    connectBarClicks(series);
}

bool ChartPanel::exportPng(const QString &path, QString *error, QSize size) const
{
    if (m_empty) {
        if (error)
            *error = tr("There is no chart to export.");
        return false;
    }
    const qreal ratio = 2; // crisp when scaled into documents
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(m_view->chart()->backgroundBrush().color());
    {
        QPainter painter(&image);
        renderAt(&painter, size);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ChartPanel::exportSvg(const QString &path, QString *error, QSize size) const
{
    if (m_empty) {
        if (error)
            *error = tr("There is no chart to export.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_view->chart()->title());
    svg.setDescription(tr("Chart exported from Antrum"));
    {
        QPainter painter(&svg);
        renderAt(&painter, size);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ChartPanel::renderAt(QPainter *painter, QSize size) const
{
    // Lay the chart out for the picture's size rather than the window's, draw it, and put it
    // back: an export never depends on how big the window happens to be.
    QChart *chart = m_view->chart();
    const QRectF shown = chart->geometry();
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    chart->scene()->render(painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    chart->setGeometry(shown);
}

void ChartPanel::exportAs()
{
    if (m_empty)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
        dir + u'/' + m_exportName + QStringLiteral(".png"),
        tr("PNG picture (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    const bool svg = QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error)))
        QMessageBox::warning(this, tr("Export chart"), error);
}

bool ChartPanel::isDark(const QPalette &palette)
{
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

QColor ChartPanel::criticalityColor(int criticality)
{
    // A sequential orange-red scheme (ColorBrewer OrRd), mid tones only so that both ends
    // stay visible on white and on near-black.
    static const QColor colours[] = {QColor(0xfd, 0xd4, 0x9e), QColor(0xfc, 0x8d, 0x59), QColor(0xef, 0x65, 0x48),
                                     QColor(0xd7, 0x30, 0x1f), QColor(0x99, 0x00, 0x00)};
    return colours[std::clamp(criticality, 1, 5) - 1];
}

QColor ChartPanel::categoryColor(int index)
{
    // ColorBrewer "Paired"-like qualitative scheme, reordered so that neighbours differ.
    static const QColor colours[] = {
        QColor(0x1f, 0x78, 0xb4), QColor(0xff, 0x7f, 0x00), QColor(0x33, 0xa0, 0x2c), QColor(0xe3, 0x1a, 0x1c),
        QColor(0x6a, 0x3d, 0x9a), QColor(0xb1, 0x59, 0x28), QColor(0xa6, 0xce, 0xe3), QColor(0xfd, 0xbf, 0x6f),
        QColor(0xb2, 0xdf, 0x8a), QColor(0xfb, 0x9a, 0x99), QColor(0xca, 0xb2, 0xd6), QColor(0xd4, 0xc0, 0x5a)};
    return colours[std::size_t(index) % std::size(colours)];
}

QColor ChartPanel::unknownColor()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void ChartPanel::applyTheme()
{
    if (m_empty)
        return;
    QChart *chart = m_view->chart();
    // setTheme() recolours the series; keep the colours the caller chose.
    std::map<QBarSet *, std::pair<QBrush, QPen>> kept;
    std::map<QXYSeries *, QPen> keptLines;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                kept[set] = {set->brush(), set->pen()};
        if (auto *line = qobject_cast<QXYSeries *>(series))
            keptLines[line] = line->pen();
    }
    const bool dark = isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    for (auto &[set, style] : kept) {
        set->setBrush(style.first);
        set->setPen(style.second);
    }
    for (auto &[line, pen] : keptLines) {
        // Lines drawn in the text colour (whiskers) follow the palette.
        QPen p = pen;
        if (line->property("textColoured").toBool())
            p.setColor(palette().color(QPalette::Text));
        line->setPen(p);
    }
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setPointSizeF(QApplication::font().pointSizeF() * 1.2);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitle(chart->title()); // lays the title out again in its new font
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
        QFont font = axis->titleFont();
        font.setBold(false);
        axis->setTitleFont(font);
    }
}

} // namespace antrum
