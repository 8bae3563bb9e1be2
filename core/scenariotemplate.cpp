// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariotemplate.h"

#include "dependencyanalysis.h"
#include "methodology.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>
#include <set>

namespace antrum {

namespace {

/// The translation context of template messages.
struct ScenarioTemplates {
    Q_DECLARE_TR_FUNCTIONS(ScenarioTemplates)
};

const QStringList nodeKinds{QStringLiteral("jurisdiction"), QStringLiteral("supplier"), QStringLiteral("application"),
                            QStringLiteral("host")};
const std::map<QString, QString> choosers{{QStringLiteral("largest_foreign_reach"), QStringLiteral("jurisdiction")},
                                          {QStringLiteral("largest_group"), QStringLiteral("supplier")},
                                          {QStringLiteral("largest_foreign_group"), QStringLiteral("supplier")},
                                          {QStringLiteral("most_capabilities"), QStringLiteral("application")},
                                          {QStringLiteral("most_applications"), QStringLiteral("host")}};

QString kindName(const QString &kind)
{
    if (kind == u"jurisdiction")
        return ScenarioTemplates::tr("jurisdiction");
    if (kind == u"supplier")
        return ScenarioTemplates::tr("supplier");
    if (kind == u"application")
        return ScenarioTemplates::tr("application");
    if (kind == u"host")
        return ScenarioTemplates::tr("host");
    if (kind == u"capability")
        return ScenarioTemplates::tr("capability");
    return kind;
}

QMap<QString, QString> texts(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString inLanguage(const QMap<QString, QString> &texts, const QString &language)
{
    return texts.value(language, texts.value(QStringLiteral("en")));
}

/// The best node by a count (ties by id), among `candidates`.
std::optional<int> mostOf(const std::map<int, int> &count, const Model &model)
{
    std::optional<int> best;
    for (const auto &[node, c] : count) {
        if (c <= 0)
            continue;
        if (!best || c > count.at(*best) || (c == count.at(*best) && idLess(model.nodes[std::size_t(node)].id, model.nodes[std::size_t(*best)].id)))
            best = node;
    }
    return best;
}

/// Picks the node a chooser names; `why` says how.
std::optional<int> choose(const QString &chooser, const Model &model, QString *why)
{
    const MethodologyResult m = assessMethodology(model, MethodologySettings::fromModel(model));
    std::map<int, int> count;
    if (chooser == u"largest_foreign_reach") {
        const DependencyAnalysis analysis(model);
        for (const JurisdictionFindings &j : analysis.jurisdictions()) {
            if (!j.home)
                count[int(j.node)] = int(j.reach.size());
        }
        const std::optional<int> best = mostOf(count, model);
        if (best)
            *why = ScenarioTemplates::tr("the foreign jurisdiction whose laws reach the most capabilities (%1)").arg(count[*best]);
        return best;
    }
    if (chooser == u"largest_group" || chooser == u"largest_foreign_group") {
        const bool foreign = chooser == u"largest_foreign_group";
        for (const SupplierGroupLockIn &g : m.supplierGroups) {
            if (foreign) {
                // Seated outside the EU: the group profile's SOV-1 says so (0 or 1: non-EU control).
                bool outside = false;
                for (const SovereigntyProfile &p : m.groupProfiles) {
                    if (p.node == g.parent)
                        outside = p.objectives[0].derived && *p.objectives[0].derived <= 1; // the graph's word, not an assessment
                }
                if (!outside)
                    continue;
            }
            count[g.parent] = int(g.applications.size());
        }
        const std::optional<int> best = mostOf(count, model);
        if (best)
            *why = foreign ? ScenarioTemplates::tr("the supplier group controlled from outside the EU with the most applications (%1)").arg(count[*best])
                           : ScenarioTemplates::tr("the supplier group with the most applications (%1)").arg(count[*best]);
        return best;
    }
    if (chooser == u"most_capabilities") {
        for (const CapabilityLockIn &c : m.capabilities) {
            for (const int a : c.applications)
                ++count[a];
        }
        const std::optional<int> best = mostOf(count, model);
        if (best)
            *why = ScenarioTemplates::tr("the application the most capabilities need (%1)").arg(count[*best]);
        return best;
    }
    if (chooser == u"most_applications") {
        std::map<QString, int> index;
        for (std::size_t i = 0; i < model.nodes.size(); ++i)
            index[model.nodes[i].id] = int(i);
        // Applications in use only: one that is merely an alternative runs nowhere yet.
        std::set<QString> dependedOn, offered;
        for (const Edge &e : model.edges) {
            if (e.kind == EdgeKind::AlternativeFor)
                offered.insert(e.from);
            else
                dependedOn.insert(e.to);
        }
        for (const Edge &e : model.edges) {
            if (e.kind == EdgeKind::HostedOn && !(offered.count(e.from) && !dependedOn.count(e.from)))
                ++count[index[e.to]];
        }
        const std::optional<int> best = mostOf(count, model);
        if (best)
            *why = ScenarioTemplates::tr("the host the most applications run on (%1)").arg(count[*best]);
        return best;
    }
    return std::nullopt;
}

/// The node and, for "with", the companies that go down with it.
QStringList expand(const Model &model, const QString &node, const QString &with)
{
    QStringList out{node};
    if (with.isEmpty())
        return out;
    const EdgeKind kind = with == u"subsidiaries" ? EdgeKind::SubsidiaryOf : EdgeKind::SubcontractsTo;
    std::set<QString> seen{node};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const Edge &e : model.edges) {
            if (e.kind != kind)
                continue;
            // subsidiaries: who is owned by out[i]; subcontractors: to whom out[i] subcontracts.
            const QString &next = kind == EdgeKind::SubsidiaryOf ? (e.to == out[i] ? e.from : QString())
                                                                 : (e.from == out[i] ? e.to : QString());
            if (!next.isEmpty() && seen.insert(next).second)
                out << next;
        }
    }
    return out;
}

} // namespace

std::optional<ScenarioTemplate> readScenarioTemplate(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    QStringList problems;
    const auto problem = [&](const QString &text) { problems << fileName + QStringLiteral(": ") + text; };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        problem(ScenarioTemplates::tr("not a JSON object (%1 at byte %2)").arg(parse.errorString()).arg(parse.offset));
        if (errors)
            *errors << problems;
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ScenarioTemplate t;
    if (o.value(QStringLiteral("format")).toString() != u"antrum-scenario-template")
        problem(ScenarioTemplates::tr("format must be \"antrum-scenario-template\""));
    if (o.value(QStringLiteral("version")).toInt(-1) != 1)
        problem(ScenarioTemplates::tr("version must be 1"));
    t.id = o.value(QStringLiteral("id")).toString();
    if (t.id.isEmpty())
        problem(ScenarioTemplates::tr("id is missing"));
    t.name = texts(o.value(QStringLiteral("name")));
    t.description = texts(o.value(QStringLiteral("description")));
    t.models = texts(o.value(QStringLiteral("models")));
    if (!t.name.contains(QStringLiteral("en")))
        problem(ScenarioTemplates::tr("name needs at least an \"en\" text"));
    t.sources = o.value(QStringLiteral("sources")).toArray();
    std::set<QString> names;
    for (const QJsonValue &v : o.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        TemplateParameter parameter;
        parameter.name = p.value(QStringLiteral("name")).toString();
        parameter.kind = p.value(QStringLiteral("kind")).toString();
        parameter.description = texts(p.value(QStringLiteral("description")));
        if (parameter.name.isEmpty() || !names.insert(parameter.name).second)
            problem(ScenarioTemplates::tr("a parameter has no name, or a name used twice"));
        if (parameter.kind == u"number") {
            if (!p.value(QStringLiteral("default")).isDouble())
                problem(ScenarioTemplates::tr("parameter %1: a number needs a number as default").arg(parameter.name));
            parameter.number = p.value(QStringLiteral("default")).toDouble();
        } else if (nodeKinds.contains(parameter.kind)) {
            parameter.chooser = p.value(QStringLiteral("default")).toString();
            const auto c = choosers.find(parameter.chooser);
            if (c == choosers.end() || c->second != parameter.kind)
                problem(ScenarioTemplates::tr("parameter %1: \"%2\" is not a chooser for a %3").arg(parameter.name, parameter.chooser, parameter.kind));
        } else {
            problem(ScenarioTemplates::tr("parameter %1: unknown kind \"%2\"").arg(parameter.name, parameter.kind));
        }
        t.parameters.push_back(parameter);
    }
    t.events = o.value(QStringLiteral("events")).toArray();
    if (t.events.isEmpty())
        problem(ScenarioTemplates::tr("events are missing"));
    for (const QJsonValue &v : t.events) {
        const QString type = v.toObject().value(QStringLiteral("type")).toString();
        if (!eventTypeFromString(type))
            problem(ScenarioTemplates::tr("unknown event type \"%1\"").arg(type));
        const QString with = v.toObject().value(QStringLiteral("with")).toString();
        if (!with.isEmpty() && with != u"subsidiaries" && with != u"subcontractors")
            problem(ScenarioTemplates::tr("\"with\" must be \"subsidiaries\" or \"subcontractors\""));
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors << problems;
        return std::nullopt;
    }
    return t;
}

std::optional<InstantiatedScenario> instantiateTemplate(const ScenarioTemplate &tmpl, const Model &model,
                                                        const QMap<QString, QString> &values, const QString &language,
                                                        QStringList *errors)
{
    QStringList problems;
    InstantiatedScenario result;
    std::map<QString, int> nodeIndex;
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        nodeIndex[model.nodes[i].id] = int(i);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (std::none_of(tmpl.parameters.begin(), tmpl.parameters.end(), [&](const TemplateParameter &p) { return p.name == it.key(); }))
            problems << ScenarioTemplates::tr("the template has no parameter \"%1\"").arg(it.key());
    }
    QMap<QString, QString> bound; // parameter -> node id or number text
    for (const TemplateParameter &p : tmpl.parameters) {
        if (values.contains(p.name)) {
            const QString value = values.value(p.name);
            if (p.kind == u"number") {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok || !std::isfinite(number) || number <= 0)
                    problems << ScenarioTemplates::tr("%1 must be a number above 0, not \"%2\"").arg(p.name, value);
            } else {
                const auto node = nodeIndex.find(value);
                if (node == nodeIndex.end())
                    problems << ScenarioTemplates::tr("%1: no node \"%2\" in the model").arg(p.name, value);
                else if (toString(model.nodes[std::size_t(node->second)].kind) != p.kind)
                    problems << ScenarioTemplates::tr("%1: \"%2\" is of kind %3, not %4")
                                    .arg(p.name, value, kindName(toString(model.nodes[std::size_t(node->second)].kind)), kindName(p.kind));
            }
            bound.insert(p.name, value);
            result.choices << ScenarioTemplates::tr("%1 = %2 (given)").arg(p.name, value);
            continue;
        }
        if (p.kind == u"number") {
            bound.insert(p.name, QString::number(p.number, 'g', 12));
            result.choices << ScenarioTemplates::tr("%1 = %2 (the template's default)").arg(p.name, QString::number(p.number, 'g', 12));
            continue;
        }
        QString why;
        const std::optional<int> node = choose(p.chooser, model, &why);
        if (!node) {
            problems << ScenarioTemplates::tr("%1: the model has no %2 to choose (%3); give one with %1=ID").arg(p.name, kindName(p.kind), p.chooser);
            continue;
        }
        bound.insert(p.name, model.nodes[std::size_t(*node)].id);
        result.choices << ScenarioTemplates::tr("%1 = %2 (chosen: %3)").arg(p.name, model.nodes[std::size_t(*node)].id, why);
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors << problems;
        return std::nullopt;
    }
    const auto substitute = [&](const QString &text) -> QString {
        if (text.startsWith(u'{') && text.endsWith(u'}'))
            return bound.value(text.mid(1, text.size() - 2), text);
        return text;
    };
    Scenario &s = result.scenario;
    s.id = tmpl.id;
    QStringList summary;
    for (auto it = bound.begin(); it != bound.end(); ++it)
        summary << it.key() + QStringLiteral(" = ") + it.value();
    s.name = inLanguage(tmpl.name, language) + QStringLiteral(" (") + summary.join(QStringLiteral(", ")) + u')';
    for (const QJsonValue &v : tmpl.events) {
        const QJsonObject e = v.toObject();
        Event event;
        event.type = *eventTypeFromString(e.value(QStringLiteral("type")).toString());
        if (e.contains(QStringLiteral("month"))) {
            event.month = e.value(QStringLiteral("month")).toDouble(-1);
            if (!e.value(QStringLiteral("month")).isDouble() || *event.month < 0)
                problems << ScenarioTemplates::tr("an event's month must be a number of 0 or more");
        }
        const QString node = substitute(e.value(QStringLiteral("node")).toString());
        if (event.type == Event::Type::Price) {
            const QJsonValue factor = e.value(QStringLiteral("factor"));
            event.factor = factor.isDouble() ? factor.toDouble() : substitute(factor.toString()).toDouble();
            if (!(event.factor > 0 && std::isfinite(event.factor)))
                problems << ScenarioTemplates::tr("a price event needs a factor above 0");
        }
        if (event.type == Event::Type::Acquire) {
            event.parent = substitute(e.value(QStringLiteral("parent")).toString());
            const auto parent = nodeIndex.find(event.parent);
            if (parent == nodeIndex.end() || model.nodes[std::size_t(parent->second)].kind != NodeKind::Supplier)
                problems << ScenarioTemplates::tr("an acquisition needs a supplier of the model as the buyer, not \"%1\"").arg(event.parent);
        }
        if (event.type != Event::Type::Fail) {
            const auto target = nodeIndex.find(node);
            if (target != nodeIndex.end() && model.nodes[std::size_t(target->second)].kind != NodeKind::Supplier)
                problems << (event.type == Event::Type::Price
                                 ? ScenarioTemplates::tr("a price event needs a supplier, not \"%1\"").arg(node)
                                 : ScenarioTemplates::tr("an acquisition needs a supplier to be bought, not \"%1\"").arg(node));
        }
        const QStringList nodes = event.type == Event::Type::Fail ? expand(model, node, e.value(QStringLiteral("with")).toString()) : QStringList{node};
        for (const QString &n : nodes) {
            if (!nodeIndex.count(n)) {
                problems << ScenarioTemplates::tr("an event names \"%1\", which is not in the model").arg(n);
                continue;
            }
            Event copy = event;
            copy.node = n;
            s.events.push_back(copy);
        }
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors << problems;
        return std::nullopt;
    }
    return result;
}

} // namespace antrum
