// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportwizard.h"

#include "nodetablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace antrum {

namespace {

constexpr int PreviewRows = 100;
constexpr int MaxKindValues = 200;

/// A wizard page whose completeness and set-up are given as functions, so that the
/// wizard keeps all state in one place.
class Page : public QWizardPage {
public:
    std::function<bool()> complete;
    std::function<void()> enter;
    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    void changed() { Q_EMIT completeChanged(); }
};

QString typeLabel(CsvValueType type)
{
    switch (type) {
    case CsvValueType::String:
        return CsvImportWizard::tr("Text");
    case CsvValueType::Number:
        return CsvImportWizard::tr("Number");
    case CsvValueType::Bool:
        return CsvImportWizard::tr("Yes/no");
    case CsvValueType::List:
        return CsvImportWizard::tr("List");
    }
    return {};
}

bool sameHeader(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

/// A combo box of "(none)" and the headers, showing `current` if it is one of them.
void fillHeaderCombo(QComboBox *combo, const QStringList &header, const QString &current, const QString &noneText)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(noneText, QString());
    for (const QString &h : header)
        if (!h.trimmed().isEmpty())
            combo->addItem(h, h);
    combo->setCurrentIndex(0);
    for (int i = 1; i < combo->count(); ++i)
        if (sameHeader(combo->itemData(i).toString(), current))
            combo->setCurrentIndex(i);
}

QComboBox *nodeKindCombo(QWidget *parent, const QString &noneText)
{
    auto *combo = new QComboBox(parent);
    if (!noneText.isEmpty())
        combo->addItem(noneText, -1);
    for (int k = 0; k < NodeKindCount; ++k)
        combo->addItem(NodeTableModel::kindLabel(NodeKind(k)), k);
    return combo;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(std::max(index, 0));
}

std::optional<NodeKind> chosenKind(const QComboBox *combo)
{
    const int k = combo->currentData().toInt();
    return k < 0 ? std::nullopt : std::optional<NodeKind>(NodeKind(k));
}

} // namespace

/// The columns of the column table.
enum ColumnTableColumn { ColHeader, ColExamples, ColUse, ColKey, ColType, ColEdgeKind, ColTargetKind, ColDirection, ColCount };

CsvImportWizard::CsvImportWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("&Load column mapping…"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve column mapping…"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            loadMappingDialog();
        else
            saveMappingDialog();
    });
    setPage(FilesPage, createFilesPage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(RelationsPage, createRelationsPage());
    setPage(CheckPage, createCheckPage());
    setStartId(FilesPage);
    resize(1100, 720);
}

CsvImportWizard::~CsvImportWizard() = default;

QWizardPage *CsvImportWizard::createFilesPage()
{
    auto *page = new Page;
    page->setTitle(tr("Spreadsheet"));
    page->setSubTitle(tr("Choose the spreadsheet, saved as CSV, with one row per application, supplier or other node. "
                         "A second sheet may list relations, one per row."));
    auto *form = new QFormLayout;
    const auto fileRow = [this, page](QLineEdit *&edit, const QString &objectName, bool nodes) {
        edit = new QLineEdit(page);
        edit->setObjectName(objectName);
        auto *browse = new QPushButton(tr("Browse…"), page);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, nodes] {
            const QString path = edit->text().trimmed();
            if (path != (nodes ? m_nodesPath : m_edgesPath))
                nodes ? setNodesFile(path) : setEdgesFile(path);
        });
        connect(browse, &QPushButton::clicked, this, [this, nodes] {
            QSettings settings;
            const QString path = QFileDialog::getOpenFileName(
                this, nodes ? tr("Open the spreadsheet") : tr("Open the relations sheet"),
                settings.value(QStringLiteral("csvImport/directory")).toString(),
                tr("CSV files (*.csv *.txt);;All files (*)"));
            if (path.isEmpty())
                return;
            settings.setValue(QStringLiteral("csvImport/directory"), QFileInfo(path).absolutePath());
            nodes ? setNodesFile(path) : setEdgesFile(path);
        });
        return row;
    };
    form->addRow(tr("&Nodes sheet:"), fileRow(m_nodesEdit, QStringLiteral("nodesFile"), true));
    form->addRow(tr("&Relations sheet (optional):"), fileRow(m_edgesEdit, QStringLiteral("edgesFile"), false));
    m_separator = new QComboBox(page);
    m_separator->setObjectName(QStringLiteral("separator"));
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    connect(m_separator, &QComboBox::currentIndexChanged, this, [this] {
        // The same files, read again with the separator chosen.
        if (!m_nodesPath.isEmpty())
            readSheet(m_nodesPath, true);
        if (!m_edgesPath.isEmpty())
            readSheet(m_edgesPath, false);
        fillPreview();
        if (!m_mappingLoaded)
            setMapping(guessedMapping());
    });
    form->addRow(tr("&Separator:"), m_separator);

    m_fileStatus = new QLabel(page);
    m_fileStatus->setObjectName(QStringLiteral("fileStatus"));
    m_fileStatus->setWordWrap(true);
    m_fileStatus->setTextFormat(Qt::PlainText);
    m_mappingStatus = new QLabel(tr("The columns are guessed from the headers; you can correct them on the next page, "
                                    "or load a column mapping saved before."),
                                 page);
    m_mappingStatus->setObjectName(QStringLiteral("mappingStatus"));
    m_mappingStatus->setWordWrap(true);
    m_mappingStatus->setTextFormat(Qt::PlainText);

    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(page);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the spreadsheet"));
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    m_preview->setWordWrap(false);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileStatus);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_mappingStatus);
    page->complete = [this] { return !m_nodesSheet.header.isEmpty() && m_fileStatus->property("ok").toBool(); };
    return page;
}

QWizardPage *CsvImportWizard::createColumnsPage()
{
    auto *page = new Page;
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Say what each column means. A column can give the node's id, name or kind, become an attribute, "
                         "or name another node the row is linked to, such as its supplier or host."));
    m_modelName = new QLineEdit(page);
    m_modelName->setObjectName(QStringLiteral("modelName"));
    m_columns = new QTableWidget(0, ColCount, page);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setAccessibleName(tr("Columns of the spreadsheet"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Examples"), tr("Use as"), tr("Attribute key"), tr("Type"),
                                          tr("Link"), tr("Other node is a"), tr("Direction")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Examples keep a readable width in every language; the table scrolls sideways if need be.
    m_columns->horizontalHeader()->setSectionResizeMode(ColExamples, QHeaderView::Interactive);
    m_columns->horizontalHeader()->resizeSection(ColExamples, 170);
    m_columns->horizontalHeader()->setStretchLastSection(true);

    m_fixedKind = nodeKindCombo(page, tr("None: every row must have a kind"));
    m_fixedKind->setObjectName(QStringLiteral("fixedKind"));
    m_otherColumns = new QCheckBox(tr("Columns set to “ignore” become attributes, keyed by their header"), page);
    m_otherColumns->setObjectName(QStringLiteral("otherColumns"));
    m_kindValuesLabel = new QLabel(page);
    m_kindValuesLabel->setWordWrap(true);
    m_kindValues = new QTableWidget(0, 2, page);
    m_kindValues->setObjectName(QStringLiteral("kindValues"));
    m_kindValues->setAccessibleName(tr("Values of the kind column"));
    m_kindValues->setHorizontalHeaderLabels({tr("Value in the kind column"), tr("Kind of node")});
    m_kindValues->verticalHeader()->hide();
    m_kindValues->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_kindValues->setSelectionMode(QAbstractItemView::NoSelection);

    auto *form = new QFormLayout;
    form->addRow(tr("Model &name:"), m_modelName);
    form->addRow(tr("Rows &without a kind are:"), m_fixedKind);
    auto *kinds = new QWidget(page);
    auto *kindsLayout = new QVBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    kindsLayout->addWidget(m_kindValuesLabel);
    kindsLayout->addWidget(m_kindValues, 1);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_columns);
    splitter->addWidget(kinds);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_otherColumns);
    page->complete = [this] {
        // A node needs an id or a name, and a kind from a column or for all rows.
        const CsvMapping m = mapping();
        return (!m.idColumn.isEmpty() || !m.nameColumn.isEmpty()) && (!m.kindColumn.isEmpty() || m.fixedKind);
    };
    connect(m_fixedKind, &QComboBox::currentIndexChanged, page, &Page::changed);
    return page;
}

QWizardPage *CsvImportWizard::createRelationsPage()
{
    auto *page = new Page;
    page->setTitle(tr("Relations"));
    page->setSubTitle(tr("Each row of the relations sheet links two nodes, named by id or name: the first depends on "
                         "the second."));
    const auto combo = [page](const QString &name) {
        auto *c = new QComboBox(page);
        c->setObjectName(name);
        connect(c, &QComboBox::currentIndexChanged, page, &Page::changed);
        return c;
    };
    m_edgeFrom = combo(QStringLiteral("edgeFrom"));
    m_edgeTo = combo(QStringLiteral("edgeTo"));
    m_edgeKindColumn = combo(QStringLiteral("edgeKindColumn"));
    m_edgeFixedKind = combo(QStringLiteral("edgeFixedKind"));
    m_edgeFixedKind->addItem(tr("None: every row must have a kind"), -1);
    for (int k = 0; k < EdgeKindCount; ++k)
        m_edgeFixedKind->addItem(NodeTableModel::edgeKindLabel(EdgeKind(k)), k);
    m_edgeGroup = combo(QStringLiteral("edgeGroup"));
    m_edgeMonths = combo(QStringLiteral("edgeMonths"));
    m_edgeCost = combo(QStringLiteral("edgeCost"));
    auto *form = new QFormLayout;
    form->addRow(tr("&From (depends):"), m_edgeFrom);
    form->addRow(tr("&To (depended on):"), m_edgeTo);
    form->addRow(tr("&Kind of relation:"), m_edgeKindColumn);
    form->addRow(tr("Rows without a kind &are:"), m_edgeFixedKind);
    form->addRow(tr("Redundancy &group:"), m_edgeGroup);
    form->addRow(tr("Months to &switch:"), m_edgeMonths);
    form->addRow(tr("&Cost to switch:"), m_edgeCost);
    m_edgesPreviewModel = new QStandardItemModel(this);
    auto *preview = new QTableView(page);
    preview->setObjectName(QStringLiteral("edgesPreview"));
    preview->setModel(m_edgesPreviewModel);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->setAccessibleName(tr("Preview of the relations sheet"));
    preview->horizontalHeader()->setDefaultSectionSize(160);
    preview->setWordWrap(false);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(preview, 1);
    page->complete = [this] {
        return !m_edgeFrom->currentData().toString().isEmpty() && !m_edgeTo->currentData().toString().isEmpty()
               && (!m_edgeKindColumn->currentData().toString().isEmpty() || m_edgeFixedKind->currentData().toInt() >= 0);
    };
    return page;
}

QWizardPage *CsvImportWizard::createCheckPage()
{
    auto *page = new Page;
    page->setTitle(tr("Check and import"));
    page->setSubTitle(tr("Every row is checked. Nothing is imported while a row has an error, unless you choose to "
                         "skip the rows named below."));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_problems = new QListWidget(page);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_created = new QListWidget(page);
    m_created->setObjectName(QStringLiteral("created"));
    m_created->setAccessibleName(tr("Nodes that will be created"));
    m_skipBadRows = new QCheckBox(page);
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    connect(m_skipBadRows, &QCheckBox::toggled, this, [this, page] {
        runImport();
        page->changed();
    });
    auto *problemsBox = new QGroupBox(tr("Problems"), page);
    (new QVBoxLayout(problemsBox))->addWidget(m_problems);
    auto *createdBox = new QGroupBox(tr("Nodes made for names no row defines"), page);
    (new QVBoxLayout(createdBox))->addWidget(m_created);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipBadRows);
    layout->addWidget(problemsBox, 2);
    layout->addWidget(createdBox, 1);
    page->enter = [this] { runImport(); };
    page->complete = [this] { return m_result.model.has_value(); };
    return page;
}

int CsvImportWizard::nextId() const
{
    switch (currentId()) {
    case FilesPage:
        return ColumnsPage;
    case ColumnsPage:
        return m_edgesSheet.header.isEmpty() ? CheckPage : RelationsPage;
    case RelationsPage:
        return CheckPage;
    default:
        return -1;
    }
}

bool CsvImportWizard::readSheet(const QString &path, bool nodes)
{
    CsvSheet &sheet = nodes ? m_nodesSheet : m_edgesSheet;
    QByteArray &data = nodes ? m_nodesData : m_edgesData;
    sheet = {};
    data.clear();
    const QString name = QFileInfo(path).fileName();
    QString problem;
    QFile file(path);
    const CsvLimits limits;
    if (path.isEmpty()) {
        problem = tr("Choose a file.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("“%1” could not be read: %2").arg(name, file.errorString());
    } else if (file.size() > limits.maxBytes) {
        problem = tr("“%1” is larger than %2 MiB; not a spreadsheet Antrum reads.").arg(name).arg(limits.maxBytes / (1024 * 1024));
    } else {
        data = file.readAll();
        Diagnostics diagnostics;
        const QString sep = m_separator->currentData().toString();
        sheet = readCsvTable(data, name, -1, &diagnostics, sep.isEmpty() ? QChar() : sep.at(0));
        if (!diagnostics.empty()) {
            QStringList lines;
            for (std::size_t i = 0; i < std::min<std::size_t>(diagnostics.size(), 5); ++i)
                lines << diagnostics[i].toString();
            problem = lines.join(u'\n');
        } else if (sheet.header.isEmpty() || std::all_of(sheet.header.cbegin(), sheet.header.cend(),
                                                          [](const QString &h) { return h.trimmed().isEmpty(); })) {
            problem = tr("“%1” has no header row.").arg(name);
        }
    }
    if (!problem.isEmpty()) {
        sheet = {};
        data.clear();
    }
    if (nodes) {
        m_fileStatus->setProperty("ok", problem.isEmpty());
        m_nodesStatus = problem.isEmpty() ? tr("%1: %2 columns, %3 rows, separated by “%4”.")
                                                .arg(name).arg(sheet.header.size()).arg(sheet.rows.size()).arg(sheet.separator)
                                          : problem;
        m_fileStatus->setText(m_nodesStatus);
    } else if (!problem.isEmpty() && !path.isEmpty()) {
        m_fileStatus->setText(m_fileStatus->text() + u'\n' + problem);
    }
    if (auto *p = static_cast<Page *>(page(FilesPage)))
        p->changed();
    return problem.isEmpty();
}

bool CsvImportWizard::setNodesFile(const QString &path)
{
    m_nodesPath = path;
    m_nodesEdit->setText(path);
    const bool ok = readSheet(path, true);
    fillPreview();
    if (m_mappingLoaded) {
        setMapping(m_base); // the loaded mapping, shown against this file's columns
    } else {
        setMapping(guessedMapping());
    }
    return ok;
}

bool CsvImportWizard::setEdgesFile(const QString &path)
{
    m_edgesPath = path;
    m_edgesEdit->setText(path);
    bool ok = true;
    if (path.isEmpty()) {
        m_edgesSheet = {};
        m_edgesData.clear();
        m_fileStatus->setText(m_nodesStatus); // without an old relations message
    } else {
        ok = readSheet(path, false);
        if (!ok)
            m_edgesPath.clear();
    }
    if (!m_mappingLoaded) {
        const CsvMapping guess = guessMapping(m_nodesSheet.header, m_edgesSheet.header);
        CsvMapping current = mapping();
        current.edgeFromColumn = guess.edgeFromColumn;
        current.edgeToColumn = guess.edgeToColumn;
        current.edgeKindColumn = guess.edgeKindColumn;
        current.edgeGroupColumn = guess.edgeGroupColumn;
        current.edgeSwitchMonthsColumn = guess.edgeSwitchMonthsColumn;
        current.edgeSwitchCostColumn = guess.edgeSwitchCostColumn;
        m_base = current;
    }
    fillRelations(m_base);
    return ok;
}

void CsvImportWizard::fillPreview()
{
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels(m_nodesSheet.header);
    const std::size_t shown = std::min<std::size_t>(m_nodesSheet.rows.size(), PreviewRows);
    QStringList rowLabels;
    for (std::size_t r = 0; r < shown; ++r) {
        QList<QStandardItem *> items;
        for (const QString &cell : m_nodesSheet.rows[r])
            items.append(new QStandardItem(cell));
        m_previewModel->appendRow(items);
        rowLabels << QString::number(m_nodesSheet.rowNumbers[r]);
    }
    m_previewModel->setVerticalHeaderLabels(rowLabels); // the spreadsheet's own row numbers
}

CsvMapping CsvImportWizard::guessedMapping() const
{
    CsvMapping guess = guessMapping(m_nodesSheet.header, m_edgesSheet.header);
    const QString sep = m_separator->currentData().toString();
    guess.separator = sep.isEmpty() ? QChar() : sep.at(0);
    guess.modelName = m_nodesSheet.header.isEmpty() ? QString() : QFileInfo(m_nodesPath).completeBaseName();
    return guess;
}

QStringList CsvImportWizard::distinctValues(const QString &header, int limit) const
{
    const qsizetype column = m_nodesSheet.header.indexOf(header);
    QStringList values;
    if (column < 0)
        return values;
    for (const QStringList &row : m_nodesSheet.rows) {
        if (column >= row.size())
            continue;
        const QString value = row.at(column).trimmed();
        if (!value.isEmpty() && !values.contains(value, Qt::CaseInsensitive)) {
            values << value;
            if (values.size() >= limit)
                break;
        }
    }
    return values;
}

void CsvImportWizard::setMapping(const CsvMapping &mapping)
{
    m_base = mapping;
    {
        const QSignalBlocker block(m_separator);
        selectData(m_separator, mapping.separator.isNull() ? QString() : QString(mapping.separator));
    }
    m_modelName->setText(mapping.modelName);
    m_modelName->setPlaceholderText(QFileInfo(m_nodesPath).completeBaseName());
    selectData(m_fixedKind, mapping.fixedKind ? int(*mapping.fixedKind) : -1);
    m_otherColumns->setChecked(mapping.otherColumnsAsAttributes);
    fillColumns(mapping);
    fillKindValues(mapping);
    fillRelations(mapping);
    if (auto *p = static_cast<Page *>(page(ColumnsPage)))
        p->changed();
}

void CsvImportWizard::fillColumns(const CsvMapping &mapping)
{
    m_columns->setRowCount(0);
    const QStringList &header = m_nodesSheet.header;
    m_columns->setRowCount(int(header.size()));
    for (int row = 0; row < int(header.size()); ++row) {
        const QString h = header.at(row);
        auto *name = new QTableWidgetItem(h);
        name->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(row, ColHeader, name);
        auto *examples = new QTableWidgetItem(distinctValues(h, 3).join(QStringLiteral(" · ")));
        examples->setFlags(Qt::ItemIsEnabled);
        examples->setToolTip(examples->text());
        m_columns->setItem(row, ColExamples, examples);

        auto *use = new QComboBox(m_columns);
        use->setObjectName(QStringLiteral("use:") + h);
        for (const QString &label : {tr("Ignore"), tr("Id"), tr("Name"), tr("Kind"), tr("Criticality (1-5)"),
                                     tr("Maximum downtime (hours)"), tr("Failure probability"), tr("Redundancy groups"),
                                     tr("Attribute"), tr("Link to another node")})
            use->addItem(label);
        auto *key = new QLineEdit(m_columns);
        auto *type = new QComboBox(m_columns);
        for (CsvValueType t : {CsvValueType::String, CsvValueType::Number, CsvValueType::Bool, CsvValueType::List})
            type->addItem(typeLabel(t), int(t));
        auto *edgeKind = new QComboBox(m_columns);
        for (int k = 0; k < EdgeKindCount; ++k)
            edgeKind->addItem(NodeTableModel::edgeKindLabel(EdgeKind(k)), k);
        auto *targetKind = nodeKindCombo(m_columns, {});
        auto *direction = new QComboBox(m_columns);
        direction->addItem(tr("The row depends on it"), false);
        direction->addItem(tr("It depends on the row"), true);

        ColumnUse chosen = ColumnUse::Ignore;
        if (sameHeader(mapping.idColumn, h))
            chosen = ColumnUse::Id;
        else if (sameHeader(mapping.nameColumn, h))
            chosen = ColumnUse::Name;
        else if (sameHeader(mapping.kindColumn, h))
            chosen = ColumnUse::Kind;
        else if (sameHeader(mapping.criticalityColumn, h))
            chosen = ColumnUse::Criticality;
        else if (sameHeader(mapping.mtdHoursColumn, h))
            chosen = ColumnUse::MtdHours;
        else if (sameHeader(mapping.failureProbabilityColumn, h))
            chosen = ColumnUse::FailureProbability;
        else if (sameHeader(mapping.redundancyColumn, h))
            chosen = ColumnUse::Redundancy;
        key->setText(h.trimmed());
        for (const CsvAttributeColumn &a : mapping.attributes)
            if (sameHeader(a.column, h)) {
                chosen = ColumnUse::Attribute;
                key->setText(a.key);
                selectData(type, int(a.type));
            }
        for (const CsvEdgeColumn &e : mapping.edgeColumns)
            if (sameHeader(e.column, h)) {
                chosen = ColumnUse::Link;
                selectData(edgeKind, int(e.kind));
                selectData(targetKind, int(e.targetKind));
                selectData(direction, e.reverse);
            }
        use->setCurrentIndex(int(chosen));
        m_columns->setCellWidget(row, ColUse, use);
        m_columns->setCellWidget(row, ColKey, key);
        m_columns->setCellWidget(row, ColType, type);
        m_columns->setCellWidget(row, ColEdgeKind, edgeKind);
        m_columns->setCellWidget(row, ColTargetKind, targetKind);
        m_columns->setCellWidget(row, ColDirection, direction);
        use->setAccessibleName(tr("Use of column %1").arg(h));
        key->setAccessibleName(tr("Attribute key of column %1").arg(h));
        type->setAccessibleName(tr("Type of column %1").arg(h));
        edgeKind->setAccessibleName(tr("Link of column %1").arg(h));
        targetKind->setAccessibleName(tr("Kind of the node column %1 names").arg(h));
        direction->setAccessibleName(tr("Direction of the link of column %1").arg(h));
        updateColumnRow(row);
        connect(use, &QComboBox::currentIndexChanged, this, [this, use] {
            for (int r = 0; r < m_columns->rowCount(); ++r)
                if (m_columns->cellWidget(r, ColUse) == use)
                    useChanged(r);
        });
    }
}

void CsvImportWizard::updateColumnRow(int row)
{
    const auto use = ColumnUse(qobject_cast<QComboBox *>(m_columns->cellWidget(row, ColUse))->currentIndex());
    const bool attribute = use == ColumnUse::Attribute;
    const bool link = use == ColumnUse::Link;
    m_columns->cellWidget(row, ColKey)->setEnabled(attribute);
    m_columns->cellWidget(row, ColType)->setEnabled(attribute);
    for (int c : {ColEdgeKind, ColTargetKind, ColDirection})
        m_columns->cellWidget(row, c)->setEnabled(link);
}

void CsvImportWizard::useChanged(int row)
{
    auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(row, ColUse));
    const auto use = ColumnUse(combo->currentIndex());
    // Id, name, kind and the built-in fields come from one column each: choosing one for this
    // column takes it away from the column that had it.
    const bool single = use != ColumnUse::Ignore && use != ColumnUse::Attribute && use != ColumnUse::Link;
    if (single)
        for (int r = 0; r < m_columns->rowCount(); ++r) {
            auto *other = qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColUse));
            if (r != row && other->currentIndex() == combo->currentIndex()) {
                const QSignalBlocker block(other);
                other->setCurrentIndex(int(ColumnUse::Ignore));
                updateColumnRow(r);
            }
        }
    updateColumnRow(row);
    if (use == ColumnUse::Kind || columnUse(m_base.kindColumn) != ColumnUse::Kind)
        fillKindValues(mapping());
    if (auto *p = static_cast<Page *>(page(ColumnsPage)))
        p->changed();
}

void CsvImportWizard::fillKindValues(const CsvMapping &mapping)
{
    // Values shown before keep the kind the user chose for them.
    std::map<QString, int> earlier;
    for (int r = 0; r < m_kindValues->rowCount(); ++r)
        earlier[m_kindValues->item(r, 0)->text().toCaseFolded()] =
            qobject_cast<QComboBox *>(m_kindValues->cellWidget(r, 1))->currentData().toInt();
    m_kindValues->setRowCount(0);
    const QStringList values = mapping.kindColumn.isEmpty() ? QStringList() : distinctValues(mapping.kindColumn, MaxKindValues);
    m_kindValuesLabel->setText(mapping.kindColumn.isEmpty()
                                   ? tr("No column gives the kind: every row is of the kind chosen above.")
                                   : tr("The values of column “%1” and the kind of node each stands for:").arg(mapping.kindColumn));
    m_kindValues->setRowCount(int(values.size()));
    for (int r = 0; r < int(values.size()); ++r) {
        const QString &value = values.at(r);
        auto *item = new QTableWidgetItem(value);
        item->setFlags(Qt::ItemIsEnabled);
        m_kindValues->setItem(r, 0, item);
        auto *combo = nodeKindCombo(m_kindValues, tr("Not recognised: the row is an error"));
        combo->setAccessibleName(tr("Kind of node for “%1”").arg(value));
        int kind = -1;
        if (const auto builtIn = csvKindFromText(value))
            kind = int(*builtIn);
        for (const auto &[text, k] : mapping.kindValues)
            if (sameHeader(text, value))
                kind = int(k);
        if (const auto it = earlier.find(value.toCaseFolded()); it != earlier.end())
            kind = it->second;
        selectData(combo, kind);
        m_kindValues->setCellWidget(r, 1, combo);
    }
}

void CsvImportWizard::fillRelations(const CsvMapping &mapping)
{
    const QString none = tr("(none)");
    fillHeaderCombo(m_edgeFrom, m_edgesSheet.header, mapping.edgeFromColumn, none);
    fillHeaderCombo(m_edgeTo, m_edgesSheet.header, mapping.edgeToColumn, none);
    fillHeaderCombo(m_edgeKindColumn, m_edgesSheet.header, mapping.edgeKindColumn, none);
    fillHeaderCombo(m_edgeGroup, m_edgesSheet.header, mapping.edgeGroupColumn, none);
    fillHeaderCombo(m_edgeMonths, m_edgesSheet.header, mapping.edgeSwitchMonthsColumn, none);
    fillHeaderCombo(m_edgeCost, m_edgesSheet.header, mapping.edgeSwitchCostColumn, none);
    selectData(m_edgeFixedKind, mapping.edgeFixedKind ? int(*mapping.edgeFixedKind) : -1);
    m_edgesPreviewModel->clear();
    m_edgesPreviewModel->setHorizontalHeaderLabels(m_edgesSheet.header);
    QStringList rowLabels;
    for (std::size_t r = 0; r < std::min<std::size_t>(m_edgesSheet.rows.size(), PreviewRows); ++r) {
        QList<QStandardItem *> items;
        for (const QString &cell : m_edgesSheet.rows[r])
            items.append(new QStandardItem(cell));
        m_edgesPreviewModel->appendRow(items);
        rowLabels << QString::number(m_edgesSheet.rowNumbers[r]);
    }
    m_edgesPreviewModel->setVerticalHeaderLabels(rowLabels);
}

CsvImportWizard::ColumnUse CsvImportWizard::columnUse(const QString &header) const
{
    for (int r = 0; r < m_columns->rowCount(); ++r)
        if (sameHeader(m_columns->item(r, ColHeader)->text(), header))
            return ColumnUse(qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColUse))->currentIndex());
    return ColumnUse::Ignore;
}

void CsvImportWizard::setColumnUse(const QString &header, ColumnUse use)
{
    for (int r = 0; r < m_columns->rowCount(); ++r)
        if (sameHeader(m_columns->item(r, ColHeader)->text(), header))
            qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColUse))->setCurrentIndex(int(use));
}

CsvMapping CsvImportWizard::mapping() const
{
    CsvMapping m = m_base;
    const QString sep = m_separator->currentData().toString();
    m.separator = sep.isEmpty() ? QChar() : sep.at(0);
    m.modelName = m_modelName->text().trimmed();
    m.fixedKind = chosenKind(m_fixedKind);
    m.otherColumnsAsAttributes = m_otherColumns->isChecked();
    if (m_nodesSheet.header.isEmpty())
        return m; // nothing read yet: the mapping as loaded or guessed

    m.idColumn.clear();
    m.nameColumn.clear();
    m.kindColumn.clear();
    m.criticalityColumn.clear();
    m.mtdHoursColumn.clear();
    m.failureProbabilityColumn.clear();
    m.redundancyColumn.clear();
    m.attributes.clear();
    m.edgeColumns.clear();
    // Attributes and links keep the order of the mapping they came from (a saved mapping
    // reads back the same), new ones follow in column order.
    std::vector<std::pair<std::size_t, CsvAttributeColumn>> attributes;
    std::vector<std::pair<std::size_t, CsvEdgeColumn>> links;
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        const QString h = m_columns->item(r, ColHeader)->text().trimmed();
        switch (ColumnUse(qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColUse))->currentIndex())) {
        case ColumnUse::Ignore:
            break;
        case ColumnUse::Id:
            m.idColumn = h;
            break;
        case ColumnUse::Name:
            m.nameColumn = h;
            break;
        case ColumnUse::Kind:
            m.kindColumn = h;
            break;
        case ColumnUse::Criticality:
            m.criticalityColumn = h;
            break;
        case ColumnUse::MtdHours:
            m.mtdHoursColumn = h;
            break;
        case ColumnUse::FailureProbability:
            m.failureProbabilityColumn = h;
            break;
        case ColumnUse::Redundancy:
            m.redundancyColumn = h;
            break;
        case ColumnUse::Attribute: {
            CsvAttributeColumn a;
            std::size_t order = m_base.attributes.size() + std::size_t(r);
            for (std::size_t i = 0; i < m_base.attributes.size(); ++i)
                if (sameHeader(m_base.attributes[i].column, h)) {
                    a = m_base.attributes[i];
                    order = i;
                }
            a.column = h;
            a.key = qobject_cast<QLineEdit *>(m_columns->cellWidget(r, ColKey))->text().trimmed();
            a.type = CsvValueType(qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColType))->currentData().toInt());
            attributes.emplace_back(order, a);
            break;
        }
        case ColumnUse::Link: {
            CsvEdgeColumn e;
            std::size_t order = m_base.edgeColumns.size() + std::size_t(r);
            for (std::size_t i = 0; i < m_base.edgeColumns.size(); ++i)
                if (sameHeader(m_base.edgeColumns[i].column, h)) {
                    e = m_base.edgeColumns[i];
                    order = i;
                }
            e.column = h;
            e.kind = EdgeKind(qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColEdgeKind))->currentData().toInt());
            e.targetKind = NodeKind(qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColTargetKind))->currentData().toInt());
            e.reverse = qobject_cast<QComboBox *>(m_columns->cellWidget(r, ColDirection))->currentData().toBool();
            links.emplace_back(order, e);
            break;
        }
        }
    }
    std::stable_sort(attributes.begin(), attributes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::stable_sort(links.begin(), links.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[order, a] : attributes)
        m.attributes.push_back(std::move(a));
    for (auto &[order, e] : links)
        m.edgeColumns.push_back(std::move(e));

    // Kind values: those the mapping named, and those the user set to something the
    // built-in words do not say.
    m.kindValues.clear();
    for (int r = 0; r < m_kindValues->rowCount(); ++r) {
        const QString value = m_kindValues->item(r, 0)->text();
        const auto kind = chosenKind(qobject_cast<QComboBox *>(m_kindValues->cellWidget(r, 1)));
        if (!kind)
            continue;
        bool named = false;
        for (const auto &[text, k] : m_base.kindValues)
            if (sameHeader(text, value)) {
                named = true;
                m.kindValues[text] = *kind;
            }
        if (!named && csvKindFromText(value) != kind)
            m.kindValues[value] = *kind;
    }

    if (!m_edgesSheet.header.isEmpty()) {
        m.edgeFromColumn = m_edgeFrom->currentData().toString();
        m.edgeToColumn = m_edgeTo->currentData().toString();
        m.edgeKindColumn = m_edgeKindColumn->currentData().toString();
        m.edgeGroupColumn = m_edgeGroup->currentData().toString();
        m.edgeSwitchMonthsColumn = m_edgeMonths->currentData().toString();
        m.edgeSwitchCostColumn = m_edgeCost->currentData().toString();
        const int fixed = m_edgeFixedKind->currentData().toInt();
        m.edgeFixedKind = fixed < 0 ? std::nullopt : std::optional<EdgeKind>(EdgeKind(fixed));
    }
    return m;
}

const CsvImportResult &CsvImportWizard::runImport()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CsvMapping m = mapping();
    const bool edges = !m_edgesData.isEmpty();
    m_result = importCsv(m_nodesData, QFileInfo(m_nodesPath).fileName(), edges ? &m_edgesData : nullptr,
                         QFileInfo(m_edgesPath).fileName(), m, m_skipBadRows->isChecked());
    if (m_result.model && m.modelName.isEmpty() && m_result.model->name.isEmpty())
        m_result.model->name = QFileInfo(m_nodesPath).completeBaseName();
    QApplication::restoreOverrideCursor();
    showResult();
    return m_result;
}

void CsvImportWizard::showResult()
{
    m_problems->clear();
    for (const Diagnostic &d : m_result.errors)
        m_problems->addItem(d.toString());
    if (m_result.errors.empty()) {
        auto *none = new QListWidgetItem(tr("No problems: every row is valid."), m_problems);
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_created->clear();
    m_created->addItems(m_result.created);
    const std::size_t bad = m_result.badRows.size() + m_result.badEdgeRows.size();
    const auto rows = [](const std::vector<int> &list) {
        QStringList numbers;
        for (std::size_t i = 0; i < std::min<std::size_t>(list.size(), 12); ++i)
            numbers << QString::number(list[i]);
        if (list.size() > 12)
            numbers << QStringLiteral("…");
        return numbers.join(QStringLiteral(", "));
    };
    QStringList skipped;
    if (!m_result.badRows.empty())
        skipped << tr("rows %1 of %2").arg(rows(m_result.badRows), QFileInfo(m_nodesPath).fileName());
    if (!m_result.badEdgeRows.empty())
        skipped << tr("rows %1 of %2").arg(rows(m_result.badEdgeRows), QFileInfo(m_edgesPath).fileName());
    m_skipBadRows->setVisible(bad > 0 || m_skipBadRows->isChecked());
    m_skipBadRows->setText(tr("&Skip the rows with errors (%1) and import the rest").arg(skipped.join(QStringLiteral("; "))));
    if (m_result.model) {
        const QString ready = tr("Ready to import %1 nodes and %2 edges.")
                                  .arg(m_result.model->nodes.size()).arg(m_result.model->edges.size());
        m_summary->setText(bad > 0 ? ready + u' ' + tr("%1 rows with errors are left out.").arg(bad) : ready);
    } else if (bad > 0) {
        m_summary->setText(tr("%1 rows have errors, listed below with their row and column. Correct the spreadsheet or "
                              "the columns, or skip these rows.").arg(bad));
    } else {
        m_summary->setText(tr("Nothing can be imported: see the problems below."));
    }
}

bool CsvImportWizard::loadMapping(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("“%1” could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    Diagnostics diagnostics;
    const CsvMapping loaded = readCsvMapping(file.read(4 * 1024 * 1024), QFileInfo(path).fileName(), &diagnostics);
    if (!diagnostics.empty()) {
        if (error) {
            QStringList lines;
            for (const Diagnostic &d : diagnostics)
                lines << d.toString();
            *error = lines.join(u'\n');
        }
        return false;
    }
    m_mappingLoaded = true;
    // A separator in the mapping: read the sheets again with it.
    {
        const QSignalBlocker block(m_separator);
        selectData(m_separator, loaded.separator.isNull() ? QString() : QString(loaded.separator));
    }
    if (!m_nodesPath.isEmpty())
        readSheet(m_nodesPath, true);
    if (!m_edgesPath.isEmpty())
        readSheet(m_edgesPath, false);
    fillPreview();
    setMapping(loaded);
    QStringList missing;
    const auto check = [&](const QString &column) {
        if (!column.isEmpty() && !m_nodesSheet.header.isEmpty()
            && std::none_of(m_nodesSheet.header.cbegin(), m_nodesSheet.header.cend(),
                            [&](const QString &h) { return sameHeader(h, column); }))
            missing << column;
    };
    for (const QString &c : {loaded.idColumn, loaded.nameColumn, loaded.kindColumn, loaded.criticalityColumn,
                             loaded.mtdHoursColumn, loaded.failureProbabilityColumn, loaded.redundancyColumn})
        check(c);
    for (const CsvAttributeColumn &a : loaded.attributes)
        check(a.column);
    for (const CsvEdgeColumn &e : loaded.edgeColumns)
        check(e.column);
    m_mappingStatus->setText(missing.isEmpty()
                                 ? tr("Column mapping “%1” loaded.").arg(QFileInfo(path).fileName())
                                 : tr("Column mapping “%1” loaded; these columns are not in the spreadsheet and are left "
                                      "out: %2").arg(QFileInfo(path).fileName(), missing.join(QStringLiteral(", "))));
    return true;
}

bool CsvImportWizard::saveMapping(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeCsvMapping(mapping())) < 0 || !file.commit()) {
        if (error)
            *error = tr("“%1” could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

void CsvImportWizard::loadMappingDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a column mapping"),
                                                      settings.value(QStringLiteral("csvImport/directory")).toString(),
                                                      tr("Column mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadMapping(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot load the column mapping"),
                        tr("“%1” is not a column mapping Antrum can use.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(error);
        box.exec();
    }
}

void CsvImportWizard::saveMappingDialog()
{
    QSettings settings;
    const QString suggested = m_nodesPath.isEmpty()
                                  ? settings.value(QStringLiteral("csvImport/directory")).toString()
                                  : QFileInfo(m_nodesPath).absolutePath() + u'/' + QFileInfo(m_nodesPath).completeBaseName()
                                        + QStringLiteral(".mapping.json");
    QString path = QFileDialog::getSaveFileName(this, tr("Save the column mapping"), suggested,
                                                tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    QString error;
    if (saveMapping(path, &error))
        m_mappingStatus->setText(tr("Column mapping saved to “%1”; load it next time, or give it to antrum-cli import "
                                    "--mapping.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(this, tr("Cannot save the column mapping"), error);
}

void CsvImportWizard::setSkipBadRows(bool skip)
{
    m_skipBadRows->setChecked(skip);
}

} // namespace antrum
