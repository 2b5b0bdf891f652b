// A re-run writes only what changed: on PostgreSQL, MariaDB and SQLite targets an upsert over rows the
// target already holds writes none of them (counted "unchanged"), values the target stores in another
// form (1.5 in DECIMAL(10,2), CHAR padding, doubles, dates, NULL) do not look changed, and every real
// change — a case-only edit, NULL to '', a cent, a trailing space, a row a user edited in the target —
// is written, exactly those rows. An AFTER UPDATE trigger in the target, read back with the database's
// own client, is the witness: it fires once per row written and never for a row left alone. The dry run
// predicts the same counts as the run.
#include "common/db_client.h"
#include "common/dbfixture.h"
#include "engine/migration.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

constexpr int kRows = 300;

struct Contact {
    int id;
    QString name, code, amount, ratio, born;
    std::optional<QString> note;
};

QList<Contact> contacts()
{
    QList<Contact> rows;
    for (int i = 1; i <= kRows; ++i)
        rows << Contact{i,
                        i % 7 ? QStringLiteral("Person %1").arg(i) : QStringLiteral("Zoë Ångström %1").arg(i),
                        QStringLiteral("AB"),                                           // CHAR(5): stored padded
                        i % 2 ? QStringLiteral("1.5") : QStringLiteral("%1.25").arg(i), // DECIMAL(10,2): 1.50
                        QStringLiteral("0.1"),
                        QStringLiteral("2024-02-29"),
                        i % 3 ? std::optional<QString>(QStringLiteral("note %1").arg(i)) : std::nullopt};
    return rows;
}

void writeSource(const QString& path, const QList<Contact>& rows)
{
    QFile::remove(path);
    auto c = openDb(Db::SqliteQt, path);
    c->execute(QStringLiteral("CREATE TABLE src_contacts (id INTEGER PRIMARY KEY, name TEXT, code TEXT, amount TEXT, "
                              "ratio TEXT, born TEXT, note TEXT)"));
    c->begin();
    std::vector<Row> data;
    for (const Contact& r : rows)
        data.push_back({Value::integer(r.id), Value::text(r.name), Value::text(r.code), Value::text(r.amount),
                        Value::text(r.ratio), Value::text(r.born), r.note ? Value::text(*r.note) : Value()});
    const TableRef table{QString(), QStringLiteral("src_contacts")};
    c->insertWriter(table, c->describe(table).columns)->insert(data);
    c->commit();
}

// The target table, an audit table and an AFTER UPDATE trigger filling it, in the database's own SQL.
QString setupSql(Db db, const QString& t)
{
    const QString table = QStringLiteral("CREATE TABLE %1 (legacy_id INTEGER PRIMARY KEY, name VARCHAR(60), "
                                         "code CHAR(5), amount DECIMAL(10,2), ratio DOUBLE PRECISION, born DATE, "
                                         "note VARCHAR(100));\nCREATE TABLE %1_audit (legacy_id INTEGER);\n")
                              .arg(t);
    switch (db) {
    case Db::Postgres:
        return table + QStringLiteral("CREATE FUNCTION %1_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                      "INSERT INTO %1_audit VALUES (NEW.legacy_id); RETURN NEW; END $$;\n"
                                      "CREATE TRIGGER %1_t AFTER UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION %1_f();\n")
                           .arg(t);
    case Db::MariaDB:
        return table + QStringLiteral("CREATE TRIGGER %1_t AFTER UPDATE ON %1 FOR EACH ROW "
                                      "INSERT INTO %1_audit VALUES (NEW.legacy_id);\n")
                           .arg(t);
    default:
        return table + QStringLiteral("CREATE TRIGGER %1_t AFTER UPDATE ON %1 BEGIN "
                                      "INSERT INTO %1_audit VALUES (NEW.legacy_id); END;\n")
                           .arg(t);
    }
}

QString teardownSql(Db db, const QString& t)
{
    QString sql = QStringLiteral("DROP TABLE IF EXISTS %1;\nDROP TABLE IF EXISTS %1_audit;\n").arg(t);
    if (db == Db::Postgres)
        sql += QStringLiteral("DROP FUNCTION IF EXISTS %1_f();\n").arg(t);
    return sql;
}

FieldMapping field(const QString& name)
{
    FieldMapping f;
    f.target = name == QLatin1String("id") ? QStringLiteral("legacy_id") : name;
    f.sources = {name};
    return f;
}

} // namespace

class TestChangeDetection : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    QString sourcePath() const { return tmp_.filePath(QStringLiteral("source.sqlite")); }
    QString targetPath() const { return tmp_.filePath(QStringLiteral("target.sqlite")); }

    Project project(Db db, const QString& table) const
    {
        Project p;
        p.name = QStringLiteral("change detection");
        p.source = profileFor(Db::SqliteQt, sourcePath());
        p.target = profileFor(db, targetPath());
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        t.source = QStringLiteral("src_contacts");
        t.target = table;
        t.mode = WriteMode::Upsert;
        t.keys = {QStringLiteral("legacy_id")};
        t.batchSize = 100;
        for (const char* c : {"id", "name", "code", "amount", "ratio", "born", "note"})
            t.fields << field(QString::fromLatin1(c));
        p.tables = {t};
        return p;
    }

    static TableCounts run(const Project& p, bool dryRun = false)
    {
        RunRequest request;
        request.dryRun = dryRun;
        Migration m(p, request);
        const RunSummary s = m.run();
        if (!s.error.isEmpty())
            qWarning("%s", qPrintable(s.error));
        return s.tables.value(0);
    }

    QStringList client(Db db, const QString& sql) const { return clientRows(db, targetPath(), sql); }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void onlyChangedRowsAreWritten_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
        QTest::newRow("sqlite-odbc") << Db::SqliteOdbc;
        QTest::newRow("sqlite-qt") << Db::SqliteQt;
    }

    void onlyChangedRowsAreWritten()
    {
        QFETCH(Db, db);
        QList<Contact> rows = contacts();
        writeSource(sourcePath(), rows);
        QFile::remove(targetPath());
        const QString table = uniqueTable(QStringLiteral("chg"));
        client(db, setupSql(db, table));
        auto cleanup = qScopeGuard([&] { client(db, teardownSql(db, table)); });
        const QString audited = QStringLiteral("SELECT legacy_id FROM %1_audit ORDER BY legacy_id;").arg(table);

        // The first load inserts every row.
        const TableCounts first = run(project(db, table));
        QCOMPARE(first.inserted, kRows);
        QVERIFY(first.balanced());

        // The same source again: nothing is written, every row is unchanged, the trigger never fires.
        const TableCounts same = run(project(db, table));
        QCOMPARE(same.read, kRows);
        QCOMPARE(same.inserted, 0);
        QCOMPARE(same.updated, 0);
        QCOMPARE(same.unchanged, kRows);
        QVERIFY(same.balanced());
        QCOMPARE(client(db, audited), QStringList());

        // Real changes, each of a kind a comparison could miss; one that is no change at all; two new rows;
        // and a row a user edited in the target, which the source's values overwrite (an upsert).
        rows[0].name = QStringLiteral("PERSON 1");  // case only (MariaDB's collation calls it equal)
        rows[2].note = QStringLiteral("");          // NULL → ''
        rows[4].amount = QStringLiteral("1.51");    // a cent
        rows[7].name = QStringLiteral("Person 8 "); // a trailing space
        rows[10].amount = QStringLiteral("1.50");   // 1.5 written as 1.50: the same number
        rows[12].code = QStringLiteral("AB   "); // CHAR(5) pads "AB" to this anyway — except in SQLite, which keeps
                                                 // text as given, so there it is a change
        rows << Contact{kRows + 1,           QStringLiteral("New 1"), QStringLiteral("CD"),
                        QStringLiteral("2"), QStringLiteral("0.5"),   QStringLiteral("2025-01-01"),
                        std::nullopt};
        rows << Contact{kRows + 2,           QStringLiteral("New 2"), QStringLiteral("CD"),
                        QStringLiteral("3"), QStringLiteral("0.5"),   QStringLiteral("2025-01-01"),
                        QStringLiteral("x")};
        writeSource(sourcePath(), rows);
        client(db, QStringLiteral("UPDATE %1 SET name = 'Edited by a user' WHERE legacy_id = 20;").arg(table));
        client(db, QStringLiteral("DELETE FROM %1_audit;").arg(table));

        const bool sqlite = db == Db::SqliteOdbc || db == Db::SqliteQt;
        const int updates = sqlite ? 6 : 5;
        QStringList written{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("8")};
        if (sqlite)
            written << QStringLiteral("13");
        written << QStringLiteral("20");

        // The dry run predicts exactly what the run then does.
        const TableCounts dry = run(project(db, table), true);
        QCOMPARE(dry.inserted, 2);
        QCOMPARE(dry.updated, updates);
        QCOMPARE(dry.unchanged, kRows - updates);
        QCOMPARE(client(db, audited), QStringList()); // the rehearsal touched no real row

        const TableCounts changed = run(project(db, table));
        QCOMPARE(changed.read, kRows + 2);
        QCOMPARE(changed.inserted, 2);
        QCOMPARE(changed.updated, updates);
        QCOMPARE(changed.unchanged, kRows - updates);
        QVERIFY(changed.balanced());
        QCOMPARE(client(db, audited), written);
        // What arrived, as the database renders it.
        const QStringList values =
            client(db, QStringLiteral("SELECT legacy_id, name, amount, COALESCE(note, '<null>') FROM %1 "
                                      "WHERE legacy_id IN (1, 3, 5, 8, 20) ORDER BY legacy_id;")
                           .arg(table));
        QCOMPARE(values.size(), 5);
        QCOMPARE(values[0].section(QLatin1Char('\t'), 1, 1), QStringLiteral("PERSON 1"));
        QCOMPARE(values[1].section(QLatin1Char('\t'), 3, 3), QString());
        QCOMPARE(values[2].section(QLatin1Char('\t'), 2, 2), QStringLiteral("1.51"));
        QCOMPARE(values[3].section(QLatin1Char('\t'), 1, 1), QStringLiteral("Person 8 "));
        QCOMPARE(values[4].section(QLatin1Char('\t'), 1, 1), QStringLiteral("Person 20"));

        // And once more: all written, nothing left to change.
        client(db, QStringLiteral("DELETE FROM %1_audit;").arg(table));
        const TableCounts settled = run(project(db, table));
        QCOMPARE(settled.updated, 0);
        QCOMPARE(settled.unchanged, kRows + 2);
        QCOMPARE(client(db, audited), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestChangeDetection)
#include "tst_change_detection.moc"
