// MariaDB introspection from information_schema: Connector/ODBC 3.1 reports boolean as TINYINT, drops
// the fractional seconds of datetime(6), marks AUTO_INCREMENT keys nullable, reports a missing default
// as the text "NULL" and cannot tell utf8mb3 from utf8mb4 columns.
#include "odbc_catalog_detail.h"

#include <QRegularExpression>

#include "db/check_constraints.h"

#include <QHash>

namespace ferry::odbc::detail {

namespace {

// The database a table lives in: its schema, or the connection's current database.
QString databaseOf(const TableRef& t)
{
    return t.schema;
}

QString schemaCondition(const QString& column, const QString& schema, QStringList& params)
{
    if (schema.isEmpty())
        return column + QStringLiteral(" = DATABASE()");
    params << schema;
    return column + QStringLiteral(" = ?");
}

// "<schema column> = … AND table_name = ?" naming one table, with its parameters.
struct TableFilter {
    QString sql;
    QStringList params;
};

TableFilter tableFilter(const QString& schemaColumn, const TableRef& table)
{
    TableFilter f;
    f.sql = schemaCondition(schemaColumn, databaseOf(table), f.params) + QStringLiteral(" AND table_name = ?");
    f.params << table.name;
    return f;
}

// Reads whether the table is a view and its row estimate into `info`. Throws DbError when the table
// does not exist.
void readRelation(SQLHDBC dbc, const TableRef& table, const TableFilter& where, TableInfo& info)
{
    const QList<TextRow> rel =
        query(dbc, QStringLiteral("SELECT table_type, table_rows FROM information_schema.tables WHERE ") + where.sql,
              where.params);
    if (rel.isEmpty())
        throw DbError(QStringLiteral("The table \"%1\" does not exist").arg(table.name));
    info.isView = str(rel.first(), 0) == QLatin1String("VIEW");
    if (!info.isView && !isNull(rel.first(), 1))
        info.rowCountEstimate = str(rel.first(), 1).toLongLong();
}

// The ODBC type codes by column name. SQLColumns takes the database as the catalog argument; 3.1
// rejects schema arguments.
QHash<QString, int> odbcTypeCodes(SQLHDBC dbc, const TableRef& table)
{
    QHash<QString, int> codes;
    StmtHandle st = allocStatement(dbc);
    QByteArray cat = toSql(table.schema);
    QByteArray name = toSql(table.name);
    const bool noCat = table.schema.isEmpty();
    if (succeeded(SQLColumns(st.get(), noCat ? nullptr : reinterpret_cast<SQLCHAR*>(cat.data()),
                             noCat ? 0 : SQLSMALLINT(cat.size()), nullptr, 0, reinterpret_cast<SQLCHAR*>(name.data()),
                             SQLSMALLINT(name.size()), nullptr, 0)))
        for (const TextRow& r : fetchAll(st.get()))
            if (str(r, 2) == table.name)
                codes.insert(str(r, 3), str(r, 4).toInt());
    return codes;
}

// The values of "enum('a','it''s')" as MariaDB lists them, in order.
QStringList quotedMembers(const QString& columnType)
{
    static const QRegularExpression member(QStringLiteral("'((?:[^']|'')*)'"));
    QStringList out;
    for (const QRegularExpressionMatch& m : member.globalMatch(columnType))
        out << m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    return out;
}

// One row of the information_schema.columns query in readColumns().
ColumnInfo columnFromRow(const TextRow& r, const QHash<QString, int>& codes)
{
    ColumnInfo c;
    c.name = str(r, 0);
    const QString columnType = str(r, 2).toLower();
    c.nativeType = columnType.startsWith(QLatin1String("tinyint(1)")) ? QStringLiteral("tinyint(1)") : str(r, 1);
    if (columnType.contains(QLatin1String("unsigned"))) // data_type drops it; the range depends on it
        c.nativeType += QStringLiteral(" unsigned");
    c.odbcType = codes.value(c.name);
    c.type = columnTypeFromOdbc(c.odbcType, c.nativeType);
    switch (c.type) {
    case ColumnType::Text:
    case ColumnType::Binary:
        c.length = str(r, 3).toLongLong();
        break;
    case ColumnType::Decimal:
        c.precision = str(r, 4).toInt();
        c.scale = str(r, 5).toInt();
        break;
    case ColumnType::Timestamp:
    case ColumnType::Time:
        c.scale = str(r, 6).toInt();
        break;
    default:
        break;
    }
    if (columnType.startsWith(QLatin1String("bit(")) && columnType != QLatin1String("bit(1)")) {
        c.type = ColumnType::Binary; // BIT(8) holds a byte, read and written as one, not a yes/no
        c.nativeType = columnType;
        c.length = (str(r, 4).toInt() + 7) / 8;
    }
    if (columnType.startsWith(QLatin1String("enum(")) || columnType.startsWith(QLatin1String("set(")))
        c.members = quotedMembers(str(r, 2));
    c.nullable = str(r, 7) == QLatin1String("YES");
    // MariaDB 10.2+: a missing default reads NULL unquoted; a string default is quoted.
    if (!isNull(r, 8) && str(r, 8) != QLatin1String("NULL"))
        c.defaultValue = str(r, 8);
    c.autoIncrement = str(r, 9).contains(QLatin1String("auto_increment"), Qt::CaseInsensitive);
    const QString charset = str(r, 10).toLower();
    c.supportsSupplementary = charset.isEmpty() || charset.startsWith(QLatin1String("utf8mb4")) ||
                              charset.startsWith(QLatin1String("utf16")) || charset.startsWith(QLatin1String("utf32"));
    return c;
}

QList<ColumnInfo> readColumns(SQLHDBC dbc, const TableRef& table, const TableFilter& where)
{
    const QHash<QString, int> codes = odbcTypeCodes(dbc, table);
    QList<ColumnInfo> out;
    for (const TextRow& r :
         query(dbc,
               QStringLiteral("SELECT column_name, data_type, column_type, character_maximum_length, "
                              "numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default, "
                              "extra, character_set_name FROM information_schema.columns WHERE ") +
                   where.sql + QStringLiteral(" ORDER BY ordinal_position"),
               where.params))
        out << columnFromRow(r, codes);
    return out;
}

QList<IndexColumn> readIndexColumns(SQLHDBC dbc, const TableFilter& where)
{
    QList<IndexColumn> out;
    for (const TextRow& r :
         query(dbc,
               QStringLiteral("SELECT index_name, column_name, sub_part FROM information_schema.statistics WHERE ") +
                   where.sql +
                   QStringLiteral(" AND non_unique = 0 ORDER BY index_name = 'PRIMARY' DESC, index_name, seq_in_index"),
               where.params))
        // A unique prefix (sub_part) or expression (no column) is not a row identity.
        out << IndexColumn{str(r, 0), str(r, 1), str(r, 0) == QLatin1String("PRIMARY"), isNull(r, 2) && !isNull(r, 1)};
    return out;
}

QList<ForeignKey> readForeignKeys(SQLHDBC dbc, const TableRef& table, const TableFilter& where)
{
    const QList<TextRow> rows =
        query(dbc,
              QStringLiteral("SELECT constraint_name, column_name, referenced_table_schema, referenced_table_name, "
                             "referenced_column_name FROM information_schema.key_column_usage WHERE ") +
                  where.sql +
                  QStringLiteral(" AND referenced_table_name IS NOT NULL ORDER BY constraint_name, ordinal_position"),
              where.params);
    const QString currentDb = table.schema.isEmpty() && !rows.isEmpty()
                                  ? str(query(dbc, QStringLiteral("SELECT DATABASE()")).value(0), 0)
                                  : table.schema;
    return foreignKeysFromRows(rows, currentDb);
}

// Column- and table-level checks alike (MariaDB 10.2+; a JSON column's json_valid() check is one).
QList<CheckConstraint> readChecks(SQLHDBC dbc, const TableRef& table, const QList<ColumnInfo>& columns)
{
    const TableFilter where = tableFilter(QStringLiteral("constraint_schema"), table);
    QList<CheckConstraint> out;
    for (const TextRow& r :
         query(dbc,
               QStringLiteral("SELECT constraint_name, check_clause FROM information_schema.check_constraints WHERE ") +
                   where.sql + QStringLiteral(" ORDER BY constraint_name"),
               where.params))
        out << CheckConstraint{str(r, 0), str(r, 1), columnsReferenced(str(r, 1), columns)};
    return out;
}

} // namespace

QList<TableRef> mariadbTables(SQLHDBC dbc, bool includeViews, const QString& schema)
{
    QStringList params;
    QString sql = QStringLiteral("SELECT table_name FROM information_schema.tables WHERE ") +
                  schemaCondition(QStringLiteral("table_schema"), schema, params) +
                  (includeViews ? QStringLiteral(" AND table_type IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')")
                                : QStringLiteral(" AND table_type IN ('BASE TABLE', 'SYSTEM VERSIONED')")) +
                  QStringLiteral(" ORDER BY table_name");
    QList<TableRef> out;
    for (const TextRow& r : query(dbc, sql, params))
        out << TableRef{schema, str(r, 0)};
    return out;
}

TableInfo mariadbDescribe(SQLHDBC dbc, const TableRef& table)
{
    const TableFilter where = tableFilter(QStringLiteral("table_schema"), table);
    TableInfo info;
    info.schema = table.schema;
    info.name = table.name;
    readRelation(dbc, table, where, info);
    info.columns = readColumns(dbc, table, where);
    addIndexKeys(info, readIndexColumns(dbc, where));
    info.foreignKeys = readForeignKeys(dbc, table, where);
    info.checks = readChecks(dbc, table, info.columns);
    return info;
}

} // namespace ferry::odbc::detail
