// How responsive the wizard stays during a big run: the real run page (offscreen, 1280x800, live
// charts and progress rows drawing) migrates the generated contacts table PostgreSQL -> PostgreSQL
// while its StallMonitor measures the longest event-loop stall. Prints rows, seconds, rows/s and the
// stalls; the goal is a longest stall under 50 ms.
//   bench_gui_stall --rows 1000000 [--batch 2000] [--screenshot run.png]
// Needs FERRY_TEST_PG (scripts/test-databases.sh).
#include "bench_data.h"
#include "common/dbfixture.h"
#include "items/project_document.h"
#include "stall_monitor.h"
#include "wizard/run_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace ferry;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 rows = 1000000;
    int batch = 2000;
    QString screenshot;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--rows") == 0)
            rows = QByteArray(argv[i + 1]).toLongLong();
        if (qstrcmp(argv[i], "--batch") == 0)
            batch = QByteArray(argv[i + 1]).toInt();
        if (qstrcmp(argv[i], "--screenshot") == 0)
            screenshot = QString::fromLocal8Bit(argv[i + 1]);
    }
    const ConnectionProfile pg = test::profileFor(test::Db::Postgres);
    auto c = test::openDb(test::Db::Postgres);
    const QString src = QStringLiteral("bench_gui_src"), dst = QStringLiteral("bench_gui_dst");
    std::fprintf(stderr, "generating %lld rows…\n", static_cast<long long>(rows));
    bench::generateContacts(*c, src, rows);
    bench::emptyContacts(*c, dst);

    QTemporaryDir tmp;
    ProjectDocument doc;
    doc.reset(bench::contactsProject(pg, pg, src, dst, batch, tmp.path()));
    ui::RunPage page(&doc);
    page.resize(1280, 800);
    page.show();

    int exitCode = 0;
    QElapsedTimer wall;
    QObject::connect(&page, &ui::RunPage::runFinished, &app, [&](const RunSummary& s) {
        const double secs = wall.elapsed() / 1000.0;
        const qint64 landed = test::countRows(*c, dst);
        if (s.status != RunSummary::Status::Ok || landed != rows) {
            std::fprintf(stderr, "run failed: %s (landed %lld)\n", qPrintable(s.error), static_cast<long long>(landed));
            exitCode = 1;
        }
        const ui::StallMonitor* m = page.stallMonitor();
        std::printf("rows                  %lld\n", static_cast<long long>(s.totalRead()));
        std::printf("seconds               %.1f (engine %.1f)\n", secs, s.elapsedSeconds);
        std::printf("rows/s                %.0f\n", s.totalRead() / secs);
        std::printf("longest stall         %.1f ms\n", m->longestStallMs());
        std::printf("stalls over %d ms     %d (of %lld ticks)\n", ui::StallMonitor::kNoticeableMs,
                    m->noticeableStalls(), static_cast<long long>(m->ticks()));
        if (!screenshot.isEmpty())
            page.grab().save(screenshot);
        c->execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(src));
        c->execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(dst));
        app.exit(exitCode);
    });
    QTimer::singleShot(0, &page, [&] {
        wall.start();
        page.start();
    });
    return app.exec();
}
