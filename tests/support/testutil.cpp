#include "testutil.h"

#include "services/defaults.h"
#include "storage/database.h"

#include <QFile>

namespace cdtest {

std::unique_ptr<cd::Database> initialisedFile(const QString &path)
{
    return cd::Database::create(path, [](cd::Database &fresh) { cd::Defaults::initialise(fresh, cd::InitOptions{}); });
}

std::unique_ptr<cd::Database> initialisedMemory()
{
    auto db = cd::Database::createInMemory();
    cd::Defaults::initialise(*db, cd::InitOptions{});
    return db;
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
