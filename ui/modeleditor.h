// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace antrum {

/// The open model and every edit a person can make to it. Widgets never change the model
/// themselves: they call this small command API; each call is one QUndoCommand on the
/// editor's own QUndoStack (undo and redo for everything), and each change is announced by
/// one of the typed signals below, which the item models, the graph view and the charts
/// follow.
///
/// An edit that would break a rule of model-format.md (an id used twice, an edge of a kind
/// that cannot join those nodes, a k larger than its group, a node still referred to) is
/// refused: the call returns false and says why in `error`, and nothing changes.
class ModelEditor : public QObject {
    Q_OBJECT
public:
    explicit ModelEditor(QObject *parent = nullptr);

    const Model &model() const { return m_model; }
    QUndoStack *undoStack() { return &m_undo; }
    /// Replaces the whole model (a file opened, a new model): clears the undo history.
    void reset(Model model);
    /// Replaces the whole model as one undoable step (recovered changes, an import into the
    /// open document). Refused, like every edit, if the new model breaks the format.
    bool replaceAll(Model model, const QString &text, QString *error = nullptr);

    bool addNode(const Node &node, QString *error = nullptr);
    /// Removes the nodes and every edge that touches them, as one step.
    bool removeNodes(const QStringList &ids, QString *error = nullptr);
    /// Replaces a node's fields (not its id). Consecutive edits of the same field of the same
    /// node merge into one undo step (typing a name is one step, not one per letter).
    bool editNode(const Node &changed, QString *error = nullptr);
    /// Gives a node a new id everywhere it is used: edges, scenarios, options, home list.
    bool renameNode(const QString &id, const QString &newId, QString *error = nullptr);
    bool addEdge(const Edge &edge, QString *error = nullptr);
    bool removeEdge(const EdgeKey &key, QString *error = nullptr);
    /// Sets (or, with nullopt, removes) one attribute on several nodes at once: bulk edit.
    bool setAttribute(const QStringList &ids, const QString &key, const std::optional<AttributeValue> &value,
                      QString *error = nullptr);
    /// Makes `members` (targets of `owner`'s existing dependency edges) the redundancy group
    /// `group` with threshold `k`; edges of the group not among `members` leave it. An empty
    /// member list dissolves the group.
    bool setRedundancyGroup(const QString &owner, const QString &group, const QStringList &members, int k,
                            QString *error = nullptr);

    /// What the commands call; public for the commands, not for widgets.
    struct Change;
    void apply(const Change &change, bool forward);

Q_SIGNALS:
    void modelReset();
    /// The whole model was replaced by an undoable step (or its undo).
    void modelReplaced();
    void nodeAdded(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id);
    void nodeRenamed(const QString &oldId, const QString &newId);
    void edgeAdded(const antrum::EdgeKey &key);
    void edgeRemoved(const antrum::EdgeKey &key);

private:
    bool push(Change change, const QString &text, int mergeId, QString *error);

    Model m_model;
    QUndoStack m_undo;
};

/// One edit as a before and an after of what it touches: nodes by id (absent = not there),
/// edges (removed ones with their positions), and, for renames, the whole model's id use.
struct ModelEditor::Change {
    struct NodeChange {
        std::size_t position = 0; ///< in Model::nodes (before removal; after insertion)
        std::optional<Node> before, after;
    };
    std::vector<NodeChange> nodes;
    std::vector<std::pair<std::size_t, Edge>> edgesRemoved; ///< position before removal, edge
    std::vector<Edge> edgesAdded;                           ///< appended
    std::vector<std::pair<std::size_t, std::pair<Edge, Edge>>> edgesChanged; ///< position, before, after
    std::optional<std::pair<QString, QString>> rename; ///< old id, new id
    std::shared_ptr<const std::pair<Model, Model>> whole; ///< the whole model before and after
    QString mergeKey; ///< for merging consecutive edits of one field
};

} // namespace antrum
