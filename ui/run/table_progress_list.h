#pragma once
// The run page's per-table rows: name, a progress bar (busy while the size is unknown), rows done,
// rate and time left. Tables are listed as waiting before the run and filled in as the engine reaches
// them; the engine's order (parents first) decides which row a started table is.
#include "engine/run_types.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace ferry::ui {

class TableProgressList : public QWidget {
    Q_OBJECT
public:
    explicit TableProgressList(QWidget* parent = nullptr);

    // Waiting rows, one per mapped table (source label, target).
    void setTables(const QList<QPair<QString, QString>>& tables);
    void tableStarted(int index, const QString& source, const QString& target, qint64 expectedRows);
    void sampled(int index, qint64 rowsDone, double rowsPerSecond);
    void tableFinished(int index, const TableCounts& counts);
    // The run ended: a table still running is marked stopped.
    void runEnded(bool cancelled);
    void setPaused(bool paused);

    int rowCount() const { return int(rows_.size()); }
    QProgressBar* progressBar(int row) const { return rows_.at(row).bar; }
    QString rowsText(int row) const;
    QString statusText(int row) const;

    static QString duration(qint64 seconds);

private:
    struct Row {
        QString source, target;
        int planIndex = -1;
        qint64 expected = -1;
        qint64 done = 0;
        double rate = 0;        // smoothed rows/s
        bool finished = false;  // no more progress expected
        bool completed = false; // every row of the table was handled
        QLabel* name = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* rows = nullptr;
        QLabel* speed = nullptr;
        QLabel* eta = nullptr;
        QLabel* status = nullptr;
    };
    int addRow(const QString& source, const QString& target);
    int rowOf(int planIndex) const;
    void show(Row& r);
    void stopRow(Row& r, bool cancelled);

    QGridLayout* grid_;
    QList<Row> rows_;
    bool paused_ = false;
};

} // namespace ferry::ui
