// The exchange at a county's size (issue 12 §3): 5,000 units with their demo records and 2,000 activities with an
// evidence file each (25 KB, 50 MB in all), exported as one package by the county, applied by its 市(州), and the
// receipt recorded back. Figures only. Usage: bench_exchange WORKDIR [UNITS] [FILES]
#include "exchange/package.h"
#include "services/defaults.h"
#include "services/demo.h"
#include "services/recordservice.h"
#include "storage/database.h"
#include "util/rng.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace cd;

namespace {
std::unique_ptr<Database> office(const QString &path, const char *level, const char *region)
{
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QString::fromLatin1(suffix));
    QDir(path.left(path.size() - 3) + QStringLiteral(".files")).removeRecursively();
    return Database::create(path, [&](Database &fresh) {
        InitOptions o;
        o.level = QString::fromLatin1(level);
        o.regionCode = QString::fromLatin1(region);
        Defaults::initialise(fresh, o);
    });
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_exchange WORKDIR [UNITS] [FILES]\n");
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const int units = argc > 2 ? std::atoi(argv[2]) : 5000;
    const int files = argc > 3 ? std::atoi(argv[3]) : 2000;
    QElapsedTimer t;
    t.start();
    auto county = office(dir.filePath(QStringLiteral("county.db")), "county", "220102");
    Demo::generate(*county, {units, 1, 2018});
    RecordService records(*county);
    const int firstUnit = 1; // a new file's units are numbered from 1
    Rng rng(5);
    const QString scratch = dir.filePath(QStringLiteral("evidence.bin"));
    for (int i = 0; i < files; ++i) {
        QByteArray bytes(25 * 1024, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.below(256));
        QFile f(scratch);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        f.close();
        Activity a;
        a.unitId = firstUnit + i % units;
        a.date = QDate(2014, 5, 1).addDays(i % 200);
        a.kind = QStringLiteral("座谈会");
        Attachment stored = records.attachments().store(scratch);
        stored.fileName = QStringLiteral("签到表%1.jpg").arg(i);
        a.attachments = {stored};
        records.activity.saveActivity(a);
    }
    const qint64 setup = t.restart();

    const QString package = dir.filePath(QStringLiteral("county.cdx"));
    const PackageExport sent = Exchange(*county).exportPackage(package);
    const qint64 exportMs = t.restart();
    auto city = office(dir.filePath(QStringLiteral("city.db")), "city", "220100");
    t.restart();
    const QString receipt = dir.filePath(QStringLiteral("county.cdr"));
    const PackageImport applied = Exchange(*city).importPackage(package, receipt, true);
    const qint64 importMs = t.restart();
    const ReceiptImport acknowledged = Exchange(*county).importReceipt(receipt, true);
    const qint64 receiptMs = t.restart();
    std::printf("exchange: %d units, %d records, %d evidence files; package %.1f MB\n", units, sent.records, sent.files,
                double(QFileInfo(package).size()) / 1048576.0);
    std::printf("  set-up %lld ms  export %lld ms  import %lld ms (%d applied, %d refused)  receipt %lld ms (%d acknowledged)\n", setup,
                exportMs, importMs, applied.applied, applied.refused, receiptMs, acknowledged.acknowledged);
    return 0;
}
