// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetablemodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace antrum {

NodeTableModel::NodeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void NodeTableModel::setModel(const Model *model, std::optional<NodeKind> kind)
{
    beginResetModel();
    m_model = model;
    m_kind = kind;
    m_rows.clear();
    if (m_model) {
        for (std::size_t i = 0; i < m_model->nodes.size(); ++i) {
            if (!m_kind || m_model->nodes[i].kind == *m_kind)
                m_rows.push_back(int(i));
        }
    }
    endResetModel();
}

const Node *NodeTableModel::nodeAt(int row) const
{
    if (!m_model || row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_model->nodes[std::size_t(m_rows[std::size_t(row)])];
}

int NodeTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (nodeAt(row)->id == id)
            return row;
    }
    return -1;
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NodeTableModel::kindLabel(NodeKind kind, bool plural)
{
    switch (kind) {
    case NodeKind::Capability:
        return plural ? tr("Capabilities") : tr("Capability");
    case NodeKind::Application:
        return plural ? tr("Applications") : tr("Application");
    case NodeKind::Supplier:
        return plural ? tr("Suppliers") : tr("Supplier");
    case NodeKind::Host:
        return plural ? tr("Hosts") : tr("Host");
    case NodeKind::Jurisdiction:
        return plural ? tr("Jurisdictions") : tr("Jurisdiction");
    }
    return {};
}

QString NodeTableModel::edgeKindLabel(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Requires:
        return tr("requires");
    case EdgeKind::ProvidedBy:
        return tr("provided by");
    case EdgeKind::HostedOn:
        return tr("hosted on");
    case EdgeKind::OperatedBy:
        return tr("operated by");
    case EdgeKind::SubcontractsTo:
        return tr("subcontracts to");
    case EdgeKind::SubsidiaryOf:
        return tr("subsidiary of");
    case EdgeKind::IncorporatedIn:
        return tr("incorporated in");
    case EdgeKind::LocatedIn:
        return tr("located in");
    case EdgeKind::AlternativeFor:
        return tr("alternative for");
    }
    return {};
}

namespace {

/// The value of a column as a number, or nullopt when unknown (not set in the model).
std::optional<double> numeric(const Node &node, int column)
{
    switch (column) {
    case NodeTableModel::Criticality:
        if (node.kind == NodeKind::Capability)
            return node.effectiveCriticality();
        return node.criticality ? std::optional<double>(*node.criticality) : std::nullopt;
    case NodeTableModel::MtdHours:
        return node.mtdHours;
    case NodeTableModel::FailureProbability:
        return node.failureProbability;
    case NodeTableModel::AnnualCost: {
        const auto it = node.attributes.find(QStringLiteral("annual_cost"));
        if (it != node.attributes.end()) {
            if (const double *value = std::get_if<double>(&it->second))
                return *value;
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    const Node *node = index.isValid() ? nodeAt(index.row()) : nullptr;
    if (!node)
        return {};
    const int column = index.column();
    const bool textColumn = column == Id || column == Name || column == Kind;
    const std::optional<double> number = textColumn ? std::nullopt : numeric(*node, column);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return node->id;
        case Name:
            return node->name;
        case Kind:
            return kindLabel(node->kind);
        default:
            if (!number)
                return tr("unknown");
            if (column == AnnualCost)
                return QLocale().toCurrencyString(*number, QStringLiteral("€"), 0);
            if (column == FailureProbability)
                return QLocale().toString(*number, 'g', 3);
            return QLocale().toString(*number, 'g', 6);
        }
    case SortRole:
        if (textColumn)
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        return number ? QVariant(*number) : QVariant(std::numeric_limits<double>::infinity());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(textColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                              : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!textColumn && !number) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!textColumn && !number)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (!textColumn && !number)
            return tr("Not recorded in the model");
        return {};
    default:
        return {};
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Criticality:
        return tr("Criticality");
    case MtdHours:
        return tr("Max. downtime (h)");
    case FailureProbability:
        return tr("Failure probability");
    case AnnualCost:
        return tr("Annual cost");
    default:
        return {};
    }
}

} // namespace antrum
