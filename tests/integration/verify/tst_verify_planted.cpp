// Verify does not share the writer's eyes, on real servers through real ODBC drivers: a small fixture of two
// tables and every common type (planted_fixture.h) is migrated PostgreSQL → PostgreSQL, PostgreSQL → MariaDB
// and SQLite → PostgreSQL; `ferry-cli verify --json`, run as a process, reports 0 differences per mapping;
// then 20 one-byte changes planted in the targets with each database's own client (a character, a letter's
// case, a trailing space, NULL ↔ '', true ↔ false, a decimal's last digit, one microsecond, one day, one bit
// of binary …) are all reported as different, naming their mapping, key and column, and nothing else is.
// Finally what a lossy writer would have left — "0832" written as 832, a trailing space trimmed — is caught.
#include "common/csv.h"
#include "common/db_client.h"
#include "common/dbfixture.h"
#include "engine/migration.h"
#include "planted_fixture.h"
#include "project/project_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

struct Direction {
    QString name;
    Db source, target;
    QString sourceTables[2]; // people, orders
    QString targetTables[2];
    QString projectPath;
    QString outputDirectory;
};

// One planted change: in direction `direction`, table 0 (people) or 1 (orders), the row `key`, the
// column, and the statement (%1 the target table) that changes it.
struct Plant {
    int direction;
    int table;
    int key;
    QString column;
    QString sql;
};

struct Cli {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Cli verifyCli(const QString& project)
{
    QProcess p;
    p.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"),
            {QStringLiteral("verify"), project, QStringLiteral("--json")});
    if (!p.waitForFinished(300000))
        qFatal("ferry-cli verify did not finish");
    return Cli{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// "direction/table/key/column" for each difference verify reports.
QString finding(const QString& direction, int table, const QString& key, const QString& column)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(direction, table ? QStringLiteral("orders") : QStringLiteral("people"), key, column);
}

void plantInto(Db target, const QString& table, const QString& sql)
{
    clientRows(target, {}, sql.arg(table) + QLatin1Char('\n'));
}

} // namespace

class TestVerifyPlanted : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QList<Direction> directions_;
    QString sqliteFile_;

    // The verify JSON's table entries of one direction, checked against its mappings; fills *found with
    // every difference it reports and *others with every missing or extra row.
    void readFindings(const Direction& d, const QJsonObject& json, QSet<QString>* found, QStringList* others)
    {
        const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject t = tables[i].toObject();
            QCOMPARE(t.value(QStringLiteral("mapping")).toInt(), i);
            QCOMPARE(t.value(QStringLiteral("source")).toString(), d.sourceTables[i]);
            QCOMPARE(t.value(QStringLiteral("target")).toString(), d.targetTables[i]);
            for (const QJsonValue& v : t.value(QStringLiteral("samples")).toArray()) {
                const QJsonObject s = v.toObject();
                const QString key = s.value(QStringLiteral("key")).toString();
                if (s.value(QStringLiteral("kind")).toString() != QLatin1String("different")) {
                    *others << d.name + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(s).toJson());
                    continue;
                }
                const QJsonArray columns = s.value(QStringLiteral("columns")).toArray();
                QCOMPARE(s.value(QStringLiteral("expected")).toArray().size(), columns.size());
                QCOMPARE(s.value(QStringLiteral("actual")).toArray().size(), columns.size());
                for (const QJsonValue& c : columns)
                    *found << finding(d.name, i, key, c.toString());
            }
            const qint64 missing = t.value(QStringLiteral("missing")).toInteger(),
                         extra = t.value(QStringLiteral("extra")).toInteger();
            if (missing || extra)
                *others << QStringLiteral("%1 %2: missing %3, extra %4")
                               .arg(d.name, d.targetTables[i])
                               .arg(missing)
                               .arg(extra);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        sqliteFile_ = tmp_.filePath(QStringLiteral("source.sqlite"));
        clientRows(Db::SqliteOdbc, sqliteFile_, planted::sqliteSource());
        const QString pgPeople = uniqueTable(QStringLiteral("vp_people")),
                      pgOrders = uniqueTable(QStringLiteral("vp_orders"));
        clientRows(Db::Postgres, {}, planted::postgresSource().arg(pgPeople, pgOrders));

        directions_ = {
            {QStringLiteral("pg-pg"), Db::Postgres, Db::Postgres, {pgPeople, pgOrders}, {}, {}, {}},
            {QStringLiteral("pg-mariadb"), Db::Postgres, Db::MariaDB, {pgPeople, pgOrders}, {}, {}, {}},
            {QStringLiteral("sqlite-pg"),
             Db::SqliteOdbc,
             Db::Postgres,
             {QStringLiteral("people"), QStringLiteral("orders")},
             {},
             {},
             {}},
        };
        for (Direction& d : directions_) {
            d.targetTables[0] = uniqueTable(QStringLiteral("vt_people"));
            d.targetTables[1] = uniqueTable(QStringLiteral("vt_orders"));
            const QString ddl = d.target == Db::MariaDB ? planted::mariadbTarget()
                                                        : planted::postgresTarget(d.source == Db::SqliteOdbc);
            clientRows(d.target, {}, ddl.arg(d.targetTables[0], d.targetTables[1]));

            Project p;
            p.name = d.name;
            p.source = profileFor(d.source, sqliteFile_);
            p.target = profileFor(d.target);
            d.outputDirectory = tmp_.filePath(d.name + QStringLiteral("-runs"));
            p.options.outputDirectory = d.outputDirectory;
            QStringList people{QStringLiteral("id"),     QStringLiteral("name"),   QStringLiteral("code"),
                               QStringLiteral("note"),   QStringLiteral("visits"), QStringLiteral("big"),
                               QStringLiteral("active"), QStringLiteral("born")};
            if (d.source == Db::SqliteOdbc)
                people << QStringLiteral("ref");
            const QStringList orders{QStringLiteral("id"),     QStringLiteral("person_id"), QStringLiteral("amount"),
                                     QStringLiteral("ratio"),  QStringLiteral("placed"),    QStringLiteral("slot"),
                                     QStringLiteral("payload")};
            for (int t = 0; t < 2; ++t) {
                TableMapping m;
                m.source = d.sourceTables[t];
                m.target = d.targetTables[t];
                m.keys = {QStringLiteral("id")};
                m.fields = identityFields(t == 0 ? people : orders);
                p.tables << m;
            }
            d.projectPath = tmp_.filePath(d.name + QStringLiteral(".ferry.json"));
            QString error;
            QVERIFY2(ProjectFile::save(p, d.projectPath, &error), qPrintable(error));

            const RunSummary run = Migration(p).run();
            QVERIFY2(run.status != RunSummary::Status::Failed, qPrintable(d.name + QLatin1Char(' ') + run.error));
            QCOMPARE(run.tables.size(), 2);
            // SQLite's ref "0832" in row 13 is refused: an integer column would hold 832.
            const int refused = d.source == Db::SqliteOdbc ? 1 : 0;
            QCOMPARE(run.tables[0].inserted, planted::kRows - refused);
            QCOMPARE(run.tables[0].rejected, refused);
            QCOMPARE(run.tables[1].inserted, planted::kRows);
        }
    }

    // Clean data: 0 differences, per mapping, in every direction.
    void cleanDataHasNoDifferences()
    {
        for (const Direction& d : directions_) {
            QElapsedTimer clock;
            clock.start();
            const Cli r = verifyCli(d.projectPath);
            qInfo("%s: ferry-cli verify of 2 × %d rows took %lld ms", qPrintable(d.name), planted::kRows,
                  clock.elapsed());
            QVERIFY2(r.exitCode == 0, (d.name.toUtf8() + ": " + r.out + r.err).constData());
            QCOMPARE(r.json().value(QStringLiteral("clean")).toBool(), true);
            QSet<QString> found;
            QStringList others;
            readFindings(d, r.json(), &found, &others);
            QVERIFY2(found.isEmpty() && others.isEmpty(), qPrintable(others.join(QLatin1Char('\n'))));
            const QJsonArray tables = r.json().value(QStringLiteral("tables")).toArray();
            const int refused = d.source == Db::SqliteOdbc ? 1 : 0;
            QCOMPARE(tables[0].toObject().value(QStringLiteral("matched")).toInt(), planted::kRows - refused);
            QCOMPARE(tables[0].toObject().value(QStringLiteral("excluded")).toInt(), refused);
            QCOMPARE(tables[1].toObject().value(QStringLiteral("matched")).toInt(), planted::kRows);
        }
    }

    // 20 one-byte changes in different types and tables, planted with each database's own client.
    void twentyPlantedChangesAreFound()
    {
        enum { PgPg, PgMy, LitePg };
        enum { People, Orders };
        const QList<Plant> plants{
            {PgPg, People, 3, QStringLiteral("name"),
             QStringLiteral("UPDATE %1 SET name = 'Person 3 Zoe 付' WHERE id = 3")},
            {PgPg, People, 4, QStringLiteral("name"),
             QStringLiteral("UPDATE %1 SET name = 'person 4 Zoë 付' WHERE id = 4")},
            {PgPg, People, 7, QStringLiteral("note"),
             QStringLiteral("UPDATE %1 SET note = NULL WHERE id = 7")}, // was ''
            {PgPg, People, 9, QStringLiteral("note"),
             QStringLiteral("UPDATE %1 SET note = '' WHERE id = 9")}, // was NULL
            {PgPg, People, 10, QStringLiteral("active"),
             QStringLiteral("UPDATE %1 SET active = NOT active WHERE id = 10")},
            {PgPg, Orders, 5, QStringLiteral("amount"), QStringLiteral("UPDATE %1 SET amount = 6.26 WHERE id = 5")},
            {PgPg, Orders, 6, QStringLiteral("placed"),
             QStringLiteral("UPDATE %1 SET placed = placed + INTERVAL '1 microsecond' WHERE id = 6")},
            {PgPg, Orders, 8, QStringLiteral("payload"),
             QStringLiteral("UPDATE %1 SET payload = set_byte(payload, 3, get_byte(payload, 3) # 1) WHERE id = 8")},
            {PgMy, People, 11, QStringLiteral("name"),
             QStringLiteral("UPDATE %1 SET name = CONCAT(name, ' ') WHERE id = 11")},
            {PgMy, People, 12, QStringLiteral("big"), QStringLiteral("UPDATE %1 SET big = big + 1 WHERE id = 12")},
            {PgMy, People, 14, QStringLiteral("born"),
             QStringLiteral("UPDATE %1 SET born = born + INTERVAL 1 DAY WHERE id = 14")},
            {PgMy, People, 18, QStringLiteral("visits"), QStringLiteral("UPDATE %1 SET visits = 127 WHERE id = 18")},
            {PgMy, Orders, 15, QStringLiteral("ratio"), QStringLiteral("UPDATE %1 SET ratio = 1.976 WHERE id = 15")},
            {PgMy, Orders, 16, QStringLiteral("slot"),
             QStringLiteral("UPDATE %1 SET slot = ADDTIME(slot, '0:0:0.000001') WHERE id = 16")},
            {PgMy, Orders, 17, QStringLiteral("payload"),
             QStringLiteral("UPDATE %1 SET payload = CONCAT(LEFT(payload, 3), CHAR(ORD(SUBSTRING(payload, 4, 1)) ^ 1)) "
                            "WHERE id = 17")},
            {LitePg, People, 19, QStringLiteral("name"),
             QStringLiteral("UPDATE %1 SET name = replace(name, '付', '什') WHERE id = 19")},
            {LitePg, People, 20, QStringLiteral("note"),
             QStringLiteral("UPDATE %1 SET note = 'note 21' WHERE id = 20")},
            {LitePg, People, 24, QStringLiteral("active"),
             QStringLiteral("UPDATE %1 SET active = NOT active WHERE id = 24")},
            {LitePg, Orders, 21, QStringLiteral("amount"),
             QStringLiteral("UPDATE %1 SET amount = 26.26 WHERE id = 21")},
            {LitePg, Orders, 22, QStringLiteral("placed"),
             QStringLiteral("UPDATE %1 SET placed = placed + INTERVAL '1 day' WHERE id = 22")},
        };
        QCOMPARE(plants.size(), 20);
        QSet<QString> planted;
        for (const Plant& p : plants) {
            const Direction& d = directions_[p.direction];
            plantInto(d.target, d.targetTables[p.table], p.sql);
            planted << finding(d.name, p.table, QString::number(p.key), p.column);
        }

        QSet<QString> found;
        QStringList others;
        for (const Direction& d : directions_) {
            const Cli r = verifyCli(d.projectPath);
            QVERIFY2(r.exitCode == 1, (d.name.toUtf8() + ": " + r.out + r.err).constData());
            readFindings(d, r.json(), &found, &others);
        }
        const QSet<QString> notFound = planted - found, unexpected = found - planted;
        qInfo("verify found %lld of %lld planted changes", qint64((planted & found).size()), qint64(planted.size()));
        QVERIFY2(notFound.isEmpty(),
                 qPrintable(QStringLiteral("not found: ") + QStringList(notFound.values()).join(QStringLiteral(", "))));
        QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("reported but not planted: ") +
                                                  QStringList(unexpected.values()).join(QStringLiteral(", "))));
        QVERIFY2(others.isEmpty(), qPrintable(others.join(QLatin1Char('\n'))));
    }

    // What a writer that changed values silently would have left is caught: the "0832" the run refused,
    // written as 832 (and its reject line gone, as if the run had written it), and a trailing space trimmed.
    void aWriterThatChangedValuesIsCaught()
    {
        const Direction& d = directions_[2];
        plantInto(
            d.target, d.targetTables[0],
            QStringLiteral("INSERT INTO %1 VALUES (13, 'Person 13 Zoë 付', '0013', '', 91, 9007199254741006, false, "
                           "'1980-01-14', 832); UPDATE %1 SET name = rtrim(name) WHERE id = 17"));
        const QString runDir =
            QDir(d.outputDirectory).entryList({QStringLiteral("*-run")}, QDir::Dirs, QDir::Name).value(0);
        QVERIFY(!runDir.isEmpty());
        QFile rejects(QDir(d.outputDirectory).filePath(runDir + QStringLiteral("/rejects.csv")));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QStringList kept;
        int dropped = 0;
        for (const QString& line : QString::fromUtf8(rejects.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = parseCsv(line + QLatin1Char('\n')).value(0);
            if (fields.value(0) == QLatin1String("people") || fields.value(0) == d.targetTables[0]) {
                if (fields.value(1) == QLatin1String("13")) {
                    ++dropped;
                    continue;
                }
            }
            kept << line;
        }
        QCOMPARE(dropped, 1);
        rejects.close();
        QVERIFY(rejects.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rejects.write((kept.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        rejects.close();

        const Cli r = verifyCli(d.projectPath);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject people = r.json().value(QStringLiteral("tables")).toArray().at(0).toObject();
        QCOMPARE(people.value(QStringLiteral("missing")).toInt(), 0);
        QCOMPARE(people.value(QStringLiteral("extra")).toInt(), 0);
        QMap<QString, QJsonObject> samples;
        for (const QJsonValue& v : people.value(QStringLiteral("samples")).toArray())
            samples.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
        const QJsonObject ref = samples.value(QStringLiteral("13")), trimmed = samples.value(QStringLiteral("17"));
        QCOMPARE(ref.value(QStringLiteral("kind")).toString(), QStringLiteral("different"));
        QCOMPARE(ref.value(QStringLiteral("columns")).toArray(), QJsonArray{QStringLiteral("ref")});
        QCOMPARE(ref.value(QStringLiteral("expected")).toArray(), QJsonArray{QStringLiteral("\"0832\"")});
        QCOMPARE(ref.value(QStringLiteral("actual")).toArray(), QJsonArray{QStringLiteral("832")});
        QCOMPARE(trimmed.value(QStringLiteral("columns")).toArray(), QJsonArray{QStringLiteral("name")});
        QCOMPARE(trimmed.value(QStringLiteral("expected")).toArray(),
                 QJsonArray{QStringLiteral("\"Trailing space \"")});
        QCOMPARE(trimmed.value(QStringLiteral("actual")).toArray(), QJsonArray{QStringLiteral("\"Trailing space\"")});
    }

    void cleanupTestCase()
    {
        auto pg = openDb(Db::Postgres);
        auto maria = openDb(Db::MariaDB);
        dropTable(*pg, directions_.value(0).sourceTables[0]);
        dropTable(*pg, directions_.value(0).sourceTables[1]);
        for (const Direction& d : directions_)
            for (const QString& t : d.targetTables)
                dropTable(d.target == Db::MariaDB ? *maria : *pg, t);
    }
};

QTEST_GUILESS_MAIN(TestVerifyPlanted)
#include "tst_verify_planted.moc"
