// SPDX-License-Identifier: GPL-3.0-or-later
// antrum-crashdriver: writes a document over and over until it is killed, for
// crashsafety_test (kill -9 at random points) and documentlock_test (a second process).
// Not installed.
//
//   antrum-crashdriver save RUN FILE             saveModelFile, .antrum or .json by FILE's extension
//   antrum-crashdriver edit RUN FILE             one ModelDocument opened read-write, replaceModel
//   antrum-crashdriver autosave RUN FILE DIR     a MainWindow with FILE open: edits, autosave() into DIR
//   antrum-crashdriver lock FILE                 holds FILE's DocumentLock until killed
//
// It prints "ready" when it starts writing and "done G" (flushed) after each write of
// generation G has returned, so the test knows the last generation that was complete.
#include "crashmodel.h"
#include "documentlock.h"
#include "mainwindow.h"
#include "modeldocument.h"
#include "modeleditor.h"
#include "modelfile.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace antrum;

namespace {

/// A driver nobody kills stops by itself after this long.
constexpr int LifetimeMs = 5 * 60 * 1000;

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int failed(const QString &message)
{
    std::fprintf(stderr, "antrum-crashdriver: %s\n", qUtf8Printable(message));
    return 1;
}

int usage()
{
    std::fputs("usage: antrum-crashdriver save|edit RUN FILE | autosave RUN FILE DIR | lock FILE\n", stderr);
    return 2;
}

ModelFileKind kindOf(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? ModelFileKind::Json : ModelFileKind::Document;
}

int save(int run, const QString &file)
{
    const ModelFileKind kind = kindOf(file);
    say("ready");
    const QDeadlineTimer deadline(LifetimeMs);
    for (int g = 1; !deadline.hasExpired(); ++g) {
        if (const QString error = saveModelFile(crash::generation(run, g), file, kind); !error.isEmpty())
            return failed(error);
        say("done " + QByteArray::number(g));
    }
    return 0;
}

int edit(int run, const QString &file)
{
    ModelDocument::Error error;
    std::unique_ptr<ModelDocument> document = ModelDocument::open(file, ModelDocument::Mode::ReadWrite, &error);
    if (!document)
        return failed(error.message);
    say("ready");
    const QDeadlineTimer deadline(LifetimeMs);
    for (int g = 1; !deadline.hasExpired(); ++g) {
        if (!document->replaceModel(crash::generation(run, g), &error))
            return failed(error.message);
        say("done " + QByteArray::number(g));
    }
    return 0;
}

int autosave(int run, const QString &file, const QString &recoveryDirectory)
{
    QStandardPaths::setTestModeEnabled(true); // recent files and settings: never the user's
    MainWindow::setRecoveryDirectory(recoveryDirectory);
    MainWindow window;
    window.recoveryPrompt = [](const QDateTime &) { return false; }; // start from the file as saved
    window.unsavedChangesPrompt = [] { return QMessageBox::Discard; };
    if (!window.openFile(file))
        return failed(QStringLiteral("cannot open %1").arg(file));
    const QStringList ids = crash::autosaveMarkedIds();
    say("ready");
    const QDeadlineTimer deadline(LifetimeMs);
    for (int g = 1; !deadline.hasExpired(); ++g) {
        QString error;
        if (!window.editor()->setAttribute(ids, crash::generationKey(), AttributeValue(crash::stamp(run, g)), &error))
            return failed(error);
        window.autosave();
        say("done " + QByteArray::number(g));
    }
    return 0;
}

int lock(const QString &file)
{
    DocumentLock::Holder holder;
    const std::unique_ptr<DocumentLock> held = DocumentLock::acquire(file, &holder);
    if (!held) {
        say("in-use " + QByteArray::number(holder.pid));
        return 1;
    }
    say("locked");
    const QDeadlineTimer deadline(LifetimeMs);
    while (!deadline.hasExpired())
        QThread::msleep(50);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool gui = argc > 1 && std::strcmp(argv[1], "autosave") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antrum-crashdriver"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"lock" && args.size() == 2)
        return lock(args[1]);
    bool ok = false;
    const int run = args.value(1).toInt(&ok);
    if (!ok)
        return usage();
    if (mode == u"save" && args.size() == 3)
        return save(run, args[2]);
    if (mode == u"edit" && args.size() == 3)
        return edit(run, args[2]);
    if (mode == u"autosave" && args.size() == 4)
        return autosave(run, args[2], args[3]);
    return usage();
}
