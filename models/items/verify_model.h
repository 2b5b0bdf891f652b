#pragma once
// Verification results per target table, for the finish page: expected, matched, missing, extra,
// different and the columns that differ.
#include "engine/verify_types.h"

#include <QAbstractTableModel>

namespace ferry {

class VerifyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Table, Expected, Matched, Missing, Extra, Different, Columns, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const VerifyResult& result);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VerifyTableResult> tables_;
};

} // namespace ferry
