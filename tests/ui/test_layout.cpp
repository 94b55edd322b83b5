// Issue 13 §3: every list in the window looks the same — numbers right-aligned, names and other text left, one row
// height — on a file with demo data, page by page as a clerk opens them.
#include "catch.h"
#include "testutil.h"

#include "mainwindow.h"
#include "services/demo.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

using namespace cd;
using cdtest::d;

TEST_CASE("every list in the window: numbers right, text left, one row height", "[ui][layout]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("demo.db")));
    Demo::generate(*db, {80, 7, 2016});
    MainWindow w(std::make_unique<Workspace>(std::move(db)));
    w.setToday(d("2016-06-30"));
    w.resize(1280, 800);
    w.show();
    // Each list on the page in front fills its width: the last column stretches to the edge.
    QStringList narrow;
    for (int i = 0; i < w.navigation()->count(); ++i) {
        w.showPage(i);
        QApplication::processEvents();
        for (QTableView *view : w.findChildren<QTableView *>())
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 && view->horizontalHeader()->stretchLastSection()
                && view->horizontalHeader()->length() < view->viewport()->width() - 2)
                narrow << QStringLiteral("page %1: %2 of %3 px").arg(i).arg(view->horizontalHeader()->length()).arg(view->viewport()->width());
    }
    INFO(narrow.join(QStringLiteral("; ")).toStdString());
    CHECK(narrow.isEmpty());
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+(\\.\\d+)?%?$"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QMap<int, QStringList> heights; // row height → the lists that use it
    int listsWithRows = 0, numericColumns = 0, textColumns = 0;
    QStringList wrong;
    for (QTableView *view : w.findChildren<QTableView *>()) {
        const QAbstractItemModel *m = view->model();
        if (!m || m->rowCount() == 0)
            continue;
        ++listsWithRows;
        const QString where = view->objectName().isEmpty() ? QString::fromLatin1(view->parent()->metaObject()->className()) : view->objectName();
        heights[view->verticalHeader()->defaultSectionSize()] << where;
        const int rows = std::min(m->rowCount(), 60);
        for (int c = 0; c < m->columnCount(); ++c) {
            if (view->isColumnHidden(c))
                continue;
            int filled = 0, numeric = 0, chinese = 0;
            for (int r = 0; r < rows; ++r) {
                const QString t = m->index(r, c).data().toString().trimmed();
                filled += !t.isEmpty();
                numeric += number.match(t).hasMatch();
                chinese += t.contains(han);
            }
            if (!filled)
                continue;
            const QString header = m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < rows; ++r) {
                const QModelIndex at = m->index(r, c);
                if (at.data().toString().trimmed().isEmpty())
                    continue;
                const auto align = Qt::Alignment(at.data(Qt::TextAlignmentRole).toInt());
                if (numeric == filled && !(align & Qt::AlignRight))
                    wrong << QStringLiteral("%1, column \"%2\": number \"%3\" not right-aligned").arg(where, header, at.data().toString());
                if (chinese > 0 && numeric < filled && (align & Qt::AlignRight))
                    wrong << QStringLiteral("%1, column \"%2\": text \"%3\" right-aligned").arg(where, header, at.data().toString());
            }
            numericColumns += numeric == filled;
            textColumns += chinese > 0 && numeric < filled;
        }
    }
    wrong.removeDuplicates();
    INFO(wrong.mid(0, 15).join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
    INFO("row heights: " + [&] {
        QStringList s;
        for (auto it = heights.cbegin(); it != heights.cend(); ++it)
            s << QStringLiteral("%1 px: %2").arg(it.key()).arg(it.value().join(QStringLiteral(", ")));
        return s.join(QStringLiteral("; ")).toStdString();
    }());
    CHECK(heights.size() == 1);
    // The file filled the lists: the checks above looked at something.
    CHECK(listsWithRows >= 6);
    CHECK(numericColumns >= 6);
    CHECK(textColumns >= 6);
}
