// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <random>

/// Small random models that obey every rule of model-format.md and use every feature
/// (all node and edge kinds, groups with k > 1, cycles of requires, attributes of every type,
/// scenarios, options, x- keys). For round-trip and property tests.
namespace antrum::test {

struct RandomModelOptions {
    int nodes = 20;
    int edges = 40;
    bool withScenariosAndOptions = true;
    bool withAttributes = true;
};

class RandomModelGenerator {
public:
    explicit RandomModelGenerator(unsigned seed) : m_rng(seed) {}

    Model generate(const RandomModelOptions &options = {})
    {
        Model model;
        model.name = text(QStringLiteral("Model "));
        if (chance(0.5))
            model.description = text(QStringLiteral("Beschrijving é ü — "));
        const int n = std::max(options.nodes, NodeKindCount);
        for (int i = 0; i < n; ++i) {
            Node node;
            node.kind = i < NodeKindCount ? NodeKind(i) : NodeKind(uniform(0, NodeKindCount - 1));
            node.id = QStringLiteral("n%1").arg(i);
            node.name = text(QStringLiteral("Node "));
            if (chance(0.4))
                node.criticality = uniform(1, 5);
            if (chance(0.3))
                node.mtdHours = uniform(0, 200) / 4.0;
            if (chance(0.4))
                node.failureProbability = uniform(0, 1000) / 1000.0;
            if (options.withAttributes)
                addAttributes(node);
            model.nodes.push_back(node);
        }
        QStringList jurisdictions;
        for (const Node &node : model.nodes) {
            if (node.kind == NodeKind::Jurisdiction)
                jurisdictions << node.id;
        }
        if (chance(0.7))
            model.homeJurisdictions = QStringList{jurisdictions.first()};

        addEdges(model, options.edges);
        addGroups(model);
        if (options.withScenariosAndOptions)
            addScenariosAndOptions(model);
        if (chance(0.5)) {
            model.extensions[QStringLiteral("x-origin")] =
                QJsonObject{{QStringLiteral("tool"), QStringLiteral("random")},
                            {QStringLiteral("list"), QJsonArray{1, 2.5, true, QJsonValue()}}};
        }
        return model;
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

private:
    QString text(const QString &prefix) { return prefix + QString::number(uniform(0, 99999)); }

    void addAttributes(Node &node)
    {
        if (chance(0.5))
            node.attributes[QStringLiteral("annual_cost")] = double(uniform(0, 500000));
        if (chance(0.3))
            node.attributes[QStringLiteral("license")] =
                chance(0.5) ? QStringLiteral("open_source") : QStringLiteral("proprietary");
        if (chance(0.3))
            node.attributes[QStringLiteral("data_portability")] = uniform(0, 100) / 100.0;
        if (chance(0.3))
            node.attributes[QStringLiteral("exit_clause")] = chance(0.5);
        if (chance(0.3))
            node.attributes[QStringLiteral("open_standards")] =
                QStringList{QStringLiteral("IMAP"), QStringLiteral("ODF")};
        if (chance(0.3))
            node.attributes[QStringLiteral("x_note")] = text(QStringLiteral("note \"quoted\" \\ "));
        if (chance(0.2))
            node.attributes[QStringLiteral("tags")] = QStringList{};
    }

    /// A random dependency edge that the kind table allows, or nullopt.
    std::optional<Edge> randomEdge(const Model &model)
    {
        const Node &from = model.nodes[std::size_t(uniform(0, int(model.nodes.size()) - 1))];
        const Node &to = model.nodes[std::size_t(uniform(0, int(model.nodes.size()) - 1))];
        if (from.id == to.id)
            return std::nullopt;
        std::vector<EdgeKind> kinds;
        for (int k = 0; k < EdgeKindCount; ++k) {
            if (edgeAllowed(EdgeKind(k), from.kind, to.kind))
                kinds.push_back(EdgeKind(k));
        }
        if (kinds.empty())
            return std::nullopt;
        Edge edge;
        edge.from = from.id;
        edge.to = to.id;
        edge.kind = kinds[std::size_t(uniform(0, int(kinds.size()) - 1))];
        if (edge.kind == EdgeKind::AlternativeFor) {
            if (chance(0.6))
                edge.switchMonths = uniform(0, 24);
            if (chance(0.6))
                edge.switchCost = uniform(0, 100000) + 0.5;
        }
        return edge;
    }

    bool createsOwnershipCycle(const Model &model, const Edge &candidate)
    {
        // Is candidate.from reachable from candidate.to along subsidiary_of?
        QStringList stack{candidate.to};
        QStringList seen;
        while (!stack.isEmpty()) {
            const QString at = stack.takeLast();
            if (at == candidate.from)
                return true;
            if (seen.contains(at))
                continue;
            seen << at;
            for (const Edge &e : model.edges) {
                if (e.kind == EdgeKind::SubsidiaryOf && e.from == at)
                    stack << e.to;
            }
        }
        return false;
    }

    void addEdges(Model &model, int count)
    {
        for (int attempt = 0; attempt < count * 20 && int(model.edges.size()) < count; ++attempt) {
            const std::optional<Edge> edge = randomEdge(model);
            if (!edge)
                continue;
            const bool duplicate = std::any_of(model.edges.begin(), model.edges.end(),
                                               [&](const Edge &e) { return e.key() == edge->key(); });
            if (duplicate)
                continue;
            if (edge->kind == EdgeKind::SubsidiaryOf && createsOwnershipCycle(model, *edge))
                continue;
            model.edges.push_back(*edge);
        }
    }

    /// Puts some dependency edges of a node into groups, with k between 1 and the group size.
    void addGroups(Model &model)
    {
        for (Node &node : model.nodes) {
            if (!chance(0.4))
                continue;
            std::vector<Edge *> outgoing;
            for (Edge &e : model.edges) {
                if (e.from == node.id && isDependency(e.kind))
                    outgoing.push_back(&e);
            }
            if (outgoing.size() < 2)
                continue;
            const QString group = chance(0.5) ? QStringLiteral("g") : QStringLiteral("redundant pair");
            QSet<QString> targets; // a group's size counts distinct targets
            for (Edge *e : outgoing) {
                if (chance(0.7)) {
                    e->group = group;
                    targets.insert(e->to);
                }
            }
            const int size = int(targets.size());
            if (size > 0 && chance(0.8))
                node.redundancy[group] = uniform(1, size);
        }
    }

    void addScenariosAndOptions(Model &model)
    {
        QStringList suppliers;
        for (const Node &node : model.nodes) {
            if (node.kind == NodeKind::Supplier)
                suppliers << node.id;
        }
        Scenario scenario;
        scenario.id = QStringLiteral("s1");
        scenario.name = QStringLiteral("Cut-off");
        Event fail;
        fail.type = Event::Type::Fail;
        fail.node = model.nodes.back().id;
        scenario.events.push_back(fail);
        if (!suppliers.isEmpty()) {
            Event price;
            price.type = Event::Type::Price;
            price.node = suppliers.first();
            price.factor = 3.5;
            price.month = 6;
            scenario.events.push_back(price);
        }
        model.scenarios.push_back(scenario);

        // An option that adds a node with an edge and removes one edge.
        Option option;
        option.id = QStringLiteral("o1");
        option.name = QStringLiteral("Option één");
        Node added;
        added.id = QStringLiteral("added-app");
        added.kind = NodeKind::Application;
        added.name = QStringLiteral("Added application");
        option.addNodes.push_back(added);
        for (const Node &node : model.nodes) {
            if (node.kind == NodeKind::Capability) {
                Edge e;
                e.from = node.id;
                e.to = added.id;
                e.kind = EdgeKind::Requires;
                option.addEdges.push_back(e);
                break;
            }
        }
        for (const Edge &e : model.edges) {
            if (e.group.isEmpty()) {
                option.removeEdges.push_back(e.key());
                break;
            }
        }
        model.options.push_back(option);
    }

    std::mt19937 m_rng;
};

} // namespace antrum::test
