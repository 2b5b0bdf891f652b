#pragma once
// Runs a Migration off the GUI thread and reports back through queued signals. Widgets never wait on a
// database: the engine runs in QtConcurrent's pool and only small samples cross threads.
#include "engine/migration.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace ferry::ui {

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    bool isRunning() const;
    void start(const Project& project, const RunRequest& request);
    void cancel();
    // Asks the engine to stop (or go on) between batches; pausedChanged says when the writer has stopped.
    void setPaused(bool paused);
    bool isPauseRequested() const { return pauseRequested_; }
    // How the last run ended (valid once finished was emitted).
    FailureKind failureKind() const { return failure_; }

signals:
    // expectedRows: the source's estimate, -1 when unknown.
    void tableStarted(int index, const QString& source, const QString& target, qint64 expectedRows);
    void tableFinished(int index, const ferry::TableCounts& counts);
    void sampled(const ferry::RunSample& sample);
    void message(const QString& text);
    void pausedChanged(bool paused);
    void finished(const ferry::RunSummary& summary);

private:
    // Called on the worker thread; re-emits everything as queued signals on the controller's thread.
    class Forwarder : public RunObserver {
    public:
        explicit Forwarder(RunController* c)
            : c_(c)
        {
        }
        void tableStarted(int index, const QString& source, const QString& target,
                          std::optional<qint64> expectedRows) override;
        void sample(const RunSample& s) override;
        void tableFinished(int index, const TableCounts& counts) override;
        void message(const QString& text) override;
        void pausedChanged(bool paused) override;

    private:
        RunController* c_;
    };

    Forwarder forwarder_{this};
    std::unique_ptr<Migration> migration_;
    QFutureWatcher<RunSummary> watcher_;
    bool pauseRequested_ = false;
    FailureKind failure_ = FailureKind::None;
};

} // namespace ferry::ui

Q_DECLARE_METATYPE(ferry::RunSample)
Q_DECLARE_METATYPE(ferry::RunSummary)
Q_DECLARE_METATYPE(ferry::TableCounts)
