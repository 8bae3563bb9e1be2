// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "idindex.h"
#include "model.h"

#include <QSet>

/// The rules of ../shared/spec/model-format.md that concern a model as a whole (unique ids,
/// references, edge kinds, groups, ownership cycles, scenarios and options), checked on an
/// in-memory Model. Used by the JSON reader, the SQLite document and the editors alike.
namespace antrum {

/// Every rule broken by `model`. Each diagnostic carries a path (`nodes[3].redundancy.mail`,
/// `edges[7].to`, `options[0].add_edges[1]`) but no file, line or column: callers that know
/// where the path came from (the JSON reader) fill those in.
Diagnostics validateModel(const Model &model);

/// What a reader already knows to be broken, so that validation does not report the
/// consequences of an error twice (an edge to a node whose own entry was malformed is not
/// also "unknown").
struct ValidationContext {
    QSet<QString> brokenNodeIds;       ///< nodes dropped because their entry was malformed
    QSet<QString> nodesWithBrokenEdges; ///< `from` of edges dropped because they were malformed
    /// Endpoints the reader resolved already (optional; must belong to the model validated).
    const ModelIndex *index = nullptr;
};
Diagnostics validateModel(const Model &model, const ValidationContext &context);

/// Number of Unicode code points in `text` (the unit of the format's length limits).
qsizetype codePointCount(const QString &text);

} // namespace antrum
