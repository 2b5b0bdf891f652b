#pragma once
// What the run page's tests do to a run in progress: wait for it to end or to reach a number of rows,
// and play the engine's part (observer calls from another thread, as the engine makes them).
#include "run/run_confirmation.h"
#include "run_controller.h"
#include "user_prompts.h"
#include "wizard/run_page.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>
#include <thread>

namespace ferry::test {

// Answers "write into the target?" as the test says (yes unless told otherwise) and keeps what it was
// shown; whileAsked runs while the question is open, before the run may write anything.
class RunPrompts : public ui::UserPrompts {
public:
    bool confirm = true;
    QList<ui::RunPreview> shown;
    std::function<void()> whileAsked;
    bool confirmRun(QWidget*, const ui::RunPreview& preview) override
    {
        shown << preview;
        if (whileAsked)
            whileAsked();
        return confirm;
    }
};

// For tests that do not look at the question: every run confirmed.
inline RunPrompts* confirmingPrompts()
{
    static RunPrompts prompts;
    return &prompts;
}

// The summary RunPage::runFinished carried, or an empty one when the run did not end in time.
inline RunSummary runToEnd(QSignalSpy& finished)
{
    if (!finished.wait(180000))
        return {};
    return finished.last().at(0).value<RunSummary>();
}

// Waits until the engine reported at least `rows` rows read; false if the run ended first.
inline bool waitForRows(ui::RunPage& page, qint64 rows)
{
    qint64 read = 0;
    QMetaObject::Connection c = QObject::connect(page.controller(), &ui::RunController::sampled,
                                                 [&](const RunSample& s) { read = s.totalRead; });
    const bool reached = QTest::qWaitFor([&] { return read >= rows || !page.isBusy(); }, 60000);
    QObject::disconnect(c);
    return reached && read >= rows && page.isBusy();
}

// Calls the page's run observer from a thread of its own, as the engine does: call(RunObserver&).
template <typename Call> void asTheEngine(ui::RunPage& page, Call call)
{
    RunObserver* engine = page.controller()->observer();
    std::thread([&] { call(*engine); }).join();
}

} // namespace ferry::test
