// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependencyanalysis.h"
#include "methodology.h"
#include "model.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <QDateTime>
#include <QMessageBox>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace antrum {

class ComparisonView;
class Dashboard;
class GraphView;
class ScenarioView;
class Catalogue;
class ModelEditor;
class NodeTableModel;
class PropertyEditor;

/// What the background analysis of one model produces: the dependency analysis and the
/// methodology (lock-in, concentration, sovereignty, data quality), with the model they are of.
struct AnalysisRun {
    std::shared_ptr<const Model> model;
    std::shared_ptr<const DependencyAnalysis> analysis;
    std::shared_ptr<const MethodologyResult> methodology;
};

/// The main window: a browser of the model's nodes (by kind, searchable, sortable) and the
/// details of the selected node with what it depends on and what depends on it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a .json model or an .antrum document; on failure tells the user why and keeps
    /// the current model. Returns whether the file was opened.
    bool openFile(const QString &path);
    /// The open model, or nullptr.
    const Model *model() const;
    QString currentFile() const { return m_file; }
    /// Every edit goes through it (undoable); widgets follow its signals.
    ModelEditor *editor() const { return m_editor; }

    /// Saves to `path` (.antrum document, or .json by its extension); on failure says why.
    bool saveTo(const QString &path);
    /// File › Import › Spreadsheet: the CSV import wizard; the model it imports replaces the
    /// open one (after asking to save) as an unsaved, untitled model. `drive`, for tests, sets
    /// the wizard up and runs the import instead of the user.
    void importSpreadsheet(const std::function<void(class CsvImportWizard &)> &drive = {});
    /// File › Import › ArchiMate: reads an exchange file (asks for one when `path` is empty) and
    /// lists what did not map. False if nothing was imported.
    bool importArchiMate(const QString &path = {});
    /// Edit › Preferences: language and theme; offers a restart when the language changed.
    /// `answer`, for tests, fills in and accepts the dialog instead of the user (no restart).
    void preferencesDialog(const std::function<void(class PreferencesDialog &)> &answer = {});
    /// Help › User guide (F1), in the interface's language.
    void showUserGuide();
    /// Help › About: version, licence, credits.
    void showAbout();
    /// Tests receive the About box here instead of it being shown modally.
    std::function<void(QMessageBox &)> aboutShown;
    /// Starts an empty model (asks first if there are unsaved changes).
    void newModel();
    /// The user's answer to "save your changes?" is asked through this in tests.
    std::function<QMessageBox::StandardButton()> unsavedChangesPrompt;
    /// The user's answer to "this document is in use (message): open it read-only?" (tests set it).
    std::function<bool(const QString &message)> inUsePrompt;
    /// True while the open document is shown read-only (another program has it): Save asks
    /// for a new name, and nothing is autosaved for it.
    bool isReadOnly() const { return m_readOnly; }
    /// The user's answer to "recover the autosaved changes?" (tests set it).
    std::function<bool(const QDateTime &savedAt)> recoveryPrompt;

    /// Writes the unsaved model to its recovery file now (the timer does it every minute).
    void autosave();
    /// Where the unsaved changes to `file` (empty: an untitled model) are kept until saved.
    static QString recoveryPath(const QString &file);
    /// Keeps recovery files in `directory` instead of the user's data location (tests: one
    /// per process, so that tests running side by side never see each other's files).
    static void setRecoveryDirectory(const QString &directory);
    /// At start-up without a file: offers the changes of an untitled model kept by autosave.
    void offerUntitledRecovery();
    /// The files opened most recently, newest first (kept in QSettings).
    QStringList recentFiles() const;

    /// Selects the node with `id` in the browser (switching the kind filter if needed).
    void selectNode(const QString &id);
    /// Selects every node of `ids` in the browser, the first one current (a chart's bar).
    void selectNodes(const QStringList &ids);

    /// The tabs in the middle.
    enum class Page { Details, Graph, Dashboard, Scenarios, Comparison };
    void showPage(Page page);
    Dashboard *dashboard() const { return m_dashboard; }
    ScenarioView *scenarioView() const { return m_scenarios; }
    ComparisonView *comparisonView() const { return m_comparison; }

    /// The analysis of the open model, once it has finished (it runs in the background).
    const DependencyAnalysis *analysis() const { return m_analysis.get(); }
    /// The methodology's results for the same model, once the analysis has finished.
    const MethodologyResult *methodology() const { return m_methodology.get(); }
    /// Blocks until the running analysis (if any) has finished; for tests and scripting.
    void waitForAnalysis();
    /// Stops the running analysis; the details say it was cancelled until the next one.
    void cancelAnalysis();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// True when there are no unsaved changes, or the user saved or discarded them.
    bool maybeSave();
    /// After opening `file`: offers the autosaved changes if they are newer than the file.
    void offerRecovery(const QString &file);
    void discardRecovery();
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    bool save();
    bool saveAs();
    void modelEdited();
    void deleteSelected();
    void renameSelected();
    void addNodeDialog();
    void linkDialog();
    void bulkAttributeDialog();
public:
    /// Removes one edge of the selected node, chosen from a list (`choose`, for tests, picks
    /// instead of the user: it gets the labels and returns the one to remove).
    void unlinkDialog(const std::function<QString(const QStringList &)> &choose = {});
    /// Makes a redundancy group of the selected node's dependencies: pick the members, set k.
    /// `answer`, for tests, fills in the dialog instead of the user.
    void redundancyDialog(const std::function<void(class QDialog &)> &answer = {});
private:
    QString selectedId() const;
public:
    /// Every node selected in the table (multi-select), in table order.
    QStringList selectedIds() const;
private:
    void createActions();
    void createBrowser();
    void showModel();
    void applyKindFilter();
    void showDetails();
    void chooseFile();
    QPointer<class HelpViewer> m_guide;
    /// The lock of the document in m_file while this window has it open (DocumentLock).
    std::unique_ptr<class DocumentLock> m_lock;
    bool m_readOnly = false;
    /// A burst of edit signals from one command is shown once (modelEdited).
    bool m_editBurst = false;
    bool m_editPending = false;
    void updateTitle();
    /// The reference catalogue of suppliers, loaded on first use (null when it cannot be read).
    std::shared_ptr<const Catalogue> supplierCatalogue();
    std::shared_ptr<const Catalogue> m_catalogue;
    bool m_catalogueTried = false;
    /// An imported model in the window, unsaved until the user saves it (`source`: its file).
    void showImportedModel(Model model, const QString &source);
    /// File › Export report: the sovereignty report of the open model (ReportDialog).
    void exportReportDialog();
    void startAnalysis();
    void analysisFinished();
    QString analysisHtml(const Node &node) const;

    ModelEditor *m_editor = nullptr;
    bool m_hasModel = false;
    QString m_file;         ///< the document saved to; empty until saved (a new or imported model)
    QString m_importedFrom; ///< the JSON file the model came from, if it did
    QTimer m_reanalyse; ///< an analysis after a burst of edits, not after every key
    QTimer m_autosave;
    PropertyEditor *m_properties = nullptr;
    GraphView *m_graph = nullptr;
    QTabWidget *m_centre = nullptr;
    bool m_docksStowed = false;
    void giveAnalysisPagesRoom();
    /// Shows the model in the graph and marks the selected capability's single points of failure.
    void updateGraph(bool relayout);
public:
    /// The dependency graph (a tab next to the details).
    GraphView *graphView() const { return m_graph; }
private:
    QMenu *m_recentMenu = nullptr;
    NodeTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_analysisLabel = nullptr;
    std::shared_ptr<const DependencyAnalysis> m_analysis;
    std::shared_ptr<const MethodologyResult> m_methodology;
    QFutureWatcher<AnalysisRun> *m_watcher = nullptr;
    Dashboard *m_dashboard = nullptr;
    ScenarioView *m_scenarios = nullptr;
    ComparisonView *m_comparison = nullptr;
    /// The scenario and comparison pages take a copy of the model when they are shown (or
    /// when asked for), not after every edit.
    bool m_scenariosStale = true;
    bool m_comparisonStale = true;
    void refreshAnalysisPages();
    /// A chart's bar or a list entry was clicked: select its nodes and say so.
    void chartSelected(const QStringList &ids);
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< of the running analysis
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    int m_generation = 0; ///< which model the running analysis belongs to
};

} // namespace antrum
