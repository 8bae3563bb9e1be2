// SPDX-License-Identifier: GPL-3.0-or-later
// The rules are documented in docs/scenarios.md; keep the two in step.
#include "scenariosimulation.h"

#include "dependencyanalysis.h"
#include "failuregraph.h"
#include "idindex.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace antrum {

namespace {

/// The translation context of the scenario explanations.
struct Scenarios {
    Q_DECLARE_TR_FUNCTIONS(Scenarios)
};

using Index = FailureGraph::Index;


/// A month as the simulation counts it: whole months from the start.
int wholeMonth(const std::optional<double> &month) { return month ? int(std::floor(*month)) : 0; }

/// The model with each replaced application's dependants pointed at its alternative: the
/// landscape as it would run once the switches are done.
Model withReplacements(const Model &model, const std::map<int, int> &replacement)
{
    Model variant = model;
    variant.scenarios.clear();
    variant.options.clear();
    std::set<std::tuple<QString, QString, EdgeKind>> present;
    for (const Edge &e : variant.edges)
        present.emplace(e.from, e.to, e.kind);
    std::vector<Edge> edges;
    edges.reserve(variant.edges.size());
    for (const Edge &e : variant.edges) {
        Edge moved = e;
        if (isDependency(e.kind)) {
            for (const auto &[from, to] : replacement) {
                if (e.to == model.nodes[std::size_t(from)].id && e.from != model.nodes[std::size_t(to)].id) {
                    moved.to = model.nodes[std::size_t(to)].id;
                    break;
                }
            }
        }
        if (moved.to != e.to) {
            // Two edges that now coincide (the dependant already used the alternative) are one.
            if (present.count({moved.from, moved.to, moved.kind}))
                continue;
            present.emplace(moved.from, moved.to, moved.kind);
        }
        edges.push_back(std::move(moved));
    }
    variant.edges = std::move(edges);
    return variant;
}

} // namespace

QString toString(RecoveryPolicy policy)
{
    switch (policy) {
    case RecoveryPolicy::Fastest:
        return QStringLiteral("fastest");
    case RecoveryPolicy::Cheapest:
        return QStringLiteral("cheapest");
    case RecoveryPolicy::MostSovereign:
        return QStringLiteral("most_sovereign");
    }
    return {};
}

std::optional<RecoveryPolicy> recoveryPolicyFromString(QStringView text)
{
    for (const RecoveryPolicy p : {RecoveryPolicy::Fastest, RecoveryPolicy::Cheapest, RecoveryPolicy::MostSovereign}) {
        if (toString(p) == text)
            return p;
    }
    return std::nullopt;
}

ScenarioResult simulateScenario(const Model &model, const Scenario &scenario, const ScenarioOptions &options)
{
    ScenarioResult result;
    result.scenarioId = scenario.id;
    result.scenarioName = scenario.name;
    result.horizonMonths = std::clamp(options.horizonMonths, 1, 600);
    result.policy = options.policy;
    const int horizon = result.horizonMonths;
    const FailureGraph graph(model);
    const int n = int(graph.size());
    const auto id = [&](int node) -> const QString & { return model.nodes[std::size_t(node)].id; };
    const auto byId = [&](std::vector<int> &nodes) {
        std::sort(nodes.begin(), nodes.end(), [&](int a, int b) { return idLess(id(a), id(b)); });
    };

    // --- the landscape: alternatives, who provides what, what is in use ---
    std::vector<std::vector<const Edge *>> alternativesOf(static_cast<std::size_t>(n));
    std::vector<std::vector<int>> providers(static_cast<std::size_t>(n)), subsidiaries(static_cast<std::size_t>(n));
    std::vector<char> dependedOn(static_cast<std::size_t>(n), 0), offered(static_cast<std::size_t>(n), 0);
    for (const Edge &e : model.edges) {
        const std::optional<Index> from = graph.indexOf(e.from), to = graph.indexOf(e.to);
        if (!from || !to)
            continue;
        if (e.kind == EdgeKind::AlternativeFor) {
            alternativesOf[*to].push_back(&e);
            offered[*from] = 1;
            continue;
        }
        dependedOn[*to] = 1;
        if (e.kind == EdgeKind::ProvidedBy)
            providers[*from].push_back(int(*to));
        else if (e.kind == EdgeKind::SubsidiaryOf)
            subsidiaries[*to].push_back(int(*from));
    }
    const auto inUse = [&](int node) { return model.nodes[std::size_t(node)].kind == NodeKind::Application && !(offered[std::size_t(node)] && !dependedOn[std::size_t(node)]); };

    // Sovereignty before anything happens: for the "most sovereign" policy and the changes.
    const MethodologyResult before = assessMethodology(model, options.methodology);
    std::vector<double> sovereigntyScore(static_cast<std::size_t>(n), 0);
    for (const SovereigntyProfile &p : before.applicationProfiles)
        sovereigntyScore[std::size_t(p.node)] = p.score;

    // --- events by month ---
    std::map<int, std::vector<Event>> eventsByMonth;
    for (const Event &event : scenario.events) {
        int month = wholeMonth(event.month);
        // A scenario that did not pass validation (a template, an edited event) must not
        // harm the run: events on unknown nodes are left out, a month before 0 is month 0.
        const bool known = graph.indexOf(event.node) && (event.type != Event::Type::Acquire || graph.indexOf(event.parent));
        if (!known) {
            result.notes << Scenarios::tr("an event names a node that is not in the model (%1) and is left out")
                                .arg(event.type == Event::Type::Acquire ? event.node + QStringLiteral(", ") + event.parent : event.node);
            continue;
        }
        if (event.type == Event::Type::Price && !(event.factor > 0 && std::isfinite(event.factor))) {
            result.notes << Scenarios::tr("a price event on %1 has no factor above 0 and is left out").arg(event.node);
            continue;
        }
        if (month < 0 || !std::isfinite(event.month.value_or(0))) {
            result.notes << Scenarios::tr("an event on %1 before month 0 is taken as month 0").arg(event.node);
            month = 0;
        }
        if (month >= horizon) {
            result.notes << Scenarios::tr("event at month %1 is beyond the horizon of %2 months and is left out")
                                .arg(month)
                                .arg(horizon);
            continue;
        }
        eventsByMonth[month].push_back(event);
    }

    // --- failures and recovery, event month by event month ---
    FailurePropagator propagator(graph);
    std::vector<Index> seeds;
    std::vector<char> wasFailed(static_cast<std::size_t>(n), 0);
    struct State {
        bool down = false;
        int since = 0;
        std::optional<int> backAt;       ///< planned recovery month
        std::set<int> alternativesUsed;  ///< the plan's alternatives
        double downtime = 0;             ///< closed intervals so far
        CapabilityRecovery record;
        bool everDown = false;
    };
    std::map<int, State> states; // capability -> state
    std::map<int, ScenarioMonth> timeline;
    std::map<std::pair<int, int>, int> switchStartedAt; // (replaced, alternative) -> month the switch began
    std::map<std::pair<int, int>, RecoveryStep> stepOf;
    std::set<int> heldListed;

    const auto rank = [&](const RecoveryStep &a, const RecoveryStep &b) {
        const double am = a.switchMonths.value_or(1e18), bm = b.switchMonths.value_or(1e18);
        const double ac = a.switchCost.value_or(1e18), bc = b.switchCost.value_or(1e18);
        switch (options.policy) {
        case RecoveryPolicy::Fastest:
            if (am != bm)
                return am < bm;
            if (ac != bc)
                return ac < bc;
            break;
        case RecoveryPolicy::Cheapest:
            if (ac != bc)
                return ac < bc;
            if (am != bm)
                return am < bm;
            break;
        case RecoveryPolicy::MostSovereign:
            if (a.alternativeScore != b.alternativeScore)
                return a.alternativeScore > b.alternativeScore;
            if (am != bm)
                return am < bm;
            break;
        }
        return idLess(id(a.alternative), id(b.alternative));
    };

    for (auto &[month, events] : eventsByMonth) {
        ScenarioMonth &entry = timeline[month];
        entry.month = month;
        entry.events = events;
        std::vector<Index> newSeeds;
        for (const Event &event : events) {
            if (event.type != Event::Type::Fail)
                continue;
            if (const std::optional<Index> node = graph.indexOf(event.node))
                newSeeds.push_back(*node);
        }
        if (newSeeds.empty())
            continue;
        propagator.fail(newSeeds);
        for (const Index f : propagator.failed()) {
            if (!wasFailed[f]) {
                wasFailed[f] = 1;
                entry.newlyFailed.push_back(int(f));
            }
        }
        byId(entry.newlyFailed);

        // The plan: every failed application in use with a usable alternative switches to
        // the best one by the policy; an alternative that is hit itself does not count.
        std::map<int, int> plan;
        std::map<int, std::vector<RecoveryStep>> rejected;
        for (int a = 0; a < n; ++a) {
            if (!propagator.isFailed(Index(a)) || !inUse(a))
                continue;
            std::optional<RecoveryStep> best;
            for (const Edge *e : alternativesOf[std::size_t(a)]) {
                const int alt = int(*graph.indexOf(e->from));
                RecoveryStep step{a, alt, e->switchMonths, e->switchCost, sovereigntyScore[std::size_t(alt)]};
                if (propagator.isFailed(Index(alt))) {
                    rejected[a].push_back(step);
                    continue;
                }
                if (!best || rank(step, *best))
                    best = step;
            }
            if (best) {
                plan[a] = best->alternative;
                stepOf[{a, best->alternative}] = *best;
            }
        }
        // What works once those switches are done.
        const Model switched = withReplacements(model, plan);
        const FailureGraph switchedGraph(switched);
        FailurePropagator after(switchedGraph);
        seeds.insert(seeds.end(), newSeeds.begin(), newSeeds.end());
        std::vector<Index> switchedSeeds;
        for (const Index s : seeds) {
            if (const std::optional<Index> t = switchedGraph.indexOf(graph.id(s)))
                switchedSeeds.push_back(*t);
        }
        after.fail(switchedSeeds);

        for (int c = 0; c < n; ++c) {
            if (graph.kind(Index(c)) != NodeKind::Capability)
                continue;
            State &state = states[c];
            const bool failedNow = propagator.isFailed(Index(c));
            if (!failedNow) {
                // Kept up although something it needs, directly or not, failed: redundancy
                // held somewhere on the way. Listed once, at the first month it held.
                if (heldListed.count(c))
                    continue;
                std::vector<int> lost;
                std::vector<Index> stack{Index(c)};
                std::set<Index> seen{Index(c)};
                while (!stack.empty()) {
                    const Index at = stack.back();
                    stack.pop_back();
                    for (const Index d : graph.dependencies(at)) {
                        if (!seen.insert(d).second)
                            continue;
                        if (propagator.isFailed(d))
                            lost.push_back(int(d)); // not followed: what is under it fell with it
                        else
                            stack.push_back(d);
                    }
                }
                if (!lost.empty()) {
                    byId(lost);
                    result.held.push_back({c, month, lost});
                    heldListed.insert(c);
                }
                continue;
            }
            // A plan made earlier stands while its alternatives are not hit and the landscape
            // with the switches done still carries the capability; a capability without a way
            // back stays so (failures only add up).
            const std::optional<Index> stillIn = switchedGraph.indexOf(graph.id(Index(c)));
            const bool carried = stillIn && !after.isFailed(*stillIn);
            bool replan = !state.down || (!state.record.noWayBack && !carried);
            for (const int alt : state.alternativesUsed)
                replan = replan || propagator.isFailed(Index(alt));
            if (!replan)
                continue;
            if (!state.down) {
                state.down = true;
                state.since = month;
                entry.capabilitiesDown.push_back(c);
                if (!state.everDown) {
                    state.everDown = true;
                    state.record.downFrom = month;
                }
            } else if (state.backAt && *state.backAt <= month) {
                // It had recovered and is hit again through its alternative.
                state.downtime += double(*state.backAt - state.since);
                state.since = month;
                entry.capabilitiesDown.push_back(c);
            }
            state.backAt.reset();
            state.alternativesUsed.clear();
            CapabilityRecovery &r = state.record;
            r.capability = c;
            r.steps.clear();
            r.rejected.clear();
            r.noWayBack = false;
            r.reason.clear();
            // The failed applications it depends on (through failed nodes only).
            std::vector<int> failedApps;
            std::vector<int> blocking; // failed nodes it needs that are not applications
            {
                std::vector<Index> stack{Index(c)};
                std::set<Index> seen{Index(c)};
                while (!stack.empty()) {
                    const Index at = stack.back();
                    stack.pop_back();
                    for (const Index d : graph.dependencies(at)) {
                        if (!propagator.isFailed(d) || !seen.insert(d).second)
                            continue;
                        if (graph.kind(d) == NodeKind::Application && inUse(int(d)))
                            failedApps.push_back(int(d));
                        stack.push_back(d);
                    }
                }
            }
            byId(failedApps);
            const std::optional<Index> inSwitched = switchedGraph.indexOf(graph.id(Index(c)));
            const bool recovers = inSwitched && !after.isFailed(*inSwitched);
            int doneAt = month; // switches under way since an earlier month keep their start
            bool unknownTime = false;
            QStringList withoutWay;
            for (const int a : failedApps) {
                const auto it = plan.find(a);
                if (it == plan.end()) {
                    withoutWay << id(a);
                    for (const RecoveryStep &s : rejected[a])
                        r.rejected.push_back(s);
                    continue;
                }
                const RecoveryStep &step = stepOf[{a, it->second}];
                r.steps.push_back(step);
                state.alternativesUsed.insert(step.alternative);
                if (step.switchMonths) {
                    const auto started = switchStartedAt.find({step.replaced, step.alternative});
                    const int from = started == switchStartedAt.end() ? month : started->second;
                    doneAt = std::max(doneAt, from + int(std::ceil(*step.switchMonths)));
                } else {
                    unknownTime = true;
                }
            }
            if (!recovers) {
                r.noWayBack = true;
                r.steps.clear();
                state.alternativesUsed.clear();
                r.reason = withoutWay.isEmpty()
                               ? Scenarios::tr("every failed application it needs has an alternative, but switching does not bring it back: "
                                               "it depends on a failed node that no application switch replaces")
                               : Scenarios::tr("no usable alternative for %1 (none recorded, or every one is hit too)").arg(withoutWay.join(QStringLiteral(", ")));
                continue;
            }
            if (unknownTime) {
                r.reason = Scenarios::tr("a switch has no known duration (switch_months missing): the recovery month is unknown");
            } else {
                state.backAt = doneAt;
            }
            for (const RecoveryStep &step : r.steps) {
                if (switchStartedAt.emplace(std::pair(step.replaced, step.alternative), month).second)
                    entry.switchesStarted.push_back(step);
            }
        }
    }

    // --- close the books: recoveries within the horizon, downtime against the MTD ---
    for (auto &[c, state] : states) {
        if (!state.everDown)
            continue;
        CapabilityRecovery &r = state.record;
        double downtime = state.downtime;
        if (state.backAt && *state.backAt < horizon) {
            r.recoveredAt = *state.backAt;
            downtime += double(*state.backAt - state.since);
            ScenarioMonth &back = timeline[*state.backAt];
            back.month = *state.backAt;
            back.capabilitiesBack.push_back(c);
        } else {
            downtime += double(horizon - state.since);
            if (state.backAt && !r.noWayBack && r.reason.isEmpty())
                r.reason = Scenarios::tr("the switch ends after the horizon, in month %1").arg(*state.backAt);
        }
        r.downtimeMonths = downtime;
        if (const std::optional<double> mtd = model.nodes[std::size_t(c)].mtdHours) {
            r.mtdHours = mtd;
            r.exceedsMtd = downtime * 730.0 > *mtd; // a month of 730 hours (8,760 / 12)
        }
        result.capabilities.push_back(r);
    }
    std::sort(result.capabilities.begin(), result.capabilities.end(),
              [&](const CapabilityRecovery &a, const CapabilityRecovery &b) { return idLess(id(a.capability), id(b.capability)); });
    std::sort(result.held.begin(), result.held.end(),
              [&](const HeldByRedundancy &a, const HeldByRedundancy &b) { return idLess(id(a.capability), id(b.capability)); });
    for (auto &[month, entry] : timeline) {
        byId(entry.capabilitiesDown);
        byId(entry.capabilitiesBack);
        result.months.push_back(std::move(entry));
    }
    for (const Index f : propagator.failed())
        result.failed.push_back(int(f));
    byId(result.failed);

    // --- cost over the horizon ---
    // Price factors per supplier, from their month on; a price event on a company applies to
    // everything it and the companies under it provide.
    struct PriceStep {
        int event; ///< counted once per application, however many of its suppliers it reaches
        int month;
        double factor;
    };
    std::vector<std::vector<PriceStep>> priceSteps(static_cast<std::size_t>(n)); // supplier -> steps
    int eventNumber = 0;
    for (const auto &[month, events] : eventsByMonth) {
        for (const Event &event : events) {
            ++eventNumber;
            if (event.type != Event::Type::Price)
                continue;
            const std::optional<Index> s = graph.indexOf(event.node);
            if (!s)
                continue;
            std::vector<int> stack{int(*s)};
            std::set<int> seen{int(*s)};
            while (!stack.empty()) {
                const int at = stack.back();
                stack.pop_back();
                priceSteps[std::size_t(at)].push_back({eventNumber, month, event.factor});
                for (const int sub : subsidiaries[std::size_t(at)]) {
                    if (seen.insert(sub).second)
                        stack.push_back(sub);
                }
            }
        }
    }
    const auto priceFactor = [&](int app, int month) {
        std::map<int, double> applied; // event -> factor
        for (const int s : providers[std::size_t(app)]) {
            for (const PriceStep &step : priceSteps[std::size_t(s)]) {
                if (step.month <= month)
                    applied[step.event] = step.factor;
            }
        }
        double factor = 1;
        for (const auto &[event, f] : applied)
            factor *= f;
        return factor;
    };
    result.monthlyCost.assign(std::size_t(horizon), 0);
    // Every switch begun is paid in its month; a replaced application stops costing when its
    // first switch is done, an alternative costs from the end of its first switch on (even if
    // it is hit later: its contract runs).
    std::map<int, int> switchDone;      // replaced application -> month it is no longer run
    std::map<int, int> alternativeFrom; // alternative -> month it runs from
    for (const auto &[pair, start] : switchStartedAt) {
        const RecoveryStep &step = stepOf[pair];
        if (step.switchCost) {
            result.monthlyCost[std::size_t(start)] += *step.switchCost;
            result.switchingCost += *step.switchCost;
        }
        if (!step.switchMonths)
            continue;
        const int done = start + int(std::ceil(*step.switchMonths));
        const auto keepEarliest = [done](std::map<int, int> &map, int key) {
            const auto [it, inserted] = map.emplace(key, done);
            if (!inserted)
                it->second = std::min(it->second, done);
        };
        keepEarliest(switchDone, pair.first);
        keepEarliest(alternativeFrom, pair.second);
    }
    std::set<int> running; // alternatives that run from their switch on (each counted once)
    for (int a = 0; a < n; ++a) {
        if (!inUse(a))
            continue;
        const double *annual = model.nodes[std::size_t(a)].attributeAs<double>(QStringLiteral("annual_cost"));
        if (!annual) {
            ++result.applicationsWithoutCost;
            continue;
        }
        const auto done = switchDone.find(a);
        for (int m = 0; m < horizon; ++m) {
            result.baselineCost += *annual / 12.0;
            if (done != switchDone.end() && m >= done->second)
                continue; // replaced: the alternative's cost runs instead
            result.monthlyCost[std::size_t(m)] += *annual / 12.0 * priceFactor(a, m);
        }
    }
    for (const auto &[alt, month] : alternativeFrom) {
        if (inUse(alt) || !running.insert(alt).second)
            continue; // an alternative already in use costs what it cost before
        const double *annual = model.nodes[std::size_t(alt)].attributeAs<double>(QStringLiteral("annual_cost"));
        if (!annual) {
            result.notes << Scenarios::tr("%1 has no annual_cost: its running cost after the switch is not counted").arg(id(alt));
            continue;
        }
        for (int m = month; m < horizon; ++m)
            result.monthlyCost[std::size_t(m)] += *annual / 12.0 * priceFactor(alt, m);
    }
    for (const double c : result.monthlyCost)
        result.scenarioCost += c;

    // Ways out of price rises: each alternative of an application whose price rises, if
    // the switch starts when the price first rises (the VMware question: pay or move?).
    for (int a = 0; a < n; ++a) {
        if (!inUse(a) || alternativesOf[std::size_t(a)].empty())
            continue;
        const double *annual = model.nodes[std::size_t(a)].attributeAs<double>(QStringLiteral("annual_cost"));
        int from = -1;
        for (int m = 0; m < horizon && from < 0; ++m) {
            if (priceFactor(a, m) > 1)
                from = m;
        }
        if (!annual || from < 0)
            continue;
        std::vector<PriceExit> exits;
        for (const Edge *e : alternativesOf[std::size_t(a)]) {
            const int alt = int(*graph.indexOf(e->from));
            if (propagator.isFailed(Index(alt)))
                continue;
            PriceExit exit{a, alt, from, e->switchMonths, e->switchCost, 0, {}, {}};
            for (int m = from; m < horizon; ++m)
                exit.stayCost += *annual / 12.0 * priceFactor(a, m);
            const double *altAnnual = model.nodes[std::size_t(alt)].attributeAs<double>(QStringLiteral("annual_cost"));
            if (e->switchMonths && e->switchCost && (altAnnual || inUse(alt))) {
                const int done = std::min(horizon, from + int(std::ceil(*e->switchMonths)));
                double total = *e->switchCost;
                for (int m = from; m < done; ++m)
                    total += *annual / 12.0 * priceFactor(a, m);
                if (!inUse(alt)) { // an alternative already in use runs anyway
                    for (int m = done; m < horizon; ++m)
                        total += *altAnnual / 12.0 * priceFactor(alt, m);
                }
                exit.switchTotal = total;
                exit.saving = exit.stayCost - total;
            }
            exits.push_back(exit);
        }
        std::sort(exits.begin(), exits.end(), [&](const PriceExit &x, const PriceExit &y) {
            if (x.saving.has_value() != y.saving.has_value())
                return x.saving.has_value();
            if (x.saving && *x.saving != *y.saving)
                return *x.saving > *y.saving;
            return idLess(id(x.alternative), id(y.alternative));
        });
        result.priceExits.insert(result.priceExits.end(), exits.begin(), exits.end());
    }

    // --- sovereignty after acquisitions ---
    Model acquired = model;
    bool anyAcquisition = false;
    for (const auto &[month, events] : eventsByMonth) {
        for (const Event &event : events) {
            if (event.type != Event::Type::Acquire)
                continue;
            // Refuse an acquisition that would make ownership circular (the parent is owned,
            // directly or not, by the company it buys).
            std::vector<QString> stack{event.parent};
            std::set<QString> seen{event.parent};
            bool circular = false;
            while (!stack.empty() && !circular) {
                const QString at = stack.back();
                stack.pop_back();
                for (const Edge &e : acquired.edges) {
                    if (e.kind == EdgeKind::SubsidiaryOf && e.from == at && seen.insert(e.to).second) {
                        circular = circular || e.to == event.node;
                        stack.push_back(e.to);
                    }
                }
            }
            if (circular || event.parent == event.node) {
                result.notes << Scenarios::tr("%1 cannot acquire %2: it is owned by it").arg(event.parent, event.node);
                continue;
            }
            std::erase_if(acquired.edges, [&](const Edge &e) { return e.kind == EdgeKind::SubsidiaryOf && e.from == event.node; });
            acquired.edges.push_back(Edge{event.node, event.parent, EdgeKind::SubsidiaryOf});
            anyAcquisition = true;
        }
    }
    if (anyAcquisition) {
        const MethodologyResult afterAcquisitions = assessMethodology(acquired, options.methodology);
        std::map<int, const SovereigntyProfile *> beforeOf;
        for (const SovereigntyProfile &p : before.applicationProfiles)
            beforeOf[p.node] = &p;
        for (const SovereigntyProfile &p : afterAcquisitions.applicationProfiles) {
            const SovereigntyProfile *b = beforeOf[p.node];
            if (b && (b->score != p.score || b->overall != p.overall))
                result.sovereignty.push_back({p.node, b->score, p.score, b->overall, p.overall});
        }
        std::sort(result.sovereignty.begin(), result.sovereignty.end(),
                  [&](const SovereigntyChange &a, const SovereigntyChange &b) { return idLess(id(a.application), id(b.application)); });
        // Legal reach (semantics.md) of each application in use, before and after.
        const FailureGraph acquiredGraph(acquired);
        const auto reachOf = [&](const FailureGraph &g, Index from) {
            std::set<QString> found;
            std::vector<Index> stack{from};
            std::vector<char> seen(g.size(), 0);
            seen[from] = 1;
            while (!stack.empty()) {
                const Index at = stack.back();
                stack.pop_back();
                if (g.kind(at) == NodeKind::Jurisdiction)
                    found.insert(g.id(at));
                for (const Index d : g.dependencies(at)) {
                    if (!seen[d]) {
                        seen[d] = 1;
                        stack.push_back(d);
                    }
                }
            }
            return found;
        };
        for (int a = 0; a < n; ++a) {
            if (!inUse(a))
                continue;
            const std::set<QString> was = reachOf(graph, Index(a)), is = reachOf(acquiredGraph, *acquiredGraph.indexOf(id(a)));
            ReachChange change{a, {}, {}};
            for (const QString &j : is) {
                if (!was.count(j))
                    change.added.push_back(int(*graph.indexOf(j)));
            }
            for (const QString &j : was) {
                if (!is.count(j))
                    change.removed.push_back(int(*graph.indexOf(j)));
            }
            if (!change.added.empty() || !change.removed.empty()) {
                byId(change.added);
                byId(change.removed);
                result.reach.push_back(std::move(change));
            }
        }
        std::sort(result.reach.begin(), result.reach.end(),
                  [&](const ReachChange &x, const ReachChange &y) { return idLess(id(x.application), id(y.application)); });
        for (std::size_t i = 0; i < before.concentration.size() && i < afterAcquisitions.concentration.size(); ++i) {
            const ConcentrationIndex &b = before.concentration[i], &a = afterAcquisitions.concentration[i];
            result.concentration.push_back({b.dimension, b.weighting, b.hhi, a.hhi});
        }
    }
    return result;
}

} // namespace antrum
