// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-model rules of model-format.md (validation.h).
#include "validation.h"

#include "idindex.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <map>
#include <set>
#include <thread>

namespace antrum {

bool isWellFormed(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

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
        if (context.index)
            m_ids = &context.index->nodes;
        else
            m_ownIndex.reserve(model.nodes.size());
    }

    Diagnostics run()
    {
        checkEncoding([] { return QStringLiteral("name"); }, m_model.name, "name");
        if (m_model.description)
            checkEncoding([] { return QStringLiteral("description"); }, *m_model.description, "description");
        m_diagnosticsBeforeNodes = m_diagnostics.size();
        if (m_context.index && m_model.nodes.size() >= ParallelFromNodes) {
            // With the reader's index the node rules need nothing from the edge rules: check
            // them on the other core, and report them first, as the sequential order does.
            Validator nodes(m_model, m_context);
            std::thread nodeRules([&nodes] { nodes.checkNodes(); });
            checkEdges();
            checkGroups();
            checkOwnershipCycles();
            nodeRules.join();
            const std::size_t before = m_diagnosticsBeforeNodes;
            m_diagnostics.insert(m_diagnostics.begin() + std::ptrdiff_t(before), nodes.m_diagnostics.begin(), nodes.m_diagnostics.end());
        } else {
            checkNodes();
            checkEdges();
            checkGroups();
            checkOwnershipCycles();
        }
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
        const std::int32_t at = m_ids->value(id);
        return at == IdIndex::Missing ? nullptr : &m_model.nodes[std::size_t(at)];
    }

    /// Reports a reference to a node that does not exist (unless its entry was malformed).
    template <std::invocable PathFn>
    const Node *reference(const PathFn &path, const QString &id)
    {
        const Node *n = node(id);
        if (!n && !m_context.brokenNodeIds.contains(id))
            error(path(), QStringLiteral("unknown node %1").arg(quoted(id)));
        return n;
    }
    const Node *reference(const QString &path, const QString &id)
    {
        return reference([&path]() -> QString { return path; }, id);
    }

    /// Text that UTF-8 cannot carry (a lone surrogate, possible from an editor or a
    /// document) would not survive export; refuse it.
    template <std::invocable PathFn>
    void checkEncoding(const PathFn &path, QStringView text, const char *what)
    {
        if (!isWellFormed(text))
            error(path(), QStringLiteral("%1 contains an unpaired UTF-16 surrogate").arg(QLatin1String(what)));
    }

    template <std::invocable PathFn>
    void checkText(const PathFn &path, const QString &text, qsizetype max, const char *what)
    {
        checkEncoding(path, text, what);
        if (text.size() >= 1 && text.size() <= max)
            return; // UTF-16 units >= code points: within the limit for sure
        const qsizetype length = codePointCount(text);
        if (length < 1)
            error(path(), QStringLiteral("%1 must not be empty").arg(QLatin1String(what)));
        else if (length > max)
            error(path(), QStringLiteral("%1 is %2 characters long; at most %3 are allowed").arg(QLatin1String(what)).arg(length).arg(max));
    }

    /// Paths are only built when something is wrong: a million valid nodes cost no strings.
    void checkNode(const Node &n, const QString &prefix)
    {
        const auto at = [&prefix](const char *field) { return [&prefix, field]() -> QString { return prefix + QLatin1String(field); }; };
        checkText(at(".id"), n.id, 200, "id");
        for (const QChar c : n.id) {
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)) {
                error(at(".id")(), QStringLiteral("id contains the control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
                break;
            }
        }
        checkText(at(".name"), n.name, 1000, "name");
        if (n.criticality && (*n.criticality < 1 || *n.criticality > 5))
            error(at(".criticality")(), QStringLiteral("criticality %1 is outside 1..5").arg(*n.criticality));
        if (n.mtdHours && !(*n.mtdHours >= 0 && std::isfinite(*n.mtdHours)))
            error(at(".mtd_hours")(), QStringLiteral("mtd_hours must be a finite number, 0 or more"));
        if (n.failureProbability && !(*n.failureProbability >= 0 && *n.failureProbability <= 1))
            error(at(".failure_probability")(), QStringLiteral("failure_probability %1 is outside [0,1]").arg(*n.failureProbability));
        for (const auto &[group, k] : n.redundancy) {
            checkEncoding([&]() -> QString { return prefix + QStringLiteral(".redundancy"); }, group, "group name");
            if (k < 1)
                error(prefix + QStringLiteral(".redundancy.") + group,
                      QStringLiteral("k of group %1 must be at least 1, not %2").arg(quoted(group)).arg(k));
        }
        for (const auto &[key, value] : n.attributes)
            checkAttribute(prefix, key, value);
    }

    void checkAttribute(const QString &prefix, const QString &key, const AttributeValue &value)
    {
        const auto path = [&]() -> QString { return prefix + QStringLiteral(".attributes.") + key; };
        const auto number = std::get_if<double>(&value);
        const auto text = std::get_if<QString>(&value);
        const auto flag = std::get_if<bool>(&value);
        const auto list = std::get_if<QStringList>(&value);
        const auto expect = [&](bool ok, const QString &what) {
            if (!ok)
                error(path(), QStringLiteral("%1 must be %2").arg(key, what));
        };
        // Whatever the key: JSON has no NaN or infinity, and text must be encodable.
        if (number && !std::isfinite(*number))
            error(path(), QStringLiteral("%1 must be a finite number").arg(key));
        checkEncoding(path, key, "attribute name");
        if (text)
            checkEncoding(path, *text, "attribute value");
        if (list) {
            for (const QString &item : *list)
                checkEncoding(path, item, "attribute value");
        }
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
        // The prefix is built once per node; cheap next to the node's own strings.
        QString path;
        for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
            const Node &n = m_model.nodes[i];
            path = QStringLiteral("nodes[") + QString::number(i) + u']';
            checkNode(n, path);
            std::int32_t existing = IdIndex::Missing;
            if (m_ids == &m_ownIndex) {
                existing = m_ownIndex.insert(n.id, std::int32_t(i));
            } else if (const std::int32_t first = m_ids->value(n.id); first != std::int32_t(i)) {
                existing = first;
            }
            if (existing != IdIndex::Missing)
                error(path + QStringLiteral(".id"),
                      QStringLiteral("duplicate id %1 (first used by nodes[%2])").arg(quoted(n.id)).arg(existing));
        }
    }

    /// (from, to, kind) packed for duplicate detection; node indices keep it cheap on
    /// millions of edges.
    static quint64 edgeKey(int from, int to, EdgeKind kind)
    {
        return (quint64(quint32(from)) << 34) ^ (quint64(quint32(to)) << 4) ^ quint64(kind);
    }

    void checkEdges()
    {
        // (key, edge) pairs, sorted below: duplicates are neighbours. Cheaper than a hash set
        // of millions of keys, and the sorted keys answer checkOptions() by binary search.
        std::vector<std::pair<quint64, std::uint32_t>> keys;
        keys.reserve(m_model.edges.size());
        m_edgeFrom.assign(m_model.edges.size(), nullptr);
        m_edgeTo.assign(m_model.edges.size(), nullptr);
        for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
            const Edge &e = m_model.edges[i];
            const auto at = [i](const char *field) {
                return [i, field]() -> QString { return QStringLiteral("edges[%1]").arg(i) + QLatin1String(field); };
            };
            // Endpoints the reader resolved need no lookup; unknown ones are looked up again
            // to be reported.
            const auto resolved = [&](const std::vector<std::int32_t> *ends) -> const Node * {
                return ends && (*ends)[i] >= 0 ? &m_model.nodes[std::size_t((*ends)[i])] : nullptr;
            };
            const Node *from = resolved(m_context.index ? &m_context.index->edgeFrom : nullptr);
            if (!from)
                from = reference(at(".from"), e.from);
            const Node *to = resolved(m_context.index ? &m_context.index->edgeTo : nullptr);
            if (!to)
                to = reference(at(".to"), e.to);
            m_edgeFrom[i] = from;
            m_edgeTo[i] = to;
            if (e.from == e.to)
                error(at(".to")(), QStringLiteral("an edge may not go from a node to itself (%1)").arg(quoted(e.from)));
            else if (from && to && !edgeAllowed(e.kind, from->kind, to->kind))
                error(at(".kind")(),
                      QStringLiteral("a %1 edge cannot go from %2 %3 to %4 %5")
                          .arg(toString(e.kind), toString(from->kind), quoted(e.from), toString(to->kind), quoted(e.to)));
            if (from && to) {
                keys.emplace_back(edgeKey(int(from - m_model.nodes.data()), int(to - m_model.nodes.data()), e.kind), std::uint32_t(i));
            }
            if (!e.group.isEmpty() && !isDependency(e.kind))
                error(at(".group")(), QStringLiteral("an alternative_for edge cannot be in a redundancy group"));
            if (e.kind != EdgeKind::AlternativeFor) {
                if (e.switchMonths)
                    error(at(".switch_months")(), QStringLiteral("switch_months belongs on alternative_for edges only"));
                if (e.switchCost)
                    error(at(".switch_cost")(), QStringLiteral("switch_cost belongs on alternative_for edges only"));
            }
            if (!e.group.isEmpty())
                checkEncoding(at(".group"), e.group, "group name");
            if (e.switchMonths && !(*e.switchMonths >= 0 && std::isfinite(*e.switchMonths)))
                error(at(".switch_months")(), QStringLiteral("switch_months must be 0 or more"));
            if (e.switchCost && !(*e.switchCost >= 0 && std::isfinite(*e.switchCost)))
                error(at(".switch_cost")(), QStringLiteral("switch_cost must be 0 or more"));
        }
        std::sort(keys.begin(), keys.end());
        std::vector<std::uint32_t> duplicates;
        for (std::size_t k = 1; k < keys.size(); ++k) {
            if (keys[k].first == keys[k - 1].first)
                duplicates.push_back(keys[k].second); // every one after the first in the file
        }
        std::sort(duplicates.begin(), duplicates.end());
        for (const std::uint32_t d : duplicates) {
            const Edge &e = m_model.edges[d];
            error(QStringLiteral("edges[%1]").arg(d),
                  QStringLiteral("duplicate edge %1 -> %2 (%3)").arg(quoted(e.from), quoted(e.to), toString(e.kind)));
        }
        m_edgeKeys.resize(keys.size());
        for (std::size_t k = 0; k < keys.size(); ++k)
            m_edgeKeys[k] = keys[k].first;
        m_edgeKeys.erase(std::unique(m_edgeKeys.begin(), m_edgeKeys.end()), m_edgeKeys.end());
    }

    void checkGroups()
    {
        // Only grouped edges matter: collect (node, group, target), sort, count distinct.
        struct Member {
            int node;
            const QString *group;
            int target;
        };
        std::vector<Member> members;
        QSet<QString> groupsWithBrokenMembers;
        for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
            const Edge &e = m_model.edges[i];
            if (e.group.isEmpty() || !isDependency(e.kind))
                continue;
            const Node *from = m_edgeFrom[i], *to = m_edgeTo[i];
            if (from && !to && m_context.brokenNodeIds.contains(e.to))
                groupsWithBrokenMembers.insert(e.from); // its size is unknown: say nothing
            if (from && to)
                members.push_back({int(from - m_model.nodes.data()), &e.group, int(to - m_model.nodes.data())});
        }
        std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
            if (a.node != b.node)
                return a.node < b.node;
            if (*a.group != *b.group)
                return *a.group < *b.group;
            return a.target < b.target;
        });
        // node index -> group -> distinct targets
        std::map<int, std::map<QString, int>> sizes;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const bool repeat = i > 0 && members[i - 1].node == members[i].node && *members[i - 1].group == *members[i].group
                                && members[i - 1].target == members[i].target;
            if (!repeat)
                ++sizes[members[i].node][*members[i].group];
        }
        for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
            const Node &n = m_model.nodes[i];
            const auto found = sizes.find(int(i));
            if (n.redundancy.empty() && found == sizes.end())
                continue;
            if (m_context.nodesWithBrokenEdges.contains(n.id) || groupsWithBrokenMembers.contains(n.id))
                continue;
            std::set<QString> names;
            if (found != sizes.end()) {
                for (const auto &[g, size] : found->second)
                    names.insert(g);
            }
            for (const auto &[g, k] : n.redundancy)
                names.insert(g);
            for (const QString &g : names) {
                const int k = n.threshold(g);
                int size = 0;
                if (found != sizes.end()) {
                    const auto it = found->second.find(g);
                    size = it == found->second.end() ? 0 : it->second;
                }
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
        // Parents by node index (CSR), from the endpoints checkEdges() resolved.
        const std::size_t n = m_model.nodes.size();
        const auto indexOf = [this](const Node *node) { return std::size_t(node - m_model.nodes.data()); };
        std::vector<std::uint32_t> offsets(n + 1, 0);
        for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
            if (m_model.edges[i].kind == EdgeKind::SubsidiaryOf && m_edgeFrom[i] && m_edgeTo[i])
                ++offsets[indexOf(m_edgeFrom[i]) + 1];
        }
        for (std::size_t k = 1; k <= n; ++k)
            offsets[k] += offsets[k - 1];
        std::vector<std::uint32_t> parents(offsets[n]);
        {
            std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
            for (std::size_t i = 0; i < m_model.edges.size(); ++i) {
                if (m_model.edges[i].kind == EdgeKind::SubsidiaryOf && m_edgeFrom[i] && m_edgeTo[i])
                    parents[fill[indexOf(m_edgeFrom[i])]++] = std::uint32_t(indexOf(m_edgeTo[i]));
            }
        }
        // Iterative depth-first search with colours; report each cycle once.
        enum Colour : char { White, Grey, Black };
        std::vector<char> colour(n, White);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // (node, next parent slot)
        for (std::size_t start = 0; start < n; ++start) {
            if (colour[start] != White || offsets[start] == offsets[start + 1])
                continue;
            stack.assign(1, {std::uint32_t(start), offsets[start]});
            colour[start] = Grey;
            while (!stack.empty()) {
                auto &[at, next] = stack.back();
                if (next >= offsets[at + 1]) {
                    colour[at] = Black;
                    stack.pop_back();
                    continue;
                }
                const std::uint32_t p = parents[next++];
                if (colour[p] == Grey) {
                    QStringList cycle;
                    bool in = false;
                    for (const auto &frame : stack) {
                        in = in || frame.first == p;
                        if (in)
                            cycle << m_model.nodes[frame.first].id;
                    }
                    cycle << m_model.nodes[p].id;
                    error(QStringLiteral("nodes[%1]").arg(p),
                          QStringLiteral("subsidiary_of edges form a cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
                } else if (colour[p] == White) {
                    colour[p] = Grey;
                    stack.emplace_back(p, offsets[p]);
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
                if (event.month && !(*event.month >= 0 && std::isfinite(*event.month)))
                    error(at + QStringLiteral(".month"), QStringLiteral("month must be 0 or more"));
                switch (event.type) {
                case Event::Type::Fail:
                    reference(at + QStringLiteral(".node"), event.node);
                    break;
                case Event::Type::Price:
                    expectKind(at + QStringLiteral(".node"), event.node, NodeKind::Supplier);
                    if (!(event.factor > 0 && std::isfinite(event.factor)))
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
                const Node *from = node(key.from), *to = node(key.to);
                if (m_context.brokenNodeIds.contains(key.from) || m_context.brokenNodeIds.contains(key.to)
                    || m_context.nodesWithBrokenEdges.contains(key.from)) {
                    ok = false; // the edge's node or the edge was malformed and is reported already
                    continue;
                }
                const bool exists = from && to
                                    && std::binary_search(m_edgeKeys.begin(), m_edgeKeys.end(), edgeKey(int(from - m_model.nodes.data()),
                                                                   int(to - m_model.nodes.data()), key.kind));
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
            ValidationContext variantContext = m_context;
            variantContext.index = nullptr; // the baseline's ids, not the variant's
            for (const Diagnostic &d : Validator(variant, variantContext).run())
                error(path, QStringLiteral("after applying: %1: %2").arg(d.path, d.message));
        }
    }

    const Model &m_model;
    const ValidationContext &m_context;
    static constexpr std::size_t ParallelFromNodes = 100000;
    std::size_t m_diagnosticsBeforeNodes = 0;
    IdIndex m_ownIndex;
    const IdIndex *m_ids = &m_ownIndex; ///< the reader's index when it has one
    std::vector<const Node *> m_edgeFrom, m_edgeTo; ///< each edge's endpoints (nullptr: unknown), by checkEdges()
    std::vector<quint64> m_edgeKeys; ///< every valid edge's (from, to, kind), sorted, by checkEdges()
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
