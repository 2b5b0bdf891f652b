#include "stall_monitor.h"

namespace ferry::ui {

StallMonitor::StallMonitor(QObject* parent, int intervalMs)
    : QObject(parent)
    , intervalMs_(intervalMs)
{
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(intervalMs);
    connect(&timer_, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start()
{
    longestNs_ = 0;
    ticks_ = 0;
    noticeable_ = 0;
    clock_.start();
    lastNs_ = 0;
    timer_.start();
}

void StallMonitor::stop()
{
    timer_.stop();
}

void StallMonitor::tick()
{
    const qint64 now = clock_.nsecsElapsed();
    const qint64 stall = now - lastNs_ - qint64(intervalMs_) * 1000000;
    lastNs_ = now;
    ++ticks_;
    if (stall > longestNs_)
        longestNs_ = stall;
    if (stall > qint64(kNoticeableMs) * 1000000)
        ++noticeable_;
}

} // namespace ferry::ui
