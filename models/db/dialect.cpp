#include "dialect.h"

namespace ferry {

QString Dialect::quoteIdentifier(const QString& name) const
{
    QString escaped = name;
    escaped.replace(quote_, quote_ + quote_);
    return quote_ + escaped + quote_;
}

QString Dialect::qualified(const TableRef& t) const
{
    if (t.schema.isEmpty())
        return quoteIdentifier(t.name);
    return quoteIdentifier(t.schema) + QLatin1Char('.') + quoteIdentifier(t.name);
}

QString Dialect::columnList(const QStringList& columns) const
{
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString& c : columns)
        quoted << quoteIdentifier(c);
    return quoted.join(QStringLiteral(", "));
}

QString Dialect::insertStatement(const TableRef& table, const QStringList& columns, int rowCount) const
{
    QString group = QStringLiteral("(");
    for (int i = 0; i < columns.size(); ++i)
        group += i ? QStringLiteral(",?") : QStringLiteral("?");
    group += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + qualified(table) + QStringLiteral(" (") + columnList(columns) +
                  QStringLiteral(") VALUES ");
    sql.reserve(sql.size() + rowCount * (group.size() + 1));
    for (int r = 0; r < rowCount; ++r) {
        if (r)
            sql += QLatin1Char(',');
        sql += group;
    }
    return sql;
}

QString Dialect::updateStatement(const TableRef& table, const QStringList& setColumns, const QStringList& keys) const
{
    QStringList sets, where;
    for (const QString& c : setColumns)
        sets << quoteIdentifier(c) + QStringLiteral(" = ?");
    for (const QString& k : keys)
        where << quoteIdentifier(k) + QStringLiteral(" = ?");
    return QStringLiteral("UPDATE ") + qualified(table) + QStringLiteral(" SET ") + sets.join(QStringLiteral(", ")) +
           QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString Dialect::existingKeysQuery(const TableRef& table, const QStringList& keys, int rowCount) const
{
    QString sql = QStringLiteral("SELECT ") + columnList(keys) + QStringLiteral(" FROM ") + qualified(table) +
                  QStringLiteral(" WHERE ");
    if (keys.size() == 1) {
        sql += quoteIdentifier(keys.first()) + QStringLiteral(" IN (");
        for (int r = 0; r < rowCount; ++r)
            sql += r ? QStringLiteral(",?") : QStringLiteral("?");
        return sql + QLatin1Char(')');
    }
    QStringList parts;
    for (const QString& k : keys)
        parts << quoteIdentifier(k) + QStringLiteral(" = ?");
    const QString group = QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    for (int r = 0; r < rowCount; ++r) {
        if (r)
            sql += QStringLiteral(" OR ");
        sql += group;
    }
    return sql;
}

QString Dialect::rollbackToSavepoint(const QString& name) const
{
    return QStringLiteral("ROLLBACK TO SAVEPOINT ") + name;
}

int Dialect::maxParameters() const
{
    switch (family_) {
    case DbFamily::PostgreSQL:
        return 7000;
    case DbFamily::SQLite:
        return 999; // SQLITE_MAX_VARIABLE_NUMBER on older builds
    case DbFamily::MariaDB:
        return 30000;
    case DbFamily::Generic:
        break;
    }
    return 2000;
}

} // namespace ferry
