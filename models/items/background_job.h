#pragma once
// "Do this off the GUI thread, then give me the answer on mine": how the wizard's pages and models read a
// database without freezing. The work runs on QThreadPool::globalInstance() (QtConcurrent); its result,
// or what it threw, reaches a callback on the receiver's thread through a QFutureWatcher that is the
// receiver's child, so a receiver destroyed meanwhile never hears back (the work finishes on its own,
// holding only copies). Nothing here waits: no waitForFinished, no processEvents, no nested event loop.
#include <QFutureWatcher>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <type_traits>
#include <utility>

namespace ferry {

// What a background job gave: its value, or why there is none (it threw; nothing reaches std::terminate).
template <typename T> class JobResult {
public:
    static JobResult success(T value)
    {
        JobResult r;
        r.value_ = std::move(value);
        return r;
    }
    static JobResult failure(const QString& error)
    {
        JobResult r;
        r.error_ = error;
        return r;
    }

    bool ok() const { return value_.has_value(); }
    const T& value() const { return *value_; } // only when ok()
    const QString& error() const { return error_; }
    // The value, or what `fromError` makes of the error message (types that carry their own error field).
    template <typename F> T valueOr(F&& fromError) const { return ok() ? *value_ : std::forward<F>(fromError)(error_); }

private:
    std::optional<T> value_;
    QString error_;
};

namespace detail {
// The user-facing message of the exception being handled; call only inside a catch block.
QString currentExceptionMessage();
} // namespace detail

// Runs work() on the thread pool; done(JobResult<T>) then runs on receiver's thread, unless receiver was
// destroyed first. T is what work() returns.
template <typename Work, typename Done> void runInBackground(QObject* receiver, Work work, Done done)
{
    using T = std::decay_t<std::invoke_result_t<Work&>>;
    auto* watcher = new QFutureWatcher<JobResult<T>>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() mutable {
        try {
            return JobResult<T>::success(work());
        } catch (...) {
            return JobResult<T>::failure(detail::currentExceptionMessage());
        }
    }));
}

// One question asked again and again (test this connection): a request supersedes the ones started before
// it, and supersede() marks the requests in flight as answering a question that no longer stands (the
// settings changed). Superseded requests still report back, flagged, so the caller can end its "busy"
// state; only their answer is stale. Keep it as a member of the receiver.
class LatestRequest {
public:
    // done(const JobResult<T>&, bool superseded) runs on receiver's thread, as runInBackground says.
    template <typename Work, typename Done> void start(QObject* receiver, Work work, Done done)
    {
        const quint64 ticket = ++generation_;
        runInBackground(receiver, std::move(work), [this, ticket, done = std::move(done)](const auto& result) mutable {
            done(result, ticket != generation_);
        });
    }
    void supersede() { ++generation_; }

private:
    quint64 generation_ = 0;
};

} // namespace ferry
