// What the record pages share: a title with the page's buttons, a debounced search box, one table over a
// RecordModel, and print/export of the rows as shown. A page reloads only when it is in front (or the next
// time it comes to the front), so an edit elsewhere does not make seven pages query the file at once.
#pragma once

#include "commands/commands.h"
#include "io/listexport.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QHash>
#include <QWidget>
#include <functional>

#include "pages/backgroundread.h"
#include "services/unitnames.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cd {

class Database;
class RecordModel;

// A page whose list can be printed and exported (File › Print, Export to PDF, Export to Excel).
class ListPage
{
public:
    virtual ~ListPage() = default;
    virtual ExportList visibleList() const = 0;
    virtual ReportDocument visibleReport() const = 0;
    virtual QString listName() const = 0;
};

class RecordPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    RecordPage(const QString &title, const QStringList &headers, QWidget *parent);

    void setCommandContext(const CommandContext &ctx, const QDate &today);
    void reload();
    QTableView *view() const { return m_view; }
    RecordModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    void applySearchNow();
    // A server, or a data file of `bytes` and more, is read by a thread of its own through its own connection: the
    // window stays usable while two million records are read (issue 14). The page keeps what it showed until then.
    void setBackgroundFrom(qint64 bytes) { m_read->setFrom(bytes); }
    bool isLoading() const { return m_read->isReading(); }

    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override { return m_title; }

signals:
    void loaded(); // the records read are on the page

protected:
    // What the page shows, read from `db`, and what puts it on the page (sets the page's vector, resets the model).
    // reader() runs on the GUI thread and takes what it needs from the page's widgets (a year); the reader it returns
    // may run on a thread of its own and must touch nothing of the page; the Show it returns runs on the GUI thread.
    using Show = BackgroundRead::Show;
    using Reader = BackgroundRead::Reader;
    virtual Reader reader() = 0;
    // The kind of record the page lists (domain/changes.h): a change of another kind leaves it as it is. A change of
    // the roster (the units' names) or of the calendar is followed by every record page.
    virtual Changes shows() const = 0;
    virtual bool matches(int row, const QString &lowerNeedle) const; // the search box; default: any cell's text
    virtual QList<double> printWeights() const { return {}; }
    virtual bool printLandscape() const;
    // A page's own filter beside the search box (a year, a level, "only below the minimum").
    virtual bool hasOwnFilter() const { return false; }
    virtual bool keep(int /*row*/) const { return true; }
    // The unit a row is about (0: none); a double-click on the row opens its 档案 (issue 13 §1).
    virtual int unitOf(int /*row*/) const { return 0; }
    // What a double-click does with a row: the unit's 档案 by default.
    virtual void activate(int row);
    void openUnitRecord(); // the selected row's unit's 档案

    // `forRow`: the button acts on the selected row, and is enabled only while there is one.
    QPushButton *addButton(const QString &text, std::function<void()> action, bool forRow = false);
    void addToolWidget(QWidget *w); // after the buttons, before the stretch
    void setColumnWidths(const QList<int> &characters); // widths in characters of the table's font (CJK-wide)
    QString unitName(int id) const { return m_unitNames.name(id); }
    UnitNames unitChoices() const; // every unit's name as the file has it now, for a dialog's unit field
    int currentRow() const; // the selected record's row in the page's vector, -1 if none
    // Runs `action` on the selected row (nothing when none is selected); a refusal is shown under `title`.
    void onSelected(const QString &title, const std::function<void(int row)> &action);
    void selectRow(int row);
    void showEvent(QShowEvent *event) override;
    void markDirty(); // reloads now when in front, else the next time the page is shown

    CommandContext m_ctx;
    QDate m_today;

private:
    void markUnitsDirty();
    void changed(Changes what);
    void updateCount();
    void present(const Show &show);

    QString m_title;
    RecordModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer *m_debounce;
    QHBoxLayout *m_top;
    int m_toolIndex = 0;
    UnitNames m_unitNames;
    bool m_dirty = true;
    bool m_unitsDirty = true;
    BackgroundRead *m_read;
    bool m_namesAsked = false; // the last read started reads the unit names too
};

} // namespace cd
