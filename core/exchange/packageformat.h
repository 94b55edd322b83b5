// What the package writer and the receipt reader share inside core/exchange: the package's size limit and the
// compact JSON that signatures and digests are taken over.
#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::exchange {

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
