// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "model.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

/// Import of a spreadsheet (CSV) into a model, through a column mapping: which column holds
/// the id, name and kind of a node, which become attributes, which name a supplier or host
/// that the row depends on, and how an edges table reads. Most organisations keep their
/// application landscape in a spreadsheet; this turns it into a model without retyping.
/// The mapping file, the guessing rules and the error format are in docs/csv-import.md.
namespace antrum {

/// Bounds on what the CSV reader accepts, so that a hostile or broken file cannot exhaust
/// memory. Far above any real landscape spreadsheet.
struct CsvLimits {
    qsizetype maxBytes = qsizetype(100) * 1024 * 1024; ///< size of the file
    qsizetype maxRows = 1'000'000;                     ///< data rows (the header not counted)
    qsizetype maxFieldBytes = 1'000'000;               ///< one cell
    qsizetype maxColumns = 16'384;                     ///< cells in a row (Excel's and LibreOffice's maximum)
};

/// A CSV file as read: header and data rows, text cells with our export's formula
/// neutralisation undone. Not the CsvTable of modelexport.h (an export's file contents).
struct CsvSheet {
    QString name;                  ///< the file name, as used in diagnostics
    QChar separator = u',';        ///< the separator used (given or detected)
    QStringList header;            ///< the cells of row 1, trimmed
    std::vector<QStringList> rows; ///< data rows in file order; entirely empty rows left out
    std::vector<int> rowNumbers;   ///< rows[i] is row rowNumbers[i] of the file (the header is row 1)
    bool truncated = false;        ///< a preview stopped before the end of the file
};

/// Reads RFC 4180 CSV: fields in double quotes may hold the separator, line breaks and
/// doubled quotes; records end in CR LF, LF or CR; UTF-8 with or without a byte order mark.
/// `separator` is ',' or ';', or null to detect it from the header row. A text cell matching
/// `^'+[=+\-@\t\r]` loses its first character (the neutralisation our CSV export adds).
/// At most `maxRows` data rows are returned (-1: all; a preview passes a small number). Every
/// problem is appended to `diagnostics` as FILE:ROW:COLUMN: message (1-based, header = row 1):
/// invalid UTF-8, an unterminated quote, a file or cell beyond `limits`.
CsvSheet readCsvTable(const QByteArray &data, const QString &name, int maxRows, Diagnostics *diagnostics,
                      QChar separator = {}, const CsvLimits &limits = {});

/// How the text of a column becomes an attribute value.
enum class CsvValueType { String, Number, Bool, List };
QString toString(CsvValueType type);
std::optional<CsvValueType> csvValueTypeFromString(QStringView text);

/// A column of the nodes table that becomes an attribute.
struct CsvAttributeColumn {
    QString column;                       ///< header text of the column
    QString key;                          ///< attribute key in the model
    CsvValueType type = CsvValueType::String;
    QString separator = QStringLiteral(";"); ///< List only: between the entries
    bool operator==(const CsvAttributeColumn &) const = default;
};

/// A column of the nodes table that names another node the row depends on (typically
/// "Leverancier" or "Hosting"): each non-empty cell gives an edge of `kind` from the row's node
/// to the node with that id or name. A node that does not exist is created with kind
/// `targetKind` when `createMissing` is set, and listed in CsvImportResult::created.
struct CsvEdgeColumn {
    QString column;
    EdgeKind kind = EdgeKind::ProvidedBy;
    NodeKind targetKind = NodeKind::Supplier;
    bool createMissing = true;
    QString separator; ///< non-empty: a cell may name several nodes, split on this text
    QString group;     ///< redundancy group of the edges made (usually empty)
    /// The edge runs from the named node to the row's node: a column "Bedrijfsfunctie" in a
    /// table of applications gives capability -requires-> application.
    bool reverse = false;
    bool operator==(const CsvEdgeColumn &) const = default;
};

/// Which column means what. Columns are named by their header text (matched trimmed and
/// case-insensitively); an empty string means "not mapped".
struct CsvMapping {
    static constexpr int CurrentVersion = 1;

    QString modelName;  ///< empty: the base name of the nodes file
    QChar separator;    ///< null: detect from the header row

    // The nodes table.
    QString idColumn;   ///< empty: ids are made from the name (docs/csv-import.md)
    QString nameColumn; ///< empty: the name is the id
    QString kindColumn;
    std::optional<NodeKind> fixedKind;       ///< every row, or the rows whose kind cell is empty
    std::map<QString, NodeKind> kindValues;  ///< cell text -> kind, e.g. "Applicatie" -> application
    QString criticalityColumn;
    QString mtdHoursColumn;
    QString failureProbabilityColumn;
    QString redundancyColumn; ///< "group=k; group=k", as our export writes it
    std::vector<CsvAttributeColumn> attributes;
    /// Every column of the nodes table that nothing above names becomes an attribute too:
    /// keyed by its header (`attribute.KEY` gives KEY), typed for well-known keys, else text.
    bool otherColumnsAsAttributes = false;
    std::vector<CsvEdgeColumn> edgeColumns;

    // The edges table (only read when one is given).
    QString edgeFromColumn = QStringLiteral("from");
    QString edgeToColumn = QStringLiteral("to");
    QString edgeKindColumn = QStringLiteral("kind");
    std::optional<EdgeKind> edgeFixedKind;
    QString edgeGroupColumn = QStringLiteral("group");
    QString edgeSwitchMonthsColumn;
    QString edgeSwitchCostColumn;

    bool operator==(const CsvMapping &) const = default;
};

/// Reads a mapping file (JSON, "format": "antrum-csv-mapping", "version": 1). Problems are
/// appended to `diagnostics` with the file name and a path (`nodes.attributes[2].type`); a
/// mapping with problems must not be used.
CsvMapping readCsvMapping(const QByteArray &json, const QString &fileName, Diagnostics *diagnostics);
/// The mapping as a mapping file that readCsvMapping() reads back to the same mapping.
QByteArray writeCsvMapping(const CsvMapping &mapping);

/// A first guess from the header texts, English and Dutch (naam, soort, kritikaliteit,
/// leverancier, hosting, ...), for the wizard to show and the user to correct. Columns that
/// mean nothing else become string attributes; well-known attribute keys get their type.
CsvMapping guessMapping(const QStringList &nodesHeader, const QStringList &edgesHeader = {});

/// The node kind a cell of the kind column means without kind_values: the format's spelling
/// or a common English or Dutch word ("applicatie", "leverancier", "land", ...).
std::optional<NodeKind> csvKindFromText(const QString &text);

/// The outcome of an import.
struct CsvImportResult {
    /// The model, valid by validateModel(); absent when a row is bad and skipping was not
    /// asked for, or when the input is unusable as a whole (unreadable, unmapped column).
    std::optional<Model> model;
    /// Every problem as FILE:ROW:COLUMN: message (1-based, header = row 1). When `model` is set
    /// these are all warnings ("warning: row skipped: ...").
    Diagnostics errors;
    std::vector<int> badRows;     ///< rows of the nodes table with errors, ascending
    std::vector<int> badEdgeRows; ///< rows of the edges table with errors, ascending
    /// Nodes made because a supplier/host column named one that did not exist:
    /// `sup-microsoft (supplier "Microsoft", nodes.csv row 3)`.
    QStringList created;
};

/// Imports a nodes table (and optionally an edges table) with `mapping`. Every problem is
/// reported per row with its column. Without `skipBadRows` any bad row means no model; with
/// it, the model leaves out the bad rows and the edges that touch their nodes.
CsvImportResult importCsv(const QByteArray &nodesCsv, const QString &nodesName, const QByteArray *edgesCsv,
                          const QString &edgesName, const CsvMapping &mapping, bool skipBadRows,
                          const CsvLimits &limits = {});

} // namespace antrum
