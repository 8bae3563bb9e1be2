// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, through the entry points of the fuzz targets (fuzz/fuzzentrypoints.h), every input
// saved in tests/data/fuzz-regressions/<target>/ (inputs that once crashed a reader) and every
// seed of fuzz/corpus/<target>/. Each must give a clean result or a clear error: a crash, a leak
// or undefined behaviour fails the test (the latter two in the sanitizer build).
#include "../../fuzz/fuzzentrypoints.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace antrum;

namespace {

/// The files of the regression folder and of the seed corpus of `target`, sorted.
QStringList inputsOf(const QString &target)
{
    QStringList files;
    for (const QString &dir : {test::dataPath(QStringLiteral("fuzz-regressions/") + target),
                               test::sourcePath(QStringLiteral("fuzz/corpus/") + target)}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden);
        while (it.hasNext())
            files.push_back(it.next());
    }
    files.sort();
    return files;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

/// Runs `entry` on every input of `target`; there must be some (a moved folder must not make
/// the test pass by running nothing).
void replay(const QString &target, const std::function<QString(const QByteArray &)> &entry)
{
    const QStringList files = inputsOf(target);
    ASSERT_FALSE(files.isEmpty()) << "no inputs for " << qPrintable(target);
    for (const QString &path : files) {
        SCOPED_TRACE(path.toStdString());
        const QString problem = entry(contents(path));
        EXPECT_TRUE(problem.isEmpty()) << qPrintable(problem);
    }
}

} // namespace

TEST(FuzzRegressions, ModelJson)
{
    replay(QStringLiteral("fuzz_model_json"), fuzz::fuzzModelJson);
}

TEST(FuzzRegressions, CsvImport)
{
    QString error;
    const CsvMapping mapping =
        fuzz::readFuzzCsvMapping(test::dataPath(QStringLiteral("csv/applicaties.mapping.json")), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    replay(QStringLiteral("fuzz_csv_import"), [&](const QByteArray &bytes) { return fuzz::fuzzCsvImport(bytes, mapping); });
}

TEST(FuzzRegressions, ArchiMate)
{
    replay(QStringLiteral("fuzz_archimate"), fuzz::fuzzArchiMate);
}

TEST(FuzzRegressions, DocumentOpen)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString path = scratch.filePath(QStringLiteral("input.antrum"));
    replay(QStringLiteral("fuzz_document_open"), [&](const QByteArray &bytes) { return fuzz::fuzzDocumentOpen(bytes, path); });
}

TEST(FuzzRegressions, EntryPointsReportWhatTheyCannotDo)
{
    // The checks are live: an input that cannot even be written is reported, not passed over.
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    EXPECT_FALSE(fuzz::fuzzDocumentOpen("{}", scratch.filePath(QStringLiteral("missing/input.antrum"))).isEmpty());
    QString error;
    fuzz::readFuzzCsvMapping(scratch.filePath(QStringLiteral("missing.json")), &error);
    EXPECT_FALSE(error.isEmpty());
}
