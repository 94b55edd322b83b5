// util/hugepages.h: a large buffer is marked for 2 MiB pages before it is filled (Linux; elsewhere nothing to check).
#include "catch.h"

#include "util/hugepages.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>

#include <cstdint>

#if defined(Q_OS_LINUX)
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
#endif

#if defined(Q_OS_LINUX)
TEST_CASE("a large buffer is marked for huge pages before it is filled, only its whole 2 MiB pages", "[util]")
{
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
}
#endif

TEST_CASE("memory asked for huge pages keeps what it holds and takes what is written", "[util]")
{
    // Asked before it is filled, as the roster reader does, and after, as the command line's heap is: on every
    // system the bytes are the program's to read and write as before (elsewhere than Linux nothing is asked).
    QByteArray filled(40 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < filled.size(); ++i)
        filled[i] = char('a' + i % 26);
    cd::preferHugePages(filled.data() + 1, size_t(filled.size()) - 3);
    bool same = true;
    for (qsizetype i = 0; i < filled.size() && same; ++i)
        same = filled[i] == char('a' + i % 26);
    CHECK(same);
    QByteArray fresh(40 << 20, Qt::Uninitialized);
    cd::preferHugePages(fresh.data(), size_t(fresh.size()));
    fresh.fill('x');
    CHECK(fresh.count('x') == fresh.size());
}
