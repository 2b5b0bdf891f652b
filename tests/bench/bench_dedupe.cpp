// Duplicate finder on generated contacts (issue 4): how long a million rows take and how much memory
// they hold, with the same rule set as tst_duplicate_finder's precision/recall test.
//   bench_dedupe [--rows N]     (default 1,000,000)
// Prints rows, clusters, comparisons, seconds (generation excluded), rows/s, peak RSS and the finder's
// own estimate of what it holds.
#include "dedupe/duplicate_finder.h"
#include "unit/dedupe/contact_generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace {

// Peak resident memory from /proc (Linux); elsewhere there is nothing portable to read.
QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    return QStringLiteral("n/a");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Contacts to generate."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(rowsOption);
    parser.process(app);
    bool ok = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows <= 0) {
        std::fprintf(stderr, "--rows needs a positive number\n");
        return 2;
    }

    using namespace ferry;
    testdata::ContactGenerator gen(20240604, rows, 0.05);
    dedupe::DuplicateFinder finder(testdata::contactRules(), testdata::ContactGenerator::columns());
    // Rows are generated in batches outside the timed part, so the figure is the finder's alone and
    // only one batch is ever held.
    constexpr int batchSize = 10000;
    std::vector<Row> batch;
    batch.reserve(batchSize);
    qint64 nanos = 0;
    QElapsedTimer timer;
    for (;;) {
        batch.clear();
        Row row;
        while (int(batch.size()) < batchSize && gen.next(&row))
            batch.push_back(std::move(row));
        if (batch.empty())
            break;
        const qint64 first = gen.produced() - qint64(batch.size());
        timer.start();
        for (size_t i = 0; i < batch.size(); ++i)
            finder.addSource(first + qint64(i), batch[i]);
        nanos += timer.nsecsElapsed();
    }
    batch = {};
    timer.start();
    const auto clusters = finder.finish();
    const qint64 finishNanos = timer.nsecsElapsed();
    nanos += finishNanos;

    qint64 members = 0;
    for (const auto& c : clusters)
        members += qint64(c.sourceIds.size());
    const auto s = finder.stats();
    const double seconds = double(nanos) / 1e9;
    std::printf("rows          %lld (planted duplicates %lld)\n", s.rows, qint64(gen.planted().size()));
    std::printf("clusters      %lld (%lld rows)\n", qint64(clusters.size()), members);
    std::printf("blocks        %lld (split %lld)\n", s.blocks, s.splitBlocks);
    std::printf("comparisons   %lld\n", s.comparisons);
    std::printf("seconds       %.2f (keys %.2f, matching %.2f)\n", seconds, double(nanos - finishNanos) / 1e9,
                double(finishNanos) / 1e9);
    std::printf("rows/s        %.0f\n", double(s.rows) / seconds);
    std::printf("peak RSS      %s\n", qPrintable(peakRss()));
    std::printf("finder bytes  %.1f MiB\n", double(s.bytes) / 1048576.0);
    return 0;
}
