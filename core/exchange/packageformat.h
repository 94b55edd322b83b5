// What the package writer, the package reader and the receipt reader share inside core/exchange: the record kinds
// each way, the package's size limit, the compact JSON and digests signatures are taken over, and this office's key
// and name as a manifest or receipt gives them.
#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <QStringList>
#include <utility>

namespace cd {
struct ExchangeRow;
class Database;
class ExchangeRepository;
class FileScope;
}

namespace cd::exchange {

// What travels up (DOMAIN.md §11's left column), units first; and down (its right column), each round before its
// indicator systems. A package goes one way and carries the kinds of that way only (package.cpp).
extern const QStringList kUpKinds, kDownKinds, kKinds;
// Records removed at the sender since they last went, either way: records/deleted.jsonl, each {"key", "data": {"kind"}};
// what a removal's digest is recorded as.
extern const QString kRemovedPart, kRemovedDigest;
QString sha256(const QByteArray &bytes); // hex
QString digestOf(const QJsonObject &data); // of its compact form
// This office's key pair (private PEM, public raw), made the first time it is needed (inside the caller's transaction).
std::pair<QByteArray, QByteArray> ownKey(ExchangeRepository &repo);
// The sender or receiver as a manifest or receipt names it: office, level, region, province, public key.
QJsonObject office(Database &db, const FileScope &scope, const QByteArray &publicRaw);

// What entry would refuse in a record from a package: an empty or malformed name, control characters, a date that is
// not a date. Empty when it may be kept (package.cpp).
QString rowProblem(const ExchangeRow &r);

constexpr qint64 kMaxPackageBytes = 4ll * 1024 * 1024 * 1024;

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QString now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

} // namespace cd::exchange
