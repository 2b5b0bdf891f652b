// SqliteConnection over Qt's QSQLITE driver: creating files from init scripts, introspection of a small
// CRM schema, exact round trips of every value kind, constraint errors and transactions.
#include "core/errors.h"
#include "db/sqlite/sqlite_connection.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace ferry;

namespace {

ConnectionProfile sqliteProfile(const QString& file, const QString& initSql = {})
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Sqlite;
    p.name = QStringLiteral("test");
    p.file = file;
    p.initSql = initSql;
    return p;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

std::vector<Row> readAll(Connection& c, const QString& sql, const std::vector<Value>& params = {})
{
    std::vector<Row> all, block;
    auto reader = c.query(sql, params);
    while (reader->fetch(block, 100))
        all.insert(all.end(), block.begin(), block.end());
    return all;
}

Value scalar(Connection& c, const QString& sql)
{
    const std::vector<Row> rows = readAll(c, sql);
    return rows.empty() || rows[0].empty() ? Value() : rows[0][0];
}

QString show(const Value& v)
{
    return QString::fromLatin1(Value::kindName(v.kind())) + QLatin1Char(' ') + v.display();
}

const char* kCrmSchema = R"sql(
CREATE TABLE companies (
  id INTEGER PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  vat_no TEXT UNIQUE,
  revenue NUMERIC(14,2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT 1,
  founded DATE,
  logo BLOB,
  rating REAL,
  status TEXT DEFAULT 'lead'
);
CREATE TABLE contacts (
  company_id INTEGER NOT NULL REFERENCES companies(id),
  email VARCHAR(120) NOT NULL,
  first_name TEXT,
  last_seen DATETIME,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (email, company_id),
  UNIQUE (first_name, last_seen)
);
CREATE TABLE notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  contact_email TEXT,
  contact_company INTEGER,
  owner INTEGER,
  body TEXT NOT NULL,
  FOREIGN KEY (contact_email, contact_company) REFERENCES contacts (email, company_id),
  FOREIGN KEY (owner) REFERENCES companies
);
CREATE UNIQUE INDEX notes_body ON notes (body);
CREATE INDEX notes_email ON notes (contact_email);
CREATE UNIQUE INDEX notes_lower_body ON notes (lower(body));
CREATE UNIQUE INDEX notes_partial ON notes (owner) WHERE owner IS NOT NULL;
CREATE TABLE codes (code INT PRIMARY KEY, label TEXT);
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT) WITHOUT ROWID;
CREATE VIEW active_companies AS SELECT id, name AS company_name, revenue FROM companies WHERE active;
INSERT INTO companies (name, vat_no) VALUES ('Acme', 'GB1'), ('Globex', 'GB2');
)sql";

} // namespace

class TstSqliteConnection : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    std::unique_ptr<Connection> crm()
    {
        const QString script = path(QStringLiteral("crm.sql"));
        writeFile(script, kCrmSchema);
        return openSqliteConnection(sqliteProfile(path(QStringLiteral("crm_%1.db").arg(++crmCount_)), script));
    }
    int crmCount_ = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        // The suite runs in a zone with a daylight-saving gap so a shifted timestamp would show.
        QCOMPARE(qgetenv("TZ"), QByteArray("America/New_York"));
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("America/New_York"));
    }

    void initScriptWithTrickyContent()
    {
        const QString script = path(QStringLiteral("tricky.sql"));
        writeFile(script, R"sql(-- Demo CRM; a comment with a semicolon
/* block; comment
   over lines */
BEGIN TRANSACTION;
CREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL UNIQUE, note TEXT DEFAULT 'a;b');
CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);
CREATE TRIGGER accounts_audit AFTER INSERT ON accounts BEGIN
  INSERT INTO audit (what) VALUES ('insert; ' || NEW.name);
  UPDATE audit SET what = CASE WHEN what IS NULL THEN 'x' ELSE what END;
END;
INSERT INTO accounts (name) VALUES ('O''Brien; Ltd');
INSERT INTO accounts (name, note) VALUES ('Semi', '--not a comment;'); -- a real comment;
INSERT INTO accounts (name, note) VALUES ('Zoë 😀', '/* not a comment either */')
;
COMMIT;
)sql");
        const QString file = path(QStringLiteral("sub/folder/tricky.db"));
        auto c = openSqliteConnection(sqliteProfile(file, script));
        QVERIFY(QFileInfo::exists(file));
        const std::vector<Row> rows = readAll(*c, QStringLiteral("SELECT name, note FROM accounts ORDER BY id"));
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0][0], Value::text(QByteArray("O'Brien; Ltd")));
        QCOMPARE(rows[0][1], Value::text(QByteArray("a;b")));
        QCOMPARE(rows[1][1], Value::text(QByteArray("--not a comment;")));
        QCOMPARE(rows[2][0], Value::text(QByteArray("Zo\xC3\xAB \xF0\x9F\x98\x80")));
        QCOMPARE(rows[2][1], Value::text(QByteArray("/* not a comment either */")));
        const std::vector<Row> audit = readAll(*c, QStringLiteral("SELECT what FROM audit ORDER BY id"));
        QCOMPARE(audit.size(), size_t(3));
        QCOMPARE(audit[0][0], Value::text(QByteArray("insert; O'Brien; Ltd")));
        QVERIFY(!c->inTransaction());

        // A second open uses the existing file and does not run the script again.
        c.reset();
        auto again = openSqliteConnection(sqliteProfile(file, script));
        QCOMPARE(scalar(*again, QStringLiteral("SELECT COUNT(*) FROM accounts")), Value::integer(3));
    }

    void failingInitScriptNamesStatementAndLeavesNoFile()
    {
        QTemporaryDir local;
        const QString script = local.filePath(QStringLiteral("broken.sql"));
        writeFile(script, "CREATE TABLE a (x INTEGER NOT NULL);\n"
                          "INSERT INTO a VALUES (1);\n"
                          "-- the next statement starts on line 5\n"
                          "\n"
                          "INSERT INTO\n  missing_table VALUES (2);\n"
                          "INSERT INTO a VALUES (3);\n");
        const QString file = local.filePath(QStringLiteral("broken.db"));
        try {
            openSqliteConnection(sqliteProfile(file, script));
            QFAIL("a failing init script must throw");
        } catch (const ConnectError& e) {
            QCOMPARE(e.kind(), ConnectFailure::Other);
            QCOMPARE(e.message(), QStringLiteral("The init script broken.sql failed at statement 3 (line 5): "
                                                 "no such table: missing_table"));
            QVERIFY(!e.advice().isEmpty());
        }
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(QDir(local.path()).entryList(QDir::Files), QStringList{QStringLiteral("broken.sql")});

        // A foreign key broken by the script is found when it commits; still nothing is left behind.
        writeFile(script, "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE c (p INTEGER REFERENCES p(id));\n"
                          "INSERT INTO c VALUES (7);\n");
        try {
            openSqliteConnection(sqliteProfile(file, script));
            QFAIL("a broken foreign key must throw");
        } catch (const ConnectError& e) {
            QCOMPARE(e.message(), QStringLiteral("The init script broken.sql failed when committing: "
                                                 "FOREIGN KEY constraint failed"));
            QCOMPARE(e.sqlState(), QStringLiteral("23503"));
        }
        QCOMPARE(QDir(local.path()).entryList(QDir::Files), QStringList{QStringLiteral("broken.sql")});

        // A missing script is reported by its path.
        try {
            openSqliteConnection(sqliteProfile(file, local.filePath(QStringLiteral("nope.sql"))));
            QFAIL("a missing init script must throw");
        } catch (const ConnectError& e) {
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(local.filePath(QStringLiteral("nope.sql")))),
                     qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(file));
    }

    void missingFileWithoutInitScript()
    {
        const QString file = path(QStringLiteral("absent.db"));
        try {
            openSqliteConnection(sqliteProfile(file));
            QFAIL("a missing file must throw");
        } catch (const ConnectError& e) {
            QCOMPARE(e.kind(), ConnectFailure::DatabaseMissing);
            QCOMPARE(e.message(),
                     QStringLiteral("The SQLite file %1 was not found.").arg(QDir::toNativeSeparators(file)));
        }
        QVERIFY(!QFileInfo::exists(file)); // never created by the attempt
    }

    void fileThatIsNotADatabase()
    {
        const QString file = path(QStringLiteral("notes.txt"));
        writeFile(file, QByteArray("This is plain text, not an SQLite database.\n").repeated(20));
        try {
            openSqliteConnection(sqliteProfile(file));
            QFAIL("a text file must not open");
        } catch (const ConnectError& e) {
            QCOMPARE(e.kind(), ConnectFailure::Other);
            QVERIFY2(e.message().endsWith(QLatin1String("file is not a database")), qPrintable(e.message()));
        }
        QVERIFY(!QSqlDatabase::connectionNames().join(QLatin1Char(',')).contains(QLatin1String("ferry-sqlite")));
    }

    void identityAndServerInfo()
    {
        auto c = crm();
        QCOMPARE(c->family(), DbFamily::SQLite);
        QCOMPARE(c->dialect().family(), DbFamily::SQLite);
        QCOMPARE(c->dialect().quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        const ServerInfo info = c->serverInfo();
        QCOMPARE(info.dbmsName, QStringLiteral("SQLite"));
        QVERIFY2(info.dbmsVersion.startsWith(QLatin1String("3.")), qPrintable(info.dbmsVersion));
        QCOMPARE(info.driverName, QStringLiteral("Qt QSQLITE"));
        QCOMPARE(scalar(*c, QStringLiteral("PRAGMA foreign_keys")), Value::integer(1));
        QCOMPARE(scalar(*c, QStringLiteral("PRAGMA busy_timeout")), Value::integer(10000));
    }

    void connectionsHaveOwnNamesAndRemoveThem()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        auto a = crm();
        auto b = openSqliteConnection(sqliteProfile(path(QStringLiteral("crm_%1.db").arg(crmCount_))));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        // A worker thread opens and uses its own connection to the same file.
        const QString file = path(QStringLiteral("crm_%1.db").arg(crmCount_));
        qint64 seenByWorker = -1;
        QThread* worker = QThread::create([&] {
            auto own = openSqliteConnection(sqliteProfile(file));
            seenByWorker = scalar(*own, QStringLiteral("SELECT COUNT(*) FROM companies")).toInt();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QCOMPARE(seenByWorker, 2);
        a.reset();
        b.reset();
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void listsAndFindsTables()
    {
        auto c = crm();
        const QList<TableRef> all = c->tables();
        QStringList names;
        for (const TableRef& t : all) {
            QVERIFY(t.schema.isEmpty());
            names << t.name;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("active_companies"), QStringLiteral("codes"),
                                     QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("notes"),
                                     QStringLiteral("tags")})); // sqlite_sequence is internal
        QCOMPARE(c->tables(false).size(), 5);
        QCOMPARE(c->findTable(QStringLiteral("CONTACTS")),
                 std::optional<TableRef>(TableRef{{}, QStringLiteral("contacts")}));
        QCOMPARE(c->findTable(QStringLiteral("main.Notes")),
                 std::optional<TableRef>(TableRef{{}, QStringLiteral("notes")}));
        QCOMPARE(c->findTable(QStringLiteral(" Active_Companies ")),
                 std::optional<TableRef>(TableRef{{}, QStringLiteral("active_companies")}));
        QVERIFY(!c->findTable(QStringLiteral("contact")).has_value());
        QVERIFY(!c->findTable(QStringLiteral("other.contacts")).has_value());
    }

    void describesCompanies()
    {
        auto c = crm();
        const TableInfo t = c->describe({{}, QStringLiteral("Companies")});
        QCOMPARE(t.name, QStringLiteral("companies"));
        QVERIFY(t.schema.isEmpty());
        QVERIFY(!t.isView);
        QCOMPARE(t.columns.size(), 9);
        struct Expect {
            const char* name;
            ColumnType type;
            const char* native;
            qint64 length;
            int precision, scale;
            bool nullable;
            const char* defaultValue; // nullptr: none
            bool autoIncrement;
        };
        const Expect expected[] = {
            {"id", ColumnType::Integer, "INTEGER", 0, 64, 0, false, nullptr, true},
            {"name", ColumnType::Text, "VARCHAR(80)", 80, 0, 0, false, nullptr, false},
            {"vat_no", ColumnType::Text, "TEXT", 0, 0, 0, true, nullptr, false},
            {"revenue", ColumnType::Decimal, "NUMERIC(14,2)", 0, 14, 2, true, "0", false},
            {"active", ColumnType::Boolean, "BOOLEAN", 0, 0, 0, false, "1", false},
            {"founded", ColumnType::Date, "DATE", 0, 0, 0, true, nullptr, false},
            {"logo", ColumnType::Binary, "BLOB", 0, 0, 0, true, nullptr, false},
            {"rating", ColumnType::Double, "REAL", 0, 0, 0, true, nullptr, false},
            {"status", ColumnType::Text, "TEXT", 0, 0, 0, true, "'lead'", false},
        };
        for (int i = 0; i < t.columns.size(); ++i) {
            const ColumnInfo& col = t.columns[i];
            const Expect& e = expected[i];
            QCOMPARE(col.name, QString::fromLatin1(e.name));
            QCOMPARE(col.type, e.type);
            QCOMPARE(col.nativeType, QString::fromLatin1(e.native));
            QCOMPARE(col.length, e.length);
            QCOMPARE(col.precision, e.precision);
            QCOMPARE(col.scale, e.scale);
            QCOMPARE(col.nullable, e.nullable);
            QCOMPARE(col.defaultValue.has_value(), e.defaultValue != nullptr);
            if (e.defaultValue)
                QCOMPARE(*col.defaultValue, QString::fromLatin1(e.defaultValue));
            QCOMPARE(col.autoIncrement, e.autoIncrement);
            QVERIFY(col.supportsSupplementary);
        }
        QCOMPARE(t.columns[0].odbcType, -5); // SQL_BIGINT
        QCOMPARE(t.columns[1].odbcType, 12); // SQL_VARCHAR
        QCOMPARE(t.columns[3].odbcType, 2);  // SQL_NUMERIC
        QCOMPARE(t.columns[5].odbcType, 91); // SQL_TYPE_DATE
        QCOMPARE(t.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(t.uniqueKeys, QList<QStringList>{QStringList{QStringLiteral("vat_no")}});
        QVERIFY(t.foreignKeys.isEmpty());
        QCOMPARE(t.rowCountEstimate, std::optional<qint64>(2));
    }

    void describesKeysOfContactsAndNotes()
    {
        auto c = crm();
        const TableInfo contacts = c->describe({{}, QStringLiteral("contacts")});
        QCOMPARE(contacts.primaryKey, (QStringList{QStringLiteral("email"), QStringLiteral("company_id")}));
        QVERIFY(!contacts.column(QStringLiteral("company_id"))->autoIncrement);
        QCOMPARE(contacts.column(QStringLiteral("last_seen"))->type, ColumnType::Timestamp);
        QCOMPARE(contacts.column(QStringLiteral("created_at"))->type, ColumnType::Timestamp);
        QCOMPARE(*contacts.column(QStringLiteral("created_at"))->defaultValue, QStringLiteral("CURRENT_TIMESTAMP"));
        QCOMPARE(contacts.column(QStringLiteral("email"))->length, 120);
        QVERIFY(!contacts.column(QStringLiteral("email"))->nullable);
        QCOMPARE(contacts.uniqueKeys,
                 QList<QStringList>{(QStringList{QStringLiteral("first_name"), QStringLiteral("last_seen")})});
        QCOMPARE(contacts.foreignKeys.size(), 1);
        QCOMPARE(contacts.foreignKeys[0].columns, QStringList{QStringLiteral("company_id")});
        QCOMPARE(contacts.foreignKeys[0].referencedTable, QStringLiteral("companies"));
        QCOMPARE(contacts.foreignKeys[0].referencedColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(contacts.foreignKeys[0].name, QStringLiteral("contacts_company_id_fkey"));
        QCOMPARE(contacts.rowCountEstimate, std::optional<qint64>(0));

        const TableInfo notes = c->describe({{}, QStringLiteral("notes")});
        QVERIFY(notes.column(QStringLiteral("id"))->autoIncrement);
        // Only the plain, full unique index counts: not the expression index, the partial one or a plain
        // index.
        QCOMPARE(notes.uniqueKeys, QList<QStringList>{QStringList{QStringLiteral("body")}});
        QCOMPARE(notes.foreignKeys.size(), 2);
        QCOMPARE(notes.foreignKeys[0].columns,
                 (QStringList{QStringLiteral("contact_email"), QStringLiteral("contact_company")}));
        QCOMPARE(notes.foreignKeys[0].referencedTable, QStringLiteral("contacts"));
        QCOMPARE(notes.foreignKeys[0].referencedColumns,
                 (QStringList{QStringLiteral("email"), QStringLiteral("company_id")}));
        QCOMPARE(notes.foreignKeys[1].columns, QStringList{QStringLiteral("owner")});
        QCOMPARE(notes.foreignKeys[1].referencedTable, QStringLiteral("companies"));
        QCOMPARE(notes.foreignKeys[1].referencedColumns, QStringList{QStringLiteral("id")}); // implied parent key

        // INT PRIMARY KEY and WITHOUT ROWID tables do not number their rows.
        QVERIFY(!c->describe({{}, QStringLiteral("codes")}).columns[0].autoIncrement);
        const TableInfo tags = c->describe({{}, QStringLiteral("tags")});
        QCOMPARE(tags.primaryKey, QStringList{QStringLiteral("id")});
        QVERIFY(!tags.columns[0].autoIncrement);
    }

    void describesViewsAndMissingTables()
    {
        auto c = crm();
        const TableInfo v = c->describe({{}, QStringLiteral("active_companies")});
        QVERIFY(v.isView);
        QCOMPARE(v.columns.size(), 3);
        QCOMPARE(v.columns[1].name, QStringLiteral("company_name"));
        QCOMPARE(v.columns[1].type, ColumnType::Text);
        QCOMPARE(v.columns[1].length, 80);
        QCOMPARE(v.columns[2].type, ColumnType::Decimal);
        QVERIFY(v.primaryKey.isEmpty());
        QVERIFY(!v.rowCountEstimate.has_value());
        try {
            c->describe({{}, QStringLiteral("no_such_table")});
            QFAIL("describing a missing table must throw");
        } catch (const DbError& e) {
            QCOMPARE(e.sqlState(), QStringLiteral("42S02"));
            QVERIFY(e.message().contains(QLatin1String("no_such_table")));
        }
    }

    void roundTripsEveryValueKindExactly()
    {
        auto c = crm();
        c->execute(QStringLiteral(
            "CREATE TABLE kinds (id INTEGER PRIMARY KEY, t TEXT, i INTEGER, d NUMERIC(30,2), dn DECIMAL, "
            "r REAL, b BOOLEAN, dt DATE, tm TIME, ts DATETIME, bin BLOB, loose)"));
        const TableInfo info = c->describe({{}, QStringLiteral("kinds")});
        const QByteArray emoji("\xF0\x9F\x98\x80 Zo\xC3\xAB \xC3\x98rsted \xE4\xBB\x98 \xE3\x83\x98");
        const QDate dstDay(2024, 3, 10);
        const qint64 gap = (2 * 3600 + 30 * 60) * 1000000LL + 500000; // 02:30:00.5, skipped in New York
        std::vector<Row> rows = {
            {Value::integer(1), Value::text(emoji), Value::integer(std::numeric_limits<qint64>::max()),
             Value::decimal("1234567890123.12"), Value::decimal("12.5"), Value::real(0.1), Value::boolean(true),
             Value::date(QDate(2024, 2, 29)), Value::time(86399999999), Value::timestamp(dstDay, gap),
             Value::binary(QByteArray("\0a\0\xff", 4)), Value::text(QByteArray("x"))},
            {Value::integer(2), Value::text(QByteArray("")), Value::integer(std::numeric_limits<qint64>::min()),
             Value::decimal("0.10"), Value::decimal("42"), Value::real(-1e300), Value::boolean(false),
             Value::date(QDate(1, 1, 1)), Value::time(0), Value::timestamp(QDate(1969, 12, 31), 86399999999),
             Value::binary(QByteArray("", 0)), Value::integer(7)},
            {Value::integer(3), Value::text(QByteArray("NULL")), Value::integer(0), Value::decimal("-1234.50"),
             Value::decimal("-0.000001"), Value::real(3.141592653589793), Value::null(), Value::null(),
             Value::time(12 * 3600000000LL + 1), Value::timestamp(QDate(2024, 11, 3), 3600000000LL + 1), Value::null(),
             Value::real(2.5)},
            {Value::integer(4), Value::text(QByteArray(" ")), Value::null(), Value::decimal("100.00"),
             Value::decimal("9999999999.12345"), Value::null(), Value::null(), Value::date(QDate(9999, 12, 31)),
             Value::null(), Value::null(), Value::null(), Value::binary(QByteArray("\x01", 1))},
            {Value::integer(5), Value::null(), Value::integer(-1), Value::decimal("999999999999.99"),
             Value::decimal("-1234567890123456789"), Value::real(0.0), Value::null(), Value::null(), Value::null(),
             Value::null(), Value::null(), Value::null()},
        };
        c->begin();
        c->insertWriter({{}, QStringLiteral("kinds")}, info.columns)->insert(rows);
        c->commit();

        const std::vector<Row> back = readAll(*c, QStringLiteral("SELECT * FROM kinds ORDER BY id"));
        QCOMPARE(back.size(), rows.size());
        for (size_t r = 0; r < rows.size(); ++r)
            for (size_t col = 0; col < rows[r].size(); ++col)
                QVERIFY2(back[r][col] == rows[r][col],
                         qPrintable(QStringLiteral("row %1 column %2: wrote %3, read %4")
                                        .arg(r + 1)
                                        .arg(info.columns[int(col)].name, show(rows[r][col]), show(back[r][col]))));

        // Decimal columns keep 15 significant digits exactly (a REAL) or a 64-bit integer; the engine
        // refuses longer decimals for them (coerce: exactDigits) rather than store something else.
        QCOMPARE(info.columns[3].exactDigits, 15);
        QCOMPARE(info.columns[4].exactDigits, 15);
        QCOMPARE(info.columns[1].exactDigits, 0);
        // What SQLite stores: canonical ISO text for times, 0/1 for booleans, numbers as numbers.
        const std::vector<Row> stored =
            readAll(*c, QStringLiteral("SELECT typeof(d), typeof(ts), ts, CAST(b AS TEXT), typeof(dt), dt, typeof(dn) "
                                       "FROM kinds WHERE id IN (1, 2) ORDER BY id"));
        QCOMPARE(stored[0][0], Value::text(QByteArray("real")));
        QCOMPARE(stored[0][1], Value::text(QByteArray("text")));
        QCOMPARE(stored[0][2], Value::timestamp(dstDay, gap));
        QCOMPARE(stored[0][3], Value::text(QByteArray("1")));
        QCOMPARE(stored[1][0], Value::text(QByteArray("real")));
        QCOMPARE(stored[1][4], Value::text(QByteArray("text")));
        QCOMPARE(stored[1][5], Value::date(QDate(1, 1, 1)));
        QCOMPARE(stored[1][6], Value::text(QByteArray("integer")));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT CAST(ts AS TEXT) || '|' FROM kinds WHERE id = 1")),
                 Value::text(QByteArray("2024-03-10 02:30:00.5|")));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT length(t) FROM kinds WHERE id = 1")), Value::integer(16));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT length(CAST(t AS BLOB)) FROM kinds WHERE id = 1")),
                 Value::integer(emoji.size()));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM kinds WHERE t IS NULL")), Value::integer(1));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM kinds WHERE t = ''")), Value::integer(1));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT typeof(bin) FROM kinds WHERE id = 2")),
                 Value::text(QByteArray("blob"))); // an empty blob is not NULL

        // Empty text and binary values without any bytes behind them are still '' and X'', not NULL.
        Row empty(info.columns.size());
        empty[0] = Value::integer(6);
        empty[1] = Value::text(QByteArray());
        empty[10] = Value::binary(QByteArray());
        c->insertWriter({{}, QStringLiteral("kinds")}, info.columns)->insert({empty});
        const std::vector<Row> sixth = readAll(*c, QStringLiteral("SELECT typeof(t), typeof(bin), t, bin FROM kinds "
                                                                  "WHERE id = 6"));
        QCOMPARE(sixth[0][0], Value::text(QByteArray("text")));
        QCOMPARE(sixth[0][1], Value::text(QByteArray("blob")));
        QCOMPARE(sixth[0][2], Value::text(QByteArray("")));
        QCOMPARE(sixth[0][3], Value::binary(QByteArray("", 0)));
    }

    void readsDeclaredTypesOfAliasesAndExpressions()
    {
        auto c = crm();
        c->execute(QStringLiteral("CREATE TABLE money (id INTEGER PRIMARY KEY, amount NUMERIC(14,2), at DATETIME, "
                                  "born DATE, t TIME, b BOOLEAN, n NUMERIC);"
                                  "INSERT INTO money VALUES (1, 12.3, '2024-03-10T02:30:00.123456Z', '2024-02-30', "
                                  "'25:00', 2, '12.3000');"
                                  "INSERT INTO money VALUES (2, '12,30', '2024-03-10', '2024-01-02 00:00:00', "
                                  "'07:08', 0, 1e400)"));
        // Aliases keep their column's declared type; expressions fall back to the storage class.
        auto reader = c->query(QStringLiteral("SELECT amount AS total, at AS seen, born, t, b, n, amount * 2 AS twice, "
                                              "'x' || id AS label FROM money ORDER BY id;"));
        const QList<ResultColumn>& cols = reader->columns();
        QCOMPARE(cols.size(), 8);
        QCOMPARE(cols[0].name, QStringLiteral("total"));
        QCOMPARE(cols[0].type, ColumnType::Decimal);
        QCOMPARE(cols[0].scale, 2);
        QCOMPARE(cols[1].type, ColumnType::Timestamp);
        QCOMPARE(cols[2].type, ColumnType::Date);
        QCOMPARE(cols[3].type, ColumnType::Time);
        QCOMPARE(cols[4].type, ColumnType::Boolean);
        QCOMPARE(cols[6].type, ColumnType::Double);
        QCOMPARE(cols[7].type, ColumnType::Text);
        std::vector<Row> rows;
        QVERIFY(reader->fetch(rows, 10));
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0][0], Value::decimal("12.30"));
        QCOMPARE(rows[0][1], Value::timestamp(QDate(2024, 3, 10), (2 * 3600 + 30 * 60) * 1000000LL + 123456));
        QCOMPARE(rows[0][2], Value::text(QByteArray("2024-02-30"))); // not a date: reported by the engine
        QCOMPARE(rows[0][3], Value::text(QByteArray("25:00")));
        QCOMPARE(rows[0][4], Value::integer(2));      // not 0/1: left as it is
        QCOMPARE(rows[0][5], Value::decimal("12.3")); // NUMERIC affinity stored 12.3 as REAL
        QCOMPARE(rows[0][6], Value::real(24.6));
        QCOMPARE(rows[0][7], Value::text(QByteArray("x1")));
        QCOMPARE(rows[1][0], Value::text(QByteArray("12,30")));
        QCOMPARE(rows[1][1], Value::timestamp(QDate(2024, 3, 10), 0));
        QCOMPARE(rows[1][2], Value::date(QDate(2024, 1, 2)));
        QCOMPARE(rows[1][3], Value::time(7 * 3600000000LL + 8 * 60000000LL));
        QCOMPARE(rows[1][4], Value::boolean(false));
        QCOMPARE(rows[1][5].kind(), Value::Kind::Double); // infinity has no decimal form
        QVERIFY(!reader->fetch(rows, 10));
        QVERIFY(rows.empty());

        // With parameters the origin column of each result column decides.
        const std::vector<Row> byId =
            readAll(*c, QStringLiteral("SELECT amount, at FROM money WHERE id = ? AND amount > ?"),
                    {Value::integer(1), Value::decimal("12.29")});
        QCOMPARE(byId.size(), size_t(1));
        QCOMPARE(byId[0][0], Value::decimal("12.30"));
        QCOMPARE(byId[0][1].kind(), Value::Kind::Timestamp);
    }

    void constraintViolationsThrowWithSqlState()
    {
        auto c = crm();
        c->execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                  "email TEXT UNIQUE, company INTEGER REFERENCES companies(id), "
                                  "age INTEGER CHECK (age >= 0))"));
        const TableInfo info = c->describe({{}, QStringLiteral("people")});
        const TableRef people{{}, QStringLiteral("people")};
        std::vector<Row> rows;
        for (int i = 1; i <= 500; ++i)
            rows.push_back({Value::integer(i), i == 377 ? Value::null() : Value::text(QStringLiteral("P%1").arg(i)),
                            Value::text(QStringLiteral("p%1@x.org").arg(i)), Value::integer(1), Value::integer(30)});
        c->begin();
        auto writer = c->insertWriter(people, info.columns);
        try {
            writer->insert(rows);
            QFAIL("a NULL in a NOT NULL column must throw");
        } catch (const DbError& e) {
            QCOMPARE(e.sqlState(), QStringLiteral("23502"));
            QCOMPARE(e.nativeCode(), 1299); // SQLITE_CONSTRAINT_NOTNULL
            QCOMPARE(e.message(),
                     QStringLiteral("Inserting into people failed: NOT NULL constraint failed: people.name"));
        }
        // All or nothing: the 199-row statement before the bad row are undone with it.
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM people")), Value::integer(0));
        c->rollback();
        QVERIFY(!c->inTransaction());
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM people")), Value::integer(0));

        rows[376][1] = Value::text(QByteArray("fixed"));
        writer->insert(rows); // outside a transaction the batch commits by itself
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM people")), Value::integer(500));

        const auto expectState = [&](Row row, const char* state, int code) {
            try {
                writer->insert({row});
                QFAIL("the row must be refused");
            } catch (const DbError& e) {
                QCOMPARE(e.sqlState(), QString::fromLatin1(state));
                QCOMPARE(e.nativeCode(), code);
            }
        };
        expectState({Value::integer(1), Value::text(QByteArray("dup")), Value::null(), Value::null(), Value::null()},
                    "23505", 1555);
        expectState({Value::integer(900), Value::text(QByteArray("dup")), Value::text(QByteArray("p1@x.org")),
                     Value::null(), Value::null()},
                    "23505", 2067);
        expectState(
            {Value::integer(901), Value::text(QByteArray("fk")), Value::null(), Value::integer(99), Value::null()},
            "23503", 787);
        expectState(
            {Value::integer(902), Value::text(QByteArray("ck")), Value::null(), Value::null(), Value::integer(-1)},
            "23514", 275);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM people")), Value::integer(500));

        try {
            writer->insert({Row{Value::integer(1)}});
            QFAIL("a short row must throw");
        } catch (const DbError& e) {
            QCOMPARE(e.message(), QStringLiteral("A row for people has 1 values where 5 columns are written"));
        }
    }

    void updatesReportAffectedRows()
    {
        auto c = crm();
        const TableInfo info = c->describe({{}, QStringLiteral("companies")});
        auto writer =
            c->updateWriter({{}, QStringLiteral("companies")},
                            {*info.column(QStringLiteral("revenue")), *info.column(QStringLiteral("founded"))},
                            {*info.column(QStringLiteral("vat_no"))});
        const qint64 affected = writer->update({
            {Value::decimal("1500000.25"), Value::date(QDate(1999, 1, 2)), Value::text(QByteArray("GB1"))},
            {Value::decimal("0.10"), Value::null(), Value::text(QByteArray("GB2"))},
            {Value::decimal("1.00"), Value::null(), Value::text(QByteArray("NO-SUCH"))},
        });
        QCOMPARE(affected, 2);
        const std::vector<Row> rows = readAll(*c, QStringLiteral("SELECT revenue, founded FROM companies ORDER BY id"));
        QCOMPARE(rows[0][0], Value::decimal("1500000.25"));
        QCOMPARE(rows[0][1], Value::date(QDate(1999, 1, 2)));
        QCOMPARE(rows[1][0], Value::decimal("0.10"));
        QVERIFY(rows[1][1].isNull());
    }

    void savepointsThroughExecute()
    {
        auto c = crm();
        c->begin();
        QVERIFY(c->inTransaction());
        c->execute(QStringLiteral("INSERT INTO companies (name) VALUES ('kept')"));
        c->execute(QStringLiteral("SAVEPOINT batch_1"));
        c->execute(QStringLiteral("INSERT INTO companies (name) VALUES ('undone'); INSERT INTO companies (name) "
                                  "VALUES ('undone too')"));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM companies")), Value::integer(5));
        c->execute(c->dialect().rollbackToSavepoint(QStringLiteral("batch_1")));
        c->execute(c->dialect().releaseSavepoint(QStringLiteral("batch_1")));
        QVERIFY(c->inTransaction());
        c->commit();
        QVERIFY(!c->inTransaction());
        QCOMPARE(scalar(*c, QStringLiteral("SELECT group_concat(name, ',') FROM companies")),
                 Value::text(QByteArray("Acme,Globex,kept")));

        try {
            c->execute(QStringLiteral("INSERT INTO nowhere VALUES (1)"));
            QFAIL("a bad statement must throw");
        } catch (const DbError& e) {
            QCOMPARE(e.sqlState(), QStringLiteral("HY000"));
            QCOMPARE(e.message(),
                     QStringLiteral("The statement \"INSERT INTO nowhere VALUES (1)\" failed: no such table: nowhere"));
        }
    }
};

QTEST_GUILESS_MAIN(TstSqliteConnection)
#include "tst_sqlite_connection.moc"
