// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

namespace antrum {

namespace {

/// The translation context of import messages.
struct CsvImport {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};

QString quoted(const QString &text) { return u'"' + text + u'"'; }

Diagnostic located(const QString &file, int row, int column, const QString &message)
{
    return Diagnostic{file, row, column, {}, message};
}

bool startsFormula(QChar c) { return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r'; }

/// Undoes csvTextCell() of modelexport.h: `^'+[=+\-@\t\r]` loses its first quote.
QString unneutralised(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i > 0 && i < cell.size() && startsFormula(cell.at(i)) ? cell.mid(1) : cell;
}

/// 1-based offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and
/// code points above U+10FFFF included), or 0 when `bytes` is valid.
qsizetype utf8ErrorAt(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return i + 1;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i + 1;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i + 1;
        i += length;
    }
    return 0;
}

// --- the reader ------------------------------------------------------------------------------

struct RawRead {
    CsvSheet sheet;
    Diagnostics fatal;                     ///< the file as a whole is unusable
    std::map<int, Diagnostics> rowErrors;  ///< row number -> what is wrong in it
    void rowError(int row, int column, const QString &message)
    {
        rowErrors[row].push_back(located(sheet.name, row, column, message));
    }
};

char detectSeparator(const char *p, qsizetype n)
{
    qsizetype commas = 0, semicolons = 0;
    bool inQuotes = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

RawRead readRaw(const QByteArray &data, const QString &name, qsizetype maxRows, QChar separator, const CsvLimits &limits)
{
    RawRead result;
    result.sheet.name = name;
    if (data.size() > limits.maxBytes) {
        result.fatal.push_back(located(name, 0, 0,
                                       CsvImport::tr("the file is %1 MB; at most %2 MB can be imported")
                                           .arg(double(data.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                           .arg(limits.maxBytes / (1024 * 1024))));
        return result;
    }
    qsizetype i = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        i = 3;
    else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        result.fatal.push_back(located(name, 1, 1, CsvImport::tr("the file is UTF-16; save it as CSV UTF-8")));
        return result;
    }
    const char *p = data.constData();
    const qsizetype n = data.size();
    char sep = ',';
    if (separator == u';' || separator == u',')
        sep = char(separator.unicode());
    else
        sep = detectSeparator(p + i, n - i);
    result.sheet.separator = QChar(QLatin1Char(sep));

    int row = 0;
    qsizetype dataRows = 0;
    std::vector<QByteArray> fields;
    while (i < n) {
        ++row;
        fields.clear();
        for (;;) {
            const int column = int(fields.size()) + 1;
            QByteArray field;
            bool tooLong = false;
            if (p[i] == '"') {
                const int startRow = row;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char *quote = static_cast<const char *>(std::memchr(p + i, '"', std::size_t(n - i)));
                    const qsizetype end = quote ? quote - p : n;
                    if (!tooLong)
                        field.append(p + i, end - i);
                    i = end;
                    if (!quote)
                        break;
                    if (i + 1 < n && p[i + 1] == '"') {
                        if (!tooLong)
                            field.append('"');
                        i += 2;
                    } else {
                        ++i;
                        closed = true;
                        break;
                    }
                    if (field.size() > limits.maxFieldBytes) {
                        tooLong = true;
                        field.clear();
                    }
                }
                if (field.size() > limits.maxFieldBytes) {
                    tooLong = true;
                    field.clear();
                }
                if (!closed) {
                    result.fatal.push_back(located(name, startRow, column,
                                                   CsvImport::tr("a quoted field is never closed: a \" is missing")));
                    return result;
                }
                if (i < n && p[i] != sep && p[i] != '\r' && p[i] != '\n') {
                    result.rowError(row, column, CsvImport::tr("text after the closing quote of a quoted field"));
                    while (i < n && p[i] != sep && p[i] != '\r' && p[i] != '\n')
                        ++i;
                }
            } else {
                const qsizetype start = i;
                while (i < n && p[i] != sep && p[i] != '\r' && p[i] != '\n')
                    ++i;
                if (i - start > limits.maxFieldBytes)
                    tooLong = true;
                else
                    field = QByteArray(p + start, i - start);
            }
            if (tooLong)
                result.rowError(row, column, CsvImport::tr("the cell is longer than %1 bytes").arg(limits.maxFieldBytes));
            fields.push_back(std::move(field));
            if (fields.size() > std::size_t(limits.maxColumns)) {
                result.fatal.push_back(located(name, row, column,
                                               CsvImport::tr("more than %1 columns; no spreadsheet has that many").arg(limits.maxColumns)));
                return result;
            }
            if (i >= n)
                break;
            if (p[i] == sep) {
                ++i;
                if (i >= n) {
                    fields.emplace_back();
                    break;
                }
                continue;
            }
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
                ++i;
            ++i;
            break;
        }

        QStringList cells;
        cells.reserve(qsizetype(fields.size()));
        bool empty = true;
        for (std::size_t f = 0; f < fields.size(); ++f) {
            const QByteArray &bytes = fields[f];
            QString text;
            if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return (uchar(c) & 0x80) == 0; })) {
                text = QString::fromLatin1(bytes);
            } else {
                text = QString::fromUtf8(bytes);
                if (const qsizetype at = utf8ErrorAt(bytes)) {
                    result.rowError(row, int(f) + 1,
                                    CsvImport::tr("invalid UTF-8 (byte %1 of the cell); save the file as CSV UTF-8").arg(at));
                }
            }
            text = unneutralised(text);
            if (!text.trimmed().isEmpty())
                empty = false;
            cells.append(std::move(text));
        }
        if (row == 1) {
            for (QString &cell : cells)
                cell = cell.trimmed();
            result.sheet.header = cells;
            continue;
        }
        if (empty && !result.rowErrors.contains(row))
            continue;
        if (++dataRows > limits.maxRows) {
            result.fatal.push_back(located(name, row, 0,
                                           CsvImport::tr("more than %1 data rows; split the file").arg(limits.maxRows)));
            return result;
        }
        if (maxRows >= 0 && dataRows > maxRows) {
            result.sheet.truncated = true;
            break;
        }
        result.sheet.rows.push_back(std::move(cells));
        result.sheet.rowNumbers.push_back(row);
    }
    if (row == 0)
        result.fatal.push_back(located(name, 0, 0, CsvImport::tr("the file is empty: a header row is needed")));
    return result;
}

// --- values ----------------------------------------------------------------------------------

std::optional<double> parseNumber(QString text, QChar separator)
{
    text = text.trimmed();
    if (separator == u';' && text.count(u',') == 1 && !text.contains(u'.'))
        text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(const QString &text)
{
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("ja"), QStringLiteral("waar"),
                                 QStringLiteral("1"), QStringLiteral("y"), QStringLiteral("j")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("nee"), QStringLiteral("onwaar"),
                                QStringLiteral("0"), QStringLiteral("n")};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QString normalisedHeader(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isLetterOrNumber() ? c : QChar(u' '));
    }
    return out.simplified();
}

std::optional<NodeKind> builtInKind(const QString &text)
{
    const QString t = normalisedHeader(text);
    if (const auto kind = nodeKindFromString(t))
        return kind;
    static const std::map<QString, NodeKind> words{
        {QStringLiteral("bedrijfsfunctie"), NodeKind::Capability}, {QStringLiteral("functie"), NodeKind::Capability},
        {QStringLiteral("dienst"), NodeKind::Capability},          {QStringLiteral("capabilities"), NodeKind::Capability},
        {QStringLiteral("applicatie"), NodeKind::Application},     {QStringLiteral("app"), NodeKind::Application},
        {QStringLiteral("software"), NodeKind::Application},       {QStringLiteral("systeem"), NodeKind::Application},
        {QStringLiteral("leverancier"), NodeKind::Supplier},       {QStringLiteral("vendor"), NodeKind::Supplier},
        {QStringLiteral("hosting"), NodeKind::Host},               {QStringLiteral("datacenter"), NodeKind::Host},
        {QStringLiteral("datacentrum"), NodeKind::Host},           {QStringLiteral("jurisdictie"), NodeKind::Jurisdiction},
        {QStringLiteral("land"), NodeKind::Jurisdiction},          {QStringLiteral("country"), NodeKind::Jurisdiction}};
    const auto it = words.find(t);
    return it == words.end() ? std::nullopt : std::optional<NodeKind>(it->second);
}

QString kindPrefix(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability:
        return QStringLiteral("cap-");
    case NodeKind::Application:
        return QStringLiteral("app-");
    case NodeKind::Supplier:
        return QStringLiteral("sup-");
    case NodeKind::Host:
        return QStringLiteral("host-");
    case NodeKind::Jurisdiction:
        return QStringLiteral("jur-");
    }
    return {};
}

/// "Microsoft Ireland Ltd." -> "microsoft-ireland-ltd": an id a person can read.
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
        if (out.size() >= 60)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

CsvAttributeColumn attributeForHeader(const QString &header);

// --- the import ------------------------------------------------------------------------------

/// Where a node or an edge of the model came from, to put validation errors back on a row.
struct Origin {
    bool edgesTable = false;
    int row = 0;
    int column = 0;   ///< the column that made it (an edge column), or 0
    int idColumn = 0; ///< 1-based column of the id, 0 if none
    int fromColumn = 0;
    int toColumn = 0;
    int kindColumn = 0;
};

struct PendingEdge {
    int column = 0; ///< 1-based
    const CsvEdgeColumn *spec = nullptr;
    QString value;
};

struct ParsedNode {
    int row = 0;
    Node node;
    std::vector<PendingEdge> edges;
};

struct ParsedEdge {
    int row = 0;
    QString from;
    QString to;
    Edge edge;
};

class Importer
{
public:
    Importer(const CsvMapping &mapping, const CsvLimits &limits) : m_mapping(mapping), m_limits(limits) {}

    CsvImportResult run(const QByteArray &nodesCsv, const QString &nodesName, const QByteArray *edgesCsv,
                        const QString &edgesName, bool skipBadRows);

private:
    int column(const CsvSheet &sheet, const QString &header, const QString &what);
    /// The header's columns by case-folded text (first one wins), made once per sheet: a
    /// lookup per mapped column stays O(1) with a million columns.
    QHash<QString, int> m_headerIndex;
    const CsvSheet *m_indexedSheet = nullptr;
    void parseNodes(const CsvSheet &sheet);
    void parseEdges(const CsvSheet &sheet);
    /// Builds the model from the rows not yet bad; returns whether new rows turned bad.
    bool build();
    void nodeError(int row, int column, const QString &message)
    {
        m_nodeErrors[row].push_back(located(m_nodesName, row, column, message));
    }
    void edgeError(int row, int column, const QString &message)
    {
        m_edgeErrors[row].push_back(located(m_edgesName, row, column, message));
    }
    QString cell(const QStringList &row, int column) const
    {
        return column > 0 && column <= row.size() ? row.at(column - 1).trimmed() : QString();
    }

    const CsvMapping &m_mapping;
    const CsvLimits &m_limits;
    QString m_nodesName;
    QString m_edgesName;
    QChar m_separator;
    Diagnostics m_fatal;
    std::map<int, Diagnostics> m_nodeErrors;
    std::map<int, Diagnostics> m_edgeErrors;
    std::vector<CsvAttributeColumn> m_attributes;
    std::vector<ParsedNode> m_nodes;
    std::vector<ParsedEdge> m_edges;
    int m_idColumn = 0, m_nameColumn = 0, m_kindColumn = 0;
    int m_fromColumn = 0, m_toColumn = 0, m_edgeKindColumn = 0;

    Model m_model;
    std::vector<Origin> m_nodeOrigins;
    std::vector<Origin> m_edgeOrigins;
    QStringList m_created;
};

int Importer::column(const CsvSheet &sheet, const QString &header, const QString &what)
{
    if (header.trimmed().isEmpty())
        return 0;
    if (m_indexedSheet != &sheet) {
        m_headerIndex.clear();
        for (qsizetype c = sheet.header.size() - 1; c >= 0; --c)
            m_headerIndex.insert(sheet.header.at(c).toCaseFolded(), int(c) + 1);
        m_indexedSheet = &sheet;
    }
    if (const int found = m_headerIndex.value(header.trimmed().toCaseFolded()); found > 0)
        return found;
    m_fatal.push_back(located(sheet.name, 1, 0,
                              CsvImport::tr("the mapping names the column %1 for %2, but the header has no such column (it has: %3)")
                                  .arg(quoted(header), what, sheet.header.join(QStringLiteral(", ")))));
    return 0;
}

void Importer::parseNodes(const CsvSheet &sheet)
{
    m_idColumn = column(sheet, m_mapping.idColumn, QStringLiteral("id"));
    m_nameColumn = column(sheet, m_mapping.nameColumn, QStringLiteral("name"));
    m_kindColumn = column(sheet, m_mapping.kindColumn, QStringLiteral("kind"));
    const int critColumn = column(sheet, m_mapping.criticalityColumn, QStringLiteral("criticality"));
    const int mtdColumn = column(sheet, m_mapping.mtdHoursColumn, QStringLiteral("mtd_hours"));
    const int fpColumn = column(sheet, m_mapping.failureProbabilityColumn, QStringLiteral("failure_probability"));
    const int redundancyColumn = column(sheet, m_mapping.redundancyColumn, QStringLiteral("redundancy"));
    m_attributes = m_mapping.attributes;
    std::vector<int> attributeColumns;
    for (const CsvAttributeColumn &a : m_attributes)
        attributeColumns.push_back(column(sheet, a.column, QStringLiteral("attribute ") + a.key));
    std::vector<int> edgeColumns;
    for (const CsvEdgeColumn &e : m_mapping.edgeColumns)
        edgeColumns.push_back(column(sheet, e.column, toString(e.kind) + QStringLiteral(" edges")));
    if (m_mapping.otherColumnsAsAttributes) {
        QSet<int> used{m_idColumn, m_nameColumn, m_kindColumn, critColumn, mtdColumn, fpColumn, redundancyColumn};
        used.unite(QSet<int>(attributeColumns.begin(), attributeColumns.end()));
        used.unite(QSet<int>(edgeColumns.begin(), edgeColumns.end()));
        for (qsizetype c = 0; c < sheet.header.size(); ++c)
            if (!used.contains(int(c) + 1) && !sheet.header.at(c).isEmpty()) {
                m_attributes.push_back(attributeForHeader(sheet.header.at(c)));
                attributeColumns.push_back(int(c) + 1);
            }
    }
    if (m_idColumn == 0 && m_nameColumn == 0)
        m_fatal.push_back(located(sheet.name, 1, 0, CsvImport::tr("the mapping names neither an id nor a name column")));
    if (m_kindColumn == 0 && !m_mapping.fixedKind)
        m_fatal.push_back(located(sheet.name, 1, 0, CsvImport::tr("the mapping names neither a kind column nor a fixed kind")));
    if (!m_fatal.empty())
        return;

    QHash<QString, int> firstRow;
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows[r];
        const int row = sheet.rowNumbers[r];
        ParsedNode parsed;
        parsed.row = row;
        Node &node = parsed.node;
        const auto fail = [&](int col, const QString &message) { nodeError(row, col, message); };
        if (cells.size() > sheet.header.size()) {
            for (qsizetype c = sheet.header.size(); c < cells.size(); ++c)
                if (!cells.at(c).trimmed().isEmpty()) {
                    fail(int(c) + 1, CsvImport::tr("the row has %1 cells, the header only %2").arg(cells.size()).arg(sheet.header.size()));
                    break;
                }
        }
        node.name = cell(cells, m_nameColumn);
        if (m_kindColumn > 0 && !cell(cells, m_kindColumn).isEmpty()) {
            const QString text = cell(cells, m_kindColumn);
            std::optional<NodeKind> kind;
            for (const auto &[value, k] : m_mapping.kindValues)
                if (value.trimmed().compare(text, Qt::CaseInsensitive) == 0)
                    kind = k;
            if (!kind)
                kind = builtInKind(text);
            if (kind)
                node.kind = *kind;
            else
                fail(m_kindColumn, CsvImport::tr("unknown kind %1: expected capability, application, supplier, host or "
                                                 "jurisdiction, or a value of the mapping's kind_values")
                                       .arg(quoted(text)));
        } else if (m_mapping.fixedKind) {
            node.kind = *m_mapping.fixedKind;
        } else {
            fail(m_kindColumn, CsvImport::tr("the kind is empty"));
        }
        if (m_idColumn > 0) {
            node.id = cell(cells, m_idColumn);
            if (node.id.isEmpty())
                fail(m_idColumn, CsvImport::tr("the id is empty"));
        } else if (!node.name.isEmpty()) {
            const QString s = slug(node.name);
            node.id = kindPrefix(node.kind) + (s.isEmpty() ? QStringLiteral("row-%1").arg(row) : s);
        }
        if (node.name.isEmpty())
            node.name = node.id;
        if (node.id.isEmpty() && m_idColumn == 0)
            fail(m_nameColumn, CsvImport::tr("the name is empty (it makes the id)"));
        if (!node.id.isEmpty()) {
            const auto it = firstRow.constFind(node.id);
            if (it != firstRow.constEnd())
                fail(m_idColumn > 0 ? m_idColumn : m_nameColumn,
                     m_idColumn > 0 ? CsvImport::tr("duplicate id %1 (first used in row %2)").arg(quoted(node.id)).arg(*it)
                                    : CsvImport::tr("the id %1 made from the name is already used in row %2")
                                          .arg(quoted(node.id))
                                          .arg(*it));
            else
                firstRow.insert(node.id, row);
        }
        if (const QString text = cell(cells, critColumn); !text.isEmpty()) {
            const std::optional<double> value = parseNumber(text, m_separator);
            if (value && *value >= 1 && *value <= 5 && std::trunc(*value) == *value)
                node.criticality = int(*value);
            else
                fail(critColumn, CsvImport::tr("criticality %1 is not a whole number from 1 to 5").arg(quoted(text)));
        }
        if (const QString text = cell(cells, mtdColumn); !text.isEmpty()) {
            const std::optional<double> value = parseNumber(text, m_separator);
            if (value && *value >= 0)
                node.mtdHours = *value;
            else
                fail(mtdColumn, CsvImport::tr("mtd_hours %1 is not a number of hours (0 or more)").arg(quoted(text)));
        }
        if (const QString text = cell(cells, fpColumn); !text.isEmpty()) {
            const std::optional<double> value = parseNumber(text, m_separator);
            if (value && *value >= 0 && *value <= 1)
                node.failureProbability = *value;
            else
                fail(fpColumn, CsvImport::tr("failure_probability %1 is not a number from 0 to 1").arg(quoted(text)));
        }
        if (const QString text = cell(cells, redundancyColumn); !text.isEmpty()) {
            for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
                const qsizetype eq = part.lastIndexOf(u'=');
                bool kOk = false;
                const int k = eq > 0 ? part.mid(eq + 1).trimmed().toInt(&kOk) : 0;
                if (!kOk || k < 1 || part.left(eq).trimmed().isEmpty()) {
                    fail(redundancyColumn, CsvImport::tr("redundancy %1 is not of the form group=k; group=k").arg(quoted(text)));
                    break;
                }
                node.redundancy[part.left(eq).trimmed()] = k;
            }
        }
        for (std::size_t a = 0; a < m_attributes.size(); ++a) {
            const CsvAttributeColumn &spec = m_attributes[a];
            const int col = attributeColumns[a];
            const QString text = col > 0 && col <= cells.size() ? cells.at(col - 1) : QString();
            if (text.trimmed().isEmpty())
                continue;
            switch (spec.type) {
            case CsvValueType::String:
                node.attributes[spec.key] = text;
                break;
            case CsvValueType::Number:
                if (const std::optional<double> value = parseNumber(text, m_separator))
                    node.attributes[spec.key] = *value;
                else
                    fail(col, CsvImport::tr("%1: %2 is not a number").arg(spec.key, quoted(text.trimmed())));
                break;
            case CsvValueType::Bool:
                if (const std::optional<bool> value = parseBool(text))
                    node.attributes[spec.key] = *value;
                else
                    fail(col, CsvImport::tr("%1: %2 is not true/false (or yes/no, ja/nee)").arg(spec.key, quoted(text.trimmed())));
                break;
            case CsvValueType::List: {
                QStringList entries;
                for (const QString &entry : text.split(spec.separator.isEmpty() ? QStringLiteral(";") : spec.separator))
                    if (!entry.trimmed().isEmpty())
                        entries.append(entry.trimmed());
                node.attributes[spec.key] = entries;
                break;
            }
            }
        }
        for (std::size_t e = 0; e < m_mapping.edgeColumns.size(); ++e) {
            const CsvEdgeColumn &spec = m_mapping.edgeColumns[e];
            const QString text = cell(cells, edgeColumns[e]);
            const QStringList values = spec.separator.isEmpty() ? QStringList{text} : text.split(spec.separator);
            for (const QString &value : values)
                if (!value.trimmed().isEmpty())
                    parsed.edges.push_back({edgeColumns[e], &spec, value.trimmed()});
        }
        m_nodes.push_back(std::move(parsed));
    }
}

void Importer::parseEdges(const CsvSheet &sheet)
{
    m_fromColumn = column(sheet, m_mapping.edgeFromColumn, QStringLiteral("from"));
    m_toColumn = column(sheet, m_mapping.edgeToColumn, QStringLiteral("to"));
    m_edgeKindColumn = m_mapping.edgeFixedKind && !sheet.header.contains(m_mapping.edgeKindColumn, Qt::CaseInsensitive)
                           ? 0
                           : column(sheet, m_mapping.edgeKindColumn, QStringLiteral("kind"));
    const int groupColumn = sheet.header.contains(m_mapping.edgeGroupColumn, Qt::CaseInsensitive)
                                ? column(sheet, m_mapping.edgeGroupColumn, QStringLiteral("group"))
                                : 0;
    const int monthsColumn = column(sheet, m_mapping.edgeSwitchMonthsColumn, QStringLiteral("switch_months"));
    const int costColumn = column(sheet, m_mapping.edgeSwitchCostColumn, QStringLiteral("switch_cost"));
    if (m_fromColumn == 0 || m_toColumn == 0) {
        m_fatal.push_back(located(sheet.name, 1, 0, CsvImport::tr("the edges table needs a from and a to column")));
        return;
    }
    if (m_edgeKindColumn == 0 && !m_mapping.edgeFixedKind) {
        m_fatal.push_back(located(sheet.name, 1, 0, CsvImport::tr("the mapping names neither an edge kind column nor a fixed edge kind")));
        return;
    }
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows[r];
        ParsedEdge parsed;
        parsed.row = sheet.rowNumbers[r];
        parsed.from = cell(cells, m_fromColumn);
        parsed.to = cell(cells, m_toColumn);
        if (parsed.from.isEmpty())
            edgeError(parsed.row, m_fromColumn, CsvImport::tr("from is empty"));
        if (parsed.to.isEmpty())
            edgeError(parsed.row, m_toColumn, CsvImport::tr("to is empty"));
        const QString kindText = cell(cells, m_edgeKindColumn);
        if (!kindText.isEmpty()) {
            if (const auto kind = edgeKindFromString(normalisedHeader(kindText).replace(u' ', u'_')))
                parsed.edge.kind = *kind;
            else
                edgeError(parsed.row, m_edgeKindColumn, CsvImport::tr("unknown edge kind %1").arg(quoted(kindText)));
        } else if (m_mapping.edgeFixedKind) {
            parsed.edge.kind = *m_mapping.edgeFixedKind;
        } else {
            edgeError(parsed.row, m_edgeKindColumn, CsvImport::tr("the kind is empty"));
        }
        parsed.edge.group = cell(cells, groupColumn);
        for (const auto &[col, target, label] : {std::tuple{monthsColumn, &parsed.edge.switchMonths, "switch_months"},
                                                 std::tuple{costColumn, &parsed.edge.switchCost, "switch_cost"}}) {
            const QString text = cell(cells, col);
            if (text.isEmpty())
                continue;
            const std::optional<double> value = parseNumber(text, m_separator);
            if (value && *value >= 0)
                *target = *value;
            else
                edgeError(parsed.row, col, CsvImport::tr("%1 %2 is not a number (0 or more)").arg(QLatin1String(label), quoted(text)));
        }
        m_edges.push_back(std::move(parsed));
    }
}

bool Importer::build()
{
    const std::size_t badBefore = m_nodeErrors.size() + m_edgeErrors.size();
    m_model = Model{};
    m_model.name = m_mapping.modelName.isEmpty() ? QFileInfo(m_nodesName).completeBaseName() : m_mapping.modelName;
    if (m_model.name.isEmpty())
        m_model.name = QStringLiteral("Import");
    m_nodeOrigins.clear();
    m_edgeOrigins.clear();
    m_created.clear();

    QHash<QString, int> byId;          // id -> index in m_model.nodes
    QHash<QString, int> badIds;        // id of a bad row -> its row
    std::map<std::pair<int, QString>, std::vector<int>> byName; // (kind, lower-case name) -> indices
    QHash<QString, std::vector<int>> byNameAnyKind;
    for (const ParsedNode &p : m_nodes) {
        if (m_nodeErrors.contains(p.row)) {
            if (!p.node.id.isEmpty() && !badIds.contains(p.node.id))
                badIds.insert(p.node.id, p.row);
            continue;
        }
        const int index = int(m_model.nodes.size());
        byId.insert(p.node.id, index);
        byName[{int(p.node.kind), p.node.name.toLower()}].push_back(index);
        byNameAnyKind[p.node.name.toLower()].push_back(index);
        m_model.nodes.push_back(p.node);
        m_nodeOrigins.push_back({false, p.row, 0, m_idColumn, 0, 0, m_kindColumn});
    }

    // A reference by id, else by name; "" and an error message when it names nothing usable.
    const auto resolve = [&](const QString &text, std::optional<NodeKind> kind, QString *error) -> std::optional<int> {
        if (const auto it = byId.constFind(text); it != byId.constEnd())
            return *it;
        if (const auto it = badIds.constFind(text); it != badIds.constEnd()) {
            *error = CsvImport::tr("%1 is the node of row %2, which has errors").arg(quoted(text)).arg(*it);
            return std::nullopt;
        }
        const std::vector<int> *named = nullptr;
        if (kind) {
            const auto it = byName.find({int(*kind), text.toLower()});
            named = it == byName.end() ? nullptr : &it->second;
        } else if (const auto it = byNameAnyKind.constFind(text.toLower()); it != byNameAnyKind.constEnd()) {
            named = &*it;
        }
        if (named && named->size() == 1)
            return named->front();
        if (named && named->size() > 1) {
            *error = CsvImport::tr("%1 names %2 nodes; use the id").arg(quoted(text)).arg(named->size());
            return std::nullopt;
        }
        return std::nullopt;
    };

    std::set<std::tuple<QString, QString, int>> edgeKeys;
    for (const ParsedNode &p : m_nodes) {
        if (m_nodeErrors.contains(p.row))
            continue;
        for (const PendingEdge &pending : p.edges) {
            QString error;
            std::optional<int> target = resolve(pending.value, pending.spec->targetKind, &error);
            if (!target && error.isEmpty()) {
                // A name that matches a node of another kind is used as it is.
                target = resolve(pending.value, std::nullopt, &error);
            }
            if (!target && error.isEmpty() && pending.spec->createMissing) {
                Node created;
                created.kind = pending.spec->targetKind;
                created.name = pending.value;
                const QString s = slug(pending.value);
                const QString base = kindPrefix(created.kind) + (s.isEmpty() ? QStringLiteral("node") : s);
                created.id = base;
                for (int k = 2; byId.contains(created.id) || badIds.contains(created.id); ++k)
                    created.id = base + u'-' + QString::number(k);
                target = int(m_model.nodes.size());
                byId.insert(created.id, *target);
                byName[{int(created.kind), created.name.toLower()}].push_back(*target);
                byNameAnyKind[created.name.toLower()].push_back(*target);
                m_created.append(QStringLiteral("%1 (%2 %3, %4 row %5)")
                                     .arg(created.id, toString(created.kind), quoted(created.name), m_nodesName)
                                     .arg(p.row));
                m_model.nodes.push_back(std::move(created));
                m_nodeOrigins.push_back({false, p.row, pending.column, 0, 0, 0, 0});
            }
            if (!target) {
                nodeError(p.row, pending.column,
                          error.isEmpty() ? CsvImport::tr("no node has the id or name %1").arg(quoted(pending.value)) : error);
                continue;
            }
            Edge edge;
            edge.from = p.node.id;
            edge.to = m_model.nodes[std::size_t(*target)].id;
            edge.kind = pending.spec->kind;
            edge.group = pending.spec->group;
            if (pending.spec->reverse)
                std::swap(edge.from, edge.to);
            if (!edgeKeys.insert({edge.from, edge.to, int(edge.kind)}).second)
                continue; // the same supplier named twice in one row
            m_model.edges.push_back(std::move(edge));
            m_edgeOrigins.push_back({false, p.row, pending.column, 0, 0, 0, 0});
        }
    }
    for (const ParsedEdge &p : m_edges) {
        if (m_edgeErrors.contains(p.row))
            continue;
        QString fromError, toError;
        const std::optional<int> from = resolve(p.from, std::nullopt, &fromError);
        const std::optional<int> to = resolve(p.to, std::nullopt, &toError);
        if (!from)
            edgeError(p.row, m_fromColumn, fromError.isEmpty() ? CsvImport::tr("no node has the id or name %1").arg(quoted(p.from)) : fromError);
        if (!to)
            edgeError(p.row, m_toColumn, toError.isEmpty() ? CsvImport::tr("no node has the id or name %1").arg(quoted(p.to)) : toError);
        if (!from || !to)
            continue;
        Edge edge = p.edge;
        edge.from = m_model.nodes[std::size_t(*from)].id;
        edge.to = m_model.nodes[std::size_t(*to)].id;
        m_model.edges.push_back(std::move(edge));
        m_edgeOrigins.push_back({true, p.row, 0, 0, m_fromColumn, m_toColumn, m_edgeKindColumn});
    }
    if (m_nodeErrors.size() + m_edgeErrors.size() != badBefore)
        return true;

    static const QRegularExpression pathPattern(QStringLiteral("^(nodes|edges)\\[(\\d+)\\](?:\\.(\\w+))?"));
    for (const Diagnostic &d : validateModel(m_model)) {
        const QRegularExpressionMatch match = pathPattern.match(d.path);
        const std::size_t index = match.hasMatch() ? match.captured(2).toULong() : 0;
        const bool isNode = match.captured(1) == u"nodes";
        const std::vector<Origin> &origins = isNode ? m_nodeOrigins : m_edgeOrigins;
        if (!match.hasMatch() || index >= origins.size()) {
            m_fatal.push_back(located(m_nodesName, 0, 0, d.toString()));
            continue;
        }
        const Origin &o = origins[index];
        const QString field = match.captured(3);
        int col = o.column;
        if (field == u"id")
            col = o.idColumn ? o.idColumn : col;
        else if (field == u"from")
            col = o.fromColumn ? o.fromColumn : col;
        else if (field == u"to")
            col = o.toColumn ? o.toColumn : col;
        else if (field == u"kind")
            col = o.kindColumn ? o.kindColumn : col;
        const QString what = isNode ? m_model.nodes[index].id
                                    : QStringLiteral("%1 -> %2").arg(m_model.edges[index].from, m_model.edges[index].to);
        const QString message = quoted(what) + QStringLiteral(": ") + d.message;
        if (o.edgesTable)
            edgeError(o.row, col, message);
        else
            nodeError(o.row, col, message);
    }
    return m_nodeErrors.size() + m_edgeErrors.size() != badBefore;
}

CsvImportResult Importer::run(const QByteArray &nodesCsv, const QString &nodesName, const QByteArray *edgesCsv,
                              const QString &edgesName, bool skipBadRows)
{
    CsvImportResult result;
    m_nodesName = nodesName;
    m_edgesName = edgesName;
    RawRead nodes = readRaw(nodesCsv, nodesName, -1, m_mapping.separator, m_limits);
    m_separator = nodes.sheet.separator;
    m_fatal = std::move(nodes.fatal);
    m_nodeErrors = std::move(nodes.rowErrors);
    std::optional<RawRead> edges;
    if (edgesCsv) {
        edges = readRaw(*edgesCsv, edgesName, -1, m_mapping.separator, m_limits);
        m_fatal.insert(m_fatal.end(), edges->fatal.begin(), edges->fatal.end());
        m_edgeErrors = std::move(edges->rowErrors);
    }
    if (m_fatal.empty())
        parseNodes(nodes.sheet);
    if (m_fatal.empty() && edges)
        parseEdges(edges->sheet);
    if (m_fatal.empty()) {
        // Each round leaves out the rows found bad so far; a row that refers to one of them
        // turns bad in the next. Real files settle in two or three rounds.
        bool settled = false;
        for (int round = 0; round < 100 && m_fatal.empty() && !settled; ++round)
            settled = !build();
        if (!settled && m_fatal.empty())
            m_fatal.push_back(located(nodesName, 0, 0, CsvImport::tr("too many rows refer to rows with errors; fix the first errors and retry")));
    }
    if (!m_fatal.empty()) {
        result.errors = std::move(m_fatal);
        for (const auto *table : {&m_nodeErrors, &m_edgeErrors})
            for (const auto &[row, list] : *table)
                result.errors.insert(result.errors.end(), list.begin(), list.end());
        return result;
    }
    for (auto *table : {&m_nodeErrors, &m_edgeErrors})
        for (auto &[row, list] : *table)
            std::stable_sort(list.begin(), list.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.column < b.column; });
    for (const auto &[row, list] : m_nodeErrors)
        result.badRows.push_back(row);
    for (const auto &[row, list] : m_edgeErrors)
        result.badEdgeRows.push_back(row);
    const bool clean = m_nodeErrors.empty() && m_edgeErrors.empty();
    const qsizetype maxShown = 1000;
    qsizetype total = 0;
    for (const auto *table : {&m_nodeErrors, &m_edgeErrors})
        for (const auto &[row, list] : *table)
            for (Diagnostic d : list) {
                if (++total > maxShown)
                    continue;
                if (skipBadRows)
                    d.message = CsvImport::tr("warning: row skipped: %1").arg(d.message);
                result.errors.push_back(std::move(d));
            }
    if (total > maxShown)
        result.errors.push_back(located(nodesName, 0, 0, CsvImport::tr("%1 more problems not listed").arg(total - maxShown)));
    if (clean || skipBadRows) {
        result.model = std::move(m_model);
        result.created = std::move(m_created);
    }
    return result;
}

// --- the mapping file --------------------------------------------------------------------------

const QString MappingFormat = QStringLiteral("antrum-csv-mapping");

class MappingReader
{
public:
    MappingReader(const QString &file, Diagnostics *diagnostics) : m_file(file), m_diagnostics(diagnostics) {}

    void error(const QString &path, const QString &message) { m_diagnostics->push_back({m_file, 0, 0, path, message}); }

    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                error(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                      CsvImport::tr("unknown key (allowed: %1)").arg(allowed.join(QStringLiteral(", "))));
    }

    QString string(const QJsonObject &object, const QString &key, const QString &path, const QString &fallback = {})
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString()) {
            error(path + key, CsvImport::tr("must be a string"));
            return fallback;
        }
        return value.toString();
    }

    bool boolean(const QJsonObject &object, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            error(path + key, CsvImport::tr("must be true or false"));
            return fallback;
        }
        return value.toBool();
    }

    std::optional<NodeKind> nodeKind(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return std::nullopt;
        const auto kind = nodeKindFromString(text);
        if (!kind)
            error(path + key, CsvImport::tr("unknown node kind %1").arg(quoted(text)));
        return kind;
    }

    std::optional<EdgeKind> edgeKind(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return std::nullopt;
        const auto kind = edgeKindFromString(text);
        if (!kind)
            error(path + key, CsvImport::tr("unknown edge kind %1").arg(quoted(text)));
        return kind;
    }

private:
    QString m_file;
    Diagnostics *m_diagnostics;
};

std::optional<NodeKind> defaultTargetKind(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::ProvidedBy:
    case EdgeKind::OperatedBy:
    case EdgeKind::SubcontractsTo:
    case EdgeKind::SubsidiaryOf:
        return NodeKind::Supplier;
    case EdgeKind::HostedOn:
        return NodeKind::Host;
    case EdgeKind::IncorporatedIn:
    case EdgeKind::LocatedIn:
        return NodeKind::Jurisdiction;
    case EdgeKind::Requires:
    case EdgeKind::AlternativeFor:
        return NodeKind::Application;
    }
    return std::nullopt;
}

/// The attribute a column becomes when nothing else claims it: keyed by its header
/// (`attribute.KEY` gives KEY, as our export writes reserved keys), well-known keys typed.
CsvAttributeColumn attributeForHeader(const QString &header)
{
    struct Known {
        const char *key;
        CsvValueType type;
        std::initializer_list<const char *> headers;
    };
    static const Known known[] = {
        {"annual_cost", CsvValueType::Number, {"annual cost", "kosten", "kosten per jaar", "jaarlijkse kosten", "jaarkosten", "cost", "costs"}},
        {"license", CsvValueType::String, {"license", "licence", "licentie"}},
        {"deployment", CsvValueType::String, {"deployment", "inzet", "uitrol"}},
        {"data_portability", CsvValueType::Number, {"data portability", "dataportabiliteit"}},
        {"open_standards", CsvValueType::List, {"open standards", "open standaarden", "standaarden", "standards"}},
        {"contract_end", CsvValueType::String, {"contract end", "einddatum contract", "contract einde", "einde contract", "einddatum"}},
        {"notice_months", CsvValueType::Number, {"notice months", "opzegtermijn", "opzegtermijn maanden"}},
        {"exit_clause", CsvValueType::Bool, {"exit clause", "exitclausule", "exit clausule"}},
        {"data_return_clause", CsvValueType::Bool, {"data return clause", "dataretourclausule", "data retour clausule"}},
        {"country", CsvValueType::String, {"country", "land"}},
        {"laws", CsvValueType::List, {"laws", "wetten", "wetgeving"}},
        {"eu_member", CsvValueType::Bool, {"eu member", "eu lid", "eu lidstaat"}},
        {"description", CsvValueType::String, {"description", "beschrijving", "toelichting"}},
    };

    QString key = header.trimmed();
    if (key.startsWith(QStringLiteral("attribute."), Qt::CaseInsensitive))
        key = key.mid(10);
    CsvValueType type = CsvValueType::String;
    const QString normal = normalisedHeader(key);
    for (const Known &k : known) {
        const QString wellKnown = QString::fromLatin1(k.key);
        bool match = normal == normalisedHeader(wellKnown);
        for (const char *h : k.headers)
            match = match || normal == QLatin1String(h);
        if (match) {
            key = wellKnown;
            type = k.type;
            break;
        }
    }
    return {header.trimmed(), key, type, QStringLiteral(";")};
}

} // namespace

CsvSheet readCsvTable(const QByteArray &data, const QString &name, int maxRows, Diagnostics *diagnostics, QChar separator,
                      const CsvLimits &limits)
{
    RawRead raw = readRaw(data, name, maxRows, separator, limits);
    if (diagnostics) {
        diagnostics->insert(diagnostics->end(), raw.fatal.begin(), raw.fatal.end());
        for (const auto &[row, list] : raw.rowErrors)
            diagnostics->insert(diagnostics->end(), list.begin(), list.end());
    }
    return std::move(raw.sheet);
}

QString toString(CsvValueType type)
{
    switch (type) {
    case CsvValueType::String:
        return QStringLiteral("string");
    case CsvValueType::Number:
        return QStringLiteral("number");
    case CsvValueType::Bool:
        return QStringLiteral("bool");
    case CsvValueType::List:
        return QStringLiteral("list");
    }
    return {};
}

std::optional<CsvValueType> csvValueTypeFromString(QStringView text)
{
    for (const CsvValueType type : {CsvValueType::String, CsvValueType::Number, CsvValueType::Bool, CsvValueType::List})
        if (text == toString(type))
            return type;
    return std::nullopt;
}

CsvMapping readCsvMapping(const QByteArray &json, const QString &fileName, Diagnostics *diagnostics)
{
    Diagnostics local;
    Diagnostics *out = diagnostics ? diagnostics : &local;
    CsvMapping mapping;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        out->push_back({fileName, line, column, {}, parseError.errorString()});
        return mapping;
    }
    MappingReader r(fileName, out);
    if (!document.isObject()) {
        r.error({}, CsvImport::tr("a mapping file is a JSON object"));
        return mapping;
    }
    const QJsonObject top = document.object();
    r.checkKeys(top, {}, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("model_name"), QStringLiteral("separator"),
                          QStringLiteral("nodes"), QStringLiteral("edges")});
    if (top.value(QStringLiteral("format")).toString() != MappingFormat)
        r.error(QStringLiteral("format"), CsvImport::tr("must be %1").arg(quoted(MappingFormat)));
    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != CsvMapping::CurrentVersion)
        r.error(QStringLiteral("version"), version.isDouble() && version.toDouble() > CsvMapping::CurrentVersion
                                              ? CsvImport::tr("version %1 is newer than this program reads (%2)")
                                                    .arg(version.toDouble())
                                                    .arg(CsvMapping::CurrentVersion)
                                              : CsvImport::tr("must be %1").arg(CsvMapping::CurrentVersion));
    mapping.modelName = r.string(top, QStringLiteral("model_name"), {});
    const QString separator = r.string(top, QStringLiteral("separator"), {}, QStringLiteral("auto"));
    if (separator == u"," || separator == u";")
        mapping.separator = separator.at(0);
    else if (separator != u"auto")
        r.error(QStringLiteral("separator"), CsvImport::tr("must be \",\", \";\" or \"auto\""));

    const QJsonValue nodesValue = top.value(QStringLiteral("nodes"));
    if (!nodesValue.isObject()) {
        r.error(QStringLiteral("nodes"), CsvImport::tr("missing: an object that maps the columns of the nodes table"));
    } else {
        const QJsonObject nodes = nodesValue.toObject();
        const QString p = QStringLiteral("nodes.");
        r.checkKeys(nodes, QStringLiteral("nodes"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("fixed_kind"),
                     QStringLiteral("kind_values"), QStringLiteral("criticality"), QStringLiteral("mtd_hours"),
                     QStringLiteral("failure_probability"), QStringLiteral("redundancy"), QStringLiteral("attributes"),
                     QStringLiteral("other_columns"), QStringLiteral("edges")});
        mapping.idColumn = r.string(nodes, QStringLiteral("id"), p);
        mapping.nameColumn = r.string(nodes, QStringLiteral("name"), p);
        mapping.kindColumn = r.string(nodes, QStringLiteral("kind"), p);
        mapping.fixedKind = r.nodeKind(nodes, QStringLiteral("fixed_kind"), p);
        mapping.criticalityColumn = r.string(nodes, QStringLiteral("criticality"), p);
        mapping.mtdHoursColumn = r.string(nodes, QStringLiteral("mtd_hours"), p);
        mapping.failureProbabilityColumn = r.string(nodes, QStringLiteral("failure_probability"), p);
        mapping.redundancyColumn = r.string(nodes, QStringLiteral("redundancy"), p);
        if (mapping.idColumn.isEmpty() && mapping.nameColumn.isEmpty())
            r.error(QStringLiteral("nodes"), CsvImport::tr("needs an id or a name column"));
        if (mapping.kindColumn.isEmpty() && !mapping.fixedKind)
            r.error(QStringLiteral("nodes"), CsvImport::tr("needs a kind column or a fixed_kind"));
        const QString other = r.string(nodes, QStringLiteral("other_columns"), p, QStringLiteral("ignore"));
        if (other != u"ignore" && other != u"attributes")
            r.error(p + QStringLiteral("other_columns"), CsvImport::tr("must be \"ignore\" or \"attributes\""));
        mapping.otherColumnsAsAttributes = other == u"attributes";
        const QJsonValue kindValues = nodes.value(QStringLiteral("kind_values"));
        if (kindValues.isObject()) {
            const QJsonObject object = kindValues.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const auto kind = nodeKindFromString(it.value().toString());
                if (kind)
                    mapping.kindValues[it.key()] = *kind;
                else
                    r.error(p + QStringLiteral("kind_values.") + it.key(), CsvImport::tr("must be a node kind"));
            }
        } else if (!kindValues.isUndefined()) {
            r.error(p + QStringLiteral("kind_values"), CsvImport::tr("must be an object: cell text -> node kind"));
        }
        const QJsonValue attributes = nodes.value(QStringLiteral("attributes"));
        if (!attributes.isUndefined() && !attributes.isArray())
            r.error(p + QStringLiteral("attributes"), CsvImport::tr("must be an array"));
        const QJsonArray attributeArray = attributes.toArray();
        for (qsizetype i = 0; i < attributeArray.size(); ++i) {
            const QString ap = p + QStringLiteral("attributes[%1]").arg(i);
            const QJsonObject a = attributeArray.at(i).toObject();
            r.checkKeys(a, ap, {QStringLiteral("column"), QStringLiteral("key"), QStringLiteral("type"), QStringLiteral("separator")});
            CsvAttributeColumn column;
            column.column = r.string(a, QStringLiteral("column"), ap + u'.');
            column.key = r.string(a, QStringLiteral("key"), ap + u'.', column.column);
            const QString type = r.string(a, QStringLiteral("type"), ap + u'.', QStringLiteral("string"));
            if (const auto t = csvValueTypeFromString(type))
                column.type = *t;
            else
                r.error(ap + QStringLiteral(".type"), CsvImport::tr("must be string, number, bool or list"));
            column.separator = r.string(a, QStringLiteral("separator"), ap + u'.', QStringLiteral(";"));
            if (column.column.isEmpty() || column.key.isEmpty())
                r.error(ap, CsvImport::tr("needs a column"));
            mapping.attributes.push_back(column);
        }
        const QJsonValue edgeColumns = nodes.value(QStringLiteral("edges"));
        if (!edgeColumns.isUndefined() && !edgeColumns.isArray())
            r.error(p + QStringLiteral("edges"), CsvImport::tr("must be an array"));
        const QJsonArray edgeArray = edgeColumns.toArray();
        for (qsizetype i = 0; i < edgeArray.size(); ++i) {
            const QString ep = p + QStringLiteral("edges[%1]").arg(i);
            const QJsonObject e = edgeArray.at(i).toObject();
            r.checkKeys(e, ep, {QStringLiteral("column"), QStringLiteral("kind"), QStringLiteral("target_kind"),
                                QStringLiteral("create_missing"), QStringLiteral("separator"), QStringLiteral("group"),
                                QStringLiteral("reverse")});
            CsvEdgeColumn column;
            column.column = r.string(e, QStringLiteral("column"), ep + u'.');
            if (column.column.isEmpty())
                r.error(ep, CsvImport::tr("needs a column"));
            const auto kind = r.edgeKind(e, QStringLiteral("kind"), ep + u'.');
            if (!e.contains(QStringLiteral("kind")))
                r.error(ep + QStringLiteral(".kind"), CsvImport::tr("missing: the kind of the edges this column makes"));
            column.kind = kind.value_or(EdgeKind::ProvidedBy);
            column.targetKind = r.nodeKind(e, QStringLiteral("target_kind"), ep + u'.').value_or(*defaultTargetKind(column.kind));
            column.createMissing = r.boolean(e, QStringLiteral("create_missing"), ep + u'.', true);
            column.separator = r.string(e, QStringLiteral("separator"), ep + u'.');
            column.group = r.string(e, QStringLiteral("group"), ep + u'.');
            column.reverse = r.boolean(e, QStringLiteral("reverse"), ep + u'.', false);
            mapping.edgeColumns.push_back(column);
        }
    }
    const QJsonValue edgesValue = top.value(QStringLiteral("edges"));
    if (edgesValue.isObject()) {
        const QJsonObject edges = edgesValue.toObject();
        const QString p = QStringLiteral("edges.");
        r.checkKeys(edges, QStringLiteral("edges"),
                    {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"), QStringLiteral("fixed_kind"),
                     QStringLiteral("group"), QStringLiteral("switch_months"), QStringLiteral("switch_cost")});
        mapping.edgeFromColumn = r.string(edges, QStringLiteral("from"), p, mapping.edgeFromColumn);
        mapping.edgeToColumn = r.string(edges, QStringLiteral("to"), p, mapping.edgeToColumn);
        mapping.edgeKindColumn = r.string(edges, QStringLiteral("kind"), p, edges.contains(QStringLiteral("fixed_kind")) ? QString() : mapping.edgeKindColumn);
        mapping.edgeFixedKind = r.edgeKind(edges, QStringLiteral("fixed_kind"), p);
        mapping.edgeGroupColumn = r.string(edges, QStringLiteral("group"), p, mapping.edgeGroupColumn);
        mapping.edgeSwitchMonthsColumn = r.string(edges, QStringLiteral("switch_months"), p);
        mapping.edgeSwitchCostColumn = r.string(edges, QStringLiteral("switch_cost"), p);
    } else if (!edgesValue.isUndefined()) {
        r.error(QStringLiteral("edges"), CsvImport::tr("must be an object that maps the columns of the edges table"));
    }
    return mapping;
}

QByteArray writeCsvMapping(const CsvMapping &mapping)
{
    QJsonObject top;
    top.insert(QStringLiteral("format"), MappingFormat);
    top.insert(QStringLiteral("version"), CsvMapping::CurrentVersion);
    if (!mapping.modelName.isEmpty())
        top.insert(QStringLiteral("model_name"), mapping.modelName);
    top.insert(QStringLiteral("separator"), mapping.separator.isNull() ? QStringLiteral("auto") : QString(mapping.separator));
    QJsonObject nodes;
    const auto put = [](QJsonObject &object, const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    put(nodes, QStringLiteral("id"), mapping.idColumn);
    put(nodes, QStringLiteral("name"), mapping.nameColumn);
    put(nodes, QStringLiteral("kind"), mapping.kindColumn);
    if (mapping.fixedKind)
        nodes.insert(QStringLiteral("fixed_kind"), toString(*mapping.fixedKind));
    if (!mapping.kindValues.empty()) {
        QJsonObject values;
        for (const auto &[text, kind] : mapping.kindValues)
            values.insert(text, toString(kind));
        nodes.insert(QStringLiteral("kind_values"), values);
    }
    put(nodes, QStringLiteral("criticality"), mapping.criticalityColumn);
    put(nodes, QStringLiteral("mtd_hours"), mapping.mtdHoursColumn);
    put(nodes, QStringLiteral("failure_probability"), mapping.failureProbabilityColumn);
    put(nodes, QStringLiteral("redundancy"), mapping.redundancyColumn);
    QJsonArray attributes;
    for (const CsvAttributeColumn &a : mapping.attributes) {
        QJsonObject object{{QStringLiteral("column"), a.column}, {QStringLiteral("key"), a.key}, {QStringLiteral("type"), toString(a.type)}};
        if (a.type == CsvValueType::List)
            object.insert(QStringLiteral("separator"), a.separator);
        attributes.append(object);
    }
    nodes.insert(QStringLiteral("attributes"), attributes);
    nodes.insert(QStringLiteral("other_columns"), mapping.otherColumnsAsAttributes ? QStringLiteral("attributes") : QStringLiteral("ignore"));
    QJsonArray edgeColumns;
    for (const CsvEdgeColumn &e : mapping.edgeColumns) {
        QJsonObject object{{QStringLiteral("column"), e.column},
                           {QStringLiteral("kind"), toString(e.kind)},
                           {QStringLiteral("target_kind"), toString(e.targetKind)},
                           {QStringLiteral("create_missing"), e.createMissing}};
        put(object, QStringLiteral("separator"), e.separator);
        put(object, QStringLiteral("group"), e.group);
        if (e.reverse)
            object.insert(QStringLiteral("reverse"), true);
        edgeColumns.append(object);
    }
    nodes.insert(QStringLiteral("edges"), edgeColumns);
    top.insert(QStringLiteral("nodes"), nodes);
    QJsonObject edges;
    edges.insert(QStringLiteral("from"), mapping.edgeFromColumn);
    edges.insert(QStringLiteral("to"), mapping.edgeToColumn);
    edges.insert(QStringLiteral("kind"), mapping.edgeKindColumn);
    if (mapping.edgeFixedKind)
        edges.insert(QStringLiteral("fixed_kind"), toString(*mapping.edgeFixedKind));
    edges.insert(QStringLiteral("group"), mapping.edgeGroupColumn);
    put(edges, QStringLiteral("switch_months"), mapping.edgeSwitchMonthsColumn);
    put(edges, QStringLiteral("switch_cost"), mapping.edgeSwitchCostColumn);
    top.insert(QStringLiteral("edges"), edges);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

CsvMapping guessMapping(const QStringList &nodesHeader, const QStringList &edgesHeader)
{
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *w : list)
            out.append(QString::fromLatin1(w));
        return out;
    };
    static const QStringList idWords = words({"id", "identifier", "identificatie", "code", "sleutel", "key", "nummer", "nr"});
    static const QStringList nameWords = words({"name", "naam", "titel", "title", "omschrijving", "applicatie", "application",
                                                "applicatienaam", "application name", "systeem", "system", "component"});
    static const QStringList kindWords = words({"kind", "soort", "type", "categorie", "category", "kind of node"});
    static const QStringList critWords = words({"criticality", "kritikaliteit", "criticaliteit", "kritiek", "kritisch", "bia"});
    static const QStringList mtdWords = words({"mtd hours", "mtd", "mtd uren", "max downtime", "maximale uitvaltijd", "maximum tolerable downtime"});
    static const QStringList fpWords = words({"failure probability", "faalkans", "uitvalkans"});
    static const QStringList redundancyWords = words({"redundancy", "redundantie"});
    static const QStringList supplierWords = words({"supplier", "leverancier", "vendor", "provider", "suppliers", "leveranciers", "provided by"});
    static const QStringList hostWords = words({"host", "hosting", "hosted on", "platform", "datacenter", "datacentrum", "cloud", "hostingpartij"});
    CsvMapping mapping;
    QSet<int> used;
    const auto take = [&](const QStringList &header, const QStringList &candidates) -> QString {
        for (const QString &candidate : candidates)
            for (qsizetype c = 0; c < header.size(); ++c)
                if (!used.contains(int(c)) && normalisedHeader(header.at(c)) == candidate) {
                    used.insert(int(c));
                    return header.at(c).trimmed();
                }
        return {};
    };
    mapping.idColumn = take(nodesHeader, idWords);
    mapping.kindColumn = take(nodesHeader, kindWords);
    mapping.nameColumn = take(nodesHeader, nameWords);
    mapping.criticalityColumn = take(nodesHeader, critWords);
    mapping.mtdHoursColumn = take(nodesHeader, mtdWords);
    mapping.failureProbabilityColumn = take(nodesHeader, fpWords);
    mapping.redundancyColumn = take(nodesHeader, redundancyWords);
    if (mapping.kindColumn.isEmpty())
        mapping.fixedKind = NodeKind::Application;
    if (const QString supplier = take(nodesHeader, supplierWords); !supplier.isEmpty())
        mapping.edgeColumns.push_back({supplier, EdgeKind::ProvidedBy, NodeKind::Supplier, true, {}, {}, false});
    if (const QString host = take(nodesHeader, hostWords); !host.isEmpty())
        mapping.edgeColumns.push_back({host, EdgeKind::HostedOn, NodeKind::Host, true, {}, {}, false});
    static const QStringList capabilityWords = words({"capability", "bedrijfsfunctie", "business function", "bedrijfsproces", "proces", "process"});
    if (const QString capability = take(nodesHeader, capabilityWords); !capability.isEmpty())
        mapping.edgeColumns.push_back({capability, EdgeKind::Requires, NodeKind::Capability, true, {}, {}, true});
    for (qsizetype c = 0; c < nodesHeader.size(); ++c) {
        if (used.contains(int(c)) || nodesHeader.at(c).trimmed().isEmpty())
            continue;
        mapping.attributes.push_back(attributeForHeader(nodesHeader.at(c)));
    }

    used.clear();
    const QString from = take(edgesHeader, words({"from", "van", "source", "bron"}));
    const QString to = take(edgesHeader, words({"to", "naar", "target", "doel"}));
    const QString kind = take(edgesHeader, kindWords);
    const QString group = take(edgesHeader, words({"group", "groep"}));
    const QString months = take(edgesHeader, words({"switch months", "overstap maanden"}));
    const QString cost = take(edgesHeader, words({"switch cost", "overstapkosten"}));
    if (!from.isEmpty())
        mapping.edgeFromColumn = from;
    if (!to.isEmpty())
        mapping.edgeToColumn = to;
    if (!kind.isEmpty())
        mapping.edgeKindColumn = kind;
    if (!group.isEmpty())
        mapping.edgeGroupColumn = group;
    mapping.edgeSwitchMonthsColumn = months;
    mapping.edgeSwitchCostColumn = cost;
    return mapping;
}

CsvImportResult importCsv(const QByteArray &nodesCsv, const QString &nodesName, const QByteArray *edgesCsv,
                          const QString &edgesName, const CsvMapping &mapping, bool skipBadRows, const CsvLimits &limits)
{
    Importer importer(mapping, limits);
    return importer.run(nodesCsv, nodesName, edgesCsv, edgesName, skipBadRows);
}

std::optional<NodeKind> csvKindFromText(const QString &text)
{
    return builtInKind(text);
}

} // namespace antrum
