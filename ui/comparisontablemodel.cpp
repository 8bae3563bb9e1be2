// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontablemodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace antrum {

namespace {

/// The locale with thousands separators, also where the locale leaves them out by default
/// (the C locale).
QLocale groupingLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

/// The magnitude of `v` as the unit writes it; `fine`: two more digits, for a difference that
/// would otherwise read 0.
QString magnitude(FigureUnit unit, double v, bool fine)
{
    const QLocale locale = groupingLocale();
    switch (unit) {
    case FigureUnit::Count:
        return locale.toString(std::round(v), 'f', 0);
    case FigureUnit::Euro:
        return QStringLiteral("€ ") + locale.toString(fine ? v : std::round(v), 'f', fine ? 2 : 0);
    case FigureUnit::Hhi:
        return locale.toString(fine ? v : std::round(v), 'f', fine ? 2 : 0);
    case FigureUnit::Score:
        return locale.toString(v, 'f', fine ? 2 : 1);
    case FigureUnit::Share:
        break;
    }
    return locale.toString(100.0 * v, 'f', fine ? 2 : 1);
}

bool readsZero(const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit() && c != u'0')
            return false;
    }
    return true;
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonTableModel::setComparison(const Comparison *comparison, const QHash<QString, QString> &names)
{
    beginResetModel();
    m_comparison = comparison && comparison->ok() ? comparison : nullptr;
    m_names = names;
    rebuild();
    endResetModel();
}

void ComparisonTableModel::setSectionVisible(ComparisonSection section, bool visible)
{
    if (m_sections[std::size_t(section)] == visible)
        return;
    beginResetModel();
    m_sections[std::size_t(section)] = visible;
    rebuild();
    endResetModel();
}

void ComparisonTableModel::showOnlySection(std::optional<ComparisonSection> section)
{
    beginResetModel();
    for (int s = 0; s < ComparisonSectionCount; ++s)
        m_sections[std::size_t(s)] = !section || int(*section) == s;
    rebuild();
    endResetModel();
}

void ComparisonTableModel::setOnlyDifferences(bool only)
{
    if (m_onlyDifferences == only)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    rebuild();
    endResetModel();
}

void ComparisonTableModel::rebuild()
{
    m_entries.clear();
    if (!m_comparison)
        return;
    std::optional<ComparisonSection> lastSection;
    QString lastSubject;
    for (std::size_t r = 0; r < m_comparison->rows.size(); ++r) {
        const ComparisonRow &row = m_comparison->rows[r];
        const ComparisonSection section = comparisonSection(row);
        if (!m_sections[std::size_t(section)] || (m_onlyDifferences && !comparisonRowDiffers(row)))
            continue;
        if (section != lastSection) {
            m_entries.push_back({RowKind::SectionHeader, section, {}, -1});
            lastSection = section;
            lastSubject.clear();
        }
        // Capabilities and scenarios have four figures each: under a row that names them.
        const bool grouped = section == ComparisonSection::Capabilities || section == ComparisonSection::Scenarios;
        if (grouped && row.subject != lastSubject) {
            m_entries.push_back({RowKind::SubjectHeader, section, row.subject, -1});
            lastSubject = row.subject;
        }
        m_entries.push_back({RowKind::Figure, section, row.subject, int(r)});
    }
}

ComparisonTableModel::RowKind ComparisonTableModel::rowKind(int row) const
{
    return row >= 0 && std::size_t(row) < m_entries.size() ? m_entries[std::size_t(row)].kind : RowKind::Figure;
}

const ComparisonRow *ComparisonTableModel::comparisonRow(int row) const
{
    if (!m_comparison || row < 0 || std::size_t(row) >= m_entries.size() || m_entries[std::size_t(row)].row < 0)
        return nullptr;
    return &m_comparison->rows[std::size_t(m_entries[std::size_t(row)].row)];
}

QString ComparisonTableModel::subjectAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_entries.size() ? m_entries[std::size_t(row)].subject : QString();
}

int ComparisonTableModel::rowOf(const QString &figure, const QString &subject) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const ComparisonRow *row = comparisonRow(int(i));
        if (row && row->figure == figure && row->subject == subject)
            return int(i);
    }
    return -1;
}

int ComparisonTableModel::figureRowCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.kind == RowKind::Figure; }));
}

QString ComparisonTableModel::formatValue(FigureUnit unit, double value)
{
    const QString digits = magnitude(unit, std::abs(value), false);
    const QString text = value < 0 && !readsZero(digits) ? QStringLiteral("−") + digits : digits;
    return unit == FigureUnit::Share ? text + QStringLiteral(" %") : text;
}

QString ComparisonTableModel::formatDelta(FigureUnit unit, double delta)
{
    QString digits = magnitude(unit, std::abs(delta), false);
    if (readsZero(digits))
        digits = magnitude(unit, std::abs(delta), true);
    const QString text = (delta < 0 ? QStringLiteral("−") : QStringLiteral("+")) + digits;
    return unit == FigureUnit::Share ? tr("%1 pp", "percentage points").arg(text) : text;
}

QString ComparisonTableModel::cellText(const ComparisonRow &row, std::size_t column)
{
    if (column >= row.cells.size())
        return {};
    const ComparisonCell &cell = row.cells[column];
    if (!cell.value)
        return tr("n/a");
    QString out = formatValue(row.unit, *cell.value);
    if (column == 0 || !cell.delta || (cell.mark != ComparisonMark::Better && cell.mark != ComparisonMark::Worse))
        return out;
    out += (*cell.delta > 0 ? QStringLiteral("  ▲ ") : QStringLiteral("  ▼ ")) + formatDelta(row.unit, *cell.delta);
    out += cell.mark == ComparisonMark::Better ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
    return out;
}

QString ComparisonTableModel::sectionTitle(ComparisonSection section)
{
    switch (section) {
    case ComparisonSection::Totals:
        return tr("Model totals");
    case ComparisonSection::Capabilities:
        return tr("Capabilities");
    case ComparisonSection::Jurisdictions:
        return tr("Jurisdictions: capabilities each can cut off on its own");
    case ComparisonSection::Scenarios:
        return tr("Stored scenarios");
    }
    return {};
}

QString ComparisonTableModel::columnTitle(const Comparison &comparison, std::size_t column, int maxLength)
{
    if (column >= comparison.columns.size())
        return {};
    const ComparisonColumn &c = comparison.columns[column];
    if (c.optionId.isEmpty())
        return tr("Baseline");
    const QString letter = column <= 26 ? QString(QChar(u'A' + int(column) - 1)) : QString::number(column);
    QString name = c.name.isEmpty() ? c.optionId : c.name;
    if (maxLength > 0 && name.size() > maxLength)
        name = name.left(maxLength - 1).trimmed() + QStringLiteral("…");
    return tr("%1: %2", "option letter: option name").arg(letter, name);
}

QString ComparisonTableModel::wrapped(const QString &text, int width, int maxLines)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    if (maxLines > 0 && lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.back() += QStringLiteral("…");
    }
    return lines.join(u'\n');
}

QString ComparisonTableModel::subjectText(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id);
}

QString ComparisonTableModel::cellToolTip(const ComparisonRow &row, std::size_t column) const
{
    const ComparisonColumn &col = m_comparison->columns[column];
    const ComparisonCell &cell = row.cells[column];
    const QString columnName = col.optionId.isEmpty() ? tr("the baseline") : tr("option %1").arg(columnTitle(*m_comparison, column));
    const QString figure = capitalised(row.label) + (row.subject.isEmpty() ? QString() : tr(" of %1").arg(subjectText(row.subject)));
    if (!cell.value) {
        QString why;
        if (comparisonSection(row) == ComparisonSection::Scenarios && col.scenariosNotApplicable.contains(row.subject))
            why = tr("The scenario names a node that this option removes, so it cannot be simulated here.");
        else if (row.figure == u"lock_in")
            why = tr("The capability needs no application, so it has no lock-in score.");
        else if (!row.subject.isEmpty() && comparisonSection(row) != ComparisonSection::Scenarios)
            why = column == 0 ? tr("Not in the baseline: the options add it.") : tr("Not in this variant: the option removes it.");
        else
            why = tr("Nothing to measure in this column (no application in use, or no weight to attribute).");
        return tr("%1 in %2: not applicable.\n%3").arg(figure, columnName, why);
    }
    QString tip = tr("%1 in %2: %3.").arg(figure, columnName, formatValue(row.unit, *cell.value));
    const QString direction = row.higherIsBetter ? tr("Higher is better.") : tr("Lower is better.");
    if (column == 0)
        return tip + u'\n' + direction;
    const ComparisonCell &base = row.cells.front();
    if (!base.value)
        return tip + u'\n' + tr("The baseline has no value to compare with.");
    tip += u'\n' + tr("Baseline: %1.").arg(formatValue(row.unit, *base.value));
    switch (cell.mark) {
    case ComparisonMark::Better:
        tip += u'\n' + tr("Change %1: better than the baseline (%2)").arg(formatDelta(row.unit, *cell.delta), direction);
        break;
    case ComparisonMark::Worse:
        tip += u'\n' + tr("Change %1: worse than the baseline (%2)").arg(formatDelta(row.unit, *cell.delta), direction);
        break;
    default:
        tip += u'\n' + tr("The same as the baseline.");
        break;
    }
    return tip;
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : 1 + int(m_comparison->columns.size());
}

Qt::ItemFlags ComparisonTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Header rows can be clicked (a subject selects its node) but are not selected themselves.
    return rowKind(index.row()) == RowKind::SectionHeader ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_comparison || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Entry &entry = m_entries[std::size_t(index.row())];
    switch (role) {
    case KindRole:
        return int(entry.kind);
    case RowRole:
        return entry.row;
    case SectionRole:
        return int(entry.section);
    case SubjectRole:
        return entry.subject;
    default:
        break;
    }
    if (entry.kind == RowKind::Figure)
        return figureData(entry, index.column(), role);

    const QPalette palette = QGuiApplication::palette();
    const bool section = entry.kind == RowKind::SectionHeader;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != 0)
            return {};
        return section ? sectionTitle(entry.section) : subjectText(entry.subject);
    case Qt::FontRole: {
        QFont font = QGuiApplication::font();
        font.setBold(true);
        if (section)
            font.setPointSizeF(font.pointSizeF() * 1.1);
        return font;
    }
    case Qt::BackgroundRole:
        return section ? palette.color(QPalette::Button) : blend(palette.color(QPalette::Base), palette.color(QPalette::Button), 0.45);
    case Qt::ForegroundRole:
        return section ? palette.color(QPalette::ButtonText) : palette.color(QPalette::Text);
    case Qt::ToolTipRole:
        if (entry.kind == RowKind::SubjectHeader)
            return entry.section == ComparisonSection::Scenarios ? tr("Scenario %1: click to select the nodes it names").arg(subjectText(entry.subject))
                                                                 : tr("Capability %1: click to select it").arg(subjectText(entry.subject));
        return {};
    default:
        return {};
    }
}

QVariant ComparisonTableModel::figureData(const Entry &entry, int column, int role) const
{
    const ComparisonRow &row = m_comparison->rows[std::size_t(entry.row)];
    const QPalette palette = QGuiApplication::palette();
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
            // A jurisdiction has a single figure: its name is the row.
            if (entry.section == ComparisonSection::Jurisdictions)
                return subjectText(row.subject);
            return capitalised(row.label);
        case Qt::ToolTipRole:
            return QString(capitalised(row.label) + (row.subject.isEmpty() ? QString() : tr(" of %1").arg(subjectText(row.subject)))
                           + u'\n' + (row.higherIsBetter ? tr("Higher is better.") : tr("Lower is better.")));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const std::size_t c = std::size_t(column - 1);
    if (c >= row.cells.size())
        return {};
    const ComparisonCell &cell = row.cells[c];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, c);
    case MarkRole:
        return int(cell.mark);
    case ValueRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case DeltaRole:
        return cell.delta ? QVariant(*cell.delta) : QVariant();
    case Qt::ToolTipRole:
        return cellToolTip(row, c);
    case Qt::AccessibleTextRole:
        return QString(cellText(row, c)
                       + (cell.mark == ComparisonMark::Better ? tr(", better") : cell.mark == ComparisonMark::Worse ? tr(", worse") : QString()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!cell.value) {
            QFont font = QGuiApplication::font();
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!cell.value)
            return palette.brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        // A tint of green or red over the palette's base: the text colour stays readable.
        if (c > 0 && cell.mark == ComparisonMark::Better)
            return blend(palette.color(QPalette::Base), QColor(0x2e, 0x9d, 0x3a), 0.28);
        if (c > 0 && cell.mark == ComparisonMark::Worse)
            return blend(palette.color(QPalette::Base), QColor(0xd3, 0x2f, 0x2f), 0.28);
        return {};
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_comparison)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Figure");
        return {};
    }
    if (section < 1 || std::size_t(section - 1) >= m_comparison->columns.size())
        return {};
    const ComparisonColumn &column = m_comparison->columns[std::size_t(section - 1)];
    switch (role) {
    case Qt::DisplayRole:
        // Option names can be sentences: two lines here, the tooltip has it whole.
        return wrapped(columnTitle(*m_comparison, std::size_t(section - 1)), 28, 2);
    case Qt::ToolTipRole: {
        if (column.optionId.isEmpty())
            return tr("The model as it is: %1 (%2 nodes, %3 edges)").arg(column.name).arg(column.nodes).arg(column.edges);
        QString tip = tr("Option %1 (%2; %3 nodes, %4 edges)")
                          .arg(columnTitle(*m_comparison, std::size_t(section - 1)), column.optionId)
                          .arg(column.nodes)
                          .arg(column.edges);
        for (const QString &change : column.changes)
            tip += QStringLiteral("\n• ") + change;
        if (!column.scenariosNotApplicable.isEmpty())
            tip += u'\n' + tr("Scenarios that cannot run on it: %1").arg(column.scenariosNotApplicable.join(QStringLiteral(", ")));
        return tip;
    }
    default:
        return {};
    }
}

} // namespace antrum
