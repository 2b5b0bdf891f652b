#pragma once
// The live sample of the transform editor: the first rows of the source, read once in the background
// (runInBackground; never on the GUI thread), and each field's chain applied to them: before → after,
// or why the row would be rejected. Lookups need the target's rows, so they read "looked up at run time".
#include "core/value.h"
#include "db/connection.h"
#include "project/project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <optional>

namespace ferry {

struct SourceSample {
    QList<ResultColumn> columns;
    std::vector<Row> rows;
    QString error;                              // non-empty: the sample could not be read (translated, plain language)
    int columnIndex(const QString& name) const; // case-insensitive; -1 if absent
};

// Blocking: opens its own connection (SQLite profiles through Migration::withoutCreating, so a
// missing demo file is never created), reads up to maxRows rows of the table mapping's source table or
// query. Never throws: failures land in SourceSample::error.
SourceSample readSourceSample(const ConnectionProfile& profile, const QString& password, const TableMapping& table,
                              int maxRows);

// ColumnInfo for the columns of a query (what the sample's result set says about them).
QList<ColumnInfo> columnsOfSample(const SourceSample& sample);

struct PreviewRow {
    enum class State { Ok, Rejected, AtRunTime, NoValue };
    QString before;
    QString after;
    State state = State::Ok;
};

class TransformPreview : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BeforeColumn, AfterColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 };
    static constexpr int kSampleRows = 20;

    explicit TransformPreview(QObject* parent = nullptr);
    ~TransformPreview() override;

    // Reads the sample of `table` in the background unless it is cached; loadingChanged/sampleReady follow.
    void load(const ConnectionProfile& profile, const QString& password, const TableMapping& table);
    void clearCache(); // the source connection changed
    bool isLoading() const { return loading_; }
    const SourceSample* sample() const; // of the table last asked for; nullptr while loading

    // Applies a chain to the sample (cheap: at most kSampleRows rows) and shows the result.
    void setField(const std::optional<FieldMapping>& field, const std::optional<ColumnInfo>& target);

    // Pure: what `field` makes of each sample row, including the target column's own checks.
    static QList<PreviewRow> preview(const SourceSample& sample, const FieldMapping& field,
                                     const std::optional<ColumnInfo>& target);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void sampleReady(); // sample() is available (or carries an error)

private:
    static QString keyOf(const TableMapping& table);
    void refresh();

    QHash<QString, SourceSample> cache_;
    QString currentKey_;
    bool loading_ = false;
    QSet<QString> inFlight_; // table keys being read
    std::optional<FieldMapping> field_;
    std::optional<ColumnInfo> target_;
    QList<PreviewRow> rows_;
};

} // namespace ferry
