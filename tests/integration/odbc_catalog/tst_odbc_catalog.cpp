// Catalog introspection of the same small CRM schema in PostgreSQL, MariaDB and SQLite (all through
// ODBC), asserting every field of the TableInfo; plus the generic ODBC-only path, schema-qualified
// names and non-ASCII identifiers.
#include "db/odbc/odbc_catalog.h"
#include "integration/odbc_connect/test_profiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::odbc;
using namespace ferry::test;

namespace {

ColumnInfo col(const char* name, ColumnType type, const char* native, int odbcType, bool nullable, qint64 length = 0,
               int precision = 0, int scale = 0, std::optional<QString> def = std::nullopt, bool autoIncrement = false)
{
    ColumnInfo c;
    c.name = QString::fromUtf8(name);
    c.type = type;
    c.nativeType = QString::fromUtf8(native);
    c.odbcType = odbcType;
    c.nullable = nullable;
    c.length = length;
    c.precision = precision;
    c.scale = scale;
    c.defaultValue = std::move(def);
    c.autoIncrement = autoIncrement;
    return c;
}
std::optional<QString> d(const char* s)
{
    return QString::fromUtf8(s);
}

QString describeColumn(const ColumnInfo& c)
{
    return QStringLiteral("%1 type=%2 native=%3 odbc=%4 len=%5 prec=%6 scale=%7 null=%8 def=%9 auto=%10 supp=%11")
        .arg(c.name, columnTypeName(c.type), c.nativeType)
        .arg(c.odbcType)
        .arg(c.length)
        .arg(c.precision)
        .arg(c.scale)
        .arg(c.nullable)
        .arg(c.defaultValue ? QLatin1Char('[') + *c.defaultValue + QLatin1Char(']') : QStringLiteral("none"))
        .arg(c.autoIncrement)
        .arg(c.supportsSupplementary);
}

void compareColumns(const QList<ColumnInfo>& actual, const QList<ColumnInfo>& expected)
{
    QStringList a, e;
    for (const ColumnInfo& c : actual)
        a << describeColumn(c);
    for (const ColumnInfo& c : expected)
        e << describeColumn(c);
    QCOMPARE(a.join(QLatin1Char('\n')), e.join(QLatin1Char('\n')));
}

QString describeFks(const QList<ForeignKey>& fks)
{
    QStringList out;
    for (const ForeignKey& fk : fks)
        out << QStringLiteral("%1: (%2) -> %3(%4)")
                   .arg(fk.name, fk.columns.join(QLatin1Char(',')), fk.referencedTable,
                        fk.referencedColumns.join(QLatin1Char(',')));
    return out.join(QLatin1Char('\n'));
}

QString names(const QList<TableRef>& refs)
{
    QStringList out;
    for (const TableRef& r : refs)
        if (r.name.startsWith(QLatin1String("oc_")))
            out << (r.schema.isEmpty() ? r.name : r.schema + QLatin1Char('.') + r.name);
    return out.join(QLatin1Char(','));
}

const char* const kPgSchema[] = {
    "DROP VIEW IF EXISTS oc_active_accounts",
    "DROP TABLE IF EXISTS oc_note, oc_contact, oc_account CASCADE",
    "DROP SCHEMA IF EXISTS oc_crm CASCADE",
    "CREATE TABLE oc_account (id integer PRIMARY KEY, name varchar(80) NOT NULL, email varchar(120) NOT NULL "
    "CONSTRAINT oc_account_email_uq UNIQUE, notes text, balance numeric(14,2) DEFAULT 0, employees integer, "
    "revenue bigint, active boolean NOT NULL DEFAULT true, founded date, updated_at timestamp(6), logo "
    "bytea)",
    "CREATE TABLE oc_contact (id bigserial PRIMARY KEY, account_id integer NOT NULL CONSTRAINT "
    "oc_contact_account_fk "
    "REFERENCES oc_account(id), \"Kontakt_Straße\" varchar(80) DEFAULT 'Hauptstraße 1', email varchar(120), "
    "CONSTRAINT oc_contact_email_uq UNIQUE (email, account_id))",
    "CREATE TABLE oc_note (seq integer, contact_id bigint CONSTRAINT oc_note_contact_fk REFERENCES "
    "oc_contact(id), "
    "body text NOT NULL, PRIMARY KEY (seq, contact_id))",
    "CREATE VIEW oc_active_accounts AS SELECT id, name FROM oc_account WHERE active",
    "INSERT INTO oc_account (id, name, email) SELECT g, 'n' || g, 'e' || g FROM generate_series(1, 50) g",
    "ANALYZE oc_account",
    "CREATE SCHEMA oc_crm",
    "CREATE TABLE oc_crm.contacts (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
    "account_id integer REFERENCES public.oc_account(id))",
};

const char* const kMySchema[] = {
    "DROP VIEW IF EXISTS oc_active_accounts",
    "DROP TABLE IF EXISTS oc_note, oc_contact, oc_account",
    "CREATE TABLE oc_account (id integer PRIMARY KEY, name varchar(80) NOT NULL, email varchar(120) NOT "
    "NULL, "
    "notes text, balance numeric(14,2) DEFAULT 0, employees integer, revenue bigint, active boolean NOT NULL "
    "DEFAULT true, founded date, updated_at datetime(6), logo blob, legacy_code varchar(10) CHARACTER SET "
    "utf8mb3, "
    "CONSTRAINT oc_account_email_uq UNIQUE (email)) DEFAULT CHARSET=utf8mb4",
    "CREATE TABLE oc_contact (id bigint AUTO_INCREMENT PRIMARY KEY, account_id integer NOT NULL, "
    "`Kontakt_Straße` varchar(80) DEFAULT 'Hauptstraße 1', email varchar(120), CONSTRAINT "
    "oc_contact_email_uq "
    "UNIQUE (email, account_id), CONSTRAINT oc_contact_account_fk FOREIGN KEY (account_id) REFERENCES "
    "oc_account(id)) DEFAULT CHARSET=utf8mb4",
    "CREATE TABLE oc_note (seq integer, contact_id bigint, body text NOT NULL, PRIMARY KEY (seq, "
    "contact_id), "
    "CONSTRAINT oc_note_contact_fk FOREIGN KEY (contact_id) REFERENCES oc_contact(id)) DEFAULT "
    "CHARSET=utf8mb4",
    "CREATE VIEW oc_active_accounts AS SELECT id, name FROM oc_account WHERE active",
};

const char* const kLiteSchema[] = {
    "CREATE TABLE oc_account (id integer PRIMARY KEY, name varchar(80) NOT NULL, email varchar(120) NOT NULL "
    "CONSTRAINT oc_account_email_uq UNIQUE, notes text, balance numeric(14,2) DEFAULT 0, employees integer, "
    "revenue bigint, active boolean NOT NULL DEFAULT true, founded date, updated_at timestamp(6), logo blob)",
    "CREATE TABLE oc_contact (id integer PRIMARY KEY AUTOINCREMENT, account_id integer NOT NULL CONSTRAINT "
    "oc_contact_account_fk REFERENCES oc_account(id), \"Kontakt_Straße\" varchar(80) DEFAULT 'Hauptstraße "
    "1', "
    "email varchar(120), CONSTRAINT oc_contact_email_uq UNIQUE (email, account_id))",
    "CREATE TABLE oc_note (seq integer, contact_id bigint REFERENCES oc_contact, body text NOT NULL, "
    "PRIMARY KEY (seq, contact_id))",
    "CREATE VIEW oc_active_accounts AS SELECT id, name FROM oc_account WHERE active",
};

template <size_t N> void run(SQLHDBC dbc, const char* const (&statements)[N])
{
    for (const char* s : statements)
        exec(dbc, QString::fromUtf8(s));
}

} // namespace

class TstOdbcCatalog : public QObject {
    Q_OBJECT
private:
    QString pgPassword, myPassword;
    ConnectionProfile pg, my;
    QTemporaryDir tmp;

private slots:
    void initTestCase()
    {
        pg = postgresProfile(&pgPassword);
        my = mariadbProfile(&myPassword);
        QVERIFY(tmp.isValid());
    }

    void postgres()
    {
        Session s = odbc::connect(pg, pgPassword);
        run(s.dbc.get(), kPgSchema);
        Catalog cat(s.dbc.get(), s.family);
        const QString listed = names(cat.tables());
        QVERIFY2(listed.contains(
                     QLatin1String("public.oc_account,public.oc_active_accounts,public.oc_contact,public.oc_note")),
                 qPrintable(listed));
        QVERIFY2(!names(cat.tables(false)).contains(QLatin1String("oc_active_accounts")),
                 qPrintable(names(cat.tables(false))));

        const TableInfo account = cat.describe(TableRef{QString(), QStringLiteral("oc_account")});
        QCOMPARE(account.schema, QStringLiteral("public"));
        QCOMPARE(account.name, QStringLiteral("oc_account"));
        QCOMPARE(account.isView, false);
        compareColumns(
            account.columns,
            {col("id", ColumnType::Integer, "integer", SQL_INTEGER, false, 0, 32),
             col("name", ColumnType::Text, "character varying", SQL_VARCHAR, false, 80),
             col("email", ColumnType::Text, "character varying", SQL_VARCHAR, false, 120),
             col("notes", ColumnType::Text, "text", SQL_LONGVARCHAR, true),
             col("balance", ColumnType::Decimal, "numeric", SQL_NUMERIC, true, 0, 14, 2, d("0")),
             col("employees", ColumnType::Integer, "integer", SQL_INTEGER, true, 0, 32),
             col("revenue", ColumnType::Integer, "bigint", SQL_BIGINT, true, 0, 64),
             col("active", ColumnType::Boolean, "boolean", SQL_BIT, false, 0, 0, 0, d("true")),
             col("founded", ColumnType::Date, "date", SQL_TYPE_DATE, true),
             col("updated_at", ColumnType::Timestamp, "timestamp without time zone", SQL_TYPE_TIMESTAMP, true, 0, 0, 6),
             col("logo", ColumnType::Binary, "bytea", SQL_LONGVARBINARY, true)});
        QCOMPARE(account.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(account.uniqueKeys, QList<QStringList>{QStringList{QStringLiteral("email")}});
        QCOMPARE(account.foreignKeys.size(), 0);
        QCOMPARE(account.rowCountEstimate, std::optional<qint64>(50));

        const TableInfo contact = cat.describe(TableRef{QStringLiteral("public"), QStringLiteral("oc_contact")});
        compareColumns(contact.columns, {col("id", ColumnType::Integer, "bigint", SQL_BIGINT, false, 0, 64, 0,
                                             d("nextval('oc_contact_id_seq'::regclass)"), true),
                                         col("account_id", ColumnType::Integer, "integer", SQL_INTEGER, false, 0, 32),
                                         col("Kontakt_Straße", ColumnType::Text, "character varying", SQL_VARCHAR, true,
                                             80, 0, 0, d("'Hauptstraße 1'::character varying")),
                                         col("email", ColumnType::Text, "character varying", SQL_VARCHAR, true, 120)});
        QCOMPARE(contact.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(contact.uniqueKeys, (QList<QStringList>{{QStringLiteral("email"), QStringLiteral("account_id")}}));
        QCOMPARE(describeFks(contact.foreignKeys),
                 QStringLiteral("oc_contact_account_fk: (account_id) -> oc_account(id)"));
        // Never analysed: reltuples is -1, so no estimate rather than a wrong one.
        QCOMPARE(contact.rowCountEstimate, std::nullopt);

        const TableInfo note = cat.describe(TableRef{QStringLiteral("public"), QStringLiteral("oc_note")});
        QCOMPARE(note.primaryKey, (QStringList{QStringLiteral("seq"), QStringLiteral("contact_id")}));
        QCOMPARE(note.uniqueKeys.size(), 0);
        QCOMPARE(describeFks(note.foreignKeys), QStringLiteral("oc_note_contact_fk: (contact_id) -> oc_contact(id)"));

        const TableInfo view = cat.describe(TableRef{QStringLiteral("public"), QStringLiteral("oc_active_accounts")});
        QCOMPARE(view.isView, true);
        QCOMPARE(view.columns.size(), 2);
        QCOMPARE(view.primaryKey, QStringList());
        QCOMPARE(view.rowCountEstimate, std::nullopt);

        // Schema-qualified names, identity columns and a foreign key into another schema.
        const auto qualified = cat.findTable(QStringLiteral("oc_crm.CONTACTS"));
        QVERIFY(qualified);
        QCOMPARE(qualified->schema, QStringLiteral("oc_crm"));
        QCOMPARE(qualified->name, QStringLiteral("contacts"));
        const TableInfo crm = cat.describe(*qualified);
        QCOMPARE(crm.columns.first().autoIncrement, true);
        QCOMPARE(crm.columns.first().defaultValue, std::nullopt);
        QCOMPARE(describeFks(crm.foreignKeys),
                 QStringLiteral("contacts_account_id_fkey: (account_id) -> public.oc_account(id)"));
        QCOMPARE(cat.findTable(QStringLiteral("OC_ACCOUNT")),
                 std::optional<TableRef>(TableRef{QStringLiteral("public"), QStringLiteral("oc_account")}));
        QCOMPARE(cat.findTable(QStringLiteral("oc_missing")), std::nullopt);
        QCOMPARE(cat.findTable(QStringLiteral("no_schema.oc_account")), std::nullopt);
        QVERIFY_THROWS_EXCEPTION(DbError,
                                 cat.describe(TableRef{QStringLiteral("public"), QStringLiteral("oc_missing")}));

        // The generic path (standard catalog functions only) agrees on keys and foreign keys.
        Catalog generic(s.dbc.get(), DbFamily::Generic);
        const TableInfo g = generic.describe(TableRef{QStringLiteral("public"), QStringLiteral("oc_contact")});
        QCOMPARE(g.columns.size(), 4);
        QCOMPARE(g.columns[2].name, QStringLiteral("Kontakt_Straße"));
        QCOMPARE(g.columns[2].length, 80);
        QCOMPARE(g.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(g.uniqueKeys, (QList<QStringList>{{QStringLiteral("email"), QStringLiteral("account_id")}}));
        QCOMPARE(describeFks(g.foreignKeys), QStringLiteral("oc_contact_account_fk: (account_id) -> oc_account(id)"));
        QCOMPARE(generic.findTable(QStringLiteral("oc_crm.contacts"))->schema, QStringLiteral("oc_crm"));

        exec(s.dbc.get(), QStringLiteral("DROP SCHEMA oc_crm CASCADE"));
        exec(s.dbc.get(), QStringLiteral("DROP VIEW oc_active_accounts"));
        exec(s.dbc.get(), QStringLiteral("DROP TABLE oc_note, oc_contact, oc_account"));
    }

    void mariadb()
    {
        Session s = odbc::connect(my, myPassword);
        run(s.dbc.get(), kMySchema);
        Catalog cat(s.dbc.get(), s.family);
        QCOMPARE(names(cat.tables()), QStringLiteral("oc_account,oc_active_accounts,oc_contact,oc_note"));
        QCOMPARE(names(cat.tables(false)), QStringLiteral("oc_account,oc_contact,oc_note"));

        const TableInfo account = cat.describe(TableRef{QString(), QStringLiteral("oc_account")});
        QCOMPARE(account.schema, QString());
        QCOMPARE(account.isView, false);
        ColumnInfo legacy = col("legacy_code", ColumnType::Text, "varchar", SQL_WVARCHAR, true, 10);
        legacy.supportsSupplementary = false;
        compareColumns(account.columns,
                       {col("id", ColumnType::Integer, "int", SQL_INTEGER, false),
                        col("name", ColumnType::Text, "varchar", SQL_WVARCHAR, false, 80),
                        col("email", ColumnType::Text, "varchar", SQL_WVARCHAR, false, 120),
                        col("notes", ColumnType::Text, "text", SQL_WLONGVARCHAR, true, 65535),
                        col("balance", ColumnType::Decimal, "decimal", SQL_DECIMAL, true, 0, 14, 2, d("0.00")),
                        col("employees", ColumnType::Integer, "int", SQL_INTEGER, true),
                        col("revenue", ColumnType::Integer, "bigint", SQL_BIGINT, true),
                        col("active", ColumnType::Boolean, "tinyint(1)", SQL_TINYINT, false, 0, 0, 0, d("1")),
                        col("founded", ColumnType::Date, "date", SQL_TYPE_DATE, true),
                        col("updated_at", ColumnType::Timestamp, "datetime", SQL_TYPE_TIMESTAMP, true, 0, 0, 6),
                        col("logo", ColumnType::Binary, "blob", SQL_LONGVARBINARY, true, 65535), legacy});
        QCOMPARE(account.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(account.uniqueKeys, QList<QStringList>{QStringList{QStringLiteral("email")}});
        QCOMPARE(account.foreignKeys.size(), 0);
        QCOMPARE(account.rowCountEstimate, std::optional<qint64>(0));

        const TableInfo contact = cat.describe(TableRef{QString(), QStringLiteral("oc_contact")});
        compareColumns(
            contact.columns,
            {col("id", ColumnType::Integer, "bigint", SQL_BIGINT, false, 0, 0, 0, std::nullopt, true),
             col("account_id", ColumnType::Integer, "int", SQL_INTEGER, false),
             col("Kontakt_Straße", ColumnType::Text, "varchar", SQL_WVARCHAR, true, 80, 0, 0, d("'Hauptstraße 1'")),
             col("email", ColumnType::Text, "varchar", SQL_WVARCHAR, true, 120)});
        QCOMPARE(contact.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(contact.uniqueKeys, (QList<QStringList>{{QStringLiteral("email"), QStringLiteral("account_id")}}));
        QCOMPARE(describeFks(contact.foreignKeys),
                 QStringLiteral("oc_contact_account_fk: (account_id) -> oc_account(id)"));

        const TableInfo note = cat.describe(TableRef{QString(), QStringLiteral("oc_note")});
        QCOMPARE(note.primaryKey, (QStringList{QStringLiteral("seq"), QStringLiteral("contact_id")}));
        QCOMPARE(note.uniqueKeys.size(), 0);
        QCOMPARE(describeFks(note.foreignKeys), QStringLiteral("oc_note_contact_fk: (contact_id) -> oc_contact(id)"));

        const TableInfo view = cat.describe(TableRef{QString(), QStringLiteral("oc_active_accounts")});
        QCOMPARE(view.isView, true);
        QCOMPARE(view.rowCountEstimate, std::nullopt);

        // "database.table" reaches the same table through its schema-qualified name.
        const auto qualified = cat.findTable(QStringLiteral("ferry_test.OC_CONTACT"));
        QVERIFY(qualified);
        QCOMPARE(qualified->schema, QStringLiteral("ferry_test"));
        QCOMPARE(cat.describe(*qualified).primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(cat.findTable(QStringLiteral("oc_contact")),
                 std::optional<TableRef>(TableRef{QString(), QStringLiteral("oc_contact")}));
        QCOMPARE(cat.findTable(QStringLiteral("oc_missing")), std::nullopt);

        run(s.dbc.get(), {"DROP VIEW oc_active_accounts", "DROP TABLE oc_note, oc_contact, oc_account"});
    }

    void sqlite()
    {
        Session s = odbc::connect(sqliteProfile(tmp.filePath(QStringLiteral("crm.db"))), QString());
        run(s.dbc.get(), kLiteSchema);
        Catalog cat(s.dbc.get(), s.family);
        QCOMPARE(names(cat.tables()), QStringLiteral("oc_account,oc_active_accounts,oc_contact,oc_note"));
        QCOMPARE(names(cat.tables(false)), QStringLiteral("oc_account,oc_contact,oc_note"));

        const TableInfo account = cat.describe(TableRef{QString(), QStringLiteral("oc_account")});
        QCOMPARE(account.schema, QString());
        compareColumns(account.columns,
                       {col("id", ColumnType::Integer, "INTEGER", SQL_BIGINT, false, 0, 0, 0, std::nullopt, true),
                        col("name", ColumnType::Text, "varchar", SQL_VARCHAR, false, 80),
                        col("email", ColumnType::Text, "varchar", SQL_VARCHAR, false, 120),
                        col("notes", ColumnType::Text, "TEXT", SQL_LONGVARCHAR, true),
                        col("balance", ColumnType::Decimal, "numeric", SQL_DOUBLE, true, 0, 14, 2, d("0")),
                        col("employees", ColumnType::Integer, "INTEGER", SQL_BIGINT, true),
                        col("revenue", ColumnType::Integer, "bigint", SQL_BIGINT, true),
                        col("active", ColumnType::Boolean, "boolean", SQL_BIT, false, 0, 0, 0, d("true")),
                        col("founded", ColumnType::Date, "date", SQL_TYPE_DATE, true),
                        col("updated_at", ColumnType::Timestamp, "timestamp", SQL_TYPE_TIMESTAMP, true, 0, 0, 6),
                        col("logo", ColumnType::Binary, "BLOB", SQL_BINARY, true)});
        QCOMPARE(account.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(account.uniqueKeys, QList<QStringList>{QStringList{QStringLiteral("email")}});
        QCOMPARE(account.rowCountEstimate, std::nullopt);

        const TableInfo contact = cat.describe(TableRef{QString(), QStringLiteral("oc_contact")});
        QCOMPARE(contact.columns[2].name, QStringLiteral("Kontakt_Straße"));
        QCOMPARE(contact.columns[2].defaultValue, d("'Hauptstraße 1'"));
        QCOMPARE(contact.columns[0].autoIncrement, true);
        QCOMPARE(contact.uniqueKeys, (QList<QStringList>{{QStringLiteral("email"), QStringLiteral("account_id")}}));
        // SQLite keeps no constraint names.
        QCOMPARE(describeFks(contact.foreignKeys), QStringLiteral(": (account_id) -> oc_account(id)"));

        const TableInfo note = cat.describe(TableRef{QString(), QStringLiteral("oc_note")});
        QCOMPARE(note.primaryKey, (QStringList{QStringLiteral("seq"), QStringLiteral("contact_id")}));
        // SQLite lets non-INTEGER primary key columns hold NULL unless declared NOT NULL: reported as is.
        QCOMPARE(note.columns[0].nullable, true);
        // "REFERENCES oc_contact" without columns points at the parent's primary key.
        QCOMPARE(describeFks(note.foreignKeys), QStringLiteral(": (contact_id) -> oc_contact(id)"));

        QCOMPARE(cat.describe(TableRef{QString(), QStringLiteral("oc_active_accounts")}).isView, true);
        QCOMPARE(cat.findTable(QStringLiteral("OC_NOTE")),
                 std::optional<TableRef>(TableRef{QString(), QStringLiteral("oc_note")}));
        QCOMPARE(cat.findTable(QStringLiteral("main.oc_note")), std::nullopt);
    }

    // Non-ASCII table and column names round-trip through listing, lookup and describe.
    void nonAsciiNames()
    {
        Session s = odbc::connect(pg, pgPassword);
        exec(s.dbc.get(), QStringLiteral("DROP TABLE IF EXISTS \"oc_Kontakt_Straße\""));
        exec(s.dbc.get(), QStringLiteral("CREATE TABLE \"oc_Kontakt_Straße\" (\"Straße\" text, \"名前\" varchar(5))"));
        Catalog cat(s.dbc.get(), s.family);
        QVERIFY(names(cat.tables()).contains(QStringLiteral("public.oc_Kontakt_Straße")));
        const auto ref = cat.findTable(QStringLiteral("oc_kontakt_straße"));
        QVERIFY(ref);
        QCOMPARE(ref->name, QStringLiteral("oc_Kontakt_Straße"));
        const TableInfo t = cat.describe(*ref);
        QCOMPARE(t.columns[0].name, QStringLiteral("Straße"));
        QCOMPARE(t.columns[1].name, QStringLiteral("名前"));
        QCOMPARE(t.columns[1].length, 5);
        exec(s.dbc.get(), QStringLiteral("DROP TABLE \"oc_Kontakt_Straße\""));

        Session m = odbc::connect(my, myPassword);
        exec(m.dbc.get(), QStringLiteral("DROP TABLE IF EXISTS `oc_Kontakt_Straße`"));
        exec(m.dbc.get(), QStringLiteral("CREATE TABLE `oc_Kontakt_Straße` (`Straße` text, `名前` "
                                         "varchar(5)) DEFAULT CHARSET=utf8mb4"));
        Catalog mcat(m.dbc.get(), m.family);
        const TableInfo mt = mcat.describe(TableRef{QString(), QStringLiteral("oc_Kontakt_Straße")});
        QCOMPARE(mt.columns[0].name, QStringLiteral("Straße"));
        QCOMPARE(mt.columns[1].name, QStringLiteral("名前"));
        QCOMPARE(mt.columns[1].odbcType, SQL_WVARCHAR);
        exec(m.dbc.get(), QStringLiteral("DROP TABLE `oc_Kontakt_Straße`"));
    }

    void columnTypeMapping()
    {
        QCOMPARE(columnTypeFromOdbc(SQL_TINYINT, QStringLiteral("tinyint(1)")), ColumnType::Boolean);
        QCOMPARE(columnTypeFromOdbc(SQL_TINYINT, QStringLiteral("tinyint")), ColumnType::Integer);
        QCOMPARE(columnTypeFromOdbc(SQL_DOUBLE, QStringLiteral("numeric(14,2)")), ColumnType::Decimal);
        QCOMPARE(columnTypeFromOdbc(SQL_VARCHAR, QStringLiteral("datetime")), ColumnType::Timestamp);
        QCOMPARE(columnTypeFromOdbc(SQL_VARCHAR, QStringLiteral("varchar")), ColumnType::Text);
        QCOMPARE(columnTypeFromOdbc(SQL_GUID, QStringLiteral("uuid")), ColumnType::Text);
        QCOMPARE(columnTypeFromOdbc(SQL_TYPE_TIMESTAMP, QStringLiteral("timestamptz")), ColumnType::Timestamp);
        QCOMPARE(columnTypeFromOdbc(SQL_REAL, QStringLiteral("real")), ColumnType::Double);
        QCOMPARE(columnTypeFromOdbc(SQL_LONGVARBINARY, QStringLiteral("bytea")), ColumnType::Binary);
        QCOMPARE(columnTypeFromOdbc(SQL_VARCHAR, QStringLiteral("interval")), ColumnType::Text);
        QCOMPARE(columnTypeFromOdbc(9999, QStringLiteral("geometry")), ColumnType::Unknown);
    }
};

QTEST_GUILESS_MAIN(TstOdbcCatalog)
#include "tst_odbc_catalog.moc"
