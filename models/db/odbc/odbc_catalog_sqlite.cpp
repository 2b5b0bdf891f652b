// SQLite introspection through the pragma table functions: the SQLite3 ODBC driver reports
// numeric(14,2) as SQL_DOUBLE with garbage size and digits, loses the quotes of string defaults, and
// has no constraint names.
#include "odbc_catalog_detail.h"

#include "db/check_constraints.h"

#include <QHash>

namespace ferry::odbc::detail {

QList<TableRef> sqliteTables(SQLHDBC dbc, bool includeViews)
{
    const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE "
                                       "'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                            .arg(includeViews ? QStringLiteral("'table', 'view'") : QStringLiteral("'table'"));
    QList<TableRef> out;
    for (const TextRow& r : query(dbc, sql))
        out << TableRef{QString(), str(r, 0)};
    return out;
}

namespace {

// One row of the pragma_table_info query in readColumns().
ColumnInfo columnFromRow(const TextRow& r, const QHash<QString, int>& codes)
{
    ColumnInfo c;
    c.name = str(r, 0);
    const DeclaredType declared = parseDeclaredType(str(r, 1));
    c.nativeType = declared.base;
    c.odbcType = codes.value(c.name);
    c.type = columnTypeFromOdbc(c.odbcType, str(r, 1));
    switch (c.type) {
    case ColumnType::Text:
    case ColumnType::Binary:
        c.length = declared.first;
        break;
    case ColumnType::Decimal:
        c.precision = declared.first;
        c.scale = declared.second;
        // NUMERIC affinity turns numbers into 64-bit floats, and the ODBC driver binds them so.
        c.exactDigits = 15;
        break;
    case ColumnType::Timestamp:
    case ColumnType::Time:
        // Stored as text: every fraction digit is kept unless the declaration asks for fewer.
        c.scale = declared.first > 0 ? declared.first : 6;
        break;
    default:
        break;
    }
    c.nullable = str(r, 2) == QLatin1String("0");
    if (!isNull(r, 3))
        c.defaultValue = str(r, 3);
    return c;
}

// Reads the columns and the primary key (in key order) into `info`.
void readColumns(SQLHDBC dbc, const QString& table, TableInfo& info)
{
    const QHash<QString, int> codes = odbcTypes(dbc, TableRef{QString(), table});
    const QList<TextRow> cols = query(
        dbc, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"),
        {table});
    QList<QPair<int, QString>> pk;
    for (const TextRow& r : cols) {
        info.columns << columnFromRow(r, codes);
        const int pkPos = str(r, 4).toInt();
        if (pkPos > 0)
            pk << qMakePair(pkPos, info.columns.last().name);
    }
    std::sort(pk.begin(), pk.end());
    for (const auto& k : pk)
        info.primaryKey << k.second;
}

// A single INTEGER PRIMARY KEY is the rowid: never NULL, assigned when omitted.
void markRowidAlias(TableInfo& info)
{
    if (info.primaryKey.size() != 1)
        return;
    for (ColumnInfo& c : info.columns) {
        if (c.name == info.primaryKey.first() &&
            c.nativeType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0) {
            c.autoIncrement = true;
            c.nullable = false;
        }
    }
}

QList<QStringList> readUniqueKeys(SQLHDBC dbc, const QString& table)
{
    QList<QStringList> keys;
    const QList<TextRow> indexes = query(
        dbc,
        QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin <> 'pk' AND partial = 0 "
                       "ORDER BY name"),
        {table});
    for (const TextRow& ix : indexes) {
        QStringList names;
        bool expression = false;
        for (const TextRow& r :
             query(dbc, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {str(ix, 0)})) {
            expression = expression || isNull(r, 0);
            names << str(r, 0);
        }
        if (!expression && !names.isEmpty() && !keys.contains(names))
            keys << names;
    }
    return keys;
}

QList<ForeignKey> readForeignKeys(SQLHDBC dbc, const QString& table)
{
    QList<ForeignKey> keys;
    const QList<TextRow> fks = query(
        dbc, QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
        {table});
    QString currentId;
    for (const TextRow& r : fks) {
        if (keys.isEmpty() || currentId != str(r, 0)) {
            currentId = str(r, 0);
            ForeignKey fk; // SQLite keeps no constraint names
            fk.referencedTable = str(r, 1);
            keys << fk;
        }
        keys.last().columns << str(r, 2);
        keys.last().referencedColumns << str(r, 3);
    }
    // "REFERENCES parent" without columns means the parent's primary key.
    for (ForeignKey& fk : keys) {
        if (std::all_of(fk.referencedColumns.cbegin(), fk.referencedColumns.cend(),
                        [](const QString& c) { return c.isEmpty(); })) {
            const TableInfo parent = sqliteDescribe(dbc, TableRef{QString(), fk.referencedTable});
            fk.referencedColumns = parent.primaryKey;
        }
    }
    return keys;
}

} // namespace

TableInfo sqliteDescribe(SQLHDBC dbc, const TableRef& table)
{
    const QList<TextRow> rel =
        query(dbc, QStringLiteral("SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')"),
              {table.name});
    if (rel.isEmpty())
        throw DbError(QStringLiteral("The table \"%1\" does not exist").arg(table.name));
    TableInfo info;
    info.name = table.name;
    info.isView = str(rel.first(), 0) == QLatin1String("view");
    readColumns(dbc, table.name, info);
    markRowidAlias(info);
    info.uniqueKeys = readUniqueKeys(dbc, table.name);
    info.foreignKeys = readForeignKeys(dbc, table.name);
    const QList<TextRow> create =
        query(dbc, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ? AND type = 'table'"), {table.name});
    if (!create.isEmpty())
        info.checks = sqliteChecks(str(create.first(), 0), info.columns);
    return info;
}

} // namespace ferry::odbc::detail
