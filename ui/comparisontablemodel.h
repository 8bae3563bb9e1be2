// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonchartdata.h"
#include "optioncomparison.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>
#include <optional>

namespace antrum {

/// A Comparison as a table: a first "Figure" column, then one column per ComparisonColumn
/// (the baseline, then the options). Rows are grouped by section (totals, capabilities,
/// jurisdictions, scenarios) under header rows, and capability and scenario figures under a
/// row naming their subject. A difference to the baseline reads "9 ▲ +1 ✗": the value, whether
/// it rose or fell, by how much, and whether that is better (✓) or worse (✗), so that the
/// meaning never rests on colour alone; better and worse cells are also tinted, with colours
/// blended from the palette so that they stay readable in light and dark themes.
class ComparisonTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// What a table row is.
    enum class RowKind { Figure, SectionHeader, SubjectHeader };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(RowKind)
        RowRole,     ///< the index in Comparison::rows (figure rows), else -1
        SectionRole, ///< int(ComparisonSection)
        SubjectRole, ///< the capability, jurisdiction or scenario id (empty for totals)
        MarkRole,    ///< int(ComparisonMark) of a cell (columns 1..)
        ValueRole,   ///< the cell's value (double), or an invalid QVariant for n/a
        DeltaRole,   ///< the cell's delta (double), or invalid
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    /// Shows `comparison` (not owned; must outlive this table or be replaced first; null
    /// clears). `names` gives subjects their names (node and scenario id -> name).
    void setComparison(const Comparison *comparison, const QHash<QString, QString> &names = {});
    const Comparison *comparison() const { return m_comparison; }

    /// Which sections are shown (all by default).
    void setSectionVisible(ComparisonSection section, bool visible);
    bool isSectionVisible(ComparisonSection section) const { return m_sections[std::size_t(section)]; }
    /// Shows only the sections in `section` (none: all of them).
    void showOnlySection(std::optional<ComparisonSection> section);
    /// Only the rows in which some column differs from the baseline (comparisonRowDiffers()).
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }

    RowKind rowKind(int row) const;
    /// The comparison row shown at table row `row`, or null for a header row.
    const ComparisonRow *comparisonRow(int row) const;
    /// The subject of table row `row` (a figure row or a subject header), or empty.
    QString subjectAt(int row) const;
    /// The table row of `figure` about `subject`, or -1 (not shown).
    int rowOf(const QString &figure, const QString &subject = {}) const;
    /// Figure rows shown (headers not counted).
    int figureRowCount() const;

    /// How a value of `unit` is written: "€ 12,000", "3", "42.5" (scores), "3,906" (HHI),
    /// "85.0 %" (shares); negative values with a real minus sign.
    static QString formatValue(FigureUnit unit, double value);
    /// A difference: "+2", "−€ 12,000", "+1.5", "−3.2 pp".
    static QString formatDelta(FigureUnit unit, double delta);
    /// The text of a cell: "n/a", the value, and for an option that differs the change, e.g.
    /// "€ 138,000 ▼ −€ 12,000 ✓".
    static QString cellText(const ComparisonRow &row, std::size_t column);
    static QString sectionTitle(ComparisonSection section);
    /// A column's title: "Baseline", or the option's letter and name, "A: Proxmox VE in …"
    /// (letters in column order, so that charts and table name options alike); `maxLength`
    /// above 0 shortens a long name with "…".
    static QString columnTitle(const Comparison &comparison, std::size_t column, int maxLength = 0);
    /// `text` broken at spaces into lines of at most about `width` characters (item views and
    /// headers do not wrap on their own); with `maxLines` above 0, the last line kept ends in "…".
    static QString wrapped(const QString &text, int width, int maxLines = 0);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry {
        RowKind kind = RowKind::Figure;
        ComparisonSection section = ComparisonSection::Totals;
        QString subject;
        int row = -1; ///< index in m_comparison->rows for a figure
    };
    void rebuild();
    QString subjectText(const QString &id) const;
    QString cellToolTip(const ComparisonRow &row, std::size_t column) const;
    QVariant figureData(const Entry &entry, int column, int role) const;

    const Comparison *m_comparison = nullptr;
    QHash<QString, QString> m_names;
    std::array<bool, ComparisonSectionCount> m_sections{true, true, true, true};
    bool m_onlyDifferences = false;
    std::vector<Entry> m_entries;
};

} // namespace antrum
