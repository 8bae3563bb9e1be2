// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace antrum {

namespace {

/// A lock file that names no process is a writer's half-made file for this long, then garbage.
constexpr qint64 UnreadableLockAgeMs = 5000;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DocumentLock)
};

QString userName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? qEnvironmentVariable("USERNAME") : name;
}

/// Reads the lock file: QLockFile's lines (pid, program, host, machine id, boot id), then ours (user).
DocumentLock::Holder readHolder(const QString &lockPath)
{
    DocumentLock::Holder holder;
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return holder;
    const QList<QByteArray> lines = file.read(64 * 1024).split('\n');
    bool ok = false;
    const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return holder;
    holder.pid = pid;
    holder.application = QString::fromUtf8(lines.value(1)).trimmed();
    holder.hostname = QString::fromUtf8(lines.value(2)).trimmed();
    holder.user = QString::fromUtf8(lines.value(5)).trimmed();
    if (holder.user.isEmpty())
        holder.user = QFileInfo(lockPath).owner();
    return holder;
}

/// Whether the process that wrote `holder` is known to be gone (same host, no such process).
bool isGone(const DocumentLock::Holder &holder)
{
#ifdef Q_OS_UNIX
    if (holder.hostname != QSysInfo::machineHostName())
        return false;
    return ::kill(pid_t(holder.pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(holder);
    return false;
#endif
}

} // namespace

QString DocumentLock::Holder::toString() const
{
    if (pid <= 0)
        return Text::tr("another program");
    const QString program = application.isEmpty() ? Text::tr("another program") : application;
    return user.isEmpty() ? Text::tr("%1 (pid %2 on %3)").arg(program).arg(pid).arg(hostname)
                          : Text::tr("%1 with %2 (pid %3 on %4)").arg(user, program).arg(pid).arg(hostname);
}

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(QStringLiteral(".~") + info.fileName() + QStringLiteral(".lock"));
}

QString DocumentLock::inUseMessage(const QString &documentPath, const Holder &holder)
{
    return Text::tr("%1 is in use by %2").arg(documentPath, holder.toString());
}

std::unique_ptr<DocumentLock> DocumentLock::acquire(const QString &documentPath, Holder *holder, Failure *failure,
                                                    QString *error)
{
    const QString path = lockPathFor(documentPath);
    auto lock = std::make_unique<QLockFile>(path);
    // A document stays open for hours: only a dead holder makes a lock stale, never its age.
    lock->setStaleLockTime(0);
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError && readHolder(path).pid == 0
        && QFileInfo(path).lastModified().msecsTo(QDateTime::currentDateTime()) > UnreadableLockAgeMs) {
        // Empty or garbage (a crash between creating and writing it): nobody can hold it.
        locked = lock->removeStaleLockFile() && lock->tryLock(0);
    }
    if (locked) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.write(userName().toUtf8() + '\n');
        if (failure)
            *failure = Failure::None;
        return std::unique_ptr<DocumentLock>(new DocumentLock(QFileInfo(documentPath).absoluteFilePath(), std::move(lock)));
    }
    if (lock->error() == QLockFile::LockFailedError) {
        if (failure)
            *failure = Failure::InUse;
        if (holder)
            *holder = readHolder(path);
        if (error)
            *error = inUseMessage(documentPath, readHolder(path));
        return nullptr;
    }
    if (failure)
        *failure = Failure::Unavailable;
    if (holder)
        *holder = {};
    if (error) {
        *error = lock->error() == QLockFile::PermissionError
                     ? Text::tr("cannot make the lock file %1: no permission to write in its folder").arg(path)
                     : Text::tr("cannot make the lock file %1").arg(path);
    }
    return nullptr;
}

DocumentLock::Holder DocumentLock::currentHolder(const QString &documentPath)
{
    Holder holder = readHolder(lockPathFor(documentPath));
    return holder.pid > 0 && isGone(holder) ? Holder{} : holder;
}

DocumentLock::DocumentLock(QString documentPath, std::unique_ptr<QLockFile> lock)
    : m_documentPath(std::move(documentPath)), m_lock(std::move(lock))
{
}

DocumentLock::~DocumentLock() = default;

QString DocumentLock::lockPath() const { return m_lock->fileName(); }

} // namespace antrum
