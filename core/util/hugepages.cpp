#include "util/hugepages.h"

#include <QtGlobal>
#include <cstdint>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace cd {

void preferHugePages(void *at, size_t bytes)
{
#if defined(Q_OS_LINUX)
    constexpr uintptr_t huge = uintptr_t(2) << 20;
    const uintptr_t start = reinterpret_cast<uintptr_t>(at);
    const uintptr_t from = (start + huge - 1) & ~(huge - 1);
    const uintptr_t to = (start + bytes) & ~(huge - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
#else
    Q_UNUSED(at);
    Q_UNUSED(bytes);
#endif
}

} // namespace cd
