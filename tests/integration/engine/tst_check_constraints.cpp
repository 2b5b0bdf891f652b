// CHECK constraints on real targets: the catalog reports them (name, expression, columns), a dry run
// has the target evaluate them on the incoming values and rejects exactly the rows the real run's
// database refuses — including where databases disagree ('OPEN' passes MariaDB's case-insensitive
// IN list, not PostgreSQL's or SQLite's) — and a check naming a column the load does not fill is
// reported as not evaluated instead of guessed.
#include "common/dbfixture.h"
#include "engine/migration.h"

#include <QMap>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

QString targetDdl(const QString& table)
{
    return QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, amount NUMERIC(12,2) CHECK (amount >= 0), "
                          "status VARCHAR(10), starts DATE, ends DATE, note VARCHAR(40), "
                          "CONSTRAINT %1_status CHECK (status IN ('open', 'won', 'lost')), "
                          "CONSTRAINT %1_dates CHECK (ends >= starts), "
                          "CONSTRAINT %1_note CHECK (note <> 'x'))")
        .arg(table);
}

void writeSource(const QString& path)
{
    auto c = openDb(Db::SqliteQt, path);
    c->execute(QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY, amount TEXT, status TEXT, starts TEXT, "
                              "ends TEXT)"));
    c->execute(QStringLiteral("INSERT INTO deals VALUES "
                              "(1, '10.00', 'open', '2024-01-01', '2024-02-01'),"
                              "(2, '-5', 'open', '2024-01-01', '2024-02-01'),"    // amount
                              "(3, '10', 'pending', '2024-01-01', '2024-02-01')," // status
                              "(4, '10', 'open', '2024-03-01', '2024-02-01'),"    // dates
                              "(5, NULL, 'open', '2024-01-01', '2024-02-01'),"    // NULL passes a check
                              "(6, '0', 'won', '2024-01-01', '2024-01-01'),"      // the bound itself
                              "(7, '10', NULL, NULL, '2024-02-01'),"              // NULL passes
                              "(8, '-1', 'bogus', '2024-01-01', '2024-02-01'),"   // two checks, one reject
                              "(9, '10', 'lost', '2024-01-01', NULL),"            //
                              "(10, '10', 'OPEN', '2024-01-01', '2024-02-01')")); // case: per database
}

FieldMapping field(const QString& name)
{
    FieldMapping f;
    f.target = name;
    f.sources = {name};
    return f;
}

QStringList keys(const QList<RejectRecord>& rejects)
{
    QStringList out;
    for (const RejectRecord& r : rejects)
        out << r.sourceKey;
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return out;
}

} // namespace

class TestCheckConstraints : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    Project project(Db target, const QString& table)
    {
        Project p;
        p.name = QStringLiteral("checks");
        p.source = profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite")));
        p.target = profileFor(target, tmp_.filePath(QStringLiteral("target.sqlite")));
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        t.source = QStringLiteral("deals");
        t.target = table;
        t.keys = {QStringLiteral("id")};
        for (const char* c : {"id", "amount", "status", "starts", "ends"})
            t.fields << field(QString::fromLatin1(c));
        p.tables = {t};
        return p;
    }

    static RunSummary run(const Project& p, bool dryRun, bool rehearse = true)
    {
        RunRequest request;
        request.dryRun = dryRun;
        request.rehearse = rehearse;
        return Migration(p, request).run();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")));
    }

    void catalogReportsChecks_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
        QTest::newRow("sqlite-odbc") << Db::SqliteOdbc;
        QTest::newRow("sqlite-qt") << Db::SqliteQt;
    }
    void catalogReportsChecks()
    {
        QFETCH(Db, db);
        auto target = openDb(db, tmp_.filePath(QStringLiteral("catalog.sqlite")));
        const QString table = uniqueTable(QStringLiteral("deal_cat"));
        target->execute(targetDdl(table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });
        const TableInfo info = target->describe(TableRef{QString(), table});
        QCOMPARE(info.checks.size(), 4);
        QMap<QString, CheckConstraint> byName;
        for (const CheckConstraint& c : info.checks)
            byName.insert(c.name, c);
        const CheckConstraint dates = byName.value(table + QStringLiteral("_dates"));
        QCOMPARE(dates.columns, (QStringList{QStringLiteral("starts"), QStringLiteral("ends")}));
        QVERIFY2(dates.expression.contains(QLatin1String(">=")), qPrintable(dates.expression));
        QCOMPARE(byName.value(table + QStringLiteral("_status")).columns, QStringList{QStringLiteral("status")});
        QCOMPARE(byName.value(table + QStringLiteral("_note")).columns, QStringList{QStringLiteral("note")});
        bool amount = false; // the column-level check: named by the database, or unnamed (SQLite)
        for (const CheckConstraint& c : info.checks)
            amount = amount || c.columns == QStringList{QStringLiteral("amount")};
        QVERIFY(amount);
    }

    void dryRunPredictsTheDatabasesRefusals_data()
    {
        QTest::addColumn<Db>("db");
        QTest::addColumn<QStringList>("refused");
        const QStringList caseSensitive{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                        QStringLiteral("8"), QStringLiteral("10")};
        QTest::newRow("postgres") << Db::Postgres << caseSensitive;
        QTest::newRow("mariadb") << Db::MariaDB << caseSensitive.mid(0, 4); // 'OPEN' = 'open' in its collation
        QTest::newRow("sqlite-odbc") << Db::SqliteOdbc << caseSensitive;
    }
    void dryRunPredictsTheDatabasesRefusals()
    {
        QFETCH(Db, db);
        QFETCH(QStringList, refused);
        auto target = openDb(db, tmp_.filePath(QStringLiteral("target.sqlite")));
        const QString table = uniqueTable(QStringLiteral("deal"));
        target->execute(targetDdl(table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });
        const Project p = project(db, table);

        // The prediction a dry run falls back on without a rehearsal (a read-only account) evaluates each
        // check in the target; a rehearsal lets the target refuse the same rows.
        const RunSummary rehearsed = run(p, true);
        QVERIFY(rehearsed.rehearsed);
        QCOMPARE(keys(rehearsed.rejects), refused);
        const RunSummary dry = run(p, true, false);
        QVERIFY2(dry.error.isEmpty(), qPrintable(dry.error));
        QCOMPARE(keys(dry.rejects), refused);
        QCOMPARE(dry.tables[0].inserted, 10 - refused.size());
        for (const RejectRecord& r : dry.rejects) {
            QCOMPARE(r.origin, QStringLiteral("check"));
            if (r.sourceKey == QLatin1String("3")) {
                QCOMPARE(r.column, QStringLiteral("status"));
                QVERIFY2(r.reason.contains(table + QStringLiteral("_status")), qPrintable(r.reason));
            }
            if (r.sourceKey == QLatin1String("4"))
                QCOMPARE(r.column, QStringLiteral("starts"));
        }
        // The check on a column the load does not fill is named, not guessed.
        int checkFindings = 0;
        bool noteNotEvaluated = false;
        for (const PreflightFinding& f : dry.preflight) {
            if (f.kind != PreflightFinding::Kind::CheckConstraint)
                continue;
            ++checkFindings;
            if (f.constraint == table + QStringLiteral("_note")) {
                noteNotEvaluated = !f.blocking && f.rows == 0 && f.detail.contains(QLatin1String("note"));
            }
        }
        QVERIFY(noteNotEvaluated);
        QVERIFY(checkFindings >= 2);
        QCOMPARE(countRows(*target, table), 0);

        const RunSummary real = run(p, false);
        QCOMPARE(keys(real.rejects), refused);
        QCOMPARE(real.tables[0].inserted, 10 - refused.size());
        QCOMPARE(countRows(*target, table), 10 - refused.size());
        QMap<QString, QString> predictedColumn;
        for (const RejectRecord& r : dry.rejects)
            predictedColumn.insert(r.sourceKey, r.column);
        for (const RejectRecord& r : real.rejects) {
            QVERIFY2(r.origin == QLatin1String("database"), qPrintable(r.origin + QLatin1Char(' ') + r.reason));
            // The database's message names the check; its column is the one the dry run named.
            QVERIFY2(r.column == predictedColumn.value(r.sourceKey),
                     qPrintable(r.sourceKey + QLatin1Char(' ') + r.reason));
        }
        // The database's own refusals are grouped as check findings too.
        qint64 checkRows = 0;
        for (const PreflightFinding& f : real.preflight)
            if (f.kind == PreflightFinding::Kind::CheckConstraint)
                checkRows += f.rows;
        QCOMPARE(checkRows, qint64(refused.size()));
    }
};

QTEST_GUILESS_MAIN(TestCheckConstraints)
#include "tst_check_constraints.moc"
