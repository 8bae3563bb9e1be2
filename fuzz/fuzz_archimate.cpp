// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the ArchiMate exchange-file importer (readArchiMate, default limits).
#include "fuzzentrypoints.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = antrum::fuzz::fuzzArchiMate(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_archimate: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
