#pragma once
// Sizes a table view's columns for text of any length: each column as wide as its contents (capped, so
// one long address cannot push the rest out of sight; the tooltip has it whole) but never narrower than
// its header, whatever the language; one column takes the width left over. When the columns need more
// than the view has, the view scrolls instead of cutting a header (QHeaderView's stretchLastSection
// would shrink the last one below its title). Refits when the model resets and when the view resizes.
#include <QList>
#include <QObject>

class QTableView;

namespace ferry::ui {

class ColumnFitter : public QObject {
    Q_OBJECT
public:
    // stretchColumn: the column that takes the width left over (-1: the last). wrapText: up to
    // kWrapRowsUpTo rows wrap their text and grow to fit; beyond, rows stay one line high so thousands of
    // rows still scroll smoothly.
    ColumnFitter(QTableView* view, int stretchColumn = -1, bool wrapText = false);

    static constexpr int kMaxColumnWidth = 320;
    static constexpr int kWrapRowsUpTo = 200;

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void spread();
    int stretchColumn() const;

    QTableView* view_;
    int stretch_;
    bool wrap_;
    QList<int> natural_; // fitted width per column, before the stretch column takes what is left
};

} // namespace ferry::ui
