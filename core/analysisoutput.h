// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependencyanalysis.h"
#include "failuresimulation.h"
#include "methodology.h"

#include <QByteArray>
#include <QString>

#include <functional>

/// The results of the analyses as the command line prints them: JSON with the fixed keys of
/// ../shared/spec/cli.md (and a few more), and aligned tables for people.
namespace antrum {

/// `analyze --json`: model, capabilities (with "explanations": SPOF id -> path of ids),
/// jurisdictions. Streamed: big models need no JSON tree in memory.
/// With `explainCutSets`, each capability also gets "cut_set_explanations": for every cut set,
/// the redundancy groups it defeats and which of its elements takes out which member (this
/// propagates every cut set, so it is opt-in: `analyze --explain`).
/// With `methodology` (of the same model), each capability gets "lock_in" and the document
/// the members "lock_in", "concentration", "sovereignty" and "data_quality"
/// (methodologyoutput.h); the text gets their tables.
/// With `sink`, the text goes to it in pieces as it is written and the rest is returned.
QByteArray analysisToJson(const DependencyAnalysis &analysis, bool explainCutSets = false, const Model *model = nullptr,
                          const MethodologyResult *methodology = nullptr,
                          std::function<void(const QByteArray &)> sink = {});
QString analysisToText(const DependencyAnalysis &analysis, bool explainCutSets = false, const Model *model = nullptr,
                       const MethodologyResult *methodology = nullptr);

/// `simulate --fail --json`: {"failed": [...], "failed_capabilities": [...]} (ids sorted).
QByteArray failureToJson(const FailureGraph &graph, const std::vector<FailureGraph::Index> &failed);
QString failureToText(const FailureGraph &graph, const std::vector<FailureGraph::Index> &seeds,
                      const std::vector<FailureGraph::Index> &failed);

/// `simulate --monte-carlo --json`.
QByteArray monteCarloToJson(const FailureGraph &graph, const MonteCarloResult &result);
QString monteCarloToText(const FailureGraph &graph, const MonteCarloResult &result);

/// `value` rounded to `decimals` places, for JSON a reader can use and that is stable across
/// builds (scores with 2, shares with 4).
double roundForOutput(double value, int decimals);

/// A plain-text table: columns padded to their widest cell; numbers right-aligned.
QString formatTable(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned = {});

} // namespace antrum
