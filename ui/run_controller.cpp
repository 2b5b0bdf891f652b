#include "run_controller.h"

#include "items/background_job.h"

#include <QMutexLocker>

namespace ferry::ui {

RunController::RunController(QObject* parent)
    : QObject(parent)
    , forwarder_(std::make_shared<Forwarder>(this))
{
    qRegisterMetaType<ferry::RunSample>();
    qRegisterMetaType<ferry::RunSummary>();
    qRegisterMetaType<ferry::TableCounts>();
}

RunController::~RunController()
{
    forwarder_->detach();
    cancel();
}

void RunController::start(const Project& project, const RunRequest& request)
{
    if (running_)
        return;
    running_ = true;
    pauseRequested_ = false;
    failure_ = FailureKind::None;
    migration_ = std::make_shared<Migration>(project, request);
    const bool dryRun = request.dryRun;
    runInBackground(
        this, [migration = migration_, observer = forwarder_] { return migration->run(observer.get()); },
        [this, dryRun](const JobResult<RunSummary>& result) {
            running_ = false;
            pauseRequested_ = false;
            // Migration::run never throws; should it all the same, the run ends as a failed one.
            failure_ = result.ok() ? migration_->failureKind() : FailureKind::Run;
            emit finished(result.valueOr([dryRun](const QString& error) {
                RunSummary failed;
                failed.dryRun = dryRun;
                failed.status = RunSummary::Status::Failed;
                failed.error = error;
                return failed;
            }));
        });
}

void RunController::cancel()
{
    if (migration_)
        migration_->cancel();
}

void RunController::setPaused(bool paused)
{
    if (!migration_ || !running_)
        return;
    pauseRequested_ = paused;
    migration_->setPaused(paused);
}

void RunController::Forwarder::detach()
{
    QMutexLocker lock(&mutex_);
    c_ = nullptr;
}

template <typename Emit> void RunController::Forwarder::post(Emit emitter)
{
    QMutexLocker lock(&mutex_);
    // Queued: runs on the controller's thread; a call still queued when the controller dies is dropped.
    if (c_)
        QMetaObject::invokeMethod(
            c_, [c = c_, emitter] { emitter(c); }, Qt::QueuedConnection);
}

void RunController::Forwarder::tableStarted(int index, const QString& source, const QString& target,
                                            std::optional<qint64> expectedRows)
{
    const qint64 expected = expectedRows.value_or(-1);
    post([=](RunController* c) { emit c->tableStarted(index, source, target, expected); });
}

void RunController::Forwarder::sample(const RunSample& s)
{
    post([s](RunController* c) { emit c->sampled(s); });
}

void RunController::Forwarder::tableFinished(int index, const TableCounts& counts)
{
    post([index, counts](RunController* c) { emit c->tableFinished(index, counts); });
}

void RunController::Forwarder::message(const QString& text)
{
    post([text](RunController* c) { emit c->message(text); });
}

void RunController::Forwarder::pausedChanged(bool paused)
{
    post([paused](RunController* c) { emit c->pausedChanged(paused); });
}

void RunController::Forwarder::retrying(const QString& what, const QString& error, int attempt, int maxAttempts,
                                        qint64 delayMs)
{
    post([=](RunController* c) { emit c->retrying(what, error, attempt, maxAttempts, delayMs); });
}

void RunController::Forwarder::recovered(const QString& what)
{
    post([what](RunController* c) { emit c->recovered(what); });
}

} // namespace ferry::ui
