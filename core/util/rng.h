// A small deterministic random generator (SplitMix64): the same seed gives the same numbers on every
// platform and compiler, which std:: distributions do not promise.
#pragma once

#include <cstdint>

namespace cd {

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 <= value < bound
    int below(int bound) { return bound <= 0 ? 0 : int(next() % std::uint64_t(bound)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(int perThousand) { return below(1000) < perThousand; }

private:
    std::uint64_t m_state;
};

} // namespace cd
