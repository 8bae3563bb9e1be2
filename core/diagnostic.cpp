// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

namespace antrum {

QString Diagnostic::toString() const
{
    if (file.isEmpty())
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    QString out = file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    out += QStringLiteral(": ");
    if (!path.isEmpty())
        out += path + QStringLiteral(": ");
    return out + message;
}

} // namespace antrum
