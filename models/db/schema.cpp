#include "schema.h"

namespace ferry {

QString familyName(DbFamily f)
{
    switch (f) {
    case DbFamily::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case DbFamily::MariaDB:
        return QStringLiteral("MariaDB");
    case DbFamily::SQLite:
        return QStringLiteral("SQLite");
    case DbFamily::Generic:
        break;
    }
    return QStringLiteral("ODBC");
}

QString columnTypeName(ColumnType t)
{
    switch (t) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Decimal:
        return QStringLiteral("decimal");
    case ColumnType::Double:
        return QStringLiteral("double");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Time:
        return QStringLiteral("time");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamp");
    case ColumnType::Binary:
        return QStringLiteral("binary");
    case ColumnType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const ColumnInfo* TableInfo::column(const QString& n) const
{
    const int i = columnIndex(n);
    return i < 0 ? nullptr : &columns[i];
}

int TableInfo::columnIndex(const QString& n) const
{
    QStringList names;
    for (const ColumnInfo& c : columns)
        names << c.name;
    return identifierIndex(names, n, columns.isEmpty() ? DbFamily::Generic : columns.first().family);
}

int identifierIndex(const QStringList& names, const QString& name, DbFamily family)
{
    // Exactly as named first: a PostgreSQL table may hold both "Code" and code.
    const int exact = int(names.indexOf(name));
    if (exact >= 0 || family == DbFamily::PostgreSQL)
        return exact;
    // Folded only where the database folds case, and never when two names fold alike.
    int found = -1;
    for (int i = 0; i < names.size(); ++i) {
        if (names[i].compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return found;
}

} // namespace ferry
