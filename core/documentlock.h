// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace antrum {

/// Marks a document as in use while one process has it open, so that a second instance (the
/// desktop program or antrum-cli writing to it) is told who has it instead of both writing.
///
/// The lock is a hidden file next to the document, `.~NAME.lock` for `NAME` (QLockFile: made
/// with O_EXCL, removed on release). It records the process id, host name, program name
/// (QLockFile's first five lines) and, on a sixth line, the user. A lock left by a process
/// that is no longer running on this host (a crash, kill -9, power loss) is stale and taken
/// over by the next acquire(), and so is a lock file that names no process (empty or garbage)
/// once it is 5 seconds old; a lock held by a running process is never taken over, however
/// old. Locks only coordinate programs that use them: they do not stop other programs.
class DocumentLock {
public:
    /// Who holds a document's lock, for the "in use" message.
    struct Holder {
        qint64 pid = 0;      ///< 0 when nobody holds it (or the lock file cannot be read)
        QString hostname;
        QString application; ///< the holder's program (its executable's name)
        QString user;        ///< empty when not recorded
        /// "USER with APPLICATION (pid N on HOST)", "APPLICATION (pid N on HOST)", or "another
        /// program" when the lock file names no process.
        QString toString() const;
    };

    /// Why acquire() returned no lock.
    enum class Failure {
        None,
        InUse,       ///< another running process holds it: see `holder` (pid 0: a lock file
                     ///< just being made, or unreadable and less than 5 s old)
        Unavailable, ///< the lock file cannot be made (read-only folder, full disk): see `error`
    };

    /// Takes the lock of `documentPath` (the document need not exist yet). Returns null when
    /// another running process holds it (`failure` InUse, `holder` filled) or when no lock
    /// file can be made next to the document (`failure` Unavailable, `error` says why). A
    /// document this process has already locked counts as in use (holder is this process).
    static std::unique_ptr<DocumentLock> acquire(const QString &documentPath, Holder *holder = nullptr,
                                                 Failure *failure = nullptr, QString *error = nullptr);

    /// Who holds the lock of `documentPath` now, without taking it; nullopt-like (pid 0) when
    /// nobody does or the holder is gone (a stale lock).
    static Holder currentHolder(const QString &documentPath);

    /// The lock file of `documentPath`: `.~NAME.lock` in the document's folder.
    static QString lockPathFor(const QString &documentPath);

    /// "FILE is in use by HOLDER": the message for a refused open or write.
    static QString inUseMessage(const QString &documentPath, const Holder &holder);

    /// Releases the lock (removes the lock file).
    ~DocumentLock();
    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

    QString documentPath() const { return m_documentPath; }
    QString lockPath() const;

private:
    DocumentLock(QString documentPath, std::unique_ptr<QLockFile> lock);

    QString m_documentPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace antrum
