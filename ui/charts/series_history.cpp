#include "series_history.h"

#include <algorithm>

namespace ferry::ui {

SeriesHistory::SeriesHistory(Merge merge, int capacity)
    : merge_(merge)
    , capacity_(std::max(4, capacity - capacity % 2))
{
    points_.reserve(capacity_);
}

QPointF SeriesHistory::merged(QPointF a, QPointF b, int weightA, int weightB) const
{
    // x: the later time, so a running total's value stays at the moment it was reached.
    if (merge_ == Merge::Last)
        return b;
    return QPointF(b.x(), (a.y() * weightA + b.y() * weightB) / (weightA + weightB));
}

void SeriesHistory::add(QPointF point)
{
    maxY_ = std::max(maxY_, point.y());
    pending_ = pendingCount_ == 0 ? point : merged(pending_, point, pendingCount_, 1);
    if (++pendingCount_ < stride_)
        return;
    points_.append(pending_);
    pendingCount_ = 0;
    if (points_.size() < capacity_)
        return;
    // Full: halve the resolution of the whole history.
    QList<QPointF> halved;
    halved.reserve(capacity_);
    for (qsizetype i = 0; i + 1 < points_.size(); i += 2)
        halved.append(merged(points_[i], points_[i + 1], 1, 1));
    points_ = std::move(halved);
    stride_ *= 2;
}

void SeriesHistory::clear()
{
    points_.clear();
    pendingCount_ = 0;
    stride_ = 1;
    maxY_ = 0;
}

QList<QPointF> SeriesHistory::points() const
{
    QList<QPointF> out = points_;
    if (pendingCount_ > 0)
        out.append(pending_);
    return out;
}

double SeriesHistory::maxY() const
{
    return maxY_;
}

double SeriesHistory::lastX() const
{
    if (pendingCount_ > 0)
        return pending_.x();
    return points_.isEmpty() ? 0 : points_.last().x();
}

} // namespace ferry::ui
