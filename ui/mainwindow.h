// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

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

private:
    void createActions();
    void createBrowser();
    void showModel();
    void applyKindFilter();
    void showDetails();
    void chooseFile();
    void showAbout();

    std::unique_ptr<Model> m_model;
    QString m_file;
    NodeTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_sizeLabel = nullptr;
};

} // namespace antrum
