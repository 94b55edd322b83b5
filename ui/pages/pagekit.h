// Small pieces every page shares: the page title, a read-only record table, and a form dialog with OK/Cancel.
#pragma once

#include "domain/changes.h"
#include "io/listexport.h"
#include "reports/reportdocument.h"
#include "util/failure.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

class QAbstractButton;
class QAbstractItemView;

class QAbstractSpinBox;
class QSpinBox;
class QFormLayout;
class QLabel;
class QTableView;
class QTableWidget;
class QTableWidgetItem;

namespace cd {

class Database;
class DataNotifier;

QLabel *makePageTitle(const QString &text, QWidget *parent);
// Wide enough for `widest` beside its arrows in every style (the Windows style leaves no room for the text otherwise).
void fitSpinBox(QAbstractSpinBox *box, const QString &widest);
// A round's year (2000–2100, in steps of two as rounds come), on this year's round or the next.
QSpinBox *makeRoundYearBox(QWidget *parent);
// A read-only record table that looks like every other list (setUpListView's rows) with these column headers.
void setUpRecordTable(QTableWidget *table, const QStringList &headers);
// Columns as wide as their contents, the last one still filling the row (Qt's resize to contents ends its stretch).
void fitColumns(QTableView *view);
// How a list aligns a cell, on every page alike: numbers (whole, decimal, a percentage) right, as a spreadsheet has
// them, so that their digits line up; names, dates and other text left.
Qt::Alignment cellAlignment(const QString &text);
// Fills one row of a record table with cells aligned by cellAlignment; `decorate` may colour or tag each item.
void fillTableRow(QTableWidget *table, int row, const QStringList &cells,
                  const std::function<void(QTableWidgetItem *item, int column)> &decorate = {});
// A list over a large model: whole rows, alternating colours, fixed row heights (resizing rows to contents costs
// seconds at 100k rows, FIELD-NOTES), no row numbers, the last column stretched.
void setUpListView(QTableView *view);
// Buttons that act on the selected row (编辑, 删除, 单位档案, …) are enabled only while `view` has one: a click that
// could only do nothing is not offered. Call after the view has its model.
void enableWithCurrentRow(QAbstractItemView *view, const QList<QAbstractButton *> &buttons);
// Whether a page reads `db` on a thread of its own: a server always (it answers slower than a file, issue 11), a
// file from `fromBytes` on (issue 14); an in-memory file never.
bool readsInBackground(const Database &db, qint64 fromBytes);
// A printable table of a list as the page shows it: one weight per column; numeric columns are right-aligned.
ReportDocument listReport(const ExportList &list, const QList<double> &weights, double pointSize, bool landscape);
// The rows of a record table as a list to export.
ExportList tableList(const QTableWidget *table, const QString &title, const QList<int> &numericColumns);

// Every modal question the pages ask goes through these, so that tests can answer them without a nested event
// loop (under wine's offscreen platform a dialog's exec() never returns). The defaults are Qt's own dialogs.
using DialogRunner = std::function<int(QDialog &)>;
using MessageSink = std::function<void(QWidget *parent, const QString &title, const QString &text)>;
using TextAsker = std::function<QString(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok)>;
DialogRunner &dialogRunner();
MessageSink &messageSink();
TextAsker &textAsker();
int runDialog(QDialog &dialog);
void warn(QWidget *parent, const QString &title, const QString &text);
void inform(QWidget *parent, const QString &title, const QString &text);
QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok);

// Shows a form until `save` goes through (the refusal is shown and the form comes back) or the clerk cancels.
// Returns true when saved.
bool runForm(QDialog &dialog, const QString &title, const std::function<void()> &save);

// Saves an edit made on what was read (a unit, an activity, a rectification, a record set on a page). When another
// clerk saved the record in between (EditConflict), `decide` shows both and returns hers to save again onto theirs, or
// nothing: saveOrDecide then returns false (theirs kept), and saveEdit reloads the page to show it and shows other
// refusals under `title` (saveOrDecide lets them through, to a form that stays open).
template <class Record>
bool saveOrDecide(const Record &edit, const std::function<void(const Record &)> &save,
                  const std::function<std::optional<Record>(const Record &)> &decide)
{
    std::optional<Record> edited = edit;
    while (edited) {
        try {
            save(*edited);
            return true;
        } catch (const EditConflict &) {
            edited = decide(*edited);
        }
    }
    return false;
}

template <class Record>
void saveEdit(QWidget *parent, const QString &title, const Record &edit, const std::function<void(const Record &)> &save,
              const std::function<std::optional<Record>(const Record &)> &decide, const std::function<void()> &reload = {})
{
    try {
        if (!saveOrDecide(edit, save, decide) && reload)
            reload();
    } catch (const Failure &f) {
        warn(parent, title, f.message());
    }
}

// Runs an action of the way up; when it is refused as outside its phase (DOMAIN.md §4), asks the clerk for the
// written reason and runs it again with it. Other refusals are shown. Returns true when the action went through.
bool runWithOverride(QWidget *parent, const QString &title, const std::function<void(const QString &reason)> &action);

// A page that reads only when the clerk sees it: `changed()` reloads at once when the page is visible and otherwise
// when it is next shown (a whole country's file opens without every page reading its records).
class ReloadWhenShown : public QObject
{
public:
    ReloadWhenShown(QWidget *page, std::function<void()> reload);
    void changed();
    // Follows `notifier`'s changes of the kinds the page shows (domain/changes.h); others leave the page as it is.
    // Connected once however often it is called (a new file).
    void follow(DataNotifier *notifier, Changes shows);
    void reloaded() { m_dirty = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_reload;
    bool m_dirty = true;
    QMetaObject::Connection m_following;
};

class FormDialog : public QDialog
{
public:
    FormDialog(const QString &title, QWidget *parent);
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form;
};

} // namespace cd
