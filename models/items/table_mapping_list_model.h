#pragma once
// The Tables page's list: one row per table mapping of the project (source table or SQL query →
// target table, write mode, match keys, source rows), shown parents first — the order the engine
// writes them in — with the reason for each place ("contact refers to account"). Rows map to
// positions in Project::tables; the project's own order is left alone. Every edit goes through the
// document's undo stack, so it lines up with the mapping page's undoable edits.
#include "items/project_document.h"

#include <QAbstractTableModel>

namespace ferry {

class TableMappingListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, TargetColumn, ModeColumn, KeysColumn, RowsColumn, OrderColumn, ColumnCount };
    enum Role {
        ProjectIndexRole = Qt::UserRole + 1, // int: position in Project::tables
        IsQueryRole,                         // bool: a SQL query stands in for the source table
        QueryRole,                           // QString: that query
        RowCountRole,                        // qint64 source row estimate, or invalid when unknown
        UsableRole,                          // bool: source and target both found (isUsable)
    };

    explicit TableMappingListModel(ProjectDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Source: a source table name. Target: a target table name (fields whose column the new target
    // lacks are dropped; keys follow the new target). Mode: a WriteMode as int (keys are filled with
    // the target's key when needed, cleared for insert). Keys: "a, b" or a QStringList of target columns.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    int projectIndex(int row) const;
    int rowOfProjectIndex(int projectIndex) const;
    const TableMapping& mapping(int row) const;

    // Adds a mapping (no fields yet) and returns its row.
    int addMapping(const QString& source, const QString& target);
    // A SQL query instead of the source table (an empty query is kept as typed); merges consecutive
    // edits of the same row into one undo step.
    void setQuery(int row, const QString& sql);
    // Back to a source table, dropping the query.
    void setSourceTable(int row, const QString& table);
    // Proposes mappings for source tables not used yet that match a target by name; returns how many.
    int addMatches();

    QStringList sourceTables() const; // as the project names them
    QStringList targetTables() const; // base tables only
    QStringList targetColumns(int row) const;
    QStringList suggestedKeys(const QString& target) const;
    bool isUsable(int row) const;
    int usableCount() const;
    QString orderReason(int row) const;

    static QString modeLabel(WriteMode mode);
    static QList<WriteMode> modes();

private:
    void reload();
    void onTableChanged();
    void computeOrder(QList<int>* order, QStringList* reasons) const;
    // data(), one piece per job: the model's own roles, then the columns with more than two roles.
    struct RowState;
    QVariant roleData(const RowState& s, int role) const;
    QVariant sourceData(const RowState& s, int role) const;
    QVariant targetData(const RowState& s, int role) const;
    QVariant keysData(const RowState& s, int role) const;
    QVariant rowsData(const RowState& s, int role) const;
    const TableInfo* sourceInfo(const TableMapping& m) const;
    const TableInfo* targetInfo(const TableMapping& m) const;

    ProjectDocument* document_;
    QList<int> order_;    // row → project index
    QStringList reasons_; // by project index
};

} // namespace ferry
