#include "project_lock.h"

#include <QCoreApplication>
#include <QDir>

namespace ferry {

ProjectLock::ProjectLock(const QString& outputDirectory)
    : directory_(outputDirectory)
    , path_(QDir(outputDirectory).absoluteFilePath(fileName()))
    , file_(path_)
{
    // 0: stale only when its process is gone (QLockFile checks the PID and the program's name, so a
    // reused PID does not count); the default of 30 s would let a second sync break a long one's lock.
    file_.setStaleLockTime(0);
}

ProjectLock::Outcome ProjectLock::tryLock(qint64* holderPid, QString* problem)
{
    if (!QDir(directory_).mkpath(QStringLiteral("."))) {
        *problem = QCoreApplication::translate("ferry::ProjectLock", "cannot create the folder %1")
                       .arg(QDir::toNativeSeparators(QDir(directory_).absolutePath()));
        return Outcome::Failed;
    }
    if (file_.tryLock(0))
        return Outcome::Locked;
    if (file_.error() == QLockFile::LockFailedError) {
        QString host, app;
        qint64 pid = 0;
        *holderPid = file_.getLockInfo(&pid, &host, &app) ? pid : 0;
        return Outcome::HeldByAnother;
    }
    *problem = QCoreApplication::translate("ferry::ProjectLock", "cannot create the lock file %1")
                   .arg(QDir::toNativeSeparators(path_));
    return Outcome::Failed;
}

} // namespace ferry
