// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "dependencyanalysis.h"
#include "failuresimulation.h"
#include "methodology.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace antrum {

class ChartPanel;

/// The analyses of the open model at a glance: five key figures (each a button that lists
/// the nodes behind it) over the charts: exposure per jurisdiction, concentration, lock-in
/// by factor, single points of failure, sovereignty profiles and Monte Carlo results.
/// Clicking a bar or a listed node asks the main window to select it (nodesActivated).
class Dashboard : public QWidget {
    Q_OBJECT
public:
    enum class Chart { Exposure, Concentration, LockIn, Spofs, Sovereignty, MonteCarlo };

    explicit Dashboard(QWidget *parent = nullptr);
    ~Dashboard() override;

    /// Shows the findings of `analysis` and `methodology` on `model` (all three kept, shared
    /// with the main window, never changed).
    void setResults(std::shared_ptr<const Model> model, std::shared_ptr<const DependencyAnalysis> analysis,
                    std::shared_ptr<const MethodologyResult> methodology);
    /// No results (no model, or the analysis is running or was cancelled): says `why`.
    void clear(const QString &why);

    const std::vector<KeyFigure> &figures() const { return m_figures; }
    /// Shows the list behind key figure `index` (as a click on it does).
    void showFigureList(int index);
    /// The ids in the list now shown, in order.
    QStringList listedIds() const;

    void showChart(Chart chart);
    ChartPanel *chartPanel(Chart chart) const;
    /// The Monte Carlo tab has two charts: failure probability and importance.
    ChartPanel *importancePanel() const { return m_importance; }

    /// Runs the Monte Carlo simulation in the background with the trial count set in the tab.
    void runMonteCarlo();
    void setMonteCarloTrials(int trials);
    /// Blocks until the running simulation (if any) has finished and is shown.
    void waitForMonteCarlo();
    const MonteCarloResult *monteCarlo() const { return m_monteCarlo.get(); }

    /// Sovereignty tab: which subjects (applications or supplier groups) and which of them
    /// the radar shows (by id; the table's selection).
    void setProfileSubjects(ProfileSubjects subjects);
    void setProfileSelection(const QStringList &ids);
    QStringList profileSelection() const;

Q_SIGNALS:
    void nodesActivated(const QStringList &ids);

private:
    void createFigures();
    void createCharts();
    void showFigures();
    void showConcentration();
    void showSovereigntyTable();
    void showRadar();
    void showMonteCarlo();
    void monteCarloFinished();

    std::shared_ptr<const Model> m_model;
    std::shared_ptr<const DependencyAnalysis> m_analysis;
    std::shared_ptr<const MethodologyResult> m_methodology;
    std::vector<KeyFigure> m_figures;

    QList<QPushButton *> m_tiles;
    QLabel *m_listTitle = nullptr;
    QListWidget *m_list = nullptr;
    QTabWidget *m_charts = nullptr;
    ChartPanel *m_exposure = nullptr;
    ChartPanel *m_concentration = nullptr;
    QComboBox *m_dimension = nullptr;
    QComboBox *m_weighting = nullptr;
    ChartPanel *m_lockIn = nullptr;
    ChartPanel *m_spofs = nullptr;
    ChartPanel *m_radar = nullptr;
    QComboBox *m_subjects = nullptr;
    QTableWidget *m_profileTable = nullptr;
    QLabel *m_profileNote = nullptr;
    std::vector<SovereigntyProfileRow> m_profiles;
    ChartPanel *m_probability = nullptr;
    ChartPanel *m_importance = nullptr;
    QSpinBox *m_trials = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_monteCarloInfo = nullptr;
    std::shared_ptr<const MonteCarloResult> m_monteCarlo;
    QFutureWatcher<std::shared_ptr<const MonteCarloResult>> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace antrum
