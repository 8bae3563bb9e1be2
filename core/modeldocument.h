// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "model.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace antrum {

/// The native document: one SQLite file (`.antrum`) holding one Model.
///
/// Guarantees (docs/document-format.md): the file carries Antrum's application_id and its
/// schema version in user_version; every connection runs with foreign_keys=ON,
/// trusted_schema=OFF, a rollback journal and synchronous=FULL; every change is one
/// transaction; a file is checked (header, application_id, version, schema objects,
/// integrity_check, model rules) on a read-only connection before anything may write to it,
/// so a damaged, foreign or too new file is refused with a clear message and left untouched
/// (the one write before the checks: the rollback journal of a change cut short by a crash is
/// played back, for a file whose header is an Antrum document's of a version this build reads);
/// new files and Save As go through a temporary file that is checked, then renamed.
class ModelDocument {
public:
    static constexpr qint32 ApplicationId = 0x416E7472; // "Antr"
    static constexpr int SchemaVersion = 1;

    enum class Mode { ReadWrite, ReadOnly };

    struct Error {
        enum class Kind {
            None,
            Unreadable,         ///< missing, no permission, I/O error (command line exit 3)
            NotSqlite,          ///< not an SQLite file at all
            ForeignApplication, ///< an SQLite file of another program
            TooNew,             ///< made by a newer Antrum
            Damaged,            ///< integrity check failed, truncated, unreadable pages
            InvalidSchema,      ///< unexpected tables, views, triggers or columns
            InvalidContent,     ///< the model it holds breaks the format's rules
            WriteFailed,        ///< a change or a new file could not be written
        };
        Kind kind = Kind::None;
        QString message;
        Diagnostics diagnostics; ///< for InvalidContent: the broken rules
    };

    /// One schema upgrade step, from version `from` to `from + 1`, run inside the open
    /// transaction. Returns an empty string or the reason it failed.
    struct Migration {
        int from = 0;
        std::function<QString(QSqlDatabase &)> apply;
    };
    /// The upgrade steps of this build (none yet: version 1 is the first).
    static std::vector<Migration> migrations();

    /// Opens and checks an existing document. An older schema is upgraded with `steps` (in
    /// one transaction; a failed upgrade leaves the file as it was) unless `mode` is ReadOnly.
    static std::unique_ptr<ModelDocument> open(const QString &path, Mode mode, Error *error,
                                               const std::vector<Migration> &steps = migrations());

    /// Writes `model` as a new document at `path` through a checked temporary file in the
    /// same folder, renamed into place at the end; an existing file at `path` is replaced only
    /// if everything succeeded.
    static bool create(const QString &path, const Model &model, Error *error);

    ~ModelDocument();
    ModelDocument(const ModelDocument &) = delete;
    ModelDocument &operator=(const ModelDocument &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    /// The model the document holds.
    std::optional<Model> load(Error *error) const;

    /// Replaces the whole content in one transaction.
    bool replaceModel(const Model &model, Error *error);

    // Granular edits for the editor, each one transaction. They keep the document valid as
    // a database (keys, cascades); whole-model rules are the editor's to check.
    bool upsertNode(const Node &node, Error *error);
    /// Removes a node and its edges; refused while a scenario, an option or the home
    /// jurisdictions still name it.
    bool removeNode(const QString &id, Error *error);
    /// Renames a node's id everywhere: edges, scenarios, options, home jurisdictions.
    bool renameNode(const QString &from, const QString &to, Error *error);
    bool addEdge(const Edge &edge, Error *error);
    bool removeEdge(const EdgeKey &edge, Error *error);

    /// Writes a checked copy to `path` (VACUUM INTO a temporary file, then rename).
    bool saveAs(const QString &path, Error *error) const;

    /// For tests: called between writing and renaming in create() and saveAs(); returning
    /// false makes the operation fail as if the check had failed.
    static void setBeforeRenameHookForTesting(std::function<bool(const QString &temporaryPath)> hook);

private:
    ModelDocument(QString path, Mode mode, QString connection);
    QSqlDatabase database() const;

    QString m_path;
    Mode m_mode;
    QString m_connection;
};

} // namespace antrum
