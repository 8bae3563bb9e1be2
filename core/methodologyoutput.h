// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology.h"

#include <QString>

/// The methodology's results as `antrum-cli analyze` prints them (docs/methodology.md).
namespace antrum {

class JsonWriter;

/// A capability's "lock_in" object of cli.md: {"score", "best", "known_share", "driven_by",
/// "factors": {factor: value or null}, "basis": {factor: text}}.
void writeCapabilityLockIn(JsonWriter &w, const Model &model, const CapabilityLockIn &lockIn);
/// How many data-quality items the JSON lists (most important first); "counts" covers all.
inline constexpr int MaxDataQualityItemsInJson = 1000;

/// The top-level members "lock_in", "concentration", "sovereignty" and "data_quality".
void writeMethodologyMembers(JsonWriter &w, const Model &model, const MethodologyResult &result);
/// Tables for people: lock-in per capability, application and supplier group; concentration;
/// sovereignty profiles; data quality (the `maxItems` most important gaps).
QString methodologyToText(const Model &model, const MethodologyResult &result, int maxItems = 15);

/// "ultimate parent", "jurisdiction of the parent", "host operator" (translated).
QString concentrationDimensionName(const QString &dimension);
/// "criticality" or "annual cost" (translated).
QString concentrationWeightingName(const QString &weighting);
/// "low", "moderate", "high" (translated).
QString concentrationLevelName(ConcentrationLevel level);

} // namespace antrum
