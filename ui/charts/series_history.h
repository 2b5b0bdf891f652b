#pragma once
// A chart series' whole history in bounded memory: points arrive a few times a second; once the
// history holds `capacity` points, neighbouring pairs are merged and later points are merged `stride`
// at a time, so a run of any length keeps at most `capacity` evenly spaced points.
#include <QList>
#include <QPointF>

namespace ferry::ui {

class SeriesHistory {
public:
    enum class Merge {
        Mean, // a rate: merged points average their values
        Last  // a running total: merged points keep the latest value
    };

    explicit SeriesHistory(Merge merge = Merge::Mean, int capacity = 600);

    void add(QPointF point);
    void clear();
    // The history plus the point being merged, so the chart always reaches the latest sample.
    QList<QPointF> points() const;
    double maxY() const;
    double lastX() const;
    int stride() const { return stride_; }
    int capacity() const { return capacity_; }

private:
    QPointF merged(QPointF a, QPointF b, int weightA, int weightB) const;

    Merge merge_;
    int capacity_;
    int stride_ = 1; // samples per stored point
    QList<QPointF> points_;
    QPointF pending_;
    int pendingCount_ = 0;
    double maxY_ = 0;
};

} // namespace ferry::ui
