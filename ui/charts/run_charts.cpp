#include "run_charts.h"

#include "live_chart.h"
#include "run_numbers.h"

#include <QHBoxLayout>

namespace ferry::ui {

RunCharts::RunCharts(QWidget* parent)
    : QWidget(parent)
    , numbers_(new RunNumbers(this))
    , throughput_(new LiveChart(tr("Throughput"), tr("Rows per second"), this))
    , duplicates_(new LiveChart(tr("Duplicates found"), tr("Rows"), this))
    , problems_(new LiveChart(tr("Rejects and mismatches"), tr("Rows"), this))
{
    throughput_->setObjectName(QStringLiteral("throughputChart"));
    duplicates_->setObjectName(QStringLiteral("duplicatesChart"));
    problems_->setObjectName(QStringLiteral("problemsChart"));
    rateSeries_ = throughput_->addSeries(tr("Rows/s"), SeriesHistory::Merge::Mean, QColor(0x1f, 0x77, 0xb4));
    duplicateSeries_ = duplicates_->addSeries(tr("Duplicates"), SeriesHistory::Merge::Last, QColor(0xff, 0x7f, 0x0e));
    rejectSeries_ = problems_->addSeries(tr("Rejected"), SeriesHistory::Merge::Last, QColor(0xd6, 0x27, 0x28));
    mismatchSeries_ = problems_->addSeries(tr("Mismatches"), SeriesHistory::Merge::Last, QColor(0x94, 0x67, 0xbd));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(numbers_, 0, Qt::AlignTop);
    layout->addWidget(throughput_, 3);
    layout->addWidget(duplicates_, 2);
    layout->addWidget(problems_, 2);

    timer_.setInterval(kRefreshMs);
    connect(&timer_, &QTimer::timeout, this, &RunCharts::refresh);
}

void RunCharts::addSample(const RunSample& s)
{
    const double x = s.elapsedMs / 1000.0;
    lastSampleX_ = x;
    sinceSample_.start();
    const double rate = rate_.add(x, s.totalRead);
    numbers_->showSample(s, rate);
    throughput_->append(rateSeries_, x, rate);
    duplicates_->append(duplicateSeries_, x, double(s.duplicates));
    problems_->append(rejectSeries_, x, double(s.rejected));
    problems_->append(mismatchSeries_, x, double(s.mismatches));
}

void RunCharts::markEvent(const QString& name, const QString& toolTip)
{
    // Events arrive between samples: the run's time now is the last sample's plus what passed since.
    const double x = lastSampleX_ + (sinceSample_.isValid() ? double(sinceSample_.elapsed()) / 1000.0 : 0.0);
    throughput_->addMarker(x, name, toolTip, QColor(0xe6, 0x55, 0x0d));
}

void RunCharts::showSummary(const RunSummary& summary)
{
    numbers_->showSummary(summary);
}

void RunCharts::clear()
{
    rate_.clear();
    numbers_->clear();
    lastSampleX_ = 0;
    sinceSample_.invalidate();
    for (LiveChart* c : {throughput_, duplicates_, problems_})
        c->clear();
}

void RunCharts::setLive(bool live)
{
    if (live) {
        timer_.start();
    } else {
        timer_.stop();
        refresh();
    }
}

void RunCharts::refresh()
{
    for (LiveChart* c : {throughput_, duplicates_, problems_})
        c->refresh();
}

} // namespace ferry::ui
