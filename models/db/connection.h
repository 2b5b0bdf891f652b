#pragma once
// One open database connection, owned by exactly one thread (cancel() excepted). Implementations:
// OdbcConnection (any ODBC driver, raw handles, block fetch and per-driver bulk writes) and
// SqliteConnection (Qt's built-in SQLite driver, so the demo needs no ODBC set-up). All failures throw
// DbError; db/error_scope.h says what each one is about.
#include "connection_profile.h"
#include "core/errors.h"
#include "core/value.h"
#include "dialect.h"
#include "schema.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace ferry {

// Column description of a result set.
struct ResultColumn {
    QString name;
    ColumnType type = ColumnType::Unknown;
    int odbcType = 0;
    qint64 length = 0;
    int scale = 0;
};

// A forward-only stream of rows. Memory is bounded by the fetch size whatever the table size.
class RowReader {
public:
    virtual ~RowReader() = default;
    virtual const QList<ResultColumn>& columns() const = 0;
    // Replaces `out` with up to maxRows rows; returns false once the result set is exhausted and
    // `out` is empty.
    virtual bool fetch(std::vector<Row>& out, int maxRows) = 0;
};

// Writes many rows with one statement shape. Created per target table and column list; rows hold
// values already coerced to the target column types (see engine/coerce.h).
class BatchWriter {
public:
    virtual ~BatchWriter() = default;
    // Inserts all rows or none: throws DbError (the statement's first error) and leaves the
    // transaction for the caller to roll back to its savepoint.
    virtual void insert(const std::vector<Row>& rows) = 0;
    // UPDATE … SET setColumns WHERE keys; each row holds setColumns' values then the keys' values.
    // Returns the number of rows the database reported as affected.
    virtual qint64 update(const std::vector<Row>& rows) = 0;
};

struct ServerInfo {
    QString dbmsName;
    QString dbmsVersion;
    QString driverName;
    QString driverVersion;
};

class Connection {
public:
    virtual ~Connection() = default;

    virtual DbFamily family() const = 0;
    virtual const Dialect& dialect() const = 0;
    virtual ServerInfo serverInfo() const = 0;

    // Statements without results (DDL, SET, …).
    virtual void execute(const QString& sql) = 0;
    // A streamed query; params bind to '?' markers in order.
    virtual std::unique_ptr<RowReader> query(const QString& sql, const std::vector<Value>& params = {}) = 0;

    // Thread-safe: cancels the statement the owning thread is blocked in (execute, a query or its
    // fetch, a writer's insert or update; not commit). Returns within about a second (a side connection
    // for PostgreSQL and MariaDB, milliseconds here); does nothing when no statement runs. The blocked call
    // then throws DbError with scopeOf() == ErrorScope::Cancelled, and the owner rolls back the open
    // transaction (PostgreSQL has aborted it, SQLite has already ended it; rollback() succeeds on both);
    // the connection stays usable. The connection must outlive the call. The default cannot cancel and
    // returns at once.
    virtual void cancel() {}

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;

    // Introspection.
    virtual QList<TableRef> tables(bool includeViews = true) = 0;
    virtual TableInfo describe(const TableRef& table) = 0;
    // Finds a table by name as the user typed it ("contacts", "crm.contacts"), case-insensitively.
    virtual std::optional<TableRef> findTable(const QString& name) = 0;

    // Writers for a target table. insertColumns / setColumns+keyColumns must be described columns.
    virtual std::unique_ptr<BatchWriter> insertWriter(const TableRef& table, const QList<ColumnInfo>& columns) = 0;
    virtual std::unique_ptr<BatchWriter> updateWriter(const TableRef& table, const QList<ColumnInfo>& setColumns,
                                                      const QList<ColumnInfo>& keyColumns) = 0;

    // A dry run's rehearsal (db/twin_tables.h): statements spelled by dialect() from now on, and writers
    // made from now on, name `twin` where they would name `table` (Dialect::rehearseAs).
    virtual void rehearseAs(const TableRef& table, const TableRef& twin) = 0;
    virtual void endRehearsal() = 0;
};

// Opens a connection for the calling thread. `password` overrides the profile's passwordEnv lookup
// (the wizard prompts; the CLI reads the environment). Throws ConnectError with a plain-language
// message and advice.
std::unique_ptr<Connection> openConnection(const ConnectionProfile& profile, const QString& password = {});

} // namespace ferry
