#pragma once
// Runs a Migration off the GUI thread and reports back through queued calls. Widgets never wait on a
// database: the engine runs in the thread pool (runInBackground) and only small samples cross threads.
// A controller destroyed mid-run cancels the run and does not wait for it: the run stops after its batch
// in flight, on its own, and reports to no one.
#include "engine/migration.h"

#include <QMutex>
#include <QObject>
#include <memory>

namespace ferry::ui {

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    // From start() until finished is emitted.
    bool isRunning() const { return running_; }
    void start(const Project& project, const RunRequest& request);
    void cancel();
    // Asks the engine to stop (or go on) between batches; pausedChanged says when the writer has stopped.
    void setPaused(bool paused);
    bool isPauseRequested() const { return pauseRequested_; }
    // How the last run ended (valid once finished was emitted).
    FailureKind failureKind() const { return failure_; }
    // What the engine reports to (on its own threads). Tests drive it to play the engine's part.
    RunObserver* observer() const { return forwarder_.get(); }

signals:
    // expectedRows: the source's estimate, -1 when unknown.
    void tableStarted(int index, const QString& source, const QString& target, qint64 expectedRows);
    void tableFinished(int index, const ferry::TableCounts& counts);
    void sampled(const ferry::RunSample& sample);
    void message(const QString& text);
    void pausedChanged(bool paused);
    // A connection failed in a way that may pass; the engine waits delayMs and tries again.
    void retrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs);
    void recovered(const QString& what);
    void finished(const ferry::RunSummary& summary);

private:
    // Called on the engine's threads; re-emits everything as the controller's signals, queued to its
    // thread, until detach() (the controller is going away).
    class Forwarder : public RunObserver {
    public:
        explicit Forwarder(RunController* c)
            : c_(c)
        {
        }
        void detach();
        void tableStarted(int index, const QString& source, const QString& target,
                          std::optional<qint64> expectedRows) override;
        void sample(const RunSample& s) override;
        void tableFinished(int index, const TableCounts& counts) override;
        void message(const QString& text) override;
        void pausedChanged(bool paused) override;
        void retrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs) override;
        void recovered(const QString& what) override;

    private:
        template <typename Emit> void post(Emit emitter);
        QMutex mutex_; // detach() and post() exclude each other, so nothing is posted to a dead controller
        RunController* c_;
    };

    std::shared_ptr<Forwarder> forwarder_;
    std::shared_ptr<Migration> migration_; // shared with the run, which may outlive the controller
    bool running_ = false;
    bool pauseRequested_ = false;
    FailureKind failure_ = FailureKind::None;
};

} // namespace ferry::ui

Q_DECLARE_METATYPE(ferry::RunSample)
Q_DECLARE_METATYPE(ferry::RunSummary)
Q_DECLARE_METATYPE(ferry::TableCounts)
