// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <variant>
#include <vector>

/// The domain model of Antrum, exactly as ../shared/spec/model-format.md defines it.
/// Plain value types: no Qt object model, no database, no analysis state. The JSON reader,
/// the SQLite document, the analyses and the UI all exchange these.
namespace antrum {

enum class NodeKind : std::uint8_t { Capability, Application, Supplier, Host, Jurisdiction };
inline constexpr int NodeKindCount = 5;

enum class EdgeKind : std::uint8_t {
    Requires,
    ProvidedBy,
    HostedOn,
    OperatedBy,
    SubcontractsTo,
    SubsidiaryOf,
    IncorporatedIn,
    LocatedIn,
    AlternativeFor,
};
inline constexpr int EdgeKindCount = 9;

/// The spelling used in the interchange format ("capability", "provided_by", ...).
QString toString(NodeKind kind);
QString toString(EdgeKind kind);
std::optional<NodeKind> nodeKindFromString(QStringView text);
std::optional<EdgeKind> edgeKindFromString(QStringView text);

/// Every edge except alternative_for means "from depends on to".
constexpr bool isDependency(EdgeKind kind) { return kind != EdgeKind::AlternativeFor; }

/// Whether the kind table of model-format.md allows an edge of `kind` from `from` to `to`.
bool edgeAllowed(EdgeKind kind, NodeKind from, NodeKind to);

/// An attribute value: string, number, boolean or array of strings.
using AttributeValue = std::variant<QString, double, bool, QStringList>;
using Attributes = std::map<QString, AttributeValue>;

struct Node {
    QString id;
    NodeKind kind = NodeKind::Capability;
    QString name;
    std::optional<int> criticality;           ///< 1..5; absent means the default 3
    std::optional<double> mtdHours;           ///< maximum tolerable downtime, hours
    std::optional<double> failureProbability; ///< [0,1]; absent means 0
    std::map<QString, int> redundancy;        ///< group name -> k (k-of-n)
    Attributes attributes;

    int effectiveCriticality() const { return criticality.value_or(3); }
    double effectiveFailureProbability() const { return failureProbability.value_or(0.0); }
    /// k of a redundancy group: the listed value, or 1 when the group is not listed.
    int threshold(const QString &group) const;
    /// The attribute `key` if it holds a T (QString, double, bool or QStringList), else null.
    template <typename T>
    const T *attributeAs(const QString &key) const
    {
        const auto it = attributes.find(key);
        return it == attributes.end() ? nullptr : std::get_if<T>(&it->second);
    }

    bool operator==(const Node &) const = default;
};

/// Identifies an edge: the spec forbids two edges with the same from, to and kind.
struct EdgeKey {
    QString from;
    QString to;
    EdgeKind kind = EdgeKind::Requires;
    bool operator==(const EdgeKey &) const = default;
};

struct Edge {
    QString from;
    QString to;
    EdgeKind kind = EdgeKind::Requires;
    QString group;                      ///< empty: ungrouped (AND)
    std::optional<double> switchMonths; ///< alternative_for only
    std::optional<double> switchCost;   ///< alternative_for only, EUR

    EdgeKey key() const { return {from, to, kind}; }
    bool operator==(const Edge &) const = default;
};

struct Event {
    enum class Type : std::uint8_t { Fail, Price, Acquire };
    Type type = Type::Fail;
    QString node;
    double factor = 1.0;        ///< Price only
    QString parent;             ///< Acquire only
    std::optional<double> month; ///< absent means month 0

    bool operator==(const Event &) const = default;
};
QString toString(Event::Type type);
std::optional<Event::Type> eventTypeFromString(QStringView text);

struct Scenario {
    QString id;
    QString name;
    std::vector<Event> events;
    bool operator==(const Scenario &) const = default;
};

/// A procurement option: a named change set applied to the model (see applyOption()).
struct Option {
    QString id;
    QString name;
    QStringList removeNodes;
    std::vector<Node> addNodes;
    std::vector<EdgeKey> removeEdges;
    std::vector<Edge> addEdges;
    bool operator==(const Option &) const = default;
};

struct Model {
    QString name;
    std::optional<QString> description;
    std::optional<QStringList> homeJurisdictions;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Scenario> scenarios;
    std::vector<Option> options;
    /// Top-level keys starting with "x-", kept verbatim for a lossless round trip.
    std::map<QString, QJsonValue> extensions;

    bool operator==(const Model &) const = default;

    /// id -> position in `nodes`. Built on demand; callers that look up often keep it.
    QHash<QString, int> nodeIndex() const;
    const Node *findNode(const QString &id) const;
    bool isHome(const QString &jurisdictionId) const;
};

/// The variant model that an option describes: the option's nodes and edges removed
/// (edges touching a removed node go with it), then its nodes and edges added. The
/// variant carries no options of its own. The baseline is never changed.
Model applyOption(const Model &base, const Option &option);

} // namespace antrum
