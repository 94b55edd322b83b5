#include "storage/fileprobe.h"

#include <QFile>
#include <QFileInfo>

namespace cd {

static quint32 be32(const QByteArray &h, int at)
{
    return (quint32(quint8(h[at])) << 24) | (quint32(quint8(h[at + 1])) << 16) | (quint32(quint8(h[at + 2])) << 8)
        | quint32(quint8(h[at + 3]));
}

FileProbe probeDataFile(const QString &path, int latestSchemaVersion)
{
    FileProbe p;
    const QFileInfo fi(path);
    if (!fi.exists())
        return p;
    p.size = fi.size();
    if (p.size == 0) {
        p.state = FileProbe::State::Empty;
        return p;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        p.state = FileProbe::State::NotSqlite;
        return p;
    }
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        p.state = FileProbe::State::NotSqlite;
        return p;
    }
    if (be32(h, 68) != quint32(kApplicationId)) {
        p.state = FileProbe::State::Foreign;
        return p;
    }
    quint32 pageSize = (quint32(quint8(h[16])) << 8) | quint8(h[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = be32(h, 28);
    const bool countValid = be32(h, 24) == be32(h, 92);
    if (pageSize < 512 || p.size % pageSize != 0) {
        p.state = FileProbe::State::Truncated;
        return p;
    }
    if (countValid && qint64(pageSize) * pageCount > p.size) {
        // During a checkpoint (or after one was cut short) the header is already new while the pages it counts are
        // still in the WAL. Only without a WAL is the file really shorter than it says.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (!wal.exists() || wal.size() == 0) {
            p.state = FileProbe::State::Truncated;
            return p;
        }
        p.pagesInWal = true;
    }
    p.schemaVersion = int(be32(h, 60));
    p.state = p.schemaVersion > latestSchemaVersion ? FileProbe::State::TooNew : FileProbe::State::Ours;
    return p;
}

} // namespace cd
