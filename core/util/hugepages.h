// Large buffers backed by 2 MiB pages where the system allows it.
#pragma once

#include <cstddef>

namespace cd {

// Asks the system to back the whole 2 MiB pages inside [at, at + bytes) with transparent huge pages before they are
// first written (Linux, where THP is in "madvise" mode as on Debian; elsewhere nothing). A buffer of 32 MB or more
// comes from the C library's mmap with 4 KiB pages, each first write a page fault: decoding a 160 MB roster into
// 320 MB of text took 1.1 s, most of it faulting. Harmless on memory already in use.
void preferHugePages(void *at, size_t bytes);

} // namespace cd
