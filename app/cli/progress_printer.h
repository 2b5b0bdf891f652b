#pragma once
// The progress line on stderr (only when stderr is a terminal): table, rows, rows/s, ETA.
#include "engine/run_types.h"

#include <QElapsedTimer>
#include <mutex>

namespace ferry::cli {

class ProgressPrinter : public RunObserver {
public:
    explicit ProgressPrinter(bool enabled);
    void tableStarted(int index, const QString& source, const QString& target,
                      std::optional<qint64> expectedRows) override;
    void sample(const RunSample& s) override;
    void tableFinished(int index, const TableCounts& counts) override;
    void retrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs) override;
    void recovered(const QString& what) override;
    void finish();

    static bool stderrIsTerminal();

private:
    bool enabled_;
    std::mutex mutex_;
    QString label_;
    std::optional<qint64> expected_; // rows of the current table, when known
    bool lineOpen_ = false;
};

} // namespace ferry::cli
