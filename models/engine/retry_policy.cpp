#include "retry_policy.h"

#include "db/error_scope.h"
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

bool sessionAnswers(Connection& c)
{
    try {
        auto reader = c.query(QStringLiteral("SELECT 1"));
        std::vector<Row> rows;
        reader->fetch(rows, 1);
        return true;
    } catch (const Error&) {
        return false;
    }
}

bool isTransient(const DbError& e, DbFamily family)
{
    return scopeOf(e, family) == ErrorScope::Transient;
}

} // namespace ferry
