// SPDX-License-Identifier: GPL-3.0-or-later
#include "idindex.h"

#include "model.h"

#include <QHashFunctions>

#include <bit>
#include <cstring>

namespace antrum {

std::uint64_t IdIndex::hashOf(QStringView id)
{
    // Qt's string hash (AES-based where the CPU has it); widened so that the slot and the tag
    // come from independent bits on 64-bit platforms and still differ on 32-bit ones.
    const std::uint64_t h = qHash(id, 0x9e3779b9u);
    return h * 0x9e3779b97f4a7c15ull;
}

void IdIndex::reserve(std::size_t expected)
{
    m_keys.reserve(expected);
    m_values.reserve(expected);
    const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(16, expected * 2));
    if (wanted <= m_slots.size())
        return;
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(wanted, Slot{});
    m_mask = wanted - 1;
    for (const Slot &s : old) {
        if (s.entry == 0)
            continue;
        const std::uint64_t h = hashOf(m_keys[s.entry - 1]);
        std::size_t at = std::size_t(h) & m_mask;
        while (m_slots[at].entry != 0)
            at = (at + 1) & m_mask;
        m_slots[at] = s;
    }
}

void IdIndex::grow()
{
    reserve(std::max<std::size_t>(16, m_keys.size() * 2));
}

bool IdIndex::matches(const Slot &slot, std::uint32_t tag, QStringView id) const
{
    return slot.tag == tag && slot.size == id.size()
           && (id.isEmpty() || std::memcmp(slot.data, id.utf16(), std::size_t(id.size()) * sizeof(char16_t)) == 0);
}

std::int32_t IdIndex::insert(const QString &id, std::int32_t value)
{
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    const std::uint64_t h = hashOf(id);
    const std::uint32_t tag = std::uint32_t(h >> 32) | 1u;
    std::size_t at = std::size_t(h) & m_mask;
    while (m_slots[at].entry != 0) {
        const Slot &s = m_slots[at];
        if (matches(s, tag, id))
            return m_values[s.entry - 1];
        at = (at + 1) & m_mask;
    }
    m_keys.push_back(id);
    m_values.push_back(value);
    const QString &kept = m_keys.back();
    m_slots[at] = {tag, std::uint32_t(m_keys.size()), reinterpret_cast<const char16_t *>(kept.utf16()), kept.size()};
    return Missing;
}

std::int32_t IdIndex::value(QStringView id) const
{
    if (m_slots.empty())
        return Missing;
    const std::uint64_t h = hashOf(id);
    const std::uint32_t tag = std::uint32_t(h >> 32) | 1u;
    std::size_t at = std::size_t(h) & m_mask;
    while (m_slots[at].entry != 0) {
        const Slot &s = m_slots[at];
        if (matches(s, tag, id))
            return m_values[s.entry - 1];
        at = (at + 1) & m_mask;
    }
    return Missing;
}

ModelIndex buildModelIndex(const Model &model)
{
    ModelIndex index;
    index.nodes.reserve(model.nodes.size());
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        index.nodes.insert(model.nodes[i].id, std::int32_t(i));
    index.edgeFrom.resize(model.edges.size());
    index.edgeTo.resize(model.edges.size());
    for (std::size_t i = 0; i < model.edges.size(); ++i) {
        index.edgeFrom[i] = index.nodes.value(model.edges[i].from);
        index.edgeTo[i] = index.nodes.value(model.edges[i].to);
    }
    return index;
}

} // namespace antrum
