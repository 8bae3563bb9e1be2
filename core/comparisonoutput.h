// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "optioncomparison.h"

#include <QByteArray>
#include <QString>

/// A comparison of procurement options as `antrum-cli compare` prints it.
namespace antrum {

/// `compare --json`: {"model": {"name", "max_order"}, "baseline": {"name", "nodes", "edges"},
/// "options": [{"id", "name", "nodes", "edges", "changes": [text...],
/// "scenarios_not_applicable": [id...]}], "rows": [{"figure", "subject" (id or null), "label",
/// "unit", "higher_is_better", "values": [baseline, option...] (number or null), "deltas",
/// "marks": ["same" | "better" | "worse" | "n.a." ...]}]}. Rows in the order of
/// Comparison::rows. Scores and money are rounded to two decimals, shares to four. A failed
/// comparison (Comparison::ok() false) has no rows and an "errors" list.
QByteArray comparisonToJson(const Comparison &comparison);

/// For people: the columns and what each option changes, a legend, then aligned tables (model
/// totals, capabilities, jurisdictions, scenarios) with the baseline and one column per
/// option; a difference reads "3 ▼ −2 ✓": the value, whether it rose or fell, by how much,
/// and whether that is better or worse.
QString comparisonToText(const Comparison &comparison);

} // namespace antrum
