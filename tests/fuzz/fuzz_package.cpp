// libFuzzer target: the exchange-package reader and its import (issue 12 §3), on a 市(州)'s data file. Inputs whose
// first byte is even are taken as a .cdx file as they are (the zip, the manifest, the signature check); odd ones are
// records the harness wraps into a correctly signed package of a county of that city, so that the fuzzer reaches the
// record parsing and applying too. Every input is either refused whole (cd::Failure, the file's rows unchanged) or
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
                                                                "(SELECT count(*) FROM activities) || ':' || (SELECT count(*) FROM exchange_packages)"))
            .toString();
    }
};

QByteArray sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
}

// A package of 南关区 (220102) holding `records` as its unit part, signed with the county's key.
QByteArray wrap(const World &w, const QByteArray &records)
{
    const QString path = w.dir.filePath(QStringLiteral("wrapped.cdx"));
    QFile::remove(path);
    const QJsonObject sender{{QStringLiteral("office"), QStringLiteral("南关区")}, {QStringLiteral("level"), QStringLiteral("county")},
                             {QStringLiteral("region_code"), QStringLiteral("220102")}, {QStringLiteral("province"), QStringLiteral("22")},
                             {QStringLiteral("public_key"), QString::fromLatin1(w.county.publicRaw.toBase64())}};
    const QString part = QStringLiteral("records/unit.jsonl");
    const QJsonObject manifest{{QStringLiteral("format"), 1}, {QStringLiteral("package"), QString::fromLatin1(sha(records).left(32))},
                               {QStringLiteral("base"), QString()}, {QStringLiteral("sender"), sender},
                               {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("name"), part},
                                                                               {QStringLiteral("sha256"), QString::fromLatin1(sha(records))},
                                                                               {QStringLiteral("size"), qint64(records.size())}}}}};
    const QByteArray m = QJsonDocument(manifest).toJson();
    const QByteArray sig = cd::signing::sign(w.county.privatePem, m).toBase64();
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
    const QByteArray package = (data[0] & 1) ? wrap(w, input) : input;
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
