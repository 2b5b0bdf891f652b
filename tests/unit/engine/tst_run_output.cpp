// The reject file must survive commas, quotes and new lines in values, and counts must add up.
#include "core/csv.h"
#include "engine/run_output.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

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
    void runsStartedTogetherGetTheirOwnFolders()
    {
        // Eight runs creating their folders at the same moment (threads stand in for processes: the
        // folder is claimed by mkdir, which only one caller can win).
        QTemporaryDir tmp;
        std::vector<QString> dirs(8);
        {
            std::vector<std::jthread> threads;
            for (size_t i = 0; i < dirs.size(); ++i)
                threads.emplace_back([&, i] { dirs[i] = RunOutput(tmp.path(), false).directory(); });
        }
        const QSet<QString> distinct(dirs.begin(), dirs.end());
        QCOMPARE(distinct.size(), qsizetype(dirs.size()));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), qsizetype(dirs.size()));
    }

    void filesCutBackToAnOffset()
    {
        // What a resume and a rolled-back batch rely on: lines after an offset go, lines before stay.
        QTemporaryDir tmp;
        RejectRecord r;
        r.table = QStringLiteral("t");
        r.sourceKey = QStringLiteral("1");
        RunOutput out(tmp.path(), false);
        out.reject(r);
        const RunOutput::Offsets kept = out.flush();
        r.sourceKey = QStringLiteral("2");
        out.reject(r);
        out.duplicateDecision(QStringLiteral("t"), QStringLiteral("9"), QStringLiteral("v"), nullptr, {});
        QVERIFY(out.flush().rejects > kept.rejects);
        out.truncate(kept);
        r.sourceKey = QStringLiteral("3");
        out.reject(r);
        out.flush();
        QFile f(out.rejectsPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, key 1, key 3, and the empty piece after the last newline
        QVERIFY(lines[1].startsWith("t,1,"));
        QVERIFY(lines[2].startsWith("t,3,"));
        QFile dedupe(QDir(out.directory()).filePath(QStringLiteral("dedupe.csv")));
        QVERIFY(dedupe.open(QIODevice::ReadOnly));
        QCOMPARE(dedupe.readAll(), QByteArray("table,source_key,decision,source_values,written_values,rules\n"));
        // Reopened for a resume at the first offset: the file ends after key 1 again.
        const QString dir = out.directory();
        std::unique_ptr<RunOutput> again = RunOutput::reopen(dir, kept);
        again->flush();
        QCOMPARE(QFileInfo(QDir(dir).filePath(QStringLiteral("rejects.csv"))).size(), kept.rejects);
    }

    void balancedCounts()
    {
        TableCounts t;
        t.read = 12;
        t.inserted = 5;
        t.updated = 2;
        t.unchanged = 2; // rows matched and left alone count as an outcome of their own
        t.skipped = 2;
        t.rejected = 1;
        QVERIFY(t.balanced());
        t.rejected = 0;
        QVERIFY(!t.balanced());
        t.rejected = 1;
        t.unchanged = 0;
        QVERIFY(!t.balanced());
        // In and out of summary.json.
        t.unchanged = 2;
        const TableCounts back = TableCounts::fromJson(t.toJson());
        QCOMPARE(back.unchanged, 2);
        QVERIFY(back.balanced());
    }
};

QTEST_GUILESS_MAIN(TestRunOutput)
#include "tst_run_output.moc"
