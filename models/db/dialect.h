#pragma once
// SQL spelling per database family. The engine builds every statement through this, never by
// QSqlDriver::escapeIdentifier (which splits on '.' and trusts leading quotes).
#include "schema.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ferry {

class Dialect {
public:
    explicit Dialect(DbFamily family, QString identifierQuote = QStringLiteral("\""))
        : family_(family)
        , quote_(std::move(identifierQuote))
    {
    }
    DbFamily family() const { return family_; }

    QString quoteIdentifier(const QString& name) const; // doubles embedded quote characters
    // "schema"."name" or "name" — or the name of the table's rehearsal twin (rehearseAs).
    QString qualified(const TableRef& table) const;
    QString columnList(const QStringList& columns) const; // "a", "b", "c"
    // INSERT INTO t (cols) VALUES (?,…),(?,…) with rowCount row groups.
    QString insertStatement(const TableRef& table, const QStringList& columns, int rowCount) const;
    // UPDATE t SET c1 = ?, … WHERE k1 = ? AND …  (parameters: set columns, then keys)
    QString updateStatement(const TableRef& table, const QStringList& setColumns, const QStringList& keys) const;
    // SELECT keys FROM t WHERE (k1 = ? AND k2 = ?) OR … for rowCount keys; IN (…) for a single key.
    // `alsoSelect`: further columns returned after the keys (the values a sync compares).
    QString existingKeysQuery(const TableRef& table, const QStringList& keys, int rowCount,
                              const QStringList& alsoSelect = {}) const;
    // Evaluates a CHECK expression on rowCount rows given as parameters (a row number, then one value per
    // column, in `columns` order) and returns the numbers of the rows for which it is false — the rows the
    // database would refuse (NULL passes a check). Values are cast to each column's type where the
    // database compares by type.
    QString checkViolationsQuery(const QString& expression, const QList<ColumnInfo>& columns, int rowCount) const;
    // Returns the numbers of the rowCount rows (given as parameters: a row number, then one value per
    // column of `columns`, in order) whose values match no row of `parent` in `parentColumns` — the rows a
    // foreign key would refuse. The database compares, with the parent columns' own collation.
    QString orphansQuery(const TableRef& parent, const QStringList& parentColumns, const QList<ColumnInfo>& columns,
                         int rowCount) const;
    QString savepoint(const QString& name) const { return QStringLiteral("SAVEPOINT ") + name; }
    QString rollbackToSavepoint(const QString& name) const;
    QString releaseSavepoint(const QString& name) const { return QStringLiteral("RELEASE SAVEPOINT ") + name; }
    // Upper bound on parameters in one statement; psqlODBC loses protocol sync past ~7,500.
    int maxParameters() const;

    // A dry run rehearses its writes in a temporary twin of each target table (db/twin_tables.h): from
    // then on every statement this dialect spells names `twin` where it would name `table`. Where the
    // twin shadows the table by name (MariaDB, SQLite), no redirection is needed.
    void rehearseAs(const TableRef& table, const TableRef& twin);
    void endRehearsal() { twins_.clear(); }

private:
    QString typedParameter(const ColumnInfo& column) const;
    QString plainQualified(const TableRef& table) const;
    // SELECT ? AS ferry_row, <typed ?> AS <alias>, … UNION ALL SELECT …: rowCount rows of parameters.
    QString parameterRows(const QList<ColumnInfo>& columns, const QStringList& aliases, int rowCount) const;

    DbFamily family_;
    QString quote_;
    QHash<QString, QString> twins_; // a table's plain qualified name → its twin's
};

} // namespace ferry
