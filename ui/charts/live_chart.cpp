#include "live_chart.h"

#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace ferry::ui {

LiveChart::LiveChart(const QString& title, const QString& yTitle, QWidget* parent)
    : QChartView(parent)
    , x_(new QValueAxis)
    , y_(new QValueAxis)
{
    auto* c = new QChart;
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation); // animations stall the event loop during a run
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    x_->setTitleText(tr("Running time (s)"));
    x_->setLabelFormat(QStringLiteral("%.0f"));
    y_->setTitleText(yTitle);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 200);
    clear();
}

int LiveChart::addSeries(const QString& name, SeriesHistory::Merge merge, const QColor& color)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(color);
    pen.setWidthF(2);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(x_);
    line->attachAxis(y_);
    series_.append(Series{line, SeriesHistory(merge)});
    return int(series_.size()) - 1;
}

void LiveChart::append(int series, double x, double y)
{
    series_[series].history.add(QPointF(x, y));
    dirty_ = true;
}

void LiveChart::addMarker(double x, const QString& name, const QString& toolTip, const QColor& color)
{
    bool named = false;
    for (const Marker& m : std::as_const(markers_))
        named = named || m.line->name() == name;
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(color);
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->append(x, 0);
    line->append(x, y_->max());
    chart()->addSeries(line);
    line->attachAxis(x_);
    line->attachAxis(y_);
    // The name on the line itself, at its top end only; drawn above the plot so no data hides it.
    line->setPointLabelsFormat(name);
    line->setPointLabelsColor(color);
    line->setPointLabelsClipping(false);
    line->setPointLabelsVisible(true);
    line->setPointConfiguration(0, QXYSeries::PointConfiguration::LabelVisibility, false);
    if (named)
        for (QLegendMarker* m : chart()->legend()->markers(line))
            m->setVisible(false);
    connect(line, &QLineSeries::hovered, this, [this, toolTip](const QPointF&, bool over) {
        if (over)
            QToolTip::showText(QCursor::pos(), toolTip, this);
        else
            QToolTip::hideText();
    });
    markers_.append(Marker{line, x, toolTip});
    dirty_ = true;
}

void LiveChart::placeMarkers()
{
    for (const Marker& m : std::as_const(markers_))
        m.line->replace({QPointF(m.x, 0), QPointF(m.x, y_->max())});
}

void LiveChart::niceRange(double max, double* top, int* ticks, bool fractions)
{
    if (!(max > 0)) {
        *top = 10;
        *ticks = 6;
        return;
    }
    // A step of 1, 2 or 5 times a power of ten, giving at most five intervals.
    const double rough = max / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    if (!fractions)
        step = std::max(step, 1.0); // counts of rows: whole numbers on the axis
    const int intervals = std::max(1, int(std::ceil(max / step - 1e-9)));
    *top = intervals * step;
    *ticks = intervals + 1;
}

void LiveChart::refresh()
{
    if (!dirty_)
        return;
    dirty_ = false;
    double maxX = 0, maxY = 0;
    for (Series& s : series_) {
        const QList<QPointF> points = s.history.points();
        for (const QPointF& p : points)
            maxY = std::max(maxY, p.y());
        maxX = std::max(maxX, s.history.lastX());
        s.line->replace(points);
    }
    for (const Marker& m : std::as_const(markers_))
        maxX = std::max(maxX, m.x);
    double top = 0;
    int ticks = 0;
    // A short run (the demo) still spreads over the whole width.
    niceRange(std::max(maxX, 0.1), &top, &ticks, true);
    if (x_->max() != top || x_->tickCount() != ticks) {
        x_->setRange(0, top);
        x_->setTickCount(ticks);
        x_->setLabelFormat(top < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    }
    // At least 0–10: with one-digit labels Qt Charts leaves the rotated axis title too little room and
    // elides it (seen with Chinese titles).
    niceRange(std::max(maxY * 1.05, 10.0), &top, &ticks);
    if (y_->max() != top || y_->tickCount() != ticks) {
        y_->setRange(0, top);
        y_->setTickCount(ticks);
    }
    placeMarkers(); // from the bottom to the top of the rescaled axis
}

void LiveChart::clear()
{
    for (Series& s : series_) {
        s.history.clear();
        s.line->clear();
    }
    for (const Marker& m : std::as_const(markers_)) {
        chart()->removeSeries(m.line);
        delete m.line;
    }
    markers_.clear();
    x_->setRange(0, 10);
    x_->setTickCount(6);
    x_->setLabelFormat(QStringLiteral("%.0f"));
    y_->setRange(0, 10);
    y_->setTickCount(6);
    dirty_ = false;
}

} // namespace ferry::ui
