// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"

#include <QWizard>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;
QT_END_NAMESPACE

namespace antrum {

/// File › Import › Spreadsheet: turns a spreadsheet of applications (CSV) into a model.
/// Page 1 picks the file (and an optional second sheet of relations) and previews it; page 2
/// says what each column means (id, name, kind, an attribute, a supplier or host the row
/// depends on, ...), first guessed from the headers (guessMapping), and which node kind each
/// value of the kind column stands for; page 3 maps the relations sheet; page 4 imports and
/// lists every bad row with its row and column. Nothing is imported while a row is bad unless
/// the user ticks "skip these rows". The column mapping can be saved and loaded again (the
/// same file `antrum-cli import --mapping` reads; docs/csv-import.md).
class CsvImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPage, ColumnsPage, RelationsPage, CheckPage };

    explicit CsvImportWizard(QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    /// Reads `path` as the nodes sheet and shows its preview; without a loaded mapping the
    /// columns are guessed from its header. False (and the reason shown) if it cannot be read.
    bool setNodesFile(const QString &path);
    /// The relations sheet (empty: none).
    bool setEdgesFile(const QString &path);
    /// Loads a mapping file and shows it on the pages. False (and why, in `error`) if the
    /// file is unreadable or not a valid mapping; the pages are then unchanged.
    bool loadMapping(const QString &path, QString *error = nullptr);
    /// Writes the mapping the pages show to `path` (atomically). False and why on failure.
    bool saveMapping(const QString &path, QString *error = nullptr);

    /// The mapping as the pages show it now.
    CsvMapping mapping() const;
    /// Shows `mapping` on the pages.
    void setMapping(const CsvMapping &mapping);

    /// Runs the import with the mapping shown (what the last page does); `skipBadRows` as the
    /// check box says.
    const CsvImportResult &runImport();
    /// The outcome of the last import (empty until the last page was shown or runImport()).
    const CsvImportResult &result() const { return m_result; }
    /// The imported model once the import succeeded (with the bad rows skipped if asked).
    std::optional<Model> importedModel() const { return m_result.model; }
    QString nodesFile() const { return m_nodesPath; }

    /// The column table's "use as" choices, in this order.
    enum class ColumnUse { Ignore, Id, Name, Kind, Criticality, MtdHours, FailureProbability, Redundancy, Attribute, Link };
    /// Sets how column `header` is used (what the user does with the combo box).
    void setColumnUse(const QString &header, ColumnUse use);
    ColumnUse columnUse(const QString &header) const;
    /// Ticks "skip the bad rows" (and imports again).
    void setSkipBadRows(bool skip);

    int nextId() const override;

private:
    struct ColumnRow;
    QWizardPage *createFilesPage();
    QWizardPage *createColumnsPage();
    QWizardPage *createRelationsPage();
    QWizardPage *createCheckPage();
    bool readSheet(const QString &path, bool nodes);
    void fillPreview();
    void fillColumns(const CsvMapping &mapping);
    void fillKindValues(const CsvMapping &mapping);
    void fillRelations(const CsvMapping &mapping);
    void updateColumnRow(int row);
    void useChanged(int row);
    void showResult();
    void saveMappingDialog();
    void loadMappingDialog();
    /// guessMapping() of the sheets read, with the separator chosen and the file's name.
    CsvMapping guessedMapping() const;
    QStringList distinctValues(const QString &header, int limit) const;

    QString m_nodesPath, m_edgesPath;
    QByteArray m_nodesData, m_edgesData;
    CsvSheet m_nodesSheet, m_edgesSheet;
    /// What the pages do not show and a loaded mapping held (kept so that saving it again
    /// gives the same file): the separators and groups of link columns, etc.
    CsvMapping m_base;
    CsvImportResult m_result;
    bool m_mappingLoaded = false;

    QLineEdit *m_nodesEdit = nullptr;
    QLineEdit *m_edgesEdit = nullptr;
    QComboBox *m_separator = nullptr;
    QLabel *m_fileStatus = nullptr;
    QString m_nodesStatus; ///< what the status says about the nodes sheet
    QLabel *m_mappingStatus = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QTableView *m_preview = nullptr;

    QLineEdit *m_modelName = nullptr;
    QTableWidget *m_columns = nullptr;
    QComboBox *m_fixedKind = nullptr;
    QCheckBox *m_otherColumns = nullptr;
    QTableWidget *m_kindValues = nullptr;
    QLabel *m_kindValuesLabel = nullptr;

    QComboBox *m_edgeFrom = nullptr, *m_edgeTo = nullptr, *m_edgeKindColumn = nullptr, *m_edgeFixedKind = nullptr;
    QComboBox *m_edgeGroup = nullptr, *m_edgeMonths = nullptr, *m_edgeCost = nullptr;
    QStandardItemModel *m_edgesPreviewModel = nullptr;

    QLabel *m_summary = nullptr;
    QListWidget *m_problems = nullptr;
    QListWidget *m_created = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
};

} // namespace antrum
