// The reject file must survive commas, quotes and new lines in values, and counts must add up.
#include "core/csv.h"
#include "engine/run_output.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

class TestRunOutput : public QObject {
    Q_OBJECT
private slots:
    void csvFieldsAreQuotedOnlyWhenNeeded()
    {
        QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    }
    void writesRejectsLogAndSummary()
    {
        QTemporaryDir tmp;
        RejectRecord r;
        r.table = QStringLiteral("contact");
        r.sourceKey = QStringLiteral("42");
        r.column = QStringLiteral("email");
        r.reason = QStringLiteral("\"x@\" is not a valid email address");
        r.values = {QStringLiteral("42"), QStringLiteral("\"x@\"")};
        QString dir;
        {
            RunOutput out(tmp.path(), false);
            dir = out.directory();
            QVERIFY(dir.endsWith(QLatin1String("-run")));
            out.reject(r);
            out.log(QStringLiteral("hello"));
            RunSummary s;
            s.tables << TableCounts{QStringLiteral("contacts"), QStringLiteral("contact"), 3, 1, 1, 0, 1, 0, 0, true};
            out.writeSummary(s);
        }
        QFile rejects(QDir(dir).filePath(QStringLiteral("rejects.csv")));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejects.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("table,source_key,column,reason,sqlstate,source_values"));
        QCOMPARE(lines[1],
                 QByteArray("contact,42,email,\"\"\"x@\"\" is not a valid email address\",,\"42 | \"\"x@\"\"\""));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("summary.json"))));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("run.log"))));
        // A second run in the same second gets its own folder.
        RunOutput again(tmp.path(), false);
        QVERIFY(again.directory() != dir);
    }
    void balancedCounts()
    {
        TableCounts t{QString(), QString(), 10, 5, 2, 2, 1, 0, 0, true};
        QVERIFY(t.balanced());
        t.rejected = 0;
        QVERIFY(!t.balanced());
    }
};

QTEST_GUILESS_MAIN(TestRunOutput)
#include "tst_run_output.moc"
