// Writing an exchange package (上报包 up, 下发包 down): what changed since the last acknowledged package to that office,
// with tombstones for what was removed since, the evidence files, the manifest and its signature (package.h).
#include "exchange/package.h"

#include "exchange/packageformat.h"
#include "exchange/signing.h"
#include "services/filescope.h"
#include "services/lookup.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/exchangerepository.h"
#include "storage/regionrepository.h"
#include "storage/transaction.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>

#include <minizip/zip.h>

namespace cd {

using namespace exchange;

namespace {

// A zip written entry by entry into a temporary file; removed unless finished.
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path) : m_path(path)
    {
        m_zip = zipOpen64(narrowPathForC(path).constData(), APPEND_STATUS_CREATE);
    }
    ~ZipWriter()
    {
        if (m_zip)
            zipClose(m_zip, nullptr);
    }
    bool ok() const { return m_zip && m_ok; }
    void add(const QString &name, const QByteArray &bytes, bool compress)
    {
        if (!ok())
            return;
        zip_fileinfo info{};
        const QDateTime t = QDateTime::currentDateTime(); // the entry's date, as an archive tool shows it
        info.tmz_date.tm_year = uInt(t.date().year());
        info.tmz_date.tm_mon = uInt(t.date().month() - 1);
        info.tmz_date.tm_mday = uInt(t.date().day());
        info.tmz_date.tm_hour = uInt(t.time().hour());
        info.tmz_date.tm_min = uInt(t.time().minute());
        info.tmz_date.tm_sec = uInt(t.time().second());
        const QByteArray n = name.toUtf8();
        m_ok = zipOpenNewFileInZip64(m_zip, n.constData(), &info, nullptr, 0, nullptr, 0, nullptr, compress ? Z_DEFLATED : 0,
                                     compress ? 6 : 0, bytes.size() > 0x7fffffff ? 1 : 0)
                == ZIP_OK
            && zipWriteInFileInZip(m_zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK && zipCloseFileInZip(m_zip) == ZIP_OK;
    }
    bool close()
    {
        const bool closed = m_zip && zipClose(m_zip, nullptr) == ZIP_OK;
        m_zip = nullptr;
        return closed && m_ok;
    }

private:
    QString m_path;
    zipFile m_zip = nullptr;
    bool m_ok = true;
};

} // namespace

FileScope Exchange::destination(const QString &to) const
{
    Database &db = m_db;
    const FileScope scope = FileScope::of(db);
    const QList<Region> regions = RegionRepository(db).all();
    const RegionLookup lookup(regions);
    const auto found = lookup.resolve(to);
    const Region *region = lookup.byId(found.regionId);
    if (!region)
        failInput(found.error.isEmpty() ? QCoreApplication::translate("cd::Exchange", "%1 is not a region of this province.").arg(to) : found.error);
    if (region->level == RegionLevel::Province || !scope.contains(region->id) || scope.regionCode() == region->code
        || (!scope.wholeProvince() && region->parentId == 0))
        failInput(QCoreApplication::translate("cd::Exchange", "%1 is not an office below %2: a package goes down from the province to a 市(州) or "
                                                              "county, or from a 市(州) to one of its counties.")
                      .arg(region->fullName.isEmpty() ? region->name : region->fullName, scope.describe()));
    const FileScope below = FileScope::serving(db, region->level == RegionLevel::City ? QStringLiteral("city") : QStringLiteral("county"),
                                               region->code.isEmpty() ? region->name : region->code);
    if (below.level() == scope.level())
        failInput(QCoreApplication::translate("cd::Exchange", "%1 is at the same level as this file.").arg(below.regionName()));
    return below;
}

PackageExport Exchange::exportPackage(const QString &path, const std::function<bool(int, int)> &progress, const QString &to)
{
    Database &db = m_db;
    const FileScope scope = FileScope::of(db);
    const bool down = !to.isEmpty();
    if (!down && scope.wholeProvince())
        failInput(QCoreApplication::translate("cd::Exchange", "The province's file sends no package up: packages go from a county or 市(州) to the level above. "
                                                              "To send the round's settings and decisions down, name the office below."));
    const FileScope below = down ? destination(to) : FileScope();
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        failInput(QCoreApplication::translate("cd::Export", "The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const auto cancelled = [] { failInput(QCoreApplication::translate("cd::Export", "The export was cancelled; no file was written.")); };

    ExchangeRepository repo(db);
    Transaction t(db);
    const auto [privatePem, publicRaw] = ownKey(repo);
    repo.giveIdentities();
    // Sent records are remembered per way: up ('') or down to each office below (its code).
    const QString peer = down ? below.regionCode() : QString();
    const QList<ExchangeRow> rows = down ? repo.downRows(below.regionIds()) : repo.rows(scope.regionIds());
    const QHash<QString, QString> acked = repo.digests(QStringLiteral("sent"), peer, true);
    PackageExport out;
    out.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.base = repo.lastAcknowledged(peer);
    out.regionCode = scope.regionCode();
    out.to = peer;

    QHash<QString, QByteArray> lines; // kind → JSON lines
    QHash<QString, int> counts;
    QStringList files; // SHA-256 of the evidence the records name, once each
    QSet<QString> seenFiles;
    QList<std::pair<const ExchangeRow *, QString>> sent;
    for (const ExchangeRow &r : rows) {
        const QString digest = digestOf(r.data);
        if (acked.value(r.kind + QLatin1Char('/') + r.key) == digest)
            continue;
        lines[r.kind] += compact({{QStringLiteral("key"), r.key}, {QStringLiteral("data"), r.data}}) + '\n';
        ++counts[r.kind];
        sent.append({&r, digest});
        for (const QJsonValue &f : r.data.value(QStringLiteral("files")).toArray()) {
            const QString sha = f.toObject().value(QStringLiteral("sha256")).toString();
            if (!seenFiles.contains(sha)) {
                seenFiles.insert(sha);
                files << sha;
            }
        }
    }
    // What went and was acknowledged and is gone now: removed here since, a tombstone each (once acknowledged, not again).
    QSet<QString> present;
    for (const ExchangeRow &r : rows)
        present.insert(r.kind + QLatin1Char('/') + r.key);
    QList<std::pair<QString, QString>> tombstones;
    for (auto it = acked.cbegin(); it != acked.cend(); ++it)
        if (it.value() != kRemovedDigest && !present.contains(it.key()))
            tombstones.append({it.key().section(QLatin1Char('/'), 0, 0), it.key().section(QLatin1Char('/'), 1)});
    std::sort(tombstones.begin(), tombstones.end());
    for (const auto &[kind, key] : tombstones) {
        lines[kRemovedPart] += compact({{QStringLiteral("key"), key}, {QStringLiteral("data"), QJsonObject{{QStringLiteral("kind"), kind}}}}) + '\n';
        ++counts[kRemovedPart];
    }
    out.records = int(sent.size() + tombstones.size());
    out.files = int(files.size());

    // minizip opens its file by a narrow name (the folder's short name on Windows): write to an ASCII name beside the
    // target, then rename, as the xlsx export does; a Chinese file name would not survive the system's code page.
    const QString temp = siblingTempPath(target.absolutePath() + QStringLiteral("/cd-package.cdx"), QStringLiteral("part"));
    struct Remove
    {
        QString path;
        ~Remove() { QFile::remove(path); }
    } removeTemp{temp};
    ZipWriter zip(temp);
    QJsonArray parts;
    const auto addPart = [&](const QString &name, const QByteArray &bytes, bool compress) {
        zip.add(name, bytes, compress);
        parts.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("sha256"), sha256(bytes)}, {QStringLiteral("size"), qint64(bytes.size())}});
    };
    for (const QString &kind : kKinds + QStringList{kRemovedPart})
        if (lines.contains(kind))
            addPart(QStringLiteral("records/%1.jsonl").arg(kind), lines.value(kind), true);
    const AttachmentStore store = AttachmentStore::of(db);
    for (int i = 0; i < files.size(); ++i) {
        if (progress && !progress(i, int(files.size())))
            cancelled();
        QFile f(store.localPath(files[i]));
        QByteArray bytes;
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        if (bytes.isEmpty() || sha256(bytes) != files[i])
            failInput(QCoreApplication::translate("cd::Exchange", "The evidence file %1 is missing from %2 or was changed; restore it (from a backup) before sending.")
                          .arg(files[i], QDir::toNativeSeparators(store.root())));
        addPart(QStringLiteral("evidence/") + files[i], bytes, false);
    }
    QJsonObject countObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countObject.insert(it.key(), it.value());
    const QJsonObject manifest{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("program"), QStringLiteral("CampaignDesk %1").arg(QCoreApplication::applicationVersion())},
                               {QStringLiteral("package"), out.uuid},
                               {QStringLiteral("created"), now()},
                               {QStringLiteral("base"), out.base},
                               {QStringLiteral("direction"), down ? QStringLiteral("down") : QStringLiteral("up")},
                               {QStringLiteral("to"), peer},
                               {QStringLiteral("sender"), office(db, scope, publicRaw)},
                               {QStringLiteral("counts"), countObject},
                               {QStringLiteral("files"), out.files},
                               {QStringLiteral("parts"), parts}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    zip.add(QStringLiteral("manifest.json"), manifestBytes, true);
    zip.add(QStringLiteral("manifest.sig"), signing::sign(privatePem, manifestBytes).toBase64(), false);
    if (!zip.close())
        failStorage(QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                        .arg(QDir::toNativeSeparators(path), QCoreApplication::translate("cd::Export", "the disk may be full.")));

    ExchangePackageRecord record;
    record.uuid = out.uuid;
    record.direction = QStringLiteral("sent");
    record.peer = peer;
    record.base = out.base;
    record.created = manifest.value(QStringLiteral("created")).toString();
    record.fileName = target.fileName();
    record.records = out.records;
    record.files = out.files;
    repo.addPackage(record);
    for (const auto &[row, digest] : sent)
        repo.setDigest(QStringLiteral("sent"), peer, row->kind, row->key, digest, out.uuid, false);
    for (const auto &[kind, key] : tombstones)
        repo.setDigest(QStringLiteral("sent"), peer, kind, key, kRemovedDigest, out.uuid, false);
    QString why;
    if (!replaceFile(temp, path, &why))
        failStorage(QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.").arg(QDir::toNativeSeparators(path), why));
    t.commit();
    return out;
}

} // namespace cd
