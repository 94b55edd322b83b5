// Filter time per keystroke in the roster model at N units (goal: under 30 ms at 100k), and the time of a
// pinyin sort by name. Usage: bench_filter DATAFILE      Prints figures only.
#include "models/recordmodel.h"
#include "models/unittablemodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"
#include "services/rosterindex.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QApplication>
#include <QCompleter>
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
    RosterIndex index = RosterIndex::load(ws.database());
    const qint64 query = t.restart();
    const int units = index.size();
    int city = 0;
    for (int r = 0; r < index.size() && !city; ++r)
        city = index.cityId(r);
    const QString type = index.size() ? index.typeName(0) : QString();
    UnitTableModel model;
    QTableView view; // a view attached and set up as in the program
    setUpListView(&view);
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    model.setIndex(std::move(index));
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
                (long long)units, query, load, times[times.size() / 2], times.last(), firstSort, secondSort);

    // The trees and the title filter: picking a 市(州), a type, a title status, and back to everything.
    QList<qint64> scopes;
    for (const UnitScope &s : {UnitScope{city, 0, {}, {}, -1}, UnitScope{city, 0, {}, type, -1}, UnitScope{0, 0, {}, {}, 1},
                               UnitScope{0, 0, {}, {}, -1}}) {
        t.restart();
        model.setScope(s);
        app.processEvents();
        scopes << t.elapsed();
    }
    std::printf("tree and title filters: %lld, %lld, %lld, %lld ms (city, city+type, holders, all)\n", scopes[0], scopes[1], scopes[2],
                scopes[3]);

    // After an edit: the unit is read again and the roster patched in place (sorted by name, a search applied).
    model.sort(UnitTableModel::Name, Qt::AscendingOrder);
    model.setFilterText(QStringLiteral("南关区"));
    app.processEvents();
    const int edited = model.idAt(model.rowCount() / 2);
    t.restart();
    model.refreshUnits(ws.database(), {edited});
    app.processEvents();
    const qint64 refresh = t.elapsed();
    model.setFilterText({});
    t.restart();
    model.refreshUnits(ws.database(), {edited});
    app.processEvents();
    std::printf("one unit read again after an edit: %lld ms (sorted by name, searching), %lld ms (no search)\n", refresh, t.elapsed());

    // 满意度测评 at a whole country's size: 300k rows in the record model, then a sort by rate and a search.
    struct Row
    {
        int unit;
        int returned;
        int content;
    };
    std::vector<Row> surveys(300000);
    for (size_t i = 0; i < surveys.size(); ++i)
        surveys[i] = {int(i % 100000) + 1, 100 + int(i % 50), 90 + int(i % 10)};
    RecordModel records({QStringLiteral("unit"), QStringLiteral("returned"), QStringLiteral("rate")});
    QTableView recordView;
    recordView.setModel(&records);
    recordView.resize(1200, 800);
    recordView.show();
    t.restart();
    records.reset(int(surveys.size()), [&surveys](int r, int c, int role) -> QVariant {
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        const Row &x = surveys[size_t(r)];
        if (c == 0)
            return role == Qt::EditRole ? QVariant(x.unit) : QVariant(QString::number(x.unit));
        if (c == 1)
            return x.returned;
        return role == Qt::EditRole ? QVariant(double(x.content) / x.returned) : QVariant(QString::number(100.0 * x.content / x.returned, 'f', 1));
    });
    app.processEvents();
    const qint64 reset = t.restart();
    records.sort(2, Qt::AscendingOrder);
    app.processEvents();
    const qint64 sortRate = t.restart();
    records.setFilter([&surveys](int r) { return surveys[size_t(r)].unit == 4711; });
    app.processEvents();
    const qint64 search = t.elapsed();
    std::printf("record model, 300000 survey rows: load %lld ms, sort by rate %lld ms, filter to one unit %lld ms\n", reset, sortRate,
                search);

    // The unit field of every record dialog (登记条件, 记录活动, …): made, then a clerk typing 南关区婚姻 into it.
    t.restart();
    UnitPicker picker(UnitNames::read(ws.database()), nullptr);
    const qint64 made = t.restart();
    QList<qint64> keys;
    for (int i = 1; i <= typed.size(); ++i) {
        t.restart();
        picker.setText(typed.left(i));
        emit picker.textEdited(picker.text());
        const int found = picker.completer()->model()->rowCount();
        keys << t.elapsed();
        if (i == typed.size())
            std::printf("unit field: %d units match; ", found);
    }
    std::sort(keys.begin(), keys.end());
    std::printf("made in %lld ms, per keystroke median %lld ms, worst %lld ms\n", made, keys[keys.size() / 2], keys.last());
    return 0;
}
