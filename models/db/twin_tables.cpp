#include "twin_tables.h"

#include <QRegularExpression>

namespace ferry {

namespace {

// A text as an SQL string literal.
QString literal(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QStringList firstColumn(const QList<Row>& rows)
{
    QStringList out;
    for (const Row& r : rows)
        out << r.at(0).toString();
    return out;
}

Value orNull(const QString& text)
{
    return text.isEmpty() ? Value::null() : Value::text(text);
}

} // namespace

TwinTables::TwinTables(Connection& connection)
    : c_(connection)
{
}

TwinTables::~TwinTables()
{
    try {
        drop();
    } catch (const Error&) {
    }
}

QList<Row> TwinTables::rows(const QString& sql, const std::vector<Value>& params)
{
    QList<Row> out;
    auto reader = c_.query(sql, params);
    std::vector<Row> batch;
    while (reader->fetch(batch, 1000))
        for (Row& r : batch)
            out << std::move(r);
    return out;
}

bool TwinTables::foreignKeysEnforced()
{
    switch (c_.family()) {
    case DbFamily::MariaDB:
        return firstColumn(rows(QStringLiteral("SELECT @@foreign_key_checks"))).value(0) == QLatin1String("1");
    case DbFamily::SQLite:
        if (!sqliteForeignKeys_)
            sqliteForeignKeys_ =
                firstColumn(rows(QStringLiteral("PRAGMA foreign_keys"))).value(0) == QLatin1String("1");
        return *sqliteForeignKeys_;
    case DbFamily::PostgreSQL:
    case DbFamily::Generic:
        break;
    }
    return true;
}

void TwinTables::add(const TableRef& table)
{
    twins_ << Twin{table, table, {}};
    switch (c_.family()) {
    case DbFamily::PostgreSQL:
        return addPostgres(twins_.last());
    case DbFamily::MariaDB:
        return addMariaDB(twins_.last());
    case DbFamily::SQLite:
        return addSqlite(twins_.last());
    case DbFamily::Generic:
        break;
    }
    twins_.removeLast();
    throw DbError(tr("rehearsing in temporary tables is not supported for this database"));
}

void TwinTables::copyRows(const QString& from, const QString& to, const QStringList& columns, const QString& overriding)
{
    const QString list = c_.dialect().columnList(columns);
    c_.execute(QStringLiteral("INSERT INTO %1 (%2) %3SELECT %2 FROM %4").arg(to, list, overriding, from));
}

void TwinTables::addPostgres(Twin& t)
{
    const Dialect& d = c_.dialect();
    const QString real =
        d.qualified(TableRef{t.table.schema.isEmpty() ? QStringLiteral("public") : t.table.schema, t.table.name});
    // Two tables of one name in different schemas: the second twin gets a name of its own.
    QString name = t.table.name;
    for (const Twin& other : twins_)
        if (&other != &t && other.twin.name == name)
            name = QStringLiteral("ferry_twin_%1").arg(++counter_);
    t.twin = TableRef{QStringLiteral("pg_temp"), name};
    const QString twin = d.qualified(t.twin);
    c_.execute(QStringLiteral("CREATE TEMP TABLE %1 (LIKE %2 INCLUDING ALL)").arg(d.quoteIdentifier(name), real));
    const QStringList columns = firstColumn(
        rows(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = CAST(CAST(? AS text) AS regclass) "
                            "AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum"),
             {Value::text(real)}));
    // The copy gives every column its value: no default runs, no sequence advances.
    copyRows(real, twin, columns, QStringLiteral("OVERRIDING SYSTEM VALUE "));
    continuePostgresSequences(t, real, twin);
    c_.rehearseAs(t.table, t.twin);
}

void TwinTables::continuePostgresSequences(Twin& t, const QString& real, const QString& twin)
{
    // Identity columns got sequences of their own (INCLUDING IDENTITY); other defaults still call the
    // table's sequences (serial), and get temporary ones instead.
    const QList<Row> found =
        rows(QStringLiteral("SELECT attname, pg_get_serial_sequence(CAST(? AS text), attname), true FROM pg_attribute "
                            "WHERE attrelid = CAST(CAST(? AS text) AS regclass) AND attidentity <> '' UNION ALL "
                            "SELECT a.attname, CAST(CAST(s.oid AS regclass) AS text), false FROM pg_attrdef ad "
                            "JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum "
                            "JOIN pg_depend dep ON dep.classid = 'pg_attrdef'::regclass AND dep.objid = ad.oid "
                            "AND dep.refclassid = 'pg_class'::regclass "
                            "JOIN pg_class s ON s.oid = dep.refobjid AND s.relkind = 'S' "
                            "WHERE ad.adrelid = CAST(CAST(? AS text) AS regclass)"),
             {Value::text(real), Value::text(real), Value::text(real)});
    for (const Row& r : found) {
        const QString column = r.at(0).toString();
        const QString sequence = r.at(1).toString();
        QString own;
        if (r.at(2).toString() == QLatin1String("1") || r.at(2).toString() == QLatin1String("true")) {
            own = firstColumn(rows(QStringLiteral("SELECT pg_get_serial_sequence(CAST(? AS text), CAST(? AS text))"),
                                   {Value::text(twin), Value::text(column)}))
                      .value(0);
        } else {
            own = QStringLiteral("pg_temp.ferry_seq_%1").arg(++counter_);
            const Row shape = rows(QStringLiteral("SELECT format_type(seqtypid, NULL), seqincrement, seqmin, seqmax, "
                                                  "CASE WHEN seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END FROM "
                                                  "pg_sequence WHERE seqrelid = CAST(CAST(? AS text) AS regclass)"),
                                   {Value::text(sequence)})
                                  .value(0);
            if (shape.size() < 5)
                throw DbError(tr("cannot read the sequence %1").arg(sequence));
            t.sequences << own;
            c_.execute(QStringLiteral("CREATE TEMP SEQUENCE %1 AS %2 INCREMENT BY %3 MINVALUE %4 MAXVALUE %5 %6")
                           .arg(own.mid(8), shape.at(0).toString(), shape.at(1).toString(), shape.at(2).toString(),
                                shape.at(3).toString(), shape.at(4).toString()));
            c_.execute(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT nextval(%3)")
                           .arg(twin, c_.dialect().quoteIdentifier(column), literal(own)));
        }
        if (own.isEmpty())
            continue;
        try {
            const Row state = rows(QStringLiteral("SELECT last_value, is_called FROM ") + sequence).value(0);
            if (state.size() < 2)
                throw DbError(tr("cannot read the sequence %1").arg(sequence));
            const QString called = state.at(1).toString();
            rows(QStringLiteral("SELECT setval(%1, %2, %3)")
                     .arg(literal(own), state.at(0).toString(),
                          called == QLatin1String("0") || called == QLatin1String("false") ? QStringLiteral("false")
                                                                                           : QStringLiteral("true")));
        } catch (const DbError&) {
            // An account that may not read the sequence: continue after the highest value the table holds.
            rows(QStringLiteral("SELECT setval(%1, m) FROM (SELECT max(%2) AS m FROM %3) ferry_max WHERE m IS NOT NULL")
                     .arg(literal(own), c_.dialect().quoteIdentifier(column), twin));
        }
    }
}

void TwinTables::addMariaDB(Twin& t)
{
    const Dialect& d = c_.dialect();
    const QString real = d.qualified(t.table);
    // Made under a name of its own, filled, then renamed: from then on it shadows the table here.
    t.twin = TableRef{t.table.schema, QStringLiteral("ferry_twin_%1").arg(++counter_)};
    const QString twin = d.qualified(t.twin);
    const std::vector<Value> where{orNull(t.table.schema), Value::text(t.table.name)};
    c_.execute(QStringLiteral("CREATE TEMPORARY TABLE %1 LIKE %2").arg(twin, real));
    // Set while empty: on a filled temporary table the ALTER would copy it.
    const QString next = firstColumn(rows(QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE "
                                                         "TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?"),
                                          where))
                             .value(0);
    if (!next.isEmpty())
        c_.execute(QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = %2").arg(twin, next));
    const QStringList columns = firstColumn(
        rows(QStringLiteral("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, "
                            "DATABASE()) AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER' ORDER BY ORDINAL_POSITION"),
             where));
    // A consistent read: the copy takes no locks on the table's rows.
    c_.execute(QStringLiteral("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"));
    copyRows(real, twin, columns);
    c_.execute(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(twin, real));
    t.twin = t.table;
}

void TwinTables::addSqlite(Twin& t)
{
    t.twin = TableRef{QStringLiteral("temp"), t.table.name};
    if (foreignKeysEnforced())
        c_.execute(QStringLiteral("PRAGMA foreign_keys = OFF")); // the engine checks them by query
    static const QRegularExpression table(QStringLiteral("^\\s*CREATE\\s+TABLE\\s+"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression index(QStringLiteral("^\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression autoincrement(QStringLiteral("\\bAUTOINCREMENT\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QList<Row> statements =
        rows(QStringLiteral("SELECT type, sql FROM main.sqlite_master WHERE tbl_name = ? AND type IN ('table', "
                            "'index') AND sql IS NOT NULL ORDER BY type = 'index'"),
             {Value::text(t.table.name)});
    bool counted = false;
    for (const Row& r : statements) {
        QString sql = r.at(1).toString();
        if (r.at(0).toString() == QLatin1String("table")) {
            counted = autoincrement.match(sql).hasMatch();
            sql.replace(table, QStringLiteral("CREATE TEMP TABLE "));
        } else {
            sql.replace(index, QStringLiteral("CREATE \\1INDEX temp."));
        }
        c_.execute(sql);
    }
    const Dialect& d = c_.dialect();
    const QString name = d.quoteIdentifier(t.table.name);
    const QStringList columns = firstColumn(rows(
        QStringLiteral("SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid"), {Value::text(t.table.name)}));
    copyRows(QStringLiteral("main.") + name, QStringLiteral("temp.") + name, columns);
    if (!counted)
        return;
    const QString next = firstColumn(rows(QStringLiteral("SELECT seq FROM main.sqlite_sequence WHERE name = ?"),
                                          {Value::text(t.table.name)}))
                             .value(0);
    if (next.isEmpty())
        return;
    c_.execute(QStringLiteral("DELETE FROM temp.sqlite_sequence WHERE name = ") + literal(t.table.name));
    c_.execute(QStringLiteral("INSERT INTO temp.sqlite_sequence (name, seq) VALUES (%1, %2)")
                   .arg(literal(t.table.name), next));
}

QStringList TwinTables::triggers(const TableRef& table)
{
    switch (c_.family()) {
    case DbFamily::PostgreSQL: {
        const QString real =
            c_.dialect().quoteIdentifier(table.schema.isEmpty() ? QStringLiteral("public") : table.schema) +
            QLatin1Char('.') + c_.dialect().quoteIdentifier(table.name);
        return firstColumn(rows(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = CAST(CAST(? AS text) "
                                               "AS regclass) AND NOT tgisinternal ORDER BY tgname"),
                                {Value::text(real)}));
    }
    case DbFamily::MariaDB:
        return firstColumn(rows(QStringLiteral("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE "
                                               "EVENT_OBJECT_SCHEMA = COALESCE(?, DATABASE()) AND EVENT_OBJECT_TABLE "
                                               "= ? ORDER BY TRIGGER_NAME"),
                                {orNull(table.schema), Value::text(table.name)}));
    case DbFamily::SQLite:
        return firstColumn(rows(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND "
                                               "tbl_name = ? ORDER BY name"),
                                {Value::text(table.name)}));
    case DbFamily::Generic:
        break;
    }
    return {};
}

void TwinTables::drop()
{
    const Dialect& d = c_.dialect();
    while (!twins_.isEmpty()) {
        const Twin t = twins_.takeLast();
        // Each statement can only ever reach a temporary table: the twin, never the table it stands for.
        switch (c_.family()) {
        case DbFamily::PostgreSQL:
            c_.execute(QStringLiteral("DROP TABLE IF EXISTS pg_temp.") + d.quoteIdentifier(t.twin.name));
            for (const QString& s : t.sequences)
                c_.execute(QStringLiteral("DROP SEQUENCE IF EXISTS ") + s);
            break;
        case DbFamily::MariaDB:
            c_.execute(QStringLiteral("DROP TEMPORARY TABLE IF EXISTS ") + d.qualified(t.twin));
            break;
        case DbFamily::SQLite:
            c_.execute(QStringLiteral("DROP TABLE IF EXISTS temp.") + d.quoteIdentifier(t.twin.name));
            break;
        case DbFamily::Generic:
            break;
        }
    }
    c_.endRehearsal();
    if (sqliteForeignKeys_ && *sqliteForeignKeys_)
        c_.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    sqliteForeignKeys_.reset();
}

} // namespace ferry
