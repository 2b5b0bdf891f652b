#pragma once
// Ctrl+C (and SIGTERM) while ferry-cli runs a job. The first one asks the job to stop — the run then
// ends as cancelled, its last batch committed or rolled back whole — and says "Cancelling… (press
// Ctrl+C again to stop at once)"; the second one ends the process at once with exit code 130.
//
// POSIX: the signal handler only writes a byte into a pipe (write() is async-signal-safe); a watcher
// thread reads it, prints, and calls `cancel` on a thread of its own, so a second signal is handled
// even while the cancel is still under way. Windows: SetConsoleCtrlHandler, whose handler Windows runs on
// a thread of its own.
#include <functional>

namespace ferry::cli {

class InterruptGuard {
public:
    // Installs the handlers until destroyed. `cancel` (thread-safe, e.g. Migration::cancel) is called at
    // most once; without it the first signal already ends the process with 130. One guard at a time.
    explicit InterruptGuard(std::function<void()> cancel);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
};

} // namespace ferry::cli
