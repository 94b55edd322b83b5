// Items handed from one thread to another, at most so many waiting at once.
#pragma once

#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>

namespace cd {

// A queue of at most `capacity` items between one thread that pushes and one that pops. close() ends it for both:
// push() then refuses, pop() empties what is left and then gives nothing.
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity) {}

    bool push(T item)
    {
        std::unique_lock<std::mutex> hold(m_lock);
        m_changed.wait(hold, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    std::optional<T> pop()
    {
        std::unique_lock<std::mutex> hold(m_lock);
        m_changed.wait(hold, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    // Lets push() add without waiting (when there is no other thread to pop).
    void unbounded()
    {
        const std::lock_guard<std::mutex> hold(m_lock);
        m_capacity = std::numeric_limits<size_t>::max();
    }

    void close()
    {
        const std::lock_guard<std::mutex> hold(m_lock);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_lock;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    size_t m_capacity;
    bool m_closed = false;
};

} // namespace cd
