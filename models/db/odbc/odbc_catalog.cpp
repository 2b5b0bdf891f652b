#include "odbc_catalog.h"

#include "odbc_catalog_detail.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace ferry::odbc {

using namespace detail;

namespace {

std::optional<ColumnType> typeFromNativeName(const QString& native)
{
    const QString full = native.trimmed().toLower();
    const QString n = parseDeclaredType(full).base;
    if (n == QLatin1String("bool") || n == QLatin1String("boolean") || full == QLatin1String("tinyint(1)") ||
        full == QLatin1String("bit") || full == QLatin1String("bit(1)"))
        return ColumnType::Boolean;
    if (n == QLatin1String("numeric") || n == QLatin1String("decimal") || n == QLatin1String("number") ||
        n == QLatin1String("dec") || n == QLatin1String("money"))
        return ColumnType::Decimal;
    if (n.startsWith(QLatin1String("timestamp")) || n.startsWith(QLatin1String("datetime")))
        return ColumnType::Timestamp;
    if (n == QLatin1String("date"))
        return ColumnType::Date;
    if (n.startsWith(QLatin1String("time")))
        return ColumnType::Time;
    if (n.contains(QLatin1String("int")) && !n.contains(QLatin1String("interval")) &&
        !n.contains(QLatin1String("point")))
        return ColumnType::Integer;
    if (n == QLatin1String("real") || n.startsWith(QLatin1String("float")) || n.startsWith(QLatin1String("double")))
        return ColumnType::Double;
    if (n.contains(QLatin1String("blob")) || n.contains(QLatin1String("binary")) || n == QLatin1String("bytea") ||
        n == QLatin1String("image"))
        return ColumnType::Binary;
    if (n.contains(QLatin1String("char")) || n.contains(QLatin1String("text")) || n.contains(QLatin1String("clob")) ||
        n == QLatin1String("string") || n.startsWith(QLatin1String("json")) || n == QLatin1String("uuid") ||
        n == QLatin1String("xml") || n == QLatin1String("enum") || n == QLatin1String("set"))
        return ColumnType::Text;
    return std::nullopt;
}

ColumnType typeFromSql(int sqlType)
{
    switch (sqlType) {
    case SQL_CHAR:
    case SQL_VARCHAR:
    case SQL_LONGVARCHAR:
    case SQL_WCHAR:
    case SQL_WVARCHAR:
    case SQL_WLONGVARCHAR:
    case SQL_GUID:
        return ColumnType::Text;
    case SQL_TINYINT:
    case SQL_SMALLINT:
    case SQL_INTEGER:
    case SQL_BIGINT:
        return ColumnType::Integer;
    case SQL_NUMERIC:
    case SQL_DECIMAL:
        return ColumnType::Decimal;
    case SQL_REAL:
    case SQL_FLOAT:
    case SQL_DOUBLE:
        return ColumnType::Double;
    case SQL_BIT:
        return ColumnType::Boolean;
    case SQL_TYPE_DATE:
    case SQL_DATE:
        return ColumnType::Date;
    case SQL_TYPE_TIME:
    case SQL_TIME:
        return ColumnType::Time;
    case SQL_TYPE_TIMESTAMP:
    case SQL_TIMESTAMP:
        return ColumnType::Timestamp;
    case SQL_BINARY:
    case SQL_VARBINARY:
    case SQL_LONGVARBINARY:
        return ColumnType::Binary;
    default:
        return ColumnType::Unknown;
    }
}

// Catalog arguments are search patterns: escape '_' and '%' so "oc_account" cannot match "ocXaccount".
QByteArray pattern(SQLHDBC dbc, const QString& name)
{
    static thread_local QString escape;
    if (escape.isEmpty())
        escape = infoString(dbc, SQL_SEARCH_PATTERN_ESCAPE);
    QString out = name;
    if (!escape.isEmpty()) {
        out.replace(escape, escape + escape);
        out.replace(QLatin1Char('_'), escape + QLatin1Char('_'));
        out.replace(QLatin1Char('%'), escape + QLatin1Char('%'));
    }
    return toSql(out);
}

SQLCHAR* arg(QByteArray& b)
{
    return reinterpret_cast<SQLCHAR*>(b.data());
}
SQLSMALLINT argLen(const QByteArray& b)
{
    return static_cast<SQLSMALLINT>(b.size());
}

bool sameColumns(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

// One table as the ODBC catalog functions take it: SQLTables and SQLColumns want search patterns,
// SQLPrimaryKeys, SQLStatistics and SQLForeignKeys plain names. No schema is passed as NULL.
class TableArgs {
public:
    TableArgs(SQLHDBC dbc, const TableRef& table)
        : schemaPattern_(pattern(dbc, table.schema))
        , namePattern_(pattern(dbc, table.name))
        , schema_(toSql(table.schema))
        , name_(toSql(table.name))
        , noSchema_(table.schema.isEmpty())
    {
    }
    SQLCHAR* schemaPattern() { return noSchema_ ? nullptr : arg(schemaPattern_); }
    SQLSMALLINT schemaPatternLength() const { return noSchema_ ? 0 : argLen(schemaPattern_); }
    SQLCHAR* namePattern() { return arg(namePattern_); }
    SQLSMALLINT namePatternLength() const { return argLen(namePattern_); }
    SQLCHAR* schema() { return noSchema_ ? nullptr : arg(schema_); }
    SQLSMALLINT schemaLength() const { return noSchema_ ? 0 : argLen(schema_); }
    SQLCHAR* name() { return arg(name_); }
    SQLSMALLINT nameLength() const { return argLen(name_); }

private:
    QByteArray schemaPattern_, namePattern_, schema_, name_;
    bool noSchema_;
};

// Whether the table is a view, from SQLTables. Throws DbError when the table does not exist.
bool genericIsView(SQLHDBC dbc, const TableRef& table, TableArgs& args, const QString& what)
{
    StmtHandle st = allocStatement(dbc);
    check(SQLTables(st.get(), nullptr, 0, args.schemaPattern(), args.schemaPatternLength(), args.namePattern(),
                    args.namePatternLength(), nullptr, 0),
          SQL_HANDLE_STMT, st.get(), what);
    bool found = false;
    bool isView = false;
    for (const TextRow& r : fetchAll(st.get())) {
        if (str(r, 2) == table.name) {
            found = true;
            isView = str(r, 3).contains(QLatin1String("VIEW"), Qt::CaseInsensitive);
        }
    }
    if (!found)
        throw DbError(QStringLiteral("The table \"%1\" does not exist").arg(table.name));
    return isView;
}

// One SQLColumns row: COLUMN_SIZE and DECIMAL_DIGITS mean length, precision or scale by type.
ColumnInfo genericColumn(const TextRow& r)
{
    ColumnInfo c;
    c.name = str(r, 3);
    c.odbcType = str(r, 4).toInt();
    c.nativeType = str(r, 5);
    c.type = columnTypeFromOdbc(c.odbcType, c.nativeType);
    const qint64 size = str(r, 6).toLongLong();
    const int digits = str(r, 8).toInt();
    if (c.type == ColumnType::Text || c.type == ColumnType::Binary)
        c.length = size > 0 ? size : 0;
    else if (c.type == ColumnType::Decimal) {
        c.precision = int(size);
        c.scale = digits;
    } else if (c.type == ColumnType::Timestamp || c.type == ColumnType::Time)
        c.scale = digits;
    else if (c.type == ColumnType::Integer || c.type == ColumnType::Double)
        c.precision = int(size);
    c.nullable = str(r, 10).toInt() != SQL_NO_NULLS;
    if (!isNull(r, 12) && str(r, 12).compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0)
        c.defaultValue = str(r, 12);
    return c;
}

QList<ColumnInfo> genericColumns(SQLHDBC dbc, const TableRef& table, TableArgs& args, const QString& what)
{
    StmtHandle st = allocStatement(dbc);
    check(SQLColumns(st.get(), nullptr, 0, args.schemaPattern(), args.schemaPatternLength(), args.namePattern(),
                     args.namePatternLength(), nullptr, 0),
          SQL_HANDLE_STMT, st.get(), what);
    QList<ColumnInfo> columns;
    for (const TextRow& r : fetchAll(st.get()))
        if (str(r, 2) == table.name)
            columns << genericColumn(r);
    return columns;
}

// Empty where the driver cannot list keys.
QStringList genericPrimaryKey(SQLHDBC dbc, TableArgs& args)
{
    StmtHandle st = allocStatement(dbc);
    if (!succeeded(
            SQLPrimaryKeys(st.get(), nullptr, 0, args.schema(), args.schemaLength(), args.name(), args.nameLength())))
        return {};
    QList<QPair<int, QString>> keys;
    for (const TextRow& r : fetchAll(st.get()))
        keys << qMakePair(str(r, 4).toInt(), str(r, 3));
    std::sort(keys.begin(), keys.end());
    QStringList primaryKey;
    for (const auto& k : keys)
        primaryKey << k.second;
    return primaryKey;
}

// Unique indexes over plain columns from SQLStatistics, each once and none repeating the primary key.
QList<QStringList> genericUniqueKeys(SQLHDBC dbc, TableArgs& args, const QStringList& primaryKey)
{
    StmtHandle st = allocStatement(dbc);
    if (!succeeded(SQLStatistics(st.get(), nullptr, 0, args.schema(), args.schemaLength(), args.name(),
                                 args.nameLength(), SQL_INDEX_UNIQUE, SQL_QUICK)))
        return {};
    QStringList order;
    QHash<QString, QList<QPair<int, QString>>> indexes;
    QSet<QString> skip;
    for (const TextRow& r : fetchAll(st.get())) {
        if (str(r, 6).toInt() == SQL_TABLE_STAT || str(r, 3) != QLatin1String("0"))
            continue;
        const QString idx = str(r, 5);
        if (isNull(r, 8) || !isNull(r, 12))
            skip.insert(idx); // expression or partial index: not a plain unique key
        if (!indexes.contains(idx))
            order << idx;
        indexes[idx] << qMakePair(str(r, 7).toInt(), str(r, 8));
    }
    QList<QStringList> uniqueKeys;
    for (const QString& idx : order) {
        if (skip.contains(idx))
            continue;
        auto cols = indexes.value(idx);
        std::sort(cols.begin(), cols.end());
        QStringList names;
        for (const auto& c : cols)
            names << c.second;
        if (!sameColumns(names, primaryKey) && !uniqueKeys.contains(names))
            uniqueKeys << names;
    }
    return uniqueKeys;
}

// Foreign keys from SQLForeignKeys, each key's columns in key order. Drivers without constraint names
// start each key at sequence 1. A referenced table in `ownSchema` is named bare.
QList<ForeignKey> genericForeignKeys(SQLHDBC dbc, TableArgs& args, const QString& ownSchema)
{
    StmtHandle st = allocStatement(dbc);
    if (!succeeded(SQLForeignKeys(st.get(), nullptr, 0, nullptr, 0, nullptr, 0, nullptr, 0, args.schema(),
                                  args.schemaLength(), args.name(), args.nameLength())))
        return {};
    struct Part {
        int seq;
        QString from, to;
    };
    QList<ForeignKey> fks;
    QList<QList<Part>> parts;
    for (const TextRow& r : fetchAll(st.get())) {
        const int seq = str(r, 8).toInt();
        const QString fkName = str(r, 11);
        const bool newKey = fks.isEmpty() || (isNull(r, 11) ? seq <= 1 : fks.last().name != fkName);
        if (newKey) {
            ForeignKey fk;
            fk.name = fkName;
            const QString refSchema = str(r, 1);
            fk.referencedTable =
                (refSchema.isEmpty() || refSchema == ownSchema) ? str(r, 2) : refSchema + QLatin1Char('.') + str(r, 2);
            fks << fk;
            parts << QList<Part>();
        }
        parts.last() << Part{seq, str(r, 7), str(r, 3)};
    }
    for (int i = 0; i < fks.size(); ++i) {
        std::sort(parts[i].begin(), parts[i].end(), [](const Part& a, const Part& b) { return a.seq < b.seq; });
        for (const Part& p : parts[i]) {
            fks[i].columns << p.from;
            fks[i].referencedColumns << p.to;
        }
    }
    return fks;
}

} // namespace

ColumnType columnTypeFromOdbc(int sqlType, const QString& nativeType)
{
    const std::optional<ColumnType> byName = typeFromNativeName(nativeType);
    // Names beat codes where drivers mislabel: MariaDB tinyint(1) (SQL_TINYINT) is a boolean, SQLite's
    // numeric(14,2) comes back as SQL_DOUBLE, and some drivers say VARCHAR for everything.
    if (byName && (*byName == ColumnType::Boolean || *byName == ColumnType::Decimal))
        return *byName;
    const ColumnType bySql = typeFromSql(sqlType);
    if ((bySql == ColumnType::Unknown || bySql == ColumnType::Text) && byName)
        return *byName;
    return bySql;
}

namespace detail {

QList<TableRef> genericTables(SQLHDBC dbc, bool includeViews, const QString& schema)
{
    StmtHandle st = allocStatement(dbc);
    QByteArray sch = pattern(dbc, schema);
    QByteArray all("%");
    QByteArray types(includeViews ? "TABLE,VIEW" : "TABLE");
    check(SQLTables(st.get(), nullptr, 0, schema.isEmpty() ? nullptr : arg(sch), schema.isEmpty() ? 0 : argLen(sch),
                    arg(all), argLen(all), arg(types), argLen(types)),
          SQL_HANDLE_STMT, st.get(), QStringLiteral("Listing tables"));
    QList<TableRef> out;
    for (const TextRow& r : fetchAll(st.get()))
        out << TableRef{str(r, 1), str(r, 2)};
    return out;
}

QHash<QString, int> odbcTypes(SQLHDBC dbc, const TableRef& table)
{
    QHash<QString, int> out;
    StmtHandle st = allocStatement(dbc);
    TableArgs args(dbc, table);
    if (!succeeded(SQLColumns(st.get(), nullptr, 0, args.schemaPattern(), args.schemaPatternLength(),
                              args.namePattern(), args.namePatternLength(), nullptr, 0)))
        return out;
    for (const TextRow& r : fetchAll(st.get()))
        if (str(r, 2) == table.name)
            out.insert(str(r, 3), str(r, 4).toInt());
    return out;
}

TableInfo genericDescribe(SQLHDBC dbc, const TableRef& table)
{
    const QString what = QStringLiteral("Describing %1").arg(table.name);
    TableArgs args(dbc, table);
    TableInfo info;
    info.schema = table.schema;
    info.name = table.name;
    info.isView = genericIsView(dbc, table, args, what);
    info.columns = genericColumns(dbc, table, args, what);
    info.primaryKey = genericPrimaryKey(dbc, args);
    info.uniqueKeys = genericUniqueKeys(dbc, args, info.primaryKey);
    info.foreignKeys = genericForeignKeys(dbc, args, table.schema);
    return info;
}

} // namespace detail

QList<TableRef> Catalog::tables(bool includeViews)
{
    switch (family_) {
    case DbFamily::PostgreSQL:
        return postgresTables(dbc_, includeViews);
    case DbFamily::MariaDB:
        return mariadbTables(dbc_, includeViews);
    case DbFamily::SQLite:
        return sqliteTables(dbc_, includeViews);
    case DbFamily::Generic:
        break;
    }
    return genericTables(dbc_, includeViews);
}

TableInfo Catalog::describe(const TableRef& table)
{
    TableInfo info = describeColumns(table);
    for (ColumnInfo& c : info.columns)
        c.family = family_;
    return info;
}

TableInfo Catalog::describeColumns(const TableRef& table)
{
    switch (family_) {
    case DbFamily::PostgreSQL:
        return postgresDescribe(dbc_, table.schema.isEmpty() ? TableRef{QStringLiteral("public"), table.name} : table);
    case DbFamily::MariaDB:
        return mariadbDescribe(dbc_, table);
    case DbFamily::SQLite:
        return sqliteDescribe(dbc_, table);
    case DbFamily::Generic:
        break;
    }
    return genericDescribe(dbc_, table);
}

std::optional<TableRef> Catalog::findTable(const QString& typed)
{
    const QString name = typed.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    auto pick = [](const QList<TableRef>& candidates, const QString& wanted,
                   const QString& preferredSchema) -> std::optional<TableRef> {
        std::optional<TableRef> best;
        int bestScore = -1;
        for (const TableRef& t : candidates) {
            if (t.name.compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            // Exact case beats case-insensitive; the default schema beats others.
            const int score = (t.name == wanted ? 2 : 0) + (t.schema == preferredSchema ? 1 : 0);
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    };
    const QString defaultSchema = family_ == DbFamily::PostgreSQL ? QStringLiteral("public") : QString();
    const QList<TableRef> all = tables(true);
    if (auto t = pick(all, name, defaultSchema))
        return t;
    // "schema.table": split at the last dot (table names with dots were tried whole above).
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1)
        return std::nullopt;
    const QString schema = name.left(dot);
    const QString table = name.mid(dot + 1);
    QList<TableRef> inSchema;
    switch (family_) {
    case DbFamily::PostgreSQL:
        inSchema = postgresTables(dbc_, true, schema);
        break;
    case DbFamily::MariaDB:
        inSchema = mariadbTables(dbc_, true, schema);
        break;
    case DbFamily::SQLite:
        return std::nullopt;
    case DbFamily::Generic:
        inSchema = genericTables(dbc_, true, schema);
        break;
    }
    QList<TableRef> matching;
    for (const TableRef& t : inSchema)
        if (t.schema.compare(schema, Qt::CaseInsensitive) == 0)
            matching << t;
    return pick(matching, table, schema);
}

} // namespace ferry::odbc
