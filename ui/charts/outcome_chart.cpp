#include "outcome_chart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace ferry::ui {

OutcomeChart::OutcomeChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("outcomeChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Where the rows went"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
}

void OutcomeChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis);
}

void OutcomeChart::setSummary(const RunSummary& summary)
{
    clear();
    struct Outcome {
        QString name;
        QColor colour;
        qint64 TableCounts::*count;
    };
    const Outcome outcomes[] = {
        {tr("Inserted"), QColor(0x2e, 0x8b, 0x57), &TableCounts::inserted},
        {tr("Updated"), QColor(0x1f, 0x5f, 0x99), &TableCounts::updated},
        {tr("Unchanged"), QColor(0xb9, 0xc7, 0xd6), &TableCounts::unchanged},
        {tr("Skipped"), QColor(0x9a, 0x9a, 0x9a), &TableCounts::skipped},
        {tr("Rejected"), QColor(0xc0, 0x39, 0x2b), &TableCounts::rejected},
    };
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    qint64 widest = 0;
    for (const TableCounts& t : summary.tables) {
        categories.prepend(t.target); // the first table on top
        widest = qMax(widest, t.read);
    }
    for (const Outcome& o : outcomes) {
        auto* set = new QBarSet(o.name);
        set->setColor(o.colour);
        set->setBorderColor(o.colour);
        for (auto it = summary.tables.crbegin(); it != summary.tables.crend(); ++it)
            *set << double((*it).*o.count);
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    auto* tables = new QBarCategoryAxis;
    tables->append(categories);
    auto* rows = new QValueAxis;
    rows->setTitleText(tr("Rows"));
    rows->setLabelFormat(QStringLiteral("%d"));
    rows->setRange(0, double(qMax<qint64>(widest, 1)));
    rows->applyNiceNumbers();
    chart()->addAxis(tables, Qt::AlignLeft);
    chart()->addAxis(rows, Qt::AlignBottom);
    series->attachAxis(tables);
    series->attachAxis(rows);
}

} // namespace ferry::ui
