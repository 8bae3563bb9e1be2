// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace antrum {

void JsonWriter::key(QStringView name)
{
    separate();
    string(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    string(text);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(double number)
{
    separate();
    // Integral values print without a fraction; others in the shortest form that reads
    // back to the same double (std::to_chars guarantees the round trip).
    char buffer[64];
    const auto [end, ec] = (std::abs(number) < 9007199254740992.0 && std::trunc(number) == number)
                               ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(number))
                               : std::to_chars(buffer, buffer + sizeof buffer, number);
    Q_UNUSED(ec);
    m_out.append(buffer, end - buffer);
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double:
        value(json.toDouble());
        break;
    case QJsonValue::String:
        value(QStringView(json.toString()));
        break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : json.toArray())
            value(element);
        endArray();
        break;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

void JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(QStringView(s));
    endArray();
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first.push_back(true);
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        newline();
    m_out += bracket;
    if (m_sink && m_out.size() >= (qsizetype(1) << 20)) {
        m_sink(m_out);
        m_out.resize(0); // keeps the buffer
    }
}

void JsonWriter::separate()
{
    // Comma and indentation before the next member or item (nothing right after a key).
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.empty())
        return;
    if (!m_first.back())
        m_out += ',';
    m_first.back() = false;
    newline();
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(QByteArray(qsizetype(m_first.size()), ' '));
}

void JsonWriter::string(QStringView text)
{
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default:
            if (uchar(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", uchar(c));
                m_out += escape;
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

} // namespace antrum
