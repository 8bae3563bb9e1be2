// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader and importer, with the mapping of
// tests/data/csv/applicaties.mapping.json; the input is the nodes table, then optionally
// "\n#EDGES\n" and the edges table.
#include "fuzzentrypoints.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const antrum::CsvMapping &mapping()
{
    static const antrum::CsvMapping result = [] {
        QString error;
        antrum::CsvMapping m = antrum::fuzz::readFuzzCsvMapping(QStringLiteral(ANTRUM_CSV_MAPPING_FILE), &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "fuzz_csv_import: %s\n", qPrintable(error));
            std::exit(2);
        }
        return m;
    }();
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = antrum::fuzz::fuzzCsvImport(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), mapping());
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_csv_import: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
