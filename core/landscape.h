// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idindex.h"
#include "model.h"

#include <cstdint>
#include <optional>
#include <set>
#include <vector>

namespace antrum {

/// Three-valued facts: true, false or unknown.
using Fact = std::optional<bool>;
/// False if one is false, else unknown if one is unknown, else true.
Fact allOf(const std::vector<Fact> &facts);

/// The model as adjacency lists by edge kind, with the derived facts of docs/methodology.md
/// §2.5–2.7 that the methodology and the report's findings share: the EU line, ultimate
/// parents, seats and control, legal reach, subcontractors, criticality and "in use".
class Landscape {
public:
    explicit Landscape(const Model &model);

    const Model &model() const { return m_model; }
    const Node &node(int i) const { return m_model.nodes[std::size_t(i)]; }
    int size() const { return int(m_model.nodes.size()); }
    int indexOf(const QString &id) const { return m_index.value(id); }

    std::vector<int> targets(int from, EdgeKind kind) const;
    /// Every dependency edge out of `from` (kind and target), in model order.
    const std::vector<std::pair<EdgeKind, int>> &dependencies(int from) const { return m_out[std::size_t(from)]; }
    const std::vector<const Edge *> &alternatives(int app) const { return m_alternatives[std::size_t(app)]; }
    /// An application offered as an alternative that nothing depends on: not in use.
    bool isCandidate(int app) const { return m_offeredAsAlternative.count(app) && !m_dependedOn.count(app); }
    /// An application that is not a candidate.
    bool inUse(int app) const { return node(app).kind == NodeKind::Application && !isCandidate(app); }

    bool isHome(int j) const { return m_home[std::size_t(j)]; }
    /// EU member or home: the side of the line the framework calls "EU".
    bool isEu(int j) const;
    bool hasExtraterritorialLaws(int j) const;

    /// The top companies above a supplier along subsidiary_of (the supplier itself if it has
    /// no parent), sorted by index.
    const std::vector<int> &ultimateParents(int supplier);
    bool isUltimateParent(int supplier) const { return targets(supplier, EdgeKind::SubsidiaryOf).empty(); }
    std::vector<int> seats(int supplier) const { return targets(supplier, EdgeKind::IncorporatedIn); }

    /// Is the company's seat (incorporated_in) in the EU? Unknown without a seat.
    Fact seatEu(int supplier) const;
    /// Are all the companies that ultimately control `supplier` seated in the EU?
    Fact controlEu(int supplier);

    /// Jurisdictions reachable along dependency edges (semantics.md reach), sorted.
    std::vector<int> reach(int from) const;

    /// Suppliers reached from `from` along subcontracts_to, transitively (without `from`).
    std::vector<int> subcontractors(int from) const;

    /// Applications a capability (or application) needs through requires, transitively.
    std::vector<int> requiredApplications(int from) const;

    /// The highest criticality among the capabilities that depend on the node (directly or
    /// not); 0 when no capability does. A capability's own criticality counts for itself.
    int criticality(int n) const { return m_criticality[std::size_t(n)]; }

private:
    void computeCriticality();

    const Model &m_model;
    IdIndex m_index;
    std::vector<std::vector<std::pair<EdgeKind, int>>> m_out;
    std::vector<std::vector<const Edge *>> m_alternatives;
    std::set<int> m_offeredAsAlternative, m_dependedOn;
    std::vector<bool> m_home;
    std::vector<std::vector<int>> m_roots;
    std::vector<bool> m_rootsDone;
    std::vector<int> m_criticality;
    mutable std::vector<std::uint32_t> m_seen;
    mutable std::uint32_t m_stamp = 0;
};

} // namespace antrum
