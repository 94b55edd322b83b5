// Receipts (回执) of this file's packages, and the question asked before trusting a new office (issue 12 §2).
#include "exchange/package.h"

#include "exchange/packageformat.h"
#include "exchange/signing.h"
#include "io/xlsxreader.h"
#include "storage/database.h"
#include "storage/exchangerepository.h"
#include "storage/transaction.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace cd {

using namespace exchange;

std::optional<Exchange::Sender> Exchange::unknownSender(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxPackageBytes)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const auto manifestBytes = looksLikeZip(bytes.left(4)) ? zipEntry(bytes, QStringLiteral("manifest.json")) : std::nullopt;
    // A package names its sender in its manifest; a receipt its receiver (the office that signed it).
    const QJsonObject sender = manifestBytes ? QJsonDocument::fromJson(*manifestBytes).object().value(QStringLiteral("sender")).toObject()
                                             : QJsonDocument::fromJson(bytes).object().value(QStringLiteral("receipt")).toObject()
                                                   .value(QStringLiteral("receiver")).toObject();
    const QByteArray publicRaw = QByteArray::fromBase64(sender.value(QStringLiteral("public_key")).toString().toLatin1());
    if (publicRaw.size() != 32 || ExchangeRepository(m_db).peer(signing::fingerprint(publicRaw)))
        return std::nullopt;
    return Sender{sender.value(QStringLiteral("office")).toString(), sender.value(QStringLiteral("region_code")).toString(),
                  signing::readableFingerprint(signing::fingerprint(publicRaw))};
}

ReceiptImport Exchange::importReceipt(const QString &path, bool trustNewSender)
{
    Database &db = m_db;
    const auto tr = [](const char *s) { return QCoreApplication::translate("cd::Exchange", s); };
    const auto refuse = [&](const QString &why) {
        failInput(tr("The receipt %1 was refused: %2 Nothing was changed.").arg(QDir::toNativeSeparators(path), why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        failInput(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), readProblem(file)));
    if (file.size() > 256ll * 1024 * 1024)
        refuse(tr("it is larger than any receipt."));
    QJsonParseError parseError{};
    const QJsonObject whole = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    const QJsonObject receipt = whole.value(QStringLiteral("receipt")).toObject();
    if (parseError.error != QJsonParseError::NoError || receipt.isEmpty())
        refuse(tr("it is not a receipt."));
    if (receipt.value(QStringLiteral("format")).toInt() != kFormat)
        refuse(tr("it was made by a newer version of the program; update this program first."));
    const QJsonObject receiver = receipt.value(QStringLiteral("receiver")).toObject();
    const QByteArray publicRaw = QByteArray::fromBase64(receiver.value(QStringLiteral("public_key")).toString().toLatin1());
    if (!signing::verify(publicRaw, compact(receipt), QByteArray::fromBase64(whole.value(QStringLiteral("signature")).toString().toLatin1())))
        refuse(tr("its signature does not match: it was altered, or not signed by the office that received the package."));
    ExchangeRepository repo(db);
    const QString uuid = receipt.value(QStringLiteral("package")).toString();
    const auto sent = repo.package(uuid);
    if (!sent || sent->direction != QLatin1String("sent"))
        refuse(tr("it answers the package %1, which this file did not send.").arg(uuid));
    const QString fingerprint = signing::fingerprint(publicRaw);
    const auto known = repo.peer(fingerprint);
    if (!known && !trustNewSender)
        refuse(tr("it was signed by an office this file does not know yet: %1, key fingerprint %2. Check the fingerprint with that office, "
                  "then import it again with --trust-new-sender.")
                   .arg(receiver.value(QStringLiteral("office")).toString(), signing::readableFingerprint(fingerprint)));
    Transaction t(db);
    if (!known)
        repo.addPeer({fingerprint, QString::fromLatin1(publicRaw.toBase64()), receiver.value(QStringLiteral("office")).toString(),
                      receiver.value(QStringLiteral("level")).toString(), receiver.value(QStringLiteral("region_code")).toString()});
    ReceiptImport out;
    out.package = uuid;
    for (const QJsonValue &v : receipt.value(QStringLiteral("acknowledged")).toArray()) {
        const QJsonObject a = v.toObject();
        out.acknowledged += repo.acknowledge(uuid, a.value(QStringLiteral("kind")).toString(), a.value(QStringLiteral("key")).toString(),
                                             a.value(QStringLiteral("digest")).toString());
    }
    repo.setAcknowledged(uuid, QString::fromUtf8(QJsonDocument(whole).toJson(QJsonDocument::Compact)), now());
    t.commit();
    return out;
}

} // namespace cd
