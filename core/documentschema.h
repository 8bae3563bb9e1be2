// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

/// The SQLite schema of the native document (.antrum) and its upgrade path, kept apart from
/// Document so that the schema text, the check of a file's schema objects and the
/// migrations can be read, reviewed and tested on their own (docs/document-format.md).
namespace antrum {

/// One upgrade step of the document schema, from version `from` to `from + 1`.
///
/// Steps run in order inside one transaction that the framework opens and commits (a step
/// never begins, commits or rolls back itself), with foreign_keys=OFF so that a step can
/// rebuild a table the way SQLite prescribes; `PRAGMA foreign_key_check`, the schema check
/// and the model rules run before the commit. A step reports failure by returning false
/// with a human reason in `*error`; everything is then rolled back and the file stays as it
/// was, byte for byte.
struct Migration {
    int from = 0;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

/// The schema of the current version and the machinery around it.
class DocumentSchema {
public:
    /// `PRAGMA application_id` of every Antrum document: "Antr" in ASCII. Lets Antrum (and
    /// `file`) tell its documents from other programs' SQLite files.
    static constexpr qint32 ApplicationId = 0x416E7472;
    /// `PRAGMA user_version` of a document written by this build.
    static constexpr int Version = 1;

    /// The statements that create the current schema in an empty database, in order.
    static const QStringList &statements();

    /// The upgrade steps of this build, from the oldest supported version up to Version.
    /// Empty while version 1 is the first and only one.
    static std::vector<Migration> migrations();

    /// Creates the current schema in an empty database and stamps application_id and
    /// user_version, inside the caller's transaction. False with the reason on failure.
    static bool create(QSqlDatabase &db, QString *error);

    /// Compares the schema objects (tables, indexes, views, triggers) of `db` with the
    /// current schema. True if they are exactly the expected ones; otherwise false and
    /// `*problem` names the first difference ("unexpected trigger \"t\"").
    static bool matches(QSqlDatabase &db, QString *problem);

    /// Runs the steps that lead from `fromVersion` to Version, in order, inside the caller's
    /// transaction, and sets user_version. False with the reason if a step is missing or
    /// fails; the caller then rolls back.
    static bool migrate(QSqlDatabase &db, int fromVersion, const std::vector<Migration> &steps,
                        QString *error);
};

} // namespace antrum
