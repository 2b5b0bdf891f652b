#pragma once
// SQL spelling per database family. The engine builds every statement through this, never by
// QSqlDriver::escapeIdentifier (which splits on '.' and trusts leading quotes).
#include "schema.h"

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

    QString quoteIdentifier(const QString& name) const;   // doubles embedded quote characters
    QString qualified(const TableRef& table) const;       // "schema"."name" or "name"
    QString columnList(const QStringList& columns) const; // "a", "b", "c"
    // INSERT INTO t (cols) VALUES (?,…),(?,…) with rowCount row groups.
    QString insertStatement(const TableRef& table, const QStringList& columns, int rowCount) const;
    // UPDATE t SET c1 = ?, … WHERE k1 = ? AND …  (parameters: set columns, then keys)
    QString updateStatement(const TableRef& table, const QStringList& setColumns, const QStringList& keys) const;
    // SELECT keys FROM t WHERE (k1 = ? AND k2 = ?) OR … for rowCount keys; IN (…) for a single key.
    QString existingKeysQuery(const TableRef& table, const QStringList& keys, int rowCount) const;
    // Evaluates a CHECK expression on rowCount rows given as parameters (a row number, then one value per
    // column, in `columns` order) and returns the numbers of the rows for which it is false — the rows the
    // database would refuse (NULL passes a check). Values are cast to each column's type where the
    // database compares by type.
    QString checkViolationsQuery(const QString& expression, const QList<ColumnInfo>& columns, int rowCount) const;
    QString savepoint(const QString& name) const { return QStringLiteral("SAVEPOINT ") + name; }
    QString rollbackToSavepoint(const QString& name) const;
    QString releaseSavepoint(const QString& name) const { return QStringLiteral("RELEASE SAVEPOINT ") + name; }
    // Upper bound on parameters in one statement; psqlODBC loses protocol sync past ~7,500.
    int maxParameters() const;

private:
    QString typedParameter(const ColumnInfo& column) const;

    DbFamily family_;
    QString quote_;
};

} // namespace ferry
