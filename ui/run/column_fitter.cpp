#include "run/column_fitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace ferry::ui {

ColumnFitter::ColumnFitter(QTableView* view, int stretchColumn, bool wrapText)
    : QObject(view)
    , view_(view)
    , stretch_(stretchColumn)
    , wrap_(wrapText)
{
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view_->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    }
}

int ColumnFitter::stretchColumn() const
{
    return stretch_ >= 0 ? stretch_ : view_->horizontalHeader()->count() - 1;
}

void ColumnFitter::fit()
{
    QHeaderView* header = view_->horizontalHeader();
    view_->resizeColumnsToContents();
    natural_.clear();
    for (int c = 0; c < header->count(); ++c) {
        const int width = qMax(qMin(view_->columnWidth(c), kMaxColumnWidth), header->sectionSizeHint(c));
        natural_ << width;
        view_->setColumnWidth(c, width);
    }
    const bool wrap = wrap_ && view_->model() && view_->model()->rowCount() <= kWrapRowsUpTo;
    view_->setWordWrap(wrap);
    view_->verticalHeader()->setSectionResizeMode(wrap ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    spread();
}

void ColumnFitter::spread()
{
    const int stretch = stretchColumn();
    if (stretch < 0 || stretch >= natural_.size())
        return;
    int others = 0;
    for (int c = 0; c < natural_.size(); ++c)
        if (c != stretch && !view_->isColumnHidden(c))
            others += natural_[c];
    view_->setColumnWidth(stretch, qMax(natural_[stretch], view_->viewport()->width() - others));
    if (view_->wordWrap())
        view_->resizeRowsToContents();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        spread();
    return QObject::eventFilter(watched, event);
}

} // namespace ferry::ui
