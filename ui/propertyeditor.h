// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace antrum {

class ModelEditor;

/// The fields of one node, edited in place: name, criticality and maximum tolerable downtime
/// (capabilities), failure probability, and the well-known attributes of applications. Each
/// change is an undoable edit through the ModelEditor; one the format refuses is shown in red
/// with the reason and not applied. A value that is not set reads "unknown", never 0.
class PropertyEditor : public QWidget {
    Q_OBJECT
public:
    explicit PropertyEditor(ModelEditor *editor, QWidget *parent = nullptr);

    /// Shows the node with `id` (empty: none).
    void showNode(const QString &id);
    QString nodeId() const { return m_id; }
    /// The last refusal, for tests; empty after a successful edit.
    QString lastError() const;

private:
    void load();
    /// Applies the fields to a copy of the node and hands it to the editor.
    void commit();
    void nodeRenamed(const QString &oldId, const QString &newId);

    ModelEditor *m_editor;
    QString m_id;
    bool m_loading = false;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_criticality = nullptr;
    QDoubleSpinBox *m_mtd = nullptr;
    QDoubleSpinBox *m_failure = nullptr;
    QComboBox *m_license = nullptr;
    QComboBox *m_deployment = nullptr;
    QDoubleSpinBox *m_portability = nullptr;
    QDoubleSpinBox *m_annualCost = nullptr;
    QComboBox *m_exitClause = nullptr;
    QComboBox *m_dataReturn = nullptr;
    QDoubleSpinBox *m_notice = nullptr;
    QLineEdit *m_contractEnd = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace antrum
