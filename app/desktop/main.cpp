// SPDX-License-Identifier: GPL-3.0-or-later
// antrum: the desktop application. `antrum FILE` opens a model.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
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
    parser.process(app);

    antrum::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.offerUntitledRecovery(); // a new model that was never saved, after a crash
    return app.exec();
}
