#include "testutil.h"

#include "services/defaults.h"
#include "storage/database.h"
#include "storage/serverstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <QFile>

namespace cdtest {

std::unique_ptr<cd::Database> initialisedFile(const QString &path, const char *level, const char *region)
{
    return cd::Database::create(path, [&](cd::Database &fresh) {
        cd::InitOptions o;
        o.level = QString::fromLatin1(level);
        o.regionCode = QString::fromLatin1(region);
        cd::Defaults::initialise(fresh, o);
    });
}

QString testServer()
{
    return qEnvironmentVariable("CD_TEST_SERVER");
}

void onServer(const QString &address, const std::function<void(QSqlDatabase &)> &work)
{
    static int opened = 0;
    const QString name = QStringLiteral("cdtest-raw-%1").arg(++opened);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(address);
        c.setHostName(url.host());
        c.setPort(url.port());
        c.setUserName(url.userName());
        c.setPassword(url.password());
        c.setDatabaseName(url.path().mid(1));
        REQUIRE(c.open());
        work(c);
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString newServerDatabase()
{
    static int made = 0;
    const QString name = QStringLiteral("cdtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    onServer(testServer() + QStringLiteral("postgres"), [&](QSqlDatabase &admin) {
        QSqlQuery q(admin);
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    });
    return testServer() + name;
}

std::unique_ptr<cd::Database> initialisedMemory()
{
    // The same tests against the server store (issue 11 §3): with CD_TEST_SERVER set to an administrator's address
    // (postgresql://LOGIN:PASSWORD@HOST:PORT/, as tests/server/with-server.sh starts one), each test gets a new
    // database on that server, set up by `server init`, instead of an in-memory file.
    if (!testServer().isEmpty()) {
        auto db = cd::Database::openServerAdmin(newServerDatabase());
        cd::ServerAdmin(*db).init([](cd::Database &fresh) { cd::Defaults::initialise(fresh, cd::InitOptions{}); });
        return db;
    }
    auto db = cd::Database::createInMemory();
    cd::Defaults::initialise(*db, cd::InitOptions{});
    return db;
}

std::unique_ptr<cd::Database> secondConnection(cd::Database &db)
{
    return db.isServer() ? cd::Database::openServerAdmin(db.path()) : nullptr;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

} // namespace cdtest
