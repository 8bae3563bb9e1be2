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

bruteforce::Ids idsOf(const FailureGraph &g, const std::vector<Index> &nodes)
{
    bruteforce::Ids out;
    for (const Index n : nodes)
        out.insert(g.id(n));
    return out;
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
            EXPECT_EQ(idsOf(g, f.spofs), bruteforce::spofs(model, c));
            std::set<bruteforce::Ids> cutSets;
            for (const std::vector<Index> &set : f.cutSets)
                cutSets.insert(idsOf(g, set));
            EXPECT_EQ(cutSets, bruteforce::cutSets(model, c, order));
            withCutSets += !f.cutSets.empty();
            const bruteforce::Ids reach = bruteforce::reach(model, c);
            EXPECT_EQ(idsOf(g, f.reach), reach);
            bruteforce::Ids foreign;
            for (const QString &j : reach) {
                if (!model.isHome(j))
                    foreign.insert(j);
            }
            EXPECT_EQ(idsOf(g, f.foreignReach), foreign);
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
            EXPECT_EQ(idsOf(g, j.cutoff), capabilities) << seed << " " << qPrintable(g.id(j.node));
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
