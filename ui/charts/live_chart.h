#pragma once
// A line chart of a run's history, fed sample by sample and redrawn on a timer tick: every series keeps
// its whole history in bounded memory (SeriesHistory) and is handed to QtCharts with one replace() per
// refresh. No animations; axes titled and rescaled to round numbers as the data grows.
#include "series_history.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QValueAxis;

namespace ferry::ui {

class LiveChart : public QChartView {
    Q_OBJECT
public:
    LiveChart(const QString& title, const QString& yTitle, QWidget* parent = nullptr);

    int addSeries(const QString& name, SeriesHistory::Merge merge, const QColor& color);
    // x: seconds of running time.
    void append(int series, double x, double y);
    // A labelled vertical line across the plot at x (an event, e.g. a lost connection); its label sits at
    // the top, its tooltip tells more. Markers of one name share one legend entry.
    void addMarker(double x, const QString& name, const QString& toolTip, const QColor& color);
    int markerCount() const { return int(markers_.size()); }
    QLineSeries* marker(int i) const { return markers_.at(i).line; }
    QString markerToolTip(int i) const { return markers_.at(i).toolTip; }
    // Pushes new points to the chart; cheap when nothing changed.
    void refresh();
    void clear();

    QLineSeries* series(int i) const { return series_.at(i).line; }
    const SeriesHistory& history(int i) const { return series_.at(i).history; }
    QValueAxis* xAxis() const { return x_; }
    QValueAxis* yAxis() const { return y_; }

    // The round upper bound and tick count an axis showing values up to `max` gets; whole steps unless
    // fractions are allowed (the time axis of a short run).
    static void niceRange(double max, double* top, int* ticks, bool fractions = false);

private:
    struct Series {
        QLineSeries* line;
        SeriesHistory history;
    };
    struct Marker {
        QLineSeries* line;
        double x;
        QString toolTip;
    };
    void placeMarkers();

    QList<Series> series_;
    QList<Marker> markers_;
    QValueAxis* x_;
    QValueAxis* y_;
    bool dirty_ = false;
};

} // namespace ferry::ui
