#pragma once
// One sync of a project at a time: a lock file (sync.lock) in the project's output folder, held while a
// sync runs. A scheduler that starts the next sync before the last one ended gets a clear refusal
// instead of two runs racing (the target's own run locks, engine/target_lock.h, refuse it too, but later
// and per table). A lock left by a process that died — killed, crashed, its machine restarted — is taken
// over: its process no longer runs. Never by age, since a sync may run for hours.
#include <QLockFile>
#include <QString>

namespace ferry {

class ProjectLock {
public:
    explicit ProjectLock(const QString& outputDirectory);
    static QString fileName() { return QStringLiteral("sync.lock"); }

    enum class Outcome { Locked, HeldByAnother, Failed };
    // Does not wait. HeldByAnother: *holderPid is the live process that holds it (0 when unknown);
    // Failed: the folder or the file cannot be made, *problem says why.
    Outcome tryLock(qint64* holderPid, QString* problem);
    void unlock() { file_.unlock(); }
    QString path() const { return path_; }

private:
    QString directory_;
    QString path_;
    QLockFile file_;
};

} // namespace ferry
