// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariosimulation.h"

#include <QByteArray>
#include <QString>

/// A simulated scenario as `antrum-cli simulate --scenario` prints it (docs/scenarios.md).
namespace antrum {

/// {"scenario", "horizon_months", "policy", "timeline", "capabilities", "held_by_redundancy",
///  "failed", "cost", "sovereignty", "notes"}; ids sorted by id.
QByteArray scenarioToJson(const Model &model, const ScenarioResult &result);
/// A timeline, the capabilities that went down with their way back, cost and sovereignty.
QString scenarioToText(const Model &model, const ScenarioResult &result);

} // namespace antrum
