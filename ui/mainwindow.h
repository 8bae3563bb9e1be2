// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependencyanalysis.h"
#include "model.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace antrum {

class NodeTableModel;

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
    const Model *model() const { return m_model.get(); }
    QString currentFile() const { return m_file; }

    /// Selects the node with `id` in the browser (switching the kind filter if needed).
    void selectNode(const QString &id);

    /// The analysis of the open model, once it has finished (it runs in the background).
    const DependencyAnalysis *analysis() const { return m_analysis.get(); }
    /// Blocks until the running analysis (if any) has finished; for tests and scripting.
    void waitForAnalysis();

private:
    void createActions();
    void createBrowser();
    void showModel();
    void applyKindFilter();
    void showDetails();
    void chooseFile();
    void showAbout();
    void startAnalysis();
    void analysisFinished();
    QString analysisHtml(const Node &node) const;

    std::unique_ptr<Model> m_model;
    QString m_file;
    NodeTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_analysisLabel = nullptr;
    std::shared_ptr<const DependencyAnalysis> m_analysis;
    QFutureWatcher<std::shared_ptr<const DependencyAnalysis>> *m_watcher = nullptr;
    int m_generation = 0; ///< which model the running analysis belongs to
};

} // namespace antrum
