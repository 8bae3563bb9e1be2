// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QAbstractBarSeries;
class QBarSet;
class QLabel;
class QPainter;
class QPalette;
class QStackedLayout;
class QToolButton;
QT_END_NAMESPACE

namespace antrum {

/// One chart with what every chart in Antrum shares: a title line, the chart itself
/// (antialiased, themed light or dark after the application's palette, again when the palette
/// changes), an Export button (PNG or SVG, also Ctrl+E while the chart has focus), an empty
/// state ("nothing to show" with the reason instead of an empty plot), and clicks on bars
/// turned into `nodesActivated` with the node ids behind the bar.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    /// Shows `chart` (the panel takes ownership; the previous chart is deleted). The theme is
    /// applied to it, after which fixed series colours set by the caller are kept.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    /// Replaces the chart by `message` (e.g. "No capability has a lock-in score yet").
    void showEmpty(const QString &message);
    bool isEmpty() const { return m_empty; }
    QString emptyMessage() const;

    /// The node ids behind the bar of `set` at `index`: clicking that bar emits
    /// nodesActivated(ids). Call after the set is in a series on the chart.
    void setBarIds(QBarSet *set, const std::vector<QStringList> &idsPerIndex);
    /// Connects the clicks of every set of `series` (once, when the series is set up).
    void connectBarClicks(QAbstractBarSeries *series);

    /// How showBars() draws a BarChartData.
    struct BarOptions {
        bool horizontal = true; ///< categories top to bottom (first on top), values left to right
        bool stacked = true;    ///< series stacked, else side by side
        QString valueFormat = QStringLiteral("%.0f"); ///< the value axis' label format
        double maximum = 0;     ///< the value axis' end; 0: from the data
        bool legend = true;
    };
    /// Draws `data` as a bar chart: title and note, category and value axes, colours by series
    /// key ("criticality-N" on the criticality scale, "unknown" grey hatched, others from the
    /// qualitative scheme), the ids behind each bar for clicks. Shows `emptyMessage` instead
    /// when `data` has no categories.
    void showBars(const BarChartData &data, const BarOptions &options, const QString &emptyMessage);
    /// The colour showBars() gives the series with `key` at position `index`.
    static QColor seriesColor(const QString &key, int index);

    /// The chart drawn into a PNG of `size` pixels (device-independent), or an SVG.
    bool exportPng(const QString &path, QString *error, QSize size = {1600, 1000}) const;
    bool exportSvg(const QString &path, QString *error, QSize size = {1200, 750}) const;
    /// Asks for a file name (PNG or SVG by its extension) and exports.
    void exportAs();
    /// Used as the proposed export file name (without extension).
    void setExportName(const QString &name) { m_exportName = name; }

    /// Whether `palette` is dark (text lighter than the window).
    static bool isDark(const QPalette &palette);
    /// Colour for criticality 1..5 (5 darkest red), readable on light and dark backgrounds.
    static QColor criticalityColor(int criticality);
    /// A colour from a qualitative scheme of 12, distinct on light and dark backgrounds.
    static QColor categoryColor(int index);
    /// Colour for "unknown": grey, with `Qt::BDiagPattern` where a brush is used.
    static QColor unknownColor();

    /// Emits nodesActivated as if the bar of `set` at `index` was clicked (tests, keyboard).
    void activateBar(QBarSet *set, int index);

Q_SIGNALS:
    /// The user clicked a bar: select these nodes.
    void nodesActivated(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void renderAt(QPainter *painter, QSize size) const;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QChartView *m_view = nullptr;
    QToolButton *m_export = nullptr;
    QString m_exportName = QStringLiteral("chart");
    bool m_empty = true;
};

} // namespace antrum
