#pragma once
// Page 6: the real run. Start, pause/resume and cancel; per-table progress with rate and time left;
// live charts of throughput, duplicates and rejects. The engine runs in RunController's worker thread;
// this page only draws what its queued signals carry, and a StallMonitor measures that the window stays
// responsive while it does.
//
// When the project has an interrupted run (killed, failed or cancelled), the page says so and offers to
// resume it next to starting over, which asks first. While the engine waits to reconnect, the page says
// to what, which attempt and when the next try comes, and marks the moment on the throughput chart.
#include "engine/run_state.h"
#include "wizard_page.h"

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace ferry::ui {

class InterruptedRunNotice;
class ReconnectBanner;
class RunCharts;
class RunController;
class StallMonitor;
class TableProgressList;
class UserPrompts;

class RunPage : public WizardPage {
    Q_OBJECT
public:
    explicit RunPage(ProjectDocument* document, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool isBusy() const override;
    bool isPaused() const { return paused_; } // the engine has stopped between batches
    bool hasRun() const { return ran_; }
    // The run Resume would continue (looked up when the page is entered, a project opened, a run ended).
    const std::optional<InterruptedRun>& interruptedRun() const { return interrupted_; }
    // Who answers "start over?"; not owned. Default: the real dialog.
    void setPrompts(UserPrompts* prompts) { prompts_ = prompts; }

    RunController* controller() const { return controller_; }
    const StallMonitor* stallMonitor() const { return stall_; }
    RunCharts* charts() const { return charts_; }
    TableProgressList* progressList() const { return progress_; }
    InterruptedRunNotice* interruptedNotice() const { return notice_; }
    ReconnectBanner* reconnectBanner() const { return reconnect_; }
    QString statusText() const;

public slots:
    // A new run; with an interrupted run on offer, only once the user confirmed starting over.
    void start();
    // Continues the interrupted run (RunRequest::resume).
    void resumeInterrupted();
    void pause();
    void resume(); // after pause(): the same run goes on
    void cancel();

signals:
    void pausedChanged(bool paused);
    void runFinished(const ferry::RunSummary& summary);

protected:
    void initializePage() override;

private:
    void launch(bool resumeInterrupted);
    void refreshInterrupted();
    QString startOverConsequences() const;
    QString idleText() const; // the status line before a run
    void onSample(const RunSample& s);
    void onFinished(const RunSummary& summary);
    QString finishedText(const RunSummary& summary) const;
    void onPaused(bool paused);
    void onRetrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs);
    void onRecovered();
    void showRunning();
    void updateControls();
    void listTables();

    RunController* controller_;
    StallMonitor* stall_;
    UserPrompts* prompts_;
    InterruptedRunNotice* notice_;
    QPushButton* resumeRunButton_;
    QPushButton* startButton_;
    QPushButton* pauseButton_;
    QPushButton* cancelButton_;
    QLabel* status_;
    ReconnectBanner* reconnect_;
    QLabel* totals_;
    TableProgressList* progress_;
    QScrollArea* progressArea_;
    RunCharts* charts_;
    std::optional<InterruptedRun> interrupted_;
    bool ran_ = false;
    bool paused_ = false;
    bool cancelling_ = false;
    bool resuming_ = false; // the run in progress (or last ended) continued an interrupted one
};

} // namespace ferry::ui
