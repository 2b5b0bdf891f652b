#pragma once
// Ferry's window until the wizard lands: open a project, dry-run or run it in the background, and read
// the per-table summary (the same numbers as `ferry-cli --json`).
#include "project/project.h"
#include "run_controller.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QPlainTextEdit;

namespace ferry::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    bool openProject(const QString& path);

private:
    void chooseProject();
    void startRun(bool dryRun);
    void showSummary(const RunSummary& summary);
    void setBusy(bool busy);

    std::optional<Project> project_;
    RunController controller_;
    QLabel* projectLabel_;
    QPushButton* openButton_;
    QPushButton* dryRunButton_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* statusLabel_;
    QTableWidget* table_;
    QPlainTextEdit* log_;
};

} // namespace ferry::ui
