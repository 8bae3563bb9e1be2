// SPDX-License-Identifier: GPL-3.0-or-later
// Findings and recommendations (docs/recommendations.md): every rule fires on a small model made
// to trigger it and stays silent on one made not to; the expected findings on the sample;
// invariants on random models against a direct recomputation.
#include "bruteforce.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "randommodel.h"
#include "recommendations.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <random>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

const QDate AsOf(2026, 1, 1);

/// A small landscape built edge by edge (NL home, DE EU, US and CH outside the EU).
struct Builder {
    Model model;
    MethodologySettings settings;
    Builder()
    {
        model.name = QStringLiteral("test");
        model.homeJurisdictions = QStringList{QStringLiteral("NL")};
        jurisdiction(QStringLiteral("NL"), true, {});
        jurisdiction(QStringLiteral("DE"), true, {});
        jurisdiction(QStringLiteral("US"), false, {QStringLiteral("CLOUD Act")});
        jurisdiction(QStringLiteral("CH"), false, {});
        settings.asOf = AsOf;
    }
    Node &add(const QString &id, NodeKind kind)
    {
        model.nodes.push_back(Node{id, kind, QStringLiteral("Name of ") + id});
        return model.nodes.back();
    }
    void jurisdiction(const QString &id, bool eu, const QStringList &laws)
    {
        Node &j = add(id, NodeKind::Jurisdiction);
        j.attributes[QStringLiteral("eu_member")] = eu;
        j.attributes[QStringLiteral("laws")] = laws;
    }
    Node &capability(const QString &id, int criticality, std::optional<double> mtd = std::nullopt)
    {
        Node &c = add(id, NodeKind::Capability);
        c.criticality = criticality;
        c.mtdHours = mtd;
        return c;
    }
    Node &application(const QString &id) { return add(id, NodeKind::Application); }
    void supplier(const QString &id, const QString &seat, const QString &parent = {})
    {
        add(id, NodeKind::Supplier);
        if (!seat.isEmpty())
            edge(id, seat, EdgeKind::IncorporatedIn);
        if (!parent.isEmpty())
            edge(id, parent, EdgeKind::SubsidiaryOf);
    }
    void host(const QString &id, const QString &location, const QString &operatorId)
    {
        add(id, NodeKind::Host);
        if (!location.isEmpty())
            edge(id, location, EdgeKind::LocatedIn);
        if (!operatorId.isEmpty())
            edge(id, operatorId, EdgeKind::OperatedBy);
    }
    Edge &edge(const QString &from, const QString &to, EdgeKind kind, const QString &group = {})
    {
        model.edges.push_back(Edge{from, to, kind, group});
        return model.edges.back();
    }
    Node &node(const QString &id)
    {
        for (Node &n : model.nodes) {
            if (n.id == id)
                return n;
        }
        throw std::runtime_error("no such node");
    }
    /// Every attribute the lock-in score and the data quality look at, filled in.
    void complete(const QString &app, bool open)
    {
        Node &a = node(app);
        a.attributes[QStringLiteral("license")] = open ? QStringLiteral("open_source") : QStringLiteral("proprietary");
        a.attributes[QStringLiteral("deployment")] = open ? QStringLiteral("on_prem") : QStringLiteral("saas");
        a.attributes[QStringLiteral("data_portability")] = open ? 1.0 : 0.0;
        a.attributes[QStringLiteral("open_standards")] = open ? QStringList{QStringLiteral("A"), QStringLiteral("B")} : QStringList{};
        a.attributes[QStringLiteral("exit_clause")] = open;
        a.attributes[QStringLiteral("data_return_clause")] = open;
        a.attributes[QStringLiteral("annual_cost")] = 1000.0;
        a.attributes[QStringLiteral("notice_months")] = 3.0;
        a.attributes[QStringLiteral("contract_end")] = QStringLiteral("2029-06-30");
    }

    ReportFindings assess(const std::vector<Scenario> &scenarios = {})
    {
        const Diagnostics problems = validateModel(model);
        EXPECT_TRUE(problems.empty()) << (problems.empty() ? std::string() : problems.front().message.toStdString());
        const DependencyAnalysis analysis(model);
        const MethodologyResult methodology = assessMethodology(model, settings);
        std::vector<ScenarioResult> results;
        ScenarioOptions options;
        options.methodology = settings;
        for (const Scenario &s : scenarios)
            results.push_back(simulateScenario(model, s, options));
        return assessFindings(model, analysis, methodology, results);
    }
};

bool hasRule(const ReportFindings &r, const QString &findingId, const QString &rule)
{
    for (const Recommendation *rec : r.recommendationsFor(findingId)) {
        if (rec->rule == rule)
            return true;
    }
    return false;
}

int countRule(const ReportFindings &r, const QString &rule)
{
    return int(std::count_if(r.recommendations.begin(), r.recommendations.end(), [&](const Recommendation &x) { return x.rule == rule; }));
}

const Recommendation *recommendation(const ReportFindings &r, const QString &findingId, const QString &rule)
{
    for (const Recommendation *rec : r.recommendationsFor(findingId)) {
        if (rec->rule == rule)
            return rec;
    }
    return nullptr;
}

/// A vital capability needing one application supplied from `seat`.
Builder singleSupplier(const QString &seat, int criticality = 5)
{
    Builder b;
    b.capability(QStringLiteral("cap"), criticality, 8);
    b.application(QStringLiteral("app"));
    b.supplier(QStringLiteral("sup"), seat);
    b.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    b.edge(QStringLiteral("app"), QStringLiteral("sup"), EdgeKind::ProvidedBy);
    return b;
}

} // namespace

// --- R1: a non-EU cut-off of a vital capability --------------------------------------------

TEST(Recommendations, R1FiresOnANonEuCutOffAndNamesTheEuAlternative)
{
    Builder b = singleSupplier(QStringLiteral("US"));
    b.application(QStringLiteral("alt"));
    b.supplier(QStringLiteral("sup-eu"), QStringLiteral("DE"));
    b.edge(QStringLiteral("alt"), QStringLiteral("sup-eu"), EdgeKind::ProvidedBy);
    Edge &e = b.edge(QStringLiteral("alt"), QStringLiteral("app"), EdgeKind::AlternativeFor);
    e.switchMonths = 6;
    e.switchCost = 50000;
    const ReportFindings r = b.assess();
    const Finding *f = r.find(QStringLiteral("cutoff:US"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->area, QStringLiteral("jurisdiction"));
    EXPECT_EQ(f->severity, 5);
    EXPECT_EQ(f->capabilities, QStringList{QStringLiteral("cap")});
    const Recommendation *rec = recommendation(r, f->id, QStringLiteral("R1"));
    ASSERT_NE(rec, nullptr);
    EXPECT_EQ(rec->nodes.value(0), QStringLiteral("app"));
    EXPECT_TRUE(rec->text.contains(QStringLiteral("Name of alt"))) << rec->text.toStdString();
    EXPECT_TRUE(rec->text.contains(QStringLiteral("6 months"))) << rec->text.toStdString();
    EXPECT_EQ(rec->priority, 1);
    EXPECT_FALSE(rec->rationale.isEmpty());
    EXPECT_FALSE(rec->source.isEmpty());
}

TEST(Recommendations, R1SaysWhenTheAlternativeIsNotEuControlled)
{
    Builder b = singleSupplier(QStringLiteral("US"));
    b.application(QStringLiteral("alt"));
    b.supplier(QStringLiteral("sup-ch"), QStringLiteral("CH"));
    b.edge(QStringLiteral("alt"), QStringLiteral("sup-ch"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("alt"), QStringLiteral("app"), EdgeKind::AlternativeFor);
    const ReportFindings r = b.assess();
    const Recommendation *rec = recommendation(r, QStringLiteral("cutoff:US"), QStringLiteral("R1"));
    ASSERT_NE(rec, nullptr);
    EXPECT_TRUE(rec->text.contains(QStringLiteral("does not solve this"))) << rec->text.toStdString();
    EXPECT_TRUE(rec->text.contains(QStringLiteral("Name of CH"))) << rec->text.toStdString();
}

TEST(Recommendations, R1DoesNotFireOnAnEuCountryOrANonVitalCapability)
{
    // An EU member state that can cut off: not a sovereignty finding.
    EXPECT_EQ(singleSupplier(QStringLiteral("DE")).assess().find(QStringLiteral("cutoff:DE")), nullptr);
    EXPECT_EQ(countRule(singleSupplier(QStringLiteral("DE")).assess(), QStringLiteral("R1")), 0);
    // A non-EU country, but the capability is not vital.
    const ReportFindings r = singleSupplier(QStringLiteral("US"), 3).assess();
    EXPECT_EQ(r.find(QStringLiteral("cutoff:US")), nullptr);
    EXPECT_EQ(countRule(r, QStringLiteral("R1")), 0);
}

// --- R2: high lock-in without an exit clause -----------------------------------------------

TEST(Recommendations, R2FiresOnHighLockInWithoutExitClauseAndNamesTheNoticeDate)
{
    Builder b = singleSupplier(QStringLiteral("NL"), 4);
    b.complete(QStringLiteral("app"), false);
    b.node(QStringLiteral("app")).attributes[QStringLiteral("contract_end")] = QStringLiteral("2027-06-30");
    const ReportFindings r = b.assess();
    const Finding *f = r.find(QStringLiteral("lock_in:app"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, 4);
    const Recommendation *rec = recommendation(r, f->id, QStringLiteral("R2"));
    ASSERT_NE(rec, nullptr);
    // Three months' notice on a contract to the end of June: the end of March.
    EXPECT_TRUE(rec->text.contains(QStringLiteral("before 2027-03-31"))) << rec->text.toStdString();
    EXPECT_TRUE(rec->text.contains(QStringLiteral("an exit clause and a data-return clause"))) << rec->text.toStdString();
    EXPECT_TRUE(rec->text.contains(QStringLiteral("Data Act"))) << rec->text.toStdString(); // SaaS
}

TEST(Recommendations, R2DoesNotFireWithBothClausesOrLowLockIn)
{
    Builder withClauses = singleSupplier(QStringLiteral("NL"), 4);
    withClauses.complete(QStringLiteral("app"), false);
    withClauses.node(QStringLiteral("app")).attributes[QStringLiteral("exit_clause")] = true;
    withClauses.node(QStringLiteral("app")).attributes[QStringLiteral("data_return_clause")] = true;
    const ReportFindings r = withClauses.assess();
    ASSERT_NE(r.find(QStringLiteral("lock_in:app")), nullptr); // still locked in ...
    EXPECT_EQ(countRule(r, QStringLiteral("R2")), 0);          // ... but the clauses are there

    Builder open = singleSupplier(QStringLiteral("NL"), 4);
    open.complete(QStringLiteral("app"), true);
    const ReportFindings o = open.assess();
    EXPECT_EQ(o.find(QStringLiteral("lock_in:app")), nullptr);
    EXPECT_EQ(countRule(o, QStringLiteral("R2")), 0);
}

// --- R3: a redundancy with a common cause --------------------------------------------------

namespace {
/// An application hosted on two sites (1 of 2) whose operators belong to `parentA` and
/// `parentB`; the application's own supplier is Dutch.
Builder twoSites(const QString &seatA, const QString &seatB, bool sameParent)
{
    Builder b;
    b.capability(QStringLiteral("cap"), 4, 24);
    b.application(QStringLiteral("app"));
    b.supplier(QStringLiteral("sup"), QStringLiteral("NL"));
    b.supplier(QStringLiteral("parent-a"), seatA);
    if (!sameParent)
        b.supplier(QStringLiteral("parent-b"), seatB);
    b.supplier(QStringLiteral("op-a"), QStringLiteral("NL"), QStringLiteral("parent-a"));
    b.supplier(QStringLiteral("op-b"), QStringLiteral("NL"), sameParent ? QStringLiteral("parent-a") : QStringLiteral("parent-b"));
    b.host(QStringLiteral("site-a"), QStringLiteral("NL"), QStringLiteral("op-a"));
    b.host(QStringLiteral("site-b"), QStringLiteral("NL"), QStringLiteral("op-b"));
    b.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    b.edge(QStringLiteral("app"), QStringLiteral("sup"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("app"), QStringLiteral("site-a"), EdgeKind::HostedOn, QStringLiteral("sites"));
    b.edge(QStringLiteral("app"), QStringLiteral("site-b"), EdgeKind::HostedOn, QStringLiteral("sites"));
    return b;
}
} // namespace

TEST(Recommendations, R3FiresWhenOneParentTakesOutARedundancy)
{
    const ReportFindings r = twoSites(QStringLiteral("US"), {}, true).assess();
    const Finding *f = r.find(QStringLiteral("common_cause:app:sites"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->area, QStringLiteral("cut_set"));
    EXPECT_EQ(f->severity, 4);
    EXPECT_TRUE(f->nodes.contains(QStringLiteral("parent-a")));
    EXPECT_TRUE(f->nodes.contains(QStringLiteral("US"))); // a cut-off by the parent's country too
    EXPECT_TRUE(f->text.contains(QStringLiteral("Name of parent-a"))) << f->text.toStdString();
    const Recommendation *rec = recommendation(r, f->id, QStringLiteral("R3"));
    ASSERT_NE(rec, nullptr);
    EXPECT_TRUE(rec->text.contains(QStringLiteral("under a parent company other than Name of parent-a"))) << rec->text.toStdString();
}

TEST(Recommendations, R3FiresOnASharedForeignCountryWithDifferentParents)
{
    const ReportFindings r = twoSites(QStringLiteral("US"), QStringLiteral("US"), false).assess();
    const Finding *f = r.find(QStringLiteral("common_cause:app:sites"));
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->nodes.contains(QStringLiteral("US")));
    EXPECT_FALSE(f->nodes.contains(QStringLiteral("parent-a")));
    EXPECT_TRUE(hasRule(r, f->id, QStringLiteral("R3")));
}

TEST(Recommendations, R3DoesNotFireOnIndependentMembersOrACauseThatHitsAnyway)
{
    // Different parents in different countries (one of them home): independent.
    EXPECT_EQ(countRule(twoSites(QStringLiteral("US"), QStringLiteral("DE"), false).assess(), QStringLiteral("R3")), 0);
    // Both sites at home, under different parents: home is not a common cause.
    EXPECT_EQ(countRule(twoSites(QStringLiteral("NL"), QStringLiteral("NL"), false).assess(), QStringLiteral("R3")), 0);
    // One parent, but it also supplies the application: it takes it down anyway, so the
    // redundancy is not the point (the SPOF and cut-off rules cover it).
    Builder b = twoSites(QStringLiteral("US"), {}, true);
    b.edge(QStringLiteral("app"), QStringLiteral("op-a"), EdgeKind::ProvidedBy);
    EXPECT_EQ(countRule(b.assess(), QStringLiteral("R3")), 0);
}

TEST(Recommendations, R3ReportsACommonCauseOfOrderTwoOneLevelLower)
{
    // Three sites, one of three needed: the parent takes out two, one more failure does it.
    Builder b = twoSites(QStringLiteral("US"), {}, true);
    b.supplier(QStringLiteral("op-c"), QStringLiteral("DE"));
    b.host(QStringLiteral("site-c"), QStringLiteral("DE"), QStringLiteral("op-c"));
    b.edge(QStringLiteral("app"), QStringLiteral("site-c"), EdgeKind::HostedOn, QStringLiteral("sites"));
    const ReportFindings r = b.assess();
    const Finding *f = r.find(QStringLiteral("common_cause:app:sites"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, 3);
    EXPECT_TRUE(f->text.contains(QStringLiteral("one more failure"))) << f->text.toStdString();
}

// --- R4: a single point of failure of a vital capability -----------------------------------

TEST(Recommendations, R4FiresOnASinglePointOfFailure)
{
    Builder b = singleSupplier(QStringLiteral("NL"), 5);
    b.host(QStringLiteral("dc"), QStringLiteral("NL"), QStringLiteral("sup"));
    b.edge(QStringLiteral("app"), QStringLiteral("dc"), EdgeKind::HostedOn);
    const ReportFindings r = b.assess();
    const Finding *app = r.find(QStringLiteral("spof:app"));
    ASSERT_NE(app, nullptr);
    EXPECT_EQ(app->severity, 5);
    EXPECT_EQ(app->breadth, 1);
    EXPECT_TRUE(hasRule(r, app->id, QStringLiteral("R4")));
    EXPECT_TRUE(app->text.contains(QStringLiteral("8 hours"))) << app->text.toStdString();
    const Finding *host = r.find(QStringLiteral("spof:dc"));
    ASSERT_NE(host, nullptr);
    EXPECT_TRUE(host->text.contains(QStringLiteral("Name of app"))) << host->text.toStdString();
    EXPECT_TRUE(hasRule(r, host->id, QStringLiteral("R4")));
}

TEST(Recommendations, R4DoesNotFireOnRedundantApplicationsOrANonVitalCapability)
{
    Builder b;
    b.capability(QStringLiteral("cap"), 5);
    b.application(QStringLiteral("a1"));
    b.application(QStringLiteral("a2"));
    b.edge(QStringLiteral("cap"), QStringLiteral("a1"), EdgeKind::Requires, QStringLiteral("g"));
    b.edge(QStringLiteral("cap"), QStringLiteral("a2"), EdgeKind::Requires, QStringLiteral("g"));
    EXPECT_EQ(countRule(b.assess(), QStringLiteral("R4")), 0);
    EXPECT_EQ(countRule(singleSupplier(QStringLiteral("NL"), 3).assess(), QStringLiteral("R4")), 0);
}

// --- R5: concentration ---------------------------------------------------------------------

namespace {
/// `apps` applications, each needed by its own capability, under `parents` parent companies
/// seated in `seat` (application i under parent i % parents).
Builder landscape(int apps, int parents, const QString &seat)
{
    Builder b;
    for (int p = 0; p < parents; ++p)
        b.supplier(QStringLiteral("parent%1").arg(p), seat);
    for (int i = 0; i < apps; ++i) {
        b.capability(QStringLiteral("cap%1").arg(i), 4);
        b.application(QStringLiteral("app%1").arg(i));
        b.edge(QStringLiteral("cap%1").arg(i), QStringLiteral("app%1").arg(i), EdgeKind::Requires);
        b.edge(QStringLiteral("app%1").arg(i), QStringLiteral("parent%1").arg(i % parents), EdgeKind::ProvidedBy);
    }
    return b;
}
} // namespace

TEST(Recommendations, R5FiresOnHighConcentrationAndANonEuShare)
{
    const ReportFindings one = landscape(4, 1, QStringLiteral("NL")).assess();
    const Finding *f = one.find(QStringLiteral("concentration:ultimate_parent:criticality"));
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->text.contains(QStringLiteral("10,000"))) << f->text.toStdString();
    EXPECT_TRUE(hasRule(one, f->id, QStringLiteral("R5")));
    EXPECT_EQ(one.find(QStringLiteral("concentration:non_eu")), nullptr); // all at home

    const ReportFindings foreign = landscape(6, 6, QStringLiteral("US")).assess();
    const Finding *nonEu = foreign.find(QStringLiteral("concentration:non_eu"));
    ASSERT_NE(nonEu, nullptr);
    EXPECT_TRUE(nonEu->text.contains(QStringLiteral("100%"))) << nonEu->text.toStdString();
    EXPECT_TRUE(hasRule(foreign, nonEu->id, QStringLiteral("R5")));
    // The country index is high and its largest country is outside the EU.
    EXPECT_NE(foreign.find(QStringLiteral("concentration:jurisdiction:criticality")), nullptr);
}

TEST(Recommendations, R5DoesNotFireOnASpreadLandscapeInTheEu)
{
    // Five equal parents: HHI exactly 2000 is still moderate.
    const ReportFindings r = landscape(5, 5, QStringLiteral("DE")).assess();
    EXPECT_EQ(countRule(r, QStringLiteral("R5")), 0);
    // Concentrated at home: the country index is high, but that is not foreign dependence.
    const ReportFindings home = landscape(6, 6, QStringLiteral("NL")).assess();
    EXPECT_EQ(home.find(QStringLiteral("concentration:jurisdiction:criticality")), nullptr);
}

// --- R6, R10: sovereignty of a supplier group ----------------------------------------------

TEST(Recommendations, R6FiresOnALowScoringGroupAndR10OnItsRenewal)
{
    Builder b = singleSupplier(QStringLiteral("US"), 4);
    b.complete(QStringLiteral("app"), false);
    b.node(QStringLiteral("app")).attributes[QStringLiteral("contract_end")] = QStringLiteral("2026-12-31");
    const ReportFindings r = b.assess();
    const Finding *f = r.find(QStringLiteral("sovereignty:sup"));
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->text.contains(QStringLiteral("SEAL-0"))) << f->text.toStdString();
    EXPECT_TRUE(hasRule(r, f->id, QStringLiteral("R6")));
    const Recommendation *renewal = recommendation(r, f->id, QStringLiteral("R10"));
    ASSERT_NE(renewal, nullptr);
    EXPECT_TRUE(renewal->text.contains(QStringLiteral("2026-12-31"))) << renewal->text.toStdString();
    EXPECT_TRUE(renewal->text.contains(QStringLiteral("2026-09-30"))) << renewal->text.toStdString(); // notice by
}

TEST(Recommendations, R6FiresOnFailedGates)
{
    // An EU-seated supplier under a US parent: SOV-2 is SEAL-1, below the gate of 2.
    Builder b;
    b.capability(QStringLiteral("cap"), 4);
    b.application(QStringLiteral("app"));
    b.supplier(QStringLiteral("parent"), QStringLiteral("US"));
    b.supplier(QStringLiteral("sub"), QStringLiteral("NL"), QStringLiteral("parent"));
    b.edge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires);
    b.edge(QStringLiteral("app"), QStringLiteral("sub"), EdgeKind::ProvidedBy);
    b.complete(QStringLiteral("app"), true);
    for (int i = 0; i < SovereigntyObjectiveCount; ++i)
        b.node(QStringLiteral("app")).attributes[QStringLiteral("seal.") + objectiveKey(i)] = 4.0;
    b.node(QStringLiteral("app")).attributes.erase(QStringLiteral("seal.SOV-2"));
    b.settings.sealGates[1] = 2;
    const ReportFindings r = b.assess();
    const Finding *f = r.find(QStringLiteral("sovereignty:parent"));
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->title.contains(QStringLiteral("fail the sovereignty gates"))) << f->title.toStdString();
    EXPECT_TRUE(f->text.contains(QStringLiteral("SOV-2 legal (SEAL-1, minimum 2)"))) << f->text.toStdString();
    EXPECT_TRUE(hasRule(r, f->id, QStringLiteral("R6")));
    ASSERT_TRUE(r.figures.applicationsFailingGates.has_value());
    EXPECT_EQ(*r.figures.applicationsFailingGates, 1);
}

TEST(Recommendations, R6AndR10DoNotFireOnASovereignGroupOrALateContract)
{
    Builder b = singleSupplier(QStringLiteral("NL"), 5);
    b.complete(QStringLiteral("app"), true);
    b.host(QStringLiteral("dc"), QStringLiteral("NL"), QStringLiteral("sup"));
    b.edge(QStringLiteral("app"), QStringLiteral("dc"), EdgeKind::HostedOn);
    const ReportFindings r = b.assess();
    EXPECT_EQ(countRule(r, QStringLiteral("R6")), 0);
    EXPECT_EQ(countRule(r, QStringLiteral("R10")), 0);

    Builder late = singleSupplier(QStringLiteral("US"), 4);
    late.complete(QStringLiteral("app"), false); // contract to 2029: outside the window
    const ReportFindings l = late.assess();
    EXPECT_TRUE(hasRule(l, QStringLiteral("sovereignty:sup"), QStringLiteral("R6")));
    EXPECT_EQ(countRule(l, QStringLiteral("R10")), 0);
}

// --- R7: important data gaps ---------------------------------------------------------------

TEST(Recommendations, R7FiresOnImportantGapsAndNamesThem)
{
    const ReportFindings r = singleSupplier(QStringLiteral("NL"), 5).assess(); // nothing known about "app"
    const Finding *f = r.find(QStringLiteral("data_quality:gaps"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, thresholds::DataQualityMaxSeverity);
    EXPECT_EQ(f->nodes.value(0), QStringLiteral("app"));
    const Recommendation *rec = recommendation(r, f->id, QStringLiteral("R7"));
    ASSERT_NE(rec, nullptr);
    EXPECT_TRUE(rec->text.contains(QStringLiteral("Name of app: data portability"))) << rec->text.toStdString();
}

TEST(Recommendations, R7DoesNotFireOnMinorGaps)
{
    // Criticality 1: no gap reaches an importance of 100.
    Builder b = singleSupplier(QStringLiteral("NL"), 1);
    EXPECT_EQ(b.assess().find(QStringLiteral("data_quality:gaps")), nullptr);
}

// --- R8, R9: scenarios ----------------------------------------------------------------------

TEST(Recommendations, R8FiresWhenAScenarioLeavesNoWayBack)
{
    Builder b = singleSupplier(QStringLiteral("NL"), 5);
    Scenario s{QStringLiteral("scn"), QStringLiteral("Outage"), {Event{Event::Type::Fail, QStringLiteral("app")}}};
    b.model.scenarios.push_back(s);
    const ReportFindings r = b.assess({s});
    const Finding *f = r.find(QStringLiteral("scenario:scn"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, 5);
    EXPECT_TRUE(f->text.contains(QStringLiteral("No way back"))) << f->text.toStdString();
    const Recommendation *rec = recommendation(r, f->id, QStringLiteral("R8"));
    ASSERT_NE(rec, nullptr);
    EXPECT_TRUE(rec->text.contains(QStringLiteral("Name of app"))) << rec->text.toStdString();
    EXPECT_EQ(r.figures.scenariosBeyondMtd, 1);
}

TEST(Recommendations, R8DoesNotFireWhenRedundancyHolds)
{
    Builder b;
    b.capability(QStringLiteral("cap"), 5, 8);
    b.application(QStringLiteral("a1"));
    b.application(QStringLiteral("a2"));
    b.edge(QStringLiteral("cap"), QStringLiteral("a1"), EdgeKind::Requires, QStringLiteral("g"));
    b.edge(QStringLiteral("cap"), QStringLiteral("a2"), EdgeKind::Requires, QStringLiteral("g"));
    Scenario s{QStringLiteral("scn"), QStringLiteral("Outage"), {Event{Event::Type::Fail, QStringLiteral("a1")}}};
    b.model.scenarios.push_back(s);
    const ReportFindings r = b.assess({s});
    EXPECT_EQ(r.find(QStringLiteral("scenario:scn")), nullptr);
    EXPECT_EQ(countRule(r, QStringLiteral("R8")), 0);
}

namespace {
Builder priceRise(double alternativeAnnualCost)
{
    Builder b = singleSupplier(QStringLiteral("NL"), 4);
    b.node(QStringLiteral("app")).attributes[QStringLiteral("annual_cost")] = 120000.0;
    b.application(QStringLiteral("alt"));
    b.node(QStringLiteral("alt")).attributes[QStringLiteral("annual_cost")] = alternativeAnnualCost;
    Edge &e = b.edge(QStringLiteral("alt"), QStringLiteral("app"), EdgeKind::AlternativeFor);
    e.switchMonths = 6;
    e.switchCost = 20000;
    Event price{Event::Type::Price, QStringLiteral("sup")};
    price.factor = 3;
    b.model.scenarios.push_back(Scenario{QStringLiteral("price"), QStringLiteral("Price shock"), {price}});
    return b;
}
} // namespace

TEST(Recommendations, R9FiresWhenSwitchingSaves)
{
    Builder b = priceRise(20000);
    const ReportFindings r = b.assess(b.model.scenarios);
    const Finding *f = r.find(QStringLiteral("price_exit:price:app"));
    ASSERT_NE(f, nullptr);
    EXPECT_LE(f->severity, thresholds::PriceExitMaxSeverity);
    EXPECT_TRUE(f->text.contains(QStringLiteral("€ "))) << f->text.toStdString();
    EXPECT_TRUE(hasRule(r, f->id, QStringLiteral("R9")));
}

TEST(Recommendations, R9DoesNotFireWhenStayingIsCheaper)
{
    Builder b = priceRise(2000000);
    const ReportFindings r = b.assess(b.model.scenarios);
    EXPECT_EQ(r.find(QStringLiteral("price_exit:price:app")), nullptr);
    EXPECT_EQ(countRule(r, QStringLiteral("R9")), 0);
}

// --- R11: a hidden foreign dependence in the chain -----------------------------------------

TEST(Recommendations, R11FiresOnAForeignOperatorBehindAnEuSupplier)
{
    Builder b = singleSupplier(QStringLiteral("NL"), 4);
    b.supplier(QStringLiteral("cloud"), QStringLiteral("US"));
    b.host(QStringLiteral("region"), QStringLiteral("NL"), QStringLiteral("cloud"));
    b.edge(QStringLiteral("app"), QStringLiteral("region"), EdgeKind::HostedOn);
    const ReportFindings r = b.assess();
    const Finding *f = r.find(QStringLiteral("supply_chain:app"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->area, QStringLiteral("sovereignty"));
    EXPECT_TRUE(f->text.contains(QStringLiteral("Name of cloud (controlled from Name of US)"))) << f->text.toStdString();
    EXPECT_TRUE(hasRule(r, f->id, QStringLiteral("R11")));
}

TEST(Recommendations, R11DoesNotFireOnAnEuChain)
{
    Builder b = singleSupplier(QStringLiteral("NL"), 4);
    b.supplier(QStringLiteral("cloud"), QStringLiteral("DE"));
    b.host(QStringLiteral("region"), QStringLiteral("NL"), QStringLiteral("cloud"));
    b.edge(QStringLiteral("app"), QStringLiteral("region"), EdgeKind::HostedOn);
    EXPECT_EQ(countRule(b.assess(), QStringLiteral("R11")), 0);
}

// --- the rule book, ordering and the summary ------------------------------------------------

TEST(Recommendations, TheRuleBookHasElevenDocumentedRules)
{
    const std::vector<RecommendationRule> rules = recommendationRules();
    ASSERT_EQ(rules.size(), 11u);
    for (std::size_t i = 0; i < rules.size(); ++i) {
        EXPECT_EQ(rules[i].id, QStringLiteral("R%1").arg(i + 1));
        EXPECT_FALSE(rules[i].title.isEmpty());
        EXPECT_FALSE(rules[i].trigger.isEmpty());
        EXPECT_FALSE(rules[i].rationale.isEmpty());
        EXPECT_FALSE(rules[i].source.isEmpty());
    }
    // Every rule has a section in the documentation.
    QFile doc(test::sourcePath(QStringLiteral("docs/recommendations.md")));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const RecommendationRule &rule : rules)
        EXPECT_TRUE(text.contains(QStringLiteral("### %1 ").arg(rule.id))) << rule.id.toStdString();
    for (const char *constant : {"VitalCriticality", "HighLockIn", "LowSovereigntyScore", "SuggestedGateLevel", "HighNonEuShare",
                                 "ImportantDataGap", "RenewalWindowMonths", "UrgentDeadlineMonths", "MaxCommonCauseOrder",
                                 "DataQualityMaxSeverity", "PriceExitMaxSeverity", "LockInKnownShareNote", "NamedDataGapNodes"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(constant))) << constant;
}

TEST(Recommendations, MostUrgentOrdersBySeverityTimesBreadthThenId)
{
    ReportFindings r;
    const auto finding = [](const char *id, int severity, int breadth) {
        Finding f;
        f.id = QString::fromLatin1(id);
        f.severity = severity;
        f.breadth = breadth;
        return f;
    };
    r.findings = {finding("b", 5, 1), finding("a", 3, 3), finding("c", 2, 5), finding("d", 5, 2), finding("e", 3, 3)};
    const std::vector<const Finding *> top = mostUrgentFindings(r);
    ASSERT_EQ(top.size(), 3u);
    EXPECT_EQ(top[0]->id, QStringLiteral("d")); // 10
    EXPECT_EQ(top[1]->id, QStringLiteral("c")); // 10, lower severity
    EXPECT_EQ(top[2]->id, QStringLiteral("a")); // 9, before "e" by id
    EXPECT_EQ(mostUrgentFindings(r, 10).size(), 5u);
    EXPECT_TRUE(mostUrgentFindings(r, 0).empty());
}

TEST(Recommendations, AModelWithoutSuppliersOrJurisdictionsGivesNoCrash)
{
    Model m;
    m.name = QStringLiteral("bare");
    m.nodes.push_back(Node{QStringLiteral("cap"), NodeKind::Capability, QStringLiteral("Capability")});
    m.nodes.back().criticality = 5;
    m.nodes.push_back(Node{QStringLiteral("app"), NodeKind::Application, QStringLiteral("Application")});
    m.edges.push_back(Edge{QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires});
    ASSERT_TRUE(validateModel(m).empty());
    MethodologySettings settings;
    settings.asOf = AsOf;
    const DependencyAnalysis analysis(m);
    const ReportFindings r = assessFindings(m, analysis, assessMethodology(m, settings));
    EXPECT_NE(r.find(QStringLiteral("spof:app")), nullptr);
    EXPECT_EQ(r.figures.cutoffJurisdictions.size(), 0);
    EXPECT_FALSE(findingsText(r).isEmpty());

    Model empty;
    empty.name = QStringLiteral("empty");
    const DependencyAnalysis none(empty);
    const ReportFindings e = assessFindings(empty, none, assessMethodology(empty, settings));
    EXPECT_TRUE(e.findings.empty());
    EXPECT_TRUE(e.recommendations.empty());
    EXPECT_FALSE(findingsText(e).isEmpty());
}

// --- the sample -------------------------------------------------------------------------------

namespace {

struct Sample {
    Model model;
    ReportFindings findings;
};

Sample assessSample(bool withScenariosAndOptions = true)
{
    const ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model.has_value());
    Sample s{*loaded.model, {}};
    MethodologySettings settings = MethodologySettings::fromModel(s.model);
    settings.asOf = QDate(2026, 11, 23);
    const DependencyAnalysis analysis(s.model);
    const MethodologyResult methodology = assessMethodology(s.model, settings);
    std::vector<ScenarioResult> scenarios;
    std::optional<Comparison> comparison;
    if (withScenariosAndOptions) {
        ScenarioOptions so;
        so.methodology = settings;
        for (const Scenario &sc : s.model.scenarios)
            scenarios.push_back(simulateScenario(s.model, sc, so));
        QStringList ids;
        for (const Option &o : s.model.options)
            ids << o.id;
        ComparisonOptions co;
        co.methodology = settings;
        comparison = compareOptions(s.model, ids, co);
    }
    s.findings = assessFindings(s.model, analysis, methodology, scenarios, comparison ? &*comparison : nullptr);
    return s;
}

/// Invariants every result must keep, whatever the model.
void checkInvariants(const Model &model, const ReportFindings &r, const std::string &where)
{
    SCOPED_TRACE(where);
    QSet<QString> ids, capabilities;
    for (const Node &n : model.nodes) {
        ids.insert(n.id);
        if (n.kind == NodeKind::Capability)
            capabilities.insert(n.id);
    }
    const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    QSet<QString> findingIds;
    const QStringList areas = findingAreas();
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const Finding &f = r.findings[i];
        EXPECT_FALSE(findingIds.contains(f.id)) << "duplicate finding " << f.id.toStdString();
        findingIds.insert(f.id);
        EXPECT_TRUE(areas.contains(f.area)) << f.area.toStdString();
        EXPECT_GE(f.severity, 1);
        EXPECT_LE(f.severity, 5);
        EXPECT_GE(f.breadth, 1);
        EXPECT_FALSE(f.nodes.isEmpty()) << f.id.toStdString();
        for (const QString &n : f.nodes)
            EXPECT_TRUE(ids.contains(n)) << f.id.toStdString() << " names unknown node " << n.toStdString();
        for (const QString &c : f.capabilities)
            EXPECT_TRUE(capabilities.contains(c)) << f.id.toStdString() << ": " << c.toStdString();
        EXPECT_FALSE(f.title.isEmpty());
        EXPECT_FALSE(f.text.isEmpty());
        EXPECT_FALSE(placeholder.match(f.title + f.text).hasMatch()) << f.text.toStdString();
        if (i > 0) {
            const Finding &p = r.findings[i - 1];
            const qsizetype ap = areas.indexOf(p.area), af = areas.indexOf(f.area);
            EXPECT_TRUE(
                ap < af
                || (ap == af
                    && (p.urgency() > f.urgency()
                        || (p.urgency() == f.urgency() && (p.severity > f.severity || (p.severity == f.severity && idLess(p.id, f.id)))))))
                << p.id.toStdString() << " before " << f.id.toStdString();
        }
    }
    for (std::size_t i = 0; i < r.recommendations.size(); ++i) {
        const Recommendation &rec = r.recommendations[i];
        EXPECT_NE(r.find(rec.findingId), nullptr) << rec.rule.toStdString() << " refers to " << rec.findingId.toStdString();
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^R([1-9]|1[01])$")).match(rec.rule).hasMatch()) << rec.rule.toStdString();
        EXPECT_GE(rec.priority, 1);
        EXPECT_LE(rec.priority, 3);
        EXPECT_FALSE(rec.nodes.isEmpty());
        for (const QString &n : rec.nodes)
            EXPECT_TRUE(ids.contains(n)) << rec.rule.toStdString() << " names unknown node " << n.toStdString();
        EXPECT_FALSE(rec.title.isEmpty());
        EXPECT_FALSE(rec.text.isEmpty());
        EXPECT_FALSE(rec.rationale.isEmpty());
        EXPECT_FALSE(rec.source.isEmpty());
        EXPECT_FALSE(placeholder.match(rec.title + rec.text).hasMatch()) << rec.text.toStdString();
        if (i > 0) {
            EXPECT_LE(r.recommendations[i - 1].priority, rec.priority);
        }
    }
    EXPECT_EQ(r.figures.findings, int(r.findings.size()));
    EXPECT_EQ(r.figures.recommendations, int(r.recommendations.size()));
    const std::vector<const Finding *> top = mostUrgentFindings(r);
    EXPECT_EQ(top.size(), std::min<std::size_t>(3, r.findings.size()));
    for (const Finding &f : r.findings) {
        if (!top.empty()) {
            EXPECT_LE(f.urgency(), top.front()->urgency());
        }
    }
}

bool sameFindings(const ReportFindings &a, const ReportFindings &b)
{
    if (a.findings.size() != b.findings.size() || a.recommendations.size() != b.recommendations.size())
        return false;
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        const Finding &x = a.findings[i], &y = b.findings[i];
        if (x.id != y.id || x.text != y.text || x.nodes != y.nodes || x.severity != y.severity || x.breadth != y.breadth)
            return false;
    }
    for (std::size_t i = 0; i < a.recommendations.size(); ++i) {
        const Recommendation &x = a.recommendations[i], &y = b.recommendations[i];
        if (x.rule != y.rule || x.findingId != y.findingId || x.text != y.text || x.nodes != y.nodes || x.priority != y.priority)
            return false;
    }
    return true;
}

} // namespace

TEST(Recommendations, SampleHasTheEntraIdLockInAndTheUsCutOff)
{
    const Sample s = assessSample();
    const ReportFindings &r = s.findings;
    checkInvariants(s.model, r, "sample");

    // The identity platform: hard to leave, no exit clause, notice by the end of March 2027.
    const Finding *entra = r.find(QStringLiteral("lock_in:app-entra"));
    ASSERT_NE(entra, nullptr);
    EXPECT_EQ(entra->severity, 5);
    EXPECT_TRUE(entra->text.contains(QStringLiteral("Microsoft Entra ID scores 69.8 of 100"))) << entra->text.toStdString();
    EXPECT_TRUE(entra->text.contains(QStringLiteral("E-mail en agenda"))) << entra->text.toStdString();
    const Recommendation *exit = recommendation(r, entra->id, QStringLiteral("R2"));
    ASSERT_NE(exit, nullptr);
    EXPECT_TRUE(exit->text.contains(QStringLiteral("an exit clause for Microsoft Entra ID before 2027-03-31"))) << exit->text.toStdString();

    // The US can cut off ten capabilities, among them the vital identity and mail services.
    const Finding *us = r.find(QStringLiteral("cutoff:US"));
    ASSERT_NE(us, nullptr);
    EXPECT_EQ(us->severity, 5);
    EXPECT_EQ(us->breadth, 10);
    EXPECT_TRUE(us->capabilities.contains(QStringLiteral("cap-iam")));
    EXPECT_TRUE(us->capabilities.contains(QStringLiteral("cap-mail")));
    EXPECT_TRUE(us->text.contains(QStringLiteral("Microsoft Corporation"))) << us->text.toStdString();
    // R1 names the EU-controlled candidates the sample records.
    const Recommendation *exchange = nullptr, *vsphere = nullptr;
    for (const Recommendation *rec : r.recommendationsFor(us->id)) {
        EXPECT_EQ(rec->rule, QStringLiteral("R1"));
        if (rec->nodes.value(0) == u"app-exchange")
            exchange = rec;
        if (rec->nodes.value(0) == u"app-vsphere")
            vsphere = rec;
    }
    ASSERT_NE(exchange, nullptr);
    EXPECT_TRUE(exchange->text.contains(QStringLiteral("OX App Suite (kandidaat) is recorded as an EU-controlled alternative")))
        << exchange->text.toStdString();
    ASSERT_NE(vsphere, nullptr);
    EXPECT_TRUE(vsphere->text.contains(QStringLiteral("Proxmox VE (kandidaat)"))) << vsphere->text.toStdString();
    // Canada through the BRP supplier's Canadian owners; Norway through Visma.
    EXPECT_NE(r.find(QStringLiteral("cutoff:CA")), nullptr);
    EXPECT_NE(r.find(QStringLiteral("cutoff:NO")), nullptr);
    EXPECT_EQ(r.find(QStringLiteral("cutoff:NL")), nullptr); // home
    EXPECT_EQ(r.find(QStringLiteral("cutoff:IE")), nullptr); // EU

    // Entra ID is the single point of failure of six capabilities.
    const Finding *spof = r.find(QStringLiteral("spof:app-entra"));
    ASSERT_NE(spof, nullptr);
    EXPECT_EQ(spof->breadth, 6);
    // Microsoft's applications score low on sovereignty; their renewal is in the window.
    const Finding *microsoft = r.find(QStringLiteral("sovereignty:sup-microsoft"));
    ASSERT_NE(microsoft, nullptr);
    EXPECT_TRUE(hasRule(r, microsoft->id, QStringLiteral("R6")));
    EXPECT_TRUE(hasRule(r, microsoft->id, QStringLiteral("R10")));
    // FormulierFabriek runs on Azure; DigiD on Solvinity, majority-owned from the UK.
    EXPECT_NE(r.find(QStringLiteral("supply_chain:app-eforms")), nullptr);
    EXPECT_NE(r.find(QStringLiteral("supply_chain:app-digid")), nullptr);
    // The VMware price shock: switching to Proxmox saves EUR 798,000 (docs/scenarios.md §3.1).
    const Finding *vmware = r.find(QStringLiteral("price_exit:scn-vmware-price:app-vsphere"));
    ASSERT_NE(vmware, nullptr);
    EXPECT_TRUE(vmware->text.contains(QStringLiteral("€ 798,000"))) << vmware->text.toStdString();
    // The US sanctions scenario leaves capabilities without a way back.
    EXPECT_NE(r.find(QStringLiteral("scenario:scn-us-cutoff")), nullptr);
    // Concentration: NorthC's owner carries half the cost by host operator; half the
    // criticality lies outside the EU. The country index is high only because of NL.
    EXPECT_NE(r.find(QStringLiteral("concentration:host_operator:annual_cost")), nullptr);
    EXPECT_NE(r.find(QStringLiteral("concentration:non_eu")), nullptr);
    EXPECT_EQ(r.find(QStringLiteral("concentration:jurisdiction:criticality")), nullptr);
    EXPECT_NE(r.find(QStringLiteral("data_quality:gaps")), nullptr);

    // The executive summary: the US cut-off first.
    const std::vector<const Finding *> top = mostUrgentFindings(r);
    ASSERT_EQ(top.size(), 3u);
    EXPECT_EQ(top[0]->id, QStringLiteral("cutoff:US"));

    const SummaryFigures &fig = r.figures;
    EXPECT_EQ(fig.capabilities, 14);
    EXPECT_EQ(fig.vitalCapabilities, 10);
    EXPECT_EQ(fig.vitalWithSpof, 10);
    EXPECT_EQ(fig.largestCutoff, QStringLiteral("US"));
    EXPECT_EQ(fig.largestCutoffCount, 10);
    EXPECT_EQ(fig.cutoffJurisdictions,
              (QStringList{QStringLiteral("CA"), QStringLiteral("GB"), QStringLiteral("NO"), QStringLiteral("US")}));
    EXPECT_EQ(fig.applicationsInUse, 24);
    EXPECT_EQ(fig.scenarios, 6);
    EXPECT_EQ(fig.scenariosBeyondMtd, 4);
    ASSERT_TRUE(fig.nonEuShare.has_value());
    EXPECT_NEAR(*fig.nonEuShare, 0.4898, 0.001);
    EXPECT_FALSE(fig.applicationsFailingGates.has_value()); // no gates in the sample

    if (qEnvironmentVariableIsSet("ANTRUM_PRINT_FINDINGS"))
        std::fputs(findingsText(r).toUtf8().constData(), stdout);
}

TEST(Recommendations, SampleIsDeterministicAndNeedsNoScenarios)
{
    const Sample a = assessSample(), b = assessSample();
    EXPECT_TRUE(sameFindings(a.findings, b.findings));
    EXPECT_EQ(findingsText(a.findings), findingsText(b.findings));
    const Sample bare = assessSample(false);
    checkInvariants(bare.model, bare.findings, "sample without scenarios");
    EXPECT_EQ(bare.findings.find(QStringLiteral("scenario:scn-us-cutoff")), nullptr);
    EXPECT_NE(bare.findings.find(QStringLiteral("cutoff:US")), nullptr);
}

// --- random models --------------------------------------------------------------------------

namespace {

/// Every SPOF and cut-off finding recomputed by brute force (semantics.md): the capabilities it
/// names are exactly what its subject fails, and one of them is vital.
void checkAgainstBruteForce(const Model &model, const ReportFindings &r)
{
    std::map<QString, const Node *> byId;
    for (const Node &n : model.nodes)
        byId[n.id] = &n;
    for (const Finding &f : r.findings) {
        if (f.area != u"spof" && f.area != u"jurisdiction")
            continue;
        const QString subject = f.nodes.first();
        bruteforce::Ids expected;
        for (const QString &id : bruteforce::fail(model, {subject})) {
            if (id != subject && byId[id]->kind == NodeKind::Capability)
                expected.insert(id);
        }
        const bruteforce::Ids named(f.capabilities.begin(), f.capabilities.end());
        EXPECT_EQ(named, expected) << f.id.toStdString();
        EXPECT_EQ(f.breadth, int(expected.size())) << f.id.toStdString();
        int highest = 0;
        for (const QString &c : expected)
            highest = std::max(highest, byId[c]->effectiveCriticality());
        EXPECT_GE(highest, thresholds::VitalCriticality) << f.id.toStdString();
        EXPECT_EQ(f.severity, highest) << f.id.toStdString();
        if (f.area == u"jurisdiction") {
            EXPECT_FALSE(model.isHome(subject));
            const bool *eu = byId[subject]->attributeAs<bool>(QStringLiteral("eu_member"));
            EXPECT_FALSE(eu && *eu) << f.id.toStdString();
        }
    }
    // Conversely: every application in use that alone stops a vital capability has a finding.
    // (Checked on the applications only; hosts alike.)
    for (const Node &n : model.nodes) {
        if (n.kind != NodeKind::Application && n.kind != NodeKind::Host)
            continue;
        bool vital = false;
        for (const QString &id : bruteforce::fail(model, {n.id}))
            vital = vital
                || (id != n.id && byId[id]->kind == NodeKind::Capability
                    && byId[id]->effectiveCriticality() >= thresholds::VitalCriticality);
        const Finding *f = r.find(QStringLiteral("spof:") + n.id);
        bool candidate = false;
        if (n.kind == NodeKind::Application) {
            bool offered = false, needed = false;
            for (const Edge &e : model.edges) {
                offered = offered || (e.kind == EdgeKind::AlternativeFor && e.from == n.id);
                needed = needed || (e.kind != EdgeKind::AlternativeFor && e.to == n.id);
            }
            candidate = offered && !needed;
        }
        if (!candidate) {
            EXPECT_EQ(f != nullptr, vital) << n.id.toStdString();
        }
    }
}

ReportFindings assessRandom(const Model &model)
{
    MethodologySettings settings = MethodologySettings::fromModel(model);
    settings.asOf = AsOf;
    const DependencyAnalysis analysis(model);
    const MethodologyResult methodology = assessMethodology(model, settings);
    ScenarioOptions so;
    so.methodology = settings;
    so.horizonMonths = 24;
    std::vector<ScenarioResult> scenarios;
    for (const Scenario &s : model.scenarios)
        scenarios.push_back(simulateScenario(model, s, so));
    QStringList ids;
    for (const Option &o : model.options)
        ids << o.id;
    ComparisonOptions co;
    co.methodology = settings;
    co.scenario = so;
    const Comparison comparison = compareOptions(model, ids, co);
    return assessFindings(model, analysis, methodology, scenarios, &comparison);
}

} // namespace

TEST(Recommendations, PropertyRandomModelsKeepEveryInvariant)
{
    int checked = 0;
    std::map<QString, int> rules; // how often each rule fired, so that the checks are not vacuous
    const auto count = [&](const ReportFindings &r) {
        for (const Recommendation &rec : r.recommendations)
            ++rules[rec.rule];
    };
    for (unsigned seed = 1; seed <= 60; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 6 + int(seed % 14);
        options.edges = options.nodes + int(seed % 17);
        const Model model = generator.generate(options);
        if (!validateModel(model).empty())
            continue;
        ++checked;
        const ReportFindings a = assessRandom(model), b = assessRandom(model);
        checkInvariants(model, a, "random seed " + std::to_string(seed));
        checkAgainstBruteForce(model, a);
        EXPECT_TRUE(sameFindings(a, b)) << seed;
        count(a);
    }
    EXPECT_GT(checked, 30);

    for (unsigned seed = 1; seed <= 12; ++seed) {
        const Model model = generateModel(40 + int(seed) * 10, seed);
        ASSERT_TRUE(validateModel(model).empty());
        const ReportFindings a = assessRandom(model), b = assessRandom(model);
        checkInvariants(model, a, "generated seed " + std::to_string(seed));
        checkAgainstBruteForce(model, a);
        EXPECT_TRUE(sameFindings(a, b)) << seed;
        EXPECT_FALSE(a.findings.empty()) << seed;
        count(a);
    }
    for (const char *rule : {"R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"})
        EXPECT_GT(rules[QString::fromLatin1(rule)], 0) << rule;
    for (const auto &[rule, n] : rules)
        std::printf("%s fired %d times\n", qPrintable(rule), n);
}
