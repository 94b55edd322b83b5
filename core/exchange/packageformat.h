// What the package writer and the receipt reader share inside core/exchange: the package's size limit and the
// compact JSON that signatures and digests are taken over.
#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {
struct ExchangeRow;
}

namespace cd::exchange {

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
