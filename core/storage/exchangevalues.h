// What the exchange's storage code shares (core/storage only): a column's value as JSON, and the whole numbers and
// nullable values read back from a package, each refusing the record when it is not what the column holds.
#pragma once

#include "util/failure.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <cmath>

namespace cd::exchangevalues {

// A column's value as JSON: NULL stays null, whole numbers stay numbers.
inline QJsonValue json(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return v.toLongLong();
    return v.toString();
}

// A whole number from a package: a JSON number that is whole and within ±2^53; anything else refuses the record
// (never converted as it comes: 1e300 or NaN would not fit an integer).
inline qint64 whole(const QJsonValue &v)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::fabs(d) > 9007199254740992.0 || d != std::floor(d))
        failInput(QCoreApplication::translate("cd::ExchangeRepository", "a number in it is not a whole number"));
    return qint64(d);
}

// A column that may be NULL: a whole number (counts) or a text (dates); a value of the other type refuses the record.
inline QVariant nullableWhole(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(whole(v));
}

inline QVariant nullableText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (!v.isString())
        failInput(QCoreApplication::translate("cd::ExchangeRepository", "a date in it is not a date"));
    return v.toString();
}

// `column IN (the regions)`, or true for the whole province (no regions).
inline QString scopeClause(const QSet<int> &regionIds, const char *column = "u.region_id")
{
    if (regionIds.isEmpty())
        return QStringLiteral("1 = 1");
    QStringList ids;
    for (int id : regionIds)
        ids << QString::number(id);
    return QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), ids.join(QLatin1Char(',')));
}

} // namespace cd::exchangevalues
