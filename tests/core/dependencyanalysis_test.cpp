// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisoutput.h"
#include "bruteforce.h"
#include "dependencyanalysis.h"
#include "modeljson.h"
#include "randommodel.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace antrum;
using Index = FailureGraph::Index;

namespace {

Model load(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return readModelJson(file.readAll(), path).model.value();
}

/// Small random models of every kind, with groups (k > 1 too) and requires-cycles.
Model smallModel(unsigned seed)
{
    test::RandomModelGenerator generator(seed);
    test::RandomModelOptions options;
    options.nodes = 4 + int(seed % 9);              // 4..12 nodes
    options.edges = options.nodes + int(seed % 17); // sparse to dense
    options.withAttributes = false;
    options.withScenariosAndOptions = false;
    return generator.generate(options);
}


} // namespace

TEST(DependencyAnalysis, MatchesTheNormativeFixture)
{
    const Model model = load(test::fixturePath(QStringLiteral("models/two-holes.json")));
    const QJsonObject actual = QJsonDocument::fromJson(analysisToJson(DependencyAnalysis(model, {}))).object();
    QFile file(test::fixturePath(QStringLiteral("models/two-holes.expected.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    for (const char *list : {"capabilities", "jurisdictions"}) {
        const QJsonArray want = expected.value(QLatin1String(list)).toArray();
        const QJsonArray have = actual.value(QLatin1String(list)).toArray();
        ASSERT_EQ(have.size(), want.size()) << list;
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QJsonObject w = want[i].toObject(), h = have[i].toObject();
            for (auto it = w.begin(); it != w.end(); ++it)
                EXPECT_EQ(h.value(it.key()), it.value()) << list << "[" << i << "]." << qPrintable(it.key());
        }
    }
}

TEST(DependencyAnalysis, AgreesWithBruteForceOnThousandsOfSmallModels)
{
    int capabilitiesChecked = 0, withCutSets = 0, withGroups = 0, withCycles = 0;
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        const Model model = smallModel(seed);
        ASSERT_TRUE(validateModel(model).empty()) << seed;
        const int order = seed % 3 == 0 ? 3 : 2;
        const DependencyAnalysis analysis(model, {order, {}});
        const FailureGraph &g = analysis.graph();
        withGroups += g.groupCount() > 0;
        for (const Edge &e : model.edges) {
            if (e.kind == EdgeKind::Requires
                && std::any_of(model.edges.begin(), model.edges.end(), [&](const Edge &r) {
                       return r.kind == EdgeKind::Requires && r.from == e.to && r.to == e.from;
                   })) {
                ++withCycles;
                break;
            }
        }
        for (const CapabilityFindings &f : analysis.capabilities()) {
            const QString c = g.id(f.node);
            SCOPED_TRACE(QStringLiteral("seed %1, %2").arg(seed).arg(c).toStdString());
            EXPECT_EQ(bruteforce::idsOf(g, f.spofs), bruteforce::spofs(model, c));
            std::set<bruteforce::Ids> cutSets;
            for (const std::vector<Index> &set : f.cutSets)
                cutSets.insert(bruteforce::idsOf(g, set));
            EXPECT_EQ(cutSets, bruteforce::cutSets(model, c, order));
            withCutSets += !f.cutSets.empty();
            const bruteforce::Ids reach = bruteforce::reach(model, c);
            EXPECT_EQ(bruteforce::idsOf(g, f.reach), reach);
            bruteforce::Ids foreign;
            for (const QString &j : reach) {
                if (!model.isHome(j))
                    foreign.insert(j);
            }
            EXPECT_EQ(bruteforce::idsOf(g, f.foreignReach), foreign);
            // Every explanation is a dependency path from c to the SPOF through failing nodes.
            for (std::size_t i = 0; i < f.spofs.size(); ++i) {
                const std::vector<Index> &path = f.whyPaths[i];
                ASSERT_GE(path.size(), 2u);
                EXPECT_EQ(path.front(), f.node);
                EXPECT_EQ(path.back(), f.spofs[i]);
                const bruteforce::Ids failed = bruteforce::fail(model, {g.id(f.spofs[i])});
                for (std::size_t k = 0; k + 1 < path.size(); ++k) {
                    const std::vector<Index> deps = g.dependencies(path[k]);
                    EXPECT_TRUE(std::find(deps.begin(), deps.end(), path[k + 1]) != deps.end());
                    EXPECT_TRUE(failed.count(g.id(path[k])));
                }
            }
            ++capabilitiesChecked;
        }
        // Cut-off per jurisdiction: the capabilities in fail({J}).
        for (const JurisdictionFindings &j : analysis.jurisdictions()) {
            const bruteforce::Ids failed = bruteforce::fail(model, {g.id(j.node)});
            bruteforce::Ids capabilities;
            for (const QString &id : failed) {
                if (model.findNode(id)->kind == NodeKind::Capability)
                    capabilities.insert(id);
            }
            EXPECT_EQ(bruteforce::idsOf(g, j.cutoff), capabilities) << seed << " " << qPrintable(g.id(j.node));
        }
        if (HasFailure())
            break;
    }
    // The random models exercised what they should.
    EXPECT_GT(capabilitiesChecked, 3000);
    EXPECT_GT(withCutSets, 200);
    EXPECT_GT(withGroups, 1000);
    EXPECT_GT(withCycles, 100);
}

TEST(DependencyAnalysis, IdListsAreInByteOrder)
{
    EXPECT_TRUE(idLess(u"B", u"a"));
    EXPECT_TRUE(idLess(u"a", u"ab"));
    EXPECT_FALSE(idLess(u"ab", u"ab"));
    // U+FFFD (3 UTF-8 bytes, EF BF BD) sorts before U+1F600 (4 bytes, F0 ...), although its
    // UTF-16 code unit is larger than the surrogate D83D.
    EXPECT_TRUE(idLess(u"\uFFFD", u"\U0001F600"));
    EXPECT_FALSE(idLess(u"\U0001F600", u"\uFFFD"));
    EXPECT_TRUE(idLess(u"é", u"\uFFFD"));
}

TEST(DependencyAnalysis, ExplainsWhichElementDefeatsWhichGroupMember)
{
    const Model model = load(test::fixturePath(QStringLiteral("models/two-holes.json")));
    const DependencyAnalysis analysis(model, {});
    const FailureGraph &g = analysis.graph();
    const Index mail = *g.indexOf(QStringLiteral("cap-mail"));
    const Index cloud = *g.indexOf(QStringLiteral("app-cloudmail")), supB = *g.indexOf(QStringLiteral("sup-b"));
    const std::vector<DefeatedGroup> groups = analysis.explainCutSet(mail, {cloud, supB});
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].owner, mail);
    EXPECT_EQ(groups[0].group, QStringLiteral("mailbox"));
    ASSERT_EQ(groups[0].members.size(), 2u);
    for (const DefeatedGroup::Member &m : groups[0].members) {
        EXPECT_TRUE(m.failed);
        ASSERT_EQ(m.causes.size(), 1u);
        EXPECT_EQ(m.causes[0], g.id(m.node) == u"app-cloudmail" ? cloud : supB);
    }
    EXPECT_TRUE(analysis.explainCutSet(mail, {supB}).empty()); // not a cut set: mail survives
}

TEST(DependencyAnalysis, ProgressCanCancel)
{
    const Model model = load(test::samplePath(QStringLiteral("lindewaard.json")));
    AnalysisOptions options;
    int calls = 0;
    options.progress = [&](double) { return ++calls < 1; };
    const DependencyAnalysis analysis(model, options);
    EXPECT_TRUE(analysis.cancelled());
    EXPECT_TRUE(analysis.capabilities().empty());
    EXPECT_GE(calls, 1);
}

TEST(DependencyAnalysis, CutSetExplanationsAgreeWithBruteForce)
{
    int explained = 0, withK2 = 0;
    for (unsigned seed = 1; seed <= 2000; ++seed) {
        const Model model = smallModel(seed);
        const DependencyAnalysis analysis(model, {3, {}});
        const FailureGraph &g = analysis.graph();
        for (const CapabilityFindings &f : analysis.capabilities()) {
            for (const std::vector<Index> &set : f.cutSets) {
                SCOPED_TRACE(QStringLiteral("seed %1, %2").arg(seed).arg(g.id(f.node)).toStdString());
                const bruteforce::Ids failed = bruteforce::fail(model, bruteforce::idsOf(g, set));
                ASSERT_TRUE(failed.count(g.id(f.node)));
                const std::vector<DefeatedGroup> groups = analysis.explainCutSet(f.node, set);
                // A minimal cut set of order >= 2 gets past redundancy somewhere.
                ASSERT_FALSE(groups.empty());
                for (const DefeatedGroup &d : groups) {
                    EXPECT_TRUE(failed.count(g.id(d.owner)));
                    withK2 += d.k > 1;
                    int live = 0;
                    for (const DefeatedGroup::Member &m : d.members) {
                        EXPECT_EQ(m.failed, failed.count(g.id(m.node)) > 0);
                        live += !m.failed;
                        // Each cause takes the member out on its own; a failed member has a
                        // cause unless it needs several elements of the set together.
                        for (const Index x : m.causes) {
                            EXPECT_TRUE(std::find(set.begin(), set.end(), x) != set.end());
                            EXPECT_TRUE(bruteforce::fail(model, {g.id(x)}).count(g.id(m.node)));
                        }
                        for (const Index x : set) {
                            const bool alone = bruteforce::fail(model, {g.id(x)}).count(g.id(m.node)) > 0;
                            EXPECT_EQ(alone, std::find(m.causes.begin(), m.causes.end(), x) != m.causes.end());
                        }
                    }
                    EXPECT_LT(live, d.k);
                    ++explained;
                }
            }
        }
    }
    EXPECT_GT(explained, 800);
    EXPECT_GT(withK2, 200);
}

TEST(DependencyAnalysis, WithoutExplanationsTheFindingsAreTheSame)
{
    const Model model = load(test::samplePath(QStringLiteral("lindewaard.json")));
    const DependencyAnalysis full(model, {});
    AnalysisOptions options;
    options.explain = false;
    const DependencyAnalysis lean(model, options);
    ASSERT_EQ(full.capabilities().size(), lean.capabilities().size());
    int spofs = 0;
    for (std::size_t i = 0; i < full.capabilities().size(); ++i) {
        const CapabilityFindings &a = full.capabilities()[i], &b = lean.capabilities()[i];
        EXPECT_EQ(a.spofs, b.spofs);
        EXPECT_EQ(a.cutSets, b.cutSets);
        EXPECT_EQ(a.reach, b.reach);
        ASSERT_EQ(b.whyPaths.size(), b.spofs.size());
        for (std::size_t k = 0; k < a.spofs.size(); ++k) {
            EXPECT_TRUE(b.whyPaths[k].empty());
            EXPECT_EQ(a.whyPaths[k], full.engine().explain(a.node, a.spofs[k]));
            ++spofs;
        }
    }
    EXPECT_GT(spofs, 10);
}

TEST(DependencyAnalysis, CancelFlagStopsIt)
{
    const Model model = load(test::samplePath(QStringLiteral("lindewaard.json")));
    std::atomic<bool> cancel{true};
    AnalysisOptions options;
    options.cancel = &cancel;
    EXPECT_TRUE(DependencyAnalysis(model, options).cancelled());
    cancel = false;
    const DependencyAnalysis analysis(model, options);
    EXPECT_FALSE(analysis.cancelled());
    EXPECT_FALSE(analysis.capabilities().empty());
}

TEST(CutSetEngine, ComponentsComeDependenciesFirst)
{
    int cyclic = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const Model model = smallModel(seed);
        const FailureGraph g(model);
        const CutSetEngine engine(g, 2);
        std::vector<int> seen(g.size(), 0);
        for (Index c = 0; c < engine.componentCount(); ++c) {
            cyclic += engine.componentMembers(c).size() > 1;
            for (const Index v : engine.componentMembers(c)) {
                EXPECT_EQ(engine.componentOf(v), c);
                ++seen[v];
                for (const Index t : g.dependencies(v))
                    EXPECT_LE(engine.componentOf(t), c) << seed;
            }
        }
        EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), std::ptrdiff_t(g.size())); // a partition
    }
    EXPECT_GT(cyclic, 20);
}

TEST(CutSetEngine, FamilyOperations)
{
    const auto set = [](std::initializer_list<Index> elements) {
        CutSet s;
        for (const Index e : elements)
            s.elements[s.size++] = e;
        return s;
    };
    CutSetFamily family{set({3, 4}), set({1}), set({1, 2}), set({2, 3, 4}), set({3, 4}), set({5, 6})};
    cutset::minimize(family);
    EXPECT_EQ(family, (CutSetFamily{set({1}), set({3, 4}), set({5, 6})}));

    // {1} or {2,3} fails a; {2} or {3} fails b: both fail with {1,2}, {1,3} or {2,3}.
    const CutSetFamily a{set({1}), set({2, 3})}, b{set({2}), set({3})};
    EXPECT_EQ(cutset::product(a, b, 2), (CutSetFamily{set({1, 2}), set({1, 3}), set({2, 3})}));
    EXPECT_EQ(cutset::product(a, b, 1), CutSetFamily{});
    EXPECT_EQ(cutset::product({set({})}, a, 3), a);
}
