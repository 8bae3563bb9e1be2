// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// One-way exports of a model for other tools: GraphML (yEd, Gephi, graph databases),
/// Graphviz DOT and CSV tables (spreadsheets). What each holds and what it loses is in
/// docs/formats.md. The lossless interchange format stays the JSON of model-format.md.
namespace antrum {

/// GraphML 1.0, a directed graph: every node with kind, name, criticality, mtd_hours,
/// failure_probability, redundancy ("group=k; ...") and one typed key per attribute; every
/// edge with kind, group, switch_months and switch_cost. Scenarios and options are not exported.
QByteArray toGraphMl(const Model &model);

/// A Graphviz `digraph`: one statement per node (label = name, shape and colour by kind) and
/// one per edge (label = kind, plus the redundancy group). Ids and labels are quoted and escaped.
QByteArray toDot(const Model &model);

/// The CSV tables: UTF-8 with a byte order mark, comma-separated, CRLF line ends, RFC 4180
/// quoting. Text cells that a spreadsheet would run as a formula (starting with = + - @ TAB or
/// CR) are prefixed with a single quote; numbers are written as numbers, never prefixed.
QByteArray nodesCsv(const Model &model);
QByteArray edgesCsv(const Model &model);
/// One row per scenario event (a scenario without events gets one row with the event columns empty).
QByteArray scenariosCsv(const Model &model);
/// One row per change of an option (an option without changes gets one row with the change columns empty).
QByteArray optionsCsv(const Model &model);

/// A text cell as written to CSV, before quoting: neutralised against formula injection.
/// A text that starts with = + - @ TAB or CR, or with one or more ' followed by one of those,
/// gets one more ' in front, so removing one leading ' from such a cell gives the text back.
QString csvTextCell(const QString &text);

struct CsvTable {
    QString name;    ///< "nodes", "edges", "scenarios" or "options"
    QByteArray data;
};

/// Every table, nodes first.
std::vector<CsvTable> toCsvTables(const Model &model);

/// Where a CSV export to `path` puts `table`: the nodes table in `path` itself, every other
/// table next to it as BASE.TABLE.csv (model.csv -> model.edges.csv), so one command gives a
/// spreadsheet user one file per table.
QString csvTablePath(const QString &path, const QString &table);

enum class ExportFormat { GraphMl, Dot, Csv };

/// "graphml", "dot" (or "gv") and "csv", case-insensitive; nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(QStringView name);

/// Every file an export of `format` to `path` writes.
QStringList exportFilePaths(const QString &path, ExportFormat format);

/// Writes the export with QSaveFile: every file is written completely before any is put in
/// place, so a failure (unwritable directory, disk full) leaves nothing new behind and existing
/// files untouched. Returns an empty string or the error, naming the file.
QString saveExport(const Model &model, const QString &path, ExportFormat format);

} // namespace antrum
