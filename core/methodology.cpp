// SPDX-License-Identifier: GPL-3.0-or-later
// The formulas are documented in docs/methodology.md; keep the two in step.
#include "methodology.h"

#include "dependencyanalysis.h"
#include "idindex.h"
#include "landscape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace antrum {

namespace {

/// The translation context of the methodology's explanations (the "basis" of each figure).
struct Methodology {
    Q_DECLARE_TR_FUNCTIONS(Methodology)
};

const QStringList factorKeys{
    QStringLiteral("data_portability"), QStringLiteral("open_standards"), QStringLiteral("license"),
    QStringLiteral("deployment"),       QStringLiteral("alternatives"),   QStringLiteral("switching_cost"),
    QStringLiteral("exit_clause"),      QStringLiteral("data_return_clause"), QStringLiteral("notice_period"),
    QStringLiteral("contract_term"),    QStringLiteral("bundling")};

const double *number(const Node &n, const QString &key) { return n.attributeAs<double>(key); }
const QString *text(const Node &n, const QString &key) { return n.attributeAs<QString>(key); }
const bool *flag(const Node &n, const QString &key) { return n.attributeAs<bool>(key); }
const QStringList *list(const Node &n, const QString &key) { return n.attributeAs<QStringList>(key); }

QString num(double v) { return QString::number(v, 'g', 6); }

/// What the graph says about one application, for lock-in and sovereignty alike.
struct ApplicationFacts {
    std::vector<int> suppliers; ///< provided_by
    std::vector<int> parents;   ///< ultimate parents of the suppliers
    std::vector<int> hosts;
    Fact contractingEu; ///< every supplier seated in the EU
    Fact parentsEu;     ///< every ultimate parent seated in the EU
    Fact hostingEu;     ///< every host located in the EU
    Fact operatorsEu;   ///< every host operator controlled from the EU
    Fact chainEu;       ///< suppliers, subcontractors and operators all controlled from the EU
    bool nonEuLawReach = false; ///< a non-EU jurisdiction with extraterritorial laws in reach
    QStringList nonEuLaws;      ///< those jurisdictions' ids
    bool nonEuReach = false;    ///< a jurisdiction outside the EU (and home) in reach
};

ApplicationFacts factsOf(Landscape &l, int app)
{
    ApplicationFacts f;
    f.suppliers = l.targets(app, EdgeKind::ProvidedBy);
    std::set<int> parents;
    std::vector<Fact> seats, control, chain;
    for (const int s : f.suppliers) {
        seats.push_back(l.seatEu(s));
        control.push_back(l.controlEu(s));
        const std::vector<int> &roots = l.ultimateParents(s);
        parents.insert(roots.begin(), roots.end());
        for (const int sub : l.subcontractors(s))
            chain.push_back(l.controlEu(sub));
    }
    f.parents.assign(parents.begin(), parents.end());
    if (!f.suppliers.empty()) {
        f.contractingEu = allOf(seats);
        f.parentsEu = allOf(control);
    }
    f.hosts = l.targets(app, EdgeKind::HostedOn);
    std::vector<Fact> located, operated;
    for (const int h : f.hosts) {
        const std::vector<int> places = l.targets(h, EdgeKind::LocatedIn);
        if (places.empty())
            located.push_back({});
        for (const int j : places)
            located.push_back(l.isEu(j));
        const std::vector<int> operators = l.targets(h, EdgeKind::OperatedBy);
        if (operators.empty())
            operated.push_back({});
        for (const int o : operators) {
            operated.push_back(l.controlEu(o));
            for (const int sub : l.subcontractors(o))
                chain.push_back(l.controlEu(sub));
        }
    }
    if (!f.hosts.empty()) {
        f.hostingEu = allOf(located);
        f.operatorsEu = allOf(operated);
    }
    if (!f.suppliers.empty()) {
        std::vector<Fact> all = control;
        all.insert(all.end(), chain.begin(), chain.end());
        all.insert(all.end(), operated.begin(), operated.end());
        f.chainEu = allOf(all);
    }
    for (const int j : l.reach(app)) {
        f.nonEuReach = f.nonEuReach || !l.isEu(j);
        if (!l.isEu(j) && l.hasExtraterritorialLaws(j)) {
            f.nonEuLawReach = true;
            f.nonEuLaws << l.node(j).id;
        }
    }
    return f;
}

double lerp01(double x, double at0, double at1) { return std::clamp((x - at0) / (at1 - at0), 0.0, 1.0); }

LockInScore finishScore(std::array<FactorValue, LockInFactorCount> factors, const MethodologySettings &settings)
{
    LockInScore s;
    double total = 0, worst = 0, best = 0, known = 0;
    for (int i = 0; i < LockInFactorCount; ++i) {
        const double w = std::max(0.0, settings.lockInWeights[std::size_t(i)]);
        total += w;
        if (factors[std::size_t(i)].value) {
            worst += w * *factors[std::size_t(i)].value;
            best += w * *factors[std::size_t(i)].value;
            known += w;
        } else {
            worst += w;
        }
    }
    if (total > 0) {
        s.score = 100.0 * worst / total;
        s.best = 100.0 * best / total;
        s.knownShare = known / total;
    }
    s.factors = std::move(factors);
    return s;
}

} // namespace

QString factorKey(LockInFactor factor) { return factorKeys[int(factor)]; }

std::optional<LockInFactor> factorFromKey(QStringView key)
{
    for (int i = 0; i < LockInFactorCount; ++i) {
        if (factorKeys[i] == key)
            return LockInFactor(i);
    }
    return std::nullopt;
}

QString objectiveKey(int objective) { return QStringLiteral("SOV-%1").arg(objective + 1); }

QString toString(ConcentrationLevel level)
{
    switch (level) {
    case ConcentrationLevel::Low:
        return QStringLiteral("low");
    case ConcentrationLevel::Moderate:
        return QStringLiteral("moderate");
    case ConcentrationLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

MethodologySettings MethodologySettings::fromModel(const Model &model, QStringList *problems)
{
    MethodologySettings s;
    const auto problem = [&](const QString &text) {
        if (problems)
            *problems << QStringLiteral("x-antrum-methodology: ") + text;
    };
    const auto it = model.extensions.find(QStringLiteral("x-antrum-methodology"));
    if (it == model.extensions.end())
        return s;
    if (!it->second.isObject()) {
        problem(Methodology::tr("must be an object; defaults used"));
        return s;
    }
    const QJsonObject o = it->second.toObject();
    for (auto k = o.begin(); k != o.end(); ++k) {
        const QString key = k.key();
        const QJsonValue v = k.value();
        if (key == u"lock_in_weights") {
            const QJsonObject weights = v.toObject();
            if (!v.isObject())
                problem(Methodology::tr("lock_in_weights must be an object"));
            for (auto w = weights.begin(); w != weights.end(); ++w) {
                const std::optional<LockInFactor> f = factorFromKey(w.key());
                if (!f)
                    problem(Methodology::tr("lock_in_weights: unknown factor \"%1\"").arg(w.key()));
                else if (!w.value().isDouble() || w.value().toDouble() < 0 || !std::isfinite(w.value().toDouble()))
                    problem(Methodology::tr("lock_in_weights.%1 must be a number of 0 or more").arg(w.key()));
                else
                    s.lockInWeights[std::size_t(*f)] = w.value().toDouble();
            }
        } else if (key == u"hhi_thresholds") {
            const QJsonArray a = v.toArray();
            if (a.size() == 2 && a[0].isDouble() && a[1].isDouble() && a[0].toDouble() >= 0
                && a[0].toDouble() <= a[1].toDouble() && a[1].toDouble() <= 10000) {
                s.hhiModerate = a[0].toDouble();
                s.hhiHigh = a[1].toDouble();
            } else {
                problem(Methodology::tr("hhi_thresholds must be [moderate, high] with 0 <= moderate <= high <= 10000"));
            }
        } else if (key == u"seal_gates") {
            const QJsonObject gates = v.toObject();
            if (!v.isObject())
                problem(Methodology::tr("seal_gates must be an object"));
            for (auto g = gates.begin(); g != gates.end(); ++g) {
                int objective = -1;
                for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
                    if (objectiveKey(i) == g.key())
                        objective = i;
                }
                const double level = g.value().toDouble(-1);
                if (objective < 0)
                    problem(Methodology::tr("seal_gates: unknown objective \"%1\" (SOV-1 .. SOV-8)").arg(g.key()));
                else if (!g.value().isDouble() || level != std::trunc(level) || level < 0 || level > 4)
                    problem(Methodology::tr("seal_gates.%1 must be a SEAL level 0..4").arg(g.key()));
                else
                    s.sealGates[std::size_t(objective)] = int(level);
            }
        } else if (key == u"as_of") {
            const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
            if (date.isValid())
                s.asOf = date;
            else
                problem(Methodology::tr("as_of must be an ISO date (YYYY-MM-DD)"));
        } else if (key == u"stale_after_months") {
            if (v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 1200 && v.toDouble() == std::trunc(v.toDouble()))
                s.staleAfterMonths = int(v.toDouble());
            else
                problem(Methodology::tr("stale_after_months must be a whole number of months from 1 to 1200"));
        } else {
            problem(Methodology::tr("unknown key \"%1\"").arg(key));
        }
    }
    return s;
}

MethodologyResult assessMethodology(const Model &model, const MethodologySettings &settings)
{
    MethodologyResult result;
    result.settings = settings;
    Landscape l(model);
    const int n = l.size();

    std::vector<int> applications;
    for (int i = 0; i < n; ++i) {
        if (l.node(i).kind == NodeKind::Application)
            applications.push_back(i);
    }
    // Facts for applications only, found through their node index.
    std::vector<int> factsAt(static_cast<std::size_t>(n), -1);
    std::vector<ApplicationFacts> applicationFacts;
    applicationFacts.reserve(applications.size());
    for (const int a : applications) {
        factsAt[std::size_t(a)] = int(applicationFacts.size());
        applicationFacts.push_back(factsOf(l, a));
    }
    const auto facts = [&](int a) -> const ApplicationFacts & { return applicationFacts[std::size_t(factsAt[std::size_t(a)])]; };

    // Supplier groups: applications by the ultimate parents of their suppliers.
    std::vector<int> inUse;
    for (const int a : applications) {
        if (!l.isCandidate(a))
            inUse.push_back(a);
    }
    std::map<int, std::vector<int>> groups; // of the applications in use
    for (const int a : inUse) {
        for (const int p : facts(a).parents)
            groups[p].push_back(a);
    }

    // --- lock-in per application ---
    // result.applications is in the order of `applications`, so factsAt finds a score too.
    const auto lockIn = [&](int a) -> const LockInScore & { return result.applications[std::size_t(factsAt[std::size_t(a)])].lockIn; };
    for (const int a : applications) {
        const Node &app = l.node(a);
        const ApplicationFacts &f = facts(a);
        std::array<FactorValue, LockInFactorCount> v;
        // Where a fact came from, as the model records it ("<attribute>.source", ".as_of",
        // ".confidence"), follows the figure it feeds.
        const auto provenance = [&](const QString &attribute) {
            QStringList parts;
            if (const QString *source = text(app, attribute + QStringLiteral(".source")))
                parts << Methodology::tr("source: %1").arg(*source);
            if (const QString *asOf = text(app, attribute + QStringLiteral(".as_of")))
                parts << Methodology::tr("as of %1").arg(*asOf);
            if (const double *confidence = number(app, attribute + QStringLiteral(".confidence")))
                parts << Methodology::tr("confidence %1").arg(num(*confidence));
            return parts.isEmpty() ? QString() : QStringLiteral(" [") + parts.join(QStringLiteral("; ")) + u']';
        };
        static const std::array<const char16_t *, LockInFactorCount> derivedFrom{
            u"data_portability", u"open_standards", u"license", u"deployment", nullptr, u"annual_cost",
            u"exit_clause", u"data_return_clause", u"notice_months", u"contract_end", nullptr};
        const auto set = [&](LockInFactor factor, double value, const QString &basis) {
            const char16_t *attribute = derivedFrom[std::size_t(factor)];
            v[std::size_t(factor)] = {value, false, attribute ? basis + provenance(QString::fromUtf16(attribute)) : basis};
        };
        if (const double *p = number(app, QStringLiteral("data_portability")))
            set(LockInFactor::DataPortability, 1.0 - *p, Methodology::tr("data_portability = %1").arg(num(*p)));
        if (const QStringList *standards = list(app, QStringLiteral("open_standards")))
            set(LockInFactor::OpenStandards, 1.0 / (1.0 + double(standards->size())),
                standards->isEmpty() ? Methodology::tr("no open standards")
                                     : Methodology::tr("%1 open standard(s): %2").arg(standards->size()).arg(standards->join(QStringLiteral(", "))));
        if (const QString *license = text(app, QStringLiteral("license")))
            set(LockInFactor::License, *license == u"open_source" ? 0.0 : 1.0, Methodology::tr("license = ") + *license);
        if (const QString *deployment = text(app, QStringLiteral("deployment"))) {
            const double value = *deployment == u"on_prem" ? 0.0 : *deployment == u"iaas" ? 1.0 / 3 : *deployment == u"paas" ? 2.0 / 3 : 1.0;
            set(LockInFactor::Deployment, value, Methodology::tr("deployment = ") + *deployment);
        }
        // Alternatives: the best one, by time to switch and by whether a non-EU law reaches it.
        const auto &alternatives = l.alternatives(a);
        if (alternatives.empty()) {
            set(LockInFactor::Alternatives, 1.0, Methodology::tr("no alternative recorded"));
        } else {
            double bestValue = 2;
            QString bestBasis, bestId;
            std::optional<double> cheapest;
            for (const Edge *e : alternatives) {
                const int alt = l.indexOf(e->from);
                const double time = e->switchMonths ? lerp01(*e->switchMonths, 0, 24) : 1.0;
                const ApplicationFacts altFacts = factsOf(l, alt);
                // Unknown control counts at its worst, as every unknown does.
                const bool foreign = altFacts.nonEuLawReach || altFacts.parentsEu != true;
                const double value = 0.5 * time + 0.5 * (foreign ? 1.0 : 0.0);
                if (value < bestValue || (value == bestValue && idLess(e->from, bestId))) {
                    bestValue = value;
                    bestId = e->from;
                    bestBasis = Methodology::tr("%1: %2, %3")
                                    .arg(e->from,
                                         e->switchMonths ? Methodology::tr("%1 months to switch").arg(num(*e->switchMonths))
                                                         : Methodology::tr("switch time unknown"),
                                         altFacts.nonEuLawReach        ? Methodology::tr("within reach of a non-EU law")
                                         : altFacts.parentsEu == false ? Methodology::tr("controlled from outside the EU")
                                         : !altFacts.parentsEu         ? Methodology::tr("control unknown, counted as non-EU")
                                                                       : Methodology::tr("no non-EU law in reach"));
                }
                if (e->switchCost)
                    cheapest = cheapest ? std::min(*cheapest, *e->switchCost) : *e->switchCost;
            }
            set(LockInFactor::Alternatives, bestValue, Methodology::tr("best alternative ") + bestBasis);
            const double *annual = number(app, QStringLiteral("annual_cost"));
            if (cheapest && annual) {
                const double value = *annual > 0 ? lerp01(*cheapest / *annual, 0, 3) : (*cheapest > 0 ? 1.0 : 0.0);
                set(LockInFactor::SwitchingCost, value,
                    Methodology::tr("switch cost %1 = %2 x annual cost %3")
                        .arg(num(*cheapest), *annual > 0 ? num(*cheapest / *annual) : QStringLiteral("-"), num(*annual)));
            }
        }
        if (const bool *exit = flag(app, QStringLiteral("exit_clause")))
            set(LockInFactor::ExitClause, *exit ? 0.0 : 1.0, *exit ? Methodology::tr("exit clause") : Methodology::tr("no exit clause"));
        if (const bool *ret = flag(app, QStringLiteral("data_return_clause")))
            set(LockInFactor::DataReturnClause, *ret ? 0.0 : 1.0,
                *ret ? Methodology::tr("data-return clause") : Methodology::tr("no data-return clause"));
        if (const double *notice = number(app, QStringLiteral("notice_months")))
            set(LockInFactor::NoticePeriod, lerp01(*notice, 2, 12), Methodology::tr("notice %1 months").arg(num(*notice)));
        if (const QString *end = text(app, QStringLiteral("contract_end"))) {
            const QDate date = QDate::fromString(*end, Qt::ISODate);
            if (date.isValid()) {
                const double months = double(settings.asOf.daysTo(date)) / 30.4375;
                set(LockInFactor::ContractTerm, lerp01(months, 12, 60),
                    months < 0 ? Methodology::tr("contract ended %1 (before %2): renewal is open")
                                     .arg(*end, settings.asOf.toString(Qt::ISODate))
                               : Methodology::tr("contract ends %1 (%2 months after %3)")
                                     .arg(*end, num(std::round(months)), settings.asOf.toString(Qt::ISODate)));
            }
        }
        if (!f.parents.empty()) {
            // Usually one parent: its group's size; a joint venture needs the union. A
            // candidate is in no group: all of its parent's applications are "others".
            const bool member = !l.isCandidate(a);
            const auto groupOf = [&](int p) -> const std::vector<int> & {
                static const std::vector<int> none;
                const auto it = groups.find(p); // a candidate's parent may have no group
                return it == groups.end() ? none : it->second;
            };
            std::size_t others = groupOf(f.parents.front()).size() - (member ? 1 : 0);
            if (f.parents.size() > 1) {
                std::set<int> all;
                for (const int p : f.parents)
                    all.insert(groupOf(p).begin(), groupOf(p).end());
                others = all.size() - (member ? 1 : 0);
            }
            const double k = double(others);
            set(LockInFactor::Bundling, k / (k + 5.0),
                Methodology::tr("%1 other application(s) under the same parent company").arg(others));
        }
        // The user's word wins, and says so.
        for (int i = 0; i < LockInFactorCount; ++i) {
            const QString key = QStringLiteral("lock_in.") + factorKeys[i];
            if (const double *value = number(app, key); value && *value >= 0 && *value <= 1) {
                v[std::size_t(i)] = {*value, true,
                                     Methodology::tr("set by the user (%1 = %2)").arg(key, num(*value))
                                         + (v[std::size_t(i)].value ? Methodology::tr("; derived: ") + v[std::size_t(i)].basis : QString())};
            }
        }
        result.applications.push_back({a, finishScore(std::move(v), settings), l.isCandidate(a), l.criticality(a)});
    }

    // --- roll-ups ---
    for (int c = 0; c < n; ++c) {
        if (l.node(c).kind != NodeKind::Capability)
            continue;
        CapabilityLockIn cap;
        cap.node = c;
        cap.applications = l.requiredApplications(c);
        for (const int a : cap.applications) {
            if (!cap.drivenBy || lockIn(a).score > lockIn(*cap.drivenBy).score
                || (lockIn(a).score == lockIn(*cap.drivenBy).score
                    && idLess(l.node(a).id, l.node(*cap.drivenBy).id)))
                cap.drivenBy = a;
        }
        if (cap.drivenBy)
            cap.lockIn = lockIn(*cap.drivenBy);
        result.capabilities.push_back(std::move(cap));
    }
    for (const auto &[parent, apps] : groups) {
        SupplierGroupLockIn g;
        g.parent = parent;
        g.applications = apps;
        double sum = 0;
        for (const int a : apps) {
            sum += lockIn(a).score;
            g.maxScore = std::max(g.maxScore, lockIn(a).score);
        }
        g.meanScore = apps.empty() ? 0 : sum / double(apps.size());
        result.supplierGroups.push_back(std::move(g));
    }
    std::sort(result.supplierGroups.begin(), result.supplierGroups.end(),
              [&](const auto &a, const auto &b) { return idLess(l.node(a.parent).id, l.node(b.parent).id); });

    // --- concentration ---
    const auto buckets = [&](int a, const QString &dimension) {
        const ApplicationFacts &f = facts(a);
        std::set<int> out;
        bool unknown = false;
        if (dimension == u"ultimate_parent") {
            out.insert(f.parents.begin(), f.parents.end());
        } else if (dimension == u"jurisdiction") {
            for (const int p : f.parents) {
                const std::vector<int> seats = l.targets(p, EdgeKind::IncorporatedIn);
                unknown = unknown || seats.empty();
                out.insert(seats.begin(), seats.end());
            }
        } else {
            for (const int h : f.hosts) {
                const std::vector<int> operators = l.targets(h, EdgeKind::OperatedBy);
                unknown = unknown || operators.empty();
                for (const int o : operators) {
                    const std::vector<int> &roots = l.ultimateParents(o);
                    out.insert(roots.begin(), roots.end());
                }
            }
            // Software as a service without recorded hosts: the supplier runs it.
            const QString *deployment = text(l.node(a), QStringLiteral("deployment"));
            if (f.hosts.empty() && deployment && *deployment == u"saas")
                out.insert(f.parents.begin(), f.parents.end());
        }
        if (unknown)
            out.clear(); // a partly known split would overstate the known part
        return out;
    };
    for (const QString &dimension : {QStringLiteral("ultimate_parent"), QStringLiteral("jurisdiction"), QStringLiteral("host_operator")}) {
        for (const QString &weighting : {QStringLiteral("criticality"), QStringLiteral("annual_cost")}) {
            ConcentrationIndex index;
            index.dimension = dimension;
            index.weighting = weighting;
            std::map<int, double> weight;
            double known = 0, total = 0;
            for (const int a : inUse) {
                double w = 0;
                if (weighting == u"criticality") {
                    w = l.criticality(a);
                } else {
                    const double *cost = number(l.node(a), QStringLiteral("annual_cost"));
                    w = cost ? *cost : -1;
                }
                if (w < 0 || (w == 0 && weighting == u"criticality")) {
                    ++index.applicationsWithoutWeight; // no cost on record, or serves no capability
                    continue;
                }
                if (w == 0)
                    continue;
                total += w;
                const std::set<int> to = buckets(a, dimension);
                if (to.empty())
                    continue;
                known += w;
                for (const int b : to)
                    weight[b] += w / double(to.size());
            }
            index.totalWeight = total;
            index.unknownShare = total > 0 ? (total - known) / total : 0;
            for (const auto &[b, w] : weight) {
                index.shares.push_back({b, known > 0 ? w / known : 0});
                if (dimension == u"jurisdiction" && !l.isEu(b))
                    index.nonEuShare += index.shares.back().share;
            }
            std::sort(index.shares.begin(), index.shares.end(), [&](const Share &x, const Share &y) {
                return x.share != y.share ? x.share > y.share : idLess(l.node(x.node).id, l.node(y.node).id);
            });
            for (std::size_t i = 0; i < index.shares.size(); ++i) {
                index.hhi += 10000.0 * index.shares[i].share * index.shares[i].share;
                if (i < 1)
                    index.cr1 += index.shares[i].share;
                if (i < 3)
                    index.cr3 += index.shares[i].share;
            }
            index.level = index.hhi > settings.hhiHigh ? ConcentrationLevel::High
                          : index.hhi >= settings.hhiModerate ? ConcentrationLevel::Moderate
                                                              : ConcentrationLevel::Low;
            result.concentration.push_back(std::move(index));
        }
    }

    // --- sovereignty profiles ---
    const auto finishProfile = [&](SovereigntyProfile &p) {
        double total = 0, worst = 0, best = 0, known = 0;
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            const double w = SovereigntyWeights[std::size_t(i)];
            total += w;
            if (const std::optional<int> level = p.objectives[std::size_t(i)].level) {
                worst += w * *level / 4.0;
                best += w * *level / 4.0;
                known += w;
                p.overall = p.overall ? std::min(*p.overall, *level) : *level;
            } else {
                best += w;
            }
        }
        p.score = 100.0 * worst / total;
        p.best = 100.0 * best / total;
        p.knownShare = known / total;
        bool anyUnknown = false, anyFailed = false;
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            if (!settings.sealGates[std::size_t(i)])
                continue;
            GateResult g{i, *settings.sealGates[std::size_t(i)], {}};
            if (const std::optional<int> level = p.objectives[std::size_t(i)].level)
                g.passed = *level >= g.minimum;
            anyUnknown = anyUnknown || !g.passed;
            anyFailed = anyFailed || g.passed == false;
            p.gates.push_back(g);
        }
        if (anyFailed)
            p.passesGates = false;
        else if (!anyUnknown && !p.gates.empty())
            p.passesGates = true;
    };
    for (const int a : applications) {
        const Node &app = l.node(a);
        const ApplicationFacts &f = facts(a);
        SovereigntyProfile p;
        p.node = a;
        const auto derive = [&](int objective, std::optional<int> level, const QString &basis) {
            p.objectives[std::size_t(objective)].derived = level;
            p.objectives[std::size_t(objective)].level = level;
            p.objectives[std::size_t(objective)].basis = basis;
        };
        const QString *license = text(app, QStringLiteral("license"));
        const QString *deployment = text(app, QStringLiteral("deployment"));
        const QStringList *standards = list(app, QStringLiteral("open_standards"));
        const double *portability = number(app, QStringLiteral("data_portability"));
        const QString laws = f.nonEuLaws.join(QStringLiteral(", "));
        // SOV-1 strategic: who controls the supplier.
        if (f.parentsEu == true)
            derive(0, 4, Methodology::tr("every ultimate parent is seated in the EU"));
        else if (f.parentsEu == false)
            derive(0, f.contractingEu == true ? 1 : 0,
                   f.contractingEu == true ? Methodology::tr("EU-seated supplier under a non-EU parent")
                                           : Methodology::tr("supplier controlled from outside the EU"));
        else
            derive(0, std::nullopt, f.suppliers.empty() ? Methodology::tr("no supplier recorded")
                                                        : Methodology::tr("seat of a parent company unknown"));
        // SOV-2 legal and jurisdictional: whose laws reach it.
        // Without every parent's seat the reach is incomplete: no law found is not no law.
        if (f.suppliers.empty())
            derive(1, std::nullopt, Methodology::tr("no supplier recorded"));
        else if (!f.nonEuLawReach && !f.parentsEu.has_value())
            derive(1, std::nullopt, Methodology::tr("seat of a parent company unknown, so the reach may be incomplete"));
        else if (!f.nonEuLawReach)
            derive(1, f.nonEuReach ? 3 : 4,
                   f.nonEuReach ? Methodology::tr("non-EU jurisdictions in reach, none with extraterritorial laws on record")
                                : Methodology::tr("only EU and home jurisdictions in reach"));
        else
            derive(1, f.contractingEu == true ? 1 : 0,
                   Methodology::tr("in reach of %1 (extraterritorial laws)").arg(laws)
                       + (f.contractingEu == true ? Methodology::tr(", contract under EU law") : QString()));
        // SOV-3 data: where it is kept and who can compel access.
        if (f.hostingEu == true && !f.nonEuLawReach && !f.suppliers.empty() && !f.parentsEu.has_value())
            derive(2, std::nullopt, Methodology::tr("hosted in the EU; seat of a parent company unknown"));
        else if (f.hostingEu == true)
            derive(2, f.nonEuLawReach ? 2 : 4,
                   f.nonEuLawReach ? Methodology::tr("hosted in the EU, but %1 can compel access").arg(laws)
                                   : Methodology::tr("hosted in the EU, no non-EU law in reach"));
        else if (f.hostingEu == false)
            derive(2, 0, Methodology::tr("hosted outside the EU"));
        else
            derive(2, std::nullopt, f.hosts.empty() ? Methodology::tr("no host recorded") : Methodology::tr("a host's location unknown"));
        // SOV-4 operational: who can run it.
        {
            const Fact operators = f.hosts.empty() ? f.parentsEu : f.operatorsEu;
            if (deployment && *deployment == u"on_prem" && license && *license == u"open_source")
                derive(3, 4, Methodology::tr("open source, run on the organisation's own premises"));
            else if (operators == true && f.parentsEu == true)
                derive(3, 3, Methodology::tr("operated and controlled from the EU"));
            else if (operators == true || f.parentsEu == true)
                derive(3, 2, operators == true ? Methodology::tr("operated from the EU; control from outside the EU or unknown")
                                               : Methodology::tr("controlled from the EU; operated from outside the EU or unknown"));
            else if (operators == false && f.parentsEu == false)
                derive(3, 0, Methodology::tr("operated and controlled from outside the EU"));
            else
                derive(3, std::nullopt, Methodology::tr("operator or parent company unknown"));
        }
        // SOV-5 supply chain: every company in the chain.
        if (f.chainEu == true)
            derive(4, 4, Methodology::tr("suppliers, subcontractors and operators all controlled from the EU"));
        else if (f.parentsEu == true)
            derive(4, f.chainEu == false ? 2 : std::optional<int>{},
                   f.chainEu == false ? Methodology::tr("a subcontractor or operator is controlled from outside the EU")
                                      : Methodology::tr("a subcontractor's or operator's parent unknown"));
        else if (f.parentsEu == false)
            derive(4, 0, Methodology::tr("supplier controlled from outside the EU"));
        else
            derive(4, std::nullopt, Methodology::tr("supplier chain unknown"));
        // SOV-6 technology: openness of the stack.
        {
            const qsizetype open = standards ? standards->size() : 0;
            const bool openSource = license && *license == u"open_source";
            const bool portable = portability && *portability >= 0.8;
            if (!license && !standards && !portability)
                derive(5, std::nullopt, Methodology::tr("licence, standards and portability unknown"));
            else if (openSource && open >= 2)
                derive(5, 4, Methodology::tr("open source with %1 open standards").arg(open));
            else if (openSource || (open >= 2 && portable))
                derive(5, 3, openSource ? Methodology::tr("open source") : Methodology::tr("open standards and portable data"));
            else if (open >= 1 || (portability && *portability >= 0.5))
                derive(5, 2, Methodology::tr("proprietary, with some open standards or exportable data"));
            else
                derive(5, f.parentsEu == true ? 1 : 0, Methodology::tr("proprietary and closed"));
        }
        derive(6, std::nullopt, Methodology::tr("not derivable from the graph: assess (seal.SOV-7)"));
        derive(7, std::nullopt, Methodology::tr("not derivable from the graph: assess (seal.SOV-8)"));
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            const QString key = QStringLiteral("seal.") + objectiveKey(i);
            if (const double *level = number(app, key); level && *level == std::trunc(*level) && *level >= 0 && *level <= 4) {
                SealValue &s = p.objectives[std::size_t(i)];
                s.level = int(*level);
                s.assessed = true;
                s.basis = Methodology::tr("assessed by the user (%1 = %2)").arg(key).arg(int(*level))
                          + (s.derived ? Methodology::tr("; derived: SEAL-%1, %2").arg(*s.derived).arg(s.basis) : QString());
            }
        }
        finishProfile(p);
        result.applicationProfiles.push_back(std::move(p));
    }
    std::map<int, const SovereigntyProfile *> profileOf;
    for (const SovereigntyProfile &p : result.applicationProfiles)
        profileOf[p.node] = &p;
    for (const SupplierGroupLockIn &g : result.supplierGroups) {
        SovereigntyProfile p;
        p.node = g.parent;
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            SealValue &s = p.objectives[std::size_t(i)];
            std::optional<int> weakestApp;
            int unknown = 0;
            for (const int a : g.applications) {
                const std::optional<int> level = profileOf[a]->objectives[std::size_t(i)].level;
                if (!level) {
                    ++unknown;
                } else if (!s.level || *level < *s.level) {
                    s.level = level;
                    weakestApp = a;
                }
            }
            s.derived = s.level;
            s.basis = weakestApp ? Methodology::tr("weakest of %1 application(s): %2").arg(g.applications.size()).arg(l.node(*weakestApp).id)
                                 : Methodology::tr("unknown for all %1 application(s)").arg(g.applications.size());
            if (weakestApp && unknown > 0)
                s.basis += Methodology::tr(" (%1 unknown)").arg(unknown);
        }
        finishProfile(p);
        result.groupProfiles.push_back(std::move(p));
    }

    // --- data quality ---
    DataQuality &q = result.dataQuality;
    MethodologySettings::fromModel(model, &q.settingsProblems);
    double weightSum = 0;
    for (const double w : settings.lockInWeights)
        weightSum += std::max(0.0, w);
    if (weightSum <= 0)
        weightSum = 1;
    const auto factorShare = [&](LockInFactor f) { return 100.0 * std::max(0.0, settings.lockInWeights[std::size_t(f)]) / weightSum; };
    const auto importanceOf = [&](int node, double featureWeight) {
        return double(std::max(1, l.criticality(node))) * featureWeight;
    };
    const auto add = [&](int node, const QString &attribute, const QString &problem, const QString &affects, double weight) {
        q.items.push_back({node, attribute, problem, affects, importanceOf(node, weight)});
    };
    struct Wanted {
        QString attribute;
        LockInFactor factor; ///< the factor it feeds (an override of it makes the fact unneeded there)
        QString affects;
        double weight;
        QString sovereigntyAffects = {}; ///< what it still feeds when the factor is overridden
        double sovereigntyWeight = 0;
    };
    // The cost-weighted concentration indices have no weight of their own in the scores: an
    // annual cost counts as much there as a mid-weight lock-in factor (10 of 100).
    constexpr double CostWeightedConcentration = 10;
    const std::vector<Wanted> applicationAttributes{
        {QStringLiteral("data_portability"), LockInFactor::DataPortability, Methodology::tr("lock-in: data_portability; SOV-6"),
         factorShare(LockInFactor::DataPortability) + SovereigntyWeights[5], QStringLiteral("SOV-6"), SovereigntyWeights[5]},
        {QStringLiteral("open_standards"), LockInFactor::OpenStandards, Methodology::tr("lock-in: open_standards; SOV-6"),
         factorShare(LockInFactor::OpenStandards) + SovereigntyWeights[5], QStringLiteral("SOV-6"), SovereigntyWeights[5]},
        {QStringLiteral("license"), LockInFactor::License, Methodology::tr("lock-in: license; SOV-4, SOV-6"),
         factorShare(LockInFactor::License) + SovereigntyWeights[5], QStringLiteral("SOV-4, SOV-6"), SovereigntyWeights[5]},
        {QStringLiteral("deployment"), LockInFactor::Deployment, Methodology::tr("lock-in: deployment; SOV-4; concentration by host operator"),
         factorShare(LockInFactor::Deployment) + SovereigntyWeights[3], QStringLiteral("SOV-4"), SovereigntyWeights[3]},
        {QStringLiteral("annual_cost"), LockInFactor::SwitchingCost, Methodology::tr("lock-in: switching_cost; concentration by annual cost"),
         factorShare(LockInFactor::SwitchingCost) + CostWeightedConcentration, Methodology::tr("concentration by annual cost"),
         CostWeightedConcentration},
        {QStringLiteral("exit_clause"), LockInFactor::ExitClause, Methodology::tr("lock-in: exit_clause"), factorShare(LockInFactor::ExitClause)},
        {QStringLiteral("data_return_clause"), LockInFactor::DataReturnClause, Methodology::tr("lock-in: data_return_clause"),
         factorShare(LockInFactor::DataReturnClause)},
        {QStringLiteral("notice_months"), LockInFactor::NoticePeriod, Methodology::tr("lock-in: notice_period"), factorShare(LockInFactor::NoticePeriod)},
        {QStringLiteral("contract_end"), LockInFactor::ContractTerm, Methodology::tr("lock-in: contract_term"), factorShare(LockInFactor::ContractTerm)},
    };
    // A dated or doubtful fact weighs what the fact itself would weigh if missing; other facts 5.
    const auto weightOf = [&](int node, const QString &attribute) {
        if (l.node(node).kind == NodeKind::Application) {
            for (const Wanted &w : applicationAttributes) {
                if (w.attribute == attribute)
                    return w.weight;
            }
        }
        return 5.0;
    };
    double lockInKnown = 0, sovereigntyKnown = 0;
    int counted = 0;
    for (const int a : applications) {
        const Node &app = l.node(a);
        for (const Wanted &w : applicationAttributes) {
            if (app.attributes.count(w.attribute))
                continue;
            // A valid override of the factor stands in for the fact there, not elsewhere.
            const double *override = number(app, QStringLiteral("lock_in.") + factorKey(w.factor));
            if (!override || *override < 0 || *override > 1)
                add(a, w.attribute, QStringLiteral("missing"), w.affects, w.weight);
            else if (w.sovereigntyWeight > 0)
                add(a, w.attribute, QStringLiteral("missing"), w.sovereigntyAffects, w.sovereigntyWeight);
        }
        for (const Edge *e : l.alternatives(a)) {
            if (!e->switchMonths)
                add(a, QStringLiteral("alternative_for.switch_months"), QStringLiteral("missing"),
                    Methodology::tr("lock-in: alternatives (%1, counted at its slowest)").arg(e->from), factorShare(LockInFactor::Alternatives));
            if (!e->switchCost)
                add(a, QStringLiteral("alternative_for.switch_cost"), QStringLiteral("missing"),
                    Methodology::tr("lock-in: switching_cost (%1)").arg(e->from), factorShare(LockInFactor::SwitchingCost));
        }
        const ApplicationFacts &f = facts(a);
        if (f.suppliers.empty())
            add(a, QStringLiteral("provided_by"), QStringLiteral("missing"),
                Methodology::tr("lock-in: bundling; SOV-1, SOV-2, SOV-5; concentration"),
                factorShare(LockInFactor::Bundling) + SovereigntyWeights[0] + SovereigntyWeights[1] + SovereigntyWeights[4]);
        if (f.hosts.empty()) {
            if (!(text(app, QStringLiteral("deployment")) && *text(app, QStringLiteral("deployment")) == u"saas"))
                add(a, QStringLiteral("hosted_on"), QStringLiteral("missing"), Methodology::tr("SOV-3, SOV-4; concentration by host operator"),
                    SovereigntyWeights[2] + SovereigntyWeights[3]);
            else // the supplier runs it, but where it keeps the data still counts
                add(a, QStringLiteral("hosted_on"), QStringLiteral("missing"), Methodology::tr("SOV-3 (where the service keeps its data)"),
                    SovereigntyWeights[2]);
        }
        for (int i = 0; i < LockInFactorCount; ++i) {
            const QString key = QStringLiteral("lock_in.") + factorKeys[i];
            const auto it = app.attributes.find(key);
            if (it != app.attributes.end()) {
                const double *v = std::get_if<double>(&it->second);
                if (!v || *v < 0 || *v > 1)
                    add(a, key, QStringLiteral("invalid"), Methodology::tr("must be a number from 0 to 1; ignored"),
                        factorShare(LockInFactor(i)));
            }
        }
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            const QString key = QStringLiteral("seal.") + objectiveKey(i);
            const auto it = app.attributes.find(key);
            if (it != app.attributes.end()) {
                const double *v = std::get_if<double>(&it->second);
                if (!v || *v != std::trunc(*v) || *v < 0 || *v > 4)
                    add(a, key, QStringLiteral("invalid"), Methodology::tr("must be a SEAL level 0..4; ignored"),
                        SovereigntyWeights[std::size_t(i)]);
            } else if (i >= 6) {
                add(a, key, QStringLiteral("missing"), objectiveKey(i) + Methodology::tr(" (only an assessment can tell)"),
                    SovereigntyWeights[std::size_t(i)]);
            }
        }
        if (!l.isCandidate(a)) {
            lockInKnown += lockIn(a).knownShare;
            ++counted;
        }
    }
    for (const SovereigntyProfile &p : result.applicationProfiles) {
        if (!l.isCandidate(p.node))
            sovereigntyKnown += p.knownShare;
    }
    q.applications = counted;
    q.lockInKnownShare = counted == 0 ? 1 : lockInKnown / double(counted);
    q.sovereigntyKnownShare = counted == 0 ? 1 : sovereigntyKnown / double(counted);
    q.concentrationKnownShare = 1.0 - result.concentration.front().unknownShare;
    for (int i = 0; i < n; ++i) {
        const Node &node = l.node(i);
        switch (node.kind) {
        case NodeKind::Supplier:
            if (l.targets(i, EdgeKind::IncorporatedIn).empty()) {
                if (l.targets(i, EdgeKind::SubsidiaryOf).empty())
                    add(i, QStringLiteral("incorporated_in"), QStringLiteral("missing"),
                        Methodology::tr("SOV-1, SOV-2, SOV-5; concentration by jurisdiction"),
                        SovereigntyWeights[0] + SovereigntyWeights[1] + SovereigntyWeights[4]);
                else // a subsidiary's own seat: whether the contract is under EU law
                    add(i, QStringLiteral("incorporated_in"), QStringLiteral("missing"),
                        Methodology::tr("SOV-1, SOV-2 (seat of the contracting company)"), SovereigntyWeights[0] + SovereigntyWeights[1]);
            }
            break;
        case NodeKind::Host:
            if (l.targets(i, EdgeKind::LocatedIn).empty())
                add(i, QStringLiteral("located_in"), QStringLiteral("missing"), QStringLiteral("SOV-3"), SovereigntyWeights[2]);
            if (l.targets(i, EdgeKind::OperatedBy).empty())
                add(i, QStringLiteral("operated_by"), QStringLiteral("missing"),
                    Methodology::tr("SOV-4, SOV-5; concentration by host operator"), SovereigntyWeights[3] + SovereigntyWeights[4]);
            break;
        case NodeKind::Capability:
            if (!node.criticality)
                add(i, QStringLiteral("criticality"), QStringLiteral("missing"),
                    Methodology::tr("every weighting (3 assumed)"), 20);
            if (l.targets(i, EdgeKind::Requires).empty())
                add(i, QStringLiteral("requires"), QStringLiteral("missing"),
                    Methodology::tr("every analysis of this capability"), 20);
            break;
        default:
            break;
        }
        // Facts with a date or a confidence: old or doubtful ones are listed too.
        for (const auto &[key, value] : node.attributes) {
            if (key.endsWith(QStringLiteral(".as_of"))) {
                const QString *date = std::get_if<QString>(&value);
                const QDate d = date ? QDate::fromString(*date, Qt::ISODate) : QDate();
                const QString attribute = key.chopped(6);
                if (!d.isValid())
                    add(i, key, QStringLiteral("invalid"), Methodology::tr("must be an ISO date"), 1);
                else if (d.addMonths(settings.staleAfterMonths) < settings.asOf)
                    add(i, attribute, QStringLiteral("stale"),
                        Methodology::tr("as of %1, older than %2 months").arg(*date).arg(settings.staleAfterMonths), weightOf(i, attribute));
            } else if (key.endsWith(QStringLiteral(".confidence"))) {
                const double *c = std::get_if<double>(&value);
                if (!c || *c < 0 || *c > 1)
                    add(i, key, QStringLiteral("invalid"), Methodology::tr("must be a number from 0 to 1"), 1);
                else if (*c < 0.5)
                    add(i, key.chopped(11), QStringLiteral("low_confidence"), Methodology::tr("confidence %1").arg(num(*c)),
                        weightOf(i, key.chopped(11)));
            }
        }
    }
    // Ties in importance by node id, then fact: ids are ranked once, not compared per item.
    std::vector<int> byId(static_cast<std::size_t>(n)), rank(static_cast<std::size_t>(n));
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](int x, int y) { return idLess(l.node(x).id, l.node(y).id); });
    for (int i = 0; i < n; ++i)
        rank[std::size_t(byId[std::size_t(i)])] = i;
    std::stable_sort(q.items.begin(), q.items.end(), [&](const DataQualityItem &x, const DataQualityItem &y) {
        if (x.importance != y.importance)
            return x.importance > y.importance;
        if (x.node != y.node)
            return rank[std::size_t(x.node)] < rank[std::size_t(y.node)];
        return x.attribute < y.attribute;
    });
    return result;
}

} // namespace antrum
