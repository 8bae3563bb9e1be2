// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <vector>

namespace antrum {

/// A strict, streaming RFC 8259 JSON reader that knows where every token stands.
///
/// Why not QJsonDocument: it gives no positions, silently keeps one of two duplicate keys,
/// and builds a whole tree in memory (a million-node model would need gigabytes). The cursor
/// is pulled by the reader of the model format, which checks keys and types as it goes.
///
/// Positions are 1-based; a column counts Unicode code points from the start of the line.
/// A UTF-8 byte order mark at the very start is skipped (some Windows tools write one).
/// After the first syntax error the cursor is failed(): every call returns false or a null
/// value, and error()/errorLine()/errorColumn() say what and where.
class JsonCursor {
public:
    enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object, Invalid };

    struct Position {
        int line = 0;
        int column = 0;
    };

    explicit JsonCursor(const QByteArray &text, int maxDepth = 64, qsizetype maxStringChars = 1'000'000);

    /// The type of the next value (skipping white space); Invalid at a syntax error.
    Type peek();
    /// Where the next value starts (call after peek()).
    Position position() const { return positionOf(m_pos); }
    /// Byte offset of the cursor in the text.
    qsizetype offset() const { return m_pos; }

    bool readNull();
    bool readBool(bool &value);
    bool readNumber(double &value);
    bool readString(QString &value);
    /// Skips the next value, whatever it is.
    bool skipValue();
    /// Reads the next value into a QJsonValue (for extension keys that are kept verbatim).
    QJsonValue readValue();

    /// Enters the object that comes next; then call nextMember() until it returns false.
    bool enterObject();
    /// Reads the next key of the current object and the ':' after it. False at the closing
    /// brace (which is consumed) or on error.
    bool nextMember(QString &key, Position &keyPosition);
    /// Enters the array that comes next; then call nextItem() before each item.
    bool enterArray();
    /// True if another item follows in the current array; false at ']' (consumed) or error.
    bool nextItem();
    /// After the top-level value: only white space may follow.
    bool atEnd();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    Position errorPosition() const { return m_errorPosition; }

private:
    Position positionOf(qsizetype offset) const;
    void skipWhitespace();
    bool fail(const QString &message, qsizetype offset);
    bool expectLiteral(const char *literal, qsizetype length);
    bool parseString(QString *out);
    bool parseNumber(double *out);
    bool checkUtf8(qsizetype offset, int &length);
    bool enter(char open);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    // Column of the last position asked for, so that the next one on the same line is
    // counted from there: a one-line file of megabytes stays linear.
    mutable qsizetype m_columnLineStart = -1;
    mutable qsizetype m_columnOffset = 0;
    mutable int m_column = 1;
    int m_depth = 0;
    int m_maxDepth;
    qsizetype m_maxStringChars;
    std::vector<char> m_first; ///< per open container: its first member/item is still to come
    QString m_error;
    Position m_errorPosition;
    QByteArray m_text; // keeps the data alive
};

} // namespace antrum
