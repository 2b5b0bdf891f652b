#pragma once
// Where a run's time went: per table its time, and how long reading, preparing and writing worked on it
// (RunSummary::timings). The stages overlap, so a table's stage times may add up to more than its time;
// the largest one is the table's bottleneck and is shown in bold.
#include "engine/run_types.h"

#include <QLabel>

namespace ferry::ui {

class TimeBreakdown : public QLabel {
    Q_OBJECT
public:
    explicit TimeBreakdown(QWidget* parent = nullptr);
    void setSummary(const RunSummary& summary);
    void clear();
    static QString seconds(double ms);
};

} // namespace ferry::ui
