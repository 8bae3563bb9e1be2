// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonchartdata.h"
#include "model.h"
#include "optioncomparison.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace antrum {

class ChartPanel;
class ComparisonTableModel;

/// Procurement options side by side: the user ticks some of the model's options and presses
/// Compare; compareOptions() runs in the background (a newer run supersedes an older one) and
/// the view shows the comparison as a table (better and worse marked by symbol and tint,
/// "show only differences", a section filter), as grouped bars of the key figures (one chart
/// per unit), as the SOV-1..8 profile of each landscape with the share that is unknown, and
/// as a list of the capabilities each option makes better or worse. Clicking a bar, a table
/// row or a listed capability asks the main window to select its nodes (nodesActivated).
class ComparisonView : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Table, KeyFigures, Profile, Differences };

    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    /// Compares options of `model` (copied: later edits of the caller's model do not reach
    /// a running comparison). Clears the results (they would be stale); a running comparison
    /// is superseded. Options ticked before stay ticked if the new model has them.
    void setModel(const Model &model);
    /// Cut-set order, methodology and scenario settings of the next comparisons. By default
    /// the model's own methodology settings (x-antrum-methodology), order 2.
    void setComparisonOptions(const ComparisonOptions &options);

    /// The ids of the model's options, in model order.
    QStringList optionIds() const;
    /// Ticks exactly the options `ids` (unknown ids are ignored).
    void setCheckedOptions(const QStringList &ids);
    /// The ticked options, in model order.
    QStringList checkedOptions() const;

    /// Starts comparing the ticked options in the background (as the Compare button does).
    void compare();
    /// Blocks until the running comparison (if any) has finished and is shown.
    void waitForComparison();
    /// Whether a comparison is running.
    bool isComparing() const;
    /// The comparison shown, or null (none yet, running, or the model changed since). A failed
    /// comparison (errors) is returned too: its errors are shown instead of the results.
    const Comparison *comparison() const;
    /// The landscape profile of each column of comparison() (empty when it failed).
    const std::vector<LandscapeProfile> &profiles() const { return m_profiles; }
    /// The key figures of comparison(), as the charts show them.
    const std::vector<ComparisonFigure> &figures() const { return m_figures; }

    ComparisonTableModel *tableModel() const { return m_table; }
    QTableView *tableView() const { return m_tableView; }
    /// The chart of a key-figure family, and the two profile charts (levels, unknown share).
    ChartPanel *figurePanel(ComparisonFigureFamily family) const;
    ChartPanel *profilePanel() const { return m_profileChart; }
    ChartPanel *unknownPanel() const { return m_unknownChart; }
    QTreeWidget *differencesTree() const { return m_differences; }
    /// The message shown instead of the results (why nothing could be compared), or empty.
    QString message() const;
    void showTab(Tab tab);
    /// "Show only differences" in the table.
    void setOnlyDifferences(bool only);

Q_SIGNALS:
    /// The user clicked something that stands for these nodes: select them.
    void nodesActivated(const QStringList &ids);
    /// A comparison finished and is shown (also one that failed).
    void comparisonFinished();

private:
    struct Run {
        Comparison comparison;
        std::vector<LandscapeProfile> profiles;
    };

    void fillOptions();
    void updateOptionChanges();
    void comparisonDone();
    void showResults();
    void showMessage(const QString &text);
    void showFigureCharts();
    void showProfileCharts();
    void showDifferences();
    void tableClicked(const QModelIndex &index);
    QString nodeName(const QString &id) const;
    QStringList scenarioNodes(const QString &scenarioId) const;

    std::shared_ptr<const Model> m_model;
    ComparisonOptions m_comparisonOptions;
    bool m_optionsSet = false;
    QHash<QString, QString> m_names; ///< node, scenario and added node ids -> names
    QHash<QString, QStringList> m_changes; ///< option id -> its changes from the last comparison

    int m_generation = 0;
    QFutureWatcher<std::shared_ptr<const Run>> *m_watcher = nullptr;
    std::shared_ptr<const Run> m_run;
    std::vector<LandscapeProfile> m_profiles;
    std::vector<ComparisonFigure> m_figures;

    QTreeWidget *m_optionList = nullptr;
    QPushButton *m_compare = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    ComparisonTableModel *m_table = nullptr;
    QTableView *m_tableView = nullptr;
    QComboBox *m_section = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    std::vector<ChartPanel *> m_figureCharts; ///< per ComparisonFigureFamily
    ChartPanel *m_profileChart = nullptr;
    ChartPanel *m_unknownChart = nullptr;
    QTreeWidget *m_differences = nullptr;
};

} // namespace antrum
