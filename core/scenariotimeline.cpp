// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariotimeline.h"

#include <algorithm>
#include <set>
#include <utility>

namespace antrum {

namespace {

QString idOf(const Model &model, int node)
{
    return node >= 0 && std::size_t(node) < model.nodes.size() ? model.nodes[std::size_t(node)].id : QString();
}

TimelineStep stepOf(const Model &model, const RecoveryStep &s)
{
    return TimelineStep{idOf(model, s.replaced), idOf(model, s.alternative), s.switchMonths, s.switchCost};
}

void addUnique(QStringList &ids, const QString &id)
{
    if (!id.isEmpty() && !ids.contains(id))
        ids << id;
}

bool contains(const std::vector<int> &list, int value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// The months [from, to) in which `capability` is down, from the timeline's "down" and "back".
/// In a month where it is both: a capability already down comes back and goes down again (no
/// gap); one that was up goes down and comes back at once (a switch of 0 months). A capability
/// listed as going down while it is down came back in between without a "back" month (the
/// simulation lists only the last recovery): that stretch's end follows from the downtime the
/// simulation counted.
std::vector<std::pair<int, int>> downIntervals(const ScenarioResult &result, const CapabilityRecovery &c, int horizon)
{
    struct Stretch {
        int from = 0;
        int to = 0;
        bool endKnown = true;
    };
    std::vector<Stretch> stretches;
    int openFrom = -1; // the month the open stretch began; -1: up
    for (const ScenarioMonth &m : result.months) {
        const bool down = contains(m.capabilitiesDown, c.capability);
        const bool back = contains(m.capabilitiesBack, c.capability);
        if (openFrom >= 0) {
            if (back) {
                stretches.push_back({openFrom, m.month, true});
                openFrom = down ? m.month : -1;
            } else if (down) {
                stretches.push_back({openFrom, m.month, false}); // back at some month up to now
                openFrom = m.month;
            }
        } else if (down) {
            if (back)
                stretches.push_back({m.month, m.month, true});
            else
                openFrom = m.month;
        }
    }
    if (openFrom >= 0)
        stretches.push_back({openFrom, std::max(openFrom, horizon), true});
    if (stretches.empty()) // a result without a timeline: what the capability itself says
        stretches.push_back({c.downFrom, c.recoveredAt.value_or(std::max(c.downFrom, horizon)), true});
    double missing = c.downtimeMonths;
    for (const Stretch &s : stretches)
        missing -= s.endKnown ? s.to - s.from : 0;
    std::vector<std::pair<int, int>> intervals;
    for (const Stretch &s : stretches) {
        int to = s.to;
        if (!s.endKnown) {
            to = s.from + int(std::clamp(missing, 0.0, double(s.to - s.from)));
            missing -= to - s.from;
        }
        intervals.emplace_back(s.from, to);
    }
    return intervals;
}

TimelineRow rowOf(const Model &model, const ScenarioResult &result, const CapabilityRecovery &c)
{
    TimelineRow row;
    row.id = idOf(model, c.capability);
    if (const Node *node = model.findNode(row.id)) {
        row.name = node->name.isEmpty() ? node->id : node->name;
        row.criticality = node->effectiveCriticality();
    } else {
        row.name = row.id;
    }
    row.downFrom = c.downFrom;
    row.recoveredAt = c.recoveredAt;
    row.horizonMonths = result.horizonMonths;
    row.downtimeMonths = c.downtimeMonths;
    if (c.mtdHours)
        row.mtdMonths = *c.mtdHours / HoursPerMonth;
    row.exceedsMtd = c.exceedsMtd;
    row.noWayBack = c.noWayBack;
    row.reason = c.reason;
    row.nodeIds << row.id;
    for (const RecoveryStep &s : c.steps) {
        row.steps.push_back(stepOf(model, s));
        addUnique(row.nodeIds, row.steps.back().replaced);
        addUnique(row.nodeIds, row.steps.back().alternative);
    }
    for (const RecoveryStep &s : c.rejected)
        row.rejected.push_back(stepOf(model, s));

    double used = 0;
    double lastEnd = c.downFrom;
    for (const auto &[from, to] : downIntervals(result, c, result.horizonMonths)) {
        const double a = from, b = to;
        lastEnd = b;
        if (!row.mtdMonths) {
            if (b > a)
                row.segments.push_back({a, b, DowntimeState::MtdUnknown});
            continue;
        }
        const double mtd = *row.mtdMonths;
        const double remaining = mtd - used;
        if (!row.mtdRunsOutAt && remaining <= b - a)
            row.mtdRunsOutAt = a + std::max(0.0, remaining);
        if (b > a) {
            if (remaining >= b - a) {
                row.segments.push_back({a, b, DowntimeState::WithinMtd});
            } else if (remaining > 0) {
                row.segments.push_back({a, a + remaining, DowntimeState::WithinMtd});
                row.segments.push_back({a + remaining, b, DowntimeState::BeyondMtd});
            } else {
                row.segments.push_back({a, b, DowntimeState::BeyondMtd});
            }
        }
        used += b - a;
    }
    if (row.mtdMonths && !row.mtdRunsOutAt)
        row.mtdRunsOutAt = lastEnd + (*row.mtdMonths - used);
    return row;
}

} // namespace

std::vector<TimelineRow> scenarioTimeline(const Model &model, const ScenarioResult &result)
{
    std::vector<TimelineRow> rows;
    rows.reserve(result.capabilities.size());
    for (const CapabilityRecovery &c : result.capabilities)
        rows.push_back(rowOf(model, result, c));
    std::stable_sort(rows.begin(), rows.end(), [](const TimelineRow &a, const TimelineRow &b) {
        const bool openA = !a.recoveredAt, openB = !b.recoveredAt;
        if (openA != openB)
            return openA;
        if (a.downtimeMonths != b.downtimeMonths)
            return a.downtimeMonths > b.downtimeMonths;
        return a.id < b.id;
    });
    return rows;
}

std::vector<DowntimeBar> downtimeVersusLimit(const Model &model, const ScenarioResult &result)
{
    std::vector<DowntimeBar> bars;
    for (const TimelineRow &row : scenarioTimeline(model, result)) {
        DowntimeBar bar;
        bar.id = row.id;
        bar.name = row.name;
        bar.downtimeMonths = row.downtimeMonths;
        bar.mtdMonths = row.mtdMonths;
        bar.exceedsMtd = row.exceedsMtd;
        bar.noWayBack = row.noWayBack;
        bar.nodeIds = row.nodeIds;
        if (row.mtdMonths) {
            bar.withinMonths = std::min(row.downtimeMonths, *row.mtdMonths);
            bar.beyondMonths = row.downtimeMonths - bar.withinMonths;
        } else {
            bar.unknownMonths = row.downtimeMonths;
        }
        bars.push_back(std::move(bar));
    }
    return bars;
}

std::vector<CostPoint> scenarioCostSeries(const Model &model, const ScenarioResult &result)
{
    const int months = int(result.monthlyCost.size());
    std::vector<CostPoint> series(static_cast<std::size_t>(months));
    const double baselinePerMonth = months > 0 ? result.baselineCost / months : 0.0;
    double scenario = 0;
    for (int m = 0; m < months; ++m) {
        CostPoint &p = series[std::size_t(m)];
        p.month = m;
        p.monthly = result.monthlyCost[std::size_t(m)];
        scenario += p.monthly;
        p.scenario = scenario;
        p.baseline = baselinePerMonth * (m + 1);
    }
    for (const ScenarioMonth &sm : result.months) {
        if (sm.month < 0 || sm.month >= months)
            continue;
        CostPoint &p = series[std::size_t(sm.month)];
        for (const RecoveryStep &s : sm.switchesStarted) {
            p.switches.push_back(stepOf(model, s));
            p.switching += s.switchCost.value_or(0.0);
            addUnique(p.nodeIds, p.switches.back().replaced);
            addUnique(p.nodeIds, p.switches.back().alternative);
        }
    }
    return series;
}

std::vector<CostPoint> switchingPoints(const std::vector<CostPoint> &series)
{
    std::vector<CostPoint> points;
    std::copy_if(series.begin(), series.end(), std::back_inserter(points),
                 [](const CostPoint &p) { return !p.switches.empty(); });
    return points;
}

QStringList failedNodesAt(const Model &model, const ScenarioResult &result, int month)
{
    std::set<QString> ids;
    for (const ScenarioMonth &m : result.months) {
        if (m.month > month)
            break;
        for (const int n : m.newlyFailed)
            ids.insert(idOf(model, n));
    }
    ids.erase(QString());
    return QStringList(ids.begin(), ids.end());
}

QStringList failedNodesAtEnd(const Model &model, const ScenarioResult &result)
{
    std::set<QString> ids;
    for (const int n : result.failed)
        ids.insert(idOf(model, n));
    ids.erase(QString());
    return QStringList(ids.begin(), ids.end());
}

} // namespace antrum
