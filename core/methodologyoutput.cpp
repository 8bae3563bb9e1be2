// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodologyoutput.h"

#include "analysisoutput.h"
#include "dependencyanalysis.h"
#include "jsonwriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <cmath>

namespace antrum {

namespace {

/// The translation context of the methodology's tables.
struct MethodologyOutput {
    Q_DECLARE_TR_FUNCTIONS(MethodologyOutput)
};

/// Scores with two decimals, shares with four: what a reader can use, stable across builds.
double round2(double v) { return roundForOutput(v, 2); }
double round4(double v) { return roundForOutput(v, 4); }

QString pct(double share) { return QString::number(100.0 * share, 'f', 0) + u'%'; }
QString score(double v) { return QString::number(v, 'f', 1); }

template <typename T, typename Id>
std::vector<const T *> sortedBy(const std::vector<T> &items, const Model &model, Id id)
{
    std::vector<const T *> out;
    for (const T &item : items)
        out.push_back(&item);
    std::sort(out.begin(), out.end(), [&](const T *a, const T *b) {
        return idLess(model.nodes[std::size_t(id(*a))].id, model.nodes[std::size_t(id(*b))].id);
    });
    return out;
}

void writeScore(JsonWriter &w, const LockInScore &s, bool applicable = true)
{
    w.key(u"score");
    applicable ? w.value(round2(s.score)) : w.null();
    w.key(u"best");
    applicable ? w.value(round2(s.best)) : w.null();
    w.key(u"known_share");
    w.value(round4(s.knownShare));
    w.key(u"factors");
    w.beginObject();
    for (int i = 0; i < LockInFactorCount; ++i) {
        w.key(factorKey(LockInFactor(i)));
        const FactorValue &f = s.factors[std::size_t(i)];
        f.value ? w.value(round4(*f.value)) : w.null();
    }
    w.endObject();
    w.key(u"basis");
    w.beginObject();
    for (int i = 0; i < LockInFactorCount; ++i) {
        const FactorValue &f = s.factors[std::size_t(i)];
        if (f.value) {
            w.key(factorKey(LockInFactor(i)));
            w.value(f.basis);
        }
    }
    w.endObject();
    w.key(u"overridden");
    QStringList overridden;
    for (int i = 0; i < LockInFactorCount; ++i) {
        if (s.factors[std::size_t(i)].overridden)
            overridden << factorKey(LockInFactor(i));
    }
    w.value(overridden);
}

void writeProfile(JsonWriter &w, const Model &model, const SovereigntyProfile &p)
{
    w.beginObject();
    w.key(u"id");
    w.value(model.nodes[std::size_t(p.node)].id);
    w.key(u"score");
    w.value(round2(p.score));
    w.key(u"best");
    w.value(round2(p.best));
    w.key(u"known_share");
    w.value(round4(p.knownShare));
    w.key(u"overall_seal");
    p.overall ? w.value(*p.overall) : w.null();
    w.key(u"passes_gates");
    p.passesGates ? w.value(*p.passesGates) : w.null();
    w.key(u"objectives");
    w.beginObject();
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
        const SealValue &s = p.objectives[std::size_t(i)];
        w.key(objectiveKey(i));
        w.beginObject();
        w.key(u"seal");
        s.level ? w.value(*s.level) : w.null();
        w.key(u"derived");
        s.derived ? w.value(*s.derived) : w.null();
        w.key(u"assessed");
        w.value(s.assessed);
        w.key(u"basis");
        w.value(s.basis);
        w.endObject();
    }
    w.endObject();
    if (!p.gates.empty()) {
        w.key(u"gates");
        w.beginArray();
        for (const GateResult &g : p.gates) {
            w.beginObject();
            w.key(u"objective");
            w.value(objectiveKey(g.objective));
            w.key(u"minimum");
            w.value(g.minimum);
            w.key(u"passed");
            g.passed ? w.value(*g.passed) : w.null();
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

/// The three heaviest contributions to a score, for a table cell: "license 1.00, ...".
QString mainFactors(const LockInScore &s, const MethodologySettings &settings)
{
    std::vector<std::pair<double, int>> parts;
    for (int i = 0; i < LockInFactorCount; ++i) {
        const FactorValue &f = s.factors[std::size_t(i)];
        parts.push_back({settings.lockInWeights[std::size_t(i)] * f.value.value_or(1.0), i});
    }
    std::stable_sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (std::size_t k = 0; k < parts.size() && out.size() < 3; ++k) {
        if (parts[k].first <= 0)
            break;
        const FactorValue &f = s.factors[std::size_t(parts[k].second)];
        out << factorKey(LockInFactor(parts[k].second)) + u' '
                   + (f.value ? QString::number(*f.value, 'f', 2) : MethodologyOutput::tr("unknown"));
    }
    return out.join(QStringLiteral(", "));
}

QString sealCell(const SealValue &s)
{
    if (!s.level)
        return QStringLiteral("–");
    return QString::number(*s.level) + (s.assessed ? QStringLiteral("*") : QString());
}

QString problemName(const QString &problem)
{
    if (problem == u"missing")
        return MethodologyOutput::tr("missing");
    if (problem == u"stale")
        return MethodologyOutput::tr("stale");
    if (problem == u"low_confidence")
        return MethodologyOutput::tr("low confidence");
    return MethodologyOutput::tr("invalid");
}

} // namespace

void writeCapabilityLockIn(JsonWriter &w, const Model &model, const CapabilityLockIn &c)
{
    w.beginObject();
    writeScore(w, c.lockIn, c.drivenBy.has_value());
    w.key(u"driven_by");
    c.drivenBy ? w.value(model.nodes[std::size_t(*c.drivenBy)].id) : w.null();
    w.key(u"applications");
    QStringList apps;
    for (const int a : c.applications)
        apps << model.nodes[std::size_t(a)].id;
    std::sort(apps.begin(), apps.end(), [](const QString &a, const QString &b) { return idLess(a, b); });
    w.value(apps);
    w.endObject();
}

void writeMethodologyMembers(JsonWriter &w, const Model &model, const MethodologyResult &r)
{
    const auto id = [&](int n) -> const QString & { return model.nodes[std::size_t(n)].id; };
    const auto ids = [&](std::vector<int> nodes) {
        QStringList out;
        for (const int n : nodes)
            out << id(n);
        std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return idLess(a, b); });
        return out;
    };

    w.key(u"lock_in");
    w.beginObject();
    w.key(u"weights");
    w.beginObject();
    for (int i = 0; i < LockInFactorCount; ++i) {
        w.key(factorKey(LockInFactor(i)));
        w.value(r.settings.lockInWeights[std::size_t(i)]);
    }
    w.endObject();
    w.key(u"as_of");
    w.value(r.settings.asOf.toString(Qt::ISODate));
    w.key(u"applications");
    w.beginArray();
    for (const ApplicationLockIn *a : sortedBy(r.applications, model, [](const ApplicationLockIn &x) { return x.node; })) {
        w.beginObject();
        w.key(u"id");
        w.value(id(a->node));
        w.key(u"name");
        w.value(model.nodes[std::size_t(a->node)].name);
        w.key(u"candidate");
        w.value(a->candidate);
        writeScore(w, a->lockIn);
        w.endObject();
    }
    w.endArray();
    w.key(u"supplier_groups");
    w.beginArray();
    for (const SupplierGroupLockIn *g : sortedBy(r.supplierGroups, model, [](const SupplierGroupLockIn &x) { return x.parent; })) {
        w.beginObject();
        w.key(u"parent");
        w.value(id(g->parent));
        w.key(u"name");
        w.value(model.nodes[std::size_t(g->parent)].name);
        w.key(u"applications");
        w.value(ids(g->applications));
        w.key(u"mean_score");
        w.value(round2(g->meanScore));
        w.key(u"max_score");
        w.value(round2(g->maxScore));
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key(u"concentration");
    w.beginObject();
    w.key(u"thresholds");
    w.beginObject();
    w.key(u"moderate");
    w.value(r.settings.hhiModerate);
    w.key(u"high");
    w.value(r.settings.hhiHigh);
    w.endObject();
    w.key(u"indices");
    w.beginArray();
    for (const ConcentrationIndex &c : r.concentration) {
        w.beginObject();
        w.key(u"dimension");
        w.value(c.dimension);
        w.key(u"weighting");
        w.value(c.weighting);
        w.key(u"hhi");
        w.value(round2(c.hhi));
        w.key(u"cr1");
        w.value(round4(c.cr1));
        w.key(u"cr3");
        w.value(round4(c.cr3));
        w.key(u"level");
        w.value(toString(c.level));
        w.key(u"unknown_share");
        w.value(round4(c.unknownShare));
        w.key(u"applications_without_weight");
        w.value(c.applicationsWithoutWeight);
        if (c.dimension == u"jurisdiction") {
            w.key(u"non_eu_share");
            w.value(round4(c.nonEuShare));
        }
        w.key(u"shares");
        w.beginArray();
        for (const Share &s : c.shares) {
            w.beginObject();
            w.key(u"id");
            w.value(id(s.node));
            w.key(u"share");
            w.value(round4(s.share));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key(u"sovereignty");
    w.beginObject();
    w.key(u"weights");
    w.beginObject();
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
        w.key(objectiveKey(i));
        w.value(SovereigntyWeights[std::size_t(i)]);
    }
    w.endObject();
    w.key(u"gates");
    w.beginObject();
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
        if (r.settings.sealGates[std::size_t(i)]) {
            w.key(objectiveKey(i));
            w.value(*r.settings.sealGates[std::size_t(i)]);
        }
    }
    w.endObject();
    w.key(u"applications");
    w.beginArray();
    for (const SovereigntyProfile *p : sortedBy(r.applicationProfiles, model, [](const SovereigntyProfile &x) { return x.node; }))
        writeProfile(w, model, *p);
    w.endArray();
    w.key(u"supplier_groups");
    w.beginArray();
    for (const SovereigntyProfile *p : sortedBy(r.groupProfiles, model, [](const SovereigntyProfile &x) { return x.node; }))
        writeProfile(w, model, *p);
    w.endArray();
    w.endObject();

    const DataQuality &q = r.dataQuality;
    w.key(u"data_quality");
    w.beginObject();
    w.key(u"applications");
    w.value(q.applications);
    w.key(u"lock_in_known_share");
    w.value(round4(q.lockInKnownShare));
    w.key(u"sovereignty_known_share");
    w.value(round4(q.sovereigntyKnownShare));
    w.key(u"concentration_known_share");
    w.value(round4(q.concentrationKnownShare));
    w.key(u"settings_problems");
    w.value(q.settingsProblems);
    // Counts of every gap by fact and problem, then the most important gaps themselves (a
    // 100,000-node landscape has hundreds of thousands; the API has them all).
    std::map<std::pair<QString, QString>, int> counts;
    for (const DataQualityItem &item : q.items)
        ++counts[{item.attribute, item.problem}];
    w.key(u"counts");
    w.beginArray();
    for (const auto &[key, count] : counts) {
        w.beginObject();
        w.key(u"attribute");
        w.value(key.first);
        w.key(u"problem");
        w.value(key.second);
        w.key(u"count");
        w.value(count);
        w.endObject();
    }
    w.endArray();
    w.key(u"items_total");
    w.value(qint64(q.items.size()));
    w.key(u"items");
    w.beginArray();
    for (std::size_t i = 0; i < q.items.size() && i < std::size_t(MaxDataQualityItemsInJson); ++i) {
        const DataQualityItem &item = q.items[i];
        w.beginObject();
        w.key(u"id");
        w.value(id(item.node));
        w.key(u"attribute");
        w.value(item.attribute);
        w.key(u"problem");
        w.value(item.problem);
        w.key(u"affects");
        w.value(item.affects);
        w.key(u"importance");
        w.value(round2(item.importance));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QString methodologyToText(const Model &model, const MethodologyResult &r, int maxItems)
{
    const auto id = [&](int n) -> const QString & { return model.nodes[std::size_t(n)].id; };
    QString out;

    QList<QStringList> rows;
    for (const CapabilityLockIn *c : sortedBy(r.capabilities, model, [](const CapabilityLockIn &x) { return x.node; })) {
        if (!c->drivenBy) {
            rows << QStringList{id(c->node), QStringLiteral("–"), QStringLiteral("–"), MethodologyOutput::tr("needs no application"), QString()};
            continue;
        }
        rows << QStringList{id(c->node), score(c->lockIn.score), pct(c->lockIn.knownShare), id(*c->drivenBy),
                            mainFactors(c->lockIn, r.settings)};
    }
    out += MethodologyOutput::tr("Lock-in per capability (0-100; a capability is as locked in as its most locked-in application)\n");
    out += formatTable({MethodologyOutput::tr("Capability"), MethodologyOutput::tr("Lock-in"), MethodologyOutput::tr("Known"),
                        MethodologyOutput::tr("Driven by"), MethodologyOutput::tr("Heaviest factors")},
                       rows, {false, true, true, false, false});

    rows.clear();
    for (const ApplicationLockIn *a : sortedBy(r.applications, model, [](const ApplicationLockIn &x) { return x.node; })) {
        rows << QStringList{id(a->node) + (a->candidate ? MethodologyOutput::tr(" (alternative)") : QString()), score(a->lockIn.score),
                            score(a->lockIn.best), pct(a->lockIn.knownShare),
                            mainFactors(a->lockIn, r.settings)};
    }
    out += u'\n' + MethodologyOutput::tr("Lock-in per application (unknown factors counted at their worst; \"if known\" at their best; as of %1)\n")
                       .arg(r.settings.asOf.toString(Qt::ISODate));
    out += formatTable({MethodologyOutput::tr("Application"), MethodologyOutput::tr("Lock-in"), MethodologyOutput::tr("If known"),
                        MethodologyOutput::tr("Known"), MethodologyOutput::tr("Heaviest factors")},
                       rows, {false, true, true, true, false});

    rows.clear();
    for (const SupplierGroupLockIn *g : sortedBy(r.supplierGroups, model, [](const SupplierGroupLockIn &x) { return x.parent; })) {
        rows << QStringList{id(g->parent), model.nodes[std::size_t(g->parent)].name, QString::number(g->applications.size()),
                            score(g->meanScore), score(g->maxScore)};
    }
    out += u'\n' + MethodologyOutput::tr("Lock-in per supplier group (ultimate parent company)\n");
    out += formatTable({MethodologyOutput::tr("Parent"), MethodologyOutput::tr("Name"), MethodologyOutput::tr("Applications"),
                        MethodologyOutput::tr("Mean"), MethodologyOutput::tr("Max")},
                       rows, {false, false, true, true, true});

    rows.clear();
    for (const ConcentrationIndex &c : r.concentration) {
        QStringList largest;
        for (std::size_t i = 0; i < c.shares.size() && i < 3; ++i)
            largest << id(c.shares[i].node) + u' ' + pct(c.shares[i].share);
        rows << QStringList{concentrationDimensionName(c.dimension), concentrationWeightingName(c.weighting), QString::number(c.hhi, 'f', 0),
                            pct(c.cr1), pct(c.cr3), concentrationLevelName(c.level), pct(c.unknownShare), largest.join(QStringLiteral(", "))};
    }
    out += u'\n' + MethodologyOutput::tr("Concentration (Herfindahl-Hirschman index 0-10,000; low below %1, high above %2)\n")
                       .arg(r.settings.hhiModerate).arg(r.settings.hhiHigh);
    out += formatTable({MethodologyOutput::tr("By"), MethodologyOutput::tr("Weighted by"), MethodologyOutput::tr("HHI"),
                        MethodologyOutput::tr("CR1"), MethodologyOutput::tr("CR3"), MethodologyOutput::tr("Level"),
                        MethodologyOutput::tr("Unknown"), MethodologyOutput::tr("Largest")},
                       rows, {false, false, true, true, true, false, true, false});
    for (const ConcentrationIndex &c : r.concentration) {
        if (c.dimension == u"jurisdiction")
            out += MethodologyOutput::tr("Weighted by %1, %2 of the known weight is under a jurisdiction outside the EU.\n")
                       .arg(concentrationWeightingName(c.weighting), pct(c.nonEuShare));
    }

    std::set<int> candidates;
    for (const ApplicationLockIn &a : r.applications) {
        if (a.candidate)
            candidates.insert(a.node);
    }
    const auto profileRows = [&](const std::vector<SovereigntyProfile> &profiles) {
        QList<QStringList> table;
        for (const SovereigntyProfile *p : sortedBy(profiles, model, [](const SovereigntyProfile &x) { return x.node; })) {
            QStringList row{id(p->node) + (candidates.count(p->node) ? MethodologyOutput::tr(" (alternative)") : QString())};
            for (const SealValue &s : p->objectives)
                row << sealCell(s);
            row << score(p->score) << pct(p->knownShare)
                << (p->overall ? QStringLiteral("SEAL-%1").arg(*p->overall) : QStringLiteral("–"));
            if (!p->gates.empty())
                row << (!p->passesGates ? MethodologyOutput::tr("unknown") : *p->passesGates ? MethodologyOutput::tr("pass") : MethodologyOutput::tr("fail"));
            table << row;
        }
        return table;
    };
    QStringList header{MethodologyOutput::tr("Application")};
    QList<bool> right{false};
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
        header << objectiveKey(i);
        right << true;
    }
    header << MethodologyOutput::tr("Score") << MethodologyOutput::tr("Known") << MethodologyOutput::tr("Weakest");
    right << true << true << false;
    bool anyGate = false;
    for (const auto &g : r.settings.sealGates)
        anyGate = anyGate || g.has_value();
    if (anyGate) {
        header << MethodologyOutput::tr("Gates");
        right << false;
    }
    out += u'\n' + MethodologyOutput::tr("Sovereignty profile per application: SEAL level 0-4 per objective of the Cloud Sovereignty "
                                         "Framework (– unknown, * assessed by the user); score 0-100 with unknown as SEAL-0\n");
    out += formatTable(header, profileRows(r.applicationProfiles), right);
    header[0] = MethodologyOutput::tr("Parent");
    out += u'\n' + MethodologyOutput::tr("Sovereignty profile per supplier group (weakest application per objective)\n");
    out += formatTable(header, profileRows(r.groupProfiles), right);

    const DataQuality &q = r.dataQuality;
    out += u'\n' + MethodologyOutput::tr("Data quality: lock-in rests for %1 on known facts, sovereignty for %2, concentration for %3.\n")
                       .arg(pct(q.lockInKnownShare), pct(q.sovereigntyKnownShare), pct(q.concentrationKnownShare));
    for (const QString &p : q.settingsProblems)
        out += p + u'\n';
    rows.clear();
    for (std::size_t i = 0; i < q.items.size() && int(i) < maxItems; ++i) {
        const DataQualityItem &item = q.items[i];
        rows << QStringList{QString::number(item.importance, 'f', 0), id(item.node), item.attribute, problemName(item.problem), item.affects};
    }
    if (rows.isEmpty()) {
        out += MethodologyOutput::tr("Nothing is missing.\n");
    } else {
        out += MethodologyOutput::tr("Most important gaps first:\n");
        out += formatTable({MethodologyOutput::tr("Weight"), MethodologyOutput::tr("Node"), MethodologyOutput::tr("Fact"),
                            MethodologyOutput::tr("Problem"), MethodologyOutput::tr("Feeds")},
                           rows, {true, false, false, false, false});
        if (q.items.size() > std::size_t(maxItems))
            out += MethodologyOutput::tr("… and %1 more (--json lists the %2 most important and counts all).\n")
                       .arg(q.items.size() - std::size_t(maxItems))
                       .arg(MaxDataQualityItemsInJson);
    }
    return out;
}

QString concentrationDimensionName(const QString &dimension)
{
    if (dimension == u"ultimate_parent")
        return MethodologyOutput::tr("ultimate parent");
    if (dimension == u"jurisdiction")
        return MethodologyOutput::tr("jurisdiction of the parent");
    return MethodologyOutput::tr("host operator");
}

QString concentrationWeightingName(const QString &weighting)
{
    return weighting == u"criticality" ? MethodologyOutput::tr("criticality") : MethodologyOutput::tr("annual cost");
}

QString concentrationLevelName(ConcentrationLevel level)
{
    switch (level) {
    case ConcentrationLevel::Low:
        return MethodologyOutput::tr("low");
    case ConcentrationLevel::Moderate:
        return MethodologyOutput::tr("moderate");
    case ConcentrationLevel::High:
        return MethodologyOutput::tr("high");
    }
    return {};
}

} // namespace antrum
