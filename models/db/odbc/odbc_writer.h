#pragma once
// Bulk writes over raw ODBC, per driver what measured fastest while staying exact:
//  - PostgreSQL inserts: INSERT … SELECT * FROM unnest($1::type[], …), one array literal per column,
//    when every column has a built-in type (psqlODBC's per-marker work dominated the multi-row form);
//    otherwise one multi-row INSERT … VALUES (…),(…) prepared once per row count (psqlODBC would turn
//    parameter arrays into single-row INSERTs), at most Dialect::maxParameters() markers.
//  - MariaDB and SQLite: ODBC parameter arrays, column-wise, text as UTF-8 SQL_C_CHAR.
//  - Other drivers: parameter arrays when SQLGetInfo(SQL_PARAM_ARRAY_ROW_COUNTS) says they work,
//    otherwise one prepared statement executed row by row.
// Every batch either lands completely or throws DbError with the SQLSTATE and driver message:
// per-row parameter statuses, data-changing warnings and the affected-row count are all checked.
#include "db/connection.h"
#include "odbc_params.h"

#include <QCoreApplication>
#include <map>
#include <memory>

namespace ferry::odbc {

class Canceller;

class OdbcWriter : public BatchWriter {
    Q_DECLARE_TR_FUNCTIONS(OdbcWriter)

public:
    enum class Strategy { UnnestArrays, MultiRowValues, ParamArray, RowByRow };

    // An INSERT writer for `columns` of `table`.
    // `canceller` (the connection's) lets another thread cancel the writer's statements.
    static std::unique_ptr<OdbcWriter> forInsert(std::shared_ptr<const void> keepAlive, SQLHDBC dbc,
                                                 Canceller& canceller, const Dialect& dialect, const TableRef& table,
                                                 const QList<ColumnInfo>& columns);
    // An UPDATE … SET setColumns WHERE keyColumns writer; rows hold set values, then key values.
    static std::unique_ptr<OdbcWriter> forUpdate(std::shared_ptr<const void> keepAlive, SQLHDBC dbc,
                                                 Canceller& canceller, const Dialect& dialect, const TableRef& table,
                                                 const QList<ColumnInfo>& setColumns,
                                                 const QList<ColumnInfo>& keyColumns);

    void insert(const std::vector<Row>& rows) override;
    qint64 update(const std::vector<Row>& rows) override;

    Strategy strategy() const { return strategy_; }
    // Rows per statement (multi-row VALUES) or per parameter array.
    int rowsPerExecute() const { return maxRows_; }
    // Upper bound of the parameter buffers of one execute; wide values make runs shorter.
    static constexpr qint64 kBufferBytes = 16 * 1024 * 1024;

private:
    OdbcWriter(std::shared_ptr<const void> keepAlive, SQLHDBC dbc, Canceller& canceller, const Dialect& dialect,
               const TableRef& table, bool isInsert);
    void setUp();
    qint64 write(const std::vector<Row>& rows);
    size_t planRun(const std::vector<Row>& rows, size_t first) const;
    qint64 executeRun(const std::vector<Row>& rows, size_t first, size_t count);
    // The run as one column-wise parameter array; falls back to row by row for good where a generic
    // driver refuses arrays.
    qint64 executeArray(const std::vector<Row>& rows, size_t first, size_t count);
    // The run as one multi-row VALUES statement.
    qint64 executeMultiRow(size_t first, size_t count);
    // The run one row per execute.
    qint64 executeRowByRow(size_t first, size_t count);
    // Throws DbError unless the database reported all `count` rows written.
    void requireAllWritten(qint64 written, size_t count) const;
    // SQLExecute, cancellable from another thread.
    SQLRETURN execute(SQLHSTMT st);
    SQLHSTMT statementFor(int rowGroups);
    QString sqlFor(int rowGroups) const;
    // Checks an execute's outcome and returns the rows it affected; throws DbError on any failure.
    qint64 finish(SQLHSTMT stmt, SQLRETURN rc, size_t first, size_t count, bool arrays);
    [[noreturn]] void fail(SQLHSTMT stmt, const QString& where);
    void bound(SQLRETURN rc, SQLHSTMT stmt);
    void checkServerWarnings(size_t first, size_t count);
    QString action() const;
    qint64 executeUnnest(const std::vector<Row>& rows, size_t first, size_t count);

    std::shared_ptr<const void> keepAlive_;
    SQLHDBC dbc_;
    Canceller& canceller_;
    Dialect dialect_;
    TableRef table_;
    bool isInsert_;
    QList<ColumnInfo> columns_; // bound in this order: insert columns, or set columns then keys
    QStringList setNames_, keyNames_;
    Strategy strategy_ = Strategy::RowByRow;
    int maxRows_ = 1;
    std::vector<ParamColumn> params_;
    std::vector<SQLUSMALLINT> statuses_;
    SQLULEN processed_ = 0;
    // statements_ key of the one-row statement array writers keep beside their array statement (key 1).
    static constexpr int kSingleRowStatement = -1;
    std::map<int, StmtHandle> statements_;      // by row groups per statement
    std::map<int, std::vector<quint64>> bound_; // parameter generations each statement was bound with
    QStringList arrayTypes_;                    // UnnestArrays: the array cast of each column
    std::vector<QByteArray> literals_;          // UnnestArrays: one array literal per column
};

} // namespace ferry::odbc
