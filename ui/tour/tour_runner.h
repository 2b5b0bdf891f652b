#pragma once
// `ferry --tour DIR`: walks the wizard through the demo as a user would (open the demo, test both
// connections, map, dry run, run) and saves one 1280×800 PNG per page into DIR, then quits. Each step
// waits for the page's background work through its signals and a polling timer — never a nested loop.
#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>

namespace ferry::ui {

class MainWindow;

class TourRunner : public QObject {
    Q_OBJECT
public:
    TourRunner(MainWindow* window, const QString& outputDir, QObject* parent = nullptr);

    // Starts the tour; finished(exitCode) is emitted at the end (0 = every page saved).
    void start();
    QStringList savedFiles() const { return saved_; }

signals:
    void finished(int exitCode);

private:
    struct Step {
        QString file;                // PNG name, empty = no picture
        std::function<void()> enter; // what the user does on arriving
        std::function<bool()> ready; // the page shows what it should
        std::function<void()> leave; // how the user moves on
    };
    void buildSteps();
    void poll();
    bool pageIdle() const;
    QPixmap picture() const; // the window, with the step's dialog over it
    void fail(const QString& why);

    MainWindow* window_;
    QDir output_;
    QTemporaryDir workDir_;
    QString demoProject_;
    QList<Step> steps_;
    int current_ = -1;
    bool entered_ = false;
    int settleTicks_ = 0;
    QElapsedTimer stepClock_;
    QTimer timer_;
    QStringList saved_;
    QPointer<QWidget> dialog_; // a dialog a step opened: the picture is of it, not the main window
};

} // namespace ferry::ui
