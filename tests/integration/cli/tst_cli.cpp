// ferry-cli as a user runs it: the demo end to end with the exact counts its generator planted, a
// rerun that creates no duplicates, a dry run that creates nothing, and the documented exit codes.
#include "common/csv.h"
#include "common/dbfixture.h"
#include "common/demo.h"

#include <QDir>
#include <QDirIterator>
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

struct Result {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Result cli(const QStringList& args, const QString& workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"), args);
    if (!p.waitForFinished(300000))
        qFatal("ferry-cli did not finish");
    return Result{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

qint64 sqliteCount(const QString& file, const QString& table)
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Sqlite;
    p.file = file;
    auto c = openConnection(p);
    return test::countRows(*c, table);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void version()
    {
        const Result r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ferry-cli 0."));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate"), QStringLiteral("x")}).exitCode, 2);
        const Result r = cli({QStringLiteral("run"), QStringLiteral("/nonexistent/p.ferry.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("p.ferry.json"), r.err.constData());
    }

    void badProjectNamesTheField()
    {
        QTemporaryDir tmp;
        const QString path = copyDemo(tmp.path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("{\"type\": \"upper\"}", "{\"type\": \"uppercse\"}");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const Result r = cli({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("tables[0].fields[5].transforms[1]") && r.err.contains("uppercse"), r.err.constData());
    }

    void connectionFailureExitsThree()
    {
        QTemporaryDir tmp;
        const QString path = QDir(tmp.path()).filePath(QStringLiteral("p.ferry.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"formatVersion": 1, "name": "x",
  "source": {"type": "odbc", "driver": "PostgreSQL Unicode", "host": "127.0.0.1", "port": 1, "database": "x",
             "user": "ferry", "passwordEnv": "FERRY_TEST_DB_PASSWORD"},
  "target": {"type": "odbc", "driver": "PostgreSQL Unicode", "host": "127.0.0.1", "port": 1, "database": "x",
             "user": "ferry", "passwordEnv": "FERRY_TEST_DB_PASSWORD"},
  "tables": [{"source": "a", "target": "b", "fields": [{"target": "x", "source": "y"}]}]})");
        f.close();
        // The password is there, the server is not: the message says the host cannot be reached.
        qputenv("FERRY_TEST_DB_PASSWORD", "ferry");
        const Result r = cli({QStringLiteral("run"), path});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("127.0.0.1") && r.err.contains("1"), r.err.constData());

        // No password variable and no terminal to ask at: say which variable is missing.
        qunsetenv("FERRY_TEST_DB_PASSWORD");
        const Result noSecret = cli({QStringLiteral("run"), path});
        QCOMPARE(noSecret.exitCode, 3);
        QVERIFY2(noSecret.err.contains("FERRY_TEST_DB_PASSWORD") && noSecret.err.contains("not set"),
                 noSecret.err.constData());
        qputenv("FERRY_TEST_DB_PASSWORD", "ferry");
    }

    void demoEndToEnd()
    {
        QTemporaryDir tmp;
        const QString project = copyDemo(tmp.path());
        const QString targetFile = QDir(tmp.path()).filePath(QStringLiteral("runs/modern_crm.sqlite"));
        const QJsonObject want = demoExpected();

        QCOMPARE(cli({QStringLiteral("validate"), project}).exitCode, 0);
        const Result inspectFirst = cli({QStringLiteral("inspect"), project, QStringLiteral("--side"),
                                         QStringLiteral("target"), QStringLiteral("--json")});
        QCOMPARE(inspectFirst.exitCode, 0);
        QVERIFY2(inspectFirst.out.contains("\"activity\""), inspectFirst.out.left(300).constData());
        QVERIFY(!QFile::exists(targetFile)); // neither validation nor inspection creates the target

        // Dry run: the same counts as the real run will give, and no target database is created.
        const Result dry = cli({QStringLiteral("dry-run"), project, QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 1, dry.err.constData());
        QCOMPARE(dry.json().value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(dry.json().value(QStringLiteral("rehearsed")).toBool(), true); // the target judged every row
        QVERIFY(!QFile::exists(targetFile));
        // --predict: Ferry's own checks only, said in the summary; on the demo the same counts.
        const Result predicted =
            cli({QStringLiteral("dry-run"), project, QStringLiteral("--json"), QStringLiteral("--predict")});
        QVERIFY2(predicted.exitCode == 1, predicted.err.constData());
        QCOMPARE(predicted.json().value(QStringLiteral("rehearsed")).toBool(true), false);
        QVERIFY(predicted.json()
                    .value(QStringLiteral("dryRunNotes"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("Ferry's own prediction")));
        QCOMPARE(predicted.json().value(QStringLiteral("tables")), dry.json().value(QStringLiteral("tables")));
        // Where the time went: one entry per table, each stage a non-negative number of milliseconds.
        const QJsonArray timings = dry.json().value(QStringLiteral("timings")).toArray();
        QCOMPARE(timings.size(), dry.json().value(QStringLiteral("tables")).toArray().size());
        for (const QJsonValue& t : timings) {
            for (const char* k : {"elapsedMs", "readMs", "prepareMs", "writeMs"})
                QVERIFY2(t[QLatin1String(k)].isDouble() && t[QLatin1String(k)].toDouble() >= 0, k);
            QVERIFY(t[QLatin1String("elapsedMs")].toDouble() > 0);
        }
        QCOMPARE(timings.first()[QLatin1String("source")].toString(),
                 dry.json().value(QStringLiteral("tables")).toArray().first()[QLatin1String("source")].toString());

        // The dry run's report: one HTML page and its CSV files, every planted duplicate pair in one cluster,
        // and with --mask no e-mail address of the source in any of them.
        const QString report = QDir(tmp.path()).filePath(QStringLiteral("report/demo.html"));
        const Result reported =
            cli({QStringLiteral("dry-run"), project, QStringLiteral("--report"), report, QStringLiteral("--mask")});
        QVERIFY2(reported.exitCode == 1, reported.err.constData());
        QVERIFY2(reported.err.contains("Report: "), reported.err.constData());
        QVERIFY2(reported.out.contains("The writes were rehearsed in temporary copies of the target tables"),
                 reported.out.constData());
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("<svg"));
        QVERIFY(page.contains("The writes were rehearsed in temporary copies"));
        QVERIFY(!page.contains("hmercier@moreau-conseil.example")); // a source e-mail, masked
        QFile duplicates(QDir(tmp.path()).filePath(QStringLiteral("report/demo-duplicates.csv")));
        QVERIFY(duplicates.open(QIODevice::ReadOnly));
        const QList<QStringList> clusters = test::parseCsv(QString::fromUtf8(duplicates.readAll()));
        for (const QJsonValue& pair : want[QStringLiteral("plantedDuplicates")][QStringLiteral("pairs")].toArray()) {
            const QString a = QString::number(pair[0].toInt()), b = QString::number(pair[1].toInt());
            bool found = false;
            for (const QStringList& c : clusters) {
                const QStringList members = c.value(5).split(QStringLiteral(" | "));
                found = found || (members.contains(a) && members.contains(b));
            }
            QVERIFY2(found, qPrintable(a + QLatin1Char('/') + b));
        }
        QVERIFY(!QFile::exists(targetFile));
        // A report that cannot be written (its folder would sit inside a file) ends with exit code 4 and says so.
        const QString blocker = QDir(tmp.path()).filePath(QStringLiteral("not-a-folder"));
        QFile block(blocker);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();
        const Result unwritable = cli(
            {QStringLiteral("dry-run"), project, QStringLiteral("--report"), blocker + QStringLiteral("/report.html")});
        QCOMPARE(unwritable.exitCode, 4);
        QVERIFY2(unwritable.err.contains("not-a-folder"), unwritable.err.constData());

        // Run from another working directory: paths resolve against the project file.
        const Result run = cli({QStringLiteral("run"), project, QStringLiteral("--json")}, QDir::tempPath());
        QVERIFY2(run.exitCode == 1, run.err.constData()); // the demo plants rejects on purpose
        const QJsonObject summary = run.json();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("rejects"));
        const QJsonArray got = summary.value(QStringLiteral("tables")).toArray();
        const QJsonArray wantTables = want.value(QStringLiteral("tables")).toArray();
        QCOMPARE(got.size(), wantTables.size());
        const QJsonArray dryTables = dry.json().value(QStringLiteral("tables")).toArray();
        for (int i = 0; i < got.size(); ++i) {
            const QJsonObject g = got[i].toObject(), w = wantTables[i].toObject(), d = dryTables[i].toObject();
            for (const char* key : {"source", "target", "read", "inserted", "updated", "skipped", "rejected"}) {
                const QString k = QString::fromLatin1(key);
                QVERIFY2(g.value(k) == w.value(k), qPrintable(QStringLiteral("%1.%2: got %3, expected %4")
                                                                  .arg(w.value(QStringLiteral("target")).toString(), k)
                                                                  .arg(g.value(k).toVariant().toString())
                                                                  .arg(w.value(k).toVariant().toString())));
                QVERIFY2(
                    d.value(k) == w.value(k),
                    qPrintable(QStringLiteral("dry run %1.%2").arg(w.value(QStringLiteral("target")).toString(), k)));
            }
            QCOMPARE(sqliteCount(targetFile, w.value(QStringLiteral("target")).toString()),
                     qint64(w.value(QStringLiteral("targetRowsAfterEveryRun")).toInt()));
        }
        // Every planted reject is in the reject file with its key.
        QFile rejects(summary.value(QStringLiteral("rejectsFile")).toString());
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QList<QStringList> records = test::parseCsv(QString::fromUtf8(rejects.readAll()));
        QCOMPARE(records.takeFirst().value(0), QStringLiteral("table"));
        QSet<QString> gotKeys;
        for (const QStringList& r : records)
            gotKeys.insert(r.value(0) + QLatin1Char('/') + r.value(1));
        const QJsonArray planted = want.value(QStringLiteral("rejects")).toArray();
        QCOMPARE(records.size(), planted.size());
        QHash<QString, QString> targetOf;
        for (const QJsonValue& t : wantTables)
            targetOf.insert(t.toObject().value(QStringLiteral("source")).toString(),
                            t.toObject().value(QStringLiteral("target")).toString());
        for (const QJsonValue& r : planted) {
            const QJsonObject o = r.toObject();
            const QString key = targetOf.value(o.value(QStringLiteral("table")).toString()) + QLatin1Char('/') +
                                o.value(QStringLiteral("sourceKey")).toVariant().toString();
            QVERIFY2(gotKeys.contains(key),
                     qPrintable(QStringLiteral("planted reject %1 is not in rejects.csv").arg(key)));
        }

        // A second run is a sync: the rows it wrote hold their values already, so none is written again
        // (all counted unchanged), and nothing is duplicated.
        const Result again = cli({QStringLiteral("run"), project, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 1, again.err.constData());
        const QJsonArray second = again.json().value(QStringLiteral("tables")).toArray();
        for (int i = 0; i < second.size(); ++i) {
            const QJsonObject s = second[i].toObject(), w = wantTables[i].toObject();
            QCOMPARE(s.value(QStringLiteral("inserted")).toInt(), 0);
            QCOMPARE(s.value(QStringLiteral("updated")).toInt(), 0);
            QCOMPARE(s.value(QStringLiteral("unchanged")).toInt(), w.value(QStringLiteral("inserted")).toInt());
            QCOMPARE(sqliteCount(targetFile, w.value(QStringLiteral("target")).toString()),
                     qint64(w.value(QStringLiteral("targetRowsAfterEveryRun")).toInt()));
        }

        // After the runs the target holds exactly what it should: verify finds no difference.
        const Result verified = cli({QStringLiteral("verify"), project, QStringLiteral("--json")});
        QVERIFY2(verified.exitCode == 0, (verified.out + verified.err).constData());
        QCOMPARE(verified.json().value(QStringLiteral("clean")).toBool(), true);
        const QJsonArray verifiedTables = verified.json().value(QStringLiteral("tables")).toArray();
        QCOMPARE(verifiedTables.size(), wantTables.size());
        for (int i = 0; i < verifiedTables.size(); ++i) {
            const QJsonObject v = verifiedTables[i].toObject(), w = wantTables[i].toObject();
            QCOMPARE(v.value(QStringLiteral("target")).toString(), w.value(QStringLiteral("target")).toString());
            QCOMPARE(v.value(QStringLiteral("matched")).toInteger(), w.value(QStringLiteral("inserted")).toInteger());
            for (const char* key : {"missing", "extra", "different"})
                QCOMPARE(v.value(QString::fromLatin1(key)).toInteger(), qint64(0));
        }

        // inspect prints the target schema as JSON.
        const Result inspect = cli({QStringLiteral("inspect"), project, QStringLiteral("--side"),
                                    QStringLiteral("target"), QStringLiteral("--json")});
        QCOMPARE(inspect.exitCode, 0);
        QVERIFY2(inspect.out.contains("\"contact\""), inspect.out.left(500).constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
