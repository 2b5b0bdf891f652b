#pragma once
// When a run tries again: a fault that may pass (the connection was lost, the server restarted or shut
// down, a deadlock or serialization failure, a timeout) is retried after a pause that doubles each
// time — 2, 4, 8, 16, 30 s by default, five tries within about a minute — reconnecting as needed.
// Every other error is not retried.
#include "core/errors.h"
#include "db/connection.h"
#include "db/schema.h"

namespace ferry {

struct RetryPolicy {
    int attempts = 5;
    qint64 firstDelayMs = 2000;
    qint64 maxDelayMs = 30000;

    // Pause before try `attempt` (1-based: the first retry).
    qint64 delayMs(int attempt) const
    {
        qint64 d = firstDelayMs;
        for (int i = 1; i < attempt && d < maxDelayMs; ++i)
            d *= 2;
        return qMin(d, maxDelayMs);
    }
};

class RunObserver;
class RunOutput;

// Says a retry is coming — in run.log and to the observer. Thread-safe.
void announceRetry(RunOutput* output, RunObserver* observer, const QString& what, const DbError& error, int attempt,
                   const RetryPolicy& policy);
void announceRecovery(RunOutput* output, RunObserver* observer, const QString& what);

// Worth retrying: the fault is about the link or the moment, not about the data or the job.
bool isTransient(const DbError& e, DbFamily family);
// Of those, the ones that ended the session: a new connection is needed (not for a deadlock, say).
bool needsReconnect(const DbError& e, DbFamily family);

// Whether the session still answers (SELECT 1). Drivers do not always say a connection broke: psqlODBC,
// when the server went down under a statement, may report "Error while preparing parameters" or an error
// without any details, no SQLSTATE of class 08. An error on a session that no longer answers is a lost
// connection, whatever it says.
bool sessionAnswers(Connection& c);

} // namespace ferry
