// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "dashboard.h"
#include "mainwindow.h"
#include "modeleditor.h"
#include "modeljson.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPolarChart>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace antrum;

namespace {

struct Sample {
    std::shared_ptr<const Model> model;
    std::shared_ptr<const DependencyAnalysis> analysis;
    std::shared_ptr<const MethodologyResult> methodology;
};

Sample loadSample()
{
    QFile file(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    Sample s;
    s.model = std::make_shared<const Model>(readModelJson(file.readAll(), file.fileName()).model.value());
    s.analysis = std::make_shared<const DependencyAnalysis>(*s.model);
    s.methodology = std::make_shared<const MethodologyResult>(assessMethodology(*s.model, MethodologySettings::fromModel(*s.model)));
    return s;
}

QAbstractBarSeries *barSeries(const ChartPanel *panel)
{
    if (!panel->chart())
        return nullptr;
    for (QAbstractSeries *s : panel->chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    return nullptr;
}

/// More than a handful of colours: something was drawn, not an empty frame.
int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

TEST(Dashboard, KeyFiguresAndTheirListsFollowTheAnalysis)
{
    const Sample s = loadSample();
    Dashboard dashboard;
    dashboard.resize(1400, 900);
    dashboard.setResults(s.model, s.analysis, s.methodology);
    const auto expected = dashboardFigures(*s.model, *s.analysis, *s.methodology);
    ASSERT_EQ(dashboard.figures().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        auto *tile = dashboard.findChild<QPushButton *>(QStringLiteral("figure%1").arg(i));
        ASSERT_NE(tile, nullptr);
        EXPECT_EQ(tile->findChild<QLabel *>(QStringLiteral("value"))->text(), expected[i].value);
        EXPECT_TRUE(tile->isEnabled());
    }
    // Clicking the foreign cut-off figure lists its capabilities, in its order; "select all"
    // asks for all of them, a click on one for that one.
    QSignalSpy activated(&dashboard, &Dashboard::nodesActivated);
    dashboard.findChild<QPushButton *>(QStringLiteral("figure1"))->click();
    EXPECT_EQ(dashboard.listedIds(), expected[1].ids);
    auto *list = dashboard.findChild<QListWidget *>(QStringLiteral("figureList"));
    ASSERT_GT(list->count(), 1);
    Q_EMIT list->itemActivated(list->item(1));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), QStringList{expected[1].ids[1]});
    for (QPushButton *button : dashboard.findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("all")))
            button->click();
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), expected[1].ids);
}

TEST(Dashboard, EveryChartDrawsItsDataAndBarsLeadToTheirNodes)
{
    const Sample s = loadSample();
    Dashboard dashboard;
    dashboard.resize(1400, 900);
    dashboard.show();
    dashboard.setResults(s.model, s.analysis, s.methodology);

    const std::pair<Dashboard::Chart, BarChartData> bars[] = {
        {Dashboard::Chart::Exposure, jurisdictionExposureChart(*s.model, *s.analysis)},
        {Dashboard::Chart::Concentration, concentrationChart(*s.model, *s.methodology, QStringLiteral("ultimate_parent"), QStringLiteral("criticality"))},
        {Dashboard::Chart::LockIn, lockInChart(*s.model, *s.methodology)},
        {Dashboard::Chart::Spofs, spofRankingChart(*s.model, *s.analysis)}};
    for (const auto &[which, data] : bars) {
        SCOPED_TRACE(int(which));
        dashboard.showChart(which);
        ChartPanel *panel = dashboard.chartPanel(which);
        ASSERT_FALSE(panel->isEmpty()) << panel->emptyMessage().toStdString();
        QAbstractBarSeries *series = barSeries(panel);
        ASSERT_NE(series, nullptr);
        ASSERT_EQ(std::size_t(series->count()), data.series.size());
        // Horizontal bars: the first category is drawn on top, i.e. last in the set.
        const int n = int(data.categories.size());
        for (std::size_t k = 0; k < data.series.size(); ++k) {
            QBarSet *set = series->barSets()[qsizetype(k)];
            ASSERT_EQ(set->count(), n);
            EXPECT_EQ(set->label(), data.series[k].name);
            for (int i = 0; i < n; ++i)
                EXPECT_DOUBLE_EQ(set->at(n - 1 - i), data.series[k].values[std::size_t(i)]);
        }
        // A click on the first category's bar of the first series with ids there.
        QSignalSpy activated(&dashboard, &Dashboard::nodesActivated);
        for (std::size_t k = 0; k < data.series.size(); ++k) {
            if (data.series[k].ids[0].isEmpty())
                continue;
            panel->activateBar(series->barSets()[qsizetype(k)], n - 1);
            ASSERT_EQ(activated.count(), 1);
            EXPECT_EQ(activated.takeFirst().at(0).toStringList(), data.series[k].ids[0]);
            break;
        }
        const QImage picture = panel->grab().toImage();
        EXPECT_GT(distinctColours(picture), 20);
    }

    // Sovereignty: a table of every profile and a radar of the ticked ones.
    dashboard.showChart(Dashboard::Chart::Sovereignty);
    auto *table = dashboard.findChild<QTableWidget *>(QStringLiteral("profileTable"));
    const auto profiles = sovereigntyProfiles(*s.model, *s.methodology, ProfileSubjects::Applications);
    ASSERT_EQ(std::size_t(table->rowCount()), profiles.size());
    EXPECT_EQ(table->item(0, 2 + 2)->text(), profiles[0].levels[2] ? QString::number(*profiles[0].levels[2]) : QStringLiteral("?"));
    dashboard.setProfileSelection({profiles[0].id, profiles[1].id});
    EXPECT_EQ(dashboard.profileSelection(), (QStringList{profiles[0].id, profiles[1].id}));
    auto *radar = qobject_cast<QPolarChart *>(dashboard.chartPanel(Dashboard::Chart::Sovereignty)->chart());
    ASSERT_NE(radar, nullptr);
    EXPECT_EQ(radar->series().size(), 2);
    dashboard.setProfileSelection({});
    EXPECT_TRUE(dashboard.chartPanel(Dashboard::Chart::Sovereignty)->isEmpty());
    dashboard.setProfileSubjects(ProfileSubjects::SupplierGroups);
    EXPECT_EQ(std::size_t(table->rowCount()), sovereigntyProfiles(*s.model, *s.methodology, ProfileSubjects::SupplierGroups).size());
}

TEST(Dashboard, MonteCarloRunsInTheBackgroundAndShowsBothCharts)
{
    const Sample s = loadSample();
    Dashboard dashboard;
    dashboard.setResults(s.model, s.analysis, s.methodology);
    EXPECT_TRUE(dashboard.chartPanel(Dashboard::Chart::MonteCarlo)->isEmpty());
    dashboard.setMonteCarloTrials(3000);
    dashboard.runMonteCarlo();
    dashboard.waitForMonteCarlo();
    ASSERT_NE(dashboard.monteCarlo(), nullptr);
    EXPECT_EQ(dashboard.monteCarlo()->trials, 3000);
    ChartPanel *probability = dashboard.chartPanel(Dashboard::Chart::MonteCarlo);
    ASSERT_FALSE(probability->isEmpty());
    QAbstractBarSeries *series = barSeries(probability);
    ASSERT_NE(series, nullptr);
    const MonteCarloChartData data = monteCarloChart(*s.model, *s.analysis, *dashboard.monteCarlo());
    ASSERT_EQ(std::size_t(series->barSets()[0]->count()), data.capabilities.size());
    // The top bar is the most likely to fail; a click on it selects that capability.
    QSignalSpy activated(&dashboard, &Dashboard::nodesActivated);
    probability->activateBar(series->barSets()[0], series->barSets()[0]->count() - 1);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), QStringList{data.capabilities.front().id});
    EXPECT_FALSE(dashboard.importancePanel()->isEmpty());

    // New results forget the old simulation.
    dashboard.setResults(s.model, s.analysis, s.methodology);
    EXPECT_EQ(dashboard.monteCarlo(), nullptr);
    EXPECT_TRUE(probability->isEmpty());
}

TEST(Dashboard, WithoutResultsEveryChartSaysWhy)
{
    Dashboard dashboard;
    dashboard.clear(QStringLiteral("No model"));
    for (auto chart : {Dashboard::Chart::Exposure, Dashboard::Chart::Concentration, Dashboard::Chart::LockIn,
                       Dashboard::Chart::Spofs, Dashboard::Chart::Sovereignty, Dashboard::Chart::MonteCarlo}) {
        EXPECT_TRUE(dashboard.chartPanel(chart)->isEmpty());
        EXPECT_EQ(dashboard.chartPanel(chart)->emptyMessage(), QStringLiteral("No model"));
    }
    EXPECT_FALSE(dashboard.findChild<QPushButton *>(QStringLiteral("figure0"))->isEnabled());
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(dashboard.chartPanel(Dashboard::Chart::Exposure)->exportPng(dir.filePath(QStringLiteral("x.png")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(ChartPanel, ExportsPngAndSvgAtTheAskedSize)
{
    const Sample s = loadSample();
    ChartPanel panel;
    panel.resize(700, 450); // the export does not depend on the window
    panel.showBars(spofRankingChart(*s.model, *s.analysis), {}, QStringLiteral("none"));
    panel.show();
    QApplication::processEvents();
    const QRectF shown = panel.chart()->geometry();
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(panel.exportPng(png, &error, QSize(800, 500))) << error.toStdString();
    QImage image(png);
    EXPECT_EQ(image.size(), QSize(1600, 1000)); // twice, for print
    EXPECT_GT(distinctColours(image), 20);
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(panel.exportSvg(svg, &error)) << error.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("<path") || text.contains("<rect"));
    // The window's chart keeps its own size after an export.
    EXPECT_EQ(panel.chart()->geometry(), shown);
    // An export to a place that cannot be written says why.
    EXPECT_FALSE(panel.exportPng(QStringLiteral("/nonexistent/dir/chart.png"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("chart.png")));
}

TEST(ChartPanel, FollowsLightAndDarkPalettes)
{
    const Sample s = loadSample();
    ChartPanel panel;
    panel.showBars(lockInChart(*s.model, *s.methodology), {}, QStringLiteral("none"));
    EXPECT_EQ(panel.chart()->theme(), ChartPanel::isDark(panel.palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor licence = barSeries(&panel)->barSets()[2]->color();

    QPalette dark = panel.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Text, Qt::white);
    panel.setPalette(dark);
    EXPECT_TRUE(ChartPanel::isDark(panel.palette()));
    EXPECT_EQ(panel.chart()->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(panel.chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
    // The series keep their meaning-carrying colours through the theme change.
    EXPECT_EQ(barSeries(&panel)->barSets()[2]->color(), licence);
}

TEST(Dashboard, MainWindowShowsTheDashboardAndSelectsWhatABarHolds)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    window.waitForAnalysis();
    ASSERT_NE(window.methodology(), nullptr);
    Dashboard *dashboard = window.dashboard();
    ASSERT_EQ(dashboard->figures().size(), 5u);
    window.showPage(MainWindow::Page::Dashboard);
    // A bar's ids become the browser's selection.
    const QStringList ids{QStringLiteral("US"), QStringLiteral("cap-mail"), QStringLiteral("cap-iam")};
    Q_EMIT dashboard->nodesActivated(ids);
    QStringList selected = window.selectedIds();
    std::sort(selected.begin(), selected.end());
    QStringList expected = ids;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(selected, expected);
    // After an edit the dashboard follows the new analysis.
    Node changed = *window.model()->findNode(QStringLiteral("cap-mail"));
    changed.criticality = 1;
    ASSERT_TRUE(window.editor()->editNode(changed));
    window.waitForAnalysis();
    const auto figures = dashboardFigures(*window.model(), *window.analysis(), *window.methodology());
    EXPECT_EQ(dashboard->figures().front().detail, figures.front().detail);
}
