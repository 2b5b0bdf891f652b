#pragma once
// A ceiling on a run's rate (`ferry-cli sync --max-rows-per-second N`), so a sync in business hours
// leaves the live databases room. The writer asks before each batch how long to wait: a batch is paid
// for before it is written, so the rows written so far never exceed N per second of running time
// (counted from the first batch; paused time is excluded by the caller's clock).
#include <QtGlobal>

namespace ferry {

class Throttle {
public:
    explicit Throttle(double rowsPerSecond = 0)
        : limit_(rowsPerSecond)
    {
    }
    bool active() const { return limit_ > 0; }

    // Milliseconds to wait, at running time nowMs, before writing `rows` more; 0 when unthrottled.
    qint64 delayBefore(qint64 rows, qint64 nowMs);
    // The batch was written (or replayed): its rows count towards the rate.
    void wrote(qint64 rows) { rows_ += rows; }

    // The largest batch a throttled run writes: about a quarter of a second's rows, so the rate is not
    // jagged (a 1,000-row batch at 200 rows/s would write nothing for five seconds, then everything at
    // once). 0 when unthrottled.
    static int batchCap(double rowsPerSecond);

private:
    double limit_ = 0;
    qint64 startMs_ = -1;
    qint64 rows_ = 0;
};

} // namespace ferry
