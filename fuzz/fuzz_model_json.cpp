// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the JSON model reader (readModelJson, default limits) and its round trip.
#include "fuzzentrypoints.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = antrum::fuzz::fuzzModelJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_model_json: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
