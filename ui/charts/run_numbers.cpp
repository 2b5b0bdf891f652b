#include "run_numbers.h"

#include "run/table_progress_list.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace ferry::ui {

namespace {
// A run of seconds is told in tenths ("0.4 s"), a longer one as the progress list tells it ("1:05").
QString runningTime(double seconds)
{
    if (seconds < 60)
        return RunNumbers::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    return TableProgressList::duration(qint64(seconds));
}
} // namespace

RunNumbers::RunNumbers(QWidget* parent)
    : QFrame(parent)
    , grid_(new QGridLayout(this))
{
    setObjectName(QStringLiteral("runNumbers"));
    setAccessibleName(tr("Run figures"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    grid_->setContentsMargins(8, 8, 8, 8);
    grid_->setVerticalSpacing(6);
    addRow(Time, tr("Running time"));
    addRow(Read, tr("Rows read"));
    addRow(Rate, tr("Rows/s now"));
    addRow(Inserted, tr("Inserted"));
    addRow(Updated, tr("Updated"));
    addRow(Unchanged, tr("Unchanged"));
    addRow(Skipped, tr("Skipped"));
    addRow(Rejected, tr("Rejected"));
    addRow(Duplicates, tr("Duplicates"));
    addRow(Mismatches, tr("Mismatches"));
    grid_->setRowStretch(grid_->rowCount(), 1);
    clear();
}

void RunNumbers::addRow(Figure f, const QString& name)
{
    auto* label = new QLabel(name, this);
    auto* value = new QLabel(this);
    value->setObjectName(QStringLiteral("runFigure%1").arg(int(f)));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(name);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    const int row = grid_->rowCount();
    grid_->addWidget(label, row, 0);
    grid_->addWidget(value, row, 1);
    names_.insert(f, label);
    values_.insert(f, value);
}

void RunNumbers::set(Figure f, const QString& value)
{
    // A figure the current phase does not know is hidden rather than shown as a misleading zero.
    values_[f]->setText(value);
    values_[f]->setVisible(!value.isEmpty());
    names_[f]->setVisible(!value.isEmpty());
}

QString RunNumbers::value(Figure f) const
{
    return values_.value(f)->isVisibleTo(this) ? values_.value(f)->text() : QString();
}

void RunNumbers::clear()
{
    for (auto it = values_.cbegin(); it != values_.cend(); ++it)
        set(Figure(it.key()), QString());
    set(Time, runningTime(0));
    set(Read, QLocale().toString(0));
}

void RunNumbers::showSample(const RunSample& s, double rowsPerSecond)
{
    const QLocale locale;
    names_[Rate]->setText(tr("Rows/s now"));
    set(Time, runningTime(double(s.elapsedMs) / 1000));
    set(Read, locale.toString(s.totalRead));
    set(Rate, locale.toString(qint64(rowsPerSecond)));
    set(Inserted, QString());
    set(Updated, QString());
    set(Unchanged, QString());
    set(Skipped, QString());
    set(Rejected, locale.toString(s.rejected));
    set(Duplicates, locale.toString(s.duplicates));
    set(Mismatches, locale.toString(s.mismatches));
}

void RunNumbers::showSummary(const RunSummary& summary)
{
    TableCounts total;
    for (const TableCounts& t : summary.tables)
        total += t;
    const QLocale locale;
    set(Time, runningTime(summary.elapsedSeconds));
    set(Read, locale.toString(total.read));
    // Finished: the average over the whole run, not the last sample's rate.
    names_[Rate]->setText(tr("Rows/s on average"));
    set(Rate, locale.toString(qint64(summary.elapsedSeconds > 0 ? double(total.read) / summary.elapsedSeconds : 0)));
    set(Inserted, locale.toString(total.inserted));
    set(Updated, locale.toString(total.updated));
    set(Unchanged, locale.toString(total.unchanged));
    set(Skipped, locale.toString(total.skipped));
    set(Rejected, locale.toString(total.rejected));
    set(Duplicates, locale.toString(total.duplicates));
    set(Mismatches, locale.toString(total.mismatches));
}

} // namespace ferry::ui
