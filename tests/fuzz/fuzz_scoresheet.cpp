// libFuzzer target: the score-sheet import, end to end on an initialised in-memory data file. Every input is either
// refused (cd::Failure or rejected rows, with nothing written) or imported; scores stay within their indicator's points.
#include "rules/workcalendar.h"
#include "services/defaults.h"
#include "services/scoresheet.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "util/failure.h"

#include "fuzzapp.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {
struct World : FuzzApp
{
    QTemporaryDir dir;
    std::unique_ptr<cd::Database> db = cd::Database::createInMemory();
    cd::WorkCalendar work = cd::WorkCalendar::fromResources();
    World()
    {
        cd::Defaults::initialise(*db, cd::InitOptions{});
        cd::sql::exec(db->connection(), QStringLiteral("INSERT INTO units(id, name, region_id, type_id) "
                                                       "SELECT 1, '南关区救助站', (SELECT min(id) FROM regions WHERE code = '220102'), min(id) FROM unit_types"));
        cd::sql::exec(db->connection(), QStringLiteral("INSERT INTO assessors(id, name, stage) VALUES (1, 'A', 'local')"));
        cd::ScoreSheet(*db, work, QStringLiteral("fuzz")).exportSheet(2014, 1, dir.filePath(QStringLiteral("seed.xlsx")));
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static World w;
    const QString path = w.dir.filePath(QStringLiteral("input.xlsx"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QString before = cd::sql::scalar(w.db->connection(), QStringLiteral("SELECT count(*) || ':' || coalesce(sum(value), 0) FROM scores")).toString();
    try {
        const cd::ScoreSheetImport r = cd::ScoreSheet(*w.db, w.work, QStringLiteral("fuzz")).importSheet(path);
        const QString after = cd::sql::scalar(w.db->connection(), QStringLiteral("SELECT count(*) || ':' || coalesce(sum(value), 0) FROM scores")).toString();
        if (!r.rejected.isEmpty() && after != before)
            std::abort(); // rejected rows, yet something was written
    } catch (const cd::Failure &) {
        const QString after = cd::sql::scalar(w.db->connection(), QStringLiteral("SELECT count(*) || ':' || coalesce(sum(value), 0) FROM scores")).toString();
        if (after != before)
            std::abort(); // refused, yet something was written
    }
    const int over = cd::sql::scalar(w.db->connection(), QStringLiteral("SELECT count(*) FROM scores s JOIN indicators i ON i.id = s.indicator_id "
                                                                           "WHERE s.value < 0 OR s.value > i.points")).toInt();
    if (over)
        std::abort();
    return 0;
}
