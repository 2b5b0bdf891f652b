#include "dialect.h"

namespace ferry {

QString Dialect::quoteIdentifier(const QString& name) const
{
    QString escaped = name;
    escaped.replace(quote_, quote_ + quote_);
    return quote_ + escaped + quote_;
}

QString Dialect::plainQualified(const TableRef& t) const
{
    if (t.schema.isEmpty())
        return quoteIdentifier(t.name);
    return quoteIdentifier(t.schema) + QLatin1Char('.') + quoteIdentifier(t.name);
}

QString Dialect::qualified(const TableRef& t) const
{
    QString plain = plainQualified(t);
    if (twins_.isEmpty())
        return plain;
    return twins_.value(plain, plain);
}

void Dialect::rehearseAs(const TableRef& table, const TableRef& twin)
{
    twins_.insert(plainQualified(table), plainQualified(twin));
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

QString Dialect::existingKeysQuery(const TableRef& table, const QStringList& keys, int rowCount,
                                   const QStringList& alsoSelect) const
{
    QString sql = QStringLiteral("SELECT ") + columnList(keys + alsoSelect) + QStringLiteral(" FROM ") +
                  qualified(table) + QStringLiteral(" WHERE ");
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

QString Dialect::typedParameter(const ColumnInfo& column) const
{
    switch (family_) {
    case DbFamily::PostgreSQL: // parameters arrive as text or int8; the expression expects the column's type
        return column.nativeType.isEmpty() ? QStringLiteral("?")
                                           : QStringLiteral("CAST(? AS %1)").arg(column.nativeType);
    case DbFamily::SQLite: // a derived column has no affinity; the table's numeric columns would convert
        switch (column.type) {
        case ColumnType::Integer:
        case ColumnType::Decimal:
        case ColumnType::Double:
            return QStringLiteral("CAST(? AS NUMERIC)");
        default:
            return QStringLiteral("?");
        }
    case DbFamily::MariaDB: // converts in comparisons as a column would
    case DbFamily::Generic:
        break;
    }
    return QStringLiteral("?");
}

QString Dialect::parameterRows(const QList<ColumnInfo>& columns, const QStringList& aliases, int rowCount) const
{
    const QString row = family_ == DbFamily::PostgreSQL ? QStringLiteral("CAST(? AS bigint)") : QStringLiteral("?");
    QStringList first{row + QStringLiteral(" AS ferry_row")}, other{row};
    for (int i = 0; i < columns.size(); ++i) {
        first << typedParameter(columns[i]) + QStringLiteral(" AS ") + quoteIdentifier(aliases[i]);
        other << typedParameter(columns[i]);
    }
    QString rows = QStringLiteral("SELECT ") + first.join(QStringLiteral(", "));
    const QString more = QStringLiteral(" UNION ALL SELECT ") + other.join(QStringLiteral(", "));
    for (int r = 1; r < rowCount; ++r)
        rows += more;
    return rows;
}

QString Dialect::checkViolationsQuery(const QString& expression, const QList<ColumnInfo>& columns, int rowCount) const
{
    QStringList names;
    for (const ColumnInfo& c : columns)
        names << c.name;
    return QStringLiteral("SELECT ferry_row FROM (%1) ferry_rows WHERE NOT (%2)")
        .arg(parameterRows(columns, names, rowCount), expression);
}

QString Dialect::orphansQuery(const TableRef& parent, const QStringList& parentColumns,
                              const QList<ColumnInfo>& columns, int rowCount) const
{
    // The incoming values get aliases of their own: a child column may share a parent column's name.
    QStringList aliases, match;
    for (int i = 0; i < columns.size(); ++i) {
        aliases << QStringLiteral("ferry_c%1").arg(i);
        match << QStringLiteral("ferry_parent.") + quoteIdentifier(parentColumns.value(i)) +
                     QStringLiteral(" = ferry_rows.") + quoteIdentifier(aliases.last());
    }
    return QStringLiteral("SELECT ferry_row FROM (%1) ferry_rows WHERE NOT EXISTS (SELECT 1 FROM %2 ferry_parent "
                          "WHERE %3)")
        .arg(parameterRows(columns, aliases, rowCount), qualified(parent), match.join(QStringLiteral(" AND ")));
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
