// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: opening a model file (loadModelFile), SQLite document or JSON told apart
// by content. Each input is written to one scratch file in a temporary directory.
#include "fuzzentrypoints.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "fuzz_document_open: no temporary directory\n");
        std::exit(2);
    }
    const QString problem = antrum::fuzz::fuzzDocumentOpen(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), scratch.filePath(QStringLiteral("input.antrum")));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_document_open: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
