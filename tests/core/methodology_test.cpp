// SPDX-License-Identifier: GPL-3.0-or-later
// Every lock-in factor, index and sovereignty rule on small models computed by hand
// (docs/methodology.md), the roll-ups, and invariants on random models.
#include "methodology.h"
#include "randommodel.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

/// A small landscape built edge by edge; validated before use.
struct Builder {
    Model model;
    Builder()
    {
        model.name = QStringLiteral("test");
        model.homeJurisdictions = QStringList{QStringLiteral("NL")};
        jurisdiction(QStringLiteral("NL"), true, {});
        jurisdiction(QStringLiteral("DE"), true, {});
        jurisdiction(QStringLiteral("US"), false, {QStringLiteral("CLOUD Act")});
        jurisdiction(QStringLiteral("CH"), false, {});
    }
    Node &add(const QString &id, NodeKind kind)
    {
        model.nodes.push_back(Node{id, kind, id});
        return model.nodes.back();
    }
    void jurisdiction(const QString &id, bool eu, const QStringList &laws)
    {
        Node &j = add(id, NodeKind::Jurisdiction);
        j.attributes[QStringLiteral("eu_member")] = eu;
        j.attributes[QStringLiteral("laws")] = laws;
    }
    Node &capability(const QString &id, int criticality)
    {
        Node &c = add(id, NodeKind::Capability);
        c.criticality = criticality;
        return c;
    }
    Node &application(const QString &id) { return add(id, NodeKind::Application); }
    Node &supplier(const QString &id, const QString &seat)
    {
        add(id, NodeKind::Supplier);
        if (!seat.isEmpty())
            edge(id, seat, EdgeKind::IncorporatedIn);
        return model.nodes.back();
    }
    Node &host(const QString &id, const QString &location, const QString &operatorId)
    {
        add(id, NodeKind::Host);
        if (!location.isEmpty())
            edge(id, location, EdgeKind::LocatedIn);
        if (!operatorId.isEmpty())
            edge(id, operatorId, EdgeKind::OperatedBy);
        return model.nodes.back();
    }
    Edge &edge(const QString &from, const QString &to, EdgeKind kind)
    {
        model.edges.push_back(Edge{from, to, kind});
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
    MethodologyResult assess(MethodologySettings settings = {})
    {
        const Diagnostics problems = validateModel(model);
        EXPECT_TRUE(problems.empty()) << (problems.empty() ? std::string() : problems.front().message.toStdString());
        settings.asOf = QDate(2026, 1, 1);
        return assessMethodology(model, settings);
    }
};

int indexOf(const Model &m, const QString &id)
{
    for (std::size_t i = 0; i < m.nodes.size(); ++i) {
        if (m.nodes[i].id == id)
            return int(i);
    }
    return -1;
}

const LockInScore &lockInOf(const MethodologyResult &r, const Model &m, const QString &id)
{
    for (const ApplicationLockIn &a : r.applications) {
        if (a.node == indexOf(m, id))
            return a.lockIn;
    }
    throw std::runtime_error("no such application");
}

std::optional<double> factor(const MethodologyResult &r, const Model &m, const QString &app, LockInFactor f)
{
    return lockInOf(r, m, app).factors[std::size_t(f)].value;
}

const SovereigntyProfile &profileOf(const std::vector<SovereigntyProfile> &profiles, const Model &m, const QString &id)
{
    for (const SovereigntyProfile &p : profiles) {
        if (p.node == indexOf(m, id))
            return p;
    }
    throw std::runtime_error("no such profile");
}

const ConcentrationIndex &indexBy(const MethodologyResult &r, const QString &dimension, const QString &weighting)
{
    for (const ConcentrationIndex &c : r.concentration) {
        if (c.dimension == dimension && c.weighting == weighting)
            return c;
    }
    throw std::runtime_error("no such index");
}

double shareOf(const ConcentrationIndex &c, const Model &m, const QString &id)
{
    for (const Share &s : c.shares) {
        if (s.node == indexOf(m, id))
            return s.share;
    }
    return 0;
}

} // namespace

TEST(LockIn, EachFactorFromItsAttribute)
{
    Builder b;
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("data_portability")] = 0.6;
    app.attributes[QStringLiteral("open_standards")] = QStringList{QStringLiteral("IMAP"), QStringLiteral("SMTP"), QStringLiteral("CalDAV")};
    app.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    app.attributes[QStringLiteral("deployment")] = QStringLiteral("paas");
    app.attributes[QStringLiteral("exit_clause")] = true;
    app.attributes[QStringLiteral("data_return_clause")] = false;
    app.attributes[QStringLiteral("notice_months")] = 7.0;
    app.attributes[QStringLiteral("contract_end")] = QStringLiteral("2029-01-01");
    app.attributes[QStringLiteral("annual_cost")] = 100000.0;
    const MethodologyResult r = b.assess();
    const Model &m = b.model;
    const QString id = QStringLiteral("app");
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::DataPortability), 0.4);
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::OpenStandards), 0.25);
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::License), 1.0);
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::Deployment), 2.0 / 3);
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::Alternatives), 1.0); // none recorded
    EXPECT_FALSE(factor(r, m, id, LockInFactor::SwitchingCost));         // no alternative to price
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::ExitClause), 0.0);
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::DataReturnClause), 1.0);
    EXPECT_DOUBLE_EQ(*factor(r, m, id, LockInFactor::NoticePeriod), 0.5); // (7 - 2) / 10
    // 1,096 days = 36.008 months: (36.008 - 12) / 48
    EXPECT_NEAR(*factor(r, m, id, LockInFactor::ContractTerm), (1096.0 / 30.4375 - 12) / 48, 1e-12);
    EXPECT_FALSE(factor(r, m, id, LockInFactor::Bundling)); // no supplier
    EXPECT_TRUE(lockInOf(r, m, id).factors[std::size_t(LockInFactor::DataPortability)].basis.contains(QStringLiteral("0.6")));
}

TEST(LockIn, DeploymentLicenceAndStandardsScales)
{
    Builder b;
    const QStringList deployments{QStringLiteral("on_prem"), QStringLiteral("iaas"), QStringLiteral("paas"), QStringLiteral("saas")};
    for (int i = 0; i < 4; ++i) {
        Node &app = b.application(QStringLiteral("app%1").arg(i));
        app.attributes[QStringLiteral("deployment")] = deployments[i];
        app.attributes[QStringLiteral("license")] = i % 2 ? QStringLiteral("proprietary") : QStringLiteral("open_source");
        QStringList standards;
        for (int k = 0; k < i; ++k)
            standards << QStringLiteral("S%1").arg(k);
        app.attributes[QStringLiteral("open_standards")] = standards;
    }
    const MethodologyResult r = b.assess();
    for (int i = 0; i < 4; ++i) {
        const QString id = QStringLiteral("app%1").arg(i);
        EXPECT_DOUBLE_EQ(*factor(r, b.model, id, LockInFactor::Deployment), i / 3.0) << i;
        EXPECT_DOUBLE_EQ(*factor(r, b.model, id, LockInFactor::License), i % 2 ? 1.0 : 0.0) << i;
        EXPECT_DOUBLE_EQ(*factor(r, b.model, id, LockInFactor::OpenStandards), 1.0 / (1 + i)) << i;
    }
}

TEST(LockIn, NoticeAndContractTermAreClampedAtTheirBenchmarks)
{
    Builder b;
    const std::vector<std::pair<double, double>> notice{{0, 0}, {2, 0}, {12, 1}, {30, 1}};
    const QStringList ends{QStringLiteral("2025-06-01"), QStringLiteral("2026-12-01"), QStringLiteral("2031-01-01"), QStringLiteral("2040-01-01")};
    for (std::size_t i = 0; i < notice.size(); ++i) {
        Node &app = b.application(QStringLiteral("app%1").arg(i));
        app.attributes[QStringLiteral("notice_months")] = notice[i].first;
        app.attributes[QStringLiteral("contract_end")] = ends[qsizetype(i)];
    }
    const MethodologyResult r = b.assess();
    const std::vector<double> term{0, 0, 1, 1}; // ended, 11 months left, 60 months, 168 months
    for (std::size_t i = 0; i < notice.size(); ++i) {
        const QString id = QStringLiteral("app%1").arg(i);
        EXPECT_DOUBLE_EQ(*factor(r, b.model, id, LockInFactor::NoticePeriod), notice[i].second) << i;
        EXPECT_NEAR(*factor(r, b.model, id, LockInFactor::ContractTerm), term[i], 0.001) << i;
    }
}

TEST(LockIn, BestAlternativeCountsTimeAndForeignReachAndPricesTheSwitch)
{
    Builder b;
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("annual_cost")] = 100000.0;
    b.application(QStringLiteral("alt-eu"));
    b.application(QStringLiteral("alt-us"));
    b.supplier(QStringLiteral("sup-eu"), QStringLiteral("DE"));
    b.supplier(QStringLiteral("sup-us"), QStringLiteral("US"));
    b.edge(QStringLiteral("alt-eu"), QStringLiteral("sup-eu"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("alt-us"), QStringLiteral("sup-us"), EdgeKind::ProvidedBy);
    Edge &eu = b.edge(QStringLiteral("alt-eu"), QStringLiteral("app"), EdgeKind::AlternativeFor);
    eu.switchMonths = 12;
    eu.switchCost = 250000;
    Edge &us = b.edge(QStringLiteral("alt-us"), QStringLiteral("app"), EdgeKind::AlternativeFor);
    us.switchMonths = 0;
    us.switchCost = 150000;
    const MethodologyResult r = b.assess();
    // alt-eu: 0.5 * 12/24 + 0 = 0.25; alt-us: 0 + 0.5 * 1 = 0.5; the best is 0.25.
    EXPECT_DOUBLE_EQ(*factor(r, b.model, QStringLiteral("app"), LockInFactor::Alternatives), 0.25);
    // The cheapest switch, 150,000, is 1.5 annual costs: 1.5 / 3.
    EXPECT_DOUBLE_EQ(*factor(r, b.model, QStringLiteral("app"), LockInFactor::SwitchingCost), 0.5);
    EXPECT_TRUE(lockInOf(r, b.model, QStringLiteral("app"))
                    .factors[std::size_t(LockInFactor::Alternatives)]
                    .basis.contains(QStringLiteral("alt-eu")));
}

TEST(LockIn, BundlingCountsTheOtherApplicationsOfTheUltimateParent)
{
    Builder b;
    b.supplier(QStringLiteral("parent"), QStringLiteral("US"));
    b.supplier(QStringLiteral("sub-a"), QStringLiteral("NL"));
    b.supplier(QStringLiteral("sub-b"), QStringLiteral("DE"));
    b.edge(QStringLiteral("sub-a"), QStringLiteral("parent"), EdgeKind::SubsidiaryOf);
    b.edge(QStringLiteral("sub-b"), QStringLiteral("parent"), EdgeKind::SubsidiaryOf);
    b.supplier(QStringLiteral("other"), QStringLiteral("NL"));
    for (const QString &id : {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("solo")})
        b.application(id);
    b.edge(QStringLiteral("a1"), QStringLiteral("sub-a"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("a2"), QStringLiteral("sub-b"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("a3"), QStringLiteral("parent"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("solo"), QStringLiteral("other"), EdgeKind::ProvidedBy);
    const MethodologyResult r = b.assess();
    for (const QString &id : {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")})
        EXPECT_DOUBLE_EQ(*factor(r, b.model, id, LockInFactor::Bundling), 2.0 / 7) << qPrintable(id);
    EXPECT_DOUBLE_EQ(*factor(r, b.model, QStringLiteral("solo"), LockInFactor::Bundling), 0.0);

    // Supplier groups: by ultimate parent, with mean and max.
    ASSERT_EQ(r.supplierGroups.size(), 2u);
    const SupplierGroupLockIn &group = r.supplierGroups[0]; // "other" < "parent"
    EXPECT_EQ(b.model.nodes[std::size_t(group.parent)].id, QStringLiteral("other"));
    const SupplierGroupLockIn &big = r.supplierGroups[1];
    EXPECT_EQ(big.applications.size(), 3u);
    double sum = 0, max = 0;
    for (const int a : big.applications) {
        sum += lockInOf(r, b.model, b.model.nodes[std::size_t(a)].id).score;
        max = std::max(max, lockInOf(r, b.model, b.model.nodes[std::size_t(a)].id).score);
    }
    EXPECT_DOUBLE_EQ(big.meanScore, sum / 3);
    EXPECT_DOUBLE_EQ(big.maxScore, max);
}

TEST(LockIn, ScoreCountsUnknownsAtWorstAndBestWithTheirShare)
{
    Builder b;
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("license")] = QStringLiteral("open_source");
    const MethodologyResult r = b.assess();
    const LockInScore &s = lockInOf(r, b.model, QStringLiteral("app"));
    // Known: license 0 (weight 10) and alternatives 1 (none recorded, weight 15) of 100.
    EXPECT_DOUBLE_EQ(s.knownShare, 0.25);
    EXPECT_DOUBLE_EQ(s.best, 15.0);
    EXPECT_DOUBLE_EQ(s.score, 90.0); // every unknown at 1: 100 - 10
}

TEST(LockIn, ScoreIsTheWeightedMeanAndWeightsComeFromTheModel)
{
    Builder b;
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    app.attributes[QStringLiteral("data_portability")] = 1.0;
    QJsonObject weights{{QStringLiteral("license"), 3}, {QStringLiteral("data_portability"), 1}};
    for (int i = 0; i < LockInFactorCount; ++i) {
        const QString key = factorKey(LockInFactor(i));
        if (!weights.contains(key))
            weights.insert(key, 0);
    }
    b.model.extensions[QStringLiteral("x-antrum-methodology")] = QJsonObject{{QStringLiteral("lock_in_weights"), weights}};
    QStringList problems;
    const MethodologySettings settings = MethodologySettings::fromModel(b.model, &problems);
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(u'\n'));
    const MethodologyResult r = b.assess(settings);
    const LockInScore &s = lockInOf(r, b.model, QStringLiteral("app"));
    EXPECT_DOUBLE_EQ(s.score, 75.0); // (3 * 1 + 1 * 0) / 4
    EXPECT_DOUBLE_EQ(s.best, 75.0);
    EXPECT_DOUBLE_EQ(s.knownShare, 1.0);
}

TEST(LockIn, TheUserCanOverrideAFactorAndItSays)
{
    Builder b;
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    app.attributes[QStringLiteral("lock_in.license")] = 0.3;
    app.attributes[QStringLiteral("lock_in.bundling")] = 7.0; // out of range: ignored and listed
    const MethodologyResult r = b.assess();
    const FactorValue &f = lockInOf(r, b.model, QStringLiteral("app")).factors[std::size_t(LockInFactor::License)];
    EXPECT_DOUBLE_EQ(*f.value, 0.3);
    EXPECT_TRUE(f.overridden);
    EXPECT_TRUE(f.basis.contains(QStringLiteral("license = proprietary"))) << qPrintable(f.basis);
    EXPECT_FALSE(factor(r, b.model, QStringLiteral("app"), LockInFactor::Bundling));
    bool listed = false;
    for (const DataQualityItem &item : r.dataQuality.items)
        listed = listed || (item.attribute == u"lock_in.bundling" && item.problem == u"invalid");
    EXPECT_TRUE(listed);
}

TEST(LockIn, ACapabilityIsAsLockedInAsItsMostLockedInApplication)
{
    Builder b;
    b.capability(QStringLiteral("cap"), 4);
    b.capability(QStringLiteral("empty"), 2);
    Node &open = b.application(QStringLiteral("open"));
    open.attributes[QStringLiteral("license")] = QStringLiteral("open_source");
    Node &closed = b.application(QStringLiteral("closed"));
    closed.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    b.edge(QStringLiteral("cap"), QStringLiteral("open"), EdgeKind::Requires);
    b.edge(QStringLiteral("open"), QStringLiteral("closed"), EdgeKind::Requires); // indirect
    const MethodologyResult r = b.assess();
    ASSERT_EQ(r.capabilities.size(), 2u);
    const CapabilityLockIn &cap = r.capabilities[0];
    EXPECT_EQ(cap.applications.size(), 2u);
    ASSERT_TRUE(cap.drivenBy);
    EXPECT_EQ(b.model.nodes[std::size_t(*cap.drivenBy)].id, QStringLiteral("closed"));
    EXPECT_DOUBLE_EQ(cap.lockIn.score, lockInOf(r, b.model, QStringLiteral("closed")).score);
    EXPECT_FALSE(r.capabilities[1].drivenBy);
}

TEST(Concentration, HhiAndConcentrationRatiosByParentJurisdictionAndOperator)
{
    Builder b;
    b.capability(QStringLiteral("vital"), 5);
    b.capability(QStringLiteral("minor"), 2);
    b.supplier(QStringLiteral("big"), QStringLiteral("US"));
    b.supplier(QStringLiteral("big-nl"), QStringLiteral("NL"));
    b.edge(QStringLiteral("big-nl"), QStringLiteral("big"), EdgeKind::SubsidiaryOf);
    b.supplier(QStringLiteral("small"), QStringLiteral("NL"));
    b.supplier(QStringLiteral("dc"), QStringLiteral("NL"));
    b.host(QStringLiteral("h1"), QStringLiteral("NL"), QStringLiteral("dc"));
    b.host(QStringLiteral("h2"), QStringLiteral("NL"), QString()); // operator unknown
    const QStringList apps{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")};
    const std::vector<double> cost{100, 300, 600};
    for (int i = 0; i < 3; ++i)
        b.application(apps[i]).attributes[QStringLiteral("annual_cost")] = cost[std::size_t(i)];
    b.edge(QStringLiteral("vital"), QStringLiteral("a1"), EdgeKind::Requires);
    b.edge(QStringLiteral("vital"), QStringLiteral("a2"), EdgeKind::Requires);
    b.edge(QStringLiteral("minor"), QStringLiteral("a3"), EdgeKind::Requires);
    b.edge(QStringLiteral("a1"), QStringLiteral("big"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("a2"), QStringLiteral("big-nl"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("a3"), QStringLiteral("small"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("a1"), QStringLiteral("h1"), EdgeKind::HostedOn);
    b.edge(QStringLiteral("a2"), QStringLiteral("h1"), EdgeKind::HostedOn);
    b.edge(QStringLiteral("a3"), QStringLiteral("h2"), EdgeKind::HostedOn);
    const MethodologyResult r = b.assess();

    // Criticality: a1 and a2 weigh 5 each (both under "big"), a3 weighs 2 ("small").
    const ConcentrationIndex &parents = indexBy(r, QStringLiteral("ultimate_parent"), QStringLiteral("criticality"));
    EXPECT_DOUBLE_EQ(shareOf(parents, b.model, QStringLiteral("big")), 10.0 / 12);
    EXPECT_DOUBLE_EQ(shareOf(parents, b.model, QStringLiteral("small")), 2.0 / 12);
    EXPECT_NEAR(parents.hhi, 10000 * (100.0 + 4.0) / 144, 1e-9);
    EXPECT_DOUBLE_EQ(parents.cr1, 10.0 / 12);
    EXPECT_NEAR(parents.cr3, 1.0, 1e-12);
    EXPECT_EQ(parents.level, ConcentrationLevel::High);
    EXPECT_DOUBLE_EQ(parents.unknownShare, 0);

    // Jurisdiction of the parent: "big" is seated in the US, "small" in NL.
    const ConcentrationIndex &seats = indexBy(r, QStringLiteral("jurisdiction"), QStringLiteral("criticality"));
    EXPECT_DOUBLE_EQ(shareOf(seats, b.model, QStringLiteral("US")), 10.0 / 12);
    EXPECT_DOUBLE_EQ(seats.nonEuShare, 10.0 / 12);

    // Annual cost: big 400 of 1,000, small 600.
    const ConcentrationIndex &byCost = indexBy(r, QStringLiteral("ultimate_parent"), QStringLiteral("annual_cost"));
    EXPECT_DOUBLE_EQ(shareOf(byCost, b.model, QStringLiteral("small")), 0.6);
    EXPECT_NEAR(byCost.hhi, 10000 * (0.36 + 0.16), 1e-9);
    EXPECT_EQ(byCost.level, ConcentrationLevel::High);

    // Host operator: a3's host has no operator, so its weight is unknown, not attributed.
    const ConcentrationIndex &operators = indexBy(r, QStringLiteral("host_operator"), QStringLiteral("criticality"));
    EXPECT_DOUBLE_EQ(operators.unknownShare, 2.0 / 12);
    EXPECT_DOUBLE_EQ(shareOf(operators, b.model, QStringLiteral("dc")), 1.0);
}

TEST(Concentration, WeightIsSplitOverSeveralParentsAndLevelsFollowTheThresholds)
{
    Builder b;
    b.capability(QStringLiteral("cap"), 3);
    for (int i = 0; i < 10; ++i) {
        const QString s = QStringLiteral("s%1").arg(i), a = QStringLiteral("a%1").arg(i);
        b.supplier(s, QStringLiteral("NL"));
        b.application(a);
        b.edge(QStringLiteral("cap"), a, EdgeKind::Requires);
        b.edge(a, s, EdgeKind::ProvidedBy);
    }
    b.edge(QStringLiteral("a0"), QStringLiteral("s1"), EdgeKind::ProvidedBy); // a0 splits over s0 and s1
    MethodologySettings settings;
    const MethodologyResult r = b.assess(settings);
    const ConcentrationIndex &c = indexBy(r, QStringLiteral("ultimate_parent"), QStringLiteral("criticality"));
    EXPECT_DOUBLE_EQ(shareOf(c, b.model, QStringLiteral("s0")), 0.05);
    EXPECT_DOUBLE_EQ(shareOf(c, b.model, QStringLiteral("s1")), 0.15);
    const double hhi = 10000 * (0.05 * 0.05 + 0.15 * 0.15 + 8 * 0.01);
    EXPECT_NEAR(c.hhi, hhi, 1e-9); // 1,050: moderate under the EU bands
    EXPECT_EQ(c.level, ConcentrationLevel::Moderate);
    settings.hhiModerate = 1100;
    settings.hhiHigh = 1800;
    EXPECT_EQ(indexBy(b.assess(settings), QStringLiteral("ultimate_parent"), QStringLiteral("criticality")).level,
              ConcentrationLevel::Low);
    settings.hhiModerate = 500;
    settings.hhiHigh = 1000;
    EXPECT_EQ(indexBy(b.assess(settings), QStringLiteral("ultimate_parent"), QStringLiteral("criticality")).level,
              ConcentrationLevel::High);
}

TEST(Sovereignty, DerivedLevelsForAnEuSubsidiaryOfAUsParent)
{
    Builder b;
    b.supplier(QStringLiteral("parent"), QStringLiteral("US"));
    b.supplier(QStringLiteral("sub-ie"), QStringLiteral("DE"));
    b.edge(QStringLiteral("sub-ie"), QStringLiteral("parent"), EdgeKind::SubsidiaryOf);
    b.supplier(QStringLiteral("dc"), QStringLiteral("NL"));
    b.host(QStringLiteral("region"), QStringLiteral("NL"), QStringLiteral("dc"));
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    app.attributes[QStringLiteral("open_standards")] = QStringList{QStringLiteral("IMAP")};
    b.edge(QStringLiteral("app"), QStringLiteral("sub-ie"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("app"), QStringLiteral("region"), EdgeKind::HostedOn);
    const MethodologyResult r = b.assess();
    const SovereigntyProfile &p = profileOf(r.applicationProfiles, b.model, QStringLiteral("app"));
    const std::array<std::optional<int>, 8> expected{1, 1, 2, 2, 0, 2, std::nullopt, std::nullopt};
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(p.objectives[std::size_t(i)].level, expected[std::size_t(i)]) << objectiveKey(i).toStdString();
    // (15*1 + 10*1 + 10*2 + 15*2 + 20*0 + 15*2) / 4; SOV-7 and SOV-8 unknown.
    EXPECT_DOUBLE_EQ(p.score, 26.25);
    EXPECT_DOUBLE_EQ(p.best, 41.25);
    EXPECT_DOUBLE_EQ(p.knownShare, 0.85);
    EXPECT_EQ(p.overall, 0);
    EXPECT_TRUE(p.objectives[2].basis.contains(QStringLiteral("US"))) << qPrintable(p.objectives[2].basis);
}

TEST(Sovereignty, FullyEuOpenSourceOnPremisesAndUserAssessments)
{
    Builder b;
    b.supplier(QStringLiteral("coop"), QStringLiteral("NL"));
    b.supplier(QStringLiteral("own"), QStringLiteral("NL"));
    b.host(QStringLiteral("dc"), QStringLiteral("NL"), QStringLiteral("own"));
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("license")] = QStringLiteral("open_source");
    app.attributes[QStringLiteral("deployment")] = QStringLiteral("on_prem");
    app.attributes[QStringLiteral("open_standards")] = QStringList{QStringLiteral("ODF"), QStringLiteral("CalDAV")};
    app.attributes[QStringLiteral("seal.SOV-7")] = 3.0;
    app.attributes[QStringLiteral("seal.SOV-1")] = 2.0; // the user knows better than the graph
    b.edge(QStringLiteral("app"), QStringLiteral("coop"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("app"), QStringLiteral("dc"), EdgeKind::HostedOn);
    MethodologySettings settings;
    settings.sealGates[1] = 3; // SOV-2 at least 3
    settings.sealGates[7] = 1; // SOV-8 unknown: gate unknown
    const MethodologyResult r = b.assess(settings);
    const SovereigntyProfile &p = profileOf(r.applicationProfiles, b.model, QStringLiteral("app"));
    const std::array<std::optional<int>, 8> expected{2, 4, 4, 4, 4, 4, 3, std::nullopt};
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(p.objectives[std::size_t(i)].level, expected[std::size_t(i)]) << objectiveKey(i).toStdString();
    EXPECT_TRUE(p.objectives[0].assessed);
    EXPECT_EQ(p.objectives[0].derived, 4);
    EXPECT_TRUE(p.objectives[6].assessed);
    EXPECT_EQ(p.overall, 2);
    ASSERT_EQ(p.gates.size(), 2u);
    EXPECT_EQ(p.gates[0].passed, true);
    EXPECT_FALSE(p.gates[1].passed.has_value());
    EXPECT_FALSE(p.passesGates.has_value()); // nothing failed, one unknown
}

TEST(Sovereignty, GatesFailAndGroupsTakeTheWeakestApplication)
{
    Builder b;
    b.supplier(QStringLiteral("vendor"), QStringLiteral("NL"));
    b.host(QStringLiteral("ch"), QStringLiteral("CH"), QStringLiteral("vendor")); // outside the EU, no laws
    b.host(QStringLiteral("nl"), QStringLiteral("NL"), QStringLiteral("vendor"));
    b.application(QStringLiteral("a")).attributes[QStringLiteral("license")] = QStringLiteral("open_source");
    b.application(QStringLiteral("b")).attributes[QStringLiteral("license")] = QStringLiteral("open_source");
    b.edge(QStringLiteral("a"), QStringLiteral("vendor"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("b"), QStringLiteral("vendor"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("a"), QStringLiteral("ch"), EdgeKind::HostedOn);
    b.edge(QStringLiteral("b"), QStringLiteral("nl"), EdgeKind::HostedOn);
    MethodologySettings settings;
    settings.sealGates[2] = 2; // SOV-3
    const MethodologyResult r = b.assess(settings);
    const SovereigntyProfile &a = profileOf(r.applicationProfiles, b.model, QStringLiteral("a"));
    EXPECT_EQ(a.objectives[1].level, 3); // CH is foreign, without extraterritorial laws on record
    EXPECT_EQ(a.objectives[2].level, 0); // hosted outside the EU
    EXPECT_EQ(a.passesGates, false);
    const SovereigntyProfile &bp = profileOf(r.applicationProfiles, b.model, QStringLiteral("b"));
    EXPECT_EQ(bp.objectives[2].level, 4);
    EXPECT_EQ(bp.passesGates, true);
    const SovereigntyProfile &group = profileOf(r.groupProfiles, b.model, QStringLiteral("vendor"));
    EXPECT_EQ(group.objectives[2].level, 0);
    EXPECT_TRUE(group.objectives[2].basis.contains(QStringLiteral("a"))) << qPrintable(group.objectives[2].basis);
    EXPECT_EQ(group.passesGates, false);
}

TEST(DataQuality, MissingFactsAreListedMostImportantFirst)
{
    Builder b;
    b.capability(QStringLiteral("vital"), 5);
    b.capability(QStringLiteral("minor"), 1);
    Node &v = b.application(QStringLiteral("v-app"));
    v.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    b.application(QStringLiteral("m-app"));
    b.edge(QStringLiteral("vital"), QStringLiteral("v-app"), EdgeKind::Requires);
    b.edge(QStringLiteral("minor"), QStringLiteral("m-app"), EdgeKind::Requires);
    b.supplier(QStringLiteral("nowhere"), QString()); // no seat, no parent
    b.host(QStringLiteral("h"), QString(), QString());
    Node &dated = b.application(QStringLiteral("dated"));
    dated.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    dated.attributes[QStringLiteral("license.as_of")] = QStringLiteral("2020-01-01");
    dated.attributes[QStringLiteral("deployment")] = QStringLiteral("saas");
    dated.attributes[QStringLiteral("deployment.confidence")] = 0.2;
    const MethodologyResult r = b.assess();
    const std::vector<DataQualityItem> &items = r.dataQuality.items;
    ASSERT_FALSE(items.empty());
    for (std::size_t i = 1; i < items.size(); ++i)
        EXPECT_GE(items[i - 1].importance, items[i].importance);
    const auto find = [&](const QString &node, const QString &attribute, const QString &problem) -> const DataQualityItem * {
        for (const DataQualityItem &item : items) {
            if (b.model.nodes[std::size_t(item.node)].id == node && item.attribute == attribute && item.problem == problem)
                return &item;
        }
        return nullptr;
    };
    const DataQualityItem *vital = find(QStringLiteral("v-app"), QStringLiteral("data_portability"), QStringLiteral("missing"));
    const DataQualityItem *minor = find(QStringLiteral("m-app"), QStringLiteral("data_portability"), QStringLiteral("missing"));
    ASSERT_TRUE(vital && minor);
    EXPECT_DOUBLE_EQ(vital->importance, 5 * minor->importance);
    EXPECT_FALSE(find(QStringLiteral("v-app"), QStringLiteral("license"), QStringLiteral("missing")));
    EXPECT_TRUE(find(QStringLiteral("m-app"), QStringLiteral("license"), QStringLiteral("missing")));
    EXPECT_TRUE(find(QStringLiteral("m-app"), QStringLiteral("provided_by"), QStringLiteral("missing")));
    EXPECT_TRUE(find(QStringLiteral("nowhere"), QStringLiteral("incorporated_in"), QStringLiteral("missing")));
    EXPECT_TRUE(find(QStringLiteral("h"), QStringLiteral("located_in"), QStringLiteral("missing")));
    EXPECT_TRUE(find(QStringLiteral("h"), QStringLiteral("operated_by"), QStringLiteral("missing")));
    EXPECT_TRUE(find(QStringLiteral("dated"), QStringLiteral("license"), QStringLiteral("stale")));
    EXPECT_TRUE(find(QStringLiteral("dated"), QStringLiteral("deployment"), QStringLiteral("low_confidence")));
    // SaaS: the supplier runs it, so only where it keeps its data (SOV-3, weight 10) is missing.
    const DataQualityItem *saas = find(QStringLiteral("dated"), QStringLiteral("hosted_on"), QStringLiteral("missing"));
    ASSERT_TRUE(saas);
    EXPECT_DOUBLE_EQ(saas->importance, 10.0);
    EXPECT_GT(r.dataQuality.lockInKnownShare, 0);
    EXPECT_LT(r.dataQuality.lockInKnownShare, 1);
}

TEST(MethodologySettings, ModelExtensionIsReadAndProblemsAreNamed)
{
    Model model;
    model.extensions[QStringLiteral("x-antrum-methodology")] = QJsonObject{
        {QStringLiteral("hhi_thresholds"), QJsonArray{1500, 2500}},
        {QStringLiteral("seal_gates"), QJsonObject{{QStringLiteral("SOV-2"), 3}, {QStringLiteral("SOV-9"), 1}, {QStringLiteral("SOV-3"), 2.5}}},
        {QStringLiteral("as_of"), QStringLiteral("2026-06-30")},
        {QStringLiteral("lock_in_weights"), QJsonObject{{QStringLiteral("license"), 20}, {QStringLiteral("colour"), 1}}},
        {QStringLiteral("stale_after_months"), 12},
        {QStringLiteral("extra"), true}};
    QStringList problems;
    const MethodologySettings s = MethodologySettings::fromModel(model, &problems);
    EXPECT_EQ(s.hhiModerate, 1500);
    EXPECT_EQ(s.hhiHigh, 2500);
    EXPECT_EQ(s.sealGates[1], 3);
    EXPECT_FALSE(s.sealGates[2].has_value());
    EXPECT_EQ(s.asOf, QDate(2026, 6, 30));
    EXPECT_EQ(s.lockInWeights[std::size_t(LockInFactor::License)], 20);
    EXPECT_EQ(s.staleAfterMonths, 12);
    EXPECT_EQ(problems.size(), 4) << qPrintable(problems.join(u'\n')); // SOV-9, SOV-3 2.5, colour, extra

    model.extensions[QStringLiteral("x-antrum-methodology")] = QJsonValue(42);
    problems.clear();
    const MethodologySettings defaults = MethodologySettings::fromModel(model, &problems);
    EXPECT_EQ(problems.size(), 1);
    EXPECT_EQ(defaults.hhiModerate, 1000);
}

TEST(Methodology, InvariantsHoldOnRandomModels)
{
    for (unsigned seed = 1; seed <= 400; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 6 + int(seed % 30);
        options.edges = options.nodes * 2;
        const Model model = generator.generate(options);
        MethodologySettings settings;
        settings.asOf = QDate(2026, 1, 1);
        const MethodologyResult r = assessMethodology(model, settings);
        const MethodologyResult again = assessMethodology(model, settings);
        std::map<int, double> scoreOf;
        for (std::size_t i = 0; i < r.applications.size(); ++i) {
            const LockInScore &s = r.applications[i].lockIn;
            EXPECT_LE(0, s.best);
            EXPECT_LE(s.best, s.score + 1e-9);
            EXPECT_LE(s.score, 100 + 1e-9);
            EXPECT_GE(s.knownShare, 0);
            EXPECT_LE(s.knownShare, 1);
            for (const FactorValue &f : s.factors) {
                if (f.value) {
                    EXPECT_GE(*f.value, 0);
                    EXPECT_LE(*f.value, 1);
                }
            }
            EXPECT_EQ(s.score, again.applications[i].lockIn.score) << "deterministic";
            scoreOf[r.applications[i].node] = s.score;
        }
        for (const CapabilityLockIn &c : r.capabilities) {
            double max = -1;
            for (const int a : c.applications)
                max = std::max(max, scoreOf[a]);
            if (c.drivenBy)
                EXPECT_DOUBLE_EQ(c.lockIn.score, max) << seed;
            else
                EXPECT_TRUE(c.applications.empty());
        }
        for (const ConcentrationIndex &c : r.concentration) {
            double sum = 0, hhi = 0;
            for (const Share &s : c.shares) {
                sum += s.share;
                hhi += 10000 * s.share * s.share;
            }
            if (!c.shares.empty()) {
                EXPECT_NEAR(sum, 1.0, 1e-9) << seed;
                EXPECT_NEAR(c.hhi, hhi, 1e-6);
                EXPECT_GE(c.hhi, 10000.0 / double(c.shares.size()) - 1e-6);
            }
            EXPECT_LE(c.cr1, c.cr3 + 1e-12);
            EXPECT_LE(c.cr3, 1 + 1e-9);
            EXPECT_GE(c.unknownShare, 0);
            EXPECT_LE(c.unknownShare, 1 + 1e-12);
        }
        for (const SovereigntyProfile &p : r.applicationProfiles) {
            EXPECT_LE(p.score, p.best + 1e-9);
            for (const SealValue &s : p.objectives) {
                if (s.level) {
                    EXPECT_GE(*s.level, 0);
                    EXPECT_LE(*s.level, 4);
                    EXPECT_LE(*p.overall, *s.level);
                }
            }
        }
    }
}

TEST(Methodology, CandidatesUnknownSeatsAndOverriddenFactsAreHandledAsDocumented)
{
    Builder b;
    b.capability(QStringLiteral("cap"), 4);
    b.supplier(QStringLiteral("vendor"), QStringLiteral("DE")); // EU, not home
    b.supplier(QStringLiteral("ghost"), QString());           // seat unknown
    b.supplier(QStringLiteral("ghost-nl"), QString());        // a subsidiary without a seat of its own
    b.edge(QStringLiteral("ghost-nl"), QStringLiteral("ghost"), EdgeKind::SubsidiaryOf);
    Node &used = b.application(QStringLiteral("used"));
    used.attributes[QStringLiteral("annual_cost")] = 100.0;
    used.attributes[QStringLiteral("lock_in.notice_period")] = 0.2;
    b.application(QStringLiteral("unsure")).attributes[QStringLiteral("annual_cost")] = 50.0;
    Node &candidate = b.application(QStringLiteral("candidate"));
    candidate.attributes[QStringLiteral("annual_cost")] = 900.0;
    b.edge(QStringLiteral("cap"), QStringLiteral("used"), EdgeKind::Requires);
    b.edge(QStringLiteral("cap"), QStringLiteral("unsure"), EdgeKind::Requires);
    b.edge(QStringLiteral("used"), QStringLiteral("vendor"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("unsure"), QStringLiteral("ghost-nl"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("candidate"), QStringLiteral("ghost"), EdgeKind::ProvidedBy);
    b.edge(QStringLiteral("candidate"), QStringLiteral("used"), EdgeKind::AlternativeFor); // no switch_months/cost
    const MethodologyResult r = b.assess();
    const Model &m = b.model;

    // The candidate is scored but stays out of the landscape's concentration and groups.
    for (const ApplicationLockIn &a : r.applications)
        EXPECT_EQ(a.candidate, m.nodes[std::size_t(a.node)].id == u"candidate");
    const ConcentrationIndex &byCost = indexBy(r, QStringLiteral("ultimate_parent"), QStringLiteral("annual_cost"));
    EXPECT_DOUBLE_EQ(shareOf(byCost, m, QStringLiteral("vendor")), 100.0 / 150); // not 1,000: the candidate is out
    EXPECT_DOUBLE_EQ(byCost.unknownShare, 0.0); // "unsure" has a known parent, "ghost"; its seat is unknown
    const ConcentrationIndex &seats = indexBy(r, QStringLiteral("jurisdiction"), QStringLiteral("annual_cost"));
    EXPECT_DOUBLE_EQ(seats.unknownShare, 50.0 / 150);
    for (const SupplierGroupLockIn &g : r.supplierGroups)
        EXPECT_EQ(std::count(g.applications.begin(), g.applications.end(), indexOf(m, QStringLiteral("candidate"))), 0);

    // An alternative whose control is unknown counts as non-EU: 0.5 * 1 (no switch time) + 0.5 * 1.
    EXPECT_DOUBLE_EQ(*factor(r, m, QStringLiteral("used"), LockInFactor::Alternatives), 1.0);

    // An EU member that is not home is not foreign to the framework: SOV-2 is 4.
    EXPECT_EQ(profileOf(r.applicationProfiles, m, QStringLiteral("used")).objectives[1].level, 4);
    // Without the parent's seat, "no law found" is not "no law": unknown.
    EXPECT_FALSE(profileOf(r.applicationProfiles, m, QStringLiteral("unsure")).objectives[1].level.has_value());
    // No gates configured: nothing passed, nothing failed.
    EXPECT_FALSE(profileOf(r.applicationProfiles, m, QStringLiteral("used")).passesGates.has_value());

    const auto listed = [&](const QString &node, const QString &attribute) {
        for (const DataQualityItem &item : r.dataQuality.items) {
            if (m.nodes[std::size_t(item.node)].id == node && item.attribute == attribute)
                return true;
        }
        return false;
    };
    EXPECT_FALSE(listed(QStringLiteral("used"), QStringLiteral("notice_months"))); // the factor is set by the user
    EXPECT_TRUE(listed(QStringLiteral("used"), QStringLiteral("contract_end")));
    EXPECT_TRUE(listed(QStringLiteral("used"), QStringLiteral("alternative_for.switch_months")));
    EXPECT_TRUE(listed(QStringLiteral("used"), QStringLiteral("alternative_for.switch_cost")));
    EXPECT_TRUE(listed(QStringLiteral("ghost-nl"), QStringLiteral("incorporated_in")));
    EXPECT_TRUE(listed(QStringLiteral("ghost"), QStringLiteral("incorporated_in")));
    EXPECT_EQ(r.dataQuality.applications, 2); // the candidate is not in use
}

TEST(LockIn, TheBasisCarriesTheSourceDateAndConfidenceOfAFact)
{
    Builder b;
    Node &app = b.application(QStringLiteral("app"));
    app.attributes[QStringLiteral("license")] = QStringLiteral("proprietary");
    app.attributes[QStringLiteral("license.source")] = QStringLiteral("contract 2021-14, art. 3");
    app.attributes[QStringLiteral("license.as_of")] = QStringLiteral("2025-06-01");
    app.attributes[QStringLiteral("license.confidence")] = 0.9;
    const MethodologyResult r = b.assess();
    const QString basis = lockInOf(r, b.model, QStringLiteral("app")).factors[std::size_t(LockInFactor::License)].basis;
    EXPECT_EQ(basis, QStringLiteral("license = proprietary [source: contract 2021-14, art. 3; as of 2025-06-01; confidence 0.9]"));
}
