// history.jsonl: one well-formed line per run with the counts of every table and their totals, and
// writers in many threads at once never interleave a line.
#include "engine/run_history.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <thread>
#include <vector>

using namespace ferry;

namespace {

TableCounts counts(const QString& target, qint64 inserted, qint64 rejected)
{
    TableCounts c;
    c.source = target + QStringLiteral("_src");
    c.target = target;
    c.read = inserted + rejected;
    c.inserted = inserted;
    c.rejected = rejected;
    c.completed = true;
    return c;
}

QList<QJsonObject> lines(const QString& dir)
{
    QFile f(QDir(dir).filePath(RunHistory::fileName()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError)
            qFatal("damaged line: %s", line.constData());
        out << d.object();
    }
    return out;
}

} // namespace

class TstRunHistory : public QObject {
    Q_OBJECT
private slots:
    void lineHoldsCountsAndTotals()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("runs/nested")); // made when missing
        HistoryEntry e;
        e.command = QStringLiteral("sync");
        e.started = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
        e.ended = e.started.addMSecs(2500);
        e.summary.tables = {counts(QStringLiteral("a"), 10, 2), counts(QStringLiteral("b"), 5, 0)};
        e.summary.status = RunSummary::Status::Rejects;
        e.status = RunHistory::statusOf(e.summary);
        e.exitCode = 1;
        e.summary.runDirectory = QStringLiteral("/x/20250301-080000-run");
        QString problem;
        QVERIFY2(RunHistory::append(dir, e, &problem), qPrintable(problem));
        const QList<QJsonObject> all = lines(dir);
        QCOMPARE(all.size(), 1);
        const QJsonObject o = all[0];
        QCOMPARE(o[QStringLiteral("started")].toString(), QStringLiteral("2025-03-01T08:00:00.000Z"));
        QCOMPARE(o[QStringLiteral("ended")].toString(), QStringLiteral("2025-03-01T08:00:02.500Z"));
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("rejects"));
        QCOMPARE(o[QStringLiteral("exitCode")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("elapsedSeconds")].toDouble(), 2.5);
        QCOMPARE(o[QStringLiteral("runDirectory")].toString(), QStringLiteral("/x/20250301-080000-run"));
        QCOMPARE(o[QStringLiteral("tables")].toArray().size(), 2);
        QCOMPARE(o[QStringLiteral("tables")].toArray()[0].toObject(), counts(QStringLiteral("a"), 10, 2).toJson());
        const QJsonObject totals = o[QStringLiteral("totals")].toObject();
        QCOMPARE(totals[QStringLiteral("read")].toInt(), 17);
        QCOMPARE(totals[QStringLiteral("inserted")].toInt(), 15);
        QCOMPARE(totals[QStringLiteral("rejected")].toInt(), 2);
        QVERIFY(!totals.contains(QStringLiteral("target")));
    }

    void cancelledIsItsOwnStatus()
    {
        RunSummary s;
        s.status = RunSummary::Status::Failed;
        QCOMPARE(RunHistory::statusOf(s), QStringLiteral("failed"));
        s.cancelled = true;
        QCOMPARE(RunHistory::statusOf(s), QStringLiteral("cancelled"));
    }

    void concurrentWritersNeverInterleave()
    {
        QTemporaryDir tmp;
        constexpr int kThreads = 8, kEach = 200;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                HistoryEntry e;
                e.command = QStringLiteral("sync");
                e.started = e.ended = QDateTime::currentDateTimeUtc();
                e.status = QStringLiteral("ok");
                // Many tables, so each line is several kilobytes.
                for (int i = 0; i < 40; ++i)
                    e.summary.tables << counts(QStringLiteral("writer%1_table%2").arg(t).arg(i), t, 0);
                QString problem;
                for (int i = 0; i < kEach; ++i)
                    if (!RunHistory::append(tmp.path(), e, &problem))
                        qFatal("%s", qPrintable(problem));
            });
        for (std::thread& t : threads)
            t.join();
        const QList<QJsonObject> all = lines(tmp.path()); // a damaged line stops the test
        QCOMPARE(all.size(), kThreads * kEach);
        for (const QJsonObject& o : all)
            QCOMPARE(o[QStringLiteral("tables")].toArray().size(), 40);
    }
};

QTEST_GUILESS_MAIN(TstRunHistory)
#include "tst_run_history.moc"
