// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archimate.h"
#include "csvimport.h"
#include "modelfile.h"
#include "modeljson.h"
#include "validation.h"

#include <QByteArray>
#include <QFile>
#include <QString>

/// The entry points of the fuzz targets in fuzz/ (libFuzzer) and of the regression test
/// tests/core/fuzzregressions_test.cpp, shared so that a saved crash input is replayed through
/// exactly the code that found it. Each feeds bytes to one reader and checks the promises of
/// its header that hold for any input ("a model, or at least one error"); it returns an empty
/// string when they hold and a description of the broken promise otherwise. A crash, leak or
/// undefined behaviour is reported by the sanitizers instead.
namespace antrum::fuzz {

/// Between the nodes table and the edges table in an input of fuzzCsvImport().
inline constexpr char CsvEdgesMarker[] = "\n#EDGES\n";

/// The JSON model reader with its default limits. A model it accepts must survive a write and
/// read back unchanged (model-format.md promises a lossless round trip).
inline QString fuzzModelJson(const QByteArray &bytes)
{
    const ModelReadResult result = readModelJson(bytes, QStringLiteral("fuzz.json"));
    if (result.model.has_value() != result.diagnostics.empty())
        return QStringLiteral("readModelJson: a model must come exactly when there are no diagnostics");
    if (!result.model)
        return {};
    const QByteArray written = writeModelJson(*result.model);
    const ModelReadResult again = readModelJson(written, QStringLiteral("fuzz-rewritten.json"));
    if (!again.model)
        return QStringLiteral("readModelJson: a model written by writeModelJson does not read back: ")
            + (again.diagnostics.empty() ? QString() : again.diagnostics.front().toString());
    if (!(*again.model == *result.model))
        return QStringLiteral("readModelJson: write + read does not give the same model");
    return {};
}

/// The CSV reader (separator detected, all rows, then a preview of three) and the importer with
/// `mapping`. The input is the nodes table, then optionally CsvEdgesMarker and the edges table.
/// A model the importer returns must pass validateModel().
inline QString fuzzCsvImport(const QByteArray &bytes, const CsvMapping &mapping)
{
    Diagnostics diagnostics;
    readCsvTable(bytes, QStringLiteral("fuzz.csv"), -1, &diagnostics);
    readCsvTable(bytes, QStringLiteral("fuzz.csv"), 3, &diagnostics, u';');

    const qsizetype marker = bytes.indexOf(CsvEdgesMarker);
    const QByteArray nodes = marker < 0 ? bytes : bytes.left(marker);
    const QByteArray edges = marker < 0 ? QByteArray() : bytes.mid(marker + qsizetype(sizeof CsvEdgesMarker) - 1);
    const QByteArray *edgesTable = marker < 0 ? nullptr : &edges;
    for (const bool skipBadRows : {false, true}) {
        const CsvImportResult result = importCsv(nodes, QStringLiteral("nodes.csv"), edgesTable,
                                                 QStringLiteral("edges.csv"), mapping, skipBadRows);
        if (!result.model && result.errors.empty())
            return QStringLiteral("importCsv: no model and no error");
        if (result.model && !validateModel(*result.model).empty())
            return QStringLiteral("importCsv: the model fails validateModel(): ")
                + validateModel(*result.model).front().toString();
        if (!skipBadRows && result.badRows.empty() && result.badEdgeRows.empty())
            break; // skipping changes nothing
    }
    return {};
}

/// The ArchiMate exchange-file importer with its default limits. A model it returns must pass
/// validateModel().
inline QString fuzzArchiMate(const QByteArray &bytes)
{
    const ArchiMateImport result = readArchiMate(bytes, QStringLiteral("fuzz.xml"));
    if (result.model.has_value() != result.errors.empty())
        return QStringLiteral("readArchiMate: a model must come exactly when there are no errors");
    if (result.model && !validateModel(*result.model).empty())
        return QStringLiteral("readArchiMate: the model fails validateModel(): ")
            + validateModel(*result.model).front().toString();
    return {};
}

/// Opening a file of either kind: `bytes` are written to `scratchPath` (its SQLite side files
/// removed first) and loadModelFile() reads it. Ok must come with a model, anything else with a
/// diagnostic.
inline QString fuzzDocumentOpen(const QByteArray &bytes, const QString &scratchPath)
{
    for (const auto *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(scratchPath + QLatin1String(suffix));
    QFile file(scratchPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write the scratch file ") + scratchPath;
    file.close();
    const ModelFileResult result = loadModelFile(scratchPath);
    if ((result.status == ModelFileResult::Status::Ok) != result.model.has_value())
        return QStringLiteral("loadModelFile: status Ok must come exactly with a model");
    if (result.status != ModelFileResult::Status::Ok && result.diagnostics.empty())
        return QStringLiteral("loadModelFile: a failure without a diagnostic");
    return {};
}

/// The mapping fuzzCsvImport() uses: tests/data/csv/applicaties.mapping.json, read from
/// `path`. Empty `error` on success.
inline CsvMapping readFuzzCsvMapping(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the CSV mapping ") + path;
        return {};
    }
    Diagnostics diagnostics;
    CsvMapping mapping = readCsvMapping(file.readAll(), path, &diagnostics);
    if (!diagnostics.empty())
        *error = diagnostics.front().toString();
    return mapping;
}

} // namespace antrum::fuzz
