#include "exchange/package.h"

#include "exchange/packageformat.h"
#include "exchange/signing.h"
#include "io/xlsxreader.h"
#include "rules/textfields.h"
#include "services/filescope.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/exchangerepository.h"
#include "storage/regionrepository.h"
#include "storage/transaction.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

// What travels up (DOMAIN.md §11's left column), units first; and down (its right column), each round before its
// indicator systems. A package goes one way and carries the kinds of that way only.
const QStringList exchange::kUpKinds = {QStringLiteral("unit"),         QStringLiteral("veto"),         QStringLiteral("survey"),
                              QStringLiteral("activity"),     QStringLiteral("rectification"), QStringLiteral("prerequisite"),
                              QStringLiteral("demo_point"),   QStringLiteral("scores"),       QStringLiteral("recommendation")};
const QStringList exchange::kDownKinds = {QStringLiteral("round"), QStringLiteral("indicator_system"), QStringLiteral("quota"), QStringLiteral("naming"),
                                QStringLiteral("review")};
const QStringList exchange::kKinds = exchange::kUpKinds + exchange::kDownKinds;
// Records removed at the sender since they last went, either way: {"key": KEY, "data": {"kind": KIND}} each.
const QString exchange::kRemovedPart = QStringLiteral("deleted");
const QString exchange::kRemovedDigest = QStringLiteral("deleted");

QString exchange::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString exchange::digestOf(const QJsonObject &data)
{
    return sha256(compact(data));
}

// This office's key pair, made the first time it is needed (inside the caller's transaction).
std::pair<QByteArray, QByteArray> exchange::ownKey(ExchangeRepository &repo)
{
    if (const auto id = repo.identity())
        return *id;
    const signing::KeyPair pair = signing::generate();
    repo.setIdentity(pair.privatePem, pair.publicRaw);
    return {pair.privatePem, pair.publicRaw};
}

QJsonObject exchange::office(Database &db, const FileScope &scope, const QByteArray &publicRaw)
{
    SettingsRepository settings(db);
    return {{QStringLiteral("office"), scope.regionName()},
            {QStringLiteral("level"), scope.level()},
            {QStringLiteral("region_code"), scope.regionCode()},
            {QStringLiteral("region_name"), scope.regionName()},
            {QStringLiteral("province"), settings.value(QStringLiteral("province_code"), QStringLiteral("22"))},
            {QStringLiteral("public_key"), QString::fromLatin1(publicRaw.toBase64())}};
}

using namespace exchange;

namespace {

[[noreturn]] void refusePackage(const QString &path, const QString &why)
{
    failInput(QCoreApplication::translate("cd::Exchange", "The package %1 was refused: %2 Nothing was changed.")
                  .arg(QDir::toNativeSeparators(path), why));
}

QString partKind(const QString &name)
{
    static const QRegularExpression records(QStringLiteral("^records/([a-z_]+)\\.jsonl$"));
    const auto m = records.match(name);
    return m.hasMatch() && (kKinds.contains(m.captured(1)) || m.captured(1) == kRemovedPart) ? m.captured(1) : QString();
}

bool isEvidencePart(const QString &name)
{
    static const QRegularExpression evidence(QStringLiteral("^evidence/[0-9a-f]{64}$"));
    return evidence.match(name).hasMatch();
}

} // namespace

// What entry would refuse in a record from a package: an empty or malformed name, control characters, a date that is
// not a date. Empty when it may be kept.
QString exchange::rowProblem(const ExchangeRow &r)
{
    const QJsonObject &d = r.data;
    const auto text = [&](const char *key, TextField field) -> QString {
        const QJsonValue v = d.value(QLatin1String(key));
        if (!v.isString() && !v.isNull() && !v.isUndefined())
            return QCoreApplication::translate("cd::Exchange", "%1 is not a text").arg(QLatin1String(key));
        const QString problem = textFieldProblem(v.toString(), field);
        return problem.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(QLatin1String(key), problem);
    };
    const auto date = [&](const char *key, bool optional) -> QString {
        const QJsonValue v = d.value(QLatin1String(key));
        if (optional && (v.isNull() || v.isUndefined()))
            return {};
        return QDate::fromString(v.toString(), Qt::ISODate).isValid() ? QString() : QCoreApplication::translate("cd::Exchange", "%1 is not a date").arg(QLatin1String(key));
    };
    QStringList problems;
    if (r.key.isEmpty() || r.key.size() > 200)
        problems << QCoreApplication::translate("cd::Exchange", "its identity is missing");
    if (r.kind == QLatin1String("unit")) {
        if (d.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            problems << QCoreApplication::translate("cd::Exchange", "the unit name is empty");
        problems << text("name", TextField::Name) << text("address", TextField::Address) << text("leader", TextField::Person)
                 << text("phone", TextField::Phone) << text("note", TextField::Note);
    } else if (r.kind == QLatin1String("veto")) {
        problems << date("date", false) << text("note", TextField::Note);
    } else if (r.kind == QLatin1String("survey")) {
        problems << date("date", true);
    } else if (r.kind == QLatin1String("activity")) {
        problems << date("date", false) << text("kind", TextField::Name) << text("description", TextField::Note);
    } else if (r.kind == QLatin1String("rectification")) {
        problems << date("deadline", false) << date("closed", true) << text("finding", TextField::Note);
    } else if (r.kind == QLatin1String("prerequisite")) {
        problems << date("date", false);
    }
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}


PackageImport Exchange::importPackage(const QString &path, const QString &receiptPath, bool trustNewSender,
                                      const std::function<bool(int, int)> &progress)
{
    Database &db = m_db;
    const auto refuse = [&](const QString &why) { refusePackage(path, why); };
    const auto tr = [](const char *s, const char *disambiguation = nullptr, int n = -1) { return QCoreApplication::translate("cd::Exchange", s, disambiguation, n); };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        failInput(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), readProblem(file)));
    if (file.size() > kMaxPackageBytes)
        refuse(tr("it is larger than 4 GB, more than any package this program writes."));
    const QByteArray bytes = file.readAll();
    const auto names = looksLikeZip(bytes.left(4)) ? zipEntryNames(bytes) : std::nullopt;
    if (!names)
        refuse(tr("it is not an exchange package (not a zip file, or a damaged or truncated one)."));
    const auto entry = [&](const QString &name) {
        const auto data = zipEntry(bytes, name);
        if (!data)
            refuse(tr("its part %1 is damaged or expands beyond the limits.").arg(name));
        return *data;
    };
    if (!names->contains(QStringLiteral("manifest.json")) || !names->contains(QStringLiteral("manifest.sig")))
        refuse(tr("it has no manifest (manifest.json and manifest.sig)."));
    const QByteArray manifestBytes = entry(QStringLiteral("manifest.json"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        refuse(tr("its manifest is not readable."));
    const QJsonObject manifest = doc.object();
    if (manifest.value(QStringLiteral("format")).toInt() != kFormat)
        refuse(tr("it was made by a newer version of the program (format %1); update this program first.").arg(manifest.value(QStringLiteral("format")).toInt()));
    const QJsonObject sender = manifest.value(QStringLiteral("sender")).toObject();
    const QByteArray publicRaw = QByteArray::fromBase64(sender.value(QStringLiteral("public_key")).toString().toLatin1());
    if (!signing::verify(publicRaw, manifestBytes, QByteArray::fromBase64(entry(QStringLiteral("manifest.sig")).trimmed())))
        refuse(tr("its signature does not match: the package was altered after it was signed, or not signed by its sender."));
    // Every part the manifest names, with its hash; nothing else in the zip.
    QHash<QString, QJsonObject> parts;
    for (const QJsonValue &v : manifest.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        if (partKind(name).isEmpty() && !isEvidencePart(name))
            refuse(tr("its manifest names a part %1 that no package has.").arg(name));
        parts.insert(name, p);
    }
    for (const QString &name : *names)
        if (name != QLatin1String("manifest.json") && name != QLatin1String("manifest.sig") && !parts.contains(name))
            refuse(tr("it holds %1, which its manifest does not name.").arg(name));
    QHash<QString, QByteArray> content;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!names->contains(it.key()))
            refuse(tr("its part %1 is missing.").arg(it.key()));
        const QByteArray data = entry(it.key());
        if (sha256(data) != it.value().value(QStringLiteral("sha256")).toString() || data.size() != it.value().value(QStringLiteral("size")).toInteger())
            refuse(tr("its part %1 does not match the manifest's checksum.").arg(it.key()));
        if (isEvidencePart(it.key()) && sha256(data) != it.key().mid(9))
            refuse(tr("its evidence file %1 does not match its name.").arg(it.key()));
        content.insert(it.key(), data);
    }

    // Who sent it, and may they.
    SettingsRepository settings(db);
    const QString province = settings.value(QStringLiteral("province_code"), QStringLiteral("22"));
    if (sender.value(QStringLiteral("province")).toString() != province)
        refuse(tr("it comes from another province (%1).").arg(sender.value(QStringLiteral("province")).toString()));
    const QString fingerprint = signing::fingerprint(publicRaw);
    const QString senderLevel = sender.value(QStringLiteral("level")).toString();
    const QString senderRegion = sender.value(QStringLiteral("region_code")).toString();
    ExchangeRepository repo(db);
    const auto known = repo.peer(fingerprint);
    if (known && (known->level != senderLevel || known->regionCode != senderRegion))
        refuse(tr("its sender's key is registered for %1, but the package claims %2.").arg(known->regionCode, senderRegion));
    if (!known && !trustNewSender)
        refuse(tr("it comes from an office this file does not know yet: %1 (%2), key fingerprint %3. Check the fingerprint with the sender, "
                  "then import it again with --trust-new-sender.")
                   .arg(sender.value(QStringLiteral("office")).toString(), senderRegion, signing::readableFingerprint(fingerprint)));
    const FileScope mine = FileScope::of(db);
    const FileScope theirs = FileScope::serving(db, senderLevel, senderRegion);
    // Up from an office this file's region holds, or down from one whose region holds this file's, addressed to it.
    const QString direction = manifest.value(QStringLiteral("direction")).toString(QStringLiteral("up"));
    const bool down = direction == QLatin1String("down");
    if (direction != QLatin1String("up") && !down)
        refuse(tr("it goes neither up nor down (%1).").arg(direction));
    if (!down
        && (theirs.wholeProvince() || (!mine.wholeProvince() && !mine.regionIds().contains(theirs.regionIds())) || theirs.regionIds().isEmpty()
            || (mine.level() == QLatin1String("county"))))
        refuse(tr("it comes from %1, which does not report to %2.").arg(theirs.describe(), mine.describe()));
    if (down) {
        const bool above = !mine.wholeProvince() && mine.level() != theirs.level()
            && (theirs.wholeProvince() || (!theirs.regionIds().isEmpty() && theirs.regionIds().contains(mine.regionIds())));
        if (!above)
            refuse(tr("it comes from %1, which is not above %2.").arg(theirs.describe(), mine.describe()));
        const QString to = manifest.value(QStringLiteral("to")).toString();
        if (to != mine.regionCode())
            refuse(tr("it is addressed to %1, not to %2.").arg(to, mine.describe()));
    }
    const QStringList &wayKinds = down ? kDownKinds : kUpKinds;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        if (const QString kind = partKind(it.key()); !kind.isEmpty() && kind != kRemovedPart && !wayKinds.contains(kind))
            refuse(tr("its part %1 does not travel %2.").arg(it.key(), down ? tr("down") : tr("up")));
    const FileScope &allowed = down ? mine : theirs; // the region its records may concern

    const QString uuid = manifest.value(QStringLiteral("package")).toString();
    PackageImport result;
    result.package = uuid;
    result.senderFingerprint = fingerprint;
    result.senderRegion = theirs.regionName();
    const auto writeReceipt = [&](const QByteArray &receipt) {
        if (receiptPath.isEmpty())
            return;
        const QString temp = siblingTempPath(receiptPath, QStringLiteral("part"));
        QFile out(temp);
        QString why;
        if (!out.open(QIODevice::WriteOnly) || out.write(receipt) != receipt.size() || !out.flush()) {
            out.remove();
            failStorage(QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                            .arg(QDir::toNativeSeparators(receiptPath), QCoreApplication::translate("cd::Export", "the disk may be full.")));
        }
        out.close();
        if (!replaceFile(temp, receiptPath, &why)) {
            QFile::remove(temp);
            failStorage(QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.").arg(QDir::toNativeSeparators(receiptPath), why));
        }
    };
    if (const auto before = repo.package(uuid)) { // the same package again: nothing changes, the same receipt
        result.again = true; // nothing applied this time: every record is as the first time left it
        result.duplicate = before->records;
        writeReceipt(before->receipt.toUtf8());
        return result;
    }
    const QString base = manifest.value(QStringLiteral("base")).toString();
    if (!base.isEmpty()) {
        const auto had = repo.package(base);
        if (!had || had->peer != fingerprint)
            refuse(tr("it builds on the package %1, which has not been received here; import that one first.").arg(base));
    }
    // The records, units first; then what the sender removed, the other way round (records before their units,
    // indicator systems before their rounds).
    QList<ExchangeRow> rows;
    const QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        if (!content.contains(QStringLiteral("records/%1.jsonl").arg(it.key())) && it.value().toInteger(-1) != 0)
            refuse(tr("its manifest counts %n record(s) of %1, but it holds none.", nullptr, int(it.value().toInteger(-1))).arg(it.key()));
    for (const QString &kind : kKinds + QStringList{kRemovedPart}) {
        const QString name = QStringLiteral("records/%1.jsonl").arg(kind);
        if (!content.contains(name))
            continue;
        const qsizetype before = rows.size();
        const auto counted = [&] { // what the manifest says the part holds, as it is signed
            if (rows.size() - before != counts.value(kind).toInteger(-1))
                refuse(tr("its manifest counts %n record(s) in %1, but the part holds %2.", nullptr, int(counts.value(kind).toInteger(-1)))
                           .arg(name)
                           .arg(rows.size() - before));
        };
        int lineNo = 0;
        for (const QByteArray &line : content.value(name).split('\n')) {
            ++lineNo;
            if (line.trimmed().isEmpty())
                continue;
            const QJsonDocument d = QJsonDocument::fromJson(line, &parseError);
            const QJsonObject o = d.object();
            if (parseError.error != QJsonParseError::NoError || !o.value(QStringLiteral("key")).isString() || !o.value(QStringLiteral("data")).isObject())
                refuse(tr("line %1 of %2 is not a record.").arg(lineNo).arg(name));
            if (kind == kRemovedPart) {
                const QString removedKind = o.value(QStringLiteral("data")).toObject().value(QStringLiteral("kind")).toString();
                if (!(down ? kDownKinds : kUpKinds).contains(removedKind))
                    refuse(tr("line %1 of %2 removes a record that does not travel %3.").arg(lineNo).arg(name, down ? tr("down") : tr("up")));
                rows.append({removedKind, o.value(QStringLiteral("key")).toString(), {}, true});
            } else {
                rows.append({kind, o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("data")).toObject()});
            }
        }
        counted();
    }

    const auto firstRemoved = std::find_if(rows.begin(), rows.end(), [](const ExchangeRow &r) { return r.removed; });
    std::stable_sort(firstRemoved, rows.end(), [](const ExchangeRow &a, const ExchangeRow &b) { return kKinds.indexOf(a.kind) > kKinds.indexOf(b.kind); });
    Transaction t(db);
    if (!known)
        repo.addPeer({fingerprint, QString::fromLatin1(publicRaw.toBase64()), sender.value(QStringLiteral("office")).toString(), senderLevel, senderRegion});
    const auto [privatePem, ownPublic] = ownKey(repo);
    // The local forms of every record of the sender's region, before anything is applied: a record whose local form
    // differs from what was last applied from this sender was changed here too.
    QHash<QString, QJsonObject> local;
    for (const ExchangeRow &r : down ? repo.downRows(mine.regionIds()) : repo.rows(theirs.regionIds()))
        local.insert(r.kind + QLatin1Char('/') + r.key, r.data);
    const QHash<QString, QString> lastApplied = repo.digests(QStringLiteral("received"), fingerprint, false);
    QJsonArray acknowledged, refusedJson;
    QSet<QString> refusedUnits;
    for (int i = 0; i < rows.size(); ++i) {
        if (progress && i % 200 == 0 && !progress(i, int(rows.size())))
            failInput(tr("The import was cancelled; nothing was changed."));
        const ExchangeRow &r = rows[i];
        const QString id = r.kind + QLatin1Char('/') + r.key;
        const QString digest = r.removed ? kRemovedDigest : digestOf(r.data);
        const auto refuseRow = [&](const QString &reason) {
            ++result.refused;
            result.refusedRecords.append({r.kind, r.key, reason});
            refusedJson.append(QJsonObject{{QStringLiteral("kind"), r.kind}, {QStringLiteral("key"), r.key}, {QStringLiteral("reason"), reason}});
            if (r.kind == QLatin1String("unit"))
                refusedUnits.insert(r.key);
        };
        const auto ack = [&] {
            acknowledged.append(QJsonObject{{QStringLiteral("kind"), r.kind}, {QStringLiteral("key"), r.key}, {QStringLiteral("digest"), digest}});
            repo.setDigest(QStringLiteral("received"), fingerprint, r.kind, r.key, digest, uuid, true);
        };
        if (r.removed) { // gone at the sender: removed here too, unless it changed here since it last came
            const auto it = local.constFind(id);
            if (it == local.cend()) { // never here, or gone already
                ++result.duplicate;
                ack();
            } else if (lastApplied.value(id) != digestOf(*it)) {
                repo.addConflict(uuid, r.kind, r.key, QJsonObject{{QStringLiteral("deleted"), true}}, *it);
                ++result.conflicts;
                result.conflictRecords.append({r.kind, r.key, tr("removed at the sender but changed in this file since it last came; both are kept")});
                ack();
            } else {
                try {
                    repo.remove(r.kind, r.key);
                    ++result.applied;
                    ++result.removed;
                    ack();
                } catch (const Failure &f) {
                    refuseRow(f.message());
                }
            }
            continue;
        }
        // The sender's region only going up, this file's going down: a unit's, a list's or a quota's own region, a
        // record's units'.
        const QStringList units = r.kind == QLatin1String("unit") ? QStringList() : r.unitKeys();
        QList<int> regions;
        if (r.data.value(QStringLiteral("region")).isString())
            regions << repo.regionId(r.data.value(QStringLiteral("region")).toString());
        for (const QString &u : units)
            regions << repo.regionOfUnit(u);
        if (std::any_of(units.cbegin(), units.cend(), [&](const QString &u) { return refusedUnits.contains(u); })) {
            refuseRow(tr("its unit was refused"));
            continue;
        }
        if (std::any_of(regions.cbegin(), regions.cend(), [&](int region) { return region && !allowed.contains(region); })) {
            refuseRow(down ? tr("it concerns a unit or region outside this file's region") : tr("its unit is outside the sender's region"));
            continue;
        }
        if (const auto it = local.constFind(id); it != local.cend()) {
            const QString here = digestOf(*it);
            if (here == digest) {
                ++result.duplicate;
                ack();
                continue;
            }
            if (lastApplied.contains(id) && lastApplied.value(id) != here) { // changed on both sides: keep both
                repo.addConflict(uuid, r.kind, r.key, r.data, *it);
                ++result.conflicts;
                result.conflictRecords.append({r.kind, r.key, tr("changed in this file and in the package since they were last exchanged; both versions are kept")});
                ack();
                continue;
            }
        }
        if (const QString problem = rowProblem(r); !problem.isEmpty()) {
            refuseRow(problem);
            continue;
        }
        try {
            if (repo.apply(r) == ExchangeRepository::Applied::Inserted)
                ++result.added;
            ++result.applied;
            ack();
        } catch (const Failure &f) {
            refuseRow(f.message());
        }
    }
    // Evidence, by hash (kept once however many records name it).
    const AttachmentStore store = AttachmentStore::of(db);
    for (auto it = content.cbegin(); it != content.cend(); ++it) {
        if (!isEvidencePart(it.key()))
            continue;
        const QString temp = QDir(QDir::tempPath()).filePath(QStringLiteral("cd-evidence-%1").arg(it.key().mid(9)));
        QFile f(temp);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size() || !f.flush()) {
            f.remove();
            failStorage(tr("Cannot store the package's evidence files (is the disk full?). Nothing was changed."));
        }
        f.close();
        try {
            store.store(temp);
        } catch (...) {
            QFile::remove(temp);
            throw;
        }
        QFile::remove(temp);
        ++result.files;
    }
    const QJsonObject receipt{{QStringLiteral("format"), kFormat},
                              {QStringLiteral("package"), uuid},
                              {QStringLiteral("sender"), fingerprint},
                              {QStringLiteral("receiver"), office(db, mine, ownPublic)},
                              {QStringLiteral("created"), now()},
                              {QStringLiteral("applied"), result.applied},
                              {QStringLiteral("duplicate"), result.duplicate},
                              {QStringLiteral("conflicts"), result.conflicts},
                              {QStringLiteral("refused"), result.refused},
                              {QStringLiteral("refused_records"), refusedJson},
                              {QStringLiteral("acknowledged"), acknowledged}};
    const QByteArray signedReceipt = QJsonDocument(QJsonObject{{QStringLiteral("receipt"), receipt},
                                                               {QStringLiteral("signature"), QString::fromLatin1(signing::sign(privatePem, compact(receipt)).toBase64())}})
                                         .toJson(QJsonDocument::Indented);
    ExchangePackageRecord record;
    record.uuid = uuid;
    record.direction = QStringLiteral("received");
    record.peer = fingerprint;
    record.base = base;
    record.created = manifest.value(QStringLiteral("created")).toString();
    record.fileName = QFileInfo(path).fileName();
    record.records = int(rows.size());
    record.files = result.files;
    repo.addPackage(record);
    repo.setOutcome(uuid, result.applied, result.duplicate, result.conflicts, result.refused, QString::fromUtf8(signedReceipt));
    writeReceipt(signedReceipt);
    t.commit();
    return result;
}

} // namespace cd
