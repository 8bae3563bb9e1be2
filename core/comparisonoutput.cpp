// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonoutput.h"

#include "analysisoutput.h"
#include "jsonwriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace antrum {

namespace {

/// The translation context of the comparison's tables.
struct ComparisonOutput {
    Q_DECLARE_TR_FUNCTIONS(ComparisonOutput)
};

double round2(double v) { return roundForOutput(v, 2); }
double round4(double v) { return roundForOutput(v, 4); }

/// What the JSON carries: counts whole, shares to four decimals, the rest to two.
double rounded(FigureUnit unit, double v)
{
    switch (unit) {
    case FigureUnit::Count:
        return std::round(v);
    case FigureUnit::Share:
        return round4(v);
    case FigureUnit::Euro:
    case FigureUnit::Score:
    case FigureUnit::Hhi:
        break;
    }
    return round2(v);
}

/// A magnitude for a table cell (no sign): whole euros, index points and percent, scores to
/// one decimal; `fine` gives the full precision of the comparison, for a difference that
/// would otherwise read 0.
QString magnitude(FigureUnit unit, double v, bool fine = false)
{
    switch (unit) {
    case FigureUnit::Count:
        return QString::number(v, 'f', 0);
    case FigureUnit::Euro:
    case FigureUnit::Hhi:
        return QString::number(v, 'f', fine ? 2 : 0);
    case FigureUnit::Score:
        return QString::number(v, 'f', fine ? 2 : 1);
    case FigureUnit::Share:
        break;
    }
    return QString::number(100.0 * v, 'f', fine ? 2 : 0);
}

bool isZero(const QString &digits)
{
    return std::all_of(digits.begin(), digits.end(), [](QChar c) { return c == u'0' || c == u'.'; });
}

QString valueText(FigureUnit unit, double v)
{
    const QString digits = magnitude(unit, std::abs(v));
    const QString text = (v < 0 && !isZero(digits) ? QStringLiteral("−") : QString()) + digits;
    return unit == FigureUnit::Share ? text + u'%' : text;
}

QString deltaText(FigureUnit unit, double delta)
{
    QString digits = magnitude(unit, std::abs(delta));
    if (isZero(digits))
        digits = magnitude(unit, std::abs(delta), true);
    const QString text = (delta < 0 ? QStringLiteral("−") : QStringLiteral("+")) + digits;
    return unit == FigureUnit::Share ? ComparisonOutput::tr("%1 pp").arg(text) : text;
}

QString cellText(const ComparisonRow &row, std::size_t column)
{
    const ComparisonCell &cell = row.cells[column];
    if (!cell.value)
        return ComparisonOutput::tr("n/a");
    QString out = valueText(row.unit, *cell.value);
    if (column == 0 || !cell.delta || (cell.mark != ComparisonMark::Better && cell.mark != ComparisonMark::Worse))
        return out;
    out += (*cell.delta > 0 ? QStringLiteral(" ▲ ") : QStringLiteral(" ▼ ")) + deltaText(row.unit, *cell.delta);
    out += cell.mark == ComparisonMark::Better ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
    return out;
}

enum class Section { Totals, Capabilities, Jurisdictions, Scenarios };

Section sectionOf(const ComparisonRow &row)
{
    if (row.subject.isEmpty())
        return Section::Totals;
    if (row.figure.startsWith(u"scenario."))
        return Section::Scenarios;
    if (row.figure == u"cutoff")
        return Section::Jurisdictions;
    return Section::Capabilities;
}

QString columnHeader(const ComparisonColumn &column)
{
    return column.optionId.isEmpty() ? ComparisonOutput::tr("baseline") : column.optionId;
}

} // namespace

QByteArray comparisonToJson(const Comparison &c)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"model");
    w.beginObject();
    w.key(u"name");
    w.value(c.modelName);
    w.key(u"max_order");
    w.value(c.maxOrder);
    w.endObject();
    if (!c.columns.empty()) {
        const ComparisonColumn &b = c.columns.front();
        w.key(u"baseline");
        w.beginObject();
        w.key(u"name");
        w.value(b.name);
        w.key(u"nodes");
        w.value(b.nodes);
        w.key(u"edges");
        w.value(b.edges);
        w.key(u"scenarios_not_applicable");
        w.value(b.scenariosNotApplicable);
        w.endObject();
    }
    w.key(u"options");
    w.beginArray();
    for (std::size_t i = 1; i < c.columns.size(); ++i) {
        const ComparisonColumn &o = c.columns[i];
        w.beginObject();
        w.key(u"id");
        w.value(o.optionId);
        w.key(u"name");
        w.value(o.name);
        w.key(u"nodes");
        w.value(o.nodes);
        w.key(u"edges");
        w.value(o.edges);
        w.key(u"changes");
        w.value(o.changes);
        w.key(u"scenarios_not_applicable");
        w.value(o.scenariosNotApplicable);
        w.endObject();
    }
    w.endArray();
    w.key(u"rows");
    w.beginArray();
    for (const ComparisonRow &row : c.rows) {
        w.beginObject();
        w.key(u"figure");
        w.value(row.figure);
        w.key(u"subject");
        row.subject.isEmpty() ? w.null() : w.value(row.subject);
        w.key(u"label");
        w.value(row.label);
        w.key(u"unit");
        w.value(toString(row.unit));
        w.key(u"higher_is_better");
        w.value(row.higherIsBetter);
        w.key(u"values");
        w.beginArray();
        for (const ComparisonCell &cell : row.cells)
            cell.value ? w.value(rounded(row.unit, *cell.value)) : w.null();
        w.endArray();
        w.key(u"deltas");
        w.beginArray();
        for (const ComparisonCell &cell : row.cells)
            cell.delta ? w.value(rounded(row.unit, *cell.delta)) : w.null();
        w.endArray();
        w.key(u"marks");
        w.beginArray();
        for (const ComparisonCell &cell : row.cells)
            w.value(toString(cell.mark));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    if (!c.errors.isEmpty()) {
        w.key(u"errors");
        w.value(c.errors);
    }
    w.endObject();
    return w.take() + '\n';
}

QString comparisonToText(const Comparison &c)
{
    QString out = ComparisonOutput::tr("Options compared with the baseline: %1 (cut sets of order 2..%2)\n").arg(c.modelName).arg(c.maxOrder);
    for (const QString &error : c.errors)
        out += ComparisonOutput::tr("error: %1\n").arg(error);
    if (c.columns.empty())
        return out;

    out += u'\n' + ComparisonOutput::tr("Columns\n");
    for (const ComparisonColumn &column : c.columns) {
        out += ComparisonOutput::tr("  %1: %2 (%3 nodes, %4 edges)\n").arg(columnHeader(column), column.name).arg(column.nodes).arg(column.edges);
        for (const QString &change : column.changes)
            out += ComparisonOutput::tr("    - %1\n").arg(change);
        for (const QString &scenario : column.scenariosNotApplicable)
            out += ComparisonOutput::tr("    - scenario %1 does not apply: it names a node this column lacks\n").arg(scenario);
    }
    out += u'\n'
           + ComparisonOutput::tr("How to read a cell: \"3 ▼ −2 ✓\" is the column's value, whether it rose (▲) or fell (▼) against the "
                                  "baseline, by how much, and ✓ when that is better or ✗ when it is worse (the column \"Better\" "
                                  "says whether higher or lower is better). A value without marks equals the baseline's; n/a: "
                                  "the figure does not apply in that column.\n");

    const auto table = [&](Section section, const QString &title, const QString &subjectHeader) -> QString {
        QStringList header;
        QList<bool> right;
        if (!subjectHeader.isEmpty()) {
            header << subjectHeader;
            right << false;
        }
        header << ComparisonOutput::tr("Figure") << ComparisonOutput::tr("Better");
        right << false << false;
        for (const ComparisonColumn &column : c.columns) {
            header << columnHeader(column);
            right << true;
        }
        QList<QStringList> rows;
        QString previous;
        for (const ComparisonRow &row : c.rows) {
            if (sectionOf(row) != section)
                continue;
            QStringList cells;
            if (!subjectHeader.isEmpty()) {
                cells << (row.subject == previous ? QString() : row.subject);
                previous = row.subject;
            }
            cells << row.label << (row.higherIsBetter ? ComparisonOutput::tr("higher") : ComparisonOutput::tr("lower"));
            for (std::size_t i = 0; i < row.cells.size(); ++i)
                cells << cellText(row, i);
            rows << cells;
        }
        if (rows.isEmpty())
            return {};
        return u'\n' + title + u'\n' + formatTable(header, rows, right);
    };
    out += table(Section::Totals, ComparisonOutput::tr("Model totals"), {});
    out += table(Section::Capabilities, ComparisonOutput::tr("Capabilities"), ComparisonOutput::tr("Capability"));
    out += table(Section::Jurisdictions, ComparisonOutput::tr("Jurisdictions"), ComparisonOutput::tr("Jurisdiction"));
    out += table(Section::Scenarios, ComparisonOutput::tr("Scenarios"), ComparisonOutput::tr("Scenario"));
    return out;
}

} // namespace antrum
