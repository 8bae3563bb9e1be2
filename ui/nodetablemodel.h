// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QAbstractTableModel>

#include <optional>

namespace antrum {

/// The nodes of a model as a table, optionally only those of one kind. Unknown values
/// (attributes that are not set) are shown as "unknown", never as zero.
class NodeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Kind, Criticality, MtdHours, FailureProbability, AnnualCost, ColumnCount };
    /// Sorting uses this role: numbers as numbers, unknown last.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit NodeTableModel(QObject *parent = nullptr);

    /// Shows `model` (not owned; must outlive this table or be replaced first).
    void setModel(const Model *model, std::optional<NodeKind> kind = std::nullopt);
    std::optional<NodeKind> kind() const { return m_kind; }

    /// The node shown in `row`, or nullptr.
    const Node *nodeAt(int row) const;
    /// The row of the node with `id`, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(NodeKind kind, bool plural = false);
    /// An edge kind in words ("provided by"), translated.
    static QString edgeKindLabel(EdgeKind kind);

private:
    const Model *m_model = nullptr;
    std::optional<NodeKind> m_kind;
    std::vector<int> m_rows; ///< indices into m_model->nodes
};

} // namespace antrum
