#include "throttle.h"

#include <cmath>

namespace ferry {

qint64 Throttle::delayBefore(qint64 rows, qint64 nowMs)
{
    if (!active())
        return 0;
    if (startMs_ < 0)
        startMs_ = nowMs;
    const qint64 due = startMs_ + qint64(std::ceil(double(rows_ + rows) * 1000.0 / limit_));
    return qMax<qint64>(0, due - nowMs);
}

int Throttle::batchCap(double rowsPerSecond)
{
    if (rowsPerSecond <= 0)
        return 0;
    return int(qBound(1.0, std::floor(rowsPerSecond / 4), 100000.0));
}

} // namespace ferry
