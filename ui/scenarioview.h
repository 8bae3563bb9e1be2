// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "scenariosimulation.h"
#include "scenariotemplate.h"
#include "scenariotimeline.h"

#include <QFutureWatcher>
#include <QMap>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
QT_END_NAMESPACE

namespace antrum {

class ChartPanel;
class ScenarioEventsModel;

/// The exit scenarios of a model, simulated month by month (docs/scenarios.md): pick one of the
/// model's stored scenarios or a template of the scenario library, edit a working copy (template
/// parameters, horizon, recovery policy, the events), run it in the background, and read what
/// fails and comes back per capability against its maximum tolerable downtime, the downtime
/// against the limit, the cost against the baseline, and a written summary. A month slider
/// picks the month whose failed part the graph shows (failedNodesChanged).
///
/// Edits change the working copy only; nothing is written into the model.
class ScenarioView : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioView(QWidget *parent = nullptr);
    ~ScenarioView() override;

    /// Shows the scenarios of `model` (copied) and runs the chosen one again. The choice is
    /// kept when the new model still has it; edited events are kept while their source (the
    /// stored scenario or the template) is unchanged.
    void setModel(const Model &model);
    const Model &model() const { return *m_model; }

    /// Template names, descriptions and choices in this language ("en" or "nl"); by default
    /// the user's locale (Dutch for Dutch, else English).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// What can be chosen: the ids of the model's stored scenarios, then "template:<id>" for
    /// each template of the library built into the application (:/scenarios).
    QStringList scenarioChoices() const;
    QString currentChoice() const { return m_choice; }
    /// The name of `choice` as the picker shows it.
    QString choiceName(const QString &choice) const;
    /// Starts a fresh working copy of `choice` and runs it. False for an unknown choice.
    bool selectScenario(const QString &choice);

    // --- the working copy ---------------------------------------------------------------
    /// Sets template parameter `name` to a node id or a number; an empty value lets the
    /// template's chooser decide. Rebuilds the events from the template. False when the
    /// template has no such parameter or the value does not fit it.
    bool setParameter(const QString &name, const QString &value);
    /// The parameter values set by hand (name -> node id or number).
    QMap<QString, QString> parameterValues() const { return m_values; }
    /// How each parameter got its value, from the last instantiation.
    QStringList parameterChoices() const { return m_choices; }
    void setHorizon(int months);
    int horizon() const;
    void setPolicy(RecoveryPolicy policy);
    RecoveryPolicy policy() const;
    /// The scenario as edited, all event rows included (also the invalid ones).
    Scenario workingCopy() const;
    /// The events as an editable table (month, type, node, factor, parent, problem).
    QAbstractItemModel *eventsModel() const;
    /// Per event row: why it cannot be simulated, or empty. Invalid rows are left out of runs.
    QStringList eventProblems() const;
    /// Why `event` cannot be simulated on `model` (unknown node, wrong kind, factor not above
    /// 0, negative month, ...), or empty.
    static QString eventProblem(const Model &model, const Event &event);

    // --- running ------------------------------------------------------------------------
    /// Simulates the working copy now, off the GUI thread; a run started later supersedes it.
    void run();
    /// Blocks until the pending or running simulation has finished and is shown (tests, scripts).
    void waitForRun();
    bool isRunning() const;
    /// The result shown, or nullptr before the first run has finished.
    const ScenarioResult *result() const { return m_result.get(); }
    /// The chart data of the result shown.
    const std::vector<TimelineRow> &timelineRows() const { return m_rows; }
    const std::vector<DowntimeBar> &downtimeBars() const { return m_bars; }
    const std::vector<CostPoint> &costSeries() const { return m_cost; }

    /// The month whose failed part is shown in the graph (0..horizon-1).
    int month() const;
    void setMonth(int month);
    /// The ids of the nodes failed at month(), sorted.
    QStringList failedNodes() const { return m_failedIds; }

    ChartPanel *timelinePanel() const { return m_timeline; }
    ChartPanel *downtimePanel() const { return m_downtime; }
    ChartPanel *costPanel() const { return m_costPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The written summary of the result, as plain text.
    QString summaryText() const;

Q_SIGNALS:
    /// A bar or point was clicked: select these nodes.
    void nodesActivated(const QStringList &ids);
    /// The nodes failed at `month` (after each run and when the month changes): for the graph.
    void failedNodesChanged(const QStringList &ids, int month);
    /// A run finished and its result is shown.
    void resultShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Library {
        std::vector<ScenarioTemplate> templates;
        QStringList errors;
    };
    static const Library &library();
    const ScenarioTemplate *templateFor(const QString &choice) const;

    void fillChoices();
    void loadWorkingCopy(bool keepEditedEvents);
    void instantiate();
    void rebuildParameterForm();
    void updateDescription();
    void scheduleRun();
    void runFinished();
    void showResult();
    void buildTimelineChart();
    void buildDowntimeChart();
    void buildCostChart();
    void buildSummary();
    void updateMonthLine();
    void monthChanged(int month);
    void eventsEdited();
    void updateProblems();
    QString nodeLabel(const QString &id) const;

    std::shared_ptr<const Model> m_model;
    QString m_language;
    QString m_choice;
    QMap<QString, QString> m_values;
    QStringList m_choices;
    QStringList m_instantiateErrors;
    Scenario m_source;          ///< the stored scenario or instantiated template, unedited
    QString m_workingId, m_workingName;
    bool m_eventsEdited = false;

    int m_generation = 0;
    int m_shownGeneration = 0;
    std::shared_ptr<const Model> m_runModel; ///< the model of the run under way
    QFutureWatcher<std::shared_ptr<const ScenarioResult>> *m_watcher = nullptr;
    QTimer m_pending;
    std::shared_ptr<const ScenarioResult> m_result;
    std::shared_ptr<const Model> m_resultModel;
    QString m_resultChoice;
    QStringList m_leftOut; ///< event rows left out of the run shown, with why
    std::vector<TimelineRow> m_rows;
    std::vector<DowntimeBar> m_bars;
    std::vector<CostPoint> m_cost;
    QStringList m_failedIds;
    bool m_monthAtEnd = true; ///< follow the end of the horizon until the user picks a month

    QComboBox *m_scenarioBox = nullptr;
    QLabel *m_description = nullptr;
    QGroupBox *m_parameterBox = nullptr;
    QFormLayout *m_parameterForm = nullptr;
    QLabel *m_choicesLabel = nullptr;
    QSpinBox *m_horizon = nullptr;
    QComboBox *m_policy = nullptr;
    QPushButton *m_runButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_eventsView = nullptr;
    ScenarioEventsModel *m_events = nullptr;
    QPushButton *m_addEvent = nullptr;
    QPushButton *m_removeEvent = nullptr;
    QLabel *m_problems = nullptr;
    ChartPanel *m_timeline = nullptr;
    QLineSeries *m_monthLine = nullptr;
    QSlider *m_monthSlider = nullptr;
    QLabel *m_monthLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartPanel *m_downtime = nullptr;
    ChartPanel *m_costPanel = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace antrum
