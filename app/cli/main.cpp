// SPDX-License-Identifier: GPL-3.0-or-later
// antrum-cli: the headless program of ../shared/spec/cli.md. Needs no display.
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antrum-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Antrum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANTRUM_VERSION));
    return antrum::cli::run(QCoreApplication::arguments());
}
