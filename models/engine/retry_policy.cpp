#include "retry_policy.h"

#include "engine/run_output.h"
#include "engine/run_types.h"

#include <QCoreApplication>

namespace ferry {

void announceRetry(RunOutput* output, RunObserver* observer, const QString& what, const DbError& error, int attempt,
                   const RetryPolicy& policy)
{
    const qint64 delay = policy.delayMs(attempt);
    if (output)
        output->log(QCoreApplication::translate("ferry::Retry", "%1 failed (%2); trying again in %3 s (%4 of %5)")
                        .arg(what, error.message())
                        .arg(double(delay) / 1000.0)
                        .arg(attempt)
                        .arg(policy.attempts));
    if (observer)
        observer->retrying(what, error.message(), attempt, policy.attempts, delay);
}

void announceRecovery(RunOutput* output, RunObserver* observer, const QString& what)
{
    if (output)
        output->log(QCoreApplication::translate("ferry::Retry", "%1 works again").arg(what));
    if (observer)
        observer->recovered(what);
}

bool needsReconnect(const DbError& e, DbFamily family)
{
    if (dynamic_cast<const ConnectError*>(&e) || e.isConnectionLost())
        return true;
    if (family != DbFamily::MariaDB)
        return false;
    const int n = e.nativeCode();
    return n == 2006 || n == 2013 || n == 1053 || n == 1927;
}

bool isTransient(const DbError& e, DbFamily family)
{
    if (dynamic_cast<const ConnectError*>(&e)) // a reconnect that failed: the server is still away
        return true;
    if (e.isConnectionLost())
        return true;
    const QString& s = e.sqlState();
    if (s == QLatin1String("40001") || s == QLatin1String("40P01") || s == QLatin1String("HYT00") ||
        s == QLatin1String("HYT01") || s == QLatin1String("S1T00"))
        return true;
    if (family == DbFamily::MariaDB) {
        switch (e.nativeCode()) {
        case 2006: // server has gone away
        case 2013: // lost connection during query
        case 1053: // server shutdown in progress
        case 1205: // lock wait timeout
        case 1213: // deadlock
        case 1927: // connection was killed
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace ferry
