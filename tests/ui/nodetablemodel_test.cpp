// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetablemodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model smallModel()
{
    Model model;
    model.name = QStringLiteral("m");
    Node mail{QStringLiteral("cap-mail"), NodeKind::Capability, QStringLiteral("E-mail")};
    mail.criticality = 5;
    Node app{QStringLiteral("app"), NodeKind::Application, QStringLiteral("Mail app")};
    app.attributes[QStringLiteral("annual_cost")] = 1200.0;
    Node app2{QStringLiteral("app2"), NodeKind::Application, QStringLiteral("Other app")};
    model.nodes = {mail, app, app2, {QStringLiteral("NL"), NodeKind::Jurisdiction, QStringLiteral("Nederland")}};
    return model;
}

} // namespace

TEST(NodeTableModel, PassesItemModelTester)
{
    const Model model = smallModel();
    NodeTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.setModel(&model);
    EXPECT_EQ(table.rowCount(), 4);
    table.setModel(&model, NodeKind::Application);
    EXPECT_EQ(table.rowCount(), 2);
    table.setModel(nullptr);
    EXPECT_EQ(table.rowCount(), 0);
}

TEST(NodeTableModel, UnknownIsNotZero)
{
    const Model model = smallModel();
    NodeTableModel table;
    table.setModel(&model, NodeKind::Application);
    const QModelIndex known = table.index(table.rowOf(QStringLiteral("app")), NodeTableModel::AnnualCost);
    const QModelIndex unknown = table.index(table.rowOf(QStringLiteral("app2")), NodeTableModel::AnnualCost);
    EXPECT_TRUE(known.data().toString().contains(u'€'));
    EXPECT_EQ(unknown.data().toString(), QStringLiteral("unknown"));
    EXPECT_TRUE(unknown.data(Qt::FontRole).value<QFont>().italic());
    // Unknown sorts after every known value.
    EXPECT_GT(unknown.data(NodeTableModel::SortRole).toDouble(),
              known.data(NodeTableModel::SortRole).toDouble());
}

TEST(NodeTableModel, CapabilityCriticalityDefaultsToThree)
{
    Model model = smallModel();
    model.nodes[0].criticality.reset();
    NodeTableModel table;
    table.setModel(&model, NodeKind::Capability);
    EXPECT_EQ(table.index(0, NodeTableModel::Criticality).data(NodeTableModel::SortRole).toDouble(), 3.0);
    EXPECT_EQ(table.nodeAt(0)->id, QStringLiteral("cap-mail"));
    EXPECT_EQ(table.nodeAt(5), nullptr);
}
