#include "progress_printer.h"

#include <QCoreApplication>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ferry::cli {

ProgressPrinter::ProgressPrinter(bool enabled)
    : enabled_(enabled)
{
}

bool ProgressPrinter::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

void ProgressPrinter::tableStarted(int, const QString& source, const QString& target,
                                   std::optional<qint64> expectedRows)
{
    std::lock_guard lock(mutex_);
    expected_ = expectedRows;
    label_ = source + QStringLiteral(" → ") + target;
}

void ProgressPrinter::sample(const RunSample& s)
{
    if (!enabled_)
        return;
    std::lock_guard lock(mutex_);
    QString eta;
    if (expected_ && s.rowsPerSecond > 0) {
        const qint64 left = qMax<qint64>(0, *expected_ - s.tableRead);
        const qint64 secs = qint64(left / s.rowsPerSecond);
        eta = QCoreApplication::translate("ferry::cli", ", ETA %1:%2")
                  .arg(secs / 60)
                  .arg(secs % 60, 2, 10, QLatin1Char('0'));
    }
    const QString line = QCoreApplication::translate("ferry::cli", "%1: %2 rows, %3 rows/s%4, %5 rejected")
                             .arg(label_)
                             .arg(s.tableRead)
                             .arg(qint64(s.rowsPerSecond))
                             .arg(eta)
                             .arg(s.rejected);
    std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    std::fflush(stderr);
    lineOpen_ = true;
}

void ProgressPrinter::tableFinished(int, const TableCounts&)
{
    finish();
}

void ProgressPrinter::finish()
{
    if (enabled_ && lineOpen_) {
        std::fprintf(stderr, "\n");
        lineOpen_ = false;
    }
}

} // namespace ferry::cli
