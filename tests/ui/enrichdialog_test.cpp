// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Enrich from the catalogue (ui/enrichdialog): what it proposes for the sample, that
// accepting is one undoable edit, and a catalogue that cannot be read.
#include "enrichdialog.h"
#include "mainwindow.h"
#include "modeleditor.h"
#include "modelfile.h"
#include "testsupport.h"
#include "validation.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLineEdit>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model sample()
{
    const ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model.has_value());
    return *loaded.model;
}

bool hasEdge(const Model &m, const QString &from, const QString &to, EdgeKind kind)
{
    return std::any_of(m.edges.begin(), m.edges.end(), [&](const Edge &e) { return e.from == from && e.to == to && e.kind == kind; });
}

QString nodeNamed(const Model &m, const QString &name)
{
    for (const Node &n : m.nodes)
        if (n.name == name)
            return n.id;
    return {};
}

} // namespace

TEST(EnrichDialog, ProposesTheMissingOwnersOfTheSampleAndAddsThemInOneUndoableEdit)
{
    ModelEditor editor;
    editor.reset(sample());
    const Model before = editor.model();
    EnrichDialog dialog(&editor, QStringLiteral(ANTRUM_SOURCE_DIR "/data/catalogue"));
    ASSERT_TRUE(dialog.loadError().isEmpty()) << qPrintable(dialog.loadError());
    // The sample records most owners already; the catalogue knows three more (docs/catalogue.md).
    QStringList owners;
    for (const EnrichmentProposal &p : dialog.proposals())
        if (p.kind == EnrichmentProposal::Kind::AddParent)
            owners << p.targetEntryId;
    owners.sort();
    EXPECT_EQ(owners, (QStringList{QStringLiteral("collabora"), QStringLiteral("deutsche-bank"), QStringLiteral("hg")}));
    EXPECT_EQ(dialog.chosenKeys().size(), qsizetype(std::count_if(dialog.proposals().begin(), dialog.proposals().end(),
                                                                   [](const EnrichmentProposal &p) { return p.applicable(); })));

    // Untick Collabora: only the other two owners are added.
    for (const EnrichmentProposal &p : dialog.proposals())
        if (p.targetEntryId == u"collabora")
            dialog.setChosen(p.key, false);
    QString error;
    ASSERT_TRUE(dialog.applyChosen(&error)) << qPrintable(error);
    const Model &after = editor.model();
    EXPECT_TRUE(validateModel(after).empty());
    EXPECT_NE(after.findNode(QStringLiteral("hg")), nullptr);
    EXPECT_NE(after.findNode(QStringLiteral("deutsche-bank")), nullptr);
    EXPECT_EQ(after.findNode(QStringLiteral("collabora")), nullptr);
    EXPECT_TRUE(hasEdge(after, nodeNamed(after, QStringLiteral("Visma AS")), QStringLiteral("hg"), EdgeKind::SubsidiaryOf));
    // Nothing of the model was removed.
    for (const Node &n : before.nodes)
        EXPECT_NE(after.findNode(n.id), nullptr) << n.id.toStdString();
    EXPECT_GE(after.edges.size(), before.edges.size());

    editor.undoStack()->undo();
    EXPECT_EQ(editor.model(), before) << "one undo takes it all back";
}

TEST(EnrichDialog, SaysWhyWhenTheCatalogueCannotBeRead)
{
    ModelEditor editor;
    editor.reset(sample());
    QTemporaryDir empty;
    EnrichDialog dialog(&editor, empty.path());
    EXPECT_FALSE(dialog.loadError().isEmpty());
    EXPECT_TRUE(dialog.proposals().empty());
    QString error;
    EXPECT_FALSE(dialog.applyChosen(&error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(EnrichDialog, AddingASupplierOffersTheCatalogue)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath(QStringLiteral("lindewaard.json"))));
    QAction *add = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == MainWindow::tr("&Add node…"))
            add = a;
    ASSERT_NE(add, nullptr);
    bool checked = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *kind = dialog->findChild<QComboBox *>();
        kind->setCurrentIndex(kind->findData(int(NodeKind::Supplier)));
        const auto edits = dialog->findChildren<QLineEdit *>();
        ASSERT_GE(edits.size(), 2);
        QLineEdit *id = edits[0], *name = edits[1];
        QTest::keyClicks(name, QStringLiteral("Broadc"));
        QCompleter *completer = name->completer();
        ASSERT_NE(completer, nullptr);
        const QStringList offered = qobject_cast<QStringListModel *>(completer->model())->stringList();
        EXPECT_TRUE(offered.contains(QStringLiteral("Broadcom Inc. (US)"))) << qPrintable(offered.join(u'|'));
        Q_EMIT completer->activated(QStringLiteral("Broadcom Inc. (US)"));
        QCoreApplication::processEvents();
        EXPECT_EQ(name->text(), QStringLiteral("Broadcom Inc."));
        EXPECT_EQ(id->text(), QStringLiteral("broadcom"));
        checked = true;
        dialog->reject();
    });
    add->trigger();
    EXPECT_TRUE(checked);
}
