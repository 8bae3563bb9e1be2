// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeleditor.h"

#include "validation.h"

#include <QUndoCommand>

#include <algorithm>
#include <set>

namespace antrum {

namespace {

/// One edit on the undo stack: a Change applied forward (redo) or backward (undo).
class EditCommand : public QUndoCommand {
public:
    EditCommand(ModelEditor *editor, ModelEditor::Change change, const QString &text, int mergeId)
        : QUndoCommand(text), m_editor(editor), m_change(std::move(change)), m_mergeId(mergeId)
    {
    }
    void redo() override { m_editor->apply(m_change, true); }
    void undo() override { m_editor->apply(m_change, false); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        if (m_change.mergeKey.isEmpty() || next->m_change.mergeKey != m_change.mergeKey)
            return false;
        // Typing on: keep the first "before", take the latest "after".
        m_change.nodes.front().after = next->m_change.nodes.front().after;
        return true;
    }

private:
    ModelEditor *m_editor;
    ModelEditor::Change m_change;
    int m_mergeId;
};

constexpr int MergeNodeEdit = 1;

int positionOf(const Model &model, const QString &id)
{
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        if (model.nodes[i].id == id)
            return int(i);
    }
    return -1;
}

/// Every use of an id: nodes, edges, scenarios, options, home jurisdictions.
void renameEverywhere(Model &model, const QString &from, const QString &to)
{
    const auto swap = [&](QString &id) {
        if (id == from)
            id = to;
    };
    for (Node &n : model.nodes)
        swap(n.id);
    for (Edge &e : model.edges) {
        swap(e.from);
        swap(e.to);
    }
    for (Scenario &s : model.scenarios) {
        for (Event &e : s.events) {
            swap(e.node);
            swap(e.parent);
        }
    }
    for (Option &o : model.options) {
        for (QString &id : o.removeNodes)
            swap(id);
        for (EdgeKey &k : o.removeEdges) {
            swap(k.from);
            swap(k.to);
        }
        for (Edge &e : o.addEdges) {
            swap(e.from);
            swap(e.to);
        }
    }
    if (model.homeJurisdictions) {
        for (QString &id : *model.homeJurisdictions)
            swap(id);
    }
}

/// Where else than in edges a node is named: scenarios, options, the home list.
QStringList usesOutsideEdges(const Model &model, const QString &id)
{
    QStringList uses;
    for (const Scenario &s : model.scenarios) {
        for (const Event &e : s.events) {
            if (e.node == id || e.parent == id) {
                uses << ModelEditor::tr("scenario \"%1\"").arg(s.name);
                break;
            }
        }
    }
    for (const Option &o : model.options) {
        bool used = o.removeNodes.contains(id);
        for (const EdgeKey &k : o.removeEdges)
            used = used || k.from == id || k.to == id;
        for (const Edge &e : o.addEdges)
            used = used || e.from == id || e.to == id;
        if (used)
            uses << ModelEditor::tr("option \"%1\"").arg(o.name);
    }
    if (model.homeJurisdictions && model.homeJurisdictions->contains(id))
        uses << ModelEditor::tr("the home jurisdictions");
    return uses;
}

} // namespace

ModelEditor::ModelEditor(QObject *parent) : QObject(parent)
{
    m_undo.setUndoLimit(500);
}

void ModelEditor::reset(Model model)
{
    m_model = std::move(model);
    m_undo.clear();
    Q_EMIT modelReset();
}

void ModelEditor::apply(const Change &change, bool forward)
{
    if (change.whole) {
        m_model = forward ? change.whole->second : change.whole->first;
        Q_EMIT modelReplaced();
        return;
    }
    if (change.rename) {
        const auto &[from, to] = *change.rename;
        renameEverywhere(m_model, forward ? from : to, forward ? to : from);
        Q_EMIT nodeRenamed(forward ? from : to, forward ? to : from);
        return;
    }
    std::vector<QString> added, removed, changed;
    std::vector<EdgeKey> edgesIn, edgesOut;
    if (forward) {
        // Nodes: replaced in place; removed from the back, so positions stay right; added last.
        std::vector<const Change::NodeChange *> removals;
        for (const Change::NodeChange &c : change.nodes) {
            if (c.before && c.after) {
                m_model.nodes[c.position] = *c.after;
                changed.push_back(c.after->id);
            } else if (c.before) {
                removals.push_back(&c);
            }
        }
        std::sort(removals.begin(), removals.end(), [](auto *a, auto *b) { return a->position > b->position; });
        for (const Change::NodeChange *c : removals) {
            m_model.nodes.erase(m_model.nodes.begin() + std::ptrdiff_t(c->position));
            removed.push_back(c->before->id);
        }
        for (const Change::NodeChange &c : change.nodes) {
            if (!c.before && c.after) {
                m_model.nodes.insert(m_model.nodes.begin() + std::ptrdiff_t(std::min(c.position, m_model.nodes.size())), *c.after);
                added.push_back(c.after->id);
            }
        }
        std::vector<std::pair<std::size_t, Edge>> edgeRemovals = change.edgesRemoved;
        std::sort(edgeRemovals.begin(), edgeRemovals.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[position, edge] : edgeRemovals) {
            m_model.edges.erase(m_model.edges.begin() + std::ptrdiff_t(position));
            edgesOut.push_back(edge.key());
        }
        for (const auto &[position, pair] : change.edgesChanged) {
            m_model.edges[position] = pair.second;
            edgesOut.push_back(pair.first.key());
            edgesIn.push_back(pair.second.key());
        }
        for (const Edge &e : change.edgesAdded) {
            m_model.edges.push_back(e);
            edgesIn.push_back(e.key());
        }
    } else {
        for (std::size_t i = 0; i < change.edgesAdded.size(); ++i) {
            edgesOut.push_back(m_model.edges.back().key());
            m_model.edges.pop_back();
        }
        for (const auto &[position, pair] : change.edgesChanged) {
            m_model.edges[position] = pair.first;
            edgesOut.push_back(pair.second.key());
            edgesIn.push_back(pair.first.key());
        }
        std::vector<std::pair<std::size_t, Edge>> edgeRemovals = change.edgesRemoved;
        std::sort(edgeRemovals.begin(), edgeRemovals.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[position, edge] : edgeRemovals) {
            m_model.edges.insert(m_model.edges.begin() + std::ptrdiff_t(position), edge);
            edgesIn.push_back(edge.key());
        }
        // Nodes added forward go first (they sit at their positions), then removed ones come
        // back in ascending order.
        std::vector<const Change::NodeChange *> insertions;
        for (const Change::NodeChange &c : change.nodes) {
            if (!c.before && c.after) {
                m_model.nodes.erase(m_model.nodes.begin() + std::ptrdiff_t(positionOf(m_model, c.after->id)));
                removed.push_back(c.after->id);
            } else if (c.before && c.after) {
                m_model.nodes[c.position] = *c.before;
                changed.push_back(c.before->id);
            } else if (c.before) {
                insertions.push_back(&c);
            }
        }
        std::sort(insertions.begin(), insertions.end(), [](auto *a, auto *b) { return a->position < b->position; });
        for (const Change::NodeChange *c : insertions) {
            m_model.nodes.insert(m_model.nodes.begin() + std::ptrdiff_t(c->position), *c->before);
            added.push_back(c->before->id);
        }
    }
    for (const EdgeKey &k : edgesOut)
        Q_EMIT edgeRemoved(k);
    for (const QString &id : removed)
        Q_EMIT nodeRemoved(id);
    for (const QString &id : added)
        Q_EMIT nodeAdded(id);
    for (const QString &id : changed)
        Q_EMIT nodeChanged(id);
    for (const EdgeKey &k : edgesIn)
        Q_EMIT edgeAdded(k);
}

bool ModelEditor::push(Change change, const QString &text, int mergeId, QString *error)
{
    // Try it on a copy first: an edit that breaks a rule of the format changes nothing.
    ModelEditor trial;
    trial.m_model = m_model;
    trial.apply(change, true);
    const Diagnostics problems = validateModel(trial.m_model);
    if (!problems.empty()) {
        if (error)
            *error = problems.front().path.isEmpty() ? problems.front().message
                                                     : problems.front().path + QStringLiteral(": ") + problems.front().message;
        return false;
    }
    m_undo.push(new EditCommand(this, std::move(change), text, mergeId));
    return true;
}

bool ModelEditor::replaceAll(Model model, const QString &text, QString *error)
{
    if (model == m_model)
        return true;
    Change change;
    change.whole = std::make_shared<const std::pair<Model, Model>>(m_model, std::move(model));
    return push(std::move(change), text, 0, error);
}

bool ModelEditor::addNode(const Node &node, QString *error)
{
    if (positionOf(m_model, node.id) >= 0) {
        if (error)
            *error = tr("the id \"%1\" is already in use").arg(node.id);
        return false;
    }
    Change change;
    change.nodes.push_back({m_model.nodes.size(), std::nullopt, node});
    return push(std::move(change), tr("Add %1").arg(node.name), 0, error);
}

bool ModelEditor::removeNodes(const QStringList &ids, QString *error)
{
    Change change;
    const std::set<QString> gone(ids.begin(), ids.end());
    for (const QString &id : gone) {
        const int at = positionOf(m_model, id);
        if (at < 0) {
            if (error)
                *error = tr("there is no node \"%1\"").arg(id);
            return false;
        }
        const QStringList uses = usesOutsideEdges(m_model, id);
        if (!uses.isEmpty()) {
            if (error)
                *error = tr("%1 is still used by %2").arg(id, uses.join(QStringLiteral(", ")));
            return false;
        }
        change.nodes.push_back({std::size_t(at), m_model.nodes[std::size_t(at)], std::nullopt});
    }
    for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
        const Edge &e = m_model.edges[i];
        if (gone.count(e.from) || gone.count(e.to))
            change.edgesRemoved.push_back({i, e});
    }
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(ids.first()) : tr("Delete %1 nodes").arg(ids.size());
    return push(std::move(change), text, 0, error);
}

bool ModelEditor::editNode(const Node &changed, QString *error)
{
    const int at = positionOf(m_model, changed.id);
    if (at < 0) {
        if (error)
            *error = tr("there is no node \"%1\"").arg(changed.id);
        return false;
    }
    const Node &before = m_model.nodes[std::size_t(at)];
    if (before == changed)
        return true;
    QStringList fields;
    if (before.name != changed.name)
        fields << QStringLiteral("name");
    if (before.kind != changed.kind)
        fields << QStringLiteral("kind");
    if (before.criticality != changed.criticality)
        fields << QStringLiteral("criticality");
    if (before.mtdHours != changed.mtdHours)
        fields << QStringLiteral("mtd_hours");
    if (before.failureProbability != changed.failureProbability)
        fields << QStringLiteral("failure_probability");
    if (before.redundancy != changed.redundancy)
        fields << QStringLiteral("redundancy");
    if (before.attributes != changed.attributes)
        fields << QStringLiteral("attributes");
    Change change;
    change.nodes.push_back({std::size_t(at), before, changed});
    change.mergeKey = changed.id + u':' + fields.join(u',');
    return push(std::move(change), tr("Edit %1").arg(changed.name), MergeNodeEdit, error);
}

bool ModelEditor::renameNode(const QString &id, const QString &newId, QString *error)
{
    if (positionOf(m_model, id) < 0) {
        if (error)
            *error = tr("there is no node \"%1\"").arg(id);
        return false;
    }
    if (newId == id)
        return true;
    if (positionOf(m_model, newId) >= 0) {
        if (error)
            *error = tr("the id \"%1\" is already in use").arg(newId);
        return false;
    }
    Change change;
    change.rename = std::pair(id, newId);
    return push(std::move(change), tr("Rename %1 to %2").arg(id, newId), 0, error);
}

bool ModelEditor::addEdge(const Edge &edge, QString *error)
{
    Change change;
    change.edgesAdded.push_back(edge);
    return push(std::move(change), tr("Link %1 to %2").arg(edge.from, edge.to), 0, error);
}

bool ModelEditor::removeEdge(const EdgeKey &key, QString *error)
{
    for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
        if (m_model.edges[i].key() == key) {
            Change change;
            change.edgesRemoved.push_back({i, m_model.edges[i]});
            return push(std::move(change), tr("Unlink %1 from %2").arg(key.from, key.to), 0, error);
        }
    }
    if (error)
        *error = tr("there is no %1 edge from %2 to %3").arg(toString(key.kind), key.from, key.to);
    return false;
}

bool ModelEditor::setAttribute(const QStringList &ids, const QString &key, const std::optional<AttributeValue> &value, QString *error)
{
    Change change;
    for (const QString &id : ids) {
        const int at = positionOf(m_model, id);
        if (at < 0) {
            if (error)
                *error = tr("there is no node \"%1\"").arg(id);
            return false;
        }
        Node after = m_model.nodes[std::size_t(at)];
        if (value)
            after.attributes[key] = *value;
        else
            after.attributes.erase(key);
        if (after != m_model.nodes[std::size_t(at)])
            change.nodes.push_back({std::size_t(at), m_model.nodes[std::size_t(at)], after});
    }
    if (change.nodes.empty())
        return true;
    const QString text = ids.size() == 1 ? tr("Set %1 of %2").arg(key, ids.first()) : tr("Set %1 of %2 nodes").arg(key).arg(ids.size());
    return push(std::move(change), text, 0, error);
}

bool ModelEditor::setRedundancyGroup(const QString &owner, const QString &group, const QStringList &members, int k, QString *error)
{
    const int at = positionOf(m_model, owner);
    if (at < 0 || group.isEmpty()) {
        if (error)
            *error = at < 0 ? tr("there is no node \"%1\"").arg(owner) : tr("a redundancy group needs a name");
        return false;
    }
    const std::set<QString> wanted(members.begin(), members.end());
    std::set<QString> found;
    Change change;
    for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
        const Edge &e = m_model.edges[i];
        if (e.from != owner || !isDependency(e.kind))
            continue;
        Edge after = e;
        if (wanted.count(e.to)) {
            after.group = group;
            found.insert(e.to);
        } else if (e.group == group) {
            after.group.clear();
        }
        if (!(after == e))
            change.edgesChanged.push_back({i, {e, after}});
    }
    for (const QString &m : wanted) {
        if (!found.count(m)) {
            if (error)
                *error = tr("%1 does not depend on %2: link them first").arg(owner, m);
            return false;
        }
    }
    Node node = m_model.nodes[std::size_t(at)];
    if (wanted.empty())
        node.redundancy.erase(group);
    else
        node.redundancy[group] = k;
    if (!(node == m_model.nodes[std::size_t(at)]))
        change.nodes.push_back({std::size_t(at), m_model.nodes[std::size_t(at)], node});
    if (change.nodes.empty() && change.edgesChanged.empty())
        return true;
    return push(std::move(change), tr("Group %1 of %2").arg(group, owner), 0, error);
}

} // namespace antrum
