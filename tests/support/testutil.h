// Helpers for tests: a fresh initialised database, temporary folders, Catch2 printing of Qt types.
#pragma once

#include "catch.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <ostream>

class QSqlDatabase;

namespace cd {
class Database;
}

QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const QDate &d)
{
    return os << d.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

namespace cdtest {

inline QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
// A new data file at dir/name, initialised for Jilin with the defaults: the province's file, or with `level` ("city",
// "county") and `region` (its code) a bureau's file scoped to that region.
std::unique_ptr<cd::Database> initialisedFile(const QString &path, const char *level = "province", const char *region = "");
std::unique_ptr<cd::Database> initialisedMemory();
// The server the tests run against (CD_TEST_SERVER, an administrator's address ending in "/"), or "" for data files.
QString testServer();
// A new empty database on that server: its administrator's address.
QString newServerDatabase();
// Runs `work` on a raw connection (Qt's QPSQL) to a server database given by its address.
void onServer(const QString &address, const std::function<void(QSqlDatabase &)> &work);
// Another clerk's connection to the same server database (as its administrator); nullptr for a data file, whose
// writer lock lets one program write at a time.
std::unique_ptr<cd::Database> secondConnection(cd::Database &db);
QByteArray fileBytes(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace cdtest
