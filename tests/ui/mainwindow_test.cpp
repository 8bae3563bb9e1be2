// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"
#include "graphview.h"
#include "documentlock.h"
#include "mainwindow.h"
#include "modeleditor.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "scenarioview.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QListWidget>
#include <QSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QTableView>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace antrum;

TEST(MainWindow, OpensTheFixtureAndBrowsesByKind)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::fixturePath(QStringLiteral("models/two-holes.json"))));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Two holes")));
    auto *table = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 2); // capabilities first
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(0);
    EXPECT_EQ(table->model()->rowCount(), 14);
    kind->setCurrentIndex(1 + int(NodeKind::Jurisdiction));
    EXPECT_EQ(table->model()->rowCount(), 3);

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(QStringLiteral("united"));
    EXPECT_EQ(table->model()->rowCount(), 1);
}

TEST(MainWindow, SelectingANodeShowsItsDependencies)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::fixturePath(QStringLiteral("models/two-holes.json"))));
    window.selectNode(QStringLiteral("host-a-eu"));
    const QString text = window.findChild<QTextBrowser *>(QStringLiteral("details"))->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("A Cloud EU region")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ireland")));        // depends on
    EXPECT_TRUE(text.contains(QStringLiteral("Hosted mail")));    // depended on by
}

TEST(MainWindow, RefusesAnInvalidFileAndKeepsTheModel)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::fixturePath(QStringLiteral("models/two-holes.json"))));
    EXPECT_FALSE(window.openFile(test::fixturePath(QStringLiteral("invalid/unknown-node.json"))));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("openError"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->detailedText().contains(QStringLiteral("app-nope")));
    ASSERT_NE(window.model(), nullptr);
    EXPECT_EQ(window.model()->name, QStringLiteral("Two holes"));
}

TEST(MainWindow, ShowsSinglePointsOfFailureWithTheirPaths)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::fixturePath(QStringLiteral("models/two-holes.json"))));
    window.waitForAnalysis();
    ASSERT_NE(window.analysis(), nullptr);
    window.selectNode(QStringLiteral("cap-mail"));
    const QString text = window.findChild<QTextBrowser *>(QStringLiteral("details"))->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("5 single points of failure"))) << qPrintable(text);
    // The common cause: the US, through the EU subsidiary and its parent.
    EXPECT_TRUE(text.contains(QStringLiteral("E-mail → Cloud mail → A Cloud Europe Ltd → A Cloud Inc. → United States")))
        << qPrintable(text);
    window.selectNode(QStringLiteral("US"));
    EXPECT_TRUE(window.findChild<QTextBrowser *>(QStringLiteral("details"))->toPlainText().contains(QStringLiteral("Can cut off 1")));
}

TEST(MainWindow, EditUndoSaveAndReopen)
{
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    EXPECT_TRUE(window.currentFile().isEmpty()) << "a JSON model is imported, not overwritten";
    const Model original = *window.model();
    ASSERT_TRUE(window.editor()->removeNodes({QStringLiteral("app-website")}));
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_EQ(window.model()->nodes.size(), original.nodes.size() - 1);
    window.editor()->undoStack()->undo();
    EXPECT_TRUE(*window.model() == original);
    window.editor()->undoStack()->redo();

    const QString path = dir.filePath(QStringLiteral("lindewaard.antrum"));
    ASSERT_TRUE(window.saveTo(path));
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(window.currentFile(), path);
    const Model saved = *window.model();

    MainWindow again;
    again.inUsePrompt = [](const QString &) { return true; }; // the first window still has it
    ASSERT_TRUE(again.openFile(path));
    EXPECT_TRUE(*again.model() == saved);
    EXPECT_EQ(again.currentFile(), path);
}

TEST(MainWindow, ASecondWindowIsToldTheDocumentIsInUseAndMayOpenItReadOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lindewaard.antrum"));
    auto first = std::make_unique<MainWindow>();
    ASSERT_TRUE(first->openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    ASSERT_TRUE(first->saveTo(path));
    EXPECT_TRUE(QFile::exists(DocumentLock::lockPathFor(path)));

    MainWindow second;
    QString told;
    second.inUsePrompt = [&](const QString &message) {
        told = message;
        return false; // Cancel
    };
    EXPECT_FALSE(second.openFile(path));
    EXPECT_TRUE(told.contains(QStringLiteral("lindewaard.antrum"))) << qPrintable(told);
    EXPECT_TRUE(told.contains(QString::number(QCoreApplication::applicationPid()))) << qPrintable(told);

    second.inUsePrompt = [](const QString &) { return true; }; // Open read-only
    ASSERT_TRUE(second.openFile(path));
    EXPECT_TRUE(second.isReadOnly());
    EXPECT_TRUE(second.windowTitle().contains(QStringLiteral("read-only"))) << qPrintable(second.windowTitle());
    // Its edits are never autosaved over the recovery file of the window that has the document.
    ASSERT_TRUE(second.editor()->renameNode(QStringLiteral("app-website"), QStringLiteral("app-site")));
    second.autosave();
    EXPECT_FALSE(QFile::exists(MainWindow::recoveryPath(path)));
    // Saving it under another name makes that copy its own, writable document.
    const QString copy = dir.filePath(QStringLiteral("copy.antrum"));
    ASSERT_TRUE(second.saveTo(copy));
    EXPECT_FALSE(second.isReadOnly());
    EXPECT_TRUE(QFile::exists(DocumentLock::lockPathFor(copy)));

    // When the first window goes, its lock goes with it, and the document opens for writing.
    first.reset();
    EXPECT_FALSE(QFile::exists(DocumentLock::lockPathFor(path)));
    MainWindow third;
    third.inUsePrompt = [](const QString &) -> bool {
        ADD_FAILURE() << "nobody has the document any more";
        return false;
    };
    ASSERT_TRUE(third.openFile(path));
    EXPECT_FALSE(third.isReadOnly());
}

TEST(MainWindow, UnsavedChangesAreNeverLostWithoutAsking)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    ASSERT_TRUE(window.editor()->renameNode(QStringLiteral("app-website"), QStringLiteral("app-site")));
    int asked = 0;
    window.unsavedChangesPrompt = [&] {
        ++asked;
        return QMessageBox::Cancel;
    };
    window.newModel();
    EXPECT_EQ(asked, 1);
    EXPECT_NE(window.model()->findNode(QStringLiteral("app-site")), nullptr) << "cancel keeps the edited model";
    window.unsavedChangesPrompt = [&] {
        ++asked;
        return QMessageBox::Discard;
    };
    window.newModel();
    EXPECT_EQ(asked, 2);
    EXPECT_TRUE(window.model()->nodes.empty());
    EXPECT_FALSE(window.isWindowModified());
    window.newModel(); // nothing to lose: no question
    EXPECT_EQ(asked, 2);
}

TEST(MainWindow, AutosavedChangesAreOfferedBackAfterACrash)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString file = test::samplePath(QStringLiteral("lindewaard.json"));
    QFile::remove(MainWindow::recoveryPath(file));
    Model edited;
    {
        // The session that "crashes": edited, autosaved, never saved or closed properly.
        auto *crashed = new MainWindow;
        ASSERT_TRUE(crashed->openFile(file));
        ASSERT_TRUE(crashed->editor()->renameNode(QStringLiteral("app-website"), QStringLiteral("app-site")));
        crashed->autosave();
        edited = *crashed->model();
        crashed->unsavedChangesPrompt = [] { return QMessageBox::Cancel; }; // as if it never asked
        delete crashed;
    }
    ASSERT_TRUE(QFile::exists(MainWindow::recoveryPath(file)));

    MainWindow next;
    int asked = 0;
    next.recoveryPrompt = [&](const QDateTime &) {
        ++asked;
        return true;
    };
    ASSERT_TRUE(next.openFile(file));
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(*next.model() == edited);
    EXPECT_TRUE(next.isWindowModified());
    next.editor()->undoStack()->undo(); // back to the file as it was saved
    EXPECT_NE(next.model()->findNode(QStringLiteral("app-website")), nullptr);
    next.editor()->undoStack()->redo();
    EXPECT_TRUE(next.recentFiles().value(0).endsWith(QStringLiteral("lindewaard.json")));

    // Declined: the kept changes are dropped, and not offered again.
    MainWindow third;
    third.recoveryPrompt = [](const QDateTime &) { return false; };
    ASSERT_TRUE(third.openFile(file));
    EXPECT_FALSE(QFile::exists(MainWindow::recoveryPath(file)));
    EXPECT_NE(third.model()->findNode(QStringLiteral("app-website")), nullptr);
    next.unsavedChangesPrompt = [] { return QMessageBox::Discard; };
}

TEST(MainWindow, AnUntitledModelIsRecoveredAtStartUp)
{
    QFile::remove(MainWindow::recoveryPath(QString()));
    {
        auto *crashed = new MainWindow;
        crashed->newModel();
        ASSERT_TRUE(crashed->editor()->addNode(Node{QStringLiteral("cap-x"), NodeKind::Capability, QStringLiteral("Something vital")}));
        crashed->autosave();
        delete crashed;
    }
    MainWindow next;
    next.recoveryPrompt = [](const QDateTime &) { return true; };
    next.offerUntitledRecovery();
    ASSERT_NE(next.model(), nullptr);
    EXPECT_NE(next.model()->findNode(QStringLiteral("cap-x")), nullptr);
    EXPECT_TRUE(next.isWindowModified());
    next.unsavedChangesPrompt = [] { return QMessageBox::Discard; };
    next.newModel(); // discarding drops the kept changes too
    EXPECT_FALSE(QFile::exists(MainWindow::recoveryPath(QString())));
}

TEST(MainWindow, TheGraphFollowsTheTableAndShowsWhyACapabilityFails)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    window.waitForAnalysis();
    ASSERT_NE(window.analysis(), nullptr);
    window.selectNode(QStringLiteral("cap-mail"));
    GraphView *graph = window.graphView();
    ASSERT_NE(graph, nullptr);
    EXPECT_EQ(graph->highlightedCapability(), QStringLiteral("cap-mail"));
    std::size_t spofs = 0;
    for (const CapabilityFindings &f : window.analysis()->capabilities()) {
        if (window.analysis()->graph().id(f.node) == u"cap-mail")
            spofs = f.spofs.size();
    }
    EXPECT_EQ(std::size_t(graph->highlightedSpofs().size()), spofs);
    // And back: choosing in the graph chooses in the table.
    graph->selectNode(QStringLiteral("sup-microsoft"));
    const QString text = window.findChild<QTextBrowser *>(QStringLiteral("details"))->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Microsoft Corporation"))) << qPrintable(text.left(200));
    // An edit shows in the graph at once.
    ASSERT_TRUE(window.editor()->renameNode(QStringLiteral("app-website"), QStringLiteral("app-site")));
    EXPECT_TRUE(graph->nodeRect(QStringLiteral("app-site")).isValid());
}

TEST(MainWindow, SeveralSelectedNodesAreDeletedAsOneStep)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(1 + int(NodeKind::Application));
    auto *table = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(QStringLiteral("app-alt-"));
    ASSERT_EQ(table->model()->rowCount(), 4);
    table->selectAll();
    EXPECT_EQ(window.selectedIds().size(), 4);
    const std::size_t before = window.model()->nodes.size();
    // Options of the sample use some of these alternatives: the whole deletion is refused.
    EXPECT_FALSE(window.editor()->removeNodes(window.selectedIds()));
    EXPECT_EQ(window.model()->nodes.size(), before);
    search->setText(QStringLiteral("app-alt-ox"));
    table->selectAll();
    ASSERT_EQ(window.selectedIds(), QStringList{QStringLiteral("app-alt-ox")});
}

TEST(MainWindow, ALongAnalysisShowsProgressAndCanBeCancelled)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    ASSERT_TRUE(saveModelFile(generateModel(60000, 3), path, ModelFileKind::Json).isEmpty());
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("analysisProgress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_FALSE(progress->isHidden()) << "progress is shown while the analysis runs";
    window.cancelAnalysis(); // the analysis polls the flag from its first step on
    window.waitForAnalysis();
    EXPECT_EQ(window.analysis(), nullptr);
    EXPECT_TRUE(progress->isHidden());
    // The next edit analyses again, to the end.
    ASSERT_TRUE(window.editor()->renameNode(window.model()->nodes.back().id, QStringLiteral("renamed")));
    window.waitForAnalysis();
    EXPECT_NE(window.analysis(), nullptr);
}

TEST(MainWindow, TheGraphDrawsTheForeignLegalReachOfTheSelectedCapability)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    window.waitForAnalysis();
    window.selectNode(QStringLiteral("cap-mail"));
    QStringList expected;
    for (const CapabilityFindings &f : window.analysis()->capabilities()) {
        if (window.analysis()->graph().id(f.node) == u"cap-mail") {
            for (const FailureGraph::Index j : f.foreignReach)
                expected << window.analysis()->graph().id(j);
        }
    }
    expected.sort();
    ASSERT_FALSE(expected.isEmpty()) << "the sample's mail is reached by foreign laws";
    EXPECT_EQ(window.graphView()->highlightedForeignReach(), expected);
}

TEST(MainWindow, ARedundancyGroupIsPickedInADialog)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    ASSERT_TRUE(window.editor()->addEdge(Edge{QStringLiteral("cap-mail"), QStringLiteral("app-alt-nextcloud"), EdgeKind::Requires}));
    window.selectNode(QStringLiteral("cap-mail"));
    const auto fill = [](int k) {
        return [k](QDialog &dialog) {
            dialog.findChild<QComboBox *>(QStringLiteral("group"))->setEditText(QStringLiteral("mailbox"));
            auto *members = dialog.findChild<QListWidget *>(QStringLiteral("members"));
            for (int i = 0; i < members->count(); ++i) {
                const QString to = members->item(i)->data(Qt::UserRole).toString();
                members->item(i)->setCheckState(to == u"app-exchange" || to == u"app-alt-nextcloud" ? Qt::Checked : Qt::Unchecked);
            }
            dialog.findChild<QSpinBox *>(QStringLiteral("k"))->setValue(k);
            Q_EMIT dialog.findChild<QDialogButtonBox *>()->accepted();
        };
    };
    const Model before = *window.model();
    window.redundancyDialog(fill(3)); // 3 of 2: refused, nothing changes
    EXPECT_TRUE(*window.model() == before);
    window.redundancyDialog(fill(1));
    const Node *mail = window.model()->findNode(QStringLiteral("cap-mail"));
    EXPECT_EQ(mail->threshold(QStringLiteral("mailbox")), 1);
    int grouped = 0;
    for (const Edge &e : window.model()->edges)
        grouped += e.from == u"cap-mail" && e.group == u"mailbox";
    EXPECT_EQ(grouped, 2);
    window.waitForAnalysis(); // and the analysis sees the redundancy: Exchange alone no longer fails mail
    bool exchangeIsSpof = false;
    for (const CapabilityFindings &f : window.analysis()->capabilities()) {
        if (window.analysis()->graph().id(f.node) == u"cap-mail") {
            for (const FailureGraph::Index s : f.spofs)
                exchangeIsSpof = exchangeIsSpof || window.analysis()->graph().id(s) == u"app-exchange";
        }
    }
    EXPECT_FALSE(exchangeIsSpof);
}

TEST(MainWindow, UnlinkRemovesTheChosenEdgeUndoably)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    window.selectNode(QStringLiteral("app-website")); // no option or scenario depends on its links
    QStringList offered;
    const std::size_t before = window.model()->edges.size();
    window.unlinkDialog([&](const QStringList &labels) {
        offered = labels;
        return labels.value(0);
    });
    ASSERT_FALSE(offered.isEmpty());
    EXPECT_TRUE(offered.first().contains(QStringLiteral("app-website"))) << qPrintable(offered.first());
    EXPECT_EQ(window.model()->edges.size(), before - 1);
    window.editor()->undoStack()->undo();
    EXPECT_EQ(window.model()->edges.size(), before);
}

TEST(MainWindow, ScenarioAndComparisonPagesWorkOnTheOpenModel)
{
    MainWindow window;
    window.resize(1600, 900);
    window.show();
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    window.waitForAnalysis();
    auto *browser = window.findChild<QDockWidget *>(QStringLiteral("browserDock"));
    ASSERT_NE(browser, nullptr);
    EXPECT_TRUE(browser->isVisible());

    // The scenario page gets the model when shown; what a run fails is marked in the graph.
    window.showPage(MainWindow::Page::Scenarios);
    EXPECT_FALSE(browser->isVisible()) << "analysis pages get the window's width";
    ScenarioView *scenarios = window.scenarioView();
    EXPECT_TRUE(scenarios->scenarioChoices().contains(QStringLiteral("scn-us-cutoff")));
    ASSERT_TRUE(scenarios->selectScenario(QStringLiteral("template:foreign-cutoff")));
    scenarios->waitForRun();
    ASSERT_NE(scenarios->result(), nullptr);
    EXPECT_FALSE(scenarios->failedNodes().isEmpty());
    EXPECT_EQ(window.graphView()->highlightedFailed(), scenarios->failedNodes());

    // The comparison page compares the model's options.
    window.showPage(MainWindow::Page::Comparison);
    ComparisonView *comparison = window.comparisonView();
    QStringList options;
    for (const Option &o : window.model()->options)
        options << o.id;
    EXPECT_EQ(comparison->optionIds(), options);
    comparison->setCheckedOptions({options.front()});
    comparison->compare();
    comparison->waitForComparison();
    ASSERT_NE(comparison->comparison(), nullptr);
    EXPECT_TRUE(comparison->comparison()->ok());

    // An edit reaches the page that is shown at once (the comparison starts afresh).
    Node changed = *window.model()->findNode(QStringLiteral("cap-mail"));
    changed.name = QStringLiteral("Mail renamed");
    ASSERT_TRUE(window.editor()->editNode(changed));
    EXPECT_EQ(comparison->comparison(), nullptr);

    // Back on the details, the docks come back as they were.
    window.showPage(MainWindow::Page::Details);
    EXPECT_TRUE(browser->isVisible());
}

TEST(MainWindow, ABulkEditOnManyNodesLaysOutTheGraphOnceNotPerNode)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    QCoreApplication::processEvents();
    GraphView *graph = window.graphView();
    ASSERT_NE(graph, nullptr);
    QStringList ids;
    for (const Node &n : window.model()->nodes)
        if (n.kind == NodeKind::Application)
            ids << n.id;
    ASSERT_GT(ids.size(), 20);
    const int before = graph->layoutCount();
    ASSERT_TRUE(window.editor()->setAttribute(ids, QStringLiteral("x-reviewed"), AttributeValue(true)));
    QCoreApplication::processEvents();
    // The first change at once, the rest of the burst together: 2 layouts, not one per node.
    EXPECT_LE(graph->layoutCount() - before, 2);
    EXPECT_GE(graph->layoutCount() - before, 1);
    for (const QString &id : ids)
        EXPECT_EQ(window.model()->findNode(id)->attributes.count(QStringLiteral("x-reviewed")), 1U);
}
