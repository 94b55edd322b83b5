// Appraisal of a round of U units × 5 assessors × 30 indicators (750k scores at U = 5000), read from the data
// file and computed, then the same file's plain per-unit sums through the sqlite3 shell for the ratio.
// Usage: bench_appraise UNITS WORKDIR     Prints figures only.
#include "reports/reportpainter.h"
#include "services/appraisalreports.h"
#include "services/defaults.h"
#include "services/demo.h"
#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/roundrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/rng.h"

#include <QGuiApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <cstdio>

using namespace cd;

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts, for the PDF of appraisal forms
    const int n = argc > 1 ? atoi(argv[1]) : 5000;
    const QString path = QDir(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath()).filePath(QStringLiteral("bench_appraise.db"));
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QString::fromLatin1(suffix));
    int systemId = 0;
    {
        auto db = Database::create(path);
        Defaults::initialise(*db, InitOptions{});
        Demo::generate(*db, {n, 5, 2018});
        // Round 2020 with a 30-indicator system (6 areas × 5), every unit scored by 5 assessors.
        QJsonObject d = Defaults::document();
        QJsonArray areas;
        for (const auto &a : d.value(QStringLiteral("indicator_areas")).toArray()) {
            QJsonArray inds;
            for (int i = 1; i <= 5; ++i)
                inds.append(QJsonArray{QStringLiteral("%1指标%2").arg(a.toObject().value(QStringLiteral("name")).toString()).arg(i), 10.0 / 3.0});
            areas.append(QJsonObject{{QStringLiteral("name"), a.toObject().value(QStringLiteral("name"))}, {QStringLiteral("indicators"), inds}});
        }
        d.insert(QStringLiteral("indicator_areas"), areas);
        Transaction t(*db);
        RoundRepository(*db).save(Defaults::firstRound().shiftedTo(2020));
        systemId = IndicatorRepository(*db).insertDefaultSystem(2020, d);
        AppraisalRepository repo(*db);
        const IndicatorSystem system = *repo.system(2020);
        QList<int> assessors;
        for (int a = 1; a <= 5; ++a)
            assessors << repo.addAssessor({0, QStringLiteral("评审员%1").arg(a), 0, 0, QStringLiteral("local")});
        Rng rng(11);
        QList<Score> scores;
        for (const auto &u : UnitRepository(*db).all())
            for (int a : assessors)
                for (const auto &ind : system.indicators)
                    scores.push_back({a, u.id, ind.id, ind.points * rng.between(70, 100) / 100});
        repo.saveScores(system.id, QStringLiteral("local"), scores);
        t.commit();
        std::printf("scores in the 2020 round: %lld\n", (long long)scores.size());
    }
    auto db = Database::open(path, Database::Access::ReadOnly);
    const WorkCalendar work = WorkCalendar::fromResources();
    WayUp way(*db, work, QStringLiteral("bench"));
    QList<qint64> times;
    AppraisalRun run;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        run = way.appraisal.appraise(2020, QStringLiteral("local"));
        times << t.elapsed();
    }
    std::sort(times.begin(), times.end());
    // A PDF of 1,000 appraisal forms (one page or two each).
    {
        QElapsedTimer pt;
        pt.start();
        ReportDocument forms = AppraisalReports(*db).appraisalForms(2020, 0);
        forms.sections = forms.sections.mid(0, 1000);
        const qint64 built = pt.restart();
        const int pages = ReportPainter::writePdf(forms, QFileInfo(path).absolutePath() + QStringLiteral("/forms1000.pdf"));
        std::printf("1,000 appraisal forms: built in %lld ms, painted to %d PDF pages in %lld ms (%lld KB)\n", built, pages,
                    pt.elapsed(), QFileInfo(QFileInfo(path).absolutePath() + QStringLiteral("/forms1000.pdf")).size() / 1024);
    }
    db.reset();
    QElapsedTimer t;
    t.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT unit_id, sum(value) FROM scores WHERE system_id = %1 "
                                                                  "AND stage = 'local' GROUP BY unit_id;").arg(systemId)});
    sqlite.waitForFinished(-1);
    const qint64 shell = t.elapsed();
    const qsizetype lines = sqlite.readAllStandardOutput().count('\n');
    std::printf("appraise %d units: median %lld ms (runs %lld/%lld/%lld)  sqlite3 per-unit sums: %lld ms (%lld rows)  ratio %.2f\n",
                int(run.units.size()), times[1], times[0], times[1], times[2], shell, (long long)lines,
                shell ? double(times[1]) / double(shell) : 0.0);
    return 0;
}
