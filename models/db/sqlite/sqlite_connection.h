#pragma once
// Connection over Qt's built-in QSQLITE driver, so Ferry's demo runs without any ODBC set-up.
// Each connection registers its own uniquely named QSqlDatabase and belongs to the thread that opened
// it; readers and writers it creates must be destroyed before it.
#include "db/connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

struct sqlite3;

namespace ferry {

namespace sqlite {
class Interrupter;
}

// Opens (and, when the file is missing and profile.initSql names a script, first creates) the SQLite
// file profile.file; profile.queryTimeoutSeconds, when set, is the busy timeout (10 s otherwise). Throws ConnectError:
// DatabaseMissing when the file does not exist and there is no init script; Other when the file is not a database or
// the init script fails (the message names the script, the statement number and line, and SQLite's message; no
// half-made file is left behind).
std::unique_ptr<Connection> openSqliteConnection(const ConnectionProfile& profile);
// Ferry's own files (the run journal): opened through Qt's driver, created when missing. Throws DbError.
std::unique_ptr<Connection> openSqliteFileCreating(const QString& file);

class SqliteConnection : public Connection {
    Q_DECLARE_TR_FUNCTIONS(ferry::SqliteConnection)

public:
    // Takes over an open QSqlDatabase registered under connectionName.
    SqliteConnection(QSqlDatabase db, QString connectionName, QString file);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    DbFamily family() const override { return DbFamily::SQLite; }
    const Dialect& dialect() const override { return dialect_; }
    ServerInfo serverInfo() const override;

    // Runs every statement of `sql` (several may be separated by ';').
    void execute(const QString& sql) override;
    std::unique_ptr<RowReader> query(const QString& sql, const std::vector<Value>& params = {}) override;

    // sqlite3_interrupt() on the statement in flight (sqlite_interrupt.h).
    void cancel() override;

    void begin() override;
    void commit() override;
    void rollback() override;
    bool inTransaction() const override { return inTransaction_; }

    QList<TableRef> tables(bool includeViews = true) override;
    TableInfo describe(const TableRef& table) override;
    std::optional<TableRef> findTable(const QString& name) override;

    std::unique_ptr<BatchWriter> insertWriter(const TableRef& table, const QList<ColumnInfo>& columns) override;
    std::unique_ptr<BatchWriter> updateWriter(const TableRef& table, const QList<ColumnInfo>& setColumns,
                                              const QList<ColumnInfo>& keyColumns) override;
    void rehearseAs(const TableRef& table, const TableRef& twin) override { dialect_.rehearseAs(table, twin); }
    void endRehearsal() override { dialect_.endRehearsal(); }

    // An insert writer with a chosen number of rows per INSERT statement (1: prepared single-row
    // statements); insertWriter() uses sqlite::defaultRowsPerStatement(). For benchmarks.
    std::unique_ptr<BatchWriter> insertWriterWithStatementSize(const TableRef& table, const QList<ColumnInfo>& columns,
                                                               int rowsPerStatement);

    const QString& file() const { return file_; }

private:
    // Declared types of a query's result columns, in order (empty where SQLite has none); nullopt when
    // the query cannot be wrapped in a view (it has parameters or is not a SELECT).
    std::optional<QStringList> probeDeclaredTypes(const QString& sql);
    // query() on SQLite's own handle: text read as the UTF-8 bytes it is (sqlite_raw_reader.h).
    std::unique_ptr<RowReader> rawQuery(sqlite3* handle, const QString& sql, const std::vector<Value>& params,
                                        const std::optional<QStringList>& probed);
    // Declared type per column name (lower-case) of a table or view, cached per connection.
    const QHash<QString, QString>& tableColumnTypes(const QString& table);

    QSqlDatabase db_;
    std::unique_ptr<sqlite::Interrupter> interrupter_;
    QString connectionName_;
    QString file_;
    Dialect dialect_{DbFamily::SQLite, QStringLiteral("\"")};
    bool inTransaction_ = false;
    quint64 probeCounter_ = 0;
    QHash<QString, QHash<QString, QString>> columnTypeCache_;
};

} // namespace ferry
