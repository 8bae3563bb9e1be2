// SPDX-License-Identifier: GPL-3.0-or-later
// validateModel on in-memory models: what an editor or a document can hold but JSON cannot
// carry must be refused before it is written.
#include "validation.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model oneNode()
{
    Model m;
    m.name = QStringLiteral("m");
    m.nodes.push_back({QStringLiteral("a"), NodeKind::Application, QStringLiteral("A")});
    return m;
}

void expectOnly(const Model &m, const QString &path, const QString &fragment)
{
    const Diagnostics d = validateModel(m);
    ASSERT_EQ(d.size(), 1u) << (d.empty() ? "none" : qPrintable(d[0].toString()));
    EXPECT_EQ(d[0].path, path);
    EXPECT_TRUE(d[0].message.contains(fragment)) << qPrintable(d[0].message);
}

} // namespace

TEST(ModelRules, AValidModelHasNoDiagnostics)
{
    EXPECT_TRUE(validateModel(oneNode()).empty());
}

TEST(ModelRules, NumbersMustBeFinite)
{
    for (const double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        Model m = oneNode();
        m.nodes[0].attributes[QStringLiteral("custom")] = bad;
        expectOnly(m, QStringLiteral("nodes[0].attributes.custom"), QStringLiteral("finite"));
        m = oneNode();
        m.nodes[0].mtdHours = bad;
        expectOnly(m, QStringLiteral("nodes[0].mtd_hours"), QStringLiteral("finite"));
    }
}

TEST(ModelRules, TextMustBeEncodable)
{
    const QString loneSurrogate = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
    Model m = oneNode();
    m.nodes[0].name = loneSurrogate;
    expectOnly(m, QStringLiteral("nodes[0].name"), QStringLiteral("surrogate"));
    m = oneNode();
    m.nodes[0].attributes[QStringLiteral("note")] = QStringList{loneSurrogate};
    expectOnly(m, QStringLiteral("nodes[0].attributes.note"), QStringLiteral("surrogate"));
    m = oneNode();
    m.name = loneSurrogate;
    expectOnly(m, QStringLiteral("name"), QStringLiteral("surrogate"));
    m = oneNode();
    m.nodes[0].name = QStringLiteral("emoji 😀 is fine");
    EXPECT_TRUE(validateModel(m).empty());
}

TEST(ModelRules, CodePointsNotCodeUnits)
{
    EXPECT_EQ(codePointCount(QStringLiteral("😀😀")), 2);
    Model m = oneNode();
    m.nodes[0].id = QString();
    for (int i = 0; i < 200; ++i)
        m.nodes[0].id += QStringLiteral("😀"); // 400 UTF-16 units, 200 characters: allowed
    EXPECT_TRUE(validateModel(m).empty());
    m.nodes[0].id += u'x';
    expectOnly(m, QStringLiteral("nodes[0].id"), QStringLiteral("at most 200"));
}
