#pragma once
// Page 6: the real run. Start, pause/resume and cancel; per-table progress with rate and time left;
// live charts of throughput, duplicates and rejects. The engine runs in RunController's worker thread;
// this page only draws what its queued signals carry, and a StallMonitor measures that the window stays
// responsive while it does.
#include "wizard_page.h"

class QLabel;
class QPushButton;
class QScrollArea;

namespace ferry::ui {

class RunCharts;
class RunController;
class StallMonitor;
class TableProgressList;

class RunPage : public WizardPage {
    Q_OBJECT
public:
    explicit RunPage(ProjectDocument* document, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool isBusy() const override;
    bool isPaused() const { return paused_; } // the engine has stopped between batches
    bool hasRun() const { return ran_; }

    RunController* controller() const { return controller_; }
    const StallMonitor* stallMonitor() const { return stall_; }
    RunCharts* charts() const { return charts_; }
    TableProgressList* progressList() const { return progress_; }
    QString statusText() const;

public slots:
    void start();
    void pause();
    void resume();
    void cancel();

signals:
    void pausedChanged(bool paused);
    void runFinished(const ferry::RunSummary& summary);

protected:
    void initializePage() override;

private:
    void onSample(const RunSample& s);
    void onFinished(const RunSummary& summary);
    void onPaused(bool paused);
    void updateControls();
    void listTables();

    RunController* controller_;
    StallMonitor* stall_;
    QPushButton* startButton_;
    QPushButton* pauseButton_;
    QPushButton* cancelButton_;
    QLabel* status_;
    QLabel* totals_;
    TableProgressList* progress_;
    QScrollArea* progressArea_;
    RunCharts* charts_;
    bool ran_ = false;
    bool paused_ = false;
    bool cancelling_ = false;
};

} // namespace ferry::ui
