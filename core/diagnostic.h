// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace antrum {

/// One problem found in an input, with its place. Printed as
/// `FILE:LINE:COLUMN: path: message` (line and column are 1-based; 0 means unknown and is
/// left out, e.g. for a model read from an SQLite document).
struct Diagnostic {
    QString file;
    int line = 0;
    int column = 0;
    QString path;    ///< where in the model: `nodes[12].id`, or empty for the whole input
    QString message; ///< one sentence, no trailing full stop

    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace antrum
