// PostgreSQL introspection from pg_catalog / information_schema: exact type names, text lengths,
// identity and serial columns, constraint names and row estimates that psqlODBC's catalog functions
// blur (text reported as 8190 characters, no auto-increment flag).
#include "odbc_catalog_detail.h"

#include <QHash>

namespace ferry::odbc::detail {

QList<TableRef> postgresTables(SQLHDBC dbc, bool includeViews, const QString& schema)
{
    const QString kinds = includeViews ? QStringLiteral("'r','p','f','v','m'") : QStringLiteral("'r','p','f'");
    QString sql = QStringLiteral("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c "
                                 "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE c.relkind IN (%1) AND NOT c.relispartition "
                                 "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                 "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' ")
                      .arg(kinds);
    QStringList params;
    if (!schema.isEmpty()) {
        sql += QStringLiteral("AND lower(n.nspname) = lower(?) ");
        params << schema;
    }
    sql += QStringLiteral("ORDER BY n.nspname <> 'public', n.nspname, c.relname");
    QList<TableRef> out;
    for (const TextRow& r : query(dbc, sql, params))
        out << TableRef{str(r, 0), str(r, 1)};
    return out;
}

namespace {

// Reads whether the table is a view and its row estimate into `info`; returns the table's oid, which
// the key and check queries take. Throws DbError when the table does not exist.
QString readRelation(SQLHDBC dbc, const TableRef& table, TableInfo& info)
{
    const QList<TextRow> rel =
        query(dbc,
              QStringLiteral("SELECT c.relkind, c.reltuples::bigint, c.oid FROM pg_catalog.pg_class c "
                             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = ? AND c.relname = ?"),
              {table.schema, table.name});
    if (rel.isEmpty())
        throw DbError(QStringLiteral("The table \"%1.%2\" does not exist").arg(table.schema, table.name));
    const QString kind = str(rel.first(), 0);
    info.isView = kind == QLatin1String("v") || kind == QLatin1String("m");
    // reltuples is -1 until the first VACUUM/ANALYZE (PostgreSQL 14+): no estimate then.
    const qint64 tuples = str(rel.first(), 1).toLongLong();
    if (!info.isView && tuples >= 0 && !isNull(rel.first(), 1))
        info.rowCountEstimate = tuples;
    return str(rel.first(), 2);
}

// One row of the information_schema.columns query in readColumns().
ColumnInfo columnFromRow(const TextRow& r, const QHash<QString, int>& codes)
{
    ColumnInfo c;
    c.name = str(r, 0);
    c.nativeType = str(r, 1);
    if (c.nativeType == QLatin1String("USER-DEFINED") || c.nativeType == QLatin1String("ARRAY"))
        c.nativeType = str(r, 9);
    c.odbcType = codes.value(c.name);
    c.type = columnTypeFromOdbc(c.odbcType, c.nativeType);
    // Types whose text PostgreSQL itself parses: a bit string is not a boolean, a time with an offset
    // is not a wall-clock time (dropping the offset would change it).
    if ((c.nativeType == QLatin1String("bit") && str(r, 2) != QLatin1String("1")) ||
        c.nativeType == QLatin1String("time with time zone"))
        c.type = ColumnType::Text;
    switch (c.type) {
    case ColumnType::Text:
        c.length = str(r, 2).toLongLong(); // NULL (text, unbounded varchar) → 0
        break;
    case ColumnType::Decimal:
        c.precision = str(r, 3).toInt(); // unconstrained numeric → 0
        c.scale = str(r, 4).toInt();
        if (c.nativeType == QLatin1String("money")) { // 64-bit cents: ±92233720368547758.07
            c.precision = 19;
            c.scale = 2;
        }
        break;
    case ColumnType::Integer:
    case ColumnType::Double:
        c.precision = str(r, 3).toInt();
        break;
    case ColumnType::Timestamp:
    case ColumnType::Time:
        c.scale = str(r, 5).toInt();
        break;
    default:
        break;
    }
    c.nullable = str(r, 6) == QLatin1String("YES");
    if (!isNull(r, 7))
        c.defaultValue = str(r, 7);
    c.autoIncrement = str(r, 8) == QLatin1String("YES") || str(r, 7).startsWith(QLatin1String("nextval("));
    return c;
}

QList<ColumnInfo> readColumns(SQLHDBC dbc, const TableRef& table)
{
    const QHash<QString, int> codes = odbcTypes(dbc, table);
    QList<ColumnInfo> out;
    for (const TextRow& r :
         query(dbc,
               QStringLiteral("SELECT column_name, data_type, character_maximum_length, numeric_precision, "
                              "numeric_scale, datetime_precision, is_nullable, column_default, is_identity, udt_name "
                              "FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                              "ORDER BY ordinal_position"),
               {table.schema, table.name}))
        out << columnFromRow(r, codes);
    return out;
}

// Primary key and unique indexes (constraints and plain unique indexes), columns in key order;
// partial and expression indexes are not keys a row can be matched on.
QList<IndexColumn> readIndexColumns(SQLHDBC dbc, const QString& oid)
{
    QList<IndexColumn> out;
    for (const TextRow& r :
         query(dbc,
               QStringLiteral("SELECT ic.relname, i.indisprimary, a.attname FROM pg_catalog.pg_index i "
                              "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                              "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                              "JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                              "WHERE i.indrelid = ?::oid AND i.indisunique AND i.indpred IS NULL "
                              "AND NOT (0 = ANY (i.indkey::int2[])) "
                              "ORDER BY i.indisprimary DESC, ic.relname, k.ord"),
               {oid}))
        out << IndexColumn{str(r, 0), str(r, 2), str(r, 1) == QLatin1String("1") || str(r, 1) == QLatin1String("t")};
    return out;
}

QList<ForeignKey> readForeignKeys(SQLHDBC dbc, const QString& oid, const QString& schema)
{
    return foreignKeysFromRows(
        query(dbc,
              QStringLiteral("SELECT con.conname, a.attname, fn.nspname, fc.relname, fa.attname "
                             "FROM pg_catalog.pg_constraint con "
                             "JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid "
                             "JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace "
                             "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(att, fatt, ord) "
                             "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.att "
                             "JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.fatt "
                             "WHERE con.contype = 'f' AND con.conrelid = ?::oid ORDER BY con.conname, k.ord"),
              {oid}),
        schema);
}

// NOT VALID checks are enforced on new rows too. Columns come from conkey: exact, even for names the
// expression quotes.
QList<CheckConstraint> readChecks(SQLHDBC dbc, const QString& oid, const QList<ColumnInfo>& columns)
{
    QList<CheckConstraint> out;
    for (const TextRow& r :
         query(dbc,
               QStringLiteral("SELECT con.conname, pg_catalog.pg_get_expr(con.conbin, con.conrelid), "
                              "(SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a "
                              "WHERE a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)) "
                              "FROM pg_catalog.pg_constraint con WHERE con.contype = 'c' AND con.conrelid = ?::oid "
                              "ORDER BY con.conname"),
               {oid})) {
        CheckConstraint c{str(r, 0), str(r, 1), {}};
        const QStringList named = str(r, 2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const ColumnInfo& col : columns)
            if (named.contains(col.name))
                c.columns << col.name;
        out << c;
    }
    return out;
}

} // namespace

TableInfo postgresDescribe(SQLHDBC dbc, const TableRef& table)
{
    TableInfo info;
    info.schema = table.schema;
    info.name = table.name;
    const QString oid = readRelation(dbc, table, info);
    info.columns = readColumns(dbc, table);
    addIndexKeys(info, readIndexColumns(dbc, oid));
    info.foreignKeys = readForeignKeys(dbc, oid, table.schema);
    info.checks = readChecks(dbc, oid, info.columns);
    return info;
}

} // namespace ferry::odbc::detail
