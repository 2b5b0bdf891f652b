#include "schema.h"

#include "identifiers.h"

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
    const DbFamily family = columns.isEmpty() ? DbFamily::Generic : columns.first().family;
    return int(findIdentifier(names, n, identifierCase(family)));
}

} // namespace ferry
