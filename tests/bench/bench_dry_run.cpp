// The cost of a dry run that rehearses its writes (engine/rehearsal.h) against Ferry's prediction alone
// (what a dry run did before, and what a read-only account still gets), on the generated contacts table
// PostgreSQL -> PostgreSQL through ODBC, taking turns, best of --repeat each:
//  - into an empty target (insert mode), and
//  - into a target that already holds every row (upsert by id: the rehearsal copies the target's rows
//    into its temporary twin first, then updates each of them there).
// Checks that the target is untouched after each dry run. Needs FERRY_TEST_PG (scripts/test-databases.sh).
//   bench_dry_run --rows 1000000
#include "bench_data.h"
#include "common/dbfixture.h"
#include "engine/migration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace ferry;

namespace {

// Seconds of the best of `repeat` dry runs per way, taking turns: [0] predicted, [1] rehearsed.
bool bestDryRuns(const Project& p, Connection& c, const QString& target, qint64 rows, int repeat, double best[2])
{
    const qint64 before = test::countRows(c, target);
    best[0] = best[1] = 1e9;
    for (int round = 0; round < repeat * 2; ++round) {
        const bool rehearse = round % 2 == 1;
        RunRequest request;
        request.dryRun = true;
        request.rehearse = rehearse;
        request.writeFiles = false;
        QElapsedTimer timer;
        timer.start();
        const RunSummary s = Migration(p, request).run();
        const double secs = timer.elapsed() / 1000.0;
        if (s.status == RunSummary::Status::Failed || s.rehearsed != rehearse || s.totalRead() != rows ||
            test::countRows(c, target) != before) {
            std::fprintf(stderr, "dry run failed: %s\n", qPrintable(s.error));
            return false;
        }
        std::fprintf(stderr, "  %s: %.1f s\n", rehearse ? "rehearsed" : "predicted", secs);
        best[rehearse ? 1 : 0] = std::min(best[rehearse ? 1 : 0], secs);
    }
    return true;
}

// Seconds of a real run without run files; -1 when it fails.
double realRun(const Project& p)
{
    RunRequest request;
    request.writeFiles = false;
    QElapsedTimer timer;
    timer.start();
    if (Migration(p, request).run().status != RunSummary::Status::Ok)
        return -1;
    return timer.elapsed() / 1000.0;
}

void print(const char* what, qint64 rows, const double best[2])
{
    std::printf("%-28s predicted %6.1f s (%7.0f rows/s)   rehearsed %6.1f s (%7.0f rows/s)   %+.0f %%\n", what, best[0],
                rows / best[0], best[1], rows / best[1], (best[1] / best[0] - 1.0) * 100.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    int batch = 2000, repeat = 2;
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
    const QString src = QStringLiteral("bench_dry_src"), dst = QStringLiteral("bench_dry_dst");
    std::fprintf(stderr, "generating %lld rows…\n", static_cast<long long>(rows));
    bench::generateContacts(*c, src, rows);
    bench::emptyContacts(*c, dst);
    QTemporaryDir tmp;
    Project p = bench::contactsProject(pg, pg, src, dst, batch, tmp.path());

    double empty[2], full[2];
    std::fprintf(stderr, "into an empty target:\n");
    if (!bestDryRuns(p, *c, dst, rows, repeat, empty))
        return 1;
    // The real runs, for scale: what the rehearsal repeats in temporary tables.
    const double insertSecs = realRun(p);
    p.tables[0].mode = WriteMode::Upsert;
    p.tables[0].keys = {QStringLiteral("id")};
    std::fprintf(stderr, "into a target holding every row (upsert):\n");
    if (insertSecs < 0 || !bestDryRuns(p, *c, dst, rows, repeat, full))
        return 1;
    const double upsertSecs = realRun(p);
    std::printf("rows %lld, batch %d, best of %d\n", static_cast<long long>(rows), batch, repeat);
    print("empty target (insert)", rows, empty);
    std::printf("%-28s real run %.1f s\n", "", insertSecs);
    print("full target (upsert)", rows, full);
    std::printf("%-28s real run %.1f s\n", "", upsertSecs);
    std::printf("Ferry peak RSS %.1f MiB\n", bench::peakRssKiB() / 1024.0);
    for (const QString& t : {src, dst})
        c->execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(t));
    return 0;
}
