// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace antrum {

/// Node id -> number, for the millions of lookups that resolving edges takes. QHash keeps no
/// hash per entry and compares the key strings of every entry it probes, which on a million
/// ids means a cache miss per probe; this table keeps a 32-bit tag of each id's hash next to
/// its slot and touches the id's characters only when the tags match. Open addressing with
/// linear probing, load at most one half. The ids are shared (QString's implicit sharing), not
/// copied.
class IdIndex {
public:
    static constexpr std::int32_t Missing = -1;

    IdIndex() = default;
    explicit IdIndex(std::size_t expected) { reserve(expected); }

    void reserve(std::size_t expected);
    /// Adds id -> value. If the id is present already, leaves it and returns the value it
    /// has; otherwise returns Missing.
    std::int32_t insert(const QString &id, std::int32_t value);
    /// The value of `id`, or Missing.
    std::int32_t value(QStringView id) const;
    bool contains(QStringView id) const { return value(id) != Missing; }
    std::size_t size() const { return m_keys.size(); }

private:
    /// A slot holds what a probe needs without touching m_keys: a tag of the hash, the id's
    /// length and its characters' address (the id is shared, so the address stays valid).
    struct Slot {
        std::uint32_t tag = 0;   ///< high half of the hash, never 0 in a used slot
        std::uint32_t entry = 0; ///< 1 + position in m_keys; 0 = empty
        const char16_t *data = nullptr;
        std::int64_t size = 0;
    };
    bool matches(const Slot &slot, std::uint32_t tag, QStringView id) const;
    static std::uint64_t hashOf(QStringView id);
    void grow();

    std::vector<Slot> m_slots;
    std::vector<QString> m_keys;
    std::vector<std::int32_t> m_values;
    std::size_t m_mask = 0;
};

} // namespace antrum

namespace antrum {

/// A model's node ids and edge endpoints resolved once, when the model is read, so that
/// validation and the failure graph need not look a million ids up again. Belongs to the
/// one Model it was built for, and only while that model is unchanged.
struct ModelIndex {
    IdIndex nodes;                              ///< id -> position of the first node with it
    std::vector<std::int32_t> edgeFrom, edgeTo; ///< per edge: node position, or IdIndex::Missing
};

struct Model;
/// Resolves every id of `model` (for a model that did not come from the reader).
ModelIndex buildModelIndex(const Model &model);

} // namespace antrum
