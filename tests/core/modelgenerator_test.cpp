// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyanalysis.h"
#include "modelgenerator.h"
#include "validation.h"

#include <gtest/gtest.h>

using namespace antrum;

TEST(ModelGenerator, ModelsAreValidAndRoughlyTheRequestedSize)
{
    for (const int size : {20, 100, 1000, 5000}) {
        for (const quint64 seed : {1ull, 2ull, 77ull}) {
            const Model model = generateModel(size, seed);
            const Diagnostics problems = validateModel(model);
            ASSERT_TRUE(problems.empty()) << size << "/" << seed << ": " << qPrintable(problems[0].toString());
            EXPECT_NEAR(double(model.nodes.size()), double(size), size * 0.1 + 8) << size;
        }
    }
}

TEST(ModelGenerator, SameSeedSameModel)
{
    EXPECT_EQ(generateModel(2000, 5), generateModel(2000, 5));
    EXPECT_NE(generateModel(2000, 5), generateModel(2000, 6));
}

TEST(ModelGenerator, HasTheShapeOfARealLandscape)
{
    const Model model = generateModel(5000, 3);
    int kinds[NodeKindCount] = {};
    for (const Node &n : model.nodes)
        ++kinds[int(n.kind)];
    for (int k = 0; k < NodeKindCount; ++k)
        EXPECT_GT(kinds[k], 0) << k;
    // Dominant providers: the most used supplier serves far more than an average one.
    QHash<QString, int> served;
    int groups = 0, cycles = 0, ownership = 0;
    for (const Edge &e : model.edges) {
        if (e.kind == EdgeKind::ProvidedBy)
            ++served[e.to];
        groups += !e.group.isEmpty();
        ownership += e.kind == EdgeKind::SubsidiaryOf;
        if (e.kind == EdgeKind::Requires) {
            for (const Edge &r : model.edges)
                cycles += r.kind == EdgeKind::Requires && r.from == e.to && r.to == e.from;
        }
    }
    int top = 0;
    for (const int count : served)
        top = std::max(top, count);
    EXPECT_GT(top, 10 * kinds[int(NodeKind::Application)] / std::max<qsizetype>(1, served.size()));
    EXPECT_GT(groups, 100);
    EXPECT_GT(cycles, 0);
    EXPECT_GT(ownership, kinds[int(NodeKind::Supplier)] / 2);
    // And the analysis finds common causes: jurisdictions that can cut off capabilities.
    const DependencyAnalysis analysis(model, {});
    int cutoffs = 0;
    for (const JurisdictionFindings &j : analysis.jurisdictions())
        cutoffs += int(j.cutoff.size());
    EXPECT_GT(cutoffs, 0);
}
