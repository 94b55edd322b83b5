// util/hugepages.h: a large buffer is marked for 2 MiB pages before it is filled (Linux; elsewhere nothing to check).
#include "catch.h"

#include "util/hugepages.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>

#include <cstdint>

namespace {
// The VmFlags of the mapping that holds `at`, from /proc/self/smaps ("rd wr mr mw me ac hg", say).
QByteArray flagsOfMappingAt(const void *at)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    REQUIRE(smaps.open(QIODevice::ReadOnly));
    const uintptr_t address = reinterpret_cast<uintptr_t>(at);
    bool inside = false;
    const QRegularExpression head(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QRegularExpressionMatch m = head.match(QString::fromLatin1(line));
        if (m.hasMatch()) {
            inside = m.captured(1).toULongLong(nullptr, 16) <= address && address < m.captured(2).toULongLong(nullptr, 16);
            continue;
        }
        if (inside && line.startsWith("VmFlags:"))
            return line.mid(8).trimmed();
    }
    return {};
}
} // namespace

TEST_CASE("a large buffer is marked for huge pages before it is filled, only its whole 2 MiB pages", "[util]")
{
#if defined(Q_OS_LINUX)
    // 64 MB comes from its own mapping (the C library maps blocks of 32 MB and more), untouched so far.
    QByteArray buffer(64 << 20, Qt::Uninitialized);
    const char *middle = buffer.constData() + (32 << 20);
    REQUIRE_FALSE(flagsOfMappingAt(middle).split(' ').contains("hg"));
    cd::preferHugePages(buffer.data(), size_t(buffer.size()));
    CHECK(flagsOfMappingAt(middle).split(' ').contains("hg"));
    // Less than one whole 2 MiB page: nothing is asked.
    QByteArray small(48 << 20, Qt::Uninitialized);
    cd::preferHugePages(small.data() + 4096, (2 << 20) - 8192);
    CHECK_FALSE(flagsOfMappingAt(small.constData() + 4096).split(' ').contains("hg"));
    buffer.fill('x'); // and it is ordinary memory to write
    CHECK(buffer.count('x') == buffer.size());
#else
    SUCCEED("only Linux has transparent huge pages to ask for");
#endif
}
