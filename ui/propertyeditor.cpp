// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertyeditor.h"

#include "modeleditor.h"
#include "nodetablemodel.h"

#include <QComboBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <limits>

namespace antrum {

namespace {

/// A spin box whose lowest value means "not set": it reads "unknown".
QDoubleSpinBox *unknownableSpin(QWidget *parent, double max, int decimals, const QString &suffix = {})
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(-1, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(PropertyEditor::tr("unknown"));
    spin->setValue(-1);
    spin->setKeyboardTracking(false);
    return spin;
}

/// A choice with "unknown" first; the item data are the format's values.
QComboBox *choice(QWidget *parent, const QList<std::pair<QString, QVariant>> &items)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(PropertyEditor::tr("unknown"), QVariant());
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    return combo;
}

void setNodeAttribute(Node &node, const QString &key, const QVariant &value)
{
    if (!value.isValid()) {
        node.attributes.erase(key);
    } else if (value.typeId() == QMetaType::Bool) {
        node.attributes[key] = value.toBool();
    } else if (value.typeId() == QMetaType::Double) {
        node.attributes[key] = value.toDouble();
    } else {
        node.attributes[key] = value.toString();
    }
}

} // namespace

PropertyEditor::PropertyEditor(ModelEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("propertyEditor"));
    m_form = new QFormLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_form->addRow(m_title);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_criticality = new QSpinBox(this);
    m_criticality->setObjectName(QStringLiteral("criticality"));
    m_criticality->setRange(0, 5);
    m_criticality->setSpecialValueText(tr("not set (3)"));
    m_mtd = unknownableSpin(this, 1e6, 1, tr(" h"));
    m_mtd->setObjectName(QStringLiteral("mtdHours"));
    m_failure = unknownableSpin(this, 1, 4);
    m_failure->setObjectName(QStringLiteral("failureProbability"));
    m_failure->setSingleStep(0.001);
    m_license = choice(this, {{tr("open source"), QStringLiteral("open_source")}, {tr("proprietary"), QStringLiteral("proprietary")}});
    m_license->setObjectName(QStringLiteral("license"));
    m_deployment = choice(this, {{tr("on premises"), QStringLiteral("on_prem")},
                                 {tr("infrastructure as a service"), QStringLiteral("iaas")},
                                 {tr("platform as a service"), QStringLiteral("paas")},
                                 {tr("software as a service"), QStringLiteral("saas")}});
    m_deployment->setObjectName(QStringLiteral("deployment"));
    m_portability = unknownableSpin(this, 1, 2);
    m_portability->setObjectName(QStringLiteral("dataPortability"));
    m_portability->setSingleStep(0.05);
    m_annualCost = unknownableSpin(this, 1e12, 0, tr(" EUR"));
    m_annualCost->setObjectName(QStringLiteral("annualCost"));
    m_annualCost->setSingleStep(1000);
    m_exitClause = choice(this, {{tr("yes"), true}, {tr("no"), false}});
    m_exitClause->setObjectName(QStringLiteral("exitClause"));
    m_dataReturn = choice(this, {{tr("yes"), true}, {tr("no"), false}});
    m_dataReturn->setObjectName(QStringLiteral("dataReturnClause"));
    m_notice = unknownableSpin(this, 1200, 0, tr(" months"));
    m_notice->setObjectName(QStringLiteral("noticeMonths"));
    m_contractEnd = new QLineEdit(this);
    m_contractEnd->setObjectName(QStringLiteral("contractEnd"));
    m_contractEnd->setPlaceholderText(tr("unknown (YYYY-MM-DD)"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));

    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("&Criticality"), m_criticality);
    m_form->addRow(tr("Max. tolerable &downtime"), m_mtd);
    m_form->addRow(tr("&Failure probability per year"), m_failure);
    m_form->addRow(tr("&Licence"), m_license);
    m_form->addRow(tr("De&ployment"), m_deployment);
    m_form->addRow(tr("Data &portability (0-1)"), m_portability);
    m_form->addRow(tr("&Annual cost"), m_annualCost);
    m_form->addRow(tr("&Exit clause"), m_exitClause);
    m_form->addRow(tr("Data-&return clause"), m_dataReturn);
    m_form->addRow(tr("N&otice period"), m_notice);
    m_form->addRow(tr("Contract &ends"), m_contractEnd);
    m_form->addRow(m_error);

    // Typing a name is one undo step (the editor merges it); the rest commits when done.
    connect(m_name, &QLineEdit::textEdited, this, &PropertyEditor::commit);
    connect(m_contractEnd, &QLineEdit::editingFinished, this, &PropertyEditor::commit);
    for (QSpinBox *spin : {m_criticality})
        connect(spin, &QSpinBox::valueChanged, this, &PropertyEditor::commit);
    for (QDoubleSpinBox *spin : {m_mtd, m_failure, m_portability, m_annualCost, m_notice})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PropertyEditor::commit);
    for (QComboBox *combo : {m_license, m_deployment, m_exitClause, m_dataReturn})
        connect(combo, &QComboBox::currentIndexChanged, this, &PropertyEditor::commit);

    connect(m_editor, &ModelEditor::nodeChanged, this, [this](const QString &id) {
        if (id == m_id)
            load();
    });
    connect(m_editor, &ModelEditor::modelReplaced, this, &PropertyEditor::load);
    connect(m_editor, &ModelEditor::modelReset, this, [this] { showNode(QString()); });
    connect(m_editor, &ModelEditor::nodeRemoved, this, [this](const QString &id) {
        if (id == m_id)
            showNode(QString());
    });
    connect(m_editor, &ModelEditor::nodeRenamed, this, &PropertyEditor::nodeRenamed);
    showNode(QString());
}

QString PropertyEditor::lastError() const
{
    return m_error->text();
}

void PropertyEditor::showNode(const QString &id)
{
    m_id = id;
    m_error->clear();
    load();
}

void PropertyEditor::nodeRenamed(const QString &oldId, const QString &newId)
{
    if (oldId == m_id)
        showNode(newId);
}

void PropertyEditor::load()
{
    const Node *node = m_id.isEmpty() ? nullptr : m_editor->model().findNode(m_id);
    m_loading = true;
    const QList<QWidget *> fields{m_name, m_criticality, m_mtd, m_failure, m_license, m_deployment, m_portability,
                                  m_annualCost, m_exitClause, m_dataReturn, m_notice, m_contractEnd};
    for (QWidget *w : fields) {
        w->setEnabled(node != nullptr);
        w->blockSignals(true);
    }
    if (!node) {
        m_title->setText(tr("No node selected"));
        m_name->clear();
    } else {
        m_title->setText(tr("%1 · %2").arg(NodeTableModel::kindLabel(node->kind), node->id));
        if (m_name->text() != node->name)
            m_name->setText(node->name);
        m_criticality->setValue(node->criticality.value_or(0));
        m_mtd->setValue(node->mtdHours.value_or(-1));
        m_failure->setValue(node->failureProbability.value_or(-1));
        const auto number = [&](const QString &key) { return node->attributeAs<double>(key) ? *node->attributeAs<double>(key) : -1.0; };
        const auto select = [&](QComboBox *combo, const QVariant &value) {
            const int at = value.isValid() ? combo->findData(value) : 0;
            combo->setCurrentIndex(at < 0 ? 0 : at);
        };
        const QString *license = node->attributeAs<QString>(QStringLiteral("license"));
        const QString *deployment = node->attributeAs<QString>(QStringLiteral("deployment"));
        const bool *exit = node->attributeAs<bool>(QStringLiteral("exit_clause"));
        const bool *dataReturn = node->attributeAs<bool>(QStringLiteral("data_return_clause"));
        const QString *end = node->attributeAs<QString>(QStringLiteral("contract_end"));
        select(m_license, license ? QVariant(*license) : QVariant());
        select(m_deployment, deployment ? QVariant(*deployment) : QVariant());
        m_portability->setValue(number(QStringLiteral("data_portability")));
        m_annualCost->setValue(number(QStringLiteral("annual_cost")));
        select(m_exitClause, exit ? QVariant(*exit) : QVariant());
        select(m_dataReturn, dataReturn ? QVariant(*dataReturn) : QVariant());
        m_notice->setValue(number(QStringLiteral("notice_months")));
        m_contractEnd->setText(end ? *end : QString());
        // Only what applies to the kind is shown.
        const bool capability = node->kind == NodeKind::Capability, application = node->kind == NodeKind::Application;
        for (QWidget *w : {static_cast<QWidget *>(m_criticality), static_cast<QWidget *>(m_mtd)})
            m_form->setRowVisible(w, capability);
        for (QWidget *w : QList<QWidget *>{m_license, m_deployment, m_portability, m_annualCost, m_exitClause, m_dataReturn, m_notice, m_contractEnd})
            m_form->setRowVisible(w, application);
    }
    for (QWidget *w : fields)
        w->blockSignals(false);
    m_loading = false;
}

void PropertyEditor::commit()
{
    if (m_loading || m_id.isEmpty())
        return;
    const Node *current = m_editor->model().findNode(m_id);
    if (!current)
        return;
    Node node = *current;
    node.name = m_name->text();
    if (node.kind == NodeKind::Capability) {
        node.criticality = m_criticality->value() == 0 ? std::nullopt : std::optional<int>(m_criticality->value());
        node.mtdHours = m_mtd->value() < 0 ? std::nullopt : std::optional<double>(m_mtd->value());
    }
    node.failureProbability = m_failure->value() < 0 ? std::nullopt : std::optional<double>(m_failure->value());
    if (node.kind == NodeKind::Application) {
        setNodeAttribute(node, QStringLiteral("license"), m_license->currentData());
        setNodeAttribute(node, QStringLiteral("deployment"), m_deployment->currentData());
        setNodeAttribute(node, QStringLiteral("exit_clause"), m_exitClause->currentData());
        setNodeAttribute(node, QStringLiteral("data_return_clause"), m_dataReturn->currentData());
        const auto number = [&](const QString &key, QDoubleSpinBox *spin) {
            setNodeAttribute(node, key, spin->value() < 0 ? QVariant() : QVariant(spin->value()));
        };
        number(QStringLiteral("data_portability"), m_portability);
        number(QStringLiteral("annual_cost"), m_annualCost);
        number(QStringLiteral("notice_months"), m_notice);
        const QString end = m_contractEnd->text().trimmed();
        setNodeAttribute(node, QStringLiteral("contract_end"), end.isEmpty() ? QVariant() : QVariant(end));
    }
    QString error;
    if (m_editor->editNode(node, &error)) {
        m_error->clear();
        m_name->setStyleSheet(QString());
        m_contractEnd->setStyleSheet(QString());
    } else {
        m_error->setText(error);
        // Mark where the refusal points, when it is a field of this form.
        const QString red = QStringLiteral("border: 1px solid #b3261e");
        m_name->setStyleSheet(error.contains(QStringLiteral(".name")) ? red : QString());
        m_contractEnd->setStyleSheet(error.contains(QStringLiteral("contract_end")) ? red : QString());
    }
}

} // namespace antrum
