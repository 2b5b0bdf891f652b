#include "run_controller.h"

#include <QtConcurrent>

namespace ferry::ui {

RunController::RunController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ferry::RunSample>();
    qRegisterMetaType<ferry::RunSummary>();
    qRegisterMetaType<ferry::TableCounts>();
    connect(&watcher_, &QFutureWatcher<RunSummary>::finished, this, [this] {
        const RunSummary summary = watcher_.result();
        failure_ = migration_ ? migration_->failureKind() : FailureKind::None;
        pauseRequested_ = false;
        emit finished(summary);
    });
}

RunController::~RunController()
{
    cancel();
    watcher_.waitForFinished();
}

bool RunController::isRunning() const
{
    return watcher_.isRunning();
}

void RunController::start(const Project& project, const RunRequest& request)
{
    if (isRunning())
        return;
    pauseRequested_ = false;
    failure_ = FailureKind::None;
    migration_ = std::make_unique<Migration>(project, request);
    Migration* m = migration_.get();
    RunObserver* observer = &forwarder_;
    watcher_.setFuture(QtConcurrent::run([m, observer] { return m->run(observer); }));
}

void RunController::cancel()
{
    if (migration_)
        migration_->cancel();
}

void RunController::setPaused(bool paused)
{
    if (!migration_ || !isRunning())
        return;
    pauseRequested_ = paused;
    migration_->setPaused(paused);
}

void RunController::Forwarder::tableStarted(int index, const QString& source, const QString& target,
                                            std::optional<qint64> expectedRows)
{
    const qint64 expected = expectedRows.value_or(-1);
    QMetaObject::invokeMethod(
        c_, [c = c_, index, source, target, expected] { emit c->tableStarted(index, source, target, expected); },
        Qt::QueuedConnection);
}

void RunController::Forwarder::sample(const RunSample& s)
{
    QMetaObject::invokeMethod(
        c_, [c = c_, s] { emit c->sampled(s); }, Qt::QueuedConnection);
}

void RunController::Forwarder::tableFinished(int index, const TableCounts& counts)
{
    QMetaObject::invokeMethod(
        c_, [c = c_, index, counts] { emit c->tableFinished(index, counts); }, Qt::QueuedConnection);
}

void RunController::Forwarder::message(const QString& text)
{
    QMetaObject::invokeMethod(
        c_, [c = c_, text] { emit c->message(text); }, Qt::QueuedConnection);
}

void RunController::Forwarder::pausedChanged(bool paused)
{
    QMetaObject::invokeMethod(
        c_, [c = c_, paused] { emit c->pausedChanged(paused); }, Qt::QueuedConnection);
}

} // namespace ferry::ui
