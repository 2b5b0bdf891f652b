#pragma once
// history.jsonl in a project's output folder: one JSON line per `ferry-cli run` or `sync`, so whoever
// watches unattended syncs (a scheduler's alerting, a person asking "did last night's sync run?") reads
// one file instead of every run folder. Lines are appended whole: writers never interleave.
#include "engine/run_types.h"

#include <QDateTime>
#include <QJsonObject>

namespace ferry {

struct HistoryEntry {
    QString command; // "run", "sync"
    QDateTime started, ended;
    QString status; // "ok", "rejects", "failed", "cancelled", "locked"
    int exitCode = 0;
    RunSummary summary; // empty for a run that never started (a locked sync, a connection refused)

    QJsonObject toJson() const;
};

class RunHistory {
public:
    static QString fileName() { return QStringLiteral("history.jsonl"); }
    // "ok", "rejects", "failed" or "cancelled".
    static QString statusOf(const RunSummary& summary);
    // Appends the entry as one line to history.jsonl in outputDirectory (created when missing) with a
    // single write() on a file opened for appending; false with *problem when it cannot.
    static bool append(const QString& outputDirectory, const HistoryEntry& entry, QString* problem);
};

} // namespace ferry
