#include "table_progress_list.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace ferry::ui {

TableProgressList::TableProgressList(QWidget* parent)
    : QWidget(parent)
    , grid_(new QGridLayout(this))
{
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setColumnStretch(1, 3);
    grid_->setColumnStretch(5, 2);
    const QStringList heads = {tr("Table"), tr("Progress"), tr("Rows"), tr("Rate"), tr("Time left"), tr("Status")};
    for (int c = 0; c < heads.size(); ++c) {
        auto* head = new QLabel(QStringLiteral("<b>%1</b>").arg(heads[c].toHtmlEscaped()), this);
        grid_->addWidget(head, 0, c);
    }
}

QString TableProgressList::duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void TableProgressList::setTables(const QList<QPair<QString, QString>>& tables)
{
    for (Row& r : rows_)
        for (QWidget* w :
             {static_cast<QWidget*>(r.name), static_cast<QWidget*>(r.bar), static_cast<QWidget*>(r.rows),
              static_cast<QWidget*>(r.speed), static_cast<QWidget*>(r.eta), static_cast<QWidget*>(r.status)})
            delete w;
    rows_.clear();
    paused_ = false;
    for (const auto& t : tables)
        addRow(t.first, t.second);
}

int TableProgressList::addRow(const QString& source, const QString& target)
{
    Row r;
    r.source = source;
    r.target = target;
    const int row = int(rows_.size());
    r.name = new QLabel(tr("%1 → %2").arg(source, target), this);
    r.name->setWordWrap(true);
    r.bar = new QProgressBar(this);
    r.bar->setObjectName(QStringLiteral("tableProgress_%1").arg(row));
    r.bar->setRange(0, 100);
    r.bar->setValue(0);
    r.rows = new QLabel(this);
    r.speed = new QLabel(this);
    r.eta = new QLabel(this);
    r.status = new QLabel(tr("Waiting"), this);
    r.status->setWordWrap(true);
    for (QLabel* l : {r.rows, r.speed, r.eta})
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid_->addWidget(r.name, row + 1, 0);
    grid_->addWidget(r.bar, row + 1, 1);
    grid_->addWidget(r.rows, row + 1, 2);
    grid_->addWidget(r.speed, row + 1, 3);
    grid_->addWidget(r.eta, row + 1, 4);
    grid_->addWidget(r.status, row + 1, 5);
    // Shown now, not on the next event-loop pass, so the page sizes the list by its real rows.
    for (QWidget* w : {static_cast<QWidget*>(r.name), static_cast<QWidget*>(r.bar), static_cast<QWidget*>(r.rows),
                       static_cast<QWidget*>(r.speed), static_cast<QWidget*>(r.eta), static_cast<QWidget*>(r.status)})
        w->setVisible(true);
    rows_.append(r);
    return row;
}

int TableProgressList::rowOf(int planIndex) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_[i].planIndex == planIndex)
            return i;
    return -1;
}

void TableProgressList::tableStarted(int index, const QString& source, const QString& target, qint64 expectedRows)
{
    int row = rowOf(index);
    for (int i = 0; row < 0 && i < rows_.size(); ++i)
        if (rows_[i].planIndex < 0 && rows_[i].target == target && rows_[i].source == source)
            row = i;
    if (row < 0)
        row = addRow(source, target);
    Row& r = rows_[row];
    r.planIndex = index;
    r.expected = expectedRows;
    r.done = 0;
    r.rate = 0;
    r.finished = false;
    r.completed = false;
    if (expectedRows < 0)
        r.bar->setRange(0, 0); // busy indicator: the size is unknown
    else
        r.bar->setRange(0, 1000);
    r.bar->setValue(0);
    r.status->setText(paused_ ? tr("Paused") : tr("Running"));
    show(r);
}

void TableProgressList::sampled(int index, qint64 rowsDone, double rowsPerSecond)
{
    const int row = rowOf(index);
    if (row < 0)
        return;
    Row& r = rows_[row];
    if (r.finished)
        return;
    r.done = rowsDone;
    // Smoothed, so the time left does not jump with every batch.
    r.rate = r.rate <= 0 ? rowsPerSecond : 0.7 * r.rate + 0.3 * rowsPerSecond;
    show(r);
}

void TableProgressList::show(Row& r)
{
    const QLocale locale;
    if (r.expected >= 0 && !r.finished) {
        r.bar->setValue(r.expected > 0 ? int(qMin<qint64>(1000, r.done * 1000 / r.expected)) : 0);
        r.rows->setText(tr("%1 of %2").arg(locale.toString(r.done), locale.toString(r.expected)));
    } else {
        r.rows->setText(locale.toString(r.done));
    }
    r.speed->setText(r.finished || r.rate <= 0 ? QString() : tr("%1 rows/s").arg(locale.toString(qint64(r.rate))));
    if (!r.finished && r.expected >= 0 && r.rate > 0)
        r.eta->setText(duration(qint64(qMax<qint64>(0, r.expected - r.done) / r.rate)));
    else
        r.eta->clear();
}

void TableProgressList::tableFinished(int index, const TableCounts& counts)
{
    const int row = rowOf(index);
    if (row < 0)
        return;
    Row& r = rows_[row];
    r.finished = true;
    r.completed = counts.completed;
    r.done = counts.read;
    if (counts.completed) {
        r.expected = counts.read;
        r.bar->setRange(0, 1);
        r.bar->setValue(1);
        r.status->setText(counts.rejected ? tr("Done, %1 rejected").arg(QLocale().toString(counts.rejected))
                                          : tr("Done"));
    } else {
        stopRow(r, false);
    }
    show(r);
}

void TableProgressList::stopRow(Row& r, bool cancelled)
{
    r.finished = true;
    // Keeps the share done so far visible.
    r.bar->setRange(0, 1000);
    r.bar->setValue(r.expected > 0 ? int(qMin<qint64>(1000, r.done * 1000 / r.expected)) : 0);
    r.status->setText(cancelled ? tr("Cancelled") : tr("Stopped"));
}

void TableProgressList::runEnded(bool cancelled)
{
    for (Row& r : rows_) {
        if (r.planIndex < 0)
            r.status->setText(tr("Not started"));
        else if (!r.completed)
            stopRow(r, cancelled);
        show(r);
    }
}

void TableProgressList::setPaused(bool paused)
{
    paused_ = paused;
    for (Row& r : rows_)
        if (r.planIndex >= 0 && !r.finished)
            r.status->setText(paused ? tr("Paused") : tr("Running"));
}

QString TableProgressList::rowsText(int row) const
{
    return rows_.at(row).rows->text();
}

QString TableProgressList::statusText(int row) const
{
    return rows_.at(row).status->text();
}

} // namespace ferry::ui
