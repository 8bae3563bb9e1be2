// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

/// Scenario templates (data/scenarios/*.json, described in data/scenarios/README.md): exit
/// scenarios with parameters, applied to any model. A parameter names a node of a kind
/// (jurisdiction, supplier, application, host) or a number; when the user gives none, a
/// chooser picks the node that matters most in the model at hand (the foreign jurisdiction
/// with the widest legal reach, the largest supplier group, ...).
namespace antrum {

struct TemplateParameter {
    QString name;
    QString kind;         ///< "jurisdiction", "supplier", "application", "host" or "number"
    QString chooser;      ///< default of a node parameter, e.g. "largest_foreign_reach"
    double number = 0;    ///< default of a number parameter
    QMap<QString, QString> description; ///< language ("en", "nl") -> text
};

struct ScenarioTemplate {
    QString id;
    QMap<QString, QString> name, description, models; ///< language -> text
    QJsonArray sources;
    std::vector<TemplateParameter> parameters;
    QJsonArray events;
};

/// Reads a template; on any error returns nullopt with every problem in `errors`.
std::optional<ScenarioTemplate> readScenarioTemplate(const QByteArray &json, const QString &fileName, QStringList *errors);

struct InstantiatedScenario {
    Scenario scenario;
    QStringList choices; ///< how each parameter got its value, e.g. "jurisdiction = US (chosen: ...)"
};

/// The scenario the template describes for `model`, in `language` ("en" or "nl"; names fall back
/// to English). `values` override parameters (name -> node id or number). Errors (an unknown
/// parameter, a node of the wrong kind, nothing to choose from) are listed in `errors`.
std::optional<InstantiatedScenario> instantiateTemplate(const ScenarioTemplate &tmpl, const Model &model,
                                                        const QMap<QString, QString> &values, const QString &language,
                                                        QStringList *errors);

} // namespace antrum
