#pragma once
// A small blocking queue between the reader and writer threads. Its capacity bounds memory: the reader
// waits when the writer is behind, whatever the table size.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace ferry {

template <typename T> class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity)
        : capacity_(capacity)
    {
    }

    // Returns false if the queue was closed (the consumer gave up).
    bool push(T item)
    {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
        if (closed_)
            return false;
        items_.push_back(std::move(item));
        notEmpty_.notify_one();
        return true;
    }

    // Blocks until an item arrives; nullopt once closed and drained.
    std::optional<T> pop()
    {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return closed_ || !items_.empty(); });
        if (items_.empty())
            return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        notFull_.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        notFull_.notify_all();
        notEmpty_.notify_all();
    }

private:
    size_t capacity_;
    std::mutex mutex_;
    std::condition_variable notFull_, notEmpty_;
    std::deque<T> items_;
    bool closed_ = false;
};

} // namespace ferry
