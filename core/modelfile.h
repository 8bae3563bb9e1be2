// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "idindex.h"
#include "model.h"

#include <memory>
#include <optional>

/// Reading and writing a model file of any kind Antrum knows, told apart by content (an
/// SQLite document starts with "SQLite format 3"), not by the name alone.
namespace antrum {

enum class ModelFileKind { Json, Document };

struct ModelFileResult {
    enum class Status {
        Ok,
        Invalid,    ///< the file was read but is not a valid model (see diagnostics)
        Unreadable, ///< the file could not be read at all (missing, permissions, I/O)
    };
    Status status = Status::Ok;
    std::optional<Model> model;
    /// Ids and edge endpoints of `model` resolved while reading JSON (null for documents).
    std::shared_ptr<const ModelIndex> index;
    Diagnostics diagnostics; ///< for Invalid and Unreadable: at least one, with its place
    ModelFileKind kind = ModelFileKind::Json;
};

/// What a file holds, judged by its first bytes; nullopt if it cannot be opened.
std::optional<ModelFileKind> detectModelFileKind(const QString &path);

/// Reads a JSON model or an .antrum document. Never throws, never crashes, never changes
/// the file's content (a document's rollback journal left by a crash is played back first,
/// which restores the document as it was before the interrupted change: ModelDocument).
ModelFileResult loadModelFile(const QString &path);

/// Writes `model` to `path` as JSON or as an .antrum document. The file appears complete or
/// not at all (QSaveFile, or a checked temporary document renamed into place): an existing
/// file at `path` is left untouched on failure. Returns an empty string or the error.
QString saveModelFile(const Model &model, const QString &path, ModelFileKind kind);

} // namespace antrum
