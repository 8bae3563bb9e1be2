// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace antrum::cli {

/// Exit codes of ../shared/spec/cli.md.
enum ExitCode : int {
    Done = 0,
    InvalidInput = 1, ///< errors on stderr, each with its place
    UsageError = 2,
    FileError = 3,    ///< a file could not be read or written
};

/// Parses `arguments` (argv, program name first) and runs the command they name.
int run(const QStringList &arguments);

} // namespace antrum::cli
