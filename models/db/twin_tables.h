#pragma once
// Temporary twins of target tables, for a dry run that rehearses its writes so the database itself
// judges every row. A twin has the table's columns, types, collations, defaults, NOT NULL, CHECK,
// primary and unique keys and a copy of its rows; it lives only in this session (no other session sees
// it, and it goes with the connection whatever happens), and this session's statements name it in place
// of the table, so the writer's own statements run against it unchanged:
//  - PostgreSQL: CREATE TEMP TABLE … (LIKE … INCLUDING ALL) in pg_temp, named through
//    Connection::rehearseAs. Sequences behind defaults (serial) are replaced by temporary ones, and
//    identity columns get their own, each continuing where the table's stands: the table's do not advance.
//  - MariaDB: CREATE TEMPORARY TABLE … LIKE, then renamed to the table's name, which it then shadows in
//    this session; AUTO_INCREMENT continues where the table's stands.
//  - SQLite: the table's own CREATE TABLE and CREATE INDEX statements in the temp schema, which shadows
//    main; an AUTOINCREMENT sequence continues where the table's stands.
// What no twin carries: foreign keys (PostgreSQL's temporary tables may reference only temporary
// tables, MariaDB's none; SQLite's rehearsal session stops enforcing them) — the engine checks them by
// query — and triggers, which triggers() lists.
#include "db/connection.h"

#include <QCoreApplication>

namespace ferry {

class TwinTables {
    Q_DECLARE_TR_FUNCTIONS(ferry::TwinTables)

public:
    explicit TwinTables(Connection& connection);
    ~TwinTables(); // drops the twins, as drop() (errors are ignored: the connection takes them anyway)
    TwinTables(const TwinTables&) = delete;
    TwinTables& operator=(const TwinTables&) = delete;

    // Whether the target refuses a row whose foreign key finds no parent, as the real run's session
    // would (SQLite enforces foreign keys only where the connection asked it to). Call before add().
    bool foreignKeysEnforced();
    // Creates the twin of `table` holding a copy of its rows, outside any transaction. Throws DbError —
    // e.g. when the account may not create temporary tables; then drop() undoes what add() began.
    void add(const TableRef& table);
    // Names of the triggers on `table`: they would run in the real run, and do not in the rehearsal.
    QStringList triggers(const TableRef& table);
    // Drops every twin and ends the redirection: the session is as it was before. Throws DbError.
    void drop();

private:
    struct Twin {
        TableRef table;
        TableRef twin;
        QStringList sequences; // PostgreSQL: temporary sequences made for the twin's defaults
    };
    void addPostgres(Twin& t);
    void continuePostgresSequences(Twin& t, const QString& real, const QString& twin);
    void addMariaDB(Twin& t);
    void addSqlite(Twin& t);
    void copyRows(const QString& from, const QString& to, const QStringList& columns, const QString& overriding = {});
    QList<Row> rows(const QString& sql, const std::vector<Value>& params = {});

    Connection& c_;
    QList<Twin> twins_;
    std::optional<bool> sqliteForeignKeys_; // SQLite: the session's setting before the rehearsal
    int counter_ = 0;
};

} // namespace ferry
