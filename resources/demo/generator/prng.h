#pragma once
// A fixed-seed generator of our own (SplitMix64). std::mt19937 is portable but the standard
// distributions built on it are not: libstdc++, libc++ and MSVC give different numbers for the same
// seed. Everything the demo needs is derived from next() with integer arithmetic only, so the demo
// data is byte-identical on every platform and compiler.
#include <cstdint>
#include <vector>

namespace ferry::demo {

class Prng {
public:
    explicit Prng(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // 0 <= result < n. The modulo bias (< 2^-40 for our n) does not matter for demo data.
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool percent(int p) { return below(100) < p; }

    template <typename T, std::size_t N> const T& pick(const T (&items)[N])
    {
        return items[below(static_cast<int>(N))];
    }
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::uint64_t m_state;
};

} // namespace ferry::demo
