// SPDX-License-Identifier: GPL-3.0-or-later
// The lock file of a document: a second process is refused and told who has the document;
// a lock left by a killed process is taken over; the lock goes away with its holder.
#include "documentlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include <signal.h>
#include <unistd.h>

using namespace antrum;

namespace {

/// A second process (antrum-crashdriver lock FILE) that holds the lock until killed.
class LockHolder {
public:
    explicit LockHolder(const QString &document)
    {
        m_process.start(QStringLiteral(ANTRUM_CRASHDRIVER_PATH), {QStringLiteral("lock"), document});
        if (!m_process.waitForStarted(30000))
            return;
        while (!m_output.contains('\n') && m_process.waitForReadyRead(30000))
            m_output += m_process.readAllStandardOutput();
    }
    ~LockHolder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool holds() const { return m_output.startsWith("locked\n"); }
    QByteArray output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }
    /// kill -9: the lock file stays behind, its holder gone.
    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(30000);
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

TEST(DocumentLock, TheLockFileIsHiddenNextToTheDocument)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("Lindewaard 2025.antrum"));
    EXPECT_EQ(DocumentLock::lockPathFor(document), dir.filePath(QStringLiteral(".~Lindewaard 2025.antrum.lock")));
    {
        const std::unique_ptr<DocumentLock> lock = DocumentLock::acquire(document);
        ASSERT_NE(lock, nullptr);
        EXPECT_TRUE(QFileInfo::exists(DocumentLock::lockPathFor(document)));
        EXPECT_EQ(lock->lockPath(), DocumentLock::lockPathFor(document));
        EXPECT_FALSE(QFileInfo::exists(document)); // the document itself is not made
    }
    EXPECT_FALSE(QFileInfo::exists(DocumentLock::lockPathFor(document))) << "released with the lock";
}

TEST(DocumentLock, TheLockRecordsProcessHostProgramAndUser)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("model.antrum"));
    const std::unique_ptr<DocumentLock> lock = DocumentLock::acquire(document);
    ASSERT_NE(lock, nullptr);
    const DocumentLock::Holder holder = DocumentLock::currentHolder(document);
    EXPECT_EQ(holder.pid, QCoreApplication::applicationPid());
    EXPECT_EQ(holder.hostname, QSysInfo::machineHostName());
    EXPECT_EQ(holder.application, QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).fileName());
    EXPECT_EQ(holder.user, QFileInfo(lock->lockPath()).owner());
    EXPECT_FALSE(holder.user.isEmpty());
}

TEST(DocumentLock, ASecondLockInTheSameProcessIsRefused)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("model.antrum"));
    const std::unique_ptr<DocumentLock> first = DocumentLock::acquire(document);
    ASSERT_NE(first, nullptr);
    DocumentLock::Holder holder;
    DocumentLock::Failure failure = DocumentLock::Failure::None;
    EXPECT_EQ(DocumentLock::acquire(document, &holder, &failure), nullptr);
    EXPECT_EQ(failure, DocumentLock::Failure::InUse);
    EXPECT_EQ(holder.pid, QCoreApplication::applicationPid());
}

TEST(DocumentLock, AnotherProcessHoldingTheDocumentIsNamed)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("model.antrum"));
    LockHolder other(document);
    ASSERT_TRUE(other.holds()) << other.output().constData();

    DocumentLock::Holder holder;
    DocumentLock::Failure failure = DocumentLock::Failure::None;
    QString error;
    EXPECT_EQ(DocumentLock::acquire(document, &holder, &failure, &error), nullptr);
    EXPECT_EQ(failure, DocumentLock::Failure::InUse);
    EXPECT_EQ(holder.pid, other.pid());
    EXPECT_EQ(holder.hostname, QSysInfo::machineHostName());
    EXPECT_EQ(holder.application, QStringLiteral("antrum-crashdriver"));
    EXPECT_FALSE(holder.user.isEmpty());
    EXPECT_EQ(error, QStringLiteral("%1 is in use by %2 with antrum-crashdriver (pid %3 on %4)")
                         .arg(document, holder.user).arg(other.pid()).arg(QSysInfo::machineHostName()));
    EXPECT_EQ(DocumentLock::currentHolder(document).pid, other.pid());

    // A live holder is never taken over, however old its lock file.
    QFile lockFile(DocumentLock::lockPathFor(document));
    ASSERT_TRUE(lockFile.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    lockFile.close();
    EXPECT_EQ(DocumentLock::acquire(document), nullptr);

    // Released when the holder ends.
    other.killHard();
    EXPECT_NE(DocumentLock::acquire(document), nullptr);
}

TEST(DocumentLock, AStaleLockOfAKilledProcessIsTakenOver)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("model.antrum"));
    qint64 deadPid = 0;
    {
        LockHolder other(document);
        ASSERT_TRUE(other.holds()) << other.output().constData();
        deadPid = other.pid();
        other.killHard();
    }
    ASSERT_TRUE(QFileInfo::exists(DocumentLock::lockPathFor(document))) << "kill -9 leaves the lock file";
    EXPECT_EQ(DocumentLock::currentHolder(document).pid, 0) << "its holder is gone";

    DocumentLock::Failure failure = DocumentLock::Failure::InUse;
    const std::unique_ptr<DocumentLock> lock = DocumentLock::acquire(document, nullptr, &failure);
    ASSERT_NE(lock, nullptr);
    EXPECT_EQ(failure, DocumentLock::Failure::None);
    EXPECT_EQ(DocumentLock::currentHolder(document).pid, QCoreApplication::applicationPid());
    EXPECT_NE(DocumentLock::currentHolder(document).pid, deadPid);

    // ... and a second process is now refused, naming this one.
    LockHolder late(document);
    EXPECT_EQ(late.output(), "in-use " + QByteArray::number(QCoreApplication::applicationPid()) + '\n');
}

TEST(DocumentLock, AFolderWithoutWritePermissionIsReportedNotInUse)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write anywhere";
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    DocumentLock::Failure failure = DocumentLock::Failure::None;
    QString error;
    EXPECT_EQ(DocumentLock::acquire(folder + QStringLiteral("/model.antrum"), nullptr, &failure, &error), nullptr);
    EXPECT_EQ(failure, DocumentLock::Failure::Unavailable);
    EXPECT_TRUE(error.contains(QStringLiteral("no permission"))) << qPrintable(error);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(DocumentLock, AMissingFolderIsReportedNotInUse)
{
    QTemporaryDir dir;
    DocumentLock::Failure failure = DocumentLock::Failure::None;
    QString error;
    const QString document = dir.filePath(QStringLiteral("no-such-folder/model.antrum"));
    EXPECT_EQ(DocumentLock::acquire(document, nullptr, &failure, &error), nullptr);
    EXPECT_EQ(failure, DocumentLock::Failure::Unavailable);
    EXPECT_EQ(error, QStringLiteral("cannot make the lock file %1").arg(DocumentLock::lockPathFor(document)));
}

TEST(DocumentLock, ALockFileOfGarbageIsNotAHolder)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("model.antrum"));
    QFile garbage(DocumentLock::lockPathFor(document));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, '\0'));
    garbage.close();
    EXPECT_EQ(DocumentLock::currentHolder(document).pid, 0);
    // Just made, it may be another process's lock being written: wait.
    DocumentLock::Failure failure = DocumentLock::Failure::None;
    EXPECT_EQ(DocumentLock::acquire(document, nullptr, &failure), nullptr);
    EXPECT_EQ(failure, DocumentLock::Failure::InUse);
    // Older than a few seconds it is garbage (a crash between making and writing it).
    ASSERT_TRUE(garbage.open(QIODevice::ReadWrite));
    ASSERT_TRUE(garbage.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    garbage.close();
    EXPECT_NE(DocumentLock::acquire(document), nullptr);
}
