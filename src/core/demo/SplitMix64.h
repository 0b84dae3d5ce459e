#pragma once

#include <QtGlobal>

namespace sd {

// A small pseudo-random generator (Steele, Lea and Flood's SplitMix64) whose sequence is the same
// on every platform and library, unlike the std distributions, so that generated programmes are
// identical wherever they are written.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    // Uniform in [0, count); the modulo bias is negligible for the small counts used here.
    qint64 below(qint64 count)
    {
        return count <= 0 ? 0 : static_cast<qint64>(next() % static_cast<quint64>(count));
    }

    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }

    bool chance(double probability) { return unit() < probability; }

private:
    quint64 m_state;
};

} // namespace sd
