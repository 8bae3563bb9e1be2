// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncursor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>

namespace antrum {

namespace {

QString describe(char c)
{
    if (c >= 0x20 && c < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
}

} // namespace

JsonCursor::JsonCursor(const QByteArray &text, int maxDepth, qsizetype maxStringChars)
    : m_data(text.constData()), m_size(text.size()), m_maxDepth(maxDepth),
      m_maxStringChars(maxStringChars), m_text(text)
{
    if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0) {
        m_pos = 3;
        m_lineStart = 3;
    }
}

JsonCursor::Position JsonCursor::positionOf(qsizetype offset) const
{
    // Count code points from the line start, or from the last position asked for on this
    // line when that lies before `offset`.
    if (m_columnLineStart != m_lineStart || m_columnOffset > offset) {
        m_columnLineStart = m_lineStart;
        m_columnOffset = m_lineStart;
        m_column = 1;
    }
    for (qsizetype i = m_columnOffset; i < offset && i < m_size; ++i) {
        if ((uchar(m_data[i]) & 0xC0) != 0x80)
            ++m_column;
    }
    m_columnOffset = std::max(m_columnOffset, std::min(offset, m_size));
    return {m_line, m_column};
}

bool JsonCursor::fail(const QString &message, qsizetype offset)
{
    if (!failed()) {
        m_error = message;
        m_errorPosition = positionOf(offset);
    }
    return false;
}

void JsonCursor::skipWhitespace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == '\n') {
            ++m_line;
            m_lineStart = ++m_pos;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++m_pos;
        } else {
            break;
        }
    }
}

JsonCursor::Type JsonCursor::peek()
{
    if (failed())
        return Type::Invalid;
    skipWhitespace();
    if (m_pos >= m_size) {
        fail(QStringLiteral("unexpected end of input, a value was expected"), m_pos);
        return Type::Invalid;
    }
    switch (m_data[m_pos]) {
    case 'n':
        return Type::Null;
    case 't':
    case 'f':
        return Type::Bool;
    case '"':
        return Type::String;
    case '[':
        return Type::Array;
    case '{':
        return Type::Object;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return Type::Number;
    default: {
        int length = 0;
        if ((uchar(m_data[m_pos]) & 0x80) && !checkUtf8(m_pos, length))
            return Type::Invalid;
        fail(QStringLiteral("unexpected %1, a value was expected").arg(describe(m_data[m_pos])), m_pos);
        return Type::Invalid;
    }
    }
}

bool JsonCursor::expectLiteral(const char *literal, qsizetype length)
{
    if (m_size - m_pos < length || std::memcmp(m_data + m_pos, literal, std::size_t(length)) != 0)
        return fail(QStringLiteral("invalid literal, expected \"%1\"").arg(QLatin1String(literal)), m_pos);
    m_pos += length;
    return true;
}

bool JsonCursor::readNull()
{
    if (peek() != Type::Null)
        return fail(QStringLiteral("null expected"), m_pos);
    return expectLiteral("null", 4);
}

bool JsonCursor::readBool(bool &value)
{
    if (peek() != Type::Bool)
        return fail(QStringLiteral("true or false expected"), m_pos);
    value = m_data[m_pos] == 't';
    return value ? expectLiteral("true", 4) : expectLiteral("false", 5);
}

bool JsonCursor::readNumber(double &value)
{
    if (peek() != Type::Number)
        return fail(QStringLiteral("number expected"), m_pos);
    return parseNumber(&value);
}

bool JsonCursor::readString(QString &value)
{
    if (peek() != Type::String)
        return fail(QStringLiteral("string expected"), m_pos);
    return parseString(&value);
}

bool JsonCursor::parseNumber(double *out)
{
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    const auto digit = [&](qsizetype at) { return at < m_size && m_data[at] >= '0' && m_data[at] <= '9'; };
    if (m_data[i] == '-')
        ++i;
    if (!digit(i))
        return fail(QStringLiteral("invalid number: a digit must follow '-'"), i);
    if (m_data[i] == '0') {
        ++i;
        if (digit(i))
            return fail(QStringLiteral("invalid number: leading zeros are not allowed"), start);
    } else {
        while (digit(i))
            ++i;
    }
    if (i < m_size && m_data[i] == '.') {
        ++i;
        if (!digit(i))
            return fail(QStringLiteral("invalid number: a digit must follow '.'"), i);
        while (digit(i))
            ++i;
    }
    if (i < m_size && (m_data[i] == 'e' || m_data[i] == 'E')) {
        ++i;
        if (i < m_size && (m_data[i] == '+' || m_data[i] == '-'))
            ++i;
        if (!digit(i))
            return fail(QStringLiteral("invalid number: the exponent needs digits"), i);
        while (digit(i))
            ++i;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(m_data + start, m_data + i, value);
    if (ec == std::errc::result_out_of_range) {
        // Underflow to zero is harmless; overflow to infinity is not a number JSON can mean.
        if (std::memchr(m_data + start, 'e', std::size_t(i - start)) || std::memchr(m_data + start, 'E', std::size_t(i - start))) {
            const char *exp = m_data + start;
            while (*exp != 'e' && *exp != 'E')
                ++exp;
            if (exp[1] == '-') {
                value = 0;
                m_pos = i;
                if (out)
                    *out = value;
                return true;
            }
        }
        return fail(QStringLiteral("number is too large"), start);
    }
    if (ec != std::errc() || end != m_data + i)
        return fail(QStringLiteral("invalid number"), start);
    m_pos = i;
    if (out)
        *out = value;
    return true;
}

// Validates one UTF-8 sequence starting at `offset` (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF).
bool JsonCursor::checkUtf8(qsizetype offset, int &length)
{
    const auto b = [&](qsizetype k) { return offset + k < m_size ? uchar(m_data[offset + k]) : uchar(0); };
    const uchar c0 = b(0);
    const auto cont = [&](qsizetype k) { return (b(k) & 0xC0) == 0x80; };
    if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) {
        length = 2;
        return true;
    }
    if (c0 >= 0xE0 && c0 <= 0xEF && cont(1) && cont(2)) {
        const uchar c1 = b(1);
        if ((c0 == 0xE0 && c1 < 0xA0) || (c0 == 0xED && c1 > 0x9F))
            return fail(QStringLiteral("invalid UTF-8 (overlong or surrogate)"), offset);
        length = 3;
        return true;
    }
    if (c0 >= 0xF0 && c0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
        const uchar c1 = b(1);
        if ((c0 == 0xF0 && c1 < 0x90) || (c0 == 0xF4 && c1 > 0x8F))
            return fail(QStringLiteral("invalid UTF-8 (overlong or beyond U+10FFFF)"), offset);
        length = 4;
        return true;
    }
    return fail(QStringLiteral("invalid UTF-8 byte 0x%1").arg(c0, 2, 16, QLatin1Char('0')), offset);
}

bool JsonCursor::parseString(QString *out)
{
    const qsizetype start = m_pos;
    qsizetype i = m_pos + 1;
    // Runs without escapes are converted in one go; ASCII runs (nearly all keys and ids)
    // straight into the result. A caller's string that already has a buffer (a key variable
    // read over and over) is reused instead of allocating each time.
    QString result;
    if (out && out->capacity() > 0) {
        result = std::move(*out);
        result.resize(0);
    }
    qsizetype runStart = i;
    qsizetype chars = 0;
    bool ascii = true;
    const auto flush = [&](qsizetype end) {
        if (out && end > runStart) {
            if (ascii)
                result.append(QLatin1StringView(m_data + runStart, end - runStart));
            else
                result.append(QString::fromUtf8(m_data + runStart, end - runStart));
        }
        ascii = true;
    };
    while (true) {
        if (i >= m_size)
            return fail(QStringLiteral("unterminated string"), start);
        const uchar c = uchar(m_data[i]);
        if (++chars > m_maxStringChars)
            return fail(QStringLiteral("string longer than %1 characters").arg(m_maxStringChars), start);
        if (c == '"') {
            flush(i);
            m_pos = i + 1;
            if (out)
                *out = std::move(result);
            return true;
        }
        if (c < 0x20)
            return fail(QStringLiteral("control character 0x%1 in a string (escape it)")
                            .arg(c, 2, 16, QLatin1Char('0')), i);
        if (c & 0x80) {
            int length = 0;
            if (!checkUtf8(i, length))
                return false;
            i += length;
            ascii = false;
            continue;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= m_size)
            return fail(QStringLiteral("unterminated string"), start);
        const char e = m_data[i + 1];
        char16_t unit = 0;
        qsizetype consumed = 2;
        switch (e) {
        case '"': unit = u'"'; break;
        case '\\': unit = u'\\'; break;
        case '/': unit = u'/'; break;
        case 'b': unit = u'\b'; break;
        case 'f': unit = u'\f'; break;
        case 'n': unit = u'\n'; break;
        case 'r': unit = u'\r'; break;
        case 't': unit = u'\t'; break;
        case 'u': {
            const auto hex = [&](qsizetype at, char32_t &value) {
                if (at + 4 > m_size)
                    return false;
                value = 0;
                for (int k = 0; k < 4; ++k) {
                    const char h = m_data[at + k];
                    value <<= 4;
                    if (h >= '0' && h <= '9') value |= char32_t(h - '0');
                    else if (h >= 'a' && h <= 'f') value |= char32_t(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F') value |= char32_t(h - 'A' + 10);
                    else return false;
                }
                return true;
            };
            char32_t high = 0;
            if (!hex(i + 2, high))
                return fail(QStringLiteral("invalid \\u escape"), i);
            consumed = 6;
            if (high >= 0xDC00 && high <= 0xDFFF)
                return fail(QStringLiteral("lone low surrogate \\u%1").arg(uint(high), 4, 16, QLatin1Char('0')), i);
            if (high >= 0xD800 && high <= 0xDBFF) {
                char32_t low = 0;
                if (i + 7 >= m_size || m_data[i + 6] != '\\' || m_data[i + 7] != 'u' || !hex(i + 8, low)
                    || low < 0xDC00 || low > 0xDFFF)
                    return fail(QStringLiteral("lone high surrogate \\u%1").arg(uint(high), 4, 16, QLatin1Char('0')), i);
                if (out) {
                    result += QChar(char16_t(high));
                    result += QChar(char16_t(low));
                }
                consumed = 12;
                i += consumed;
                runStart = i;
                continue;
            }
            unit = char16_t(high);
            break;
        }
        default:
            return fail(QStringLiteral("invalid escape \\%1").arg(QLatin1Char(e)), i);
        }
        if (out)
            result += QChar(unit);
        i += consumed;
        runStart = i;
    }
}

bool JsonCursor::enter(char open)
{
    if (m_depth >= m_maxDepth)
        return fail(QStringLiteral("nested more than %1 levels deep").arg(m_maxDepth), m_pos);
    ++m_depth;
    ++m_pos;
    m_first.push_back(1);
    Q_UNUSED(open);
    return true;
}

bool JsonCursor::enterObject()
{
    if (peek() != Type::Object)
        return fail(QStringLiteral("object expected"), m_pos);
    return enter('{');
}

bool JsonCursor::enterArray()
{
    if (peek() != Type::Array)
        return fail(QStringLiteral("array expected"), m_pos);
    return enter('[');
}

bool JsonCursor::nextMember(QString &key, Position &keyPosition)
{
    if (failed())
        return false;
    skipWhitespace();
    const bool first = m_first.back();
    if (m_pos < m_size && m_data[m_pos] == '}') {
        ++m_pos;
        --m_depth;
        m_first.pop_back();
        return false;
    }
    if (!first) {
        if (m_pos >= m_size || m_data[m_pos] != ',')
            return fail(m_pos >= m_size ? QStringLiteral("unexpected end of input in an object")
                                        : QStringLiteral("',' or '}' expected, not %1").arg(describe(m_data[m_pos])),
                        m_pos);
        ++m_pos;
        skipWhitespace();
    }
    m_first.back() = 0;
    if (m_pos >= m_size || m_data[m_pos] != '"')
        return fail(m_pos >= m_size ? QStringLiteral("unexpected end of input in an object")
                                    : QStringLiteral("a key (a string in double quotes) expected, not %1")
                                          .arg(describe(m_data[m_pos])),
                    m_pos);
    keyPosition = position();
    if (!parseString(&key))
        return false;
    skipWhitespace();
    if (m_pos >= m_size || m_data[m_pos] != ':')
        return fail(QStringLiteral("':' expected after the key"), m_pos);
    ++m_pos;
    return true;
}

bool JsonCursor::nextItem()
{
    if (failed())
        return false;
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == ']') {
        ++m_pos;
        --m_depth;
        m_first.pop_back();
        return false;
    }
    if (!m_first.back()) {
        if (m_pos >= m_size || m_data[m_pos] != ',')
            return fail(m_pos >= m_size ? QStringLiteral("unexpected end of input in an array")
                                        : QStringLiteral("',' or ']' expected, not %1").arg(describe(m_data[m_pos])),
                        m_pos);
        ++m_pos;
    }
    m_first.back() = 0;
    return peek() != Type::Invalid;
}

bool JsonCursor::skipValue()
{
    switch (peek()) {
    case Type::Null:
        return readNull();
    case Type::Bool: {
        bool b;
        return readBool(b);
    }
    case Type::Number:
        return parseNumber(nullptr);
    case Type::String:
        return parseString(nullptr);
    case Type::Array:
        if (!enterArray())
            return false;
        while (nextItem()) {
            if (!skipValue())
                return false;
        }
        return !failed();
    case Type::Object: {
        if (!enterObject())
            return false;
        QString key;
        Position where;
        while (nextMember(key, where)) {
            if (!skipValue())
                return false;
        }
        return !failed();
    }
    case Type::Invalid:
        return false;
    }
    return false;
}

QJsonValue JsonCursor::readValue()
{
    switch (peek()) {
    case Type::Null:
        readNull();
        return QJsonValue::Null;
    case Type::Bool: {
        bool b = false;
        readBool(b);
        return b;
    }
    case Type::Number: {
        double d = 0;
        parseNumber(&d);
        return d;
    }
    case Type::String: {
        QString s;
        parseString(&s);
        return s;
    }
    case Type::Array: {
        QJsonArray array;
        if (!enterArray())
            return {};
        while (nextItem())
            array.append(readValue());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        if (!enterObject())
            return {};
        QString key;
        Position where;
        while (nextMember(key, where)) {
            if (object.contains(key)) {
                fail(QStringLiteral("duplicate key \"%1\"").arg(key), m_pos);
                return {};
            }
            object.insert(key, readValue());
        }
        return object;
    }
    case Type::Invalid:
        return {};
    }
    return {};
}

bool JsonCursor::atEnd()
{
    if (failed())
        return false;
    skipWhitespace();
    if (m_pos < m_size)
        return fail(QStringLiteral("unexpected %1 after the end of the document").arg(describe(m_data[m_pos])), m_pos);
    return true;
}

} // namespace antrum
