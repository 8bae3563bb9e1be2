// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit command: done, undone and redone gives exactly the models before and after;
// edits that break the format are refused and change nothing; typing merges; signals.
#include "modeleditor.h"
#include "modelfile.h"
#include "randommodel.h"
#include "testsupport.h"
#include "validation.h"

#include <QSignalSpy>

#include <random>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model sample()
{
    ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model);
    return *loaded.model;
}

/// Runs `edit` and checks that undo gives back the model before and redo the one after.
void roundTrip(ModelEditor &editor, const std::function<bool(QString *)> &edit, const char *what)
{
    const Model before = editor.model();
    QString error;
    ASSERT_TRUE(edit(&error)) << what << ": " << qPrintable(error);
    const Model after = editor.model();
    EXPECT_FALSE(after == before) << what << " changed nothing";
    EXPECT_TRUE(validateModel(after).empty()) << what;
    editor.undoStack()->undo();
    EXPECT_TRUE(editor.model() == before) << what << ": undo";
    editor.undoStack()->redo();
    EXPECT_TRUE(editor.model() == after) << what << ": redo";
}

} // namespace

TEST(ModelEditor, EveryCommandUndoesAndRedoesExactly)
{
    ModelEditor editor;
    editor.reset(sample());
    Node added{QStringLiteral("app-new"), NodeKind::Application, QStringLiteral("New application")};
    roundTrip(editor, [&](QString *e) { return editor.addNode(added, e); }, "add node");
    roundTrip(editor, [&](QString *e) { return editor.addEdge(Edge{QStringLiteral("cap-mail"), QStringLiteral("app-new"), EdgeKind::Requires}, e); },
              "add edge");
    roundTrip(editor, [&](QString *e) { return editor.removeEdge(EdgeKey{QStringLiteral("cap-mail"), QStringLiteral("app-new"), EdgeKind::Requires}, e); },
              "remove edge");
    Node renamed = editor.model().nodes[std::size_t(editor.model().nodes.size() - 1)];
    renamed.name = QStringLiteral("Renamed application");
    renamed.criticality = 4;
    roundTrip(editor, [&](QString *e) { return editor.editNode(renamed, e); }, "edit node");
    roundTrip(editor, [&](QString *e) { return editor.renameNode(QStringLiteral("app-exchange"), QStringLiteral("app-mail"), e); },
              "rename (with edges, scenarios and options)");
    roundTrip(editor, [&](QString *e) {
        return editor.setAttribute({QStringLiteral("app-mail"), QStringLiteral("app-sharepoint")}, QStringLiteral("exit_clause"), AttributeValue(true), e);
    }, "bulk attribute");
    roundTrip(editor, [&](QString *e) { return editor.setAttribute({QStringLiteral("app-mail")}, QStringLiteral("exit_clause"), std::nullopt, e); },
              "remove attribute");
    roundTrip(editor, [&](QString *e) { return editor.removeNodes({QStringLiteral("app-new"), QStringLiteral("app-website")}, e); },
              "remove nodes with their edges");
    // A redundancy group: cap-mail needs one of two applications.
    ASSERT_TRUE(editor.addEdge(Edge{QStringLiteral("cap-mail"), QStringLiteral("app-alt-nextcloud"), EdgeKind::Requires}));
    roundTrip(editor, [&](QString *e) {
        return editor.setRedundancyGroup(QStringLiteral("cap-mail"), QStringLiteral("mailbox"), {QStringLiteral("app-mail"), QStringLiteral("app-alt-nextcloud")}, 1, e);
    }, "redundancy group");
    roundTrip(editor, [&](QString *e) { return editor.setRedundancyGroup(QStringLiteral("cap-mail"), QStringLiteral("mailbox"), {}, 1, e); },
              "dissolve group");
    // Undo everything: the sample as it was.
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    EXPECT_TRUE(editor.model() == sample());
}

TEST(ModelEditor, EditsThatBreakTheFormatAreRefusedAndChangeNothing)
{
    ModelEditor editor;
    editor.reset(sample());
    const Model before = editor.model();
    QString error;
    EXPECT_FALSE(editor.addNode(Node{QStringLiteral("cap-mail"), NodeKind::Capability, QStringLiteral("x")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cap-mail")));
    EXPECT_FALSE(editor.addEdge(Edge{QStringLiteral("NL"), QStringLiteral("cap-mail"), EdgeKind::ProvidedBy}, &error)); // kinds do not fit
    EXPECT_FALSE(editor.addEdge(Edge{QStringLiteral("cap-mail"), QStringLiteral("ghost"), EdgeKind::Requires}, &error));
    EXPECT_FALSE(editor.renameNode(QStringLiteral("cap-mail"), QStringLiteral("cap-office"), &error));
    EXPECT_FALSE(editor.removeNodes({QStringLiteral("US")}, &error)); // a scenario fails it
    EXPECT_TRUE(error.contains(QStringLiteral("scenario"))) << qPrintable(error);
    EXPECT_FALSE(editor.setRedundancyGroup(QStringLiteral("cap-mail"), QStringLiteral("g"), {QStringLiteral("NL")}, 1, &error));
    Node bad = editor.model().nodes.front();
    bad.criticality = 9;
    EXPECT_FALSE(editor.editNode(bad, &error));
    EXPECT_FALSE(editor.setAttribute({QStringLiteral("app-exchange")}, QStringLiteral("license"), AttributeValue(QStringLiteral("freeware")), &error));
    EXPECT_TRUE(editor.model() == before);
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

TEST(ModelEditor, TypingANameIsOneUndoStepAndSignalsAnnounceEachChange)
{
    ModelEditor editor;
    editor.reset(sample());
    const QString original = editor.model().nodes.front().name;
    QSignalSpy changed(&editor, &ModelEditor::nodeChanged);
    for (const QString &typed : {QStringLiteral("E"), QStringLiteral("E-"), QStringLiteral("E-m"), QStringLiteral("E-mail")}) {
        Node n = editor.model().nodes.front();
        n.name = typed;
        ASSERT_TRUE(editor.editNode(n));
    }
    EXPECT_EQ(editor.undoStack()->count(), 1);
    EXPECT_EQ(changed.count(), 4);
    editor.undoStack()->undo();
    EXPECT_EQ(editor.model().nodes.front().name, original);

    QSignalSpy added(&editor, &ModelEditor::nodeAdded), removed(&editor, &ModelEditor::nodeRemoved),
        edgeOut(&editor, &ModelEditor::edgeRemoved), renamed(&editor, &ModelEditor::nodeRenamed);
    ASSERT_TRUE(editor.removeNodes({QStringLiteral("app-website")}));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_GE(edgeOut.count(), 1);
    editor.undoStack()->undo();
    EXPECT_EQ(added.count(), 1);
    ASSERT_TRUE(editor.renameNode(QStringLiteral("app-website"), QStringLiteral("app-site")));
    ASSERT_EQ(renamed.count(), 1);
    EXPECT_EQ(renamed.at(0).at(1).toString(), QStringLiteral("app-site"));
}

TEST(ModelEditor, RandomEditSequencesUndoToTheStartAndRedoToTheEnd)
{
    std::mt19937 rng(9);
    for (unsigned seed = 1; seed <= 60; ++seed) {
        test::RandomModelGenerator generator(seed);
        const Model start = generator.generate();
        ModelEditor editor;
        editor.reset(start);
        int done = 0;
        for (int step = 0; step < 25; ++step) {
            const Model &m = editor.model();
            std::uniform_int_distribution<int> pick(0, int(m.nodes.size()) - 1), what(0, 5);
            const Node &n = m.nodes[std::size_t(pick(rng))];
            bool ok = false;
            switch (what(rng)) {
            case 0:
                ok = editor.addNode(Node{QStringLiteral("x%1").arg(step), NodeKind::Application, QStringLiteral("X")});
                break;
            case 1:
                ok = editor.removeNodes({n.id});
                break;
            case 2: {
                Node c = n;
                c.name += QStringLiteral("!");
                c.failureProbability = 0.5;
                ok = editor.editNode(c);
                break;
            }
            case 3:
                ok = editor.renameNode(n.id, n.id + QStringLiteral("-r"));
                break;
            case 4: {
                const Node &to = m.nodes[std::size_t(pick(rng))];
                for (int k = 0; k < EdgeKindCount && !ok; ++k)
                    ok = editor.addEdge(Edge{n.id, to.id, EdgeKind(k)});
                break;
            }
            case 5:
                ok = !m.edges.empty() && editor.removeEdge(m.edges[std::size_t(pick(rng)) % m.edges.size()].key());
                break;
            }
            done += ok;
            EXPECT_TRUE(validateModel(editor.model()).empty()) << seed;
        }
        const Model end = editor.model();
        while (editor.undoStack()->canUndo())
            editor.undoStack()->undo();
        EXPECT_TRUE(editor.model() == start) << seed << " after " << done << " edits";
        while (editor.undoStack()->canRedo())
            editor.undoStack()->redo();
        EXPECT_TRUE(editor.model() == end) << seed;
    }
}

TEST(ModelEditor, ReplacingTheWholeModelIsOneUndoableStep)
{
    ModelEditor editor;
    editor.reset(sample());
    Model other = sample();
    other.name = QStringLiteral("Recovered");
    QSignalSpy replaced(&editor, &ModelEditor::modelReplaced);
    roundTrip(editor, [&](QString *e) { return editor.replaceAll(other, QStringLiteral("recover"), e); }, "replace all");
    EXPECT_EQ(replaced.count(), 3); // do, undo, redo
    Model broken = sample();
    broken.edges.push_back(broken.edges.front()); // a duplicate edge
    EXPECT_FALSE(editor.replaceAll(broken, QStringLiteral("bad")));
}
