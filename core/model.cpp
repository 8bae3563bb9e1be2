// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

#include <array>
#include <set>
#include <tuple>

namespace antrum {

namespace {

constexpr std::array<const char16_t *, NodeKindCount> nodeKindNames = {
    u"capability", u"application", u"supplier", u"host", u"jurisdiction"};

constexpr std::array<const char16_t *, EdgeKindCount> edgeKindNames = {
    u"requires",      u"provided_by",     u"hosted_on",   u"operated_by",    u"subcontracts_to",
    u"subsidiary_of", u"incorporated_in", u"located_in", u"alternative_for"};

constexpr std::array<const char16_t *, 3> eventTypeNames = {u"fail", u"price", u"acquire"};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char16_t *, N> &names, QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QStringView(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString toString(NodeKind kind) { return QString::fromUtf16(nodeKindNames[std::size_t(kind)]); }
QString toString(EdgeKind kind) { return QString::fromUtf16(edgeKindNames[std::size_t(kind)]); }
QString toString(Event::Type type) { return QString::fromUtf16(eventTypeNames[std::size_t(type)]); }

std::optional<NodeKind> nodeKindFromString(QStringView text)
{
    return lookup<NodeKind>(nodeKindNames, text);
}

std::optional<EdgeKind> edgeKindFromString(QStringView text)
{
    return lookup<EdgeKind>(edgeKindNames, text);
}

std::optional<Event::Type> eventTypeFromString(QStringView text)
{
    return lookup<Event::Type>(eventTypeNames, text);
}

bool edgeAllowed(EdgeKind kind, NodeKind from, NodeKind to)
{
    using N = NodeKind;
    const auto app = [](N k) { return k == N::Capability || k == N::Application; };
    switch (kind) {
    case EdgeKind::Requires:
        return app(from) && app(to);
    case EdgeKind::ProvidedBy:
        return from == N::Application && to == N::Supplier;
    case EdgeKind::HostedOn:
        return from == N::Application && to == N::Host;
    case EdgeKind::OperatedBy:
        return from == N::Host && to == N::Supplier;
    case EdgeKind::SubcontractsTo:
    case EdgeKind::SubsidiaryOf:
        return from == N::Supplier && to == N::Supplier;
    case EdgeKind::IncorporatedIn:
        return from == N::Supplier && to == N::Jurisdiction;
    case EdgeKind::LocatedIn:
        return from == N::Host && to == N::Jurisdiction;
    case EdgeKind::AlternativeFor:
        return from == N::Application && to == N::Application;
    }
    return false;
}

int Node::threshold(const QString &group) const
{
    const auto it = redundancy.find(group);
    return it == redundancy.end() ? 1 : it->second;
}

QHash<QString, int> Model::nodeIndex() const
{
    QHash<QString, int> index;
    index.reserve(qsizetype(nodes.size()));
    for (std::size_t i = 0; i < nodes.size(); ++i)
        index.insert(nodes[i].id, int(i));
    return index;
}

const Node *Model::findNode(const QString &id) const
{
    for (const Node &node : nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

bool Model::isHome(const QString &jurisdictionId) const
{
    return homeJurisdictions && homeJurisdictions->contains(jurisdictionId);
}

Model applyOption(const Model &base, const Option &option)
{
    Model variant = base;
    variant.options.clear();

    const std::set<QString> removedNodes(option.removeNodes.begin(), option.removeNodes.end());
    std::set<std::tuple<QString, QString, EdgeKind>> removedEdges;
    for (const EdgeKey &key : option.removeEdges)
        removedEdges.emplace(key.from, key.to, key.kind);
    std::erase_if(variant.nodes, [&](const Node &n) { return removedNodes.count(n.id) > 0; });
    std::erase_if(variant.edges, [&](const Edge &e) {
        return removedNodes.count(e.from) || removedNodes.count(e.to)
               || (!removedEdges.empty() && removedEdges.count({e.from, e.to, e.kind}));
    });
    if (variant.homeJurisdictions) {
        variant.homeJurisdictions->removeIf(
            [&](const QString &id) { return removedNodes.count(id) > 0; });
    }
    variant.nodes.insert(variant.nodes.end(), option.addNodes.begin(), option.addNodes.end());
    variant.edges.insert(variant.edges.end(), option.addEdges.begin(), option.addEdges.end());
    return variant;
}

} // namespace antrum
