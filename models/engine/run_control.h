#pragma once
// Cancel and pause, shared by the stages of one run. Any thread may ask. The stages look between
// batches; a cancel also interrupts the statement each stage is blocked in (Connection::cancel() on the
// connections they watch()), so a long statement stops within about a second and rolls back whole.
#include "db/connection.h"

#include <QElapsedTimer>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>

namespace ferry {

class RunControl {
public:
    // While it lives, a cancel interrupts the connection's statement. Its destructor waits for a cancel
    // in progress, so the connection may be closed right after.
    class Watch {
    public:
        Watch(const RunControl& control, Connection& connection)
            : control_(&control)
            , connection_(&connection)
        {
            std::lock_guard lock(control_->mutex_);
            control_->watched_.insert(connection_);
        }
        ~Watch()
        {
            std::lock_guard lock(control_->mutex_);
            control_->watched_.erase(connection_);
        }
        Watch(const Watch&) = delete;
        Watch& operator=(const Watch&) = delete;

    private:
        const RunControl* control_;
        Connection* connection_;
    };

    void cancel()
    {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        changed_.notify_all();
        for (Connection* c : watched_)
            c->cancel();
    }
    void setPaused(bool paused)
    {
        std::lock_guard lock(mutex_);
        paused_ = paused;
        changed_.notify_all();
    }
    bool cancelled() const { return cancelled_; }
    bool paused() const { return paused_; }
    const std::atomic<bool>& cancelledFlag() const { return cancelled_; }

    // Sleeps up to ms; false when the run was cancelled meanwhile (it wakes at once).
    bool sleepUnlessCancelled(qint64 ms) const
    {
        std::unique_lock lock(mutex_);
        return !changed_.wait_for(lock, std::chrono::milliseconds(ms), [&] { return bool(cancelled_); });
    }

    // Blocks while paused (and not cancelled); returns the milliseconds it waited. onPause(true) is
    // called before waiting, onPause(false) after, only when it waits at all.
    template <typename OnPause> qint64 waitWhilePaused(OnPause&& onPause)
    {
        if (!paused_ || cancelled_)
            return 0;
        QElapsedTimer waited;
        waited.start();
        onPause(true);
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return !paused_ || cancelled_; });
        }
        onPause(false);
        return waited.elapsed();
    }

private:
    std::atomic<bool> cancelled_{false};
    std::atomic<bool> paused_{false};
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    mutable std::set<Connection*> watched_;
};

} // namespace ferry
