// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "archimate.h"
#include "comparisonview.h"
#include "csvimportwizard.h"
#include "helpviewer.h"
#include "preferencesdialog.h"
#include "applanguage.h"
#include "dashboard.h"
#include "documentlock.h"
#include "enrichdialog.h"
#include "graphview.h"
#include "modeleditor.h"
#include "modelfile.h"
#include "nodetablemodel.h"
#include "propertyeditor.h"
#include "reportdialog.h"
#include "scenarioview.h"
#include "theme.h"

#include <QActionGroup>
#include <QTimer>
#include <QStringListModel>
#include <QCompleter>
#include <QApplication>
#include <QPointer>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QCryptographicHash>
#include <QDir>
#include <QInputDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QProgressBar>
#include <QPushButton>
#include <QProcess>
#include <QStatusBar>
#include <QToolButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>
#include <utility>

namespace antrum {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_editor = new ModelEditor(this);
    m_reanalyse.setSingleShot(true);
    m_reanalyse.setInterval(400);
    connect(&m_reanalyse, &QTimer::timeout, this, &MainWindow::startAnalysis);
    for (const auto signal : {&ModelEditor::nodeAdded, &ModelEditor::nodeRemoved, &ModelEditor::nodeChanged})
        connect(m_editor, signal, this, &MainWindow::modelEdited);
    connect(m_editor, &ModelEditor::nodeRenamed, this, &MainWindow::modelEdited);
    connect(m_editor, &ModelEditor::modelReplaced, this, &MainWindow::modelEdited);
    connect(m_editor, &ModelEditor::edgeAdded, this, &MainWindow::modelEdited);
    connect(m_editor, &ModelEditor::edgeRemoved, this, &MainWindow::modelEdited);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    m_autosave.setInterval(60 * 1000);
    connect(&m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosave.start();
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { selectNode(url.path()); });
    // The middle: the details of the selected node, and the dependency graph.
    m_graph = new GraphView(this);
    m_graph->setObjectName(QStringLiteral("graph"));
    // Between two docks the view is narrow: the legend (L, or Graph › Show Legend) starts
    // hidden so the graph gets the room; exports always carry it.
    m_graph->setLegendVisible(false);
    m_centre = new QTabWidget(this);
    m_centre->setObjectName(QStringLiteral("centre"));
    m_centre->addTab(m_details, tr("&Details"));
    m_centre->addTab(m_graph, tr("&Graph"));
    m_dashboard = new Dashboard(this);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_centre->addTab(m_dashboard, tr("Dash&board"));
    connect(m_dashboard, &Dashboard::nodesActivated, this, &MainWindow::chartSelected);
    m_scenarios = new ScenarioView(this);
    m_scenarios->setObjectName(QStringLiteral("scenarios"));
    m_centre->addTab(m_scenarios, tr("&Scenarios"));
    connect(m_scenarios, &ScenarioView::nodesActivated, this, &MainWindow::chartSelected);
    // The graph shows what has failed in the month the scenario page points at.
    connect(m_scenarios, &ScenarioView::failedNodesChanged, this,
            [this](const QStringList &ids, int) { m_graph->highlightFailed(ids); });
    m_comparison = new ComparisonView(this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_centre->addTab(m_comparison, tr("Com&parison"));
    connect(m_comparison, &ComparisonView::nodesActivated, this, &MainWindow::chartSelected);
    setCentralWidget(m_centre);
    connect(m_centre, &QTabWidget::currentChanged, this, [this] {
        if (m_centre->currentWidget() == m_graph) // once it has its size
            QTimer::singleShot(0, m_graph, [this] { m_graph->fitHighlight(); });
        giveAnalysisPagesRoom();
        refreshAnalysisPages();
    });
    connect(m_graph, &GraphView::selectionChangedTo, this, [this](const QString &id) {
        if (!id.isEmpty() && id != selectedId())
            selectNode(id);
    });
    connect(m_graph, &GraphView::nodeActivated, this, [this](const QString &id) {
        selectNode(id);
        m_centre->setCurrentWidget(m_details);
    });
    createBrowser();
    m_properties = new PropertyEditor(m_editor, this);
    auto *propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    propertiesDock->setWidget(m_properties);
    propertiesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);
    // The details with their why-paths get the room in the middle.
    resizeDocks({propertiesDock}, {300}, Qt::Horizontal);
    createActions();
    m_sizeLabel = new QLabel(this);
    m_analysisLabel = new QLabel(this);
    // Progress of the background analysis, and a way to stop it.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel the analysis"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelAnalysis);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_analysisLabel);
    statusBar()->addPermanentWidget(m_sizeLabel);
    m_watcher = new QFutureWatcher<AnalysisRun>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &MainWindow::analysisFinished);
    resize(1400, 820);
    // Where the user left the window and its docks.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showModel();
}

MainWindow::~MainWindow()
{
    waitForAnalysis();
}

const Model *MainWindow::model() const
{
    return m_hasModel ? &m_editor->model() : nullptr;
}

void MainWindow::startAnalysis()
{
    m_analysis.reset();
    m_methodology.reset();
    if (!m_hasModel) {
        m_dashboard->clear(tr("Open a model to see its analyses."));
        return;
    }
    if (m_cancel)
        m_cancel->store(true); // a newer model makes the running analysis pointless
    const int generation = ++m_generation;
    m_analysisLabel->setText(tr("Analysing…"));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    // The worker gets its own copy of the model: the user may edit or load another meanwhile.
    auto model = std::make_shared<const Model>(m_editor->model());
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_watcher->setProperty("generation", generation);
    QPointer<MainWindow> window(this);
    m_watcher->setFuture(QtConcurrent::run([model, cancel, window, generation] {
        AnalysisOptions options;
        options.cancel = cancel.get();
        auto shown = std::make_shared<std::atomic<int>>(-1);
        options.progress = [window, generation, shown](double share) {
            const int percent = int(share * 100);
            if (window && shown->exchange(percent) != percent) // a repaint per percent, no more
                QMetaObject::invokeMethod(window, [window, generation, percent] {
                    if (window && window->m_generation == generation)
                        window->m_progress->setValue(percent);
                }, Qt::QueuedConnection);
            return true;
        };
        AnalysisRun run;
        run.model = model;
        run.analysis = std::make_shared<DependencyAnalysis>(*model, options);
        if (!run.analysis->cancelled() && !cancel->load())
            run.methodology = std::make_shared<MethodologyResult>(assessMethodology(*model, MethodologySettings::fromModel(*model)));
        return run;
    }));
}

void MainWindow::waitForAnalysis()
{
    if (m_reanalyse.isActive()) { // edits waiting for their analysis: start it now
        m_reanalyse.stop();
        startAnalysis();
    }
    if (m_watcher && !m_watcher->future().isCanceled() && m_watcher->future().isValid()) {
        // Also when it finished already but its signal is still queued.
        m_watcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_watcher);
        analysisFinished();
    }
}

void MainWindow::cancelAnalysis()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MainWindow::analysisFinished()
{
    if (!m_watcher->isFinished() || m_watcher->property("generation").toInt() != m_generation || m_analysis)
        return;
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    const AnalysisRun run = m_watcher->result();
    if (run.analysis->cancelled() || !run.methodology) {
        m_analysisLabel->setText(tr("Analysis cancelled (it runs again after the next edit)"));
        m_dashboard->clear(tr("The analysis was cancelled; it runs again after the next edit."));
        return;
    }
    m_analysis = run.analysis;
    m_methodology = run.methodology;
    m_dashboard->setResults(run.model, run.analysis, run.methodology);
    int withoutSpof = 0;
    for (const CapabilityFindings &c : m_analysis->capabilities())
        withoutSpof += c.spofs.empty();
    m_analysisLabel->setText(tr("%1 of %2 capabilities without a single point of failure")
                                 .arg(withoutSpof).arg(m_analysis->capabilities().size()));
    showDetails();
    updateGraph(false);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New"), this, &MainWindow::newModel);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Export as JSON…"), this, [this] {
        if (!m_hasModel)
            return;
        QString path = QFileDialog::getSaveFileName(this, tr("Export model as JSON"), QString(), tr("JSON models (*.json)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".json");
        saveTo(path);
    });
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Spreadsheet (CSV)…"), this, [this] { importSpreadsheet(); })->setObjectName(QStringLiteral("importSpreadsheet"));
    importMenu->addAction(tr("&ArchiMate exchange file…"), this, [this] { importArchiMate(); })->setObjectName(QStringLiteral("importArchiMate"));
    QAction *report = file->addAction(tr("Export &report…"), this, &MainWindow::exportReportDialog);
    report->setShortcut(QKeySequence::Print);
    report->setObjectName(QStringLiteral("exportReport"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&Add node…"), this, &MainWindow::addNodeDialog);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *linkAction = edit->addAction(tr("&Link selected node…"), this, &MainWindow::linkDialog);
    linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *unlink = edit->addAction(tr("&Unlink…"), this, [this] { unlinkDialog(); });
    unlink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *redundancy = edit->addAction(tr("&Redundancy group…"), this, [this] { redundancyDialog(); });
    redundancy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *bulk = edit->addAction(tr("Set &attribute on selected nodes…"), this, &MainWindow::bulkAttributeDialog);
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *enrich = edit->addAction(tr("Enrich from the &catalogue…"), this, [this] {
        if (!m_hasModel)
            return;
        EnrichDialog dialog(m_editor, QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Facts added from the catalogue: %1 (Ctrl+Z undoes it)").arg(dialog.chosenKeys().size()), 8000);
    });
    enrich->setObjectName(QStringLiteral("enrichFromCatalogue"));
    QAction *rename = edit->addAction(tr("Re&name node…"), this, &MainWindow::renameSelected);
    rename->setShortcut(Qt::Key_F2);
    QAction *remove = edit->addAction(tr("&Delete node"), this, &MainWindow::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(remove); // Delete acts on the table, not on text being edited elsewhere

    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { preferencesDialog(); });
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferences"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find node"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *graph = menuBar()->addMenu(tr("&Graph"));
    graph->addAction(tr("Show the &graph"), this, [this] {
        m_centre->setCurrentWidget(m_graph);
        m_graph->setFocus();
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    graph->addSeparator();
    graph->addActions(m_graph->actions());

    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const std::pair<QString, Theme> themeChoices[] = {{tr("&System"), Theme::System}, {tr("&Light"), Theme::Light},
                                                      {tr("&Dark"), Theme::Dark}};
    for (const auto &[label, theme] : themeChoices) {
        QAction *action = themes->addAction(label, this, [theme = theme] { // (Clang 14 cannot capture a structured binding)
            applyTheme(theme);
            QSettings().setValue(QStringLiteral("view/theme"), themeKey(theme));
        });
        action->setCheckable(true);
        action->setChecked(theme == currentTheme());
        action->setProperty("theme", themeKey(theme));
        themeGroup->addAction(action);
    }
    view->addSeparator();
    const std::pair<QString, Page> pages[] = {{tr("&Details"), Page::Details}, {tr("&Graph"), Page::Graph},
                                              {tr("Dash&board"), Page::Dashboard}, {tr("&Scenarios"), Page::Scenarios},
                                              {tr("Com&parison"), Page::Comparison}};
    for (int i = 0; i < int(std::size(pages)); ++i)
        view->addAction(pages[i].first, this, [this, page = pages[i].second] { showPage(page); })
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuide"));
    help->addAction(tr("&About Antrum"), this, &MainWindow::showAbout);
}

void MainWindow::createBrowser()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);

    m_kindFilter = new QComboBox(panel);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All nodes"), -1);
    for (int k = 0; k < NodeKindCount; ++k)
        m_kindFilter->addItem(NodeTableModel::kindLabel(NodeKind(k), true), k);
    m_kindFilter->setAccessibleName(tr("Kind of node"));

    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search id or name…"));
    m_search->setClearButtonEnabled(true);

    m_table = new NodeTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(NodeTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view = new QTableView(panel);
    m_view->setObjectName(QStringLiteral("nodeTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NodeTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // bulk delete and bulk edit
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    layout->addWidget(m_kindFilter);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    auto *dock = new QDockWidget(tr("Model"), this);
    dock->setObjectName(QStringLiteral("browserDock"));
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {520}, Qt::Horizontal);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyKindFilter);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetails);
    setTabOrder(m_kindFilter, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_details);
}

bool MainWindow::openFile(const QString &path)
{
    // A document open in another Antrum (or being written by antrum-cli) is not opened for
    // writing a second time: the user is told who has it and may look at it read-only.
    std::unique_ptr<DocumentLock> lock;
    bool readOnly = false;
    if (detectModelFileKind(path) == ModelFileKind::Document) {
        DocumentLock::Holder holder;
        DocumentLock::Failure failure = DocumentLock::Failure::None;
        QString lockError;
        lock = DocumentLock::acquire(path, &holder, &failure, &lockError);
        if (!lock && failure == DocumentLock::Failure::InUse) {
            const QString message = DocumentLock::inUseMessage(QFileInfo(path).fileName(), holder);
            bool openReadOnly = false;
            if (inUsePrompt) {
                openReadOnly = inUsePrompt(message);
            } else {
                QMessageBox box(QMessageBox::Question, tr("Document in use"),
                                message + u'\n' + tr("Open it read-only? You can look at it and save a copy under another name."),
                                QMessageBox::Cancel, this);
                QPushButton *readOnlyButton = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
                box.setDefaultButton(readOnlyButton);
                box.exec();
                openReadOnly = box.clickedButton() == readOnlyButton;
            }
            if (!openReadOnly)
                return false;
            readOnly = true;
        } else if (!lock) {
            // No lock file can be made there (a read-only folder): nothing can be saved there either.
            readOnly = true;
            statusBar()->showMessage(tr("Opened read-only: %1").arg(lockError), 10000);
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ModelFileResult result = loadModelFile(path);
    QApplication::restoreOverrideCursor();
    if (result.status != ModelFileResult::Status::Ok) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString();
        // Window-modal and non-blocking, so start-up and tests are never stuck on it.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Cannot open model"),
            result.status == ModelFileResult::Status::Unreadable
                ? tr("“%1” could not be read.").arg(QFileInfo(path).fileName())
                : (result.diagnostics.size() == 1
                       ? tr("“%1” is not a valid Antrum model: 1 problem found.").arg(QFileInfo(path).fileName())
                       : tr("“%1” is not a valid Antrum model: %2 problems found.")
                             .arg(QFileInfo(path).fileName()).arg(result.diagnostics.size())),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openError"));
        box->setDetailedText(lines.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_editor->reset(std::move(*result.model));
    m_hasModel = true;
    m_lock = std::move(lock);
    m_readOnly = readOnly;
    // A JSON file is imported: saving goes to a document next to it, chosen by the user.
    m_file = result.kind == ModelFileKind::Document ? QFileInfo(path).absoluteFilePath() : QString();
    m_importedFrom = result.kind == ModelFileKind::Json ? QFileInfo(path).absoluteFilePath() : QString();
    showModel();
    rememberRecent(QFileInfo(path).absoluteFilePath());
    if (!m_readOnly) // the recovery file of a document in use belongs to the instance that has it
        offerRecovery(QFileInfo(path).absoluteFilePath());
    startAnalysis();
    return true;
}

namespace {
QString &recoveryDirectoryOverride()
{
    static QString directory;
    return directory;
}
} // namespace

void MainWindow::setRecoveryDirectory(const QString &directory)
{
    recoveryDirectoryOverride() = directory;
}

QString MainWindow::recoveryPath(const QString &file)
{
    const QString dir = !recoveryDirectoryOverride().isEmpty()
                            ? recoveryDirectoryOverride()
                            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
    const QByteArray key = file.isEmpty() ? QByteArrayLiteral("untitled") : QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return dir + u'/' + QString::fromLatin1(key) + QStringLiteral(".antrum");
}

void MainWindow::autosave()
{
    if (!m_hasModel || m_editor->undoStack()->isClean() || m_readOnly)
        return;
    // An SQLite document of its own, written through a temporary file and renamed: a crash
    // during autosave leaves the previous recovery file as it was.
    const QString path = recoveryPath(m_file.isEmpty() ? m_importedFrom : m_file);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString error = saveModelFile(m_editor->model(), path, ModelFileKind::Document);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Unsaved changes kept for recovery"), 2000);
}

void MainWindow::discardRecovery()
{
    QFile::remove(recoveryPath(m_file.isEmpty() ? m_importedFrom : m_file));
}

void MainWindow::offerRecovery(const QString &file)
{
    const QString path = recoveryPath(file);
    const QFileInfo recovery(path), original(file);
    if (!recovery.exists())
        return;
    if (original.exists() && recovery.lastModified() <= original.lastModified()) {
        QFile::remove(path); // older than the file itself: nothing to recover
        return;
    }
    const bool recover = recoveryPrompt ? recoveryPrompt(recovery.lastModified())
                                        : QMessageBox::question(this, tr("Recover unsaved changes"),
                                                                tr("Antrum kept changes to “%1” that were not saved (%2). Recover them?")
                                                                    .arg(file.isEmpty() ? tr("a new model") : original.fileName(),
                                                                         QLocale().toString(recovery.lastModified(), QLocale::ShortFormat)))
                                              == QMessageBox::Yes;
    if (!recover) {
        QFile::remove(path);
        return;
    }
    ModelFileResult kept = loadModelFile(path);
    if (kept.status != ModelFileResult::Status::Ok) {
        QMessageBox::warning(this, tr("Cannot recover"), tr("The kept changes could not be read; the file is opened as it was saved."));
        return;
    }
    // Recovered changes are unsaved changes: one undoable step from the file as saved.
    m_editor->replaceAll(std::move(*kept.model), tr("Recover unsaved changes"));
}

void MainWindow::offerUntitledRecovery()
{
    if (m_hasModel || !QFile::exists(recoveryPath(QString())))
        return;
    Model empty;
    empty.name = tr("New model");
    m_editor->reset(std::move(empty));
    m_hasModel = true;
    showModel();
    offerRecovery(QString());
    if (m_editor->undoStack()->isClean()) { // declined or unreadable: back to no model
        m_editor->reset(Model{});
        m_hasModel = false;
        showModel();
    }
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()), this, [this, file = files[i]] {
            if (maybeSave())
                openFile(file);
        });
        a->setToolTip(files[i]);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::modelEdited()
{
    // One command may change many nodes, each with its own signal (a bulk attribute on 75
    // nodes): the first change shows at once, the rest of the burst once, when it is over,
    // instead of laying out the graph again per node.
    if (m_editBurst) {
        m_editPending = true;
        return;
    }
    m_editBurst = true;
    QTimer::singleShot(0, this, [this] {
        m_editBurst = false;
        if (std::exchange(m_editPending, false))
            modelEdited();
    });
    // The table follows the edit; the analysis follows once the user pauses.
    const QString current = selectedId();
    applyKindFilter();
    if (!current.isEmpty())
        selectNode(current);
    const Model &m = m_editor->model();
    updateTitle();
    m_sizeLabel->setText(tr("%1 nodes · %2 edges").arg(m.nodes.size()).arg(m.edges.size()));
    m_analysis.reset();
    m_methodology.reset();
    m_scenariosStale = m_comparisonStale = true;
    refreshAnalysisPages();
    m_analysisLabel->setText(tr("Changed: analysis follows…"));
    m_reanalyse.start();
    updateGraph(true);
    showDetails();
}

void MainWindow::updateTitle()
{
    const QString name = m_editor->model().name;
    setWindowTitle(m_readOnly ? tr("%1[*] (read-only) — Antrum").arg(name) : tr("%1[*] — Antrum").arg(name));
}

void MainWindow::updateGraph(bool relayout)
{
    if (!m_graph)
        return;
    if (relayout) {
        if (m_hasModel)
            m_graph->setModel(m_editor->model());
        else
            m_graph->clear();
    }
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_graph->selectNode(id);
    const Node *node = m_hasModel ? m_editor->model().findNode(id) : nullptr;
    // A capability's single points of failure and why, once the analysis of this model is in.
    if (node && node->kind == NodeKind::Capability && m_analysis) {
        m_graph->highlightSpofs(id, *m_analysis);
        if (m_centre->currentWidget() == m_graph)
            m_graph->fitHighlight(); // what the user asked about, big enough to read
    } else {
        m_graph->clearHighlight();
    }
}

QString MainWindow::selectedId() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Node *node = current.isValid() ? m_table->nodeAt(current.row()) : nullptr;
    return node ? node->id : QString();
}

QStringList MainWindow::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (const Node *node = m_table->nodeAt(m_proxy->mapToSource(row).row()))
            ids << node->id;
    }
    if (ids.isEmpty() && !selectedId().isEmpty())
        ids << selectedId();
    return ids;
}

void MainWindow::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString error;
    if (!m_editor->removeNodes(ids, &error))
        QMessageBox::information(this, tr("Cannot delete"), tr("Nothing was deleted: %1").arg(error));
}

std::shared_ptr<const Catalogue> MainWindow::supplierCatalogue()
{
    if (!m_catalogueTried) {
        m_catalogueTried = true;
        m_catalogue = Catalogue::load(defaultCatalogueDirectory()).catalogue; // none: no suggestions
    }
    return m_catalogue;
}

void MainWindow::addNodeDialog()
{
    if (!m_hasModel)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add node"));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (int k = 0; k < NodeKindCount; ++k)
        kind->addItem(NodeTableModel::kindLabel(NodeKind(k)), k);
    const int shown = m_kindFilter->currentData().toInt();
    kind->setCurrentIndex(shown >= 0 ? shown : int(NodeKind::Application));
    auto *id = new QLineEdit(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Id"), id);
    form->addRow(tr("&Name"), name);
    // Suppliers: pick from the reference catalogue while typing the name (data/catalogue).
    auto *fromCatalogue = new QLabel(&dialog);
    fromCatalogue->setWordWrap(true);
    form->addRow(fromCatalogue);
    auto *suggestions = new QStringListModel(&dialog);
    auto *completer = new QCompleter(suggestions, &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    name->setCompleter(completer);
    QHash<QString, const CatalogueEntry *> byLabel;
    const std::shared_ptr<const Catalogue> catalogue = supplierCatalogue();
    connect(name, &QLineEdit::textEdited, &dialog, [&, catalogue](const QString &text) {
        if (!catalogue || NodeKind(kind->currentData().toInt()) != NodeKind::Supplier || text.trimmed().size() < 2) {
            suggestions->setStringList({});
            return;
        }
        QStringList labels;
        byLabel.clear();
        for (const CatalogueEntry *e : searchCatalogue(*catalogue, text.trimmed(), 10)) {
            const QString label = QStringLiteral("%1 (%2)").arg(e->name, e->incorporatedIn);
            labels << label;
            byLabel.insert(label, e);
        }
        suggestions->setStringList(labels);
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), &dialog, [&](const QString &label) {
        const CatalogueEntry *e = byLabel.value(label);
        if (!e)
            return;
        QTimer::singleShot(0, name, [name, e] { name->setText(e->name); }); // after the completer wrote the label
        if (id->text().trimmed().isEmpty() && !m_editor->model().findNode(e->id))
            id->setText(e->id);
        fromCatalogue->setText(tr("From the catalogue: seat %1. Edit › Enrich from the catalogue adds its owners and the laws that reach it.")
                                   .arg(e->incorporatedIn));
    });
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        if (m_editor->addNode(Node{id->text().trimmed(), NodeKind(kind->currentData().toInt()), name->text().trimmed()}, &why))
            dialog.accept();
        else
            error->setText(why); // the dialog stays open with the reason
    });
    if (dialog.exec() == QDialog::Accepted)
        selectNode(id->text().trimmed());
}

void MainWindow::linkDialog()
{
    const QString from = selectedId();
    if (from.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Link %1").arg(from));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (int k = 0; k < EdgeKindCount; ++k)
        kind->addItem(NodeTableModel::edgeKindLabel(EdgeKind(k)), k);
    auto *to = new QComboBox(&dialog);
    to->setEditable(true);
    to->setInsertPolicy(QComboBox::NoInsert);
    for (const Node &n : m_editor->model().nodes) {
        if (n.id != from)
            to->addItem(QStringLiteral("%1 — %2").arg(n.id, n.name), n.id);
    }
    auto *group = new QLineEdit(&dialog);
    group->setPlaceholderText(tr("none (needed without alternative)"));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e"));
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("&Edge"), kind);
    form->addRow(tr("&To"), to);
    form->addRow(tr("Redundancy &group"), group);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString target = to->currentIndex() >= 0 && to->currentText() == to->itemText(to->currentIndex())
                                   ? to->currentData().toString()
                                   : to->currentText().section(QStringLiteral(" — "), 0, 0).trimmed();
        Edge edge{from, target, EdgeKind(kind->currentData().toInt()), group->text().trimmed()};
        QString why;
        if (m_editor->addEdge(edge, &why))
            dialog.accept();
        else
            error->setText(why);
    });
    dialog.exec();
}

void MainWindow::redundancyDialog(const std::function<void(QDialog &)> &answer)
{
    const QString owner = selectedId();
    if (owner.isEmpty())
        return;
    const Model &m = m_editor->model();
    const Node *node = m.findNode(owner);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("redundancyDialog"));
    dialog.setWindowTitle(tr("Redundancy group of %1").arg(node->name));
    auto *form = new QFormLayout(&dialog);
    auto *group = new QComboBox(&dialog);
    group->setObjectName(QStringLiteral("group"));
    group->setEditable(true);
    std::set<QString> groups;
    for (const Edge &e : m.edges) {
        if (e.from == owner && !e.group.isEmpty())
            groups.insert(e.group);
    }
    for (const QString &g : groups)
        group->addItem(g);
    if (groups.empty())
        group->setEditText(tr("redundant"));
    auto *members = new QListWidget(&dialog);
    members->setObjectName(QStringLiteral("members"));
    std::set<QString> listed;
    for (const Edge &e : m.edges) {
        if (e.from != owner || !isDependency(e.kind) || !listed.insert(e.to).second)
            continue;
        const Node *target = m.findNode(e.to);
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.to, target ? target->name : QString()), members);
        item->setData(Qt::UserRole, e.to);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *k = new QSpinBox(&dialog);
    k->setObjectName(QStringLiteral("k"));
    k->setRange(1, std::max(1, members->count()));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e"));
    error->setWordWrap(true);
    const auto showGroup = [&] {
        const QString name = group->currentText().trimmed();
        for (int i = 0; i < members->count(); ++i) {
            const QString to = members->item(i)->data(Qt::UserRole).toString();
            bool in = false;
            for (const Edge &e : m.edges)
                in = in || (e.from == owner && e.to == to && e.group == name);
            members->item(i)->setCheckState(in ? Qt::Checked : Qt::Unchecked);
        }
        k->setValue(node->threshold(name));
    };
    connect(group, &QComboBox::currentTextChanged, &dialog, showGroup);
    showGroup();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("&Group"), group);
    form->addRow(tr("&Members (any k of them keep %1 running)").arg(owner), members);
    form->addRow(tr("&k: how many must work"), k);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QStringList chosen;
        for (int i = 0; i < members->count(); ++i) {
            if (members->item(i)->checkState() == Qt::Checked)
                chosen << members->item(i)->data(Qt::UserRole).toString();
        }
        QString why;
        if (m_editor->setRedundancyGroup(owner, group->currentText().trimmed(), chosen, k->value(), &why))
            dialog.accept();
        else
            error->setText(why); // e.g. k larger than the group: the dialog stays open
    });
    if (answer) {
        answer(dialog);
        return;
    }
    dialog.exec();
}

void MainWindow::unlinkDialog(const std::function<QString(const QStringList &)> &choose)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QStringList labels;
    std::vector<EdgeKey> keys;
    for (const Edge &e : m_editor->model().edges) {
        if (e.from == id || e.to == id) {
            labels << QStringLiteral("%1 → %2 (%3)").arg(e.from, e.to, NodeTableModel::edgeKindLabel(e.kind));
            keys.push_back(e.key());
        }
    }
    if (labels.isEmpty()) {
        statusBar()->showMessage(tr("%1 has no links").arg(id), 3000);
        return;
    }
    bool ok = true;
    const QString chosen = choose ? choose(labels)
                                  : QInputDialog::getItem(this, tr("Unlink"), tr("Remove which link of %1?").arg(id), labels, 0, false, &ok);
    const qsizetype at = labels.indexOf(chosen);
    if (!ok || at < 0)
        return;
    QString error;
    if (!m_editor->removeEdge(keys[std::size_t(at)], &error))
        QMessageBox::information(this, tr("Cannot unlink"), error);
}

void MainWindow::bulkAttributeDialog()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString assignment = QInputDialog::getText(
        this, tr("Set an attribute"),
        tr("Attribute for the selected nodes (%1), as key=value (numbers, true/false and text; key= removes it):").arg(ids.size()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || !assignment.contains(u'='))
        return;
    const QString key = assignment.section(u'=', 0, 0).trimmed();
    const QString text = assignment.section(u'=', 1).trimmed();
    std::optional<AttributeValue> value;
    if (!text.isEmpty()) {
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber)
            value = number;
        else if (text == u"true" || text == u"false")
            value = text == u"true";
        else
            value = text;
    }
    QString error;
    if (!m_editor->setAttribute(ids, key, value, &error))
        QMessageBox::information(this, tr("Cannot set the attribute"), tr("Nothing was changed: %1").arg(error));
}

void MainWindow::renameSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString newId = QInputDialog::getText(this, tr("Rename"), tr("New id for %1:").arg(id), QLineEdit::Normal, id, &ok).trimmed();
    if (!ok || newId.isEmpty() || newId == id)
        return;
    QString error;
    if (m_editor->renameNode(id, newId, &error))
        selectNode(newId);
    else
        QMessageBox::information(this, tr("Cannot rename"), error);
}

bool MainWindow::saveTo(const QString &path)
{
    const ModelFileKind kind = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? ModelFileKind::Json : ModelFileKind::Document;
    // Writing a document takes its lock first (unless this window holds it already), so that
    // two programs never write one file.
    std::unique_ptr<DocumentLock> newLock;
    const bool sameDocument = m_lock && QFileInfo(m_lock->documentPath()) == QFileInfo(path);
    if (kind == ModelFileKind::Document && !sameDocument) {
        DocumentLock::Holder holder;
        DocumentLock::Failure failure = DocumentLock::Failure::None;
        QString lockError;
        newLock = DocumentLock::acquire(path, &holder, &failure, &lockError);
        if (!newLock) {
            QMessageBox::warning(this, tr("Cannot save"),
                                 failure == DocumentLock::Failure::InUse
                                     ? DocumentLock::inUseMessage(QFileInfo(path).fileName(), holder)
                                     : tr("“%1” could not be saved: %2").arg(QFileInfo(path).fileName(), lockError));
            return false;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = saveModelFile(m_editor->model(), path, kind);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save"), tr("“%1” could not be saved: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    if (kind == ModelFileKind::Document) {
        if (!m_readOnly)
            discardRecovery(); // the changes are safe in the document now
        if (newLock)
            m_lock = std::move(newLock);
        m_readOnly = false;
        m_file = QFileInfo(path).absoluteFilePath();
        m_importedFrom.clear();
        setWindowFilePath(m_file);
        m_editor->undoStack()->setClean();
        rememberRecent(m_file);
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::save()
{
    if (!m_hasModel)
        return false;
    return m_file.isEmpty() || m_readOnly ? saveAs() : saveTo(m_file);
}

bool MainWindow::saveAs()
{
    if (!m_hasModel)
        return false;
    const QString suggested = !m_file.isEmpty() ? m_file
                              : !m_importedFrom.isEmpty() ? QFileInfo(m_importedFrom).absolutePath() + u'/' + QFileInfo(m_importedFrom).completeBaseName() + QStringLiteral(".antrum")
                                                          : QString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save model as"), suggested, tr("Antrum documents (*.antrum)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".antrum"), Qt::CaseInsensitive))
        path += QStringLiteral(".antrum");
    return saveTo(path);
}

bool MainWindow::maybeSave()
{
    if (!m_hasModel || m_editor->undoStack()->isClean())
        return true;
    const QMessageBox::StandardButton answer =
        unsavedChangesPrompt ? unsavedChangesPrompt()
                             : QMessageBox::warning(this, tr("Unsaved changes"),
                                                    tr("“%1” has changes that are not saved. Save them?").arg(m_editor->model().name),
                                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        discardRecovery();
    return answer == QMessageBox::Discard;
}

void MainWindow::showImportedModel(Model model, const QString &source)
{
    m_editor->reset(std::move(model));
    m_editor->undoStack()->resetClean(); // not saved anywhere yet: closing asks
    m_hasModel = true;
    m_lock.reset();
    m_readOnly = false;
    m_file.clear();
    m_importedFrom = QFileInfo(source).absoluteFilePath();
    showModel();
    setWindowModified(true);
    startAnalysis();
}

void MainWindow::importSpreadsheet(const std::function<void(CsvImportWizard &)> &drive)
{
    CsvImportWizard wizard(this);
    if (drive)
        drive(wizard);
    else if (wizard.exec() != QDialog::Accepted)
        return;
    std::optional<Model> model = wizard.importedModel();
    if (!model || !maybeSave())
        return;
    const qsizetype nodes = qsizetype(model->nodes.size());
    const qsizetype created = wizard.result().created.size();
    showImportedModel(std::move(*model), wizard.nodesFile());
    statusBar()->showMessage(tr("Imported %1 nodes from %2 (%3 made for names no row defines). Save to keep them.")
                                 .arg(nodes).arg(QFileInfo(wizard.nodesFile()).fileName()).arg(created),
                             10000);
}

bool MainWindow::importArchiMate(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        QSettings settings;
        path = QFileDialog::getOpenFileName(this, tr("Import an ArchiMate exchange file"),
                                            settings.value(QStringLiteral("archimateImport/directory")).toString(),
                                            tr("ArchiMate exchange files (*.xml);;All files (*)"));
        if (path.isEmpty())
            return false;
        settings.setValue(QStringLiteral("archimateImport/directory"), QFileInfo(path).absolutePath());
    }
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    const ArchiMateLimits limits;
    ArchiMateImport imported;
    if (!file.open(QIODevice::ReadOnly)) {
        imported.errors.push_back({name, 0, 0, QString(), file.errorString()});
    } else if (file.size() > limits.maxBytes) {
        imported.errors.push_back({name, 0, 0, QString(), tr("larger than %1 MiB").arg(limits.maxBytes / (1024 * 1024))});
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        imported = readArchiMate(file.readAll(), name, limits);
        QApplication::restoreOverrideCursor();
    }
    const auto lines = [](const Diagnostics &list) {
        QStringList out;
        for (const Diagnostic &d : list)
            out << d.toString();
        return out.join(u'\n');
    };
    if (!imported.model) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot import"),
                                    tr("“%1” could not be imported as an ArchiMate exchange file.").arg(name), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importError"));
        box->setDetailedText(lines(imported.errors));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (!maybeSave())
        return false;
    const qsizetype nodes = qsizetype(imported.model->nodes.size());
    const qsizetype edges = qsizetype(imported.model->edges.size());
    showImportedModel(std::move(*imported.model), path);
    if (!imported.unmapped.isEmpty()) {
        // Nothing dropped silently: what did not map is listed, one line each.
        auto *box = new QMessageBox(QMessageBox::Information, tr("ArchiMate import"),
                                    tr("Imported %1 nodes and %2 edges from “%3”. %4 ArchiMate items have no counterpart in "
                                       "Antrum and were left out; the details list them.")
                                        .arg(nodes).arg(edges).arg(name).arg(imported.unmapped.size()),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importReport"));
        box->setDetailedText((imported.unmapped + imported.notes).join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    statusBar()->showMessage(tr("Imported %1 nodes and %2 edges from %3. Save to keep them.").arg(nodes).arg(edges).arg(name), 10000);
    return true;
}

void MainWindow::newModel()
{
    if (!maybeSave())
        return;
    Model empty;
    empty.name = tr("New model");
    m_editor->reset(std::move(empty));
    m_hasModel = true;
    m_lock.reset();
    m_readOnly = false;
    m_file.clear();
    m_importedFrom.clear();
    showModel();
    startAnalysis();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        // The docks as the user left them, not as an analysis page stowed them.
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            if (m_docksStowed && dock->property("stowedVisible").toBool())
                dock->show();
        settings.setValue(QStringLiteral("window/state"), saveState());
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::showModel()
{
    // Capabilities first: they are what the organisation delivers and what the analysis is about.
    const QSignalBlocker blocker(m_kindFilter);
    m_kindFilter->setCurrentIndex(m_hasModel ? 1 + int(NodeKind::Capability) : 0);
    applyKindFilter();
    if (!m_hasModel) {
        setWindowTitle(tr("Antrum"));
        m_sizeLabel->setText(tr("No model"));
        m_details->setHtml(tr("<h2>Antrum</h2><p>Open a model with <b>File › Open</b> "
                              "(Ctrl+O) to see what your organisation depends on.</p>"));
        return;
    }
    updateGraph(true);
    m_scenariosStale = m_comparisonStale = true;
    refreshAnalysisPages();
    setWindowFilePath(m_file.isEmpty() ? m_importedFrom : m_file);
    updateTitle();
    setWindowModified(false);
    m_sizeLabel->setText(tr("%1 nodes · %2 edges").arg(model()->nodes.size()).arg(model()->edges.size()));
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    m_view->resizeColumnsToContents();
}

void MainWindow::applyKindFilter()
{
    const int kind = m_kindFilter->currentData().toInt();
    m_table->setModel(model(), kind < 0 ? std::nullopt : std::optional<NodeKind>(NodeKind(kind)));
    m_view->setColumnHidden(NodeTableModel::Kind, kind >= 0);
    const bool capabilities = kind == int(NodeKind::Capability);
    m_view->setColumnHidden(NodeTableModel::MtdHours, kind >= 0 && !capabilities);
    m_view->setColumnHidden(NodeTableModel::Criticality, kind >= 0 && !capabilities);
    m_view->setColumnHidden(NodeTableModel::AnnualCost, kind >= 0 && kind != int(NodeKind::Application));
}

void MainWindow::chartSelected(const QStringList &ids)
{
    selectNodes(ids);
    statusBar()->showMessage(ids.size() == 1 ? tr("Selected %1 (Ctrl+1 shows its details)").arg(ids.front())
                                             : tr("Selected %1 nodes (Ctrl+1 shows them)").arg(ids.size()), 6000);
}

void MainWindow::refreshAnalysisPages()
{
    if (!m_hasModel)
        return;
    if (m_centre->currentWidget() == m_scenarios && m_scenariosStale) {
        m_scenariosStale = false;
        m_scenarios->setModel(m_editor->model());
    }
    if (m_centre->currentWidget() == m_comparison && m_comparisonStale) {
        m_comparisonStale = false;
        m_comparison->setModel(m_editor->model());
    }
}

void MainWindow::giveAnalysisPagesRoom()
{
    // The dashboard, scenarios and comparison need the window's width more than the browser
    // and the property editor; those come back, as they were, with the details or the graph.
    const bool analysisPage = m_centre->currentIndex() >= int(Page::Dashboard);
    if (analysisPage == m_docksStowed)
        return;
    m_docksStowed = analysisPage;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (analysisPage) {
            dock->setProperty("stowedVisible", dock->isVisible());
            dock->hide();
        } else if (dock->property("stowedVisible").toBool()) {
            dock->show();
        }
    }
}

void MainWindow::showPage(Page page)
{
    QWidget *widgets[] = {m_details, m_graph, m_dashboard, m_scenarios, m_comparison};
    if (std::size_t(page) < std::size(widgets)) {
        m_centre->setCurrentWidget(widgets[std::size_t(page)]);
        m_centre->currentWidget()->setFocus();
    }
}

void MainWindow::selectNodes(const QStringList &ids)
{
    if (!m_hasModel || ids.isEmpty())
        return;
    selectNode(ids.front());
    if (ids.size() == 1)
        return;
    // All of them must be in the table: show every kind, no search.
    if (m_kindFilter->currentIndex() != 0 || !m_search->text().isEmpty()) {
        m_kindFilter->setCurrentIndex(0);
        m_search->clear();
        selectNode(ids.front());
    }
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_table->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void MainWindow::selectNode(const QString &id)
{
    if (!m_hasModel)
        return;
    int row = m_table->rowOf(id);
    if (row < 0) {
        m_kindFilter->setCurrentIndex(0);
        m_search->clear();
        row = m_table->rowOf(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        return selectNode(id);
    }
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

namespace {

QString link(const Model &model, const QString &id)
{
    const Node *node = model.findNode(id);
    const QString label = node ? node->name : id;
    return QStringLiteral("<a href=\"node:%1\">%2</a>")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(id)), label.toHtmlEscaped());
}

QString attributeText(const AttributeValue &value)
{
    if (const QString *s = std::get_if<QString>(&value))
        return *s;
    if (const double *d = std::get_if<double>(&value))
        return QLocale().toString(*d, 'g', 10);
    if (const bool *b = std::get_if<bool>(&value))
        return *b ? MainWindow::tr("yes") : MainWindow::tr("no");
    return std::get<QStringList>(value).join(QStringLiteral(", "));
}

} // namespace

void MainWindow::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Node *node = current.isValid() ? m_table->nodeAt(current.row()) : nullptr;
    if (m_properties && (node ? node->id : QString()) != m_properties->nodeId())
        m_properties->showNode(node ? node->id : QString());
    updateGraph(false);
    if (!node || !m_hasModel)
        return;
    const Model *shown = model();
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i> · <code>%3</code></p>")
                       .arg(node->name.toHtmlEscaped(), NodeTableModel::kindLabel(node->kind),
                            node->id.toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='3'>");
    const auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key, value.toHtmlEscaped());
    };
    if (node->kind == NodeKind::Capability) {
        row(tr("Criticality"), QString::number(node->effectiveCriticality()));
        row(tr("Max. tolerable downtime"),
            node->mtdHours ? tr("%1 h").arg(*node->mtdHours) : tr("unknown"));
    }
    if (node->failureProbability)
        row(tr("Failure probability per year"), QLocale().toString(*node->failureProbability, 'g', 3));
    for (const auto &[group, k] : node->redundancy)
        row(tr("Redundancy group “%1”").arg(group), tr("needs %1").arg(k));
    for (const auto &[key, value] : node->attributes)
        row(key, attributeText(value));
    html += QStringLiteral("</table>");

    QString dependsOn, dependents, alternatives;
    for (const Edge &e : shown->edges) {
        const QString group = e.group.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" <small>[%1]</small>").arg(e.group.toHtmlEscaped());
        if (e.kind == EdgeKind::AlternativeFor) {
            if (e.to == node->id)
                alternatives += QStringLiteral("<li>%1</li>").arg(link(*shown, e.from));
            continue;
        }
        if (e.from == node->id)
            dependsOn += QStringLiteral("<li>%1 <small>(%2)</small>%3</li>")
                             .arg(link(*shown, e.to), NodeTableModel::edgeKindLabel(e.kind), group);
        else if (e.to == node->id)
            dependents += QStringLiteral("<li>%1 <small>(%2)</small></li>")
                              .arg(link(*shown, e.from), NodeTableModel::edgeKindLabel(e.kind));
    }
    const auto section = [&html](const QString &title, const QString &items) {
        if (!items.isEmpty())
            html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(title, items);
    };
    html += analysisHtml(*node);
    section(tr("Depends on"), dependsOn);
    section(tr("Depended on by"), dependents);
    section(tr("Alternatives"), alternatives);
    m_details->setHtml(html);
}

QString MainWindow::analysisHtml(const Node &node) const
{
    if (!m_analysis)
        return node.kind == NodeKind::Capability ? tr("<p><i>Analysing…</i></p>") : QString();
    const FailureGraph &g = m_analysis->graph();
    const std::optional<FailureGraph::Index> index = g.indexOf(node.id);
    if (!index)
        return {};
    const auto nodeLink = [&](FailureGraph::Index n) { return link(*model(), g.id(n)); };
    QString html;
    if (node.kind == NodeKind::Capability) {
        const auto it = std::find_if(m_analysis->capabilities().begin(), m_analysis->capabilities().end(),
                                     [&](const CapabilityFindings &f) { return f.node == *index; });
        if (it == m_analysis->capabilities().end())
            return {};
        if (it->spofs.empty()) {
            html += tr("<h3 style='color:#1b7f3b'>No single point of failure</h3>"
                       "<p>Every single failure leaves this capability running.</p>");
        } else {
            html += QStringLiteral("<h3 style='color:#b3261e'>%1</h3><table cellpadding='2'>")
                        .arg(it->spofs.size() == 1 ? tr("1 single point of failure")
                                                   : tr("%1 single points of failure").arg(it->spofs.size()));
            for (std::size_t i = 0; i < it->spofs.size(); ++i) {
                QStringList path;
                for (const FailureGraph::Index step : it->whyPaths[i])
                    path << nodeLink(step);
                html += QStringLiteral("<tr><td><b>%1</b> <small>(%2)</small></td><td>%3</td></tr>")
                            .arg(nodeLink(it->spofs[i]), NodeTableModel::kindLabel(g.kind(it->spofs[i])),
                                 path.join(QStringLiteral(" → ")));
            }
            html += QStringLiteral("</table>");
        }
        if (!it->cutSets.empty()) {
            QStringList sets;
            for (const std::vector<FailureGraph::Index> &set : it->cutSets) {
                QStringList members;
                for (const FailureGraph::Index m : set)
                    members << nodeLink(m);
                sets << QStringLiteral("<li>{ %1 }</li>").arg(members.join(QStringLiteral(", ")));
            }
            html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                        .arg(tr("Pairs that fail it together (cut sets of order 2)"), sets.join(QString()));
        }
        QStringList foreign;
        for (const FailureGraph::Index j : it->foreignReach)
            foreign << nodeLink(j);
        if (!foreign.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Foreign legal reach:"), foreign.join(QStringLiteral(", ")));
    } else if (node.kind == NodeKind::Jurisdiction) {
        for (const JurisdictionFindings &j : m_analysis->jurisdictions()) {
            if (j.node != *index)
                continue;
            QStringList cut;
            for (const FailureGraph::Index c : j.cutoff)
                cut << nodeLink(c);
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(j.cutoff.size() == 1 ? tr("Can cut off 1 capability on its own")
                                                  : tr("Can cut off %1 capabilities on its own").arg(j.cutoff.size()),
                             cut.isEmpty() ? tr("none") : cut.join(QStringLiteral(", ")));
        }
    }
    return html;
}

void MainWindow::chooseFile()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open model"), QFileInfo(m_file).absolutePath(),
        tr("Antrum models (*.antrum *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::exportReportDialog()
{
    if (!m_hasModel)
        return;
    ReportDialog dialog(m_editor->model(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.settings().path;
    statusBar()->showMessage(dialog.pageCount() > 0 ? tr("Report written to %1 (%2 pages, %3 s)")
                                                          .arg(QDir::toNativeSeparators(path))
                                                          .arg(dialog.pageCount())
                                                          .arg(QLocale().toString(dialog.seconds(), 'f', 1))
                                                    : tr("Report written to %1").arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::showAbout()
{
    const auto catalogue = supplierCatalogue();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("about"));
    box.setWindowTitle(tr("About Antrum"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Antrum %1</h3><p>Digital-sovereignty dependency analyzer.</p>"
                   "<p><i>Mus non uni fidit antro</i>: a mouse trusts not one hole.</p>")
                    .arg(QStringLiteral(ANTRUM_VERSION)));
    box.setInformativeText(
        tr("<p>Copyright © 2026 the Antrum developers.</p>"
           "<p>Antrum is free software: you can redistribute it and/or modify it under the terms of the GNU General "
           "Public License as published by the Free Software Foundation, either version 3 of the License, or (at your "
           "option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</p>"
           "<p>Built with Qt %1 (Widgets, Charts, SQL, SVG), Boost.Graph and SQLite. Supplier catalogue as of %2 (%3). "
           "Translations: Dutch, German and French.</p>")
            .arg(QString::fromLatin1(qVersion()), catalogue ? catalogue->asOf() : tr("unknown"),
                 catalogue ? catalogue->licence().toHtmlEscaped() : QStringLiteral("CC0-1.0")));
    box.setStandardButtons(QMessageBox::Ok);
    if (aboutShown)
        aboutShown(box);
    else
        box.exec();
}

void MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new HelpViewer(AppLanguage::running(), this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::preferencesDialog(const std::function<void(PreferencesDialog &)> &answer)
{
    PreferencesDialog dialog(this);
    if (answer)
        answer(dialog);
    else if (dialog.exec() != QDialog::Accepted)
        return;
    for (QAction *action : findChildren<QAction *>())
        if (action->property("theme").isValid())
            action->setChecked(action->property("theme").toString() == themeKey(currentTheme()));
    if (!dialog.languageChanged() || answer)
        return;
    const auto choice = QMessageBox::question(this, tr("Restart Antrum?"),
                                              tr("The new language is used when Antrum starts again. Restart now?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (choice != QMessageBox::Yes || !maybeSave())
        return;
    m_editor->undoStack()->setClean(); // saved, or the user chose to discard: do not ask again
    QStringList arguments;
    if (!m_file.isEmpty())
        arguments << m_file;
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        QTimer::singleShot(0, qApp, &QApplication::closeAllWindows);
    else
        QMessageBox::warning(this, tr("Restart Antrum?"), tr("Antrum could not be started again; please start it yourself."));
}

} // namespace antrum
