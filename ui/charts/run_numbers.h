#pragma once
// The run's numbers beside its charts: while running, what the samples say (rows read, the current
// rate, duplicates, rejects, mismatches, time); once finished, the summary's outcome of every row
// (inserted, updated, skipped, rejected add up to read). Values are selectable text so they can be copied.
#include "engine/run_types.h"

#include <QFrame>
#include <QHash>

class QGridLayout;
class QLabel;

namespace ferry::ui {

class RunNumbers : public QFrame {
    Q_OBJECT
public:
    enum Figure { Time, Read, Rate, Inserted, Updated, Unchanged, Skipped, Rejected, Duplicates, Mismatches };

    explicit RunNumbers(QWidget* parent = nullptr);

    void showSample(const RunSample& sample, double rowsPerSecond);
    void showSummary(const RunSummary& summary);
    void clear();
    // The figure's value as shown ("1,234"), empty while it is not shown.
    QString value(Figure f) const;

private:
    void set(Figure f, const QString& value);
    void addRow(Figure f, const QString& name);

    QGridLayout* grid_;
    QHash<int, QLabel*> names_;
    QHash<int, QLabel*> values_;
};

} // namespace ferry::ui
