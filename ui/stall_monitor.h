#pragma once
// Measures how responsive the GUI thread stays: a precise timer ticks every few milliseconds and every
// tick that arrives later than its interval is a stall of the event loop by the difference. Reports the
// longest stall and how many exceeded 50 ms (a user notices around there).
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ferry::ui {

class StallMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kNoticeableMs = 50;

    explicit StallMonitor(QObject* parent = nullptr, int intervalMs = 5);

    void start(); // resets the figures
    void stop();
    bool isActive() const { return timer_.isActive(); }

    double longestStallMs() const { return longestNs_ / 1e6; }
    int noticeableStalls() const { return noticeable_; } // stalls over kNoticeableMs
    qint64 ticks() const { return ticks_; }

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastNs_ = 0;
    qint64 longestNs_ = 0;
    qint64 ticks_ = 0;
    int noticeable_ = 0;
    int intervalMs_;
};

} // namespace ferry::ui
