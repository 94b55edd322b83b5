// A set of keys, each with the first row that used it, for finding what a file repeats.
#pragma once

#include <QHash>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <vector>

namespace cd {

// The keys a file has used so far (credit codes, or regions with names), each with the first row that used it. A
// flat table of the keys' hashes and rows, probed along one array; a key itself is compared only where its hash is the
// same. A QHash compared the keys at every step of its probing, reaching into the file's text each time: the reading
// thread of a 100k roster import spent a quarter of its time there. The hash is the caller's to give (hashOf), so that
// one hash serves the look-up and the insert that follows it.
template <typename Key>
class SeenKeys
{
public:
    explicit SeenKeys(qsizetype expected) { rehash(std::max<qsizetype>(1024, std::bit_ceil(size_t(std::max<qsizetype>(expected, 0)) * 2))); }

    // Seeded as Qt seeds its own hashes (at random per process), so that no file can be made to collide on purpose.
    static size_t hashOf(const Key &key) { return qHash(key, QHashSeed::globalSeed()); }

    // The first row that used the key, 0 when none has.
    int rowOf(const Key &key, size_t hash) const
    {
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.key == 0)
                return 0;
            if (slot.hash == hash && m_keys[size_t(slot.key) - 1] == key)
                return slot.row;
        }
    }

    // Brings the place where the key of this hash would be looked up into the processor's cache, ahead of rowOf(): a
    // table of 100,000 keys is larger than the caches, and each look-up would otherwise wait for memory.
    void prefetch(size_t hash) const
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(m_slots.data() + (hash & m_mask));
#else
        (void)hash;
#endif
    }

    // Records the first use of a key not seen before.
    void insert(const Key &key, size_t hash, int row)
    {
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        m_keys.push_back(key);
        place({hash, row, int(m_keys.size())});
    }

private:
    struct Slot
    {
        size_t hash = 0;
        int row = 0;
        int key = 0; // 1 + the key's index in m_keys; 0: an empty slot
    };

    void place(const Slot &slot)
    {
        size_t i = slot.hash & m_mask;
        while (m_slots[i].key != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }

    void rehash(qsizetype size)
    {
        std::vector<Slot> old(static_cast<size_t>(size));
        old.swap(m_slots);
        m_mask = size_t(size) - 1;
        m_keys.reserve(size_t(size) / 2);
        for (const Slot &slot : old)
            if (slot.key != 0)
                place(slot);
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    std::vector<Key> m_keys;
};

} // namespace cd
