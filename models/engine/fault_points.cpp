#include "fault_points.h"

#include <QStringList>
#include <QThread>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#endif

namespace ferry {

namespace {

struct Fault {
    QString point;
    QString table;
    qint64 batch = 0;
    int sleepMs = 0;
};

const Fault& configured()
{
    static const Fault fault = [] {
        Fault f;
        const QStringList parts = qEnvironmentVariable("FERRY_FAULT").split(QLatin1Char(':'));
        if (parts.size() >= 2) {
            f.point = parts[0];
            f.table = parts[1];
            f.batch = parts.value(2).toLongLong();
            f.sleepMs = qEnvironmentVariableIntValue("FERRY_FAULT_SLEEP");
        }
        return f;
    }();
    return fault;
}

[[noreturn]] void killSelf()
{
    std::fflush(nullptr);
#ifdef Q_OS_WIN
    TerminateProcess(GetCurrentProcess(), 137);
#else
    std::raise(SIGKILL);
#endif
    std::abort();
}

} // namespace

void faultPoint(const char* point, const QString& table, qint64 batch)
{
    const Fault& f = configured();
    if (f.point.isEmpty() || f.point != QLatin1String(point))
        return;
    if (f.table != QLatin1String("*") && f.table.compare(table, Qt::CaseInsensitive) != 0)
        return;
    if (f.batch != 0 && f.batch != batch)
        return;
    if (f.sleepMs > 0)
        QThread::msleep(ulong(f.sleepMs));
    else
        killSelf();
}

} // namespace ferry
