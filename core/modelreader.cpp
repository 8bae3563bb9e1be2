// SPDX-License-Identifier: GPL-3.0-or-later
// readModelJson(): the JSON interchange format read with every error located.
//
// One streaming pass builds the Model and reports shape and type errors at once, with their
// line and column. Whole-model rules (references, kinds, groups, ...) are checked afterwards
// by validateModel(), which knows paths but not positions; only when it finds something is
// the text walked a second time to turn those paths into positions. A valid file therefore
// costs one pass and no position bookkeeping.
#include "jsoncursor.h"
#include "modeljson.h"
#include "validation.h"

#include <QRegularExpression>
#include <QVarLengthArray>
#include <QSet>

#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <functional>
#include <limits>

namespace antrum {

namespace {

using Position = JsonCursor::Position;

QString typeName(JsonCursor::Type type)
{
    switch (type) {
    case JsonCursor::Type::Null: return QStringLiteral("null");
    case JsonCursor::Type::Bool: return QStringLiteral("a boolean");
    case JsonCursor::Type::Number: return QStringLiteral("a number");
    case JsonCursor::Type::String: return QStringLiteral("a string");
    case JsonCursor::Type::Array: return QStringLiteral("an array");
    case JsonCursor::Type::Object: return QStringLiteral("an object");
    case JsonCursor::Type::Invalid: return QStringLiteral("invalid JSON");
    }
    return {};
}

QString quoted(const QString &text) { return u'"' + text + u'"'; }

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

/// Where a value stands in the document, kept as a chain of views on the stack: it becomes
/// a string (`nodes[12].id`) only when something is reported, so a valid file of millions
/// of values builds no path strings at all.
struct Path {
    const Path *parent = nullptr;
    QStringView key;      ///< member name (when index < 0)
    qsizetype index = -1; ///< array index, or -1
    bool isRoot() const { return parent == nullptr; }
    Path member(QStringView k) const { return {this, k, -1}; }
    Path item(qsizetype i) const { return {this, {}, i}; }
    QString str() const
    {
        if (isRoot())
            return {};
        const QString up = parent->str();
        if (index >= 0)
            return up + u'[' + QString::number(index) + u']';
        return up.isEmpty() ? key.toString() : up + u'.' + key;
    }
};

/// The keys of the format an object had, as bits: cheaper than a list of strings for the
/// millions of small objects of a big model.
class KeySet {
public:
    void add(QStringView key)
    {
        const int i = indexOf(key);
        if (i >= 0)
            m_bits |= 1ull << i;
    }
    bool contains(QStringView key) const
    {
        const int i = indexOf(key);
        return i >= 0 && (m_bits & (1ull << i));
    }

private:
    static int indexOf(QStringView key)
    {
        static constexpr QStringView known[] = {
            u"format", u"version", u"name", u"description", u"home_jurisdictions", u"nodes", u"edges",
            u"scenarios", u"options", u"id", u"kind", u"criticality", u"mtd_hours", u"failure_probability",
            u"redundancy", u"attributes", u"from", u"to", u"group", u"switch_months", u"switch_cost", u"type",
            u"node", u"factor", u"parent", u"month", u"events", u"remove_nodes", u"add_nodes", u"remove_edges",
            u"add_edges"};
        for (int i = 0; i < int(std::size(known)); ++i) {
            if (key.size() == known[i].size() && key == known[i])
                return i;
        }
        return -1;
    }
    std::uint64_t m_bits = 0;
};

/// Resolves the ends of edges on a second thread while the reader parses on: the edges come
/// in chunks; the worker looks each end up, swaps the parsed string for the node's own id
/// (shared) and records the node's position. Only for edges read after the nodes, when the
/// node index is complete and no longer changes.
class EdgeResolver {
public:
    EdgeResolver(const IdIndex &ids, const std::vector<Node> &nodes) : m_ids(ids), m_nodes(nodes)
    {
        m_current.edges.reserve(ChunkSize);
        m_current.ends.reserve(ChunkSize);
        m_thread = std::thread([this] { work(); });
    }
    ~EdgeResolver()
    {
        if (m_thread.joinable())
            finish();
    }
    /// The ends of the edge being read go into one text buffer per chunk, not into a string
    /// each: millions of small allocations (and their release on the other thread) cost more
    /// than the look-ups.
    void beginEdge() { m_pendingFrom = m_pendingTo = {-1, 0}; }
    void noteFrom(const QString &text) { m_pendingFrom = keep(text); }
    void noteTo(const QString &text) { m_pendingTo = keep(text); }
    QString pendingFrom() const
    {
        return m_pendingFrom.first < 0 ? QString() : m_current.text.mid(m_pendingFrom.first, m_pendingFrom.second);
    }
    void add(Edge &&edge)
    {
        m_current.edges.push_back(std::move(edge));
        m_current.ends.push_back({m_pendingFrom, m_pendingTo});
        if (m_current.edges.size() == ChunkSize)
            submit();
    }
    /// Waits for the worker and hands over every edge with its ends, in reading order.
    void finish(std::vector<Edge> &edges, std::vector<std::int32_t> &from, std::vector<std::int32_t> &to)
    {
        finish();
        std::size_t total = 0;
        for (const auto &chunk : m_chunks)
            total += chunk->edges.size();
        edges.reserve(edges.size() + total);
        from.reserve(from.size() + total);
        to.reserve(to.size() + total);
        for (auto &chunk : m_chunks) {
            std::move(chunk->edges.begin(), chunk->edges.end(), std::back_inserter(edges));
            from.insert(from.end(), chunk->from.begin(), chunk->from.end());
            to.insert(to.end(), chunk->to.begin(), chunk->to.end());
            chunk.reset(); // release as we go: the edges are never held twice
        }
        m_chunks.clear();
    }

private:
    static constexpr std::size_t ChunkSize = 8192;
    using Span = std::pair<qsizetype, qsizetype>; ///< offset and length in Chunk::text; -1: none
    struct Chunk {
        std::vector<Edge> edges;
        std::vector<std::pair<Span, Span>> ends;
        QString text;
        std::vector<std::int32_t> from, to;
    };

    Span keep(const QString &text)
    {
        const Span span{m_current.text.size(), text.size()};
        m_current.text += text;
        return span;
    }

    void submit()
    {
        auto chunk = std::make_unique<Chunk>(std::move(m_current));
        m_current = {};
        m_current.edges.reserve(ChunkSize);
        m_current.ends.reserve(ChunkSize);
        m_current.text.reserve(chunk->text.size());
        {
            const std::lock_guard lock(m_mutex);
            m_chunks.push_back(std::move(chunk));
        }
        m_wake.notify_one();
    }
    void finish()
    {
        if (!m_current.edges.empty())
            submit();
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    std::int32_t resolve(const Chunk &chunk, Span span, QString &end, std::int32_t &last) const
    {
        if (span.first < 0)
            return IdIndex::Missing;
        const QStringView text = QStringView(chunk.text).mid(span.first, span.second);
        std::int32_t at = last;
        if (at < 0 || QStringView(m_nodes[std::size_t(at)].id) != text) {
            at = m_ids.value(text);
            last = at;
        }
        end = at >= 0 ? m_nodes[std::size_t(at)].id : text.toString();
        return at;
    }
    void work()
    {
        std::int32_t lastFrom = IdIndex::Missing, lastTo = IdIndex::Missing;
        for (std::size_t next = 0;; ++next) {
            Chunk *chunk = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return next < m_chunks.size() || m_done; });
                if (next >= m_chunks.size())
                    return;
                chunk = m_chunks[next].get();
            }
            chunk->from.resize(chunk->edges.size());
            chunk->to.resize(chunk->edges.size());
            for (std::size_t i = 0; i < chunk->edges.size(); ++i) {
                chunk->from[i] = resolve(*chunk, chunk->ends[i].first, chunk->edges[i].from, lastFrom);
                chunk->to[i] = resolve(*chunk, chunk->ends[i].second, chunk->edges[i].to, lastTo);
            }
            chunk->ends = {};
            chunk->text = QString();
        }
    }

    const IdIndex &m_ids;
    const std::vector<Node> &m_nodes;
    Chunk m_current; ///< being filled by the reader
    Span m_pendingFrom{-1, 0}, m_pendingTo{-1, 0};
    std::vector<std::unique_ptr<Chunk>> m_chunks; ///< handed over, in order (guarded by m_mutex)
    bool m_done = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
};

class ModelReader {
public:
    ModelReader(const QByteArray &text, const QString &file, const JsonLimits &limits)
        : m_cursor(text, limits.maxDepth, limits.maxStringChars), m_text(text), m_file(file), m_limits(limits)
    {
    }

    ModelReadResult read()
    {
        readTop();
        if (m_cursor.failed()) {
            syntaxError();
            return {std::nullopt, std::move(m_diagnostics)};
        }
        if (!m_cursor.atEnd()) {
            syntaxError();
            return {std::nullopt, std::move(m_diagnostics)};
        }
        // Without a well-formed nodes and edges list the whole-model rules would only report
        // consequences of that one error.
        resolveLateEdges();
        m_context.index = m_index.get();
        Diagnostics rules = m_topBroken ? Diagnostics{} : validateModel(m_model, m_context);
        if (!rules.empty())
            locate(rules);
        m_diagnostics.insert(m_diagnostics.end(), rules.begin(), rules.end());
        if (!m_diagnostics.empty())
            return {std::nullopt, finish(std::move(m_diagnostics))};
        return {std::move(m_model), {}, std::move(m_index)};
    }

    /// In document order, and at most maxErrors of them, with a last line saying how many
    /// more there were.
    Diagnostics finish(Diagnostics all) const
    {
        std::stable_sort(all.begin(), all.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        const qsizetype total = qsizetype(all.size());
        if (total > m_limits.maxErrors) {
            all.resize(std::size_t(m_limits.maxErrors));
            all.push_back(Diagnostic{m_file, 0, 0, QString(),
                                     QStringLiteral("%1 more errors not shown").arg(total - m_limits.maxErrors)});
        }
        return all;
    }

    /// Maps each diagnostic's model path to the path in the file (elements dropped while
    /// reading shift the indices) and looks up its position.
    void locate(Diagnostics &rules);

private:
    // --- reporting -------------------------------------------------------------------
    void error(Position where, const Path &path, const QString &message)
    {
        m_broken = true;
        if (qsizetype(m_diagnostics.size()) >= m_limits.maxErrors)
            return;
        m_diagnostics.push_back(Diagnostic{m_file, where.line, where.column, path.str(), message});
    }

    void syntaxError()
    {
        const Position where = m_cursor.errorPosition();
        m_diagnostics.push_back(Diagnostic{m_file, where.line, where.column, QString(),
                                           QStringLiteral("invalid JSON: %1").arg(m_cursor.error())});
    }

    /// Reports that the value at the cursor has the wrong type, and skips it.
    void wrongType(const Path &path, const QString &expected)
    {
        const JsonCursor::Type found = m_cursor.peek();
        if (found == JsonCursor::Type::Invalid)
            return;
        error(m_cursor.position(), path, QStringLiteral("expected %1, found %2").arg(expected, typeName(found)));
        m_cursor.skipValue();
    }

    /// The shared copy of a member name: the format's keys (and the first few thousand
    /// attribute and group names) repeat millions of times in a big model.
    QString intern(const QString &key)
    {
        const auto it = m_keys.constFind(key);
        if (it != m_keys.constEnd())
            return *it;
        QString copy(key.constData(), key.size()); // its own buffer, not the caller's
        if (m_keys.size() < 4096)
            m_keys.insert(copy, copy);
        return copy;
    }

    /// An edge end read into `scratch`: the node's own id string when the node is known
    /// (shared, so a million edges allocate no id strings), with its position.
    /// `last` is the node this end named in the edge before: files list edges node by node,
    /// and comparing with it is cheaper than a lookup.
    std::int32_t endpoint(const QString &scratch, QString &out, std::int32_t &last)
    {
        if (last >= 0 && m_model.nodes[std::size_t(last)].id == scratch) {
            out = m_model.nodes[std::size_t(last)].id;
            return m_nodesRead ? last : Unresolved;
        }
        const std::int32_t at = m_index->nodes.value(scratch);
        last = at;
        out = at >= 0 ? m_model.nodes[std::size_t(at)].id : QString(scratch.constData(), scratch.size());
        return m_nodesRead ? at : Unresolved;
    }

    /// Edges read before the nodes (a file that lists "edges" first) are resolved at the end.
    void resolveLateEdges()
    {
        for (std::size_t i = 0; i < m_index->edgeFrom.size(); ++i) {
            if (m_index->edgeFrom[i] == Unresolved)
                m_index->edgeFrom[i] = m_index->nodes.value(m_model.edges[i].from);
            if (m_index->edgeTo[i] == Unresolved)
                m_index->edgeTo[i] = m_index->nodes.value(m_model.edges[i].to);
        }
    }

    // --- typed values ----------------------------------------------------------------
    std::optional<QString> string(const Path &path)
    {
        if (m_cursor.peek() != JsonCursor::Type::String) {
            wrongType(path, QStringLiteral("a string"));
            return std::nullopt;
        }
        QString value;
        if (!m_cursor.readString(value))
            return std::nullopt;
        return value;
    }

    std::optional<double> number(const Path &path)
    {
        if (m_cursor.peek() != JsonCursor::Type::Number) {
            wrongType(path, QStringLiteral("a number"));
            return std::nullopt;
        }
        double value = 0;
        if (!m_cursor.readNumber(value))
            return std::nullopt;
        return value;
    }

    /// A JSON number with an integral value (3 and 3.0 alike) in the range of int.
    std::optional<int> integer(const Path &path)
    {
        const Position where = m_cursor.position();
        if (m_cursor.peek() != JsonCursor::Type::Number) {
            wrongType(path, QStringLiteral("an integer"));
            return std::nullopt;
        }
        const std::optional<double> value = number(path);
        if (!value)
            return std::nullopt;
        if (std::trunc(*value) != *value || std::abs(*value) > double(std::numeric_limits<int>::max())) {
            error(where, path, QStringLiteral("expected an integer, found %1").arg(*value));
            return std::nullopt;
        }
        return int(*value);
    }

    std::optional<bool> boolean(const Path &path)
    {
        if (m_cursor.peek() != JsonCursor::Type::Bool) {
            wrongType(path, QStringLiteral("true or false"));
            return std::nullopt;
        }
        bool value = false;
        if (!m_cursor.readBool(value))
            return std::nullopt;
        return value;
    }

    std::optional<QStringList> stringArray(const Path &path)
    {
        if (m_cursor.peek() != JsonCursor::Type::Array) {
            wrongType(path, QStringLiteral("an array of strings"));
            return std::nullopt;
        }
        QStringList list;
        bool ok = true;
        array(path, [&](const Path &at) {
            if (std::optional<QString> s = string(at))
                list << *s;
            else
                ok = false;
        });
        return ok ? std::optional<QStringList>(list) : std::nullopt;
    }

    // --- structure -------------------------------------------------------------------
    /// Reads an object, calling `onMember(key, keyPosition, path)` for each key, which must
    /// consume the value. Duplicate keys are errors. Returns the object's position, or
    /// nullopt if the value is not an object (reported).
    template <typename OnMember>
    std::optional<Position> object(const Path &path, const OnMember &onMember)
    {
        if (m_cursor.peek() != JsonCursor::Type::Object) {
            wrongType(path, QStringLiteral("an object"));
            return std::nullopt;
        }
        const Position where = m_cursor.position();
        if (!m_cursor.enterObject())
            return std::nullopt;
        // Objects of the format have a handful of keys: a linear scan beats hashing, and
        // past 32 keys (free-form attribute maps) a hash takes over. Keys are interned, so
        // that remembering them allocates nothing and the key buffer is reused.
        QVarLengthArray<std::pair<QString, Position>, 16> seen;
        QHash<QString, Position> many;
        QString key;
        Position keyPosition;
        while (m_cursor.nextMember(key, keyPosition)) {
            const QString stable = intern(key);
            const Path at = path.member(stable);
            std::optional<Position> previous;
            if (many.isEmpty()) {
                for (const auto &[k, p] : seen) {
                    if (k == stable)
                        previous = p;
                }
            } else if (many.contains(stable)) {
                previous = many.value(stable);
            }
            if (previous) {
                error(keyPosition, at,
                      QStringLiteral("duplicate key %1 (first at %2:%3)").arg(quoted(stable)).arg(previous->line).arg(previous->column));
                m_cursor.skipValue();
                continue;
            }
            if (!many.isEmpty()) {
                many.insert(stable, keyPosition);
            } else {
                seen.emplace_back(stable, keyPosition);
                if (seen.size() > 32) {
                    for (const auto &[k, p] : seen)
                        many.insert(k, p);
                }
            }
            onMember(stable, keyPosition, at);
        }
        return m_cursor.failed() ? std::nullopt : std::optional<Position>(where);
    }

    template <typename OnItem>
    void array(const Path &path, const OnItem &onItem)
    {
        if (m_cursor.peek() != JsonCursor::Type::Array) {
            wrongType(path, QStringLiteral("an array"));
            return;
        }
        if (!m_cursor.enterArray())
            return;
        qsizetype index = 0;
        while (m_cursor.nextItem())
            onItem(path.item(index++));
    }

    void unknownKey(Position where, const Path &path, const QString &key)
    {
        error(where, path, QStringLiteral("unknown key %1").arg(quoted(key)));
        m_cursor.skipValue();
    }

    void requireKeys(Position where, const Path &path, const KeySet &present, std::initializer_list<QStringView> required)
    {
        for (const QStringView key : required) {
            if (!present.contains(key))
                error(where, path, QStringLiteral("missing required key %1").arg(quoted(key.toString())));
        }
    }

    template <typename Enum>
    std::optional<Enum> enumValue(const Path &path, std::optional<Enum> (*parse)(QStringView), const QString &choices)
    {
        const Position where = m_cursor.position();
        if (m_cursor.peek() != JsonCursor::Type::String) {
            wrongType(path, QStringLiteral("a string"));
            return std::nullopt;
        }
        if (!m_cursor.readString(m_scratch)) // reuses the buffer: no allocation per value
            return std::nullopt;
        const std::optional<Enum> value = parse(m_scratch);
        if (!value)
            error(where, path, QStringLiteral("unknown kind %1; expected one of %2").arg(quoted(m_scratch), choices));
        return value;
    }

    // --- the format ------------------------------------------------------------------
    void readTop();
    std::optional<Node> readNode(const Path &path, QString *idOut = nullptr);
    static constexpr std::int32_t Unresolved = -2; ///< read before the nodes: resolved at the end
    struct EdgeEnds {
        std::int32_t from = IdIndex::Missing, to = IdIndex::Missing;
    };
    std::optional<Edge> readEdge(const Path &path, QString *fromOut = nullptr, bool keyOnly = false,
                                 EdgeEnds *endsOut = nullptr);

    /// Big models: after the first thousand elements of a list, reserve room for the rest as
    /// estimated from the bytes they took, instead of doubling (and copying) the vector as it
    /// grows.
    template <typename T>
    void reserveFor(std::vector<T> &list, qsizetype listStart)
    {
        if (list.size() != 1024 || list.capacity() > 2048)
            return;
        const qsizetype used = m_cursor.offset() - listStart;
        if (used <= 0)
            return;
        const double remaining = double(m_text.size() - m_cursor.offset());
        list.reserve(list.size() + std::size_t(remaining / (double(used) / 1024.0) * 1.05) + 16);
    }
    std::optional<EdgeKey> readEdgeKey(const Path &path);
    std::optional<Scenario> readScenario(const Path &path);
    std::optional<Event> readEvent(const Path &path);
    std::optional<Option> readOption(const Path &path);
    std::optional<AttributeValue> readAttribute(const Path &path);

    JsonCursor m_cursor;
    QByteArray m_text;
    QString m_file;
    JsonLimits m_limits;
    Model m_model;
    ValidationContext m_context;
    Diagnostics m_diagnostics;
    QHash<QString, QString> m_keys; ///< interned member names
    QString m_scratch;              ///< enum values and edge ends are parsed here
    std::shared_ptr<ModelIndex> m_index = std::make_shared<ModelIndex>();
    std::int32_t m_lastFrom = IdIndex::Missing, m_lastTo = IdIndex::Missing;
    std::unique_ptr<EdgeResolver> m_resolver; ///< while a big edges list is read
    bool m_nodesRead = false;       ///< the nodes list is complete (edge ends can be resolved)
    bool m_broken = false; ///< set by error(); readers reset it per element
    bool m_topBroken = false; ///< nodes or edges missing or not an array
    // Model index -> index in the file, for elements kept (dropped ones leave gaps).
    std::vector<qsizetype> m_nodeSource, m_edgeSource, m_scenarioSource, m_optionSource;
};

const QString nodeKinds = QStringLiteral("capability, application, supplier, host, jurisdiction");
const QString edgeKinds = QStringLiteral(
    "requires, provided_by, hosted_on, operated_by, subcontracts_to, subsidiary_of, incorporated_in, located_in, alternative_for");

void ModelReader::readTop()
{
    KeySet present;
    std::optional<Position> top = object(Path{}, [&](const QString &key, Position keyPosition, const Path &path) {
        present.add(key);
        if (key == u"format") {
            const Position where = m_cursor.position();
            if (const std::optional<QString> format = string(path); format && *format != u"antrum-model")
                error(where, path, QStringLiteral("this is not an Antrum model: format is %1, expected \"antrum-model\"").arg(quoted(*format)));
        } else if (key == u"version") {
            const Position where = m_cursor.position();
            if (const std::optional<int> version = integer(path)) {
                if (*version > 1)
                    error(where, path, QStringLiteral("format version %1 is newer than this Antrum understands (1); upgrade Antrum").arg(*version));
                else if (*version < 1)
                    error(where, path, QStringLiteral("format version %1 does not exist; expected 1").arg(*version));
            }
        } else if (key == u"name") {
            if (std::optional<QString> name = string(path))
                m_model.name = *name;
        } else if (key == u"description") {
            if (std::optional<QString> description = string(path))
                m_model.description = *description;
        } else if (key == u"home_jurisdictions") {
            if (std::optional<QStringList> home = stringArray(path))
                m_model.homeJurisdictions = *home;
        } else if (key == u"nodes") {
            m_topBroken = m_topBroken || m_cursor.peek() != JsonCursor::Type::Array;
            const qsizetype listStart = m_cursor.offset();
            array(path, [&](const Path &at) {
                QString id;
                const qsizetype fileIndex = at.index;
                if (std::optional<Node> node = readNode(at, &id)) {
                    reserveFor(m_model.nodes, listStart);
                    m_model.nodes.push_back(std::move(*node));
                    m_index->nodes.insert(m_model.nodes.back().id, std::int32_t(m_model.nodes.size() - 1));
                    m_nodeSource.push_back(fileIndex);
                } else if (!id.isEmpty()) {
                    m_context.brokenNodeIds.insert(id);
                }
            });
            m_nodesRead = true;
        } else if (key == u"edges") {
            m_topBroken = m_topBroken || m_cursor.peek() != JsonCursor::Type::Array;
            const qsizetype listStart = m_cursor.offset();
            // Big files whose nodes came first: resolve the edge ends on the other core.
            if (m_nodesRead && m_model.edges.empty() && m_text.size() - listStart > m_limits.parallelFromBytes)
                m_resolver = std::make_unique<EdgeResolver>(m_index->nodes, m_model.nodes);
            array(path, [&](const Path &at) {
                const qsizetype fileIndex = at.index;
                QString from;
                EdgeEnds ends;
                if (m_resolver)
                    m_resolver->beginEdge();
                std::optional<Edge> edge = readEdge(at, &from, false, &ends);
                if (m_resolver && !edge)
                    from = m_resolver->pendingFrom();
                if (edge) {
                    if (m_resolver) {
                        m_resolver->add(std::move(*edge));
                    } else {
                        reserveFor(m_model.edges, listStart);
                        m_model.edges.push_back(std::move(*edge));
                        m_index->edgeFrom.push_back(ends.from);
                        m_index->edgeTo.push_back(ends.to);
                    }
                    m_edgeSource.push_back(fileIndex);
                } else if (!from.isEmpty()) {
                    m_context.nodesWithBrokenEdges.insert(from);
                }
            });
            if (m_resolver) {
                m_resolver->finish(m_model.edges, m_index->edgeFrom, m_index->edgeTo);
                m_resolver.reset();
            }
        } else if (key == u"scenarios") {
            array(path, [&](const Path &at) {
                const qsizetype fileIndex = at.index;
                if (std::optional<Scenario> scenario = readScenario(at)) {
                    m_model.scenarios.push_back(std::move(*scenario));
                    m_scenarioSource.push_back(fileIndex);
                }
            });
        } else if (key == u"options") {
            array(path, [&](const Path &at) {
                const qsizetype fileIndex = at.index;
                if (std::optional<Option> option = readOption(at)) {
                    m_model.options.push_back(std::move(*option));
                    m_optionSource.push_back(fileIndex);
                }
            });
        } else if (key.startsWith(u"x-")) {
            m_model.extensions[key] = m_cursor.readValue();
        } else {
            unknownKey(keyPosition, path, key);
        }
    });
    if (!present.contains(QStringLiteral("nodes")) || !present.contains(QStringLiteral("edges")))
        m_topBroken = true;
    if (top)
        requireKeys(*top, Path{}, present,
                    {u"format", u"version", u"name",
                     u"nodes", u"edges"});
}

std::optional<AttributeValue> ModelReader::readAttribute(const Path &path)
{
    switch (m_cursor.peek()) {
    case JsonCursor::Type::String:
        if (std::optional<QString> s = string(path))
            return AttributeValue(*s);
        return std::nullopt;
    case JsonCursor::Type::Number:
        if (std::optional<double> d = number(path))
            return AttributeValue(*d);
        return std::nullopt;
    case JsonCursor::Type::Bool:
        if (std::optional<bool> b = boolean(path))
            return AttributeValue(*b);
        return std::nullopt;
    case JsonCursor::Type::Array:
        if (std::optional<QStringList> list = stringArray(path))
            return AttributeValue(*list);
        return std::nullopt;
    default:
        wrongType(path, QStringLiteral("a string, number, boolean or array of strings"));
        return std::nullopt;
    }
}

std::optional<Node> ModelReader::readNode(const Path &path, QString *idOut)
{
    m_broken = false;
    Node node;
    KeySet present;
    const std::optional<Position> where = object(path, [&](const QString &key, Position keyPosition, const Path &at) {
        present.add(key);
        if (key == u"id") {
            if (std::optional<QString> id = string(at)) {
                node.id = *id;
                if (idOut)
                    *idOut = *id;
            }
        } else if (key == u"kind") {
            if (std::optional<NodeKind> kind = enumValue<NodeKind>(at, nodeKindFromString, nodeKinds))
                node.kind = *kind;
        } else if (key == u"name") {
            if (std::optional<QString> name = string(at))
                node.name = *name;
        } else if (key == u"criticality") {
            node.criticality = integer(at);
        } else if (key == u"mtd_hours") {
            node.mtdHours = number(at);
        } else if (key == u"failure_probability") {
            node.failureProbability = number(at);
        } else if (key == u"redundancy") {
            object(at, [&](const QString &group, Position, const Path &groupPath) {
                if (std::optional<int> k = integer(groupPath))
                    node.redundancy[group] = *k;
            });
        } else if (key == u"attributes") {
            object(at, [&](const QString &name, Position, const Path &attributePath) {
                if (std::optional<AttributeValue> value = readAttribute(attributePath))
                    node.attributes[name] = std::move(*value);
            });
        } else {
            unknownKey(keyPosition, at, key);
        }
    });
    if (!where)
        return std::nullopt;
    requireKeys(*where, path, present, {u"id", u"kind", u"name"});
    if (m_broken)
        return std::nullopt;
    return node;
}

std::optional<Edge> ModelReader::readEdge(const Path &path, QString *fromOut, bool keyOnly, EdgeEnds *endsOut)
{
    m_broken = false;
    EdgeEnds ends;
    Edge edge;
    KeySet present;
    const std::optional<Position> where = object(path, [&](const QString &key, Position keyPosition, const Path &at) {
        present.add(key);
        if (key == u"from") {
            if (m_cursor.peek() != JsonCursor::Type::String) {
                wrongType(at, QStringLiteral("a string"));
            } else if (m_cursor.readString(m_scratch)) {
                if (m_resolver) {
                    m_resolver->noteFrom(m_scratch); // resolved, and edge.from set, on the other thread
                } else {
                    ends.from = endpoint(m_scratch, edge.from, m_lastFrom);
                    if (fromOut)
                        *fromOut = edge.from;
                }
            }
        } else if (key == u"to") {
            if (m_cursor.peek() != JsonCursor::Type::String) {
                wrongType(at, QStringLiteral("a string"));
            } else if (m_cursor.readString(m_scratch)) {
                if (m_resolver)
                    m_resolver->noteTo(m_scratch);
                else
                    ends.to = endpoint(m_scratch, edge.to, m_lastTo);
            }
        } else if (key == u"kind") {
            if (std::optional<EdgeKind> kind = enumValue<EdgeKind>(at, edgeKindFromString, edgeKinds))
                edge.kind = *kind;
        } else if (keyOnly) {
            unknownKey(keyPosition, at, key);
        } else if (key == u"group") {
            const Position groupPosition = m_cursor.position();
            if (std::optional<QString> group = string(at)) {
                if (group->isEmpty())
                    error(groupPosition, at, QStringLiteral("group must not be empty"));
                edge.group = *group;
            }
        } else if (key == u"switch_months") {
            edge.switchMonths = number(at);
        } else if (key == u"switch_cost") {
            edge.switchCost = number(at);
        } else {
            unknownKey(keyPosition, at, key);
        }
    });
    if (!where)
        return std::nullopt;
    requireKeys(*where, path, present, {u"from", u"to", u"kind"});
    if (m_broken)
        return std::nullopt;
    if (endsOut)
        *endsOut = ends;
    return edge;
}

std::optional<EdgeKey> ModelReader::readEdgeKey(const Path &path)
{
    // An option's remove_edges entry: only from, to and kind are allowed.
    const std::optional<Edge> edge = readEdge(path, nullptr, true);
    return edge ? std::optional<EdgeKey>(edge->key()) : std::nullopt;
}

std::optional<Event> ModelReader::readEvent(const Path &path)
{
    m_broken = false;
    Event event;
    KeySet present;
    QHash<QString, Position> keyPositions;
    const std::optional<Position> where = object(path, [&](const QString &key, Position keyPosition, const Path &at) {
        present.add(key);
        keyPositions.insert(key, keyPosition);
        if (key == u"type") {
            const Position typePosition = m_cursor.position();
            if (std::optional<QString> type = string(at)) {
                if (std::optional<Event::Type> parsed = eventTypeFromString(*type))
                    event.type = *parsed;
                else
                    error(typePosition, at, QStringLiteral("unknown event type %1; expected fail, price or acquire").arg(quoted(*type)));
            }
        } else if (key == u"node") {
            if (std::optional<QString> node = string(at))
                event.node = *node;
        } else if (key == u"factor") {
            if (std::optional<double> factor = number(at))
                event.factor = *factor;
        } else if (key == u"parent") {
            if (std::optional<QString> parent = string(at))
                event.parent = *parent;
        } else if (key == u"month") {
            event.month = number(at);
        } else {
            unknownKey(keyPosition, at, key);
        }
    });
    if (!where)
        return std::nullopt;
    requireKeys(*where, path, present, {u"type", u"node"});
    if (m_broken)
        return std::nullopt;
    // Which keys belong to which type of event.
    const auto forbid = [&](const QString &key) {
        if (present.contains(key))
            error(keyPositions.value(key), path.member(key),
                  QStringLiteral("%1 does not belong to a %2 event").arg(quoted(key), toString(event.type)));
    };
    switch (event.type) {
    case Event::Type::Fail:
        forbid(QStringLiteral("factor"));
        forbid(QStringLiteral("parent"));
        break;
    case Event::Type::Price:
        requireKeys(*where, path, present, {u"factor"});
        forbid(QStringLiteral("parent"));
        break;
    case Event::Type::Acquire:
        requireKeys(*where, path, present, {u"parent"});
        forbid(QStringLiteral("factor"));
        break;
    }
    if (m_broken)
        return std::nullopt;
    return event;
}

std::optional<Scenario> ModelReader::readScenario(const Path &path)
{
    bool broken = false;
    Scenario scenario;
    KeySet present;
    const std::optional<Position> where = object(path, [&](const QString &key, Position keyPosition, const Path &at) {
        present.add(key);
        m_broken = false;
        if (key == u"id") {
            if (std::optional<QString> id = string(at))
                scenario.id = *id;
        } else if (key == u"name") {
            if (std::optional<QString> name = string(at))
                scenario.name = *name;
        } else if (key == u"events") {
            array(at, [&](const Path &eventPath) {
                if (std::optional<Event> event = readEvent(eventPath))
                    scenario.events.push_back(*event);
                else
                    broken = true;
            });
        } else {
            unknownKey(keyPosition, at, key);
        }
        broken = broken || m_broken;
    });
    if (!where)
        return std::nullopt;
    m_broken = false;
    requireKeys(*where, path, present, {u"id", u"name", u"events"});
    if (broken || m_broken)
        return std::nullopt;
    return scenario;
}

std::optional<Option> ModelReader::readOption(const Path &path)
{
    bool broken = false;
    Option option;
    KeySet present;
    const std::optional<Position> where = object(path, [&](const QString &key, Position keyPosition, const Path &at) {
        present.add(key);
        m_broken = false;
        if (key == u"id") {
            if (std::optional<QString> id = string(at))
                option.id = *id;
        } else if (key == u"name") {
            if (std::optional<QString> name = string(at))
                option.name = *name;
        } else if (key == u"remove_nodes") {
            if (std::optional<QStringList> ids = stringArray(at))
                option.removeNodes = *ids;
        } else if (key == u"add_nodes") {
            array(at, [&](const Path &nodePath) {
                if (std::optional<Node> node = readNode(nodePath))
                    option.addNodes.push_back(std::move(*node));
                else
                    broken = true;
            });
        } else if (key == u"remove_edges") {
            array(at, [&](const Path &edgePath) {
                if (std::optional<EdgeKey> edge = readEdgeKey(edgePath))
                    option.removeEdges.push_back(*edge);
                else
                    broken = true;
            });
        } else if (key == u"add_edges") {
            array(at, [&](const Path &edgePath) {
                if (std::optional<Edge> edge = readEdge(edgePath))
                    option.addEdges.push_back(*edge);
                else
                    broken = true;
            });
        } else {
            unknownKey(keyPosition, at, key);
        }
        broken = broken || m_broken;
    });
    if (!where)
        return std::nullopt;
    m_broken = false;
    requireKeys(*where, path, present, {u"id", u"name"});
    if (broken || m_broken)
        return std::nullopt;
    return option;
}

/// Walks the text once more and records the position of every value whose path is wanted.
class PathLocator {
public:
    PathLocator(const QByteArray &text, const JsonLimits &limits, const QSet<QString> &wanted)
        : m_cursor(text, limits.maxDepth, limits.maxStringChars), m_wanted(wanted)
    {
    }

    QHash<QString, Position> run()
    {
        walk(QString());
        return m_found;
    }

private:
    void walk(const QString &path)
    {
        const JsonCursor::Type type = m_cursor.peek();
        if (m_wanted.contains(path))
            m_found.insert(path, m_cursor.position());
        if (type == JsonCursor::Type::Object) {
            m_cursor.enterObject();
            QString key;
            Position where;
            while (m_cursor.nextMember(key, where))
                walk(member(path, key));
        } else if (type == JsonCursor::Type::Array) {
            m_cursor.enterArray();
            qsizetype index = 0;
            while (m_cursor.nextItem())
                walk(item(path, index++));
        } else {
            m_cursor.skipValue();
        }
    }

    JsonCursor m_cursor;
    const QSet<QString> &m_wanted;
    QHash<QString, Position> m_found;
};

} // namespace

void ModelReader::locate(Diagnostics &rules)
{
    static const QRegularExpression element(QStringLiteral(R"(^(nodes|edges|scenarios|options)\[(\d+)\])"));
    QSet<QString> wanted;
    for (Diagnostic &d : rules) {
        d.file = m_file;
        const QRegularExpressionMatch match = element.match(d.path);
        if (match.hasMatch()) {
            const QString list = match.captured(1);
            const std::size_t index = match.captured(2).toULongLong();
            const std::vector<qsizetype> &source = list == u"nodes"   ? m_nodeSource
                                                   : list == u"edges" ? m_edgeSource
                                                   : list == u"scenarios" ? m_scenarioSource
                                                                          : m_optionSource;
            if (index < source.size())
                d.path = list + u'[' + QString::number(source[index]) + u']' + d.path.mid(match.capturedLength());
        }
        // The value itself, or failing that the closest enclosing value that exists.
        for (QString p = d.path;; ) {
            wanted.insert(p);
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            if (cut <= 0)
                break;
            p.truncate(cut);
        }
    }
    wanted.insert(QString());
    const QHash<QString, Position> found = PathLocator(m_text, m_limits, wanted).run();
    for (Diagnostic &d : rules) {
        for (QString p = d.path;; ) {
            const auto it = found.constFind(p);
            if (it != found.constEnd()) {
                d.line = it->line;
                d.column = it->column;
                break;
            }
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            if (p.isEmpty())
                break;
            p.truncate(std::max<qsizetype>(cut, 0));
        }
    }
}

ModelReadResult readModelJson(const QByteArray &text, const QString &fileName, const JsonLimits &limits)
{
    if (text.size() > limits.maxBytes) {
        return {std::nullopt,
                {Diagnostic{fileName, 0, 0, QString(),
                            QStringLiteral("the input is %1 bytes, more than the limit of %2").arg(text.size()).arg(limits.maxBytes)}}};
    }
    return ModelReader(text, fileName, limits).read();
}

} // namespace antrum
