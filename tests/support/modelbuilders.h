// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <optional>

/// Small hand-built models: a node or an edge in one line.
namespace antrum::test {

/// A node named "<id> name".
inline Node makeNode(const QString &id, NodeKind kind, Attributes attributes = {},
                     std::optional<int> criticality = std::nullopt)
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.name = id + QStringLiteral(" name");
    n.attributes = std::move(attributes);
    n.criticality = criticality;
    return n;
}

inline Edge makeEdge(const QString &from, const QString &to, EdgeKind kind, const QString &group = {})
{
    Edge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    e.group = group;
    return e;
}

} // namespace antrum::test
