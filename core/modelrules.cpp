// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-model rules of model-format.md (validation.h).
#include "validation.h"

#include <QDate>
#include <QRegularExpression>

#include <map>
#include <set>

namespace antrum {

qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

namespace {

QString quoted(const QString &text) { return u'"' + text + u'"'; }

class Validator {
public:
    Validator(const Model &model, const ValidationContext &context)
        : m_model(model), m_context(context)
    {
        m_index.reserve(qsizetype(model.nodes.size()));
    }

    Diagnostics run()
    {
        checkNodes();
        checkEdges();
        checkGroups();
        checkOwnershipCycles();
        checkHome();
        checkScenarios();
        checkOptions();
        return std::move(m_diagnostics);
    }

private:
    void error(const QString &path, const QString &message)
    {
        m_diagnostics.push_back(Diagnostic{QString(), 0, 0, path, message});
    }

    const Node *node(const QString &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_model.nodes[std::size_t(*it)];
    }

    /// Reports a reference to a node that does not exist (unless its entry was malformed).
    const Node *reference(const QString &path, const QString &id)
    {
        const Node *n = node(id);
        if (!n && !m_context.brokenNodeIds.contains(id))
            error(path, QStringLiteral("unknown node %1").arg(quoted(id)));
        return n;
    }

    void checkText(const QString &path, const QString &text, qsizetype max, const QString &what)
    {
        const qsizetype length = codePointCount(text);
        if (length < 1)
            error(path, QStringLiteral("%1 must not be empty").arg(what));
        else if (length > max)
            error(path, QStringLiteral("%1 is %2 characters long; at most %3 are allowed").arg(what).arg(length).arg(max));
    }

    void checkNode(const Node &n, const QString &path)
    {
        checkText(path + QStringLiteral(".id"), n.id, 200, QStringLiteral("id"));
        for (const QChar c : n.id) {
            if (c.category() == QChar::Other_Control) {
                error(path + QStringLiteral(".id"),
                      QStringLiteral("id contains the control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
                break;
            }
        }
        checkText(path + QStringLiteral(".name"), n.name, 1000, QStringLiteral("name"));
        if (n.criticality && (*n.criticality < 1 || *n.criticality > 5))
            error(path + QStringLiteral(".criticality"),
                  QStringLiteral("criticality %1 is outside 1..5").arg(*n.criticality));
        if (n.mtdHours && !(*n.mtdHours >= 0))
            error(path + QStringLiteral(".mtd_hours"), QStringLiteral("mtd_hours must be 0 or more"));
        if (n.failureProbability && !(*n.failureProbability >= 0 && *n.failureProbability <= 1))
            error(path + QStringLiteral(".failure_probability"),
                  QStringLiteral("failure_probability %1 is outside [0,1]").arg(*n.failureProbability));
        for (const auto &[group, k] : n.redundancy) {
            if (k < 1)
                error(path + QStringLiteral(".redundancy.") + group,
                      QStringLiteral("k of group %1 must be at least 1, not %2").arg(quoted(group)).arg(k));
        }
        for (const auto &[key, value] : n.attributes)
            checkAttribute(path + QStringLiteral(".attributes.") + key, key, value);
    }

    void checkAttribute(const QString &path, const QString &key, const AttributeValue &value)
    {
        const auto number = std::get_if<double>(&value);
        const auto text = std::get_if<QString>(&value);
        const auto flag = std::get_if<bool>(&value);
        const auto list = std::get_if<QStringList>(&value);
        const auto expect = [&](bool ok, const QString &what) {
            if (!ok)
                error(path, QStringLiteral("%1 must be %2").arg(key, what));
        };
        if (key == u"annual_cost" || key == u"notice_months")
            expect(number && *number >= 0, QStringLiteral("a number of 0 or more"));
        else if (key == u"license")
            expect(text && (*text == u"open_source" || *text == u"proprietary"),
                   QStringLiteral("\"open_source\" or \"proprietary\""));
        else if (key == u"deployment")
            expect(text && (*text == u"saas" || *text == u"paas" || *text == u"iaas" || *text == u"on_prem"),
                   QStringLiteral("\"saas\", \"paas\", \"iaas\" or \"on_prem\""));
        else if (key == u"data_portability")
            expect(number && *number >= 0 && *number <= 1, QStringLiteral("a number from 0 to 1"));
        else if (key == u"open_standards" || key == u"laws")
            expect(list != nullptr, QStringLiteral("an array of strings"));
        else if (key == u"contract_end")
            expect(text && text->size() == 10 && QDate::fromString(*text, Qt::ISODate).isValid(),
                   QStringLiteral("an ISO date (YYYY-MM-DD)"));
        else if (key == u"exit_clause" || key == u"data_return_clause" || key == u"eu_member")
            expect(flag != nullptr, QStringLiteral("true or false"));
        else if (key == u"country") {
            static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
            expect(text && alpha2.match(*text).hasMatch(),
                   QStringLiteral("an ISO 3166-1 alpha-2 code such as \"NL\""));
        }
    }

    void checkNodes()
    {
        for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
            const Node &n = m_model.nodes[i];
            const QString path = QStringLiteral("nodes[%1]").arg(i);
            checkNode(n, path);
            const auto existing = m_index.constFind(n.id);
            if (existing != m_index.constEnd())
                error(path + QStringLiteral(".id"),
                      QStringLiteral("duplicate id %1 (first used by nodes[%2])").arg(quoted(n.id)).arg(*existing));
            else
                m_index.insert(n.id, int(i));
        }
    }

    void checkEdges()
    {
        std::set<std::tuple<QString, QString, int>> seen;
        for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
            const Edge &e = m_model.edges[i];
            const QString path = QStringLiteral("edges[%1]").arg(i);
            const Node *from = reference(path + QStringLiteral(".from"), e.from);
            const Node *to = reference(path + QStringLiteral(".to"), e.to);
            if (e.from == e.to)
                error(path + QStringLiteral(".to"), QStringLiteral("an edge may not go from a node to itself (%1)").arg(quoted(e.from)));
            else if (from && to && !edgeAllowed(e.kind, from->kind, to->kind))
                error(path + QStringLiteral(".kind"),
                      QStringLiteral("a %1 edge cannot go from %2 %3 to %4 %5")
                          .arg(toString(e.kind), toString(from->kind), quoted(e.from), toString(to->kind), quoted(e.to)));
            if (!seen.insert({e.from, e.to, int(e.kind)}).second)
                error(path, QStringLiteral("duplicate edge %1 -> %2 (%3)").arg(quoted(e.from), quoted(e.to), toString(e.kind)));
            if (!e.group.isEmpty() && !isDependency(e.kind))
                error(path + QStringLiteral(".group"), QStringLiteral("an alternative_for edge cannot be in a redundancy group"));
            if (e.kind != EdgeKind::AlternativeFor) {
                if (e.switchMonths)
                    error(path + QStringLiteral(".switch_months"), QStringLiteral("switch_months belongs on alternative_for edges only"));
                if (e.switchCost)
                    error(path + QStringLiteral(".switch_cost"), QStringLiteral("switch_cost belongs on alternative_for edges only"));
            }
            if (e.switchMonths && !(*e.switchMonths >= 0))
                error(path + QStringLiteral(".switch_months"), QStringLiteral("switch_months must be 0 or more"));
            if (e.switchCost && !(*e.switchCost >= 0))
                error(path + QStringLiteral(".switch_cost"), QStringLiteral("switch_cost must be 0 or more"));
        }
    }

    void checkGroups()
    {
        // node -> group -> number of distinct targets
        std::map<QString, std::map<QString, std::set<QString>>> groups;
        for (const Edge &e : m_model.edges) {
            if (!e.group.isEmpty() && isDependency(e.kind))
                groups[e.from][e.group].insert(e.to);
        }
        for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
            const Node &n = m_model.nodes[i];
            if (m_context.nodesWithBrokenEdges.contains(n.id))
                continue;
            const auto &mine = groups[n.id];
            std::set<QString> names;
            for (const auto &[g, targets] : mine)
                names.insert(g);
            for (const auto &[g, k] : n.redundancy)
                names.insert(g);
            for (const QString &g : names) {
                const int k = n.threshold(g);
                const auto it = mine.find(g);
                const int size = it == mine.end() ? 0 : int(it->second.size());
                if (k > size)
                    error(QStringLiteral("nodes[%1].redundancy.%2").arg(i).arg(g),
                          size == 0 ? QStringLiteral("group %1 has no edges").arg(quoted(g))
                                    : QStringLiteral("k = %1 is larger than group %2, which has %3 member(s)")
                                          .arg(k).arg(quoted(g)).arg(size));
            }
        }
    }

    void checkOwnershipCycles()
    {
        QHash<QString, QStringList> parents;
        for (const Edge &e : m_model.edges) {
            if (e.kind == EdgeKind::SubsidiaryOf)
                parents[e.from].append(e.to);
        }
        // Iterative depth-first search with colours; report each cycle once.
        enum Colour : char { White, Grey, Black };
        QHash<QString, char> colour;
        for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
            const QString &start = m_model.nodes[i].id;
            if (colour.value(start, White) != White || !parents.contains(start))
                continue;
            std::vector<std::pair<QString, int>> stack{{start, 0}};
            colour[start] = Grey;
            while (!stack.empty()) {
                auto &[at, next] = stack.back();
                const QStringList &ps = parents[at];
                if (next >= ps.size()) {
                    colour[at] = Black;
                    stack.pop_back();
                    continue;
                }
                const QString p = ps[next++];
                const char c = colour.value(p, White);
                if (c == Grey) {
                    QStringList cycle;
                    bool in = false;
                    for (const auto &frame : stack) {
                        in = in || frame.first == p;
                        if (in)
                            cycle << frame.first;
                    }
                    cycle << p;
                    error(QStringLiteral("nodes[%1]").arg(m_index.value(p)),
                          QStringLiteral("subsidiary_of edges form a cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
                } else if (c == White) {
                    colour[p] = Grey;
                    stack.emplace_back(p, 0);
                }
            }
        }
    }

    void checkHome()
    {
        if (!m_model.homeJurisdictions)
            return;
        for (qsizetype i = 0; i < m_model.homeJurisdictions->size(); ++i) {
            const QString path = QStringLiteral("home_jurisdictions[%1]").arg(i);
            const QString &id = m_model.homeJurisdictions->at(i);
            const Node *n = reference(path, id);
            if (n && n->kind != NodeKind::Jurisdiction)
                error(path, QStringLiteral("%1 is a %2, not a jurisdiction").arg(quoted(id), toString(n->kind)));
        }
    }

    void expectKind(const QString &path, const QString &id, NodeKind kind)
    {
        const Node *n = reference(path, id);
        if (n && n->kind != kind)
            error(path, QStringLiteral("%1 is a %2, not a %3").arg(quoted(id), toString(n->kind), toString(kind)));
    }

    void checkScenarios()
    {
        QHash<QString, int> ids;
        for (std::size_t s = 0; s < m_model.scenarios.size(); ++s) {
            const Scenario &scenario = m_model.scenarios[s];
            const QString path = QStringLiteral("scenarios[%1]").arg(s);
            if (scenario.id.isEmpty())
                error(path + QStringLiteral(".id"), QStringLiteral("id must not be empty"));
            else if (ids.contains(scenario.id))
                error(path + QStringLiteral(".id"), QStringLiteral("duplicate scenario id %1").arg(quoted(scenario.id)));
            ids.insert(scenario.id, int(s));
            for (std::size_t i = 0; i < scenario.events.size(); ++i) {
                const Event &event = scenario.events[i];
                const QString at = path + QStringLiteral(".events[%1]").arg(i);
                if (event.month && !(*event.month >= 0))
                    error(at + QStringLiteral(".month"), QStringLiteral("month must be 0 or more"));
                switch (event.type) {
                case Event::Type::Fail:
                    reference(at + QStringLiteral(".node"), event.node);
                    break;
                case Event::Type::Price:
                    expectKind(at + QStringLiteral(".node"), event.node, NodeKind::Supplier);
                    if (!(event.factor > 0))
                        error(at + QStringLiteral(".factor"), QStringLiteral("factor must be more than 0"));
                    break;
                case Event::Type::Acquire:
                    expectKind(at + QStringLiteral(".node"), event.node, NodeKind::Supplier);
                    expectKind(at + QStringLiteral(".parent"), event.parent, NodeKind::Supplier);
                    if (event.node == event.parent)
                        error(at + QStringLiteral(".parent"), QStringLiteral("a supplier cannot acquire itself"));
                    break;
                }
            }
        }
    }

    void checkOptions()
    {
        // A variant of an invalid baseline would only repeat the baseline's errors.
        const bool baselineValid = m_diagnostics.empty();
        QSet<QString> ids;
        for (std::size_t o = 0; o < m_model.options.size(); ++o) {
            const Option &option = m_model.options[o];
            const QString path = QStringLiteral("options[%1]").arg(o);
            if (option.id.isEmpty())
                error(path + QStringLiteral(".id"), QStringLiteral("id must not be empty"));
            else if (ids.contains(option.id))
                error(path + QStringLiteral(".id"), QStringLiteral("duplicate option id %1").arg(quoted(option.id)));
            ids.insert(option.id);
            const std::set<QString> removed(option.removeNodes.begin(), option.removeNodes.end());
            bool ok = true;
            for (qsizetype i = 0; i < option.removeNodes.size(); ++i) {
                if (!reference(path + QStringLiteral(".remove_nodes[%1]").arg(i), option.removeNodes[i]))
                    ok = false;
            }
            QSet<QString> added;
            for (std::size_t i = 0; i < option.addNodes.size(); ++i) {
                const QString &id = option.addNodes[i].id;
                const QString at = path + QStringLiteral(".add_nodes[%1].id").arg(i);
                if ((node(id) && !removed.count(id)) || added.contains(id)) {
                    error(at, QStringLiteral("id %1 is already in use").arg(quoted(id)));
                    ok = false;
                }
                added.insert(id);
            }
            for (std::size_t i = 0; i < option.removeEdges.size(); ++i) {
                const EdgeKey &key = option.removeEdges[i];
                const bool exists = std::any_of(m_model.edges.begin(), m_model.edges.end(),
                                                [&](const Edge &e) { return e.key() == key; });
                if (!exists) {
                    error(path + QStringLiteral(".remove_edges[%1]").arg(i),
                          QStringLiteral("no edge %1 -> %2 (%3) to remove").arg(quoted(key.from), quoted(key.to), toString(key.kind)));
                    ok = false;
                }
            }
            if (!ok || !baselineValid)
                continue;
            // The variant must be a valid model in its own right.
            const Model variant = applyOption(m_model, option);
            for (const Diagnostic &d : Validator(variant, m_context).run())
                error(path, QStringLiteral("after applying: %1: %2").arg(d.path, d.message));
        }
    }

    const Model &m_model;
    const ValidationContext &m_context;
    QHash<QString, int> m_index;
    Diagnostics m_diagnostics;
};

} // namespace

Diagnostics validateModel(const Model &model, const ValidationContext &context)
{
    return Validator(model, context).run();
}

Diagnostics validateModel(const Model &model)
{
    return validateModel(model, ValidationContext{});
}

} // namespace antrum
