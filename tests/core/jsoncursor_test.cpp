// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncursor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

/// Parses `text` as one value followed by the end; returns the error or "" when valid.
QString errorOf(const QByteArray &text, int maxDepth = 64)
{
    JsonCursor cursor(text, maxDepth);
    cursor.readValue();
    cursor.atEnd();
    return cursor.error();
}

} // namespace

TEST(JsonCursor, AcceptsValidJson)
{
    for (const char *text : {"null", "true", "false", "0", "-0", "1.5e3", "-12.25E-2", "\"\"", "\"a\\u00e9\\n\"",
                             "[]", "{}", "[1, [2, {\"a\": [null]}]]", "  {\"k\" : \"v\" , \"l\":[ ]}  \n",
                             "\"\\ud83d\\ude00\"", "\"é😀\""}) {
        EXPECT_EQ(errorOf(text), QString()) << text;
    }
}

TEST(JsonCursor, RefusesInvalidJson)
{
    for (const char *text : {"", "nul", "tru", "01", "1.", ".5", "1e", "+1", "NaN", "Infinity", "[1,]", "{\"a\":1,}",
                             "{a:1}", "{'a':1}", "[1 2]", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\udc00\"",
                             "\"\\ud800\"", "\"\\ud800\\u0041\"", "\"tab\there\"", "[] []", "{\"a\" 1}", "1e400"}) {
        EXPECT_NE(errorOf(text), QString()) << text;
    }
}

TEST(JsonCursor, TinyNumbersUnderflowToZero)
{
    JsonCursor cursor("1e-400");
    double value = 1;
    ASSERT_TRUE(cursor.readNumber(value));
    EXPECT_EQ(value, 0.0);
}

TEST(JsonCursor, ReportsLineAndColumnInCodePoints)
{
    JsonCursor cursor("{\n  \"naam\": \"é€\", \"x\": tru }");
    cursor.readValue();
    ASSERT_TRUE(cursor.failed());
    EXPECT_EQ(cursor.errorPosition().line, 2);
    EXPECT_EQ(cursor.errorPosition().column, 22); // two multi-byte characters count one column each
}

TEST(JsonCursor, ValuePositions)
{
    JsonCursor cursor("{\"a\": [10,\n   20]}");
    ASSERT_TRUE(cursor.enterObject());
    QString key;
    JsonCursor::Position where;
    ASSERT_TRUE(cursor.nextMember(key, where));
    EXPECT_EQ(key, QStringLiteral("a"));
    EXPECT_EQ(where.line, 1);
    EXPECT_EQ(where.column, 2);
    ASSERT_TRUE(cursor.enterArray());
    ASSERT_TRUE(cursor.nextItem());
    EXPECT_EQ(cursor.position().column, 8);
    double v;
    cursor.readNumber(v);
    ASSERT_TRUE(cursor.nextItem());
    EXPECT_EQ(cursor.position().line, 2);
    EXPECT_EQ(cursor.position().column, 4);
    cursor.readNumber(v);
    EXPECT_EQ(v, 20);
    EXPECT_FALSE(cursor.nextItem());
    EXPECT_FALSE(cursor.nextMember(key, where));
    EXPECT_TRUE(cursor.atEnd());
}

TEST(JsonCursor, RefusesInvalidUtf8WithItsPlace)
{
    for (const QByteArray &bad : {QByteArray("[\"ab\xff\"]"), QByteArray("[\"\xc0\xaf\"]"),      // overlong
                                  QByteArray("[\"\xed\xa0\x80\"]"),                                // surrogate
                                  QByteArray("[\"\xf4\x90\x80\x80\"]"),                            // > U+10FFFF
                                  QByteArray("[\"\xe2\x82\"]")}) {                                  // truncated
        JsonCursor cursor(bad);
        cursor.readValue();
        ASSERT_TRUE(cursor.failed()) << bad.toHex().constData();
        EXPECT_TRUE(cursor.error().contains(QStringLiteral("UTF-8"))) << qPrintable(cursor.error());
        EXPECT_EQ(cursor.errorPosition().line, 1);
        EXPECT_GE(cursor.errorPosition().column, 3);
    }
}

TEST(JsonCursor, DuplicateKeysInKeptValuesAreRefused)
{
    EXPECT_TRUE(errorOf("{\"a\": 1, \"a\": 2}").contains(QStringLiteral("duplicate key")));
}

TEST(JsonCursor, DepthLimitStopsDeepNesting)
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    EXPECT_TRUE(errorOf(deep).contains(QStringLiteral("nested more than 64")));
    const QByteArray shallow = QByteArray(60, '[') + QByteArray(60, ']');
    EXPECT_EQ(errorOf(shallow), QString());
}

TEST(JsonCursor, StringLengthLimit)
{
    const QByteArray longString = '"' + QByteArray(2000, 'x') + '"';
    JsonCursor cursor(longString, 64, 1000);
    QString s;
    EXPECT_FALSE(cursor.readString(s));
    EXPECT_TRUE(cursor.error().contains(QStringLiteral("longer than 1000")));
}

TEST(JsonCursor, ByteOrderMarkIsSkipped)
{
    EXPECT_EQ(errorOf("\xEF\xBB\xBF{}"), QString());
}

TEST(JsonCursor, ReadValueKeepsEverything)
{
    JsonCursor cursor("{\"n\": 1.25, \"s\": \"x\\\"y\", \"b\": false, \"z\": null, \"a\": [1, \"2\"]}");
    const QJsonObject o = cursor.readValue().toObject();
    EXPECT_EQ(o.value(QStringLiteral("n")).toDouble(), 1.25);
    EXPECT_EQ(o.value(QStringLiteral("s")).toString(), QStringLiteral("x\"y"));
    EXPECT_FALSE(o.value(QStringLiteral("b")).toBool(true));
    EXPECT_TRUE(o.value(QStringLiteral("z")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("a")).toArray().size(), 2);
}
