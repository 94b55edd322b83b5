// Work on many independent items spread over the machine's cores.
#pragma once

#include <atomic>
#include <functional>

namespace cd {

// Runs work(from, to, reporting) over the items [0, count) in shares, one per core (at most 4) once there are at
// least `threadsFrom` items, else in one share. The calling thread takes the first share (`reporting` true: it is
// the one that may show progress) and any share no thread could be had for. Work stops early when `stop` is set;
// an exception in any share sets it, and the first one is thrown again here once every share has ended.
// Returns the number of shares, so that the caller can scale the progress its own share shows.
int runInShares(int count, int threadsFrom, std::atomic<bool> &stop, const std::function<void(int from, int to, bool reporting)> &work);

// The number of shares runInShares will use for `count` items.
int sharesFor(int count, int threadsFrom);

} // namespace cd
