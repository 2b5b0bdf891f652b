#pragma once
// Where each table's rows went (inserted, updated, skipped, rejected) as stacked horizontal bars: the
// finish page's picture of the promise that every row ends in exactly one place.
#include "engine/run_types.h"

#include <QChartView>

namespace ferry::ui {

class OutcomeChart : public QChartView {
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget* parent = nullptr);
    void setSummary(const RunSummary& summary);
    void clear();
};

} // namespace ferry::ui
