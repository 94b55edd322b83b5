// Filter time per keystroke in the roster model at N units (goal: under 30 ms at 100k), and the time of a
// pinyin sort by name. Usage: bench_filter DATAFILE      Prints figures only.
#include "models/unittablemodel.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <algorithm>
#include <cstdio>

using namespace cd;

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_filter DATAFILE\n");
        return 1;
    }
    Workspace ws(Database::open(QString::fromLocal8Bit(argv[1]), Database::Access::ReadOnly));
    QElapsedTimer t;
    t.start();
    const auto rows = ws.unitRows();
    const qint64 query = t.restart();
    UnitTableModel model;
    QTableView view; // a view attached, as in the program
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    model.setRows(rows);
    const qint64 load = t.restart();
    // A clerk typing 南关区婚姻 one character at a time, then deleting it again.
    const QString typed = QStringLiteral("南关区婚姻");
    QList<qint64> times;
    for (int i = 1; i <= typed.size(); ++i) {
        t.restart();
        model.setFilterText(typed.left(i));
        app.processEvents();
        times << t.elapsed();
    }
    for (int i = typed.size() - 1; i >= 0; --i) {
        t.restart();
        model.setFilterText(typed.left(i));
        app.processEvents();
        times << t.elapsed();
    }
    std::sort(times.begin(), times.end());
    t.restart();
    model.sort(UnitTableModel::Name, Qt::AscendingOrder);
    app.processEvents();
    const qint64 firstSort = t.restart();
    model.sort(UnitTableModel::Name, Qt::DescendingOrder);
    app.processEvents();
    const qint64 secondSort = t.elapsed();
    std::printf("units %lld: query %lld ms, model load %lld ms; filter per keystroke median %lld ms, worst %lld ms; "
                "pinyin sort by name %lld ms first (sort keys), %lld ms again\n",
                (long long)rows.size(), query, load, times[times.size() / 2], times.last(), firstSort, secondSort);
    return 0;
}
