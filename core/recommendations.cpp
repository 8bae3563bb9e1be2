// SPDX-License-Identifier: GPL-3.0-or-later
// The rules are documented in docs/recommendations.md; keep the two in step.
#include "recommendations.h"

#include "landscape.h"
#include "reportwords.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace antrum {

namespace {

/// The translation context of findings and recommendations.
struct Recommendations {
    Q_DECLARE_TR_FUNCTIONS(Recommendations)
};

using Index = FailureGraph::Index;

// --- words and numbers -------------------------------------------------------------------

using words::applicationCount;
using words::capabilityCount;
using words::decimal;
using words::hours;
using words::money;
using words::months;
using words::percent;
using words::whole;
QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }
/// Lists names up to the rules' limit ("A, B ... and 3 more").
QString listText(const QStringList &items, int limit = thresholds::ListedNames) { return words::listText(items, limit); }

QString objectiveName(int objective)
{
    switch (objective) {
    case 0:
        return Recommendations::tr("SOV-1 strategic");
    case 1:
        return Recommendations::tr("SOV-2 legal");
    case 2:
        return Recommendations::tr("SOV-3 data");
    case 3:
        return Recommendations::tr("SOV-4 operational");
    case 4:
        return Recommendations::tr("SOV-5 supply chain");
    case 5:
        return Recommendations::tr("SOV-6 technology");
    case 6:
        return Recommendations::tr("SOV-7 security and compliance");
    default:
        return Recommendations::tr("SOV-8 environmental");
    }
}

QString dimensionName(const QString &dimension)
{
    if (dimension == u"ultimate_parent")
        return Recommendations::tr("parent company");
    if (dimension == u"jurisdiction")
        return Recommendations::tr("country of the parent company");
    return Recommendations::tr("host operator");
}

QString weightingName(const QString &weighting)
{
    return weighting == u"criticality" ? Recommendations::tr("criticality") : Recommendations::tr("annual cost");
}

QString attributeName(const QString &attribute)
{
    static const std::map<QString, const char *> names{
        {QStringLiteral("data_portability"), QT_TRANSLATE_NOOP("Recommendations", "data portability")},
        {QStringLiteral("open_standards"), QT_TRANSLATE_NOOP("Recommendations", "open standards")},
        {QStringLiteral("license"), QT_TRANSLATE_NOOP("Recommendations", "licence")},
        {QStringLiteral("deployment"), QT_TRANSLATE_NOOP("Recommendations", "deployment")},
        {QStringLiteral("annual_cost"), QT_TRANSLATE_NOOP("Recommendations", "annual cost")},
        {QStringLiteral("exit_clause"), QT_TRANSLATE_NOOP("Recommendations", "exit clause")},
        {QStringLiteral("data_return_clause"), QT_TRANSLATE_NOOP("Recommendations", "data-return clause")},
        {QStringLiteral("notice_months"), QT_TRANSLATE_NOOP("Recommendations", "notice period")},
        {QStringLiteral("contract_end"), QT_TRANSLATE_NOOP("Recommendations", "contract end")},
        {QStringLiteral("provided_by"), QT_TRANSLATE_NOOP("Recommendations", "supplier")},
        {QStringLiteral("hosted_on"), QT_TRANSLATE_NOOP("Recommendations", "hosting")},
        {QStringLiteral("incorporated_in"), QT_TRANSLATE_NOOP("Recommendations", "seat")},
        {QStringLiteral("located_in"), QT_TRANSLATE_NOOP("Recommendations", "location")},
        {QStringLiteral("operated_by"), QT_TRANSLATE_NOOP("Recommendations", "operator")},
        {QStringLiteral("criticality"), QT_TRANSLATE_NOOP("Recommendations", "criticality")},
        {QStringLiteral("requires"), QT_TRANSLATE_NOOP("Recommendations", "the applications it needs")},
        {QStringLiteral("seal.SOV-7"), QT_TRANSLATE_NOOP("Recommendations", "security assessment (SOV-7)")},
        {QStringLiteral("seal.SOV-8"), QT_TRANSLATE_NOOP("Recommendations", "environmental assessment (SOV-8)")},
        {QStringLiteral("alternative_for.switch_months"), QT_TRANSLATE_NOOP("Recommendations", "time to switch to an alternative")},
        {QStringLiteral("alternative_for.switch_cost"), QT_TRANSLATE_NOOP("Recommendations", "cost of switching to an alternative")},
    };
    const auto it = names.find(attribute);
    return it == names.end() ? attribute : Recommendations::tr(it->second);
}

QString problemSuffix(const QString &problem)
{
    if (problem == u"stale")
        return Recommendations::tr(" (out of date)");
    if (problem == u"low_confidence")
        return Recommendations::tr(" (doubtful)");
    if (problem == u"invalid")
        return Recommendations::tr(" (invalid)");
    return {};
}

// --- the landscape -----------------------------------------------------------------------

bool idOrder(const QString &a, const QString &b) { return idLess(a, b); }

/// The landscape of the methodology (landscape.h: EU line, ultimate parents, criticality, in
/// use) with what the rules need on top: the analyses' results by node, names, contracts.
class ReportLandscape : public Landscape {
public:
    ReportLandscape(const Model &model, const DependencyAnalysis &analysis, const MethodologyResult &methodology)
        : Landscape(model), m_analysis(analysis), m_methodology(methodology)
    {
        for (const Edge &e : model.edges) {
            if (e.kind != EdgeKind::HostedOn || !e.group.isEmpty())
                continue;
            const int from = indexOf(e.from), to = indexOf(e.to);
            if (from >= 0 && to >= 0)
                m_hostedUngrouped[to].push_back(from);
        }
        for (const ApplicationLockIn &a : methodology.applications)
            m_lockIn[a.node] = &a;
        for (const SovereigntyProfile &p : methodology.applicationProfiles)
            m_profile[p.node] = &p;
        for (const CapabilityFindings &c : analysis.capabilities()) {
            for (const Index s : c.spofs)
                m_spofOf[int(s)].push_back(int(c.node));
        }
        for (const CapabilityLockIn &c : methodology.capabilities) {
            for (const int a : c.applications)
                m_capabilitiesOfApplication[a].push_back(c.node);
        }
    }

    const DependencyAnalysis &analysis() const { return m_analysis; }
    const MethodologyResult &methodology() const { return m_methodology; }
    const FailureGraph &graph() const { return m_analysis.graph(); }
    QString id(int i) const { return node(i).id; }
    QString name(int i) const { return node(i).name.isEmpty() ? node(i).id : node(i).name; }
    QStringList names(const std::vector<int> &nodes) const
    {
        QStringList out;
        for (const int n : nodes)
            out << name(n);
        return out;
    }
    QStringList ids(const std::vector<int> &nodes) const
    {
        QStringList out;
        for (const int n : nodes)
            out << id(n);
        return out;
    }
    QDate asOf() const { return m_methodology.settings.asOf; }
    QStringList laws(int j) const
    {
        const QStringList *l = node(j).attributeAs<QStringList>(QStringLiteral("laws"));
        return l ? *l : QStringList{};
    }
    /// Every supplier of the application controlled from the EU (unknown without a supplier).
    Fact applicationControlEu(int app)
    {
        const std::vector<int> suppliers = targets(app, EdgeKind::ProvidedBy);
        if (suppliers.empty())
            return {};
        std::vector<Fact> facts;
        for (const int s : suppliers)
            facts.push_back(controlEu(s));
        return allOf(facts);
    }
    /// The ultimate parents of the application's suppliers, by index.
    std::vector<int> parentsOf(int app)
    {
        std::set<int> out;
        for (const int s : targets(app, EdgeKind::ProvidedBy)) {
            const std::vector<int> &roots = ultimateParents(s);
            out.insert(roots.begin(), roots.end());
        }
        return {out.begin(), out.end()};
    }
    /// The non-EU seats of the companies that control `supplier`, by id.
    std::vector<int> foreignSeatsOfControl(int supplier)
    {
        std::set<int> out;
        for (const int root : ultimateParents(supplier)) {
            for (const int j : seats(root)) {
                if (!isEu(j))
                    out.insert(j);
            }
        }
        std::vector<int> v(out.begin(), out.end());
        sortById(v);
        return v;
    }
    const ApplicationLockIn *lockIn(int app) const
    {
        const auto it = m_lockIn.find(app);
        return it == m_lockIn.end() ? nullptr : it->second;
    }
    const SovereigntyProfile *profile(int app) const
    {
        const auto it = m_profile.find(app);
        return it == m_profile.end() ? nullptr : it->second;
    }
    /// The capabilities for which `node` is a single point of failure (analysis order: by id).
    const std::vector<int> &spofOf(int node) const
    {
        static const std::vector<int> none;
        const auto it = m_spofOf.find(node);
        return it == m_spofOf.end() ? none : it->second;
    }
    void sortById(std::vector<int> &nodes) const
    {
        std::sort(nodes.begin(), nodes.end(), [&](int a, int b) { return idLess(id(a), id(b)); });
    }
    /// Capabilities most critical first, then by id: the order in which sentences name them.
    void sortByCriticality(std::vector<int> &capabilities) const
    {
        std::sort(capabilities.begin(), capabilities.end(), [&](int a, int b) {
            const int ca = node(a).effectiveCriticality(), cb = node(b).effectiveCriticality();
            return ca != cb ? ca > cb : idLess(id(a), id(b));
        });
    }
    int maxCriticality(const std::vector<int> &capabilities) const
    {
        int c = 0;
        for (const int n : capabilities)
            c = std::max(c, node(n).effectiveCriticality());
        return c;
    }
    std::vector<int> vital(const std::vector<int> &capabilities) const
    {
        std::vector<int> out;
        for (const int c : capabilities) {
            if (node(c).effectiveCriticality() >= thresholds::VitalCriticality)
                out.push_back(c);
        }
        return out;
    }
    /// Nodes reachable from `from` along dependency edges (ignoring groups), `from` included.
    std::vector<bool> closure(int from) const { return closure(std::vector<int>{from}); }
    std::vector<bool> closure(const std::vector<int> &from) const
    {
        std::vector<bool> seen(std::size_t(size()), false);
        std::vector<int> stack = from;
        for (const int f : from)
            seen[std::size_t(f)] = true;
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            for (const auto &[k, to] : dependencies(at)) {
                if (!seen[std::size_t(to)]) {
                    seen[std::size_t(to)] = true;
                    stack.push_back(to);
                }
            }
        }
        return seen;
    }
    /// Applications hosted on `host` by an ungrouped hosted_on edge (no second site).
    const std::vector<int> &hostedWithoutSecondSite(int host) const
    {
        static const std::vector<int> none;
        const auto it = m_hostedUngrouped.find(host);
        return it == m_hostedUngrouped.end() ? none : it->second;
    }
    /// The capabilities that need the application (along requires edges, as the lock-in
    /// roll-up: only requires edges lead to an application), by id.
    std::vector<int> capabilitiesNeeding(const std::vector<int> &apps) const
    {
        std::set<int> caps;
        for (const int a : apps) {
            const auto it = m_capabilitiesOfApplication.find(a);
            if (it != m_capabilitiesOfApplication.end())
                caps.insert(it->second.begin(), it->second.end());
        }
        std::vector<int> out(caps.begin(), caps.end());
        sortById(out);
        return out;
    }
    const double *number(int n, const QString &key) const { return node(n).attributeAs<double>(key); }
    const bool *flag(int n, const QString &key) const { return node(n).attributeAs<bool>(key); }
    const QString *text(int n, const QString &key) const { return node(n).attributeAs<QString>(key); }
    std::optional<QDate> contractEnd(int app) const
    {
        const QString *end = text(app, QStringLiteral("contract_end"));
        if (!end)
            return std::nullopt;
        const QDate d = QDate::fromString(*end, Qt::ISODate);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    /// The last day to give notice: the contract end minus the notice period (whole months,
    /// rounded up), or the contract end itself without a notice period.
    std::optional<QDate> noticeDate(int app) const
    {
        const std::optional<QDate> end = contractEnd(app);
        if (!end)
            return std::nullopt;
        const double *notice = number(app, QStringLiteral("notice_months"));
        if (!notice)
            return *end;
        QDate date = end->addMonths(-int(std::ceil(*notice)));
        if (end->day() == end->daysInMonth()) // a contract to the end of a month: notice to the end of a month
            date = QDate(date.year(), date.month(), date.daysInMonth());
        return date;
    }
    /// The options of the model that remove one of `nodes`, by name.
    QStringList optionsRemoving(const QStringList &nodes) const
    {
        QStringList out;
        for (const Option &o : model().options) {
            for (const QString &n : nodes) {
                if (o.removeNodes.contains(n)) {
                    out << (o.name.isEmpty() ? o.id : o.name);
                    break;
                }
            }
        }
        return out;
    }

private:
    const DependencyAnalysis &m_analysis;
    const MethodologyResult &m_methodology;
    std::map<int, const ApplicationLockIn *> m_lockIn;
    std::map<int, const SovereigntyProfile *> m_profile;
    std::map<int, std::vector<int>> m_spofOf;
    std::map<int, std::vector<int>> m_hostedUngrouped;           ///< host -> applications hosted on it outside any group
    std::map<int, std::vector<int>> m_capabilitiesOfApplication; ///< application -> capabilities needing it
};

// --- the rule book -----------------------------------------------------------------------

std::vector<RecommendationRule> makeRules()
{
    using namespace thresholds;
    return {
        {QStringLiteral("R1"), Recommendations::tr("An EU-controlled alternative for what a non-EU country can cut off"),
         Recommendations::tr("A jurisdiction outside the EU can cut off a capability of criticality %1 or higher on its own (finding area "
                             "\"jurisdiction\").")
             .arg(VitalCriticality),
         Recommendations::tr(
             "Sanctions, export controls or a court order on the companies seated in a country can stop every service "
             "they control, wherever it is hosted. Only an alternative under EU control is outside that reach. Preparing it "
             "in advance turns a cut-off into a planned switch."),
         Recommendations::tr(
             "Antrum's rule; cut-off as defined in semantics.md, EU line as in docs/methodology.md §2.5. DORA (Regulation "
             "(EU) 2022/2554) Art. 28(8) asks financial entities to \"identify alternative solutions and develop transition "
             "plans\" [S: streamlex.eu copy of Art. 28]; applied here by analogy.")},
        {QStringLiteral("R2"), Recommendations::tr("Negotiate an exit clause and data return before the contract end"),
         Recommendations::tr("An application in use has a lock-in score of %1 or more, lacks an exit clause or a data-return clause (false "
                             "or not recorded), and has a contract on record (a contract end or an annual cost above 0).")
             .arg(decimal(HighLockIn, 0)),
         Recommendations::tr("Without an exit clause and a data-return clause, leaving depends on the supplier's goodwill. Both are "
                             "easiest to obtain before the notice date, when not renewing is still an option. For cloud services in scope "
                             "of the Data Act the switching terms are statutory and can be asked for as a matter of law."),
         Recommendations::tr("DORA Art. 28(8): being able to \"exit contractual arrangements without disruption\" [S: atlas.valendir.com]; "
                             "Data Act (Regulation (EU) 2023/2854) Art. 25(2): notice of at most two months, a transition of at most 30 "
                             "days, data retrieval for at least 30 days [S: Osborne Clarke], and Art. 29: no switching charges from 12 "
                             "January 2027 [P: data-act-text.com] (docs/methodology.md §3.2). The threshold %1 is Antrum's choice.")
             .arg(decimal(HighLockIn, 0))},
        {QStringLiteral("R3"), Recommendations::tr("Diversify the parent behind a redundancy"),
         Recommendations::tr("One ultimate parent company, or one jurisdiction other than home, takes out a redundancy group on its own "
                             "(a common cause of order 1) or leaves it one failure short of failing (order 2); orders up to %1 are "
                             "reported, and only when the group's owner would otherwise stay up.")
             .arg(MaxCommonCauseOrder),
         Recommendations::tr(
             "Redundancy helps only against independent failures. Members under one parent company or in one foreign "
             "country share a common cause: the parent's insolvency, an acquisition, a policy change or a cut-off takes out "
             "all of them at once."),
         Recommendations::tr("DORA Art. 29(1)(b) treats arrangements with \"closely connected\" providers as a concentration risk [P: "
                             "cyberday.ai copy of Art. 29] (docs/methodology.md §3.2); the orders and the rule are Antrum's.")},
        {QStringLiteral("R4"), Recommendations::tr("Redundancy or an exit plan for a single point of failure"),
         Recommendations::tr("An application or host in use is a single point of failure of a capability of criticality %1 or higher.")
             .arg(VitalCriticality),
         Recommendations::tr("A vital capability that one component can stop has no second way out. Redundancy removes the single point; "
                             "a tested exit plan shortens the outage when it is not possible."),
         Recommendations::tr("DORA Art. 28(8): exit plans that are \"documented\" and \"sufficiently tested\" for services supporting "
                             "critical or important functions [S: streamlex.eu copy of Art. 28], by analogy. Vital = criticality %1 or "
                             "higher is Antrum's choice.")
             .arg(VitalCriticality)},
        {QStringLiteral("R5"), Recommendations::tr("Diversify suppliers in the next procurement"),
         Recommendations::tr("A concentration index by parent company or host operator is high (HHI above the model's high threshold, "
                             "default 2000), or the largest country in the country index is outside the EU, or at least %1 of the "
                             "criticality- or cost-weighted dependence rests on parent companies outside the EU.")
             .arg(percent(HighNonEuShare)),
         Recommendations::tr("So much dependence on one company, operator or foreign country is a continuity risk and weakens the "
                             "organisation's hand at every renewal. Procurement is the moment to spread it."),
         Recommendations::tr("EU Horizontal Merger Guidelines 2004/C 31/03, paras 19-21 (HHI bands, used by analogy) [P: EUR-Lex summary]; "
                             "DORA Art. 29(1) concentration-risk assessment [P: cyberday.ai copy] (docs/methodology.md §4.2). The non-EU "
                             "share of %1 is Antrum's choice.")
             .arg(percent(HighNonEuShare))},
        {QStringLiteral("R6"), Recommendations::tr("Sovereignty requirements for a low-scoring supplier group"),
         Recommendations::tr("A supplier group with an application serving a capability of criticality %1 or higher fails the model's "
                             "SEAL gates, or scores below %2 of 100 on the sovereignty profile.")
             .arg(VitalCriticality)
             .arg(decimal(LowSovereigntyScore, 0)),
         Recommendations::tr("A service under exclusive control of non-EU third parties (SEAL-0) can be switched off or reached from "
                             "outside EU law. Minimum SEAL levels in a tender make the requirement explicit; SEAL-%1 is the first level at "
                             "which EU law is \"applicable and enforceable\".")
             .arg(SuggestedGateLevel),
         Recommendations::tr("European Commission, Cloud Sovereignty Framework v1.2.1: SEAL definitions [S: MISP taxonomy], minimum levels "
                             "in tenders [S: Safespring] (docs/methodology.md §5.2, §5.6). The score threshold %1 is Antrum's choice.")
             .arg(decimal(LowSovereigntyScore, 0))},
        {QStringLiteral("R7"), Recommendations::tr("Collect the missing facts"),
         Recommendations::tr("Data-quality items of importance %1 or more (criticality x weight, docs/methodology.md §6.2).")
             .arg(whole(ImportantDataGap)),
         Recommendations::tr("Every missing fact is counted at its worst in the scores. What is not known cannot be managed, and cannot be "
                             "shown to a council or an auditor."),
         Recommendations::tr("Algemene Rekenkamer, Het Rijk in de cloud (15 January 2025): the type of cloud unknown for 26% of 1,588 "
                             "services, no risk assessment for two thirds of the material public-cloud services [P/S, docs/methodology.md "
                             "§1]; Rijksbreed cloudbeleid 2022 (Kamerstuk 26 643, nr. 904): each department keeps the risks of its public "
                             "cloud use in view [P: officielebekendmakingen.nl].")},
        {QStringLiteral("R8"), Recommendations::tr("Prepare the exit for a scenario"),
         Recommendations::tr("In a simulated scenario a capability has no way back, or stays down longer than its maximum tolerable "
                             "downtime (MTD)."),
         Recommendations::tr("An exit made under pressure takes as long as the switch itself. Only what is prepared - an alternative "
                             "contracted, data exported, the migration tested - can start at once."),
         Recommendations::tr(
             "DORA Art. 28(8): exit plans that are \"sufficiently tested and reviewed periodically\" [S: streamlex.eu copy of "
             "Art. 28], by analogy; the simulation rules are in docs/scenarios.md.")},
        {QStringLiteral("R9"), Recommendations::tr("Consider the switch when a price rise makes it pay"),
         Recommendations::tr("In a simulated price rise, switching an application to a recorded alternative costs less over the horizon "
                             "than staying (a saving above 0, docs/scenarios.md §3.1)."),
         Recommendations::tr("When staying costs more than switching, lock-in is being paid for. The business case is best made before "
                             "the price rise takes effect."),
         Recommendations::tr("Antrum's rule. Data Act Art. 29: no switching charges for in-scope cloud services from 12 January 2027 [P: "
                             "data-act-text.com] (docs/methodology.md §3.2).")},
        {QStringLiteral("R10"), Recommendations::tr("Use the renewal window"),
         Recommendations::tr("A supplier group found low on sovereignty, or an application with high lock-in, has a contract that ends, or "
                             "must be given notice, within %1 months of the reference date (or has ended and is open for renewal).")
             .arg(RenewalWindowMonths),
         Recommendations::tr("Leaving at the end of a contract needs no exit clause and costs no penalty. The moment passes with the "
                             "notice date; a market consultation takes months."),
         Recommendations::tr("Antrum's rule. For cloud services in scope of the Data Act the notice period is at most two months (Art. "
                             "25(2)(d)) [S: Osborne Clarke].")},
        {QStringLiteral("R11"), Recommendations::tr("Subcontracting terms for a hidden foreign dependence"),
         Recommendations::tr("An application serving a capability of criticality %1 or higher is supplied by companies controlled from "
                             "the EU, but a subcontractor or host operator in its chain is controlled from outside the EU (derived SOV-5 "
                             "= SEAL-2).")
             .arg(VitalCriticality),
         Recommendations::tr("The contract is with a European company, but the service stops, or can be reached, through a company "
                             "controlled from elsewhere. That dependence is invisible unless the supplier must disclose and clear its "
                             "subcontractors."),
         Recommendations::tr("DORA Art. 30(2)(a): contracts state whether subcontracting is permitted and on which conditions [S: "
                             "itlawco.com]; Cloud Sovereignty Framework SOV-5 supply chain, the heaviest objective (20%) [S] "
                             "(docs/methodology.md §5.1).")},
    };
}

const RecommendationRule &rule(const std::vector<RecommendationRule> &rules, int number) { return rules[std::size_t(number - 1)]; }

// --- the assessment ----------------------------------------------------------------------

class Assessor {
public:
    Assessor(const Model &model, const DependencyAnalysis &analysis, const MethodologyResult &methodology,
             const std::vector<ScenarioResult> &scenarios, const Comparison *comparison)
            : l(model, analysis, methodology), m_scenarios(scenarios), m_comparison(comparison), m_rules(makeRules()),
              m_propagator(analysis.graph())
    {
    }

    ReportFindings run()
    {
        if (l.graph().size() == Index(l.size()) && !l.analysis().cancelled()) {
            spofs();
            cutoffs();
            commonCauses();
            concentration();
            lockIn();
            sovereignty();
            supplyChain();
            dataQuality();
            scenarios();
        }
        finish();
        return std::move(m_result);
    }

private:
    // --- helpers ---

    Finding &add(Finding f)
    {
        f.severity = std::clamp(f.severity, 1, 5);
        f.breadth = std::max(1, f.breadth);
        m_result.findings.push_back(std::move(f));
        return m_result.findings.back();
    }

    void recommend(const Finding &f, int ruleNumber, QStringList nodes, const QString &title, const QString &text,
                   std::optional<QDate> deadline = std::nullopt)
    {
        Recommendation r;
        r.rule = QStringLiteral("R%1").arg(ruleNumber);
        r.findingId = f.id;
        r.priority = f.severity >= 5 ? 1 : f.severity == 4 ? 2 : 3;
        if (deadline && *deadline <= l.asOf().addMonths(thresholds::UrgentDeadlineMonths))
            r.priority = 1;
        r.nodes = std::move(nodes);
        r.title = title;
        r.text = text;
        r.rationale = rule(m_rules, ruleNumber).rationale;
        r.source = rule(m_rules, ruleNumber).source;
        m_result.recommendations.push_back(std::move(r));
    }

    /// Capability names, most critical first.
    QStringList capabilityNames(std::vector<int> capabilities) const
    {
        l.sortByCriticality(capabilities);
        return l.names(capabilities);
    }

    QStringList capabilityIds(std::vector<int> capabilities) const
    {
        l.sortById(capabilities);
        return l.ids(capabilities);
    }

    /// "Name (criticality 5, maximum tolerable downtime 4 hours)".
    QString capabilityWithFacts(int c) const
    {
        const Node &n = l.node(c);
        const QString criticality = QString::number(n.effectiveCriticality());
        if (n.mtdHours)
            return Recommendations::tr("%1 (criticality %2, maximum tolerable downtime %3)")
                .arg(l.name(c), criticality, hours(*n.mtdHours));
        return Recommendations::tr("%1 (criticality %2)").arg(l.name(c), criticality);
    }

    static QString vitalSentence(std::size_t vital, std::size_t all)
    {
        if (vital == all)
            return Recommendations::tr(" All of them are vital.");
        if (vital == 1)
            return Recommendations::tr(" One of them is vital (criticality %1 or higher).").arg(thresholds::VitalCriticality);
        return Recommendations::tr(" %1 of them are vital (criticality %2 or higher).")
            .arg(QString::number(vital), QString::number(thresholds::VitalCriticality));
    }

    /// The capabilities in fail({seed}).
    std::vector<int> capabilitiesFailedBy(int seed)
    {
        m_propagator.reset();
        m_propagator.fail(Index(seed));
        std::vector<int> out;
        for (const Index n : m_propagator.failed()) {
            if (int(n) != seed && l.node(int(n)).kind == NodeKind::Capability)
                out.push_back(int(n));
        }
        l.sortById(out);
        return out;
    }

    struct AlternativeChoice {
        int alternative = -1;
        std::optional<double> switchMonths, switchCost;
    };
    /// The fastest recorded alternative of `app` that passes `accept` (switch months, then
    /// cost, then id; unknown counts as slowest and dearest).
    template <typename Accept> std::optional<AlternativeChoice> bestAlternative(int app, Accept accept) const
    {
        std::optional<AlternativeChoice> best;
        const auto key
            = [](const AlternativeChoice &c) { return std::make_pair(c.switchMonths.value_or(1e18), c.switchCost.value_or(1e18)); };
        for (const Edge *e : l.alternatives(app)) {
            const int alt = l.indexOf(e->from);
            if (alt < 0 || !accept(alt))
                continue;
            const AlternativeChoice c{alt, e->switchMonths, e->switchCost};
            if (!best || key(c) < key(*best) || (key(c) == key(*best) && idLess(l.id(alt), l.id(best->alternative))))
                best = c;
        }
        return best;
    }
    QString switchFacts(const AlternativeChoice &c) const
    {
        if (c.switchMonths && c.switchCost)
            return Recommendations::tr("%1 and %2 to switch").arg(months(*c.switchMonths), money(*c.switchCost));
        if (c.switchMonths)
            return Recommendations::tr("%1 to switch, cost not recorded").arg(months(*c.switchMonths));
        if (c.switchCost)
            return Recommendations::tr("%1 to switch, duration not recorded").arg(money(*c.switchCost));
        return Recommendations::tr("duration and cost of the switch not recorded");
    }

    QString optionSentence(const QStringList &nodeIds, bool some = false) const
    {
        const QStringList options = l.optionsRemoving(nodeIds);
        if (options.isEmpty())
            return {};
        QStringList quoted;
        for (const QString &o : options)
            quoted << Recommendations::tr("«%1»").arg(o);
        if (some)
            return options.size() == 1 ? Recommendations::tr(" The stored option %1 replaces some of them.").arg(quoted.first())
                                       : Recommendations::tr(" The stored options %1 replace some of them.").arg(listText(quoted));
        return options.size() == 1 ? Recommendations::tr(" The stored option %1 replaces it.").arg(quoted.first())
                                   : Recommendations::tr(" The stored options %1 replace it.").arg(listText(quoted));
    }

    // --- spof (R4) ---

    void spofs()
    {
        for (int x = 0; x < l.size(); ++x) {
            const NodeKind kind = l.node(x).kind;
            if (!(kind == NodeKind::Host || (kind == NodeKind::Application && l.inUse(x))))
                continue;
            std::vector<int> hit;
            for (const int c : l.spofOf(x)) {
                if (l.node(c).kind == NodeKind::Capability)
                    hit.push_back(c);
            }
            const std::vector<int> vital = l.vital(hit);
            if (vital.empty())
                continue;
            l.sortById(hit);
            Finding f;
            f.id = QStringLiteral("spof:") + l.id(x);
            f.area = QStringLiteral("spof");
            f.severity = l.maxCriticality(hit);
            f.breadth = int(hit.size());
            f.capabilities = capabilityIds(hit);
            f.nodes = QStringList{l.id(x)} + f.capabilities;
            f.title = Recommendations::tr("%1 alone can stop %2").arg(l.name(x), capabilityCount(hit.size()));
            std::vector<int> byCriticality = hit;
            l.sortByCriticality(byCriticality);
            if (hit.size() == 1) {
                f.text = Recommendations::tr("If %1 fails, nothing takes over: %2 stops with it.")
                             .arg(l.name(x), capabilityWithFacts(hit.front()));
            } else {
                f.text = Recommendations::tr("If %1 fails, nothing takes over: %2 stop with it.")
                             .arg(l.name(x), listText(l.names(byCriticality)));
                f.text += vitalSentence(vital.size(), hit.size());
                f.text += Recommendations::tr(" The most critical is %1.").arg(capabilityWithFacts(byCriticality.front()));
            }
            std::vector<int> hosted;
            if (kind == NodeKind::Host) {
                for (const int a : l.hostedWithoutSecondSite(x)) {
                    if (l.inUse(a))
                        hosted.push_back(a);
                }
                l.sortById(hosted);
                hosted.erase(std::unique(hosted.begin(), hosted.end()), hosted.end());
                if (!hosted.empty())
                    f.text += Recommendations::tr(" It hosts %1 without a second site.").arg(listText(l.names(hosted)));
            }
            const Finding &added = add(std::move(f));
            recommendSpof(added, x, byCriticality, hosted);
        }
    }

    void recommendSpof(const Finding &f, int x, const std::vector<int> &hit, const std::vector<int> &hosted)
    {
        // The shortest MTD among the vital capabilities hit: what an exit plan must beat.
        std::optional<double> mtd;
        int mtdCapability = -1;
        for (const int c : l.vital(hit)) {
            if (const auto h = l.node(c).mtdHours; h && (!mtd || *h < *mtd)) {
                mtd = h;
                mtdCapability = c;
            }
        }
        QString text;
        if (l.node(x).kind == NodeKind::Host) {
            text
                = Recommendations::tr("Run what depends on %1 in a second location under a different operator, or prepare a tested plan to "
                                      "move it elsewhere.")
                      .arg(l.name(x));
            if (!hosted.empty())
                text += Recommendations::tr(" Start with %1.").arg(listText(l.names(hosted)));
        } else {
            text = Recommendations::tr(
                       "Give %1 a second, independent way to deliver (redundancy or a fallback procedure), or prepare an exit "
                       "plan.")
                       .arg(l.name(x));
            const auto alternative = bestAlternative(x, [](int) { return true; });
            if (alternative) {
                text += Recommendations::tr(" An alternative is recorded: %1 (%2).")
                            .arg(l.name(alternative->alternative), switchFacts(*alternative));
                if (mtd && alternative->switchMonths && *alternative->switchMonths * 730.0 > *mtd)
                    text += Recommendations::tr(" That switch takes far longer than the maximum tolerable downtime of %1 (%2), so the plan "
                                                "must be ready, and tested, before it is needed.")
                                .arg(l.name(mtdCapability), hours(*mtd));
            } else {
                text += Recommendations::tr(" No alternative to %1 is recorded: start with a market scan.").arg(l.name(x));
            }
        }
        if (mtd && !(l.node(x).kind == NodeKind::Application && bestAlternative(x, [](int) { return true; })))
            text += Recommendations::tr(" The plan must work within the maximum tolerable downtime of %1 (%2).")
                        .arg(l.name(mtdCapability), hours(*mtd));
        text += optionSentence({l.id(x)});
        recommend(f, 4, QStringList{l.id(x)} + l.ids(hosted), Recommendations::tr("Redundancy or an exit plan for %1").arg(l.name(x)),
                  text);
    }

    // --- jurisdiction cut-off (R1) ---

    /// In-use applications that fail through their own supply chain (a supplier, host or
    /// jurisdiction), not only because an application they need fails. Needs the propagator
    /// to hold fail({J}).
    bool failsThroughSupplyChain(int app) const
    {
        const FailureGraph &g = l.graph();
        const auto chain = [&](Index t) {
            const NodeKind k = g.kind(t);
            return k != NodeKind::Application && k != NodeKind::Capability && m_propagator.isFailed(t);
        };
        for (const Index t : g.ungrouped(Index(app))) {
            if (chain(t))
                return true;
        }
        const auto [begin, end] = g.groups(Index(app));
        for (Index gi = begin; gi < end; ++gi) {
            const auto members = g.groupMembers(gi);
            const auto failed = std::count_if(members.begin(), members.end(), chain);
            if (Index(members.size()) - Index(failed) < g.groupThreshold(gi))
                return true;
        }
        return false;
    }

    void cutoffs()
    {
        const FailureGraph &g = l.graph();
        for (const JurisdictionFindings &jf : l.analysis().jurisdictions()) {
            const int j = int(jf.node);
            if (l.isEu(j))
                continue;
            std::vector<int> hit;
            for (const Index c : jf.cutoff)
                hit.push_back(int(c));
            const std::vector<int> vital = l.vital(hit);
            if (vital.empty())
                continue;
            m_propagator.reset();
            m_propagator.fail(Index(j));
            // The companies and hosts seated or located there through which the cut-off works.
            const std::vector<bool> underHit = l.closure(hit);
            std::vector<int> through;
            for (const FailureGraph::Dependant &d : g.dependants(Index(j))) {
                if (underHit[d.node] && m_propagator.isFailed(d.node)
                    && std::find(through.begin(), through.end(), int(d.node)) == through.end())
                    through.push_back(int(d.node));
            }
            l.sortById(through);
            std::vector<int> roots;
            for (const Index n : m_propagator.failed()) {
                if (l.inUse(int(n)) && failsThroughSupplyChain(int(n)))
                    roots.push_back(int(n));
            }
            l.sortById(roots);

            Finding f;
            f.id = QStringLiteral("cutoff:") + l.id(j);
            f.area = QStringLiteral("jurisdiction");
            f.severity = l.maxCriticality(hit);
            f.breadth = int(hit.size());
            f.capabilities = capabilityIds(hit);
            f.nodes = QStringList{l.id(j)} + f.capabilities + l.ids(through);
            f.title = Recommendations::tr("%1 can cut off %2").arg(l.name(j), capabilityCount(hit.size()));
            const QStringList laws = l.laws(j);
            const QString lawsText = laws.isEmpty()
                ? Recommendations::tr("outside the EU")
                : Recommendations::tr("outside the EU; laws with reach abroad on record: %1").arg(listText(laws));
            f.text = Recommendations::tr("%1 (%2) can on its own cut off %3: %4.")
                         .arg(l.name(j), lawsText, capabilityCount(hit.size()), listText(capabilityNames(hit)));
            if (hit.size() > 1)
                f.text += vitalSentence(vital.size(), hit.size());
            if (!through.empty())
                f.text += hit.size() == 1
                    ? Recommendations::tr(" It reaches it through %1, seated or located there.").arg(listText(l.names(through)))
                    : Recommendations::tr(" It reaches them through %1, seated or located there.").arg(listText(l.names(through)));
            f.text += comparisonSentence(j);
            const Finding &added = add(std::move(f));

            // R1 for each application the cut-off works through that can stop a vital capability.
            // An application that alone stops a vital capability; for the vital capabilities no
            // such application stops, every one under them.
            std::vector<bool> isRoot(std::size_t(l.size()), false), isVital(std::size_t(l.size()), false);
            for (const int a : roots)
                isRoot[std::size_t(a)] = true;
            for (const int c : vital)
                isVital[std::size_t(c)] = true;
            std::set<int> chosen;
            std::vector<int> unexplained;
            for (const CapabilityFindings &cf : l.analysis().capabilities()) {
                if (!isVital[cf.node])
                    continue;
                bool found = false;
                for (const Index s : cf.spofs) {
                    if (isRoot[s]) {
                        chosen.insert(int(s));
                        found = true;
                    }
                }
                if (!found)
                    unexplained.push_back(int(cf.node));
            }
            if (!unexplained.empty()) {
                const std::vector<bool> reach = l.closure(unexplained);
                for (const int a : roots) {
                    if (reach[std::size_t(a)])
                        chosen.insert(a);
                }
            }
            std::vector<int> apps(chosen.begin(), chosen.end());
            l.sortById(apps);
            for (const int a : apps)
                recommendCutoff(added, j, a, vital);
        }
    }

    /// What the compared options would change about the cut-off by `j` (empty without a comparison).
    QString comparisonSentence(int j) const
    {
        if (!m_comparison || !m_comparison->ok())
            return {};
        const ComparisonRow *row = m_comparison->find(QStringLiteral("cutoff"), l.id(j));
        if (!row || row->cells.empty() || !row->cells[0].value)
            return {};
        QStringList better;
        for (std::size_t i = 1; i < row->cells.size() && i < m_comparison->columns.size(); ++i) {
            if (row->cells[i].value && *row->cells[i].value < *row->cells[0].value)
                better << Recommendations::tr("«%1» to %2").arg(m_comparison->columns[i].name, whole(*row->cells[i].value));
        }
        if (better.isEmpty())
            return {};
        return Recommendations::tr(" Of the compared options, these lower the number of capabilities it can cut off from %1: %2.")
            .arg(whole(*row->cells[0].value), listText(better));
    }

    void recommendCutoff(const Finding &f, int j, int app, const std::vector<int> &vitalHit)
    {
        std::vector<int> stops;
        for (const int c : l.spofOf(app)) {
            if (std::find(vitalHit.begin(), vitalHit.end(), c) != vitalHit.end())
                stops.push_back(c);
        }
        QString text;
        if (!stops.empty())
            text = Recommendations::tr("A cut-off by %1 stops %2, and with it %3.")
                       .arg(l.name(j), l.name(app), listText(capabilityNames(stops)));
        else
            text = Recommendations::tr("A cut-off by %1 stops %2, one of the applications behind its vital capabilities.")
                       .arg(l.name(j), l.name(app));
        const auto euAlternative
            = bestAlternative(app, [&](int alt) { return l.applicationControlEu(alt) == true && !m_propagator.isFailed(Index(alt)); });
        if (euAlternative) {
            text += Recommendations::tr(
                        " %1 is recorded as an EU-controlled alternative (%2): prepare the switch so that it can be made before "
                        "a cut-off takes effect.")
                        .arg(l.name(euAlternative->alternative), switchFacts(*euAlternative));
        } else if (const auto other = bestAlternative(app, [](int) { return true; })) {
            const int alt = other->alternative;
            QString why;
            std::vector<int> foreign;
            for (const int s : l.targets(alt, EdgeKind::ProvidedBy)) {
                const std::vector<int> seats = l.foreignSeatsOfControl(s);
                foreign.insert(foreign.end(), seats.begin(), seats.end());
            }
            l.sortById(foreign);
            foreign.erase(std::unique(foreign.begin(), foreign.end()), foreign.end());
            if (m_propagator.isFailed(Index(alt)))
                why = Recommendations::tr("it is hit by the same cut-off");
            else if (!foreign.empty())
                why = Recommendations::tr("it is controlled from %1").arg(listText(l.names(foreign)));
            else
                why = Recommendations::tr("its control is not known to be in the EU");
            text += Recommendations::tr(" The recorded alternative %1 does not solve this (%2): look for an EU-controlled one.")
                        .arg(l.name(alt), why);
        } else {
            text += Recommendations::tr(" No alternative is recorded: run a market consultation for an EU-controlled one.");
        }
        text += optionSentence({l.id(app)});
        recommend(f, 1, {l.id(app), l.id(j)}, Recommendations::tr("An EU-controlled alternative for %1").arg(l.name(app)), text);
    }

    // --- common causes of redundancy groups (R3) ---

    void commonCauses()
    {
        const FailureGraph &g = l.graph();
        struct Cause {
            int node;
            int order;
            int failedMembers;
        };
        std::map<Index, std::vector<Cause>> causes; // group -> causes
        std::vector<int> candidates;
        for (int i = 0; i < l.size(); ++i) {
            const NodeKind k = l.node(i).kind;
            if ((k == NodeKind::Supplier && l.isUltimateParent(i)) || (k == NodeKind::Jurisdiction && !l.isHome(i)))
                candidates.push_back(i);
        }
        std::vector<Index> failedInGroup(g.groupCount(), 0);
        std::vector<Index> touched;
        for (const int x : candidates) {
            m_propagator.reset();
            m_propagator.fail(Index(x));
            touched.clear();
            for (const Index m : m_propagator.failed()) {
                for (const FailureGraph::Dependant &d : g.dependants(m)) {
                    if (d.group == FailureGraph::NoGroup)
                        continue;
                    if (failedInGroup[d.group]++ == 0)
                        touched.push_back(d.group);
                }
            }
            for (const Index gi : touched) {
                const Index failed = failedInGroup[gi];
                const Index members = Index(g.groupMembers(gi).size());
                const Index need = members - g.groupThreshold(gi) + 1;
                const Index owner = g.groupOwner(gi);
                int order = 0;
                if (failed >= 2 && failed >= need)
                    order = 1;
                else if (failed >= 2 && need - failed == 1)
                    order = 2;
                if (order == 0 || order > thresholds::MaxCommonCauseOrder)
                    continue;
                if (l.node(int(owner)).kind == NodeKind::Application && !l.inUse(int(owner)))
                    continue;
                // A cause that takes the owner down anyway, through an ungrouped dependency or
                // another group, is left to the SPOF and cut-off findings.
                bool anyway = false;
                for (const Index t : g.ungrouped(owner))
                    anyway = anyway || m_propagator.isFailed(t);
                const auto [begin, end] = g.groups(owner);
                for (Index other = begin; other < end && !anyway; ++other) {
                    if (other == gi)
                        continue;
                    const Index otherNeed = Index(g.groupMembers(other).size()) - g.groupThreshold(other) + 1;
                    anyway = failedInGroup[other] >= otherNeed;
                }
                if (!anyway)
                    causes[gi].push_back({x, order, int(failed)});
            }
            for (const Index gi : touched)
                failedInGroup[gi] = 0;
        }

        for (auto &[gi, list] : causes) {
            const int owner = int(g.groupOwner(gi));
            std::vector<int> hit = l.node(owner).kind == NodeKind::Capability ? std::vector<int>{owner} : std::vector<int>{};
            for (const int c : capabilitiesFailedBy(owner))
                hit.push_back(c);
            l.sortById(hit);
            if (hit.empty())
                continue;
            std::sort(list.begin(), list.end(), [&](const Cause &a, const Cause &b) {
                return a.order != b.order ? a.order < b.order : idLess(l.id(a.node), l.id(b.node));
            });
            std::vector<int> members;
            for (const Index m : g.groupMembers(gi))
                members.push_back(int(m));
            l.sortById(members);
            const int k = int(g.groupThreshold(gi));
            const QString group = g.groupName(gi);

            Finding f;
            f.id = QStringLiteral("common_cause:%1:%2").arg(l.id(owner), group);
            f.area = QStringLiteral("cut_set");
            const bool orderOne = list.front().order == 1;
            f.severity = orderOne ? l.maxCriticality(hit) : l.maxCriticality(hit) - 1;
            f.breadth = int(hit.size());
            f.capabilities = capabilityIds(hit);
            f.nodes = QStringList{l.id(owner)} + l.ids(members);
            QStringList clauses;
            std::vector<int> causeNodes, causeParents, causeCountries;
            for (const Cause &c : list) {
                causeNodes.push_back(c.node);
                f.nodes << l.id(c.node);
                const bool country = l.node(c.node).kind == NodeKind::Jurisdiction;
                (country ? causeCountries : causeParents).push_back(c.node);
                const QString who = country ? Recommendations::tr("a cut-off by %1").arg(l.name(c.node))
                                            : Recommendations::tr("the parent company %1").arg(l.name(c.node));
                const QString count = QString::number(c.failedMembers);
                clauses << (c.order == 1 ? Recommendations::tr("%1 takes out %2 of them on its own").arg(who, count)
                                         : Recommendations::tr("%1 takes out %2 of them, so one more failure is enough").arg(who, count));
            }
            f.nodes << f.capabilities;
            f.nodes.removeDuplicates();
            f.title = Recommendations::tr("The redundancy behind %1 has a common cause").arg(l.name(owner));
            f.text
                = Recommendations::tr("%1 needs %2 of the %3 members of its redundancy group «%4» (%5), but they are not independent: %6.")
                      .arg(l.name(owner), QString::number(k), QString::number(members.size()), group, listText(l.names(members)),
                           clauses.join(Recommendations::tr("; ")));
            f.text += Recommendations::tr(" The redundancy protects against the failure of one member, not against that common cause: if "
                                          "the group fails, %1 would stop.")
                          .arg(listText(capabilityNames(hit)));
            const Finding &added = add(std::move(f));

            QString where;
            if (!causeParents.empty() && !causeCountries.empty())
                where = Recommendations::tr("under a parent company other than %1 and outside %2")
                            .arg(listText(l.names(causeParents)), listText(l.names(causeCountries)));
            else if (!causeParents.empty())
                where = Recommendations::tr("under a parent company other than %1").arg(listText(l.names(causeParents)));
            else
                where = Recommendations::tr("outside %1").arg(listText(l.names(causeCountries)));
            const QString text
                = Recommendations::tr("Place at least one member of «%1» (%2) %3, so that no single company or country can take "
                                      "out the redundancy. Check the ownership of operators and subcontractors too, not only of "
                                      "the contracting party.")
                      .arg(group, listText(l.names(members)), where);
            recommend(added, 3, QStringList{l.id(owner)} + l.ids(causeNodes),
                      causeParents.empty()
                          ? Recommendations::tr("Spread the redundancy of %1 over more than one country").arg(l.name(owner))
                          : Recommendations::tr("Diversify the parent companies behind %1").arg(l.name(owner)),
                      text);
        }
    }

    // --- concentration (R5) ---

    /// In-use applications whose weight the index puts (partly) in `bucket`.
    std::vector<int> applicationsUnder(const QString &dimension, int bucket)
    {
        std::vector<int> out;
        for (int a = 0; a < l.size(); ++a) {
            if (!l.inUse(a))
                continue;
            std::vector<int> buckets;
            if (dimension == u"ultimate_parent") {
                buckets = l.parentsOf(a);
            } else if (dimension == u"jurisdiction") {
                for (const int p : l.parentsOf(a)) {
                    const std::vector<int> s = l.seats(p);
                    buckets.insert(buckets.end(), s.begin(), s.end());
                }
            } else {
                const std::vector<int> hosts = l.targets(a, EdgeKind::HostedOn);
                const QString *deployment = l.text(a, QStringLiteral("deployment"));
                if (hosts.empty() && deployment && *deployment == u"saas")
                    buckets = l.parentsOf(a);
                for (const int h : hosts) {
                    for (const int o : l.targets(h, EdgeKind::OperatedBy)) {
                        const std::vector<int> &roots = l.ultimateParents(o);
                        buckets.insert(buckets.end(), roots.begin(), roots.end());
                    }
                }
            }
            if (std::find(buckets.begin(), buckets.end(), bucket) != buckets.end())
                out.push_back(a);
        }
        l.sortById(out);
        return out;
    }

    int maxApplicationCriticality(const std::vector<int> &apps) const
    {
        int c = 0;
        for (const int a : apps)
            c = std::max(c, l.criticality(a));
        return c;
    }

    std::vector<int> capabilitiesOf(const std::vector<int> &apps) const { return l.capabilitiesNeeding(apps); }

    /// "first Zaakwijs on 2029-03-31": the earliest contract end on or after the reference date.
    QString nextRenewal(const std::vector<int> &apps) const
    {
        std::optional<QDate> first;
        int firstApp = -1;
        for (const int a : apps) {
            if (const auto end = l.contractEnd(a); end && *end >= l.asOf() && (!first || *end < *first)) {
                first = end;
                firstApp = a;
            }
        }
        return first ? Recommendations::tr(" The first contract to end is that of %1, on %2.").arg(l.name(firstApp), isoDate(*first))
                     : QString();
    }

    void concentration()
    {
        const MethodologySettings &settings = l.methodology().settings;
        for (const ConcentrationIndex &c : l.methodology().concentration) {
            if (c.level != ConcentrationLevel::High || c.shares.empty())
                continue;
            const int largest = c.shares.front().node;
            if (c.dimension == u"jurisdiction" && l.isEu(largest))
                continue; // concentration at home or in the EU is not foreign dependence
            const std::vector<int> apps = applicationsUnder(c.dimension, largest);
            Finding f;
            f.id = QStringLiteral("concentration:%1:%2").arg(c.dimension, c.weighting);
            f.area = QStringLiteral("concentration");
            f.severity = maxApplicationCriticality(apps);
            f.capabilities = capabilityIds(capabilitiesOf(apps));
            f.nodes << l.id(largest);
            for (std::size_t i = 1; i < std::min<std::size_t>(3, c.shares.size()); ++i)
                f.nodes << l.id(c.shares[i].node);
            f.nodes << l.ids(apps);
            f.nodes.removeDuplicates();
            f.title = Recommendations::tr("High concentration by %1, weighted by %2")
                          .arg(dimensionName(c.dimension), weightingName(c.weighting));
            f.text = Recommendations::tr("Weighted by %1, %2 carries %3 of the dependence by %4, the three largest together %5: a "
                                         "Herfindahl-Hirschman index of %6, above the %7 that merger control calls highly concentrated.")
                         .arg(weightingName(c.weighting), l.name(largest), percent(c.cr1), dimensionName(c.dimension), percent(c.cr3),
                              whole(c.hhi), whole(settings.hhiHigh));
            if (!apps.empty())
                f.text += Recommendations::tr(" Under %1: %2.").arg(l.name(largest), listText(l.names(apps)));
            if (c.unknownShare > 0)
                f.text += Recommendations::tr(" %1 of the weight could not be attributed for lack of facts.").arg(percent(c.unknownShare));
            const Finding &added = add(std::move(f));
            const QString text
                = Recommendations::tr("When the services under %1 come up for renewal, ask for offers from other companies or "
                                      "split them over more than one, and weigh concentration explicitly in the award. Add no new "
                                      "service under %1 without that assessment.")
                      .arg(l.name(largest))
                + nextRenewal(apps);
            recommend(added, 5, QStringList{l.id(largest)} + l.ids(apps),
                      Recommendations::tr("Diversify away from %1 in the next procurement").arg(l.name(largest)), text);
        }

        // The share of the dependence under parent companies outside the EU.
        const ConcentrationIndex *byCriticality = nullptr, *byCost = nullptr;
        for (const ConcentrationIndex &c : l.methodology().concentration) {
            if (c.dimension == u"jurisdiction")
                (c.weighting == u"criticality" ? byCriticality : byCost) = &c;
        }
        const double critShare = byCriticality ? byCriticality->nonEuShare : 0, costShare = byCost ? byCost->nonEuShare : 0;
        if (critShare < thresholds::HighNonEuShare && costShare < thresholds::HighNonEuShare)
            return;
        const ConcentrationIndex *index = critShare >= thresholds::HighNonEuShare ? byCriticality : byCost;
        std::vector<int> foreign;
        std::vector<int> apps;
        for (const Share &s : index->shares) {
            if (!l.isEu(s.node)) {
                foreign.push_back(s.node);
                const std::vector<int> under = applicationsUnder(QStringLiteral("jurisdiction"), s.node);
                apps.insert(apps.end(), under.begin(), under.end());
            }
        }
        l.sortById(apps);
        apps.erase(std::unique(apps.begin(), apps.end()), apps.end());
        if (foreign.empty())
            return;
        Finding f;
        f.id = QStringLiteral("concentration:non_eu");
        f.area = QStringLiteral("concentration");
        f.severity = maxApplicationCriticality(apps);
        f.capabilities = capabilityIds(capabilitiesOf(apps));
        f.nodes = l.ids(foreign) + l.ids(apps);
        const Share &largest = *std::find_if(index->shares.begin(), index->shares.end(), [&](const Share &s) { return !l.isEu(s.node); });
        f.title = Recommendations::tr("%1 of the dependence rests on parent companies outside the EU").arg(percent(index->nonEuShare));
        if (byCriticality && byCost)
            f.text
                = Recommendations::tr("%1 of the criticality-weighted dependence (%2 of the annual cost) rests on parent companies seated "
                                      "outside the EU, chiefly in %3 (%4).")
                      .arg(percent(critShare), percent(costShare), l.name(largest.node), percent(largest.share));
        else
            f.text = Recommendations::tr(
                         "%1 of the dependence, weighted by %2, rests on parent companies seated outside the EU, chiefly in %3 (%4).")
                         .arg(percent(index->nonEuShare), weightingName(index->weighting), l.name(largest.node), percent(largest.share));
        f.text += Recommendations::tr(" %1 in use are under their control.").arg(applicationCount(apps.size()));
        const Finding &added = add(std::move(f));
        recommend(
            added, 5, l.ids(foreign), Recommendations::tr("Reduce the dependence on parent companies outside the EU"),
            Recommendations::tr("Set a target for the share of vital services under EU control and move towards it at every renewal: ask "
                                "for EU-controlled offers and make control from the EU (SOV-1) an award criterion.")
                + nextRenewal(apps));
    }

    // --- lock-in (R2, R10) ---

    QString factorPhrase(LockInFactor factor, const FactorValue &v, int app) const
    {
        if (!v.value) {
            switch (factor) {
            case LockInFactor::DataPortability:
                return Recommendations::tr("data portability unknown");
            case LockInFactor::OpenStandards:
                return Recommendations::tr("open standards unknown");
            case LockInFactor::License:
                return Recommendations::tr("licence unknown");
            case LockInFactor::Deployment:
                return Recommendations::tr("deployment unknown");
            case LockInFactor::SwitchingCost:
                return Recommendations::tr("switching cost unknown");
            case LockInFactor::ExitClause:
                return Recommendations::tr("exit clause unknown");
            case LockInFactor::DataReturnClause:
                return Recommendations::tr("data return unknown");
            case LockInFactor::NoticePeriod:
                return Recommendations::tr("notice period unknown");
            case LockInFactor::ContractTerm:
                return Recommendations::tr("contract end unknown");
            case LockInFactor::Bundling:
                return Recommendations::tr("supplier unknown");
            case LockInFactor::Alternatives:
                return Recommendations::tr("alternatives unknown");
            }
        }
        const double x = *v.value;
        switch (factor) {
        case LockInFactor::DataPortability:
            return Recommendations::tr("data portability of only %1").arg(decimal(1.0 - x, 1));
        case LockInFactor::OpenStandards:
            return x >= 1.0 ? Recommendations::tr("no open standards") : Recommendations::tr("few open standards");
        case LockInFactor::License:
            return Recommendations::tr("a proprietary licence");
        case LockInFactor::Deployment: {
            const QString *d = l.text(app, QStringLiteral("deployment"));
            if (d && *d == u"saas")
                return Recommendations::tr("run by the supplier as SaaS");
            if (d && *d == u"paas")
                return Recommendations::tr("a platform run by the supplier (PaaS)");
            if (d && *d == u"iaas")
                return Recommendations::tr("infrastructure run by the supplier (IaaS)");
            return Recommendations::tr("run by the supplier");
        }
        case LockInFactor::Alternatives:
            return x >= 1.0 ? Recommendations::tr("no alternative recorded") : Recommendations::tr("no quick EU-controlled alternative");
        case LockInFactor::SwitchingCost:
            return Recommendations::tr("switching costs high against the annual cost");
        case LockInFactor::ExitClause:
            return Recommendations::tr("no exit clause");
        case LockInFactor::DataReturnClause:
            return Recommendations::tr("no data-return clause");
        case LockInFactor::NoticePeriod:
            return Recommendations::tr("a long notice period");
        case LockInFactor::ContractTerm:
            return Recommendations::tr("a long remaining contract term");
        case LockInFactor::Bundling:
            return Recommendations::tr("bundled with other applications of the same parent company");
        }
        return {};
    }

    /// "before 2027-03-31, the last day to give notice on the contract that ends on 2027-06-30".
    QString deadlineText(int app, std::optional<QDate> *deadline) const
    {
        const std::optional<QDate> end = l.contractEnd(app), notice = l.noticeDate(app);
        if (!end)
            return Recommendations::tr("at the next renewal (the contract end is not recorded)");
        if (*end < l.asOf()) {
            *deadline = l.asOf();
            return Recommendations::tr("now: the contract ended on %1 and its renewal is open").arg(isoDate(*end));
        }
        if (notice && *notice >= l.asOf() && *notice < *end) {
            *deadline = notice;
            return Recommendations::tr("before %1, the last day to give notice on the contract that ends on %2")
                .arg(isoDate(*notice), isoDate(*end));
        }
        *deadline = end;
        if (notice && *notice < *end)
            return Recommendations::tr(
                       "before the contract ends on %1 (the notice date, %2, has passed: make the clauses a condition of any "
                       "renewal)")
                .arg(isoDate(*end), isoDate(*notice));
        return Recommendations::tr("before the contract ends on %1").arg(isoDate(*end));
    }

    void lockIn()
    {
        const MethodologyResult &m = l.methodology();
        std::map<int, std::vector<int>> driven; // application -> capabilities whose lock-in it sets
        for (const CapabilityLockIn &c : m.capabilities) {
            if (c.drivenBy)
                driven[*c.drivenBy].push_back(c.node);
        }
        for (const ApplicationLockIn &a : m.applications) {
            if (a.candidate || a.lockIn.score < thresholds::HighLockIn || l.criticality(a.node) < 1)
                continue;
            const int app = a.node;
            std::vector<int> serves = l.capabilitiesNeeding({app});
            std::vector<int> drives = driven[app];
            l.sortById(drives);

            // The three heaviest contributions, weight x value (unknown counted as 1).
            std::vector<std::pair<double, int>> contributions;
            for (int i = 0; i < LockInFactorCount; ++i) {
                const double w = std::max(0.0, m.settings.lockInWeights[std::size_t(i)]);
                const double v = a.lockIn.factors[std::size_t(i)].value.value_or(1.0);
                if (w * v > 0)
                    contributions.push_back({-w * v, i});
            }
            std::sort(contributions.begin(), contributions.end());
            QStringList heaviest;
            for (std::size_t i = 0; i < std::min<std::size_t>(3, contributions.size()); ++i) {
                const int factor = contributions[i].second;
                heaviest << factorPhrase(LockInFactor(factor), a.lockIn.factors[std::size_t(factor)], app);
            }

            Finding f;
            f.id = QStringLiteral("lock_in:") + l.id(app);
            f.area = QStringLiteral("lock_in");
            f.severity = l.criticality(app);
            f.capabilities = capabilityIds(serves);
            f.nodes = QStringList{l.id(app)} + f.capabilities;
            f.title = Recommendations::tr("%1 is hard to leave (lock-in %2)").arg(l.name(app), decimal(a.lockIn.score));
            f.text = Recommendations::tr("%1 scores %2 of 100 on lock-in (%3 of it on known facts). The heaviest factors: %4.")
                         .arg(l.name(app), decimal(a.lockIn.score), percent(a.lockIn.knownShare), listText(heaviest));
            if (!drives.empty())
                f.text += drives.size() == 1
                    ? Recommendations::tr(" It sets the lock-in of %1, which needs it.").arg(listText(capabilityNames(drives)))
                    : Recommendations::tr(" It sets the lock-in of %1, which all need it.").arg(listText(capabilityNames(drives)));
            if (a.lockIn.knownShare < thresholds::LockInKnownShareNote)
                f.text
                    += Recommendations::tr(" Only %1 of the score rests on known facts: if every unknown turned out well it would be %2.")
                           .arg(percent(a.lockIn.knownShare), decimal(a.lockIn.best));
            const Finding &added = add(std::move(f));

            const bool *exitClause = l.flag(app, QStringLiteral("exit_clause"));
            const bool *returnClause = l.flag(app, QStringLiteral("data_return_clause"));
            const double *cost = l.number(app, QStringLiteral("annual_cost"));
            const bool contract = l.contractEnd(app) || (cost && *cost > 0);
            const bool needsExit = !(exitClause && *exitClause), needsReturn = !(returnClause && *returnClause);
            if (contract && (needsExit || needsReturn)) {
                std::optional<QDate> deadline;
                const QString when = deadlineText(app, &deadline);
                QString what;
                if (needsExit && needsReturn)
                    what = Recommendations::tr("an exit clause and a data-return clause");
                else if (needsExit)
                    what = Recommendations::tr("an exit clause");
                else
                    what = Recommendations::tr("a data-return clause");
                QString text = Recommendations::tr("Negotiate %1 for %2 %3.").arg(what, l.name(app), when);
                if ((needsExit && !exitClause) || (needsReturn && !returnClause))
                    text += Recommendations::tr(" The model does not record whether the contract has them: check the contract first.");
                text += Recommendations::tr(" Ask for the export of all data in an open format, assistance during the transition, and a "
                                            "transition period long enough to switch.");
                const QString *deployment = l.text(app, QStringLiteral("deployment"));
                if (deployment && (*deployment == u"saas" || *deployment == u"paas" || *deployment == u"iaas"))
                    text += Recommendations::tr(
                        " As a cloud service it is probably in scope of the Data Act, whose Art. 25 makes such switching "
                        "terms mandatory.");
                recommend(added, 2, {l.id(app)}, Recommendations::tr("Exit terms for %1").arg(l.name(app)), text, deadline);
            } else {
                renewalWindow(added, {app});
            }
        }
    }

    /// R10: the contracts among `apps` that end (or must be given notice) within the window.
    void renewalWindow(const Finding &f, const std::vector<int> &apps)
    {
        std::map<std::pair<QDate, QDate>, std::vector<int>> byDates; // (end, notice) -> apps
        const QDate limit = l.asOf().addMonths(thresholds::RenewalWindowMonths);
        for (const int a : apps) {
            const auto end = l.contractEnd(a);
            const auto notice = l.noticeDate(a);
            if (!end)
                continue;
            if (*end < l.asOf() || (notice && *notice <= limit))
                byDates[{*end, notice.value_or(*end)}].push_back(a);
        }
        if (byDates.empty())
            return;
        QStringList parts;
        std::vector<int> named;
        std::optional<QDate> deadline;
        std::optional<double> longestSwitch;
        int longestApp = -1, longestAlt = -1;
        for (auto &[dates, list] : byDates) {
            l.sortById(list);
            named.insert(named.end(), list.begin(), list.end());
            const auto &[end, notice] = dates;
            if (end < l.asOf()) {
                parts << Recommendations::tr("%1 (contract ended on %2, renewal open)").arg(listText(l.names(list)), isoDate(end));
                deadline = deadline ? std::min(*deadline, l.asOf()) : l.asOf();
            } else {
                if (notice < end && notice < l.asOf())
                    parts << Recommendations::tr("%1 (contract ends on %2; the notice date, %3, has passed)")
                                 .arg(listText(l.names(list)), isoDate(end), isoDate(notice));
                else if (notice < end)
                    parts << Recommendations::tr("%1 (contract ends on %2, notice by %3)")
                                 .arg(listText(l.names(list)), isoDate(end), isoDate(notice));
                else
                    parts << Recommendations::tr("%1 (contract ends on %2)").arg(listText(l.names(list)), isoDate(end));
                const QDate d = notice >= l.asOf() ? notice : end;
                deadline = deadline ? std::min(*deadline, d) : d;
            }
            for (const int a : list) {
                if (const auto alt = bestAlternative(a, [](int) { return true; });
                    alt && alt->switchMonths && (!longestSwitch || *alt->switchMonths > *longestSwitch)) {
                    longestSwitch = alt->switchMonths;
                    longestApp = a;
                    longestAlt = alt->alternative;
                }
            }
        }
        QString text = Recommendations::tr("Use the renewal to leave or to set conditions: %1. Start the market consultation now.")
                           .arg(parts.join(Recommendations::tr("; ")));
        if (longestSwitch) {
            const int monthsLeft = std::max(0, int(l.asOf().daysTo(*deadline) / 30.4375));
            text += Recommendations::tr(" The recorded switch from %1 to %2 takes %3")
                        .arg(l.name(longestApp), l.name(longestAlt), months(*longestSwitch));
            text += *longestSwitch > monthsLeft
                ? Recommendations::tr(", longer than the time left: negotiate a short extension with exit support rather "
                                      "than a full new term.")
                : Recommendations::tr(".");
        }
        recommend(f, 10, l.ids(named), Recommendations::tr("Use the renewal window of %1").arg(listText(l.names(named), 3)), text,
                  deadline);
    }

    // --- sovereignty (R6, R10) ---

    void sovereignty()
    {
        const MethodologyResult &m = l.methodology();
        std::map<int, const SovereigntyProfile *> groupProfile;
        for (const SovereigntyProfile &p : m.groupProfiles)
            groupProfile[p.node] = &p;
        // Parents with exactly the same applications (joint owners) share one finding.
        std::map<std::vector<int>, std::vector<int>> parentsOf; // applications by index -> parents
        for (const SupplierGroupLockIn &g : m.supplierGroups) {
            std::vector<int> key = g.applications;
            std::sort(key.begin(), key.end());
            parentsOf[key].push_back(g.parent);
        }
        std::set<std::vector<int>> done;
        for (const SupplierGroupLockIn &g : m.supplierGroups) {
            const auto it = groupProfile.find(g.parent);
            if (it == groupProfile.end())
                continue;
            const SovereigntyProfile &p = *it->second;
            std::vector<int> apps = g.applications;
            l.sortById(apps);
            std::vector<int> vitalApps;
            for (const int a : apps) {
                if (l.criticality(a) >= thresholds::VitalCriticality)
                    vitalApps.push_back(a);
            }
            const bool gatesFailed = p.passesGates == false;
            std::vector<int> key = g.applications;
            std::sort(key.begin(), key.end());
            if (vitalApps.empty() || (!gatesFailed && p.score >= thresholds::LowSovereigntyScore) || done.count(key))
                continue;
            done.insert(key);
            std::vector<int> parents = parentsOf[key];
            l.sortById(parents);
            const std::vector<int> serves = capabilitiesOf(apps);
            const std::vector<int> vitalServed = l.vital(serves);

            Finding f;
            f.id = QStringLiteral("sovereignty:") + l.id(parents.front());
            f.area = QStringLiteral("sovereignty");
            f.severity = maxApplicationCriticality(apps);
            f.capabilities = capabilityIds(serves);
            f.nodes = l.ids(parents) + l.ids(apps) + f.capabilities;
            const QString who = listText(l.names(parents));
            f.title = gatesFailed ? Recommendations::tr("The applications of %1 fail the sovereignty gates").arg(who)
                                  : Recommendations::tr("The applications of %1 score low on sovereignty (%2)").arg(who, decimal(p.score));
            f.text = apps.size() == 1
                ? Recommendations::tr("%1, the only application in use under %2, scores %3 of 100 on the Cloud Sovereignty Framework, %4 "
                                      "of it on known facts.")
                      .arg(l.name(apps.front()), who, decimal(p.score), percent(p.knownShare))
                : Recommendations::tr("%1 applications under %2 (%3) score %4 of 100 on the Cloud Sovereignty Framework, %5 of it on known "
                                      "facts.")
                      .arg(QString::number(apps.size()), who, listText(l.names(apps)), decimal(p.score), percent(p.knownShare));
            if (p.overall) {
                QStringList weakest;
                for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
                    if (p.objectives[std::size_t(i)].level == p.overall)
                        weakest << objectiveName(i);
                }
                f.text += Recommendations::tr(" Weakest: %1 at SEAL-%2.").arg(listText(weakest)).arg(*p.overall);
            }
            if (gatesFailed) {
                QStringList failed;
                for (const GateResult &gate : p.gates) {
                    if (gate.passed == false)
                        failed << Recommendations::tr("%1 (SEAL-%2, minimum %3)")
                                      .arg(objectiveName(gate.objective))
                                      .arg(p.objectives[std::size_t(gate.objective)].level.value_or(0))
                                      .arg(gate.minimum);
                }
                f.text += (apps.size() == 1 ? Recommendations::tr(" It fails the minimum levels set for tenders on %1.")
                                            : Recommendations::tr(" They fail the minimum levels set for tenders on %1."))
                              .arg(listText(failed));
            }
            if (serves.size() == 1)
                f.text += apps.size() == 1 ? Recommendations::tr(" It serves %1.").arg(capabilityWithFacts(serves.front()))
                                           : Recommendations::tr(" They serve %1.").arg(capabilityWithFacts(serves.front()));
            else
                f.text += (apps.size() == 1 ? Recommendations::tr(" It serves %1: %2.") : Recommendations::tr(" They serve %1: %2."))
                              .arg(capabilityCount(serves.size()), listText(capabilityNames(serves)))
                    + vitalSentence(vitalServed.size(), serves.size());
            const Finding &added = add(std::move(f));

            QString text;
            if (gatesFailed)
                text = Recommendations::tr(
                           "Ask %1 to remedy the failed objectives, with evidence for an assessment (seal.SOV-n), or plan the "
                           "replacement of these services by ones that meet the gates.")
                           .arg(who);
            else
                text = Recommendations::tr(
                           "In the next procurement of these services set minimum SEAL levels per objective (at least SEAL-%1 "
                           "on SOV-2 legal and SOV-3 data), and ask for offers under EU control. Assess SOV-7 and SOV-8 with "
                           "the supplier: the model cannot derive them.")
                           .arg(thresholds::SuggestedGateLevel);
            text += optionSentence(l.ids(apps), apps.size() > 1);
            recommend(added, 6, l.ids(parents) + l.ids(apps),
                      Recommendations::tr("Sovereignty requirements for the services of %1").arg(who), text);
            renewalWindow(added, apps);
        }
    }

    // --- hidden foreign dependence in the supply chain (R11) ---

    void supplyChain()
    {
        for (int app = 0; app < l.size(); ++app) {
            if (!l.inUse(app) || l.criticality(app) < thresholds::VitalCriticality)
                continue;
            const SovereigntyProfile *p = l.profile(app);
            if (!p || p->objectives[4].derived != 2 || p->objectives[0].derived != 4)
                continue;
            // The links of the chain controlled from outside the EU.
            std::vector<int> links;
            const auto consider = [&](int company) {
                if (l.controlEu(company) == false && std::find(links.begin(), links.end(), company) == links.end())
                    links.push_back(company);
            };
            const std::vector<int> suppliers = l.targets(app, EdgeKind::ProvidedBy);
            for (const int s : suppliers) {
                for (const int sub : l.subcontractors(s))
                    consider(sub);
            }
            for (const int h : l.targets(app, EdgeKind::HostedOn)) {
                for (const int o : l.targets(h, EdgeKind::OperatedBy)) {
                    consider(o);
                    for (const int sub : l.subcontractors(o))
                        consider(sub);
                }
            }
            l.sortById(links);
            if (links.empty())
                continue;
            QStringList described;
            for (const int c : links) {
                const std::vector<int> seats = l.foreignSeatsOfControl(c);
                described << (seats.empty() ? l.name(c)
                                            : Recommendations::tr("%1 (controlled from %2)").arg(l.name(c), listText(l.names(seats))));
            }
            const std::vector<int> serves = l.capabilitiesNeeding({app});
            Finding f;
            f.id = QStringLiteral("supply_chain:") + l.id(app);
            f.area = QStringLiteral("sovereignty");
            f.severity = l.criticality(app);
            f.capabilities = capabilityIds(serves);
            f.nodes = QStringList{l.id(app)} + l.ids(suppliers) + l.ids(links) + f.capabilities;
            f.nodes.removeDuplicates();
            f.title = Recommendations::tr("%1 depends on a company controlled from outside the EU").arg(l.name(app));
            f.text
                = Recommendations::tr("%1 is supplied by %2, controlled from the EU, but its chain is not: it relies on %3. It serves %4.")
                      .arg(l.name(app), listText(l.names(suppliers)), listText(described), listText(capabilityNames(serves)));
            const Finding &added = add(std::move(f));
            recommend(
                added, 11, QStringList{l.id(app)} + l.ids(suppliers) + l.ids(links),
                Recommendations::tr("Subcontracting terms for %1").arg(l.name(app)),
                Recommendations::tr("Require %1 to disclose its subcontractors and host operators and to ask consent before relying on "
                                    "companies controlled from outside the EU, and agree an EU-controlled fallback for %2.")
                    .arg(listText(l.names(suppliers)), listText(l.names(links))));
        }
    }

    // --- data quality (R7) ---

    void dataQuality()
    {
        const DataQuality &q = l.methodology().dataQuality;
        std::vector<int> order;
        std::map<int, QStringList> gaps;
        int important = 0;
        for (const DataQualityItem &item : q.items) {
            if (item.importance < thresholds::ImportantDataGap || item.node < 0 || item.node >= l.size())
                continue;
            ++important;
            if (!gaps.count(item.node))
                order.push_back(item.node);
            const QString gap = attributeName(item.attribute) + problemSuffix(item.problem);
            if (!gaps[item.node].contains(gap))
                gaps[item.node] << gap;
        }
        m_result.figures.importantDataGaps = important;
        if (order.empty())
            return;
        int crit = 0;
        for (const int n : order)
            crit = std::max(crit, l.criticality(n));
        QStringList named;
        for (std::size_t i = 0; i < std::min<std::size_t>(order.size(), thresholds::NamedDataGapNodes); ++i)
            named << Recommendations::tr("%1 (%2)").arg(l.name(order[i]), listText(gaps[order[i]]));
        Finding f;
        f.id = QStringLiteral("data_quality:gaps");
        f.area = QStringLiteral("data_quality");
        f.severity = std::min(thresholds::DataQualityMaxSeverity, std::max(1, crit));
        f.nodes = l.ids(order);
        f.title = important == 1 ? Recommendations::tr("1 important fact is missing or doubtful")
                                 : Recommendations::tr("%1 important facts are missing or doubtful").arg(important);
        f.text = Recommendations::tr(
                     "%1 facts are missing, out of date or doubtful; %2 of them weigh %3 or more (criticality x weight). The most "
                     "important concern %4.")
                     .arg(q.items.size())
                     .arg(important)
                     .arg(whole(thresholds::ImportantDataGap))
                     .arg(listText(named, thresholds::NamedDataGapNodes));
        if (order.size() > std::size_t(thresholds::NamedDataGapNodes))
            f.text += Recommendations::tr(" %1 more nodes have important gaps.")
                          .arg(order.size() - std::size_t(thresholds::NamedDataGapNodes));
        f.text += Recommendations::tr(" Lock-in rests for %1 on known facts, sovereignty for %2.")
                      .arg(percent(q.lockInKnownShare), percent(q.sovereigntyKnownShare));
        const Finding &added = add(std::move(f));
        QStringList asks;
        for (std::size_t i = 0; i < std::min<std::size_t>(order.size(), thresholds::NamedDataGapNodes); ++i)
            asks << Recommendations::tr("%1: %2").arg(l.name(order[i]), listText(gaps[order[i]]));
        std::vector<int> first(order.begin(),
                               order.begin() + std::ptrdiff_t(std::min<std::size_t>(order.size(), thresholds::NamedDataGapNodes)));
        recommend(
            added, 7, l.ids(first), Recommendations::tr("Collect the missing facts"),
            Recommendations::tr("Ask the suppliers and the contract owners for the missing facts, starting with the most important: %1. "
                                "Record where each fact comes from (<attribute>.source) and when it was established (<attribute>.as_of).")
                .arg(asks.join(Recommendations::tr("; "))));
    }

    // --- scenarios (R8, R9) ---

    void scenarios()
    {
        for (const ScenarioResult &r : m_scenarios) {
            scenarioOutcome(r);
            priceExits(r);
        }
    }

    void scenarioOutcome(const ScenarioResult &r)
    {
        std::vector<const CapabilityRecovery *> noWay, beyond;
        for (const CapabilityRecovery &c : r.capabilities) {
            if (c.capability < 0 || c.capability >= l.size())
                continue;
            if (c.noWayBack)
                noWay.push_back(&c);
            else if (c.exceedsMtd == true)
                beyond.push_back(&c);
        }
        if (noWay.empty() && beyond.empty())
            return;
        std::vector<int> hit;
        for (const auto *c : noWay)
            hit.push_back(c->capability);
        for (const auto *c : beyond)
            hit.push_back(c->capability);
        l.sortById(hit);
        const QString scenario = Recommendations::tr("«%1»").arg(r.scenarioName.isEmpty() ? r.scenarioId : r.scenarioName);
        std::set<int> failed;
        for (const int n : r.failed) {
            if (n >= 0 && n < l.size())
                failed.insert(n);
        }

        Finding f;
        f.id = QStringLiteral("scenario:") + r.scenarioId;
        f.area = QStringLiteral("scenario");
        f.severity = l.maxCriticality(hit);
        f.breadth = int(hit.size());
        f.capabilities = capabilityIds(hit);
        f.nodes = f.capabilities;
        f.title = Recommendations::tr("Scenario %1: %2 not back in time").arg(scenario, capabilityCount(hit.size()));
        f.text = r.capabilities.size() == 1
            ? Recommendations::tr("In scenario %1 (%2 simulated), 1 capability goes down.").arg(scenario, months(r.horizonMonths))
            : Recommendations::tr("In scenario %1 (%2 simulated), %3 capabilities go down.")
                  .arg(scenario, months(r.horizonMonths), QString::number(r.capabilities.size()));
        std::vector<int> stranded; // failed in-use applications without a usable alternative
        if (!noWay.empty()) {
            std::vector<int> caps;
            for (const auto *c : noWay) {
                caps.push_back(c->capability);
                // Failed applications without a surviving alternative: those that stop the
                // capability on their own, or else every one it needs.
                const std::vector<bool> reach = l.closure(c->capability);
                std::vector<int> all, alone;
                for (const int n : failed) {
                    if (!reach[std::size_t(n)] || !l.inUse(n) || bestAlternative(n, [&](int alt) { return !failed.count(alt); }))
                        continue;
                    all.push_back(n);
                    const std::vector<int> &stops = l.spofOf(n);
                    if (std::find(stops.begin(), stops.end(), c->capability) != stops.end())
                        alone.push_back(n);
                }
                for (const int n : alone.empty() ? all : alone) {
                    if (std::find(stranded.begin(), stranded.end(), n) == stranded.end())
                        stranded.push_back(n);
                }
            }
            l.sortById(stranded);
            f.text += Recommendations::tr(" No way back for %1").arg(listText(capabilityNames(caps)));
            f.text += stranded.empty() ? Recommendations::tr(": switching applications does not bring them back.")
                                       : Recommendations::tr(": there is no usable alternative for %1.").arg(listText(l.names(stranded)));
        }
        if (!beyond.empty()) {
            QStringList described;
            std::vector<const CapabilityRecovery *> sorted = beyond;
            std::sort(sorted.begin(), sorted.end(), [&](const auto *a, const auto *b) {
                const int ca = l.node(a->capability).effectiveCriticality(), cb = l.node(b->capability).effectiveCriticality();
                return ca != cb ? ca > cb : idLess(l.id(a->capability), l.id(b->capability));
            });
            for (const auto *c : sorted)
                described << Recommendations::tr("%1 (down for %2, maximum tolerable downtime %3)")
                                 .arg(l.name(c->capability), months(c->downtimeMonths), hours(c->mtdHours.value_or(0)));
            f.text += Recommendations::tr(" Back only after their maximum tolerable downtime: %1.").arg(listText(described));
        }
        f.nodes << l.ids(stranded);
        f.nodes.removeDuplicates();
        const Finding &added = add(std::move(f));

        QStringList parts;
        if (!stranded.empty())
            parts << (stranded.size() == 1
                          ? Recommendations::tr("Record and contract an alternative for %1, which has none that survives the scenario.")
                          : Recommendations::tr("Record and contract alternatives for %1, which have none that survives the scenario."))
                         .arg(listText(l.names(stranded)));
        std::map<std::pair<int, int>, std::optional<double>> switches;
        for (const auto *c : beyond) {
            for (const RecoveryStep &s : c->steps) {
                if (s.replaced >= 0 && s.replaced < l.size() && s.alternative >= 0 && s.alternative < l.size())
                    switches[{s.replaced, s.alternative}] = s.switchMonths;
            }
        }
        if (!switches.empty()) {
            QStringList described;
            std::vector<int> nodes;
            for (const auto &[pair, m] : switches) {
                described << (m ? Recommendations::tr("%1 to %2 (%3)").arg(l.name(pair.first), l.name(pair.second), months(*m))
                                : Recommendations::tr("%1 to %2").arg(l.name(pair.first), l.name(pair.second)));
            }
            parts << Recommendations::tr(
                         "Prepare the switches so that they can start at once - alternative contracted, data exported, migration "
                         "tested: %1. Where even a prepared switch is longer than the maximum tolerable downtime, keep a stand-by "
                         "ready.")
                         .arg(listText(described));
        }
        if (parts.isEmpty())
            parts << Recommendations::tr("Work out with the owners of %1 how they would keep working without the failed services.")
                         .arg(listText(capabilityNames(hit)));
        QStringList nodes = l.ids(stranded);
        for (const auto &[pair, m] : switches)
            nodes << l.id(pair.first) << l.id(pair.second);
        nodes.removeDuplicates();
        if (nodes.isEmpty())
            nodes = added.capabilities;
        recommend(added, 8, nodes, Recommendations::tr("Prepare the exit for scenario %1").arg(scenario), parts.join(QLatin1Char(' ')));
    }

    void priceExits(const ScenarioResult &r)
    {
        std::set<int> seen;
        const QString scenario = Recommendations::tr("«%1»").arg(r.scenarioName.isEmpty() ? r.scenarioId : r.scenarioName);
        for (const PriceExit &x : r.priceExits) {
            if (x.application < 0 || x.application >= l.size() || x.alternative < 0 || x.alternative >= l.size())
                continue;
            if (!seen.insert(x.application).second) // the first per application is the best
                continue;
            if (!x.saving || *x.saving <= 0)
                continue;
            const int app = x.application, alt = x.alternative;
            Finding f;
            f.id = QStringLiteral("price_exit:%1:%2").arg(r.scenarioId, l.id(app));
            f.area = QStringLiteral("scenario");
            f.severity = std::min(thresholds::PriceExitMaxSeverity, std::max(1, l.criticality(app)));
            f.capabilities = capabilityIds(l.capabilitiesNeeding({app}));
            f.nodes = QStringList{l.id(app), l.id(alt)} + f.capabilities;
            f.title = Recommendations::tr("Switching %1 to %2 saves %3 in scenario %4")
                          .arg(l.name(app), l.name(alt), money(*x.saving), scenario);
            f.text = Recommendations::tr(
                         "If the price of %1 rises as in scenario %2, switching to %3 from month %4 saves %5 over the rest of the %6: "
                         "staying costs %7, switching %8")
                         .arg(l.name(app), scenario, l.name(alt), QString::number(x.from), money(*x.saving), months(r.horizonMonths),
                              money(x.stayCost), money(x.switchTotal.value_or(0)));
            if (x.switchCost && x.switchMonths)
                f.text
                    += Recommendations::tr(", including %1 for the switch itself (%2).").arg(money(*x.switchCost), months(*x.switchMonths));
            else
                f.text += Recommendations::tr(".");
            const Finding &added = add(std::move(f));
            QString text = Recommendations::tr(
                               "Work out a business case for moving from %1 to %2 now, before the price rise takes effect; confirm the "
                               "switch time and cost with the alternative's supplier.")
                               .arg(l.name(app), l.name(alt));
            std::optional<QDate> deadline;
            if (const auto end = l.contractEnd(app)) {
                text += Recommendations::tr(" The contract end (%1) is the natural moment to switch.").arg(isoDate(*end));
                deadline = std::max(*end, l.asOf());
            }
            recommend(added, 9, {l.id(app), l.id(alt)}, Recommendations::tr("Consider switching %1 to %2").arg(l.name(app), l.name(alt)),
                      text, deadline);
        }
    }

    // --- order and figures ---

    void finish()
    {
        ReportFindings &r = m_result;
        const QStringList areas = findingAreas();
        std::sort(r.findings.begin(), r.findings.end(), [&](const Finding &a, const Finding &b) {
            const qsizetype aa = areas.indexOf(a.area), ab = areas.indexOf(b.area);
            if (aa != ab)
                return aa < ab;
            if (a.urgency() != b.urgency())
                return a.urgency() > b.urgency();
            if (a.severity != b.severity)
                return a.severity > b.severity;
            return idLess(a.id, b.id);
        });
        std::map<QString, int> urgency;
        for (const Finding &f : r.findings)
            urgency[f.id] = f.urgency();
        std::stable_sort(r.recommendations.begin(), r.recommendations.end(), [&](const Recommendation &a, const Recommendation &b) {
            if (a.priority != b.priority)
                return a.priority < b.priority;
            if (urgency[a.findingId] != urgency[b.findingId])
                return urgency[a.findingId] > urgency[b.findingId];
            const int ra = a.rule.mid(1).toInt(), rb = b.rule.mid(1).toInt();
            if (ra != rb)
                return ra < rb;
            if (a.findingId != b.findingId)
                return idLess(a.findingId, b.findingId);
            const QString na = a.nodes.value(0), nb = b.nodes.value(0);
            return idLess(na, nb);
        });
        figures();
    }

    void figures()
    {
        SummaryFigures &s = r().figures;
        for (const CapabilityFindings &c : l.analysis().capabilities()) {
            ++s.capabilities;
            const bool vital = l.node(int(c.node)).effectiveCriticality() >= thresholds::VitalCriticality;
            s.vitalCapabilities += vital ? 1 : 0;
            s.vitalWithSpof += vital && !c.spofs.empty() ? 1 : 0;
            s.capabilitiesWithoutSpof += c.spofs.empty() ? 1 : 0;
        }
        for (const Finding &f : r().findings) {
            if (f.area != u"jurisdiction")
                continue;
            const int j = l.indexOf(f.nodes.first());
            s.cutoffJurisdictions << f.nodes.first();
            if (f.breadth > s.largestCutoffCount || (f.breadth == s.largestCutoffCount && idLess(f.nodes.first(), s.largestCutoff))) {
                s.largestCutoff = f.nodes.first();
                s.largestCutoffName = l.name(j);
                s.largestCutoffCount = f.breadth;
            }
        }
        std::sort(s.cutoffJurisdictions.begin(), s.cutoffJurisdictions.end(), idOrder);
        for (const QString &id : s.cutoffJurisdictions)
            s.cutoffJurisdictionNames << l.name(l.indexOf(id));
        double scoreSum = 0;
        int failing = 0;
        bool gates = false;
        for (const ApplicationLockIn &a : l.methodology().applications) {
            if (a.candidate)
                continue;
            ++s.applicationsInUse;
            s.highLockInApplications += a.lockIn.score >= thresholds::HighLockIn ? 1 : 0;
            if (const SovereigntyProfile *p = l.profile(a.node)) {
                scoreSum += p->score;
                gates = gates || !p->gates.empty();
                failing += p->passesGates == false ? 1 : 0;
            }
        }
        if (s.applicationsInUse > 0)
            s.meanSovereigntyScore = scoreSum / s.applicationsInUse;
        if (gates)
            s.applicationsFailingGates = failing;
        for (const ConcentrationIndex &c : l.methodology().concentration) {
            if (c.dimension == u"jurisdiction" && c.weighting == u"criticality" && c.totalWeight > 0)
                s.nonEuShare = c.nonEuShare;
        }
        s.lockInKnownShare = l.methodology().dataQuality.lockInKnownShare;
        s.sovereigntyKnownShare = l.methodology().dataQuality.sovereigntyKnownShare;
        s.scenarios = int(m_scenarios.size());
        for (const ScenarioResult &sr : m_scenarios) {
            const bool bad = std::any_of(sr.capabilities.begin(), sr.capabilities.end(),
                                         [](const CapabilityRecovery &c) { return c.noWayBack || c.exceedsMtd == true; });
            s.scenariosBeyondMtd += bad ? 1 : 0;
        }
        s.findings = int(r().findings.size());
        s.recommendations = int(r().recommendations.size());
        for (const Finding &f : r().findings)
            ++s.findingsBySeverity[std::size_t(f.severity - 1)];
    }

    ReportFindings &r() { return m_result; }

    ReportLandscape l;
    const std::vector<ScenarioResult> &m_scenarios;
    const Comparison *m_comparison;
    std::vector<RecommendationRule> m_rules;
    mutable FailurePropagator m_propagator;
    ReportFindings m_result;
};

} // namespace

std::vector<RecommendationRule> recommendationRules() { return makeRules(); }

const Finding *ReportFindings::find(const QString &id) const
{
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

std::vector<const Recommendation *> ReportFindings::recommendationsFor(const QString &id) const
{
    std::vector<const Recommendation *> out;
    for (const Recommendation &r : recommendations) {
        if (r.findingId == id)
            out.push_back(&r);
    }
    return out;
}

QStringList findingAreas()
{
    return {QStringLiteral("jurisdiction"), QStringLiteral("spof"),        QStringLiteral("cut_set"),       QStringLiteral("scenario"),
            QStringLiteral("lock_in"),      QStringLiteral("sovereignty"), QStringLiteral("concentration"), QStringLiteral("data_quality")};
}

QString findingAreaTitle(const QString &area)
{
    if (area == u"jurisdiction")
        return Recommendations::tr("Cut-off by countries outside the EU");
    if (area == u"spof")
        return Recommendations::tr("Single points of failure");
    if (area == u"cut_set")
        return Recommendations::tr("Redundancy with a common cause");
    if (area == u"scenario")
        return Recommendations::tr("Exit scenarios");
    if (area == u"lock_in")
        return Recommendations::tr("Lock-in");
    if (area == u"sovereignty")
        return Recommendations::tr("Sovereignty");
    if (area == u"concentration")
        return Recommendations::tr("Concentration");
    if (area == u"data_quality")
        return Recommendations::tr("Data quality");
    return area;
}

ReportFindings assessFindings(const Model &model, const DependencyAnalysis &analysis, const MethodologyResult &methodology,
                              const std::vector<ScenarioResult> &scenarios, const Comparison *comparison)
{
    return Assessor(model, analysis, methodology, scenarios, comparison).run();
}

std::vector<const Finding *> mostUrgentFindings(const ReportFindings &findings, int count)
{
    std::vector<const Finding *> out;
    for (const Finding &f : findings.findings)
        out.push_back(&f);
    std::sort(out.begin(), out.end(), [](const Finding *a, const Finding *b) {
        if (a->urgency() != b->urgency())
            return a->urgency() > b->urgency();
        if (a->severity != b->severity)
            return a->severity > b->severity;
        return idLess(a->id, b->id);
    });
    if (out.size() > std::size_t(std::max(0, count)))
        out.resize(std::size_t(std::max(0, count)));
    return out;
}

QStringList summaryFigureLines(const SummaryFigures &s)
{
    QStringList lines;
    lines << Recommendations::tr("%1 of %2 vital capabilities have a single point of failure; %3 of all %4 capabilities have none.")
                 .arg(s.vitalWithSpof)
                 .arg(s.vitalCapabilities)
                 .arg(s.capabilitiesWithoutSpof)
                 .arg(s.capabilities);
    if (s.cutoffJurisdictions.isEmpty())
        lines << Recommendations::tr("No country outside the EU can cut off a vital capability on its own.");
    else
        lines << Recommendations::tr("%1 can cut off vital capabilities on their own; %2 alone can cut off %3.")
                     .arg(listText(s.cutoffJurisdictionNames), s.largestCutoffName, capabilityCount(s.largestCutoffCount));
    lines << Recommendations::tr("%1 of %2 applications in use have a lock-in of %3 or more.")
                 .arg(s.highLockInApplications)
                 .arg(s.applicationsInUse)
                 .arg(decimal(thresholds::HighLockIn, 0));
    if (s.nonEuShare)
        lines << Recommendations::tr("%1 of the criticality-weighted dependence rests on parent companies outside the EU.")
                     .arg(percent(*s.nonEuShare));
    if (s.meanSovereigntyScore)
        lines << Recommendations::tr("The applications in use score %1 of 100 on sovereignty on average.")
                     .arg(decimal(*s.meanSovereigntyScore));
    if (s.applicationsFailingGates)
        lines << Recommendations::tr("%1 fail the SEAL gates.").arg(applicationCount(*s.applicationsFailingGates));
    lines << Recommendations::tr("Lock-in rests for %1 on known facts, sovereignty for %2; %3 important facts are missing or doubtful.")
                 .arg(percent(s.lockInKnownShare), percent(s.sovereigntyKnownShare))
                 .arg(s.importantDataGaps);
    if (s.scenariosBeyondMtd > 0)
        lines << Recommendations::tr("In %1 of the %2 simulated scenarios a capability is not back within its maximum tolerable downtime.")
                     .arg(QString::number(s.scenariosBeyondMtd), QString::number(s.scenarios));
    lines << Recommendations::tr("%1 findings (%2 of severity 5, %3 of severity 4) lead to %4 recommendations.")
                 .arg(s.findings)
                 .arg(s.findingsBySeverity[4])
                 .arg(s.findingsBySeverity[3])
                 .arg(s.recommendations);
    return lines;
}

QString findingsText(const ReportFindings &findings)
{
    QString out;
    out += Recommendations::tr("Summary") + QLatin1Char('\n');
    for (const QString &line : summaryFigureLines(findings.figures))
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    out += QLatin1Char('\n') + Recommendations::tr("Most urgent findings") + QLatin1Char('\n');
    int rank = 0;
    for (const Finding *f : mostUrgentFindings(findings))
        out += QStringLiteral("  %1. %2 [%3]\n").arg(QString::number(++rank), f->title, f->id);
    for (const QString &area : findingAreas()) {
        bool heading = false;
        for (const Finding &f : findings.findings) {
            if (f.area != area)
                continue;
            if (!heading) {
                out += QLatin1Char('\n') + findingAreaTitle(area) + QLatin1Char('\n');
                heading = true;
            }
            out += Recommendations::tr("- %1 [%2; severity %3, breadth %4]")
                       .arg(f.title, f.id, QString::number(f.severity), QString::number(f.breadth))
                + QLatin1Char('\n');
            out += QStringLiteral("    ") + f.text + QLatin1Char('\n');
            for (const Recommendation *r : findings.recommendationsFor(f.id)) {
                out += Recommendations::tr("    %1 (priority %2): %3").arg(r->rule, QString::number(r->priority), r->title)
                    + QLatin1Char('\n');
                out += QStringLiteral("      ") + r->text + QLatin1Char('\n');
            }
        }
    }
    out += QLatin1Char('\n') + Recommendations::tr("Rules") + QLatin1Char('\n');
    for (const RecommendationRule &rule : recommendationRules()) {
        out += QStringLiteral("  %1 %2\n").arg(rule.id, rule.title);
        out += Recommendations::tr("    When: %1").arg(rule.trigger) + QLatin1Char('\n');
        out += Recommendations::tr("    Why: %1").arg(rule.rationale) + QLatin1Char('\n');
        out += Recommendations::tr("    Source: %1").arg(rule.source) + QLatin1Char('\n');
    }
    return out;
}

} // namespace antrum
