#pragma once
// The run page's live charts: throughput, duplicates found, and rejects with mismatches, over the run's
// running time, with the run's figures beside them. Samples go into each chart's bounded history as they arrive; a
// timer redraws a few times a second, so the cost of drawing does not grow with the sample rate or the run's length.
#include "engine/run_types.h"
#include "rate_window.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace ferry::ui {

class LiveChart;
class RunNumbers;

class RunCharts : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 250;

    explicit RunCharts(QWidget* parent = nullptr);

    void addSample(const RunSample& sample);
    // The run ended: the figures beside the charts become the summary's.
    void showSummary(const RunSummary& summary);
    // Marks the present moment of the run on the throughput chart (a lost connection): a labelled line
    // with a legend entry and a tooltip.
    void markEvent(const QString& name, const QString& toolTip);
    void clear();
    // Redraws on every timer tick while live; stop() draws once more so the last samples show.
    void setLive(bool live);
    void refresh();

    LiveChart* throughput() const { return throughput_; }
    LiveChart* duplicates() const { return duplicates_; }
    LiveChart* problems() const { return problems_; }
    RunNumbers* numbers() const { return numbers_; }

private:
    RunNumbers* numbers_;
    LiveChart* throughput_;
    LiveChart* duplicates_;
    LiveChart* problems_;
    int rateSeries_, duplicateSeries_, rejectSeries_, mismatchSeries_;
    RateWindow rate_;
    QTimer timer_;
    double lastSampleX_ = 0;    // running time of the last sample, seconds
    QElapsedTimer sinceSample_; // since it arrived
};

} // namespace ferry::ui
