// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random points during saves, in-place edits and autosaves: the document must
// always open, with exactly the last generation the driver reported complete or the one it
// was writing, never damaged, never missing. Leftover temporary files must not matter.
//
// ANTRUM_CRASH_RUNS=N sets the kills per mode (default 50, autosave 25); ANTRUM_CRASH_SEED=S
// repeats a run (the seed is printed).
#include "crashmodel.h"
#include "mainwindow.h"
#include "modeleditor.h"
#include "modelfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <optional>
#include <random>

#include <signal.h>

using namespace antrum;

namespace {

/// Kills per mode: ANTRUM_CRASH_RUNS, else `fallback` (the defaults keep the whole test
/// under a minute; the autosave mode opens a main window per kill and gets fewer).
int runsPerMode(int fallback = 50)
{
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("ANTRUM_CRASH_RUNS", &ok);
    return ok && runs > 0 ? runs : fallback;
}

quint64 seed()
{
    static const quint64 value = [] {
        bool ok = false;
        const quint64 fromEnvironment = qgetenv("ANTRUM_CRASH_SEED").toULongLong(&ok);
        return ok ? fromEnvironment : quint64(std::random_device{}());
    }();
    return value;
}

/// What one kill left: the last generation the driver said was complete (0: none).
struct Kill {
    int lastDone = 0;
    int delayMs = 0;
    QString error; ///< the driver failed on its own, or never started
};

/// Starts the driver, waits until it writes, kills it with SIGKILL after `delayMs`.
Kill runAndKill(const QStringList &arguments, int delayMs)
{
    Kill kill;
    kill.delayMs = delayMs;
    QProcess driver;
    driver.setProcessChannelMode(QProcess::SeparateChannels);
    driver.start(QStringLiteral(ANTRUM_CRASHDRIVER_PATH), arguments);
    if (!driver.waitForStarted(30000)) {
        kill.error = QStringLiteral("the driver did not start: ") + driver.errorString();
        return kill;
    }
    QByteArray output;
    QElapsedTimer waiting;
    waiting.start();
    while (!output.contains("ready\n") && driver.state() == QProcess::Running && waiting.elapsed() < 60000) {
        driver.waitForReadyRead(100);
        output += driver.readAllStandardOutput();
    }
    if (!output.contains("ready\n")) {
        driver.kill();
        driver.waitForFinished();
        kill.error = QStringLiteral("the driver never got ready: ") + QString::fromUtf8(driver.readAllStandardError());
        return kill;
    }
    QThread::msleep(std::uint64_t(delayMs));
    if (driver.state() != QProcess::Running) {
        kill.error = QStringLiteral("the driver stopped by itself: ") + QString::fromUtf8(driver.readAllStandardError());
        return kill;
    }
    ::kill(pid_t(driver.processId()), SIGKILL);
    driver.waitForFinished(30000);
    output += driver.readAllStandardOutput();
    if (driver.exitStatus() != QProcess::CrashExit)
        kill.error = QStringLiteral("the driver ended before it was killed: ") + QString::fromUtf8(driver.readAllStandardError());
    static const QRegularExpression done(QStringLiteral("^done (\\d+)$"), QRegularExpression::MultilineOption);
    for (auto it = done.globalMatch(QString::fromUtf8(output)); it.hasNext();)
        kill.lastDone = it.next().captured(1).toInt();
    return kill;
}

/// The files in `dir` other than `keep` (left over by a killed write).
QStringList leftovers(const QString &dir, const QStringList &keep)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : keep)
        names.removeAll(name);
    return names;
}

/// A journal SQLite must play back: its header carries the magic number, written only once
/// the journal is complete and synced, just before the commit writes to the database.
bool isHotJournal(const QString &path)
{
    QFile journal(path);
    return journal.open(QIODevice::ReadOnly) && journal.read(8) == QByteArrayView("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
}

/// Which of `candidates` (label, model) `actual` is, or an empty string.
QString whichOf(const Model &actual, const std::vector<std::pair<QString, Model>> &candidates)
{
    for (const auto &[label, model] : candidates) {
        if (actual == model)
            return label;
    }
    return {};
}

QString describe(const ModelFileResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

std::vector<std::pair<QString, Model>> expected(int run, const Kill &kill, const std::optional<std::pair<QString, Model>> &before,
                                                bool named = true)
{
    std::vector<std::pair<QString, Model>> candidates;
    if (kill.lastDone == 0 && before)
        candidates.push_back(*before);
    if (kill.lastDone > 0)
        candidates.emplace_back(QStringLiteral("run %1 generation %2").arg(run).arg(kill.lastDone),
                                crash::generation(run, kill.lastDone, named));
    candidates.emplace_back(QStringLiteral("run %1 generation %2").arg(run).arg(kill.lastDone + 1),
                            crash::generation(run, kill.lastDone + 1, named));
    return candidates;
}

/// The statistics of one mode, printed at the end.
struct Tally {
    int runs = 0;
    int killedBeforeFirstWrite = 0;
    int newer = 0; ///< the file held the generation after the last reported one
    int maxLeftovers = 0;
    int journals = 0;    ///< kills that left a rollback journal beside the document (edit mode)
    int hotJournals = 0; ///< of those, journals of a commit cut short, which the next open plays back
    void print(const char *mode) const
    {
        std::printf("[crash] %s: %d kills, seed %llu, %d before the first write completed, %d with the write in flight "
                    "already complete, %d left a journal (%d of them hot), up to %d leftover temporary files, 0 damaged\n",
                    mode, runs, static_cast<unsigned long long>(seed()), killedBeforeFirstWrite, newer, journals, hotJournals,
                    maxLeftovers);
        std::fflush(stdout);
    }
};

/// Saves with saveModelFile (mode "save") or edits in place (mode "edit"), killed at random.
void killWhileWriting(const QString &mode, const QString &fileName, int maxDelayMs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(fileName);
    const ModelFileKind kind = fileName.endsWith(QStringLiteral(".json")) ? ModelFileKind::Json : ModelFileKind::Document;
    std::pair<QString, Model> before{QStringLiteral("initial"), crash::generation(0, 0)};
    ASSERT_EQ(saveModelFile(before.second, file, kind), QString());
    std::mt19937_64 random(seed() ^ qHash(mode + fileName));
    std::uniform_int_distribution<int> delay(0, maxDelayMs);
    Tally tally;
    const int runs = runsPerMode();
    for (int run = 1; run <= runs; ++run) {
        const Kill kill = runAndKill({mode, QString::number(run), file}, delay(random));
        ASSERT_TRUE(kill.error.isEmpty()) << "run " << run << ": " << qPrintable(kill.error);
        tally.journals += QFileInfo::exists(file + QStringLiteral("-journal"));
        tally.hotJournals += isHotJournal(file + QStringLiteral("-journal"));
        const ModelFileResult loaded = loadModelFile(file);
        ASSERT_EQ(loaded.status, ModelFileResult::Status::Ok)
            << "run " << run << " (seed " << seed() << ", killed after " << kill.delayMs << " ms, last done "
            << kill.lastDone << "): DAMAGED\n" << qPrintable(describe(loaded));
        const auto candidates = expected(run, kill, before);
        const QString which = whichOf(*loaded.model, candidates);
        ASSERT_FALSE(which.isEmpty()) << "run " << run << " (seed " << seed() << ", killed after " << kill.delayMs
                                      << " ms, last done " << kill.lastDone << "): holds none of the expected generations";
        ++tally.runs;
        tally.killedBeforeFirstWrite += kill.lastDone == 0;
        tally.newer += kill.lastDone > 0 && which == QStringLiteral("run %1 generation %2").arg(run).arg(kill.lastDone + 1);
        tally.maxLeftovers = std::max(tally.maxLeftovers, int(leftovers(dir.path(), {fileName}).size()));
        before = {which, *loaded.model};
    }
    // The leftovers of killed writes are ignored: a later save and open work beside them.
    const Model last = crash::generation(runs + 1, 1);
    ASSERT_EQ(saveModelFile(last, file, kind), QString());
    const ModelFileResult reopened = loadModelFile(file);
    ASSERT_EQ(reopened.status, ModelFileResult::Status::Ok) << qPrintable(describe(reopened));
    EXPECT_TRUE(*reopened.model == last);
    tally.print(qPrintable(mode + u' ' + fileName));
}

} // namespace

TEST(CrashSafety, SavingADocumentKilledAtRandomLeavesTheOldOrTheNewDocument)
{
    killWhileWriting(QStringLiteral("save"), QStringLiteral("model.antrum"), 300);
}

TEST(CrashSafety, SavingJsonKilledAtRandomLeavesTheOldOrTheNewFile)
{
    killWhileWriting(QStringLiteral("save"), QStringLiteral("model.json"), 40);
}

TEST(CrashSafety, EditingADocumentInPlaceKilledAtRandomLeavesTheOldOrTheNewContent)
{
    killWhileWriting(QStringLiteral("edit"), QStringLiteral("model.antrum"), 250);
}

TEST(CrashSafety, AutosaveKilledAtRandomIsRecoveredWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("model.antrum"));
    const QString recovery = dir.filePath(QStringLiteral("recovery"));
    ASSERT_TRUE(QDir().mkpath(recovery));
    const Model saved = crash::generation(0, 0, false);
    ASSERT_EQ(saveModelFile(saved, file, ModelFileKind::Document), QString());
    MainWindow::setRecoveryDirectory(recovery);
    const QString recoveryFile = MainWindow::recoveryPath(QFileInfo(file).absoluteFilePath());
    std::mt19937_64 random(seed() ^ 0xA5A5A5A5ULL);
    std::uniform_int_distribution<int> delay(0, 400);
    std::pair<QString, Model> before{QStringLiteral("as saved"), saved};
    Tally tally;
    const int runs = runsPerMode(25);
    for (int run = 1; run <= runs; ++run) {
        const Kill kill = runAndKill({QStringLiteral("autosave"), QString::number(run), file, recovery}, delay(random));
        ASSERT_TRUE(kill.error.isEmpty()) << "run " << run << ": " << qPrintable(kill.error);
        // The recovery file, if there is one, must be whole (a damaged one would only warn).
        if (QFile::exists(recoveryFile)) {
            const ModelFileResult kept = loadModelFile(recoveryFile);
            ASSERT_EQ(kept.status, ModelFileResult::Status::Ok)
                << "run " << run << " (seed " << seed() << ", killed after " << kill.delayMs << " ms): DAMAGED recovery file\n"
                << qPrintable(describe(kept));
        }
        MainWindow window;
        int asked = 0;
        window.recoveryPrompt = [&](const QDateTime &) {
            ++asked;
            return true;
        };
        window.unsavedChangesPrompt = [] { return QMessageBox::Discard; };
        ASSERT_TRUE(window.openFile(file)) << "run " << run;
        ASSERT_NE(window.model(), nullptr);
        // Killed before its first autosave the driver may already have dropped the previous
        // run's recovery file (it declines the offer), so the file as saved is expected too.
        auto candidates = expected(run, kill, before, false);
        if (kill.lastDone == 0)
            candidates.emplace_back(QStringLiteral("as saved"), saved);
        const QString which = whichOf(*window.model(), candidates);
        ASSERT_FALSE(which.isEmpty()) << "run " << run << " (seed " << seed() << ", killed after " << kill.delayMs
                                      << " ms, last done " << kill.lastDone << "): recovered none of the expected generations";
        EXPECT_EQ(asked, kill.lastDone > 0 ? 1 : asked) << "run " << run;
        ++tally.runs;
        tally.killedBeforeFirstWrite += kill.lastDone == 0;
        tally.newer += kill.lastDone > 0 && which == QStringLiteral("run %1 generation %2").arg(run).arg(kill.lastDone + 1);
        tally.maxLeftovers = std::max(tally.maxLeftovers,
                                      int(leftovers(recovery, {QFileInfo(recoveryFile).fileName()}).size()));
        before = {which, *window.model()};
    }
    // Leftover temporary files in the recovery folder do not stop a later autosave.
    MainWindow last;
    last.recoveryPrompt = [](const QDateTime &) { return false; };
    last.unsavedChangesPrompt = [] { return QMessageBox::Discard; };
    ASSERT_TRUE(last.openFile(file));
    ASSERT_TRUE(last.editor()->setAttribute(crash::autosaveMarkedIds(), crash::generationKey(), AttributeValue(-1.0)));
    last.autosave();
    const ModelFileResult kept = loadModelFile(recoveryFile);
    ASSERT_EQ(kept.status, ModelFileResult::Status::Ok) << qPrintable(describe(kept));
    EXPECT_TRUE(*kept.model == *last.model());
    tally.print("autosave");
}
