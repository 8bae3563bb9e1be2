// SPDX-License-Identifier: GPL-3.0-or-later
// antrum: the desktop application. `antrum FILE` opens a model.
#include "applanguage.h"
#include "chartpanel.h"
#include "comparisonview.h"
#include "scenarioview.h"
#include "dashboard.h"
#include "graphview.h"
#include "mainwindow.h"
#include "modeleditor.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Antrum"));
    QApplication::setOrganizationName(QStringLiteral("Antrum"));
    QApplication::setApplicationVersion(QStringLiteral(ANTRUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.antrum.Antrum"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.antrum.Antrum.svg")));

    // The interface language chosen in the preferences, else the system's (en, nl, de, fr);
    // numbers, dates and money follow it.
    antrum::AppLanguage::install(antrum::AppLanguage::effective());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Digital-sovereignty dependency analyzer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A model to open (.antrum or .json)."));
    // For documentation and reviews: a picture of the window, made the same way every time.
    const QCommandLineOption selectOption(QStringLiteral("select"), QApplication::translate("main", "Select the node ID."),
                                          QStringLiteral("ID"));
    const QCommandLineOption showOption(QStringLiteral("show"), QApplication::translate("main", "Show this page."),
                                        QStringLiteral("details|graph|dashboard|scenarios|comparison"), QStringLiteral("details"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QApplication::translate("main", "Run this scenario (a stored scenario's id, or template:ID) on the scenario page."),
                                            QStringLiteral("CHOICE"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
                                           QApplication::translate("main", "Compare these options (ids, comma-separated) on the comparison page."),
                                           QStringLiteral("IDS"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QApplication::translate("main", "On the comparison page, show: table, figures, profile or differences."),
                                       QStringLiteral("TAB"));
    const QCommandLineOption chartOption(QStringLiteral("chart"), QApplication::translate("main", "Show this chart of the dashboard."),
                                         QStringLiteral("exposure|concentration|lock-in|spofs|sovereignty|monte-carlo"));
    const QCommandLineOption figureOption(QStringLiteral("figure"),
                                          QApplication::translate("main", "List the nodes behind key figure N (1-5) of the dashboard."),
                                          QStringLiteral("N"));
    const QCommandLineOption chartExportOption(QStringLiteral("export-chart"),
                                               QApplication::translate("main", "Save the chart shown to PNG or SVG (by extension) and quit."),
                                               QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save a picture of the window to PNG and quit."),
                                              QStringLiteral("PNG"));
    parser.addOption(selectOption);
    parser.addOption(showOption);
    parser.addOption(screenshotOption);
    parser.addOption(chartOption);
    parser.addOption(figureOption);
    parser.addOption(chartExportOption);
    parser.addOption(scenarioOption);
    parser.addOption(compareOption);
    parser.addOption(tabOption);
    const QCommandLineOption themeOption(QStringLiteral("theme"), QApplication::translate("main", "Colours: system, light or dark."),
                                         QStringLiteral("system|light|dark"));
    parser.addOption(themeOption);
    parser.process(app);

    // The theme chosen in View › Theme, unless the command line says otherwise (for once).
    const auto theme = antrum::themeFromKey(parser.isSet(themeOption) ? parser.value(themeOption)
                                                                      : QSettings().value(QStringLiteral("view/theme")).toString());
    if (parser.isSet(themeOption) && !theme) {
        qCritical("antrum: unknown theme \"%s\"", qUtf8Printable(parser.value(themeOption)));
        return 2;
    }
    if (theme && *theme != antrum::Theme::System)
        antrum::applyTheme(*theme);

    antrum::MainWindow window;
    if (parser.isSet(screenshotOption))
        window.resize(1920, 1080);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.offerUntitledRecovery(); // a new model that was never saved, after a crash
    using antrum::Dashboard;
    const std::pair<QString, Dashboard::Chart> charts[] = {
        {QStringLiteral("exposure"), Dashboard::Chart::Exposure},   {QStringLiteral("concentration"), Dashboard::Chart::Concentration},
        {QStringLiteral("lock-in"), Dashboard::Chart::LockIn},      {QStringLiteral("spofs"), Dashboard::Chart::Spofs},
        {QStringLiteral("sovereignty"), Dashboard::Chart::Sovereignty}, {QStringLiteral("monte-carlo"), Dashboard::Chart::MonteCarlo}};
    std::optional<Dashboard::Chart> chart;
    if (parser.isSet(chartOption)) {
        for (const auto &[name, c] : charts)
            if (parser.value(chartOption) == name)
                chart = c;
        if (!chart) {
            qCritical("antrum: unknown chart \"%s\"", qUtf8Printable(parser.value(chartOption)));
            return 2;
        }
    }
    if (parser.isSet(selectOption) || parser.isSet(screenshotOption) || parser.isSet(chartExportOption)
        || parser.isSet(scenarioOption) || parser.isSet(compareOption)) {
        window.waitForAnalysis();
        if (parser.isSet(selectOption))
            window.selectNode(parser.value(selectOption));
        const QString show = parser.value(showOption);
        if (show == u"graph")
            window.showPage(antrum::MainWindow::Page::Graph);
        if (show == u"dashboard" || chart || parser.isSet(figureOption))
            window.showPage(antrum::MainWindow::Page::Dashboard);
        if (chart) {
            window.dashboard()->showChart(*chart);
            if (*chart == Dashboard::Chart::MonteCarlo) {
                window.dashboard()->runMonteCarlo();
                window.dashboard()->waitForMonteCarlo();
            }
        }
        if (parser.isSet(figureOption))
            window.dashboard()->showFigureList(parser.value(figureOption).toInt() - 1);
        if (show == u"scenarios" || parser.isSet(scenarioOption)) {
            window.showPage(antrum::MainWindow::Page::Scenarios);
            if (parser.isSet(scenarioOption) && !window.scenarioView()->selectScenario(parser.value(scenarioOption))) {
                qCritical("antrum: no scenario \"%s\"; there are: %s", qUtf8Printable(parser.value(scenarioOption)),
                          qUtf8Printable(window.scenarioView()->scenarioChoices().join(QStringLiteral(", "))));
                return 2;
            }
            window.scenarioView()->waitForRun();
        }
        if (show == u"comparison" || parser.isSet(compareOption)) {
            window.showPage(antrum::MainWindow::Page::Comparison);
            if (parser.isSet(compareOption)) {
                window.comparisonView()->setCheckedOptions(parser.value(compareOption).split(u','));
                window.comparisonView()->compare();
                window.comparisonView()->waitForComparison();
            }
            const QString tab = parser.value(tabOption);
            using Tab = antrum::ComparisonView::Tab;
            window.comparisonView()->showTab(tab == u"figures"       ? Tab::KeyFigures
                                             : tab == u"profile"     ? Tab::Profile
                                             : tab == u"differences" ? Tab::Differences
                                                                     : Tab::Table);
        }
    }
    if (parser.isSet(chartExportOption)) {
        antrum::ChartPanel *panel = window.dashboard()->chartPanel(chart.value_or(Dashboard::Chart::Exposure));
        const QString path = parser.value(chartExportOption);
        QString error;
        const bool ok = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? panel->exportSvg(path, &error)
                                                                                   : panel->exportPng(path, &error);
        if (!ok)
            qCritical("antrum: %s", qUtf8Printable(error));
        window.editor()->undoStack()->setClean();
        return ok ? 0 : 1;
    }
    if (parser.isSet(screenshotOption)) {
        // After the window has laid itself out and the graph has fitted its view.
        QTimer::singleShot(500, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshotOption));
            window.editor()->undoStack()->setClean();
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
