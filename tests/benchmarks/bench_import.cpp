// Times the phases of a roster import (read, check, write) on a fresh data file. Figures only.
// Usage: bench_import ROSTER.csv|xlsx WORKDIR [stream]
#include "services/defaults.h"
#include "services/rosterimport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace cd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_import ROSTER WORKDIR\n");
        return 1;
    }
    const QString roster = QString::fromLocal8Bit(argv[1]);
    const QString path = QDir(QString::fromLocal8Bit(argv[2])).filePath(QStringLiteral("bench_import.db"));
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QString::fromLatin1(suffix));
    {
        auto db = Database::create(path);
        Defaults::initialise(*db, InitOptions{});
    }
    QElapsedTimer t;
    if (argc > 3 && QByteArray(argv[3]) == "stream") { // the command line's way: read, checked and written a part at a time
        t.start();
        auto db = Database::open(path);
        ImportPlan summary;
        const ImportResult r = RosterImport(*db).importFile(roster, false, summary);
        db.reset();
        std::printf("rows %d  streamed: total %lld ms\n", r.imported, t.elapsed());
        return 0;
    }
    t.start();
    auto db = Database::open(path);
    const qint64 open = t.restart();
    const Table table = RosterImport::readTable(roster);
    const qint64 read = t.restart();
    RosterImport importer(*db);
    const ImportPlan plan = importer.plan(table, roster);
    const qint64 check = t.restart();
    const ImportResult r = importer.apply(plan);
    const qint64 write = t.restart();
    db.reset(); // closing checkpoints the WAL into the file
    const qint64 close = t.restart();
    std::printf("rows %d  open %lld ms  read+decode+parse %lld ms  check+match %lld ms  write+commit %lld ms  close %lld ms  "
                "total %lld ms\n",
                r.imported, open, read, check, write, close, open + read + check + write + close);
    return 0;
}
