#include "cli/context.h"

#include "storage/database.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDate>
#include <cstdio>

namespace cd::cli {

std::unique_ptr<Database> Context::openReadOnly() const
{
    return Database::open(dbPath, Database::Access::ReadOnly);
}

std::unique_ptr<Database> Context::openForWriting() const
{
    return Database::open(dbPath, Database::Access::ReadWrite);
}

QDate Context::date(const QString &option) const
{
    const QString text = args.required(option);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        failUsage(QCoreApplication::translate("cd::cli", "--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(option, text));
    return d;
}

int Context::year(const QString &option) const
{
    const QString text = args.required(option);
    bool ok = false;
    const int y = text.toInt(&ok);
    if (!ok || y < 1900 || y > 2200)
        failUsage(QCoreApplication::translate("cd::cli", "--%1 takes a year such as 2014, not \"%2\".").arg(option, text));
    return y;
}

void printText(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject &o)
{
    const QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

} // namespace cd::cli
