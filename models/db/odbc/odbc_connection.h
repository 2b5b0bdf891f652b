#pragma once
// Connection over raw ODBC handles: block-fetch readers, per-driver bulk writers, catalog
// introspection. One instance belongs to one thread; cancel() may come from any (odbc_cancel.h).
#include "db/connection.h"
#include "odbc_connect.h"

#include <QCoreApplication>
#include <memory>

namespace ferry {

class OdbcConnection : public Connection {
    Q_DECLARE_TR_FUNCTIONS(OdbcConnection)

public:
    explicit OdbcConnection(odbc::Session session);
    ~OdbcConnection() override;

    DbFamily family() const override { return session_->family; }
    const Dialect& dialect() const override { return dialect_; }
    ServerInfo serverInfo() const override { return session_->info; }

    void execute(const QString& sql) override;
    std::unique_ptr<RowReader> query(const QString& sql, const std::vector<Value>& params = {}) override;

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

    SQLHDBC handle() const { return session_->dbc.get(); }

private:
    void executeStatement(const QString& sql);
    std::unique_ptr<RowReader> runQuery(const QString& sql, const std::vector<Value>& params);
    void endTransaction(SQLSMALLINT completion, const QString& what);

    // Shared with readers and writers so the connection handle outlives every statement on it.
    std::shared_ptr<odbc::Session> session_;
    Dialect dialect_;
    bool inTransaction_ = false;
};

// Connects through odbc::connect() for ConnectionProfile::Kind::Odbc; the dispatching
// openConnection() calls this. Throws ConnectError.
std::unique_ptr<Connection> openOdbcConnection(const ConnectionProfile& profile, const QString& password);

} // namespace ferry
