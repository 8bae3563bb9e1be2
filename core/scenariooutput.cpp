// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariooutput.h"

#include "analysisoutput.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace antrum {

namespace {

/// The translation context of the scenario tables.
struct ScenarioOutput {
    Q_DECLARE_TR_FUNCTIONS(ScenarioOutput)
};

double round2(double v) { return roundForOutput(v, 2); }

QString money(double euros) { return QStringLiteral("€ ") + QLocale(QLocale::English).toString(std::round(euros), 'f', 0); }

QString eventText(const Event &e)
{
    switch (e.type) {
    case Event::Type::Fail:
        return ScenarioOutput::tr("%1 fails").arg(e.node);
    case Event::Type::Price:
        return ScenarioOutput::tr("%1 becomes %2 times as expensive").arg(e.node, QString::number(e.factor, 'g', 4));
    case Event::Type::Acquire:
        return ScenarioOutput::tr("%1 is acquired by %2").arg(e.node, e.parent);
    }
    return {};
}

QString policyText(RecoveryPolicy p)
{
    switch (p) {
    case RecoveryPolicy::Fastest:
        return ScenarioOutput::tr("fastest");
    case RecoveryPolicy::Cheapest:
        return ScenarioOutput::tr("cheapest");
    case RecoveryPolicy::MostSovereign:
        return ScenarioOutput::tr("most sovereign");
    }
    return {};
}

void writeStep(JsonWriter &w, const Model &model, const RecoveryStep &s)
{
    w.beginObject();
    w.key(u"replace");
    w.value(model.nodes[std::size_t(s.replaced)].id);
    w.key(u"with");
    w.value(model.nodes[std::size_t(s.alternative)].id);
    w.key(u"switch_months");
    s.switchMonths ? w.value(*s.switchMonths) : w.null();
    w.key(u"switch_cost");
    s.switchCost ? w.value(*s.switchCost) : w.null();
    w.key(u"sovereignty_score");
    w.value(round2(s.alternativeScore));
    w.endObject();
}

QString stepText(const Model &model, const RecoveryStep &s)
{
    return ScenarioOutput::tr("%1 → %2 (%3, %4)")
        .arg(model.nodes[std::size_t(s.replaced)].id, model.nodes[std::size_t(s.alternative)].id,
             s.switchMonths ? ScenarioOutput::tr("%1 months").arg(*s.switchMonths) : ScenarioOutput::tr("time unknown"),
             s.switchCost ? money(*s.switchCost) : ScenarioOutput::tr("cost unknown"));
}

} // namespace

QByteArray scenarioToJson(const Model &model, const ScenarioResult &r)
{
    const auto id = [&](int n) -> const QString & { return model.nodes[std::size_t(n)].id; };
    const auto ids = [&](const std::vector<int> &nodes) {
        QStringList out;
        for (const int n : nodes)
            out << id(n);
        return out;
    };
    JsonWriter w;
    w.beginObject();
    w.key(u"scenario");
    w.beginObject();
    w.key(u"id");
    w.value(r.scenarioId);
    w.key(u"name");
    w.value(r.scenarioName);
    w.endObject();
    w.key(u"horizon_months");
    w.value(r.horizonMonths);
    w.key(u"policy");
    w.value(toString(r.policy));
    w.key(u"timeline");
    w.beginArray();
    for (const ScenarioMonth &m : r.months) {
        w.beginObject();
        w.key(u"month");
        w.value(m.month);
        w.key(u"events");
        w.beginArray();
        for (const Event &e : m.events) {
            w.beginObject();
            w.key(u"type");
            w.value(toString(e.type));
            w.key(u"node");
            w.value(e.node);
            if (e.type == Event::Type::Price) {
                w.key(u"factor");
                w.value(e.factor);
            } else if (e.type == Event::Type::Acquire) {
                w.key(u"parent");
                w.value(e.parent);
            }
            w.endObject();
        }
        w.endArray();
        w.key(u"failed");
        w.value(ids(m.newlyFailed));
        w.key(u"capabilities_down");
        w.value(ids(m.capabilitiesDown));
        w.key(u"capabilities_back");
        w.value(ids(m.capabilitiesBack));
        w.key(u"switches_started");
        w.beginArray();
        for (const RecoveryStep &s : m.switchesStarted)
            writeStep(w, model, s);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key(u"capabilities");
    w.beginArray();
    for (const CapabilityRecovery &c : r.capabilities) {
        w.beginObject();
        w.key(u"id");
        w.value(id(c.capability));
        w.key(u"down_from");
        w.value(c.downFrom);
        w.key(u"recovered_at");
        c.recoveredAt ? w.value(*c.recoveredAt) : w.null();
        w.key(u"downtime_months");
        w.value(round2(c.downtimeMonths));
        w.key(u"mtd_hours");
        c.mtdHours ? w.value(*c.mtdHours) : w.null();
        w.key(u"exceeds_mtd");
        c.exceedsMtd ? w.value(*c.exceedsMtd) : w.null();
        w.key(u"no_way_back");
        w.value(c.noWayBack);
        w.key(u"reason");
        c.reason.isEmpty() ? w.null() : w.value(c.reason);
        w.key(u"recovery");
        w.beginArray();
        for (const RecoveryStep &s : c.steps)
            writeStep(w, model, s);
        w.endArray();
        w.key(u"alternatives_hit");
        w.beginArray();
        for (const RecoveryStep &s : c.rejected)
            writeStep(w, model, s);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key(u"held_by_redundancy");
    w.beginArray();
    for (const HeldByRedundancy &h : r.held) {
        w.beginObject();
        w.key(u"id");
        w.value(id(h.capability));
        w.key(u"month");
        w.value(h.month);
        w.key(u"lost");
        w.value(ids(h.lost));
        w.endObject();
    }
    w.endArray();
    w.key(u"failed");
    w.value(ids(r.failed));
    w.key(u"cost");
    w.beginObject();
    w.key(u"baseline");
    w.value(round2(r.baselineCost));
    w.key(u"scenario");
    w.value(round2(r.scenarioCost));
    w.key(u"extra");
    w.value(round2(r.scenarioCost - r.baselineCost));
    w.key(u"switching");
    w.value(round2(r.switchingCost));
    w.key(u"applications_without_cost");
    w.value(r.applicationsWithoutCost);
    w.key(u"by_month");
    w.beginArray();
    for (const double c : r.monthlyCost)
        w.value(round2(c));
    w.endArray();
    w.endObject();
    w.key(u"price_exits");
    w.beginArray();
    for (const PriceExit &x : r.priceExits) {
        w.beginObject();
        w.key(u"id");
        w.value(id(x.application));
        w.key(u"alternative");
        w.value(id(x.alternative));
        w.key(u"from_month");
        w.value(x.from);
        w.key(u"switch_months");
        x.switchMonths ? w.value(*x.switchMonths) : w.null();
        w.key(u"switch_cost");
        x.switchCost ? w.value(*x.switchCost) : w.null();
        w.key(u"cost_staying");
        w.value(round2(x.stayCost));
        w.key(u"cost_switching");
        x.switchTotal ? w.value(round2(*x.switchTotal)) : w.null();
        w.key(u"saving");
        x.saving ? w.value(round2(*x.saving)) : w.null();
        w.endObject();
    }
    w.endArray();
    w.key(u"sovereignty");
    w.beginObject();
    w.key(u"applications");
    w.beginArray();
    for (const SovereigntyChange &c : r.sovereignty) {
        w.beginObject();
        w.key(u"id");
        w.value(id(c.application));
        w.key(u"score_before");
        w.value(round2(c.scoreBefore));
        w.key(u"score_after");
        w.value(round2(c.scoreAfter));
        w.key(u"overall_seal_before");
        c.overallBefore ? w.value(*c.overallBefore) : w.null();
        w.key(u"overall_seal_after");
        c.overallAfter ? w.value(*c.overallAfter) : w.null();
        w.endObject();
    }
    w.endArray();
    w.key(u"reach");
    w.beginArray();
    for (const ReachChange &c : r.reach) {
        w.beginObject();
        w.key(u"id");
        w.value(id(c.application));
        w.key(u"added");
        w.value(ids(c.added));
        w.key(u"removed");
        w.value(ids(c.removed));
        w.endObject();
    }
    w.endArray();
    w.key(u"concentration");
    w.beginArray();
    for (const ConcentrationChange &c : r.concentration) {
        w.beginObject();
        w.key(u"dimension");
        w.value(c.dimension);
        w.key(u"weighting");
        w.value(c.weighting);
        w.key(u"hhi_before");
        w.value(round2(c.hhiBefore));
        w.key(u"hhi_after");
        w.value(round2(c.hhiAfter));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.key(u"notes");
    w.value(r.notes);
    w.endObject();
    return w.take() + '\n';
}

QString scenarioToText(const Model &model, const ScenarioResult &r)
{
    const auto id = [&](int n) -> const QString & { return model.nodes[std::size_t(n)].id; };
    const auto list = [&](const std::vector<int> &nodes) {
        QStringList out;
        for (const int n : nodes)
            out << id(n);
        return out.join(QStringLiteral(", "));
    };
    QString out = ScenarioOutput::tr("Scenario %1 (%2): %3 months, ways back ranked %4\n\n")
                      .arg(r.scenarioName, r.scenarioId)
                      .arg(r.horizonMonths)
                      .arg(policyText(r.policy));
    out += ScenarioOutput::tr("Timeline\n");
    for (const ScenarioMonth &m : r.months) {
        out += ScenarioOutput::tr("  month %1\n").arg(m.month);
        for (const Event &e : m.events)
            out += QStringLiteral("    ") + eventText(e) + u'\n';
        if (!m.newlyFailed.empty())
            out += ScenarioOutput::tr("    %1 nodes fail\n").arg(m.newlyFailed.size());
        if (!m.capabilitiesDown.empty())
            out += ScenarioOutput::tr("    down: %1\n").arg(list(m.capabilitiesDown));
        for (const RecoveryStep &s : m.switchesStarted)
            out += ScenarioOutput::tr("    switch begins: %1\n").arg(stepText(model, s));
        if (!m.capabilitiesBack.empty())
            out += ScenarioOutput::tr("    back: %1\n").arg(list(m.capabilitiesBack));
    }

    QList<QStringList> rows;
    for (const CapabilityRecovery &c : r.capabilities) {
        const QString mtd = c.mtdHours ? ScenarioOutput::tr("%1 h").arg(*c.mtdHours) : ScenarioOutput::tr("unknown");
        const QString verdict = !c.exceedsMtd ? QStringLiteral("–") : *c.exceedsMtd ? ScenarioOutput::tr("EXCEEDED") : ScenarioOutput::tr("within");
        QStringList way;
        for (const RecoveryStep &s : c.steps)
            way << stepText(model, s);
        const QString plan = c.noWayBack ? ScenarioOutput::tr("NO WAY BACK: %1").arg(c.reason)
                                         : way.join(QStringLiteral("; ")) + (c.reason.isEmpty() ? QString() : QStringLiteral(" — ") + c.reason);
        rows << QStringList{id(c.capability), QString::number(c.downFrom),
                            c.recoveredAt ? QString::number(*c.recoveredAt) : QStringLiteral("–"),
                            QString::number(c.downtimeMonths, 'f', 0), mtd, verdict, plan};
    }
    out += u'\n';
    if (rows.isEmpty()) {
        out += ScenarioOutput::tr("No capability goes down.\n");
    } else {
        out += ScenarioOutput::tr("Capabilities that go down, and the way back\n");
        out += formatTable({ScenarioOutput::tr("Capability"), ScenarioOutput::tr("Down"), ScenarioOutput::tr("Back"),
                            ScenarioOutput::tr("Months"), ScenarioOutput::tr("MTD"), ScenarioOutput::tr("MTD kept"),
                            ScenarioOutput::tr("Way back")},
                           rows, {false, true, true, true, true, false, false});
    }
    if (!r.held.empty()) {
        out += u'\n' + ScenarioOutput::tr("Kept up by redundancy\n");
        for (const HeldByRedundancy &h : r.held)
            out += ScenarioOutput::tr("  %1 (month %2) lost %3\n").arg(id(h.capability)).arg(h.month).arg(list(h.lost));
    }
    out += u'\n' + ScenarioOutput::tr("Cost over %1 months: %2 without the scenario, %3 with it (%4 more; switching %5).\n")
                       .arg(r.horizonMonths)
                       .arg(money(r.baselineCost), money(r.scenarioCost), money(r.scenarioCost - r.baselineCost), money(r.switchingCost));
    if (r.applicationsWithoutCost > 0)
        out += ScenarioOutput::tr("%1 applications have no annual cost on record and are not counted.\n").arg(r.applicationsWithoutCost);
    if (!r.priceExits.empty()) {
        QList<QStringList> exits;
        for (const PriceExit &x : r.priceExits) {
            const QString verdict = !x.saving ? ScenarioOutput::tr("unknown (switch time, switch cost or the alternative's annual cost missing)")
                                    : *x.saving > 0 ? ScenarioOutput::tr("switching saves %1").arg(money(*x.saving))
                                                    : ScenarioOutput::tr("staying is %1 cheaper").arg(money(-*x.saving));
            exits << QStringList{id(x.application), id(x.alternative), QString::number(x.from),
                                 x.switchMonths ? QString::number(*x.switchMonths) : QStringLiteral("–"),
                                 x.switchCost ? money(*x.switchCost) : QStringLiteral("–"), money(x.stayCost),
                                 x.switchTotal ? money(*x.switchTotal) : QStringLiteral("–"), verdict};
        }
        out += u'\n' + ScenarioOutput::tr("Ways out of the price rise (switching from the month the price rises, to the end of the horizon)\n");
        out += formatTable({ScenarioOutput::tr("Application"), ScenarioOutput::tr("Alternative"), ScenarioOutput::tr("From"),
                            ScenarioOutput::tr("Months"), ScenarioOutput::tr("Switch"), ScenarioOutput::tr("Staying"),
                            ScenarioOutput::tr("Switching"), ScenarioOutput::tr("Verdict")},
                           exits, {false, false, true, true, true, true, true, false});
    }
    if (!r.reach.empty()) {
        out += u'\n' + ScenarioOutput::tr("Legal reach after the acquisitions\n");
        for (const ReachChange &c : r.reach) {
            out += ScenarioOutput::tr("  %1: %2%3\n")
                       .arg(id(c.application),
                            c.added.empty() ? QString() : ScenarioOutput::tr("comes into reach of %1").arg(list(c.added)),
                            c.removed.empty() ? QString()
                                              : (c.added.empty() ? QString() : QStringLiteral("; ")) + ScenarioOutput::tr("leaves the reach of %1").arg(list(c.removed)));
        }
    }
    if (!r.sovereignty.empty()) {
        out += u'\n' + ScenarioOutput::tr("Sovereignty after the acquisitions\n");
        for (const SovereigntyChange &c : r.sovereignty) {
            out += ScenarioOutput::tr("  %1: score %2 → %3, weakest SEAL %4 → %5\n")
                       .arg(id(c.application), QString::number(c.scoreBefore, 'f', 1), QString::number(c.scoreAfter, 'f', 1),
                            c.overallBefore ? QString::number(*c.overallBefore) : QStringLiteral("–"),
                            c.overallAfter ? QString::number(*c.overallAfter) : QStringLiteral("–"));
        }
    }
    bool hhiHeading = false;
    for (const ConcentrationChange &c : r.concentration) {
        if (std::abs(c.hhiAfter - c.hhiBefore) < 0.5)
            continue;
        if (!hhiHeading)
            out += u'\n' + ScenarioOutput::tr("Concentration after the acquisitions\n");
        hhiHeading = true;
        const QString by = c.dimension == u"ultimate_parent" ? ScenarioOutput::tr("ultimate parent")
                           : c.dimension == u"jurisdiction"  ? ScenarioOutput::tr("jurisdiction of the parent")
                                                             : ScenarioOutput::tr("host operator");
        const QString weighted = c.weighting == u"criticality" ? ScenarioOutput::tr("criticality") : ScenarioOutput::tr("annual cost");
        out += ScenarioOutput::tr("  HHI by %1, weighted by %2: %3 → %4\n")
                   .arg(by, weighted, QString::number(c.hhiBefore, 'f', 0), QString::number(c.hhiAfter, 'f', 0));
    }
    for (const QString &note : r.notes)
        out += ScenarioOutput::tr("Note: %1\n").arg(note);
    return out;
}

} // namespace antrum
