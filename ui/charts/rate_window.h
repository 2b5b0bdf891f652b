#pragma once
// The throughput the chart draws: rows read over a trailing window rather than over the last sample
// interval. Samples come every few tens of milliseconds and rows arrive a batch at a time, so a
// per-interval rate jumps between zero and several times the real one; a window of a quarter of the
// running time (0.25 s to 5 s) smooths that while a real stall still drops to zero once it outlasts it.
#include <QtGlobal>

#include <deque>

namespace ferry::ui {

class RateWindow {
public:
    static constexpr double kMinWindow = 0.25; // seconds
    static constexpr double kMaxWindow = 5.0;

    // seconds: running time of the sample; totalRead: rows read so far. Returns rows per second.
    double add(double seconds, qint64 totalRead);
    void clear() { samples_.clear(); }

private:
    struct Sample {
        double seconds;
        qint64 read;
    };
    std::deque<Sample> samples_;
};

} // namespace ferry::ui
