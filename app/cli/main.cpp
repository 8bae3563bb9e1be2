// SPDX-License-Identifier: GPL-3.0-or-later
// antrum-cli: the headless program of ../shared/spec/cli.md. Needs no display.
#include "commands.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antrum-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Antrum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANTRUM_VERSION));
    const int code = antrum::cli::run(QCoreApplication::arguments());
    // Everything is written; leave without tearing down the loaded model piece by piece.
    std::fflush(nullptr);
    std::_Exit(code);
}
