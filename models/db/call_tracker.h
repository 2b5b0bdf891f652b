#pragma once
// The blocking call a connection's owning thread is in, so that another thread can cancel it without
// racing it: a cancel is delivered under the same lock that ends the call, so it never reaches a
// statement already freed, and the owner cannot start its next statement while a cancel is under way.
#include <mutex>

namespace ferry {

class CallTracker {
public:
    enum class Kind { Execute, Fetch };

    // Owning thread: one blocking call on `handle` (a statement handle, or null where the connection has
    // only one thing to interrupt).
    class Scope {
    public:
        Scope(CallTracker& tracker, void* handle, Kind kind)
            : tracker_(tracker)
        {
            const std::lock_guard lock(tracker_.mutex_);
            tracker_.handle_ = handle;
            tracker_.kind_ = kind;
            tracker_.active_ = true;
            tracker_.delivered_ = false;
        }
        ~Scope() { finish(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

        // Ends the call; true when a cancel reached it.
        bool finish()
        {
            if (!open_)
                return delivered_;
            const std::lock_guard lock(tracker_.mutex_);
            open_ = false;
            tracker_.active_ = false;
            tracker_.handle_ = nullptr;
            delivered_ = tracker_.delivered_;
            return delivered_;
        }

    private:
        CallTracker& tracker_;
        bool open_ = true;
        bool delivered_ = false;
    };

    // Any thread: calls deliver(handle, kind) under the lock while a call is in flight and records
    // whether it reached it (deliver returns true); does nothing when no call runs.
    template <typename Deliver> void cancel(Deliver&& deliver)
    {
        const std::lock_guard lock(mutex_);
        if (active_ && !delivered_)
            delivered_ = deliver(handle_, kind_);
    }

private:
    std::mutex mutex_;
    void* handle_ = nullptr;
    Kind kind_ = Kind::Execute;
    bool active_ = false;
    bool delivered_ = false;
};

} // namespace ferry
