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
#include "run/run_confirmation.h"
#include "wizard_page.h"

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace ferry::ui {

class InterruptedRunNotice;
class LocationBar;
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
    // Who answers "start over?" and "write into the target?"; not owned. Default: the real dialog.
    void setPrompts(UserPrompts* prompts) { prompts_ = prompts; }

    RunController* controller() const { return controller_; }
    const StallMonitor* stallMonitor() const { return stall_; }
    RunCharts* charts() const { return charts_; }
    TableProgressList* progressList() const { return progress_; }
    InterruptedRunNotice* interruptedNotice() const { return notice_; }
    ReconnectBanner* reconnectBanner() const { return reconnect_; }
    LocationBar* runFolderBar() const { return folder_; }
    // What the confirmation before a run shows now.
    RunPreview preview() const;
    QString statusText() const;

public slots:
    // A new run, once the user confirmed what it will write (and, with an interrupted run on offer, that
    // it starts over).
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
    LocationBar* folder_;
    TableProgressList* progress_;
    QScrollArea* progressArea_;
    RunCharts* charts_;
    std::optional<InterruptedRun> interrupted_;
    bool ran_ = false;
    bool paused_ = false;
    bool cancelling_ = false;
    bool resuming_ = false;     // the run in progress (or last ended) continued an interrupted one
    QString dryRunFingerprint_; // of the project when the last dry run ended
};

} // namespace ferry::ui
