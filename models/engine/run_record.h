#pragma once
// run.json in a run folder: which project the run belongs to (its fingerprint), its id (the key of its
// checkpoints in the state table) and how it ended. Written when the run starts ("running") and when it
// ends; a run that was killed stays "running". `ferry-cli resume` and the wizard's Resume read it to find
// the run to continue.
#include "project/project.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace ferry {

struct RunRecord {
    enum class Status { Running, Completed, Failed, Cancelled };
    QString runId;       // unique (a UUID): the key of this run's checkpoints
    QString project;     // the project's name, for people
    QString fingerprint; // of the project's mappings and connections (projectFingerprint)
    Status status = Status::Running;
    QString error;            // why it failed, when it did
    QDateTime started;        // UTC
    QList<QDateTime> resumed; // UTC, each time it was resumed
    QString stateTable;       // where its checkpoints are (target table name)
    // A throttled run cut its batches to this many rows (0: the mappings' own sizes). A resume replays
    // the committed batches, so it must cut them the same way.
    int maxBatchRows = 0;

    // A run that did not finish can be continued: killed (still "running"), failed or cancelled.
    bool resumable() const { return status != Status::Completed; }

    static QString fileName() { return QStringLiteral("run.json"); }
    bool save(const QString& runDirectory, QString* problem) const;
    // std::nullopt with *error when the file is missing or damaged.
    static std::optional<RunRecord> load(const QString& runDirectory, QString* problem);
};

QString runStatusName(RunRecord::Status s); // "running", "completed", "failed", "cancelled"

// A hash of everything that decides which rows go where: both connections (not their names or password
// variables) and every table mapping. A resume refuses to continue a run whose project changed since.
QString projectFingerprint(const Project& project);

// The run folders ("<yyyyMMdd-HHmmss>-run[-N]", real runs only) under outputDirectory, newest first.
QStringList runDirectories(const QString& outputDirectory);

} // namespace ferry
