// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "model.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace antrum {

class ModelEditor;

/// Tools › Enrich from the catalogue: matches the model's suppliers to the reference
/// catalogue (data/catalogue) and lists what it would add, owner by owner, seat by seat,
/// with the catalogue's source for each; the user ticks what to accept. Matches, conflicts
/// and suppliers it does not know are listed too, never applied: a fact in the model is
/// never overwritten. Accepting is one undoable edit.
class EnrichDialog : public QDialog {
    Q_OBJECT
public:
    /// Uses the catalogue in `catalogueDirectory` (empty: defaultCatalogueDirectory()).
    EnrichDialog(ModelEditor *editor, const QString &catalogueDirectory = {}, QWidget *parent = nullptr);
    ~EnrichDialog() override;

    /// The catalogue could not be read: why (the dialog then shows it and proposes nothing).
    QString loadError() const { return m_loadError; }
    const std::vector<EnrichmentProposal> &proposals() const { return m_proposals; }
    /// Ticks (or unticks) the proposal with `key`; all applicable ones are ticked at first.
    void setChosen(const QString &key, bool chosen);
    QStringList chosenKeys() const;
    /// Applies the ticked proposals as one undoable edit; false (and why) when nothing was
    /// ticked or the result was refused.
    bool applyChosen(QString *error = nullptr);

    void accept() override;

private:
    void fill();
    void updateSummary();

    ModelEditor *m_editor;
    std::shared_ptr<const Catalogue> m_catalogue;
    QString m_loadError;
    std::vector<EnrichmentProposal> m_proposals;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace antrum
