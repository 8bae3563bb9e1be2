// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "idindex.h"
#include "model.h"

#include <QByteArray>

#include <memory>
#include <optional>

/// The JSON interchange format of ../shared/spec/model-format.md: reading with every error
/// located (`FILE:LINE:COLUMN: path: message`), and writing that round-trips losslessly.
namespace antrum {

struct ModelReadResult {
    std::optional<Model> model; ///< set only when `diagnostics` is empty
    Diagnostics diagnostics;    ///< every error found, in document order
    /// The model's ids and edge endpoints, resolved while reading (with `model`).
    std::shared_ptr<const ModelIndex> index;
};

/// Limits that keep hostile input from exhausting memory or the stack.
struct JsonLimits {
    qsizetype maxBytes = qsizetype(512) * 1024 * 1024;
    int maxDepth = 64;
    qsizetype maxStringChars = 1'000'000;
    qsizetype maxErrors = 1000; ///< stop collecting after this many
    /// An edges list longer than this (in bytes), read after the nodes, has its ends resolved
    /// on a second thread while parsing goes on.
    qsizetype parallelFromBytes = qsizetype(8) << 20;
};

/// Reads a model from UTF-8 JSON text. `fileName` is used in the diagnostics only.
/// Never throws and never crashes on any input; the model is returned only if the input
/// obeys every rule of the format (syntax, keys, types, references, kinds, groups, ...).
ModelReadResult readModelJson(const QByteArray &text, const QString &fileName,
                              const JsonLimits &limits = {});

/// Writes a model as pretty JSON (keys in the spec's order, x- keys last), UTF-8.
QByteArray writeModelJson(const Model &model);

} // namespace antrum
