// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Enrich from the catalogue (ui/enrichdialog): what it proposes for the sample, that
// accepting is one undoable edit, and a catalogue that cannot be read.
#include "enrichdialog.h"
#include "modeleditor.h"
#include "modelfile.h"
#include "testsupport.h"
#include "validation.h"

#include <QTemporaryDir>
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
