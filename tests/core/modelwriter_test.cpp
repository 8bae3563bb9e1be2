// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeljson.h"
#include "randommodel.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model readOrFail(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    ModelReadResult result = readModelJson(file.readAll(), path);
    EXPECT_TRUE(result.model) << (result.diagnostics.empty() ? "" : qPrintable(result.diagnostics[0].toString()));
    return result.model.value_or(Model{});
}

void expectRoundTrip(const Model &model)
{
    const QByteArray text = writeModelJson(model);
    const ModelReadResult again = readModelJson(text, QStringLiteral("round-trip.json"));
    ASSERT_TRUE(again.model) << qPrintable(again.diagnostics[0].toString()) << "\n" << text.constData();
    EXPECT_EQ(*again.model, model);
    EXPECT_EQ(writeModelJson(*again.model), text); // stable
}

} // namespace

TEST(ModelWriter, FixtureRoundTripsLosslessly)
{
    const QString path = test::fixturePath(QStringLiteral("models/two-holes.json"));
    expectRoundTrip(readOrFail(path));
    // Equivalent to the original as JSON (key order and white space aside).
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(writeModelJson(readOrFail(path))), QJsonDocument::fromJson(file.readAll()));
}

TEST(ModelWriter, SampleRoundTripsLosslessly)
{
    const QString path = test::samplePath(QStringLiteral("lindewaard.json"));
    const Model model = readOrFail(path);
    EXPECT_GT(model.nodes.size(), 60u);
    expectRoundTrip(model);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(writeModelJson(model)), QJsonDocument::fromJson(file.readAll()));
}

TEST(ModelWriter, RandomModelsRoundTrip)
{
    for (unsigned seed = 1; seed <= 500; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 5 + int(seed % 30);
        options.edges = int(seed % 60);
        const Model model = generator.generate(options);
        SCOPED_TRACE(seed);
        expectRoundTrip(model);
    }
}

TEST(ModelWriter, NumbersAndStringsSurviveExactly)
{
    Model model;
    model.name = QStringLiteral("Tab\t \"quote\" \\ \u0001 é 😀");
    Node node{QStringLiteral("n"), NodeKind::Application, QStringLiteral("n")};
    const double values[] = {0.1, 1.0 / 3.0, 1e-300, 123456789.125, 9007199254740993.0, 1e21,
                             std::numeric_limits<double>::denorm_min(), -0.5};
    int i = 0;
    for (const double v : values)
        node.attributes[QStringLiteral("x%1").arg(i++)] = v;
    model.nodes.push_back(node);
    expectRoundTrip(model);
}
