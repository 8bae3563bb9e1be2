// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <vector>

namespace antrum {

/// Writes pretty JSON straight into a byte array, in the order it is told: no tree in
/// memory (a million-node model or its analysis would need gigabytes as QJsonObjects), keys
/// in a readable order, and numbers that read back to the same double.
class JsonWriter {
public:
    /// What is written and not yet handed to the sink.
    QByteArray take() { return std::move(m_out); }
    /// Hands the text to `sink` in pieces of about a megabyte as it grows, so that a big
    /// document never sits in memory whole; take() then returns the rest.
    void setSink(std::function<void(const QByteArray &)> sink) { m_sink = std::move(sink); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(bool flag);
    void value(double number);
    void value(int number) { value(double(number)); }
    void value(qint64 number) { value(double(number)); }
    void value(const QJsonValue &json);
    void value(const QStringList &list);
    void null();

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    void newline();
    void string(QStringView text);

    QByteArray m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
    std::function<void(const QByteArray &)> m_sink;
};

} // namespace antrum
