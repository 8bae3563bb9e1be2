// SPDX-License-Identifier: GPL-3.0-or-later
// antrum: the desktop application. `antrum FILE` opens a model.
#include "graphview.h"
#include "mainwindow.h"
#include "modeleditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Antrum"));
    QApplication::setOrganizationName(QStringLiteral("Antrum"));
    QApplication::setApplicationVersion(QStringLiteral(ANTRUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.antrum.Antrum"));

    // The user's language (Dutch and English now): Antrum's own strings and Qt's dialogs.
    QTranslator qtTranslator, antrumTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (antrumTranslator.load(QLocale(), QStringLiteral("antrum"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&antrumTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Digital-sovereignty dependency analyzer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A model to open (.antrum or .json)."));
    // For documentation and reviews: a picture of the window, made the same way every time.
    const QCommandLineOption selectOption(QStringLiteral("select"), QApplication::translate("main", "Select the node ID."),
                                          QStringLiteral("ID"));
    const QCommandLineOption showOption(QStringLiteral("show"), QApplication::translate("main", "Show the details or the graph."),
                                        QStringLiteral("details|graph"), QStringLiteral("details"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save a picture of the window to PNG and quit."),
                                              QStringLiteral("PNG"));
    parser.addOption(selectOption);
    parser.addOption(showOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    antrum::MainWindow window;
    if (parser.isSet(screenshotOption))
        window.resize(1500, 900);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.offerUntitledRecovery(); // a new model that was never saved, after a crash
    if (parser.isSet(selectOption) || parser.isSet(screenshotOption)) {
        window.waitForAnalysis();
        if (parser.isSet(selectOption))
            window.selectNode(parser.value(selectOption));
        if (parser.value(showOption) == u"graph")
            window.findChild<QTabWidget *>(QStringLiteral("centre"))->setCurrentWidget(window.graphView());
    }
    if (parser.isSet(screenshotOption)) {
        // After the window has laid itself out and the graph has fitted its view.
        QTimer::singleShot(500, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshotOption));
            window.editor()->undoStack()->setClean();
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
