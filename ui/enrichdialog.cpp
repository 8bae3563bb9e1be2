// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrichdialog.h"

#include "modeleditor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace antrum {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QString kindText(EnrichmentProposal::Kind kind)
{
    switch (kind) {
    case EnrichmentProposal::Kind::Match: return EnrichDialog::tr("matched");
    case EnrichmentProposal::Kind::AddParent: return EnrichDialog::tr("add owner");
    case EnrichmentProposal::Kind::AddSeat: return EnrichDialog::tr("add seat");
    case EnrichmentProposal::Kind::AddLaws: return EnrichDialog::tr("add laws");
    case EnrichmentProposal::Kind::Conflict: return EnrichDialog::tr("differs");
    case EnrichmentProposal::Kind::NoMatch: return EnrichDialog::tr("not in the catalogue");
    case EnrichmentProposal::Kind::Ambiguous: return EnrichDialog::tr("ambiguous");
    }
    return {};
}

} // namespace

EnrichDialog::EnrichDialog(ModelEditor *editor, const QString &catalogueDirectory, QWidget *parent)
    : QDialog(parent), m_editor(editor)
{
    setWindowTitle(tr("Enrich from the catalogue"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Antrum's reference catalogue knows who owns many suppliers and which laws reach them. "
                                "Tick what to add to the model; what the model already says is never changed."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree = new QTreeWidget;
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Supplier"), tr("Proposal"), tr("Source")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add the ticked facts"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrichDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrichDialog::reject);
    layout->addWidget(buttons);
    connect(m_tree, &QTreeWidget::itemChanged, this, &EnrichDialog::updateSummary);

    const CatalogueLoadResult loaded = Catalogue::load(catalogueDirectory.isEmpty() ? defaultCatalogueDirectory() : catalogueDirectory);
    if (!loaded.catalogue) {
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics)
            lines << d.toString();
        m_loadError = tr("The catalogue could not be read: %1").arg(lines.join(u'\n'));
        m_summary->setText(m_loadError);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        m_catalogue = loaded.catalogue;
        EnrichmentOptions options;
        options.language = QLocale().name().section(u'_', 0, 0);
        m_proposals = proposeEnrichment(m_editor->model(), *m_catalogue, options);
        fill();
    }
    resize(900, 560);
}

EnrichDialog::~EnrichDialog() = default;

void EnrichDialog::fill()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem *supplier = nullptr;
    QString current;
    for (const EnrichmentProposal &p : m_proposals) {
        if (p.nodeId != current || !supplier) {
            current = p.nodeId;
            const Node *node = m_editor->model().findNode(p.nodeId);
            supplier = new QTreeWidgetItem(m_tree, {node && !node->name.isEmpty() ? node->name : p.nodeId});
            supplier->setExpanded(true);
        }
        QStringList sources;
        for (const CatalogueSource &s : p.sources)
            sources << s.toString();
        auto *item = new QTreeWidgetItem(supplier, {kindText(p.kind), p.message, sources.join(QStringLiteral("; "))});
        item->setData(0, KeyRole, p.key);
        item->setToolTip(1, p.message);
        item->setToolTip(2, sources.join(u'\n'));
        if (p.applicable())
            item->setCheckState(0, Qt::Checked);
        else
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    updateSummary();
}

void EnrichDialog::updateSummary()
{
    if (!m_loadError.isEmpty())
        return;
    int applicable = 0, matched = 0, conflicts = 0;
    for (const EnrichmentProposal &p : m_proposals) {
        applicable += p.applicable();
        matched += p.kind == EnrichmentProposal::Kind::Match;
        conflicts += p.kind == EnrichmentProposal::Kind::Conflict;
    }
    m_summary->setText(tr("%1 suppliers matched; %2 facts to add, %3 ticked; %4 differences (left as they are). Catalogue as of %5.")
                           .arg(matched)
                           .arg(applicable)
                           .arg(chosenKeys().size())
                           .arg(conflicts)
                           .arg(m_catalogue ? m_catalogue->asOf() : QString()));
}

void EnrichDialog::setChosen(const QString &key, bool chosen)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, KeyRole).toString() == key && (*it)->flags().testFlag(Qt::ItemIsUserCheckable))
            (*it)->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
}

QStringList EnrichDialog::chosenKeys() const
{
    QStringList keys;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (!(*it)->data(0, KeyRole).toString().isEmpty() && (*it)->checkState(0) == Qt::Checked)
            keys << (*it)->data(0, KeyRole).toString();
    return keys;
}

bool EnrichDialog::applyChosen(QString *error)
{
    const QStringList keys = chosenKeys();
    std::vector<EnrichmentProposal> chosen;
    for (const EnrichmentProposal &p : m_proposals)
        if (p.applicable() && keys.contains(p.key))
            chosen.push_back(p);
    if (chosen.empty()) {
        if (error)
            *error = tr("Nothing is ticked.");
        return false;
    }
    QStringList skipped;
    const Model enriched = applyEnrichment(m_editor->model(), chosen, &skipped);
    if (!m_editor->replaceAll(enriched, tr("Enrich from the catalogue (%1 facts)").arg(chosen.size() - skipped.size()), error))
        return false;
    return true;
}

void EnrichDialog::accept()
{
    QString error;
    if (!applyChosen(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace antrum
