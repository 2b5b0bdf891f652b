// Migrates a generated contacts table (12 columns) PostgreSQL -> PostgreSQL through ODBC with Ferry's
// engine, and copies the same rows with PostgreSQL's own COPY (psql | psql) as the ceiling, in the same
// run. Prints rows/s for both and Ferry's peak memory. One size per process so peak memory is honest:
//   bench_pg_migration --rows 1000000
// Needs FERRY_TEST_PG (scripts/test-databases.sh) and psql on PATH.
#include "bench_data.h"
#include "common/dbfixture.h"
#include "engine/migration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace ferry;

namespace {

QStringList psqlArgs(const ConnectionProfile& p)
{
    return {QStringLiteral("-h"),
            p.host,
            QStringLiteral("-p"),
            QString::number(p.port),
            QStringLiteral("-U"),
            p.user,
            QStringLiteral("-d"),
            p.database,
            QStringLiteral("-qAt"),
            QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1")};
}

double copyRowsPerSecond(const ConnectionProfile& p, const QString& from, const QString& to, qint64 rows)
{
    QProcess out, in;
    out.setStandardOutputProcess(&in);
    qputenv("PGPASSWORD", "ferry");
    QElapsedTimer t;
    t.start();
    in.start(QStringLiteral("psql"), psqlArgs(p)
                                         << QStringLiteral("-c") << QStringLiteral("COPY %1 FROM STDIN").arg(to));
    out.start(QStringLiteral("psql"), psqlArgs(p)
                                          << QStringLiteral("-c") << QStringLiteral("COPY %1 TO STDOUT").arg(from));
    out.waitForFinished(-1);
    in.closeWriteChannel();
    in.waitForFinished(-1);
    if (in.exitCode() != 0 || out.exitCode() != 0) {
        std::fprintf(stderr, "COPY failed: %s %s\n", in.readAllStandardError().constData(),
                     out.readAllStandardError().constData());
        return 0;
    }
    return rows / (t.elapsed() / 1000.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    int batch = 2000;
    int repeat = 2;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--rows") == 0)
            rows = QByteArray(argv[i + 1]).toLongLong();
        if (qstrcmp(argv[i], "--batch") == 0)
            batch = QByteArray(argv[i + 1]).toInt();
        if (qstrcmp(argv[i], "--repeat") == 0)
            repeat = QByteArray(argv[i + 1]).toInt();
    }
    const ConnectionProfile pg = test::profileFor(test::Db::Postgres);
    auto c = test::openDb(test::Db::Postgres);
    const QString src = QStringLiteral("bench_src"), dst = QStringLiteral("bench_dst"),
                  copyDst = QStringLiteral("bench_copy");
    std::fprintf(stderr, "generating %lld rows…\n", static_cast<long long>(rows));
    bench::generateContacts(*c, src, rows);
    bench::emptyContacts(*c, dst);
    bench::emptyContacts(*c, copyDst);

    const double copyRate = copyRowsPerSecond(pg, src, copyDst, rows);

    QTemporaryDir tmp;
    const Project p = bench::contactsProject(pg, pg, src, dst, batch, tmp.path());
    const qint64 rssBefore = bench::peakRssKiB();
    // With checkpoints (a real run, as users run it) and without (no run folder, no state table), taking
    // turns so the machine's drift touches both alike; the best of each is reported.
    double best[2] = {0, 0};
    for (int round = 0; round < repeat * 2; ++round) {
        const bool checkpoints = round % 2 == 0;
        bench::emptyContacts(*c, dst);
        RunRequest request;
        request.writeFiles = checkpoints;
        QElapsedTimer timer;
        timer.start();
        Migration m(p, request);
        const RunSummary s = m.run();
        const double secs = timer.elapsed() / 1000.0;
        const qint64 landed = test::countRows(*c, dst);
        if (s.status != RunSummary::Status::Ok || landed != rows) {
            std::fprintf(stderr, "run failed: %s (landed %lld)\n", qPrintable(s.error), static_cast<long long>(landed));
            return 1;
        }
        std::fprintf(stderr, "  %s: %.1f s\n", checkpoints ? "with checkpoints" : "without", secs);
        best[checkpoints ? 0 : 1] = std::max(best[checkpoints ? 0 : 1], rows / secs);
    }
    std::printf("rows                 %lld\n", static_cast<long long>(rows));
    std::printf("PostgreSQL COPY      %.0f rows/s\n", copyRate);
    std::printf("Ferry PG->PG (ODBC)  %.0f rows/s with checkpoints, %.0f rows/s without (batch %d, best of %d)\n",
                best[0], best[1], batch, repeat);
    std::printf("checkpoint overhead  %.1f %%\n", (best[1] / best[0] - 1.0) * 100.0);
    std::printf("Ferry peak RSS       %.1f MiB (%.1f MiB before the run)\n", bench::peakRssKiB() / 1024.0,
                rssBefore / 1024.0);
    c->execute(QStringLiteral("DROP TABLE IF EXISTS ferry_checkpoints"));
    for (const QString& tt : {src, dst, copyDst})
        c->execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(tt));
    return 0;
}
