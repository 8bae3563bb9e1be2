// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "documentschema.h"
#include "model.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTemporaryDir;

namespace antrum {

/// Why a document could not be opened, created or changed. The command line maps `kind` to
/// its exit code (NotFound and Unreadable: 3, every other kind: 1).
struct DocumentError {
    enum class Kind {
        None,
        NotFound,           ///< no file at the path
        Unreadable,         ///< the file exists but cannot be read (permissions, a folder, I/O)
        NotSqlite,          ///< not an SQLite database at all (text, JSON, empty)
        ForeignApplication, ///< an SQLite database of another program (wrong application_id)
        TooNew,             ///< made by a newer Antrum (user_version above DocumentSchema::Version)
        Damaged,            ///< truncated or corrupt: the header or integrity_check says so
        InvalidSchema,      ///< tables, indexes, views or triggers differ from Antrum's, or an upgrade failed
        InvalidContent,     ///< the stored model breaks the rules of model-format.md (see diagnostics)
        Io,                 ///< writing failed (disk full, no permission, read-only document, ...)
    };
    Kind kind = Kind::None;
    QString message;         ///< one human sentence that names the file
    Diagnostics diagnostics; ///< for InvalidContent: every broken rule, with its path
};

/// The native document: one SQLite file (`.antrum`) that holds one Model, and is the place
/// where the desktop editor keeps its work (every edit is committed at once; there is no
/// separate "save").
///
/// What it guarantees (docs/document-format.md): the file carries Antrum's application_id
/// and its schema version in user_version; every connection runs with foreign_keys=ON,
/// trusted_schema=OFF, a rollback journal and synchronous=FULL; every change is one
/// transaction that either commits whole or leaves the file as it was; the stored model
/// always passes validateModel(), because every change is checked against the whole
/// resulting model before it is committed; a file is checked (header, application_id,
/// version, integrity_check, schema objects, model rules) on a read-only connection before
/// anything may write to it, so a damaged, foreign or too new file is refused with a clear
/// message and never modified; new files and Save As go through a temporary file in the
/// target folder that is checked, then renamed over the target.
///
/// A Document is used from the thread that opened it (QSqlDatabase's rule). Other threads
/// open their own Document on the same path; each has its own uniquely named connection.
class Document {
public:
    enum class Mode {
        ReadWrite,
        ReadOnly, ///< never writes the file; edits are refused
    };

    /// Opens and checks an existing document. A document of an older schema is upgraded with
    /// `migrations` in one transaction (in ReadOnly mode a private copy is upgraded and the
    /// file itself is left alone); a document left with a hot journal by a crash is first
    /// rolled back to its last commit (in ReadOnly mode, again on a private copy). Returns
    /// nullptr and fills `*error` (if given) when the file is refused.
    static std::unique_ptr<Document> open(const QString &path, Mode mode, DocumentError *error,
                                          const std::vector<Migration> &migrations = DocumentSchema::migrations());

    /// Writes `model` as a new document at `path`. The model is validated first; the file is
    /// written to a temporary file in the same folder, closed, reopened read-only, checked and
    /// compared with `model`, and only then renamed over `path`. On any failure the temporary
    /// file is removed and an existing file at `path` is left untouched.
    static bool create(const QString &path, const Model &model, DocumentError *error);

    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    /// The file this document is (after saveAs(): the new file).
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// Name of this document's QSqlDatabase connection, for tests and diagnostics. Only for
    /// use on the document's own thread; never change data through it.
    QString connectionName() const { return m_connection; }

    /// The model the document holds, read from the file.
    std::optional<Model> load(DocumentError *error) const;

    /// Replaces the whole content with `model` in one transaction.
    bool replaceModel(const Model &model, DocumentError *error);

    /// Writes a checked copy of this document to `path` (VACUUM INTO a temporary file in the
    /// target folder, flushed to disk, checked, renamed over `path`) and continues as that
    /// file, as "Save As" does in every editor; the old file stays as it was. Saving to the
    /// document's own path does nothing: every change is already in the file.
    bool saveAs(const QString &path, DocumentError *error);

    // Granular edits for the editor. Each is one transaction, checked against the whole
    // resulting model (validateModel) before it is committed: a change that would break a
    // rule is refused with InvalidContent and its diagnostics, and the file is unchanged.
    // The check reads the whole model, so an edit costs time in proportion to its size.

    /// Adds `node` at the end, or replaces the node with its id in place (its edges stay).
    bool upsertNode(const Node &node, DocumentError *error);
    /// Removes the node, its redundancy groups and attributes, and (by cascade) every edge
    /// from or to it. Refused while a scenario, option or the home jurisdictions name it.
    bool removeNode(const QString &id, DocumentError *error);
    /// Gives a node a new id. Edges, redundancy and attributes follow by ON UPDATE CASCADE;
    /// scenarios, options and the home jurisdictions are rewritten to the new id.
    bool renameNode(const QString &from, const QString &to, DocumentError *error);
    /// Adds `edge` at the end.
    bool addEdge(const Edge &edge, DocumentError *error);
    bool removeEdge(const EdgeKey &key, DocumentError *error);
    bool setName(const QString &name, DocumentError *error);
    bool setDescription(const std::optional<QString> &description, DocumentError *error);
    bool setHomeJurisdictions(const std::optional<QStringList> &ids, DocumentError *error);
    /// Replaces the list of exit scenarios (they are small and edited as a whole).
    bool setScenarios(const std::vector<Scenario> &scenarios, DocumentError *error);
    /// Replaces the list of procurement options.
    bool setOptions(const std::vector<Option> &options, DocumentError *error);

    /// Places where tests can make a write fail, to prove that a failure leaves files intact.
    enum class FaultPoint {
        BeforeCommit,     ///< a change has been written inside its transaction, not yet committed
        TemporaryWritten, ///< create()/saveAs(): the temporary file is complete and closed,
                          ///< not yet checked (the hook may damage it to exercise the check)
        BeforeRename,     ///< create()/saveAs(): the temporary file has passed its check
    };
    /// For tests only: `hook` is called at each FaultPoint with the file concerned; returning
    /// false makes the operation fail there as an I/O error would. An empty hook removes it.
    static void setFaultHookForTesting(std::function<bool(FaultPoint, const QString &file)> hook);

private:
    Document(QString path, Mode mode);

    using Edit = std::function<bool(Model &next, QString *refusal)>;
    using Write = std::function<bool(QSqlDatabase &db, const Model &before, const Model &after, QString *error)>;
    /// The frame of every granular edit: one transaction, the model read inside it, `edit`
    /// applied to a copy, the copy validated, `write` run, then commit or rollback.
    bool change(const QString &what, const Edit &edit, const Write &write, DocumentError *error);
    bool connect(const QString &file, DocumentError *error);
    void disconnect();
    QSqlDatabase database() const;

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QString m_file;                           ///< the file SQLite has open: m_path or a private copy
    std::unique_ptr<QTemporaryDir> m_privateCopy; ///< holds the copy a ReadOnly document had to upgrade
};

} // namespace antrum
