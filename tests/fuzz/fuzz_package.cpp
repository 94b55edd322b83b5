// libFuzzer target: the exchange-package reader and its import (issue 12 §3), on a 市(州)'s data file. Inputs whose
// first byte is even are taken as a .cdx file as they are (the zip, the manifest, the signature check); odd ones are
// records the harness wraps into a correctly signed package, so that the fuzzer reaches the record parsing and
// applying too: the rest of the first byte picks the record kind, one that goes up (from a county of that city) or
// one that comes down (from the province, addressed to the city). Every input is either refused whole (cd::Failure, the file's rows unchanged) or
// applied leaving a file that passes its own check.
#include "exchange/package.h"
#include "exchange/signing.h"
#include "services/defaults.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "util/failure.h"

#include "fuzzapp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <minizip/zip.h>

namespace {
struct World : FuzzApp
{
    QTemporaryDir dir;
    std::unique_ptr<cd::Database> db;
    cd::signing::KeyPair county = cd::signing::generate();
    cd::signing::KeyPair province = cd::signing::generate();
    World()
    {
        db = cd::Database::create(dir.filePath(QStringLiteral("city.db")), [](cd::Database &fresh) {
            cd::InitOptions o;
            o.level = QStringLiteral("city");
            o.regionCode = QStringLiteral("220100");
            cd::Defaults::initialise(fresh, o);
        });
    }
    QString rows() const
    {
        return cd::sql::scalar(db->connection(), QStringLiteral("SELECT (SELECT count(*) FROM units) || ':' || (SELECT count(*) FROM surveys) || ':' || "
                                                                "(SELECT count(*) FROM activities) || ':' || (SELECT count(*) FROM exchange_packages) || ':' || "
                                                                "(SELECT count(*) FROM scores) || ':' || (SELECT count(*) FROM rounds) || ':' || "
                                                                "(SELECT count(*) FROM indicators) || ':' || (SELECT count(*) FROM quotas)"))
            .toString();
    }
};

// The records a part holds as the import counts them (its lines that are not blank), for the manifest's counts.
int recordLines(const QByteArray &part)
{
    int n = 0;
    for (const QByteArray &line : part.split('\n'))
        n += line.trimmed().isEmpty() ? 0 : 1;
    return n;
}

QByteArray sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
}

// A package holding `records` as its part of the kind `kind` picks: up from 南关区 (220102), signed with the county's
// key, or down from the province to 长春市, signed with the province's.
QByteArray wrap(const World &w, const QByteArray &records, unsigned kind)
{
    static const char *const up[] = {"unit", "veto", "survey", "activity", "rectification", "prerequisite", "demo_point", "scores", "recommendation"};
    static const char *const down[] = {"round", "indicator_system", "quota", "naming", "review"};
    kind %= 14;
    const bool goesDown = kind >= 9;
    const QString path = w.dir.filePath(QStringLiteral("wrapped.cdx"));
    QFile::remove(path);
    const cd::signing::KeyPair &key = goesDown ? w.province : w.county;
    const QJsonObject sender{{QStringLiteral("office"), goesDown ? QStringLiteral("吉林省") : QStringLiteral("南关区")},
                             {QStringLiteral("level"), goesDown ? QStringLiteral("province") : QStringLiteral("county")},
                             {QStringLiteral("region_code"), goesDown ? QStringLiteral("220000") : QStringLiteral("220102")},
                             {QStringLiteral("province"), QStringLiteral("22")},
                             {QStringLiteral("public_key"), QString::fromLatin1(key.publicRaw.toBase64())}};
    const QString part = QStringLiteral("records/%1.jsonl").arg(QLatin1String(goesDown ? down[kind - 9] : up[kind]));
    const QJsonObject manifest{{QStringLiteral("format"), 1}, {QStringLiteral("package"), QString::fromLatin1(sha(records).left(32))},
                               {QStringLiteral("base"), QString()}, {QStringLiteral("sender"), sender},
                               {QStringLiteral("direction"), goesDown ? QStringLiteral("down") : QStringLiteral("up")},
                               {QStringLiteral("counts"), QJsonObject{{part.mid(8).chopped(6), recordLines(records)}}},
                               {QStringLiteral("to"), goesDown ? QStringLiteral("220100") : QString()},
                               {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("name"), part},
                                                                               {QStringLiteral("sha256"), QString::fromLatin1(sha(records))},
                                                                               {QStringLiteral("size"), qint64(records.size())}}}}};
    const QByteArray m = QJsonDocument(manifest).toJson();
    const QByteArray sig = cd::signing::sign(key.privatePem, m).toBase64();
    zipFile z = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    for (const auto &[name, bytes] : {std::pair{part.toUtf8(), records}, {QByteArray("manifest.json"), m}, {QByteArray("manifest.sig"), sig}}) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(z, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 0);
        zipWriteInFileInZip(z, bytes.constData(), unsigned(bytes.size()));
        zipCloseFileInZip(z);
    }
    zipClose(z, nullptr);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static World w;
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QByteArray package = (data[0] & 1) ? wrap(w, input, data[0] >> 1) : input;
    const QString path = w.dir.filePath(QStringLiteral("input.cdx"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(package);
    }
    const QString before = w.rows();
    try {
        cd::Exchange(*w.db).importPackage(path, QString(), true);
        if (!w.db->check().isEmpty())
            std::abort(); // applied, yet the file fails its own check
    } catch (const cd::Failure &) {
        if (w.rows() != before)
            std::abort(); // refused, yet something was written
    }
    return 0;
}
