#include "util/shares.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace cd {

int sharesFor(int count, int threadsFrom)
{
    return count >= threadsFrom ? int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)) : 1;
}

int runInShares(int count, int threadsFrom, std::atomic<bool> &stop, const std::function<void(int from, int to, bool reporting)> &work)
{
    const int shares = sharesFor(count, threadsFrom);
    const auto bound = [&](int k) { return int(static_cast<long long>(count) * k / shares); };
    std::exception_ptr failure;
    std::mutex failureLock;
    const auto guarded = [&](int from, int to, bool reporting) {
        try {
            work(from, to, reporting);
        } catch (...) {
            const std::lock_guard<std::mutex> hold(failureLock);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };
    std::vector<std::thread> workers;
    try {
        for (int k = 1; k < shares; ++k)
            workers.emplace_back(guarded, bound(k), bound(k + 1), false);
    } catch (const std::system_error &) {
        // No thread to be had: the shares not given to one are run here below.
    }
    guarded(0, bound(1), true);
    for (auto &w : workers)
        w.join();
    if (const int given = int(workers.size()); given + 1 < shares)
        guarded(bound(given + 1), count, true);
    if (failure)
        std::rethrow_exception(failure);
    return shares;
}

} // namespace cd
