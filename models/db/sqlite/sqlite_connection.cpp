#include "sqlite_connection.h"

#include "db/check_constraints.h"

#include "sqlite_interrupt.h"
#include "sqlite_raw_reader.h"
#include "sqlite_reader.h"
#include "sqlite_script.h"
#include "sqlite_types.h"
#include "sqlite_writer.h"

#include <QRegularExpression>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <map>

namespace ferry {

using sqlite::DeclaredType;

namespace {

// Prepares and runs `sql` with positional parameters, throwing DbError prefixed with `what`.
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& params, const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw sqlite::sqliteError(q.lastError(), what);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    if (!q.exec())
        throw sqlite::sqliteError(q.lastError(), what);
    return q;
}

ColumnType typeFromStorage(const QMetaType& type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return ColumnType::Integer;
    case QMetaType::Double:
        return ColumnType::Double;
    case QMetaType::QByteArray:
        return ColumnType::Binary;
    case QMetaType::QString:
        return ColumnType::Text;
    case QMetaType::Bool:
        return ColumnType::Boolean;
    default:
        return ColumnType::Unknown;
    }
}

QString schemaOf(const TableRef& table)
{
    return table.schema.isEmpty() ? QStringLiteral("main") : table.schema;
}

// Reads the parts of one table's structure from the pragmas of its schema; every failure is reported
// as `what`.
class StructureReader {
public:
    StructureReader(const QSqlDatabase& db, const Dialect& dialect, QString schema, QString what)
        : db_(db)
        , dialect_(dialect)
        , schema_(std::move(schema))
        , what_(std::move(what))
    {
    }

    // Reads the columns and the primary key (in key order) into `info`.
    void readColumns(TableInfo& info, bool rowidTable) const
    {
        std::map<int, QString> primaryKey; // position in the key -> column
        QSqlQuery cols = exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM "
                                             "pragma_table_info(?, ?) ORDER BY cid"),
                              {info.name, schema_});
        while (cols.next()) {
            ColumnInfo c;
            c.name = cols.value(0).toString();
            c.nativeType = cols.value(1).toString();
            const DeclaredType t = sqlite::parseDeclaredType(c.nativeType);
            c.type = t.type;
            c.odbcType = t.odbcType;
            c.length = t.length;
            c.precision = t.precision;
            c.scale = t.scale;
            const int pk = cols.value(4).toInt();
            // Key columns count as required even where SQLite's legacy rules would let a NULL in.
            c.nullable = cols.value(2).toInt() == 0 && pk == 0;
            if (!cols.value(3).isNull())
                c.defaultValue = cols.value(3).toString();
            if (pk > 0)
                primaryKey[pk] = c.name;
            c.family = DbFamily::SQLite;
            // INTEGER, REAL and NUMERIC affinity keep a decimal as a 64-bit integer or a double.
            if (c.type == ColumnType::Decimal && t.affinity != sqlite::Affinity::Text &&
                t.affinity != sqlite::Affinity::Blob)
                c.exactDigits = 15;
            info.columns << c;
        }
        for (const auto& [position, column] : primaryKey)
            info.primaryKey << column;
        // Only an INTEGER PRIMARY KEY of a rowid table is an alias of the rowid and numbers itself.
        if (rowidTable && info.primaryKey.size() == 1) {
            const int i = info.columnIndex(info.primaryKey.first());
            if (info.columns[i].nativeType.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                info.columns[i].autoIncrement = true;
        }
    }

    // Unique constraints and unique indexes over plain columns, in creation order.
    QList<QStringList> uniqueKeys(const QString& table) const
    {
        QList<QStringList> keys;
        QSqlQuery indexes = exec(QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?, ?) "
                                                "ORDER BY seq DESC"),
                                 {table, schema_});
        while (indexes.next()) {
            if (indexes.value(1).toInt() != 1 || indexes.value(2).toString() == QLatin1String("pk") ||
                indexes.value(3).toInt() != 0)
                continue;
            QSqlQuery parts = exec(QStringLiteral("SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno"),
                                   {indexes.value(0).toString(), schema_});
            QStringList key;
            bool plainColumns = true;
            while (parts.next()) {
                plainColumns = plainColumns && !parts.value(0).isNull();
                key << parts.value(0).toString();
            }
            if (plainColumns && !key.isEmpty() && !keys.contains(key))
                keys << key;
        }
        return keys;
    }

    // Foreign keys in declaration order (SQLite numbers them from the last one), named as PostgreSQL
    // would name them since SQLite keeps no names.
    QList<ForeignKey> foreignKeys(const QString& table) const
    {
        QList<ForeignKey> keys;
        QSqlQuery fks = exec(QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?, ?) "
                                            "ORDER BY id DESC, seq"),
                             {table, schema_});
        int currentId = -1;
        while (fks.next()) {
            if (fks.value(0).toInt() != currentId) {
                currentId = fks.value(0).toInt();
                keys << ForeignKey{QString(), {}, fks.value(1).toString(), {}};
            }
            ForeignKey& fk = keys.last();
            fk.columns << fks.value(2).toString();
            fk.referencedColumns << fks.value(3).toString(); // empty: the parent's primary key
        }
        for (ForeignKey& fk : keys) {
            fk.name = table + QLatin1Char('_') + fk.columns.join(QLatin1Char('_')) + QStringLiteral("_fkey");
            if (std::all_of(fk.referencedColumns.cbegin(), fk.referencedColumns.cend(),
                            [](const QString& c) { return c.isEmpty(); }))
                fk.referencedColumns = primaryKeyOf(fk.referencedTable);
        }
        return keys;
    }

    // Exact, and quick enough for the SQLite files Ferry meets (a few million rows at most).
    std::optional<qint64> rowCount(const QString& table) const
    {
        QSqlQuery count = exec(QStringLiteral("SELECT COUNT(*) FROM ") + dialect_.qualified({schema_, table}), {});
        if (count.next())
            return count.value(0).toLongLong();
        return std::nullopt;
    }

private:
    QSqlQuery exec(const QString& sql, const QVariantList& params) const { return run(db_, sql, params, what_); }

    QStringList primaryKeyOf(const QString& table) const
    {
        QSqlQuery key =
            exec(QStringLiteral("SELECT name FROM pragma_table_info(?, ?) WHERE pk > 0 ORDER BY pk"), {table, schema_});
        QStringList columns;
        while (key.next())
            columns << key.value(0).toString();
        return columns;
    }

    const QSqlDatabase& db_;
    const Dialect& dialect_;
    QString schema_;
    QString what_;
};

} // namespace

SqliteConnection::SqliteConnection(QSqlDatabase db, QString connectionName, QString file)
    : db_(std::move(db))
    , interrupter_(std::make_unique<sqlite::Interrupter>(sqlite::handleOf(db_)))
    , connectionName_(std::move(connectionName))
    , file_(std::move(file))
{
}

SqliteConnection::~SqliteConnection()
{
    if (inTransaction_)
        db_.rollback();
    db_.close();
    db_ = QSqlDatabase(); // the last handle must be gone before the name is removed
    QSqlDatabase::removeDatabase(connectionName_);
}

ServerInfo SqliteConnection::serverInfo() const
{
    ServerInfo info;
    info.dbmsName = QStringLiteral("SQLite");
    QSqlQuery q(db_);
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        info.dbmsVersion = q.value(0).toString();
    info.driverName = QStringLiteral("Qt QSQLITE");
    info.driverVersion = QString::fromLatin1(qVersion());
    return info;
}

void SqliteConnection::execute(const QString& sql)
{
    columnTypeCache_.clear(); // the statement may change the schema
    QSqlQuery q(db_);
    for (const sqlite::ScriptStatement& st : sqlite::splitSqlScript(sql)) {
        if (!interrupter_->run(q, CallTracker::Kind::Execute, [&] { return q.exec(st.sql); }))
            throw sqlite::sqliteError(q.lastError(), tr("The statement \"%1\" failed").arg(st.sql.left(200)));
        switch (st.control) {
        case sqlite::ScriptStatement::Control::Begin:
            inTransaction_ = true;
            break;
        case sqlite::ScriptStatement::Control::Commit:
        case sqlite::ScriptStatement::Control::Rollback:
            inTransaction_ = false;
            break;
        case sqlite::ScriptStatement::Control::None:
            break;
        }
    }
}

std::optional<QStringList> SqliteConnection::probeDeclaredTypes(const QString& sql)
{
    // A temporary view over the query reports each result column's declared type by position, even
    // for aliased columns, which the driver's record (name and origin table only) cannot.
    QString body = sql.trimmed();
    while (body.endsWith(QLatin1Char(';')))
        body = body.chopped(1).trimmed();
    const QString view = QStringLiteral("ferry_probe_%1").arg(++probeCounter_);
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("CREATE TEMP VIEW ") + dialect_.quoteIdentifier(view) + QStringLiteral(" AS ") + body))
        return std::nullopt;
    std::optional<QStringList> types;
    if (q.exec(QStringLiteral("SELECT type FROM pragma_table_info('%1', 'temp') ORDER BY cid").arg(view))) {
        types.emplace();
        while (q.next())
            types->append(q.value(0).toString());
    }
    q.exec(QStringLiteral("DROP VIEW temp.") + dialect_.quoteIdentifier(view));
    return types;
}

const QHash<QString, QString>& SqliteConnection::tableColumnTypes(const QString& table)
{
    auto it = columnTypeCache_.find(table);
    if (it == columnTypeCache_.end()) {
        QHash<QString, QString> types;
        QSqlQuery q(db_);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?)"));
        q.bindValue(0, table);
        if (q.exec())
            while (q.next())
                types.insert(q.value(0).toString().toLower(), q.value(1).toString());
        it = columnTypeCache_.insert(table, types);
    }
    return *it;
}

namespace {

// A result column as Ferry describes it: by its declared type, else (an expression) by the storage
// class of the first row's value.
ResultColumn resultColumn(const QString& name, const DeclaredType& type, ColumnType storage)
{
    ResultColumn column;
    column.name = name;
    column.type = type.type != ColumnType::Unknown ? type.type : storage;
    column.odbcType = type.odbcType;
    column.length = type.length;
    column.scale = type.scale;
    return column;
}

} // namespace

std::unique_ptr<RowReader> SqliteConnection::query(const QString& sql, const std::vector<Value>& params)
{
    const std::optional<QStringList> probed = params.empty() ? probeDeclaredTypes(sql) : std::nullopt;
    if (sqlite3* handle = interrupter_->handle())
        return rawQuery(handle, sql, params, probed);

    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw sqlite::sqliteError(q.lastError(), tr("The query failed"));
    for (size_t i = 0; i < params.size(); ++i)
        q.bindValue(int(i), sqlite::bindValue(params[i], DeclaredType{}));
    if (!interrupter_->run(q, CallTracker::Kind::Execute, [&] { return q.exec(); }))
        throw sqlite::sqliteError(q.lastError(), tr("The query failed"));

    const QSqlRecord record = q.record();
    QList<ResultColumn> columns;
    std::vector<DeclaredType> types;
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        QString declared;
        if (probed && i < probed->size())
            declared = probed->at(i);
        else if (!field.tableName().isEmpty())
            declared = tableColumnTypes(field.tableName()).value(field.name().toLower());
        types.push_back(sqlite::parseDeclaredType(declared));
        columns << resultColumn(field.name(), types.back(), typeFromStorage(field.metaType()));
    }
    return std::make_unique<sqlite::SqliteRowReader>(std::move(q), std::move(columns), std::move(types),
                                                     interrupter_.get());
}

std::unique_ptr<RowReader> SqliteConnection::rawQuery(sqlite3* handle, const QString& sql,
                                                      const std::vector<Value>& params,
                                                      const std::optional<QStringList>& probed)
{
    auto statement = std::make_unique<sqlite::RawStatement>(handle, *interrupter_);
    statement->prepare(sql, tr("The query failed"));
    for (size_t i = 0; i < params.size(); ++i)
        statement->bind(int(i), params[i], DeclaredType{});
    const bool hasRow = statement->step(tr("The query failed"));
    QList<ResultColumn> columns;
    std::vector<DeclaredType> types;
    for (int i = 0; i < statement->columnCount(); ++i) {
        const QString declared = probed && i < probed->size() ? probed->at(i) : statement->declaredType(i);
        types.push_back(sqlite::parseDeclaredType(declared));
        columns << resultColumn(statement->columnName(i), types.back(),
                                hasRow ? statement->storageType(i) : ColumnType::Unknown);
    }
    return std::make_unique<sqlite::RawRowReader>(std::move(statement), hasRow, std::move(columns), std::move(types));
}

void SqliteConnection::cancel()
{
    interrupter_->cancel();
}

void SqliteConnection::begin()
{
    if (!db_.transaction())
        throw sqlite::sqliteError(db_.lastError(), tr("Starting a transaction failed"));
    inTransaction_ = true;
}

void SqliteConnection::commit()
{
    // A failed COMMIT (deferred foreign keys, a busy file) leaves the transaction open.
    if (!db_.commit())
        throw sqlite::sqliteError(db_.lastError(), tr("Committing the transaction failed"));
    inTransaction_ = false;
}

void SqliteConnection::rollback()
{
    const bool ok = db_.rollback();
    inTransaction_ = false;
    // SQLite may already have rolled back by itself (disk full, I/O error): nothing left to undo.
    if (!ok && !db_.lastError().databaseText().contains(QLatin1String("no transaction is active")))
        throw sqlite::sqliteError(db_.lastError(), tr("Rolling back the transaction failed"));
}

QList<TableRef> SqliteConnection::tables(bool includeViews)
{
    QSqlQuery q = run(db_,
                      QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                                     "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name COLLATE NOCASE"),
                      {}, tr("Listing the tables failed"));
    QList<TableRef> out;
    while (q.next())
        if (includeViews || q.value(1).toString() == QLatin1String("table"))
            out << TableRef{QString(), q.value(0).toString()};
    return out;
}

std::optional<TableRef> SqliteConnection::findTable(const QString& name)
{
    const QString wanted = name.trimmed();
    const QList<TableRef> all = tables(true);
    for (const TableRef& t : all)
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    // "main.contacts": SQLite's main schema is the file itself.
    const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
    if (dot > 0 && wanted.left(dot).compare(QLatin1String("main"), Qt::CaseInsensitive) == 0) {
        const QString rest = wanted.mid(dot + 1);
        for (const TableRef& t : all)
            if (t.name.compare(rest, Qt::CaseInsensitive) == 0)
                return t;
    }
    return std::nullopt;
}

TableInfo SqliteConnection::describe(const TableRef& table)
{
    const QString schema = schemaOf(table);
    const QString what = tr("Reading the structure of %1 failed").arg(table.name);

    QSqlQuery master =
        run(db_,
            QStringLiteral("SELECT name, type, sql FROM %1.sqlite_master WHERE type IN ('table', 'view') "
                           "AND name = ? COLLATE NOCASE")
                .arg(dialect_.quoteIdentifier(schema)),
            {table.name}, what);
    if (!master.next())
        throw DbError(tr("The table %1 does not exist in %2").arg(table.name, file_), QStringLiteral("42S02"));
    TableInfo info;
    info.schema = table.schema;
    info.name = master.value(0).toString();
    info.isView = master.value(1).toString() == QLatin1String("view");
    static const QRegularExpression withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*;?\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QString createSql = master.value(2).toString();
    const bool rowidTable = !info.isView && !withoutRowid.match(createSql).hasMatch();

    const StructureReader reader(db_, dialect_, schema, what);
    reader.readColumns(info, rowidTable);
    if (!info.isView) {
        info.checks = sqliteChecks(createSql, info.columns);
        info.uniqueKeys = reader.uniqueKeys(info.name);
        info.foreignKeys = reader.foreignKeys(info.name);
        info.rowCountEstimate = reader.rowCount(info.name);
    }
    return info;
}

std::unique_ptr<BatchWriter> SqliteConnection::insertWriter(const TableRef& table, const QList<ColumnInfo>& columns)
{
    return sqlite::makeInsertWriter(db_, *interrupter_, dialect_, table, columns);
}

std::unique_ptr<BatchWriter> SqliteConnection::insertWriterWithStatementSize(const TableRef& table,
                                                                             const QList<ColumnInfo>& columns,
                                                                             int rowsPerStatement)
{
    return sqlite::makeInsertWriter(db_, *interrupter_, dialect_, table, columns, rowsPerStatement);
}

std::unique_ptr<BatchWriter> SqliteConnection::updateWriter(const TableRef& table, const QList<ColumnInfo>& setColumns,
                                                            const QList<ColumnInfo>& keyColumns)
{
    return sqlite::makeUpdateWriter(db_, *interrupter_, dialect_, table, setColumns, keyColumns);
}

} // namespace ferry
