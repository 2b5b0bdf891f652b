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

void ProgressPrinter::retrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs)
{
    // Printed even without a terminal: a run that waits for a database should say so in any log.
    std::lock_guard lock(mutex_);
    const QString line =
        QCoreApplication::translate("ferry::cli", "%1 failed: %2. Reconnecting in %3 s (try %4 of %5)…")
            .arg(what, error)
            .arg(double(delayMs) / 1000.0)
            .arg(attempt)
            .arg(maxAttempts);
    std::fprintf(stderr, "%s%s\n", lineOpen_ ? "\n" : "", line.toLocal8Bit().constData());
    std::fflush(stderr);
    lineOpen_ = false;
}

void ProgressPrinter::recovered(const QString& what)
{
    std::lock_guard lock(mutex_);
    std::fprintf(stderr, "%s\n",
                 QCoreApplication::translate("ferry::cli", "%1 works again.").arg(what).toLocal8Bit().constData());
    std::fflush(stderr);
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
