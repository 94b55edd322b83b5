#include "pages/pagekit.h"
#include "commands/commands.h"
#include "storage/database.h"
#include <QFileInfo>

#include <QEvent>
#include "widgets/datefield.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QDate>
#include <QSpinBox>
#include <QItemSelectionModel>
#include <QPointer>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

QLabel *makePageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    title->setFont(f);
    return title;
}

void fitSpinBox(QAbstractSpinBox *box, const QString &widest)
{
    const QFontMetrics fm = box->fontMetrics();
    box->setMinimumWidth(fm.horizontalAdvance(widest) + fm.height() * 2 + 16);
    box->setMinimumHeight(fm.height() + 10); // room for the text's line edit inside the frame
}

QSpinBox *makeRoundYearBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(2000, 2100);
    box->setSingleStep(2);
    box->setValue(QDate::currentDate().year() + QDate::currentDate().year() % 2);
    fitSpinBox(box, QStringLiteral("2000"));
    return box;
}

bool readsInBackground(const Database &db, qint64 fromBytes)
{
    return db.isServer() || (!db.isInMemory() && QFileInfo(db.path()).size() >= fromBytes);
}

void enableWithCurrentRow(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
{
    // Each connection lives as long as its button, and asks the selection model only (a view being destroyed resets
    // its model on the way, after its buttons may have gone).
    const QPointer<QItemSelectionModel> selection = view->selectionModel();
    QAbstractItemModel *model = view->model();
    for (QAbstractButton *b : buttons) {
        const auto follow = [selection, b] { b->setEnabled(selection && selection->currentIndex().isValid()); };
        QObject::connect(selection, &QItemSelectionModel::currentChanged, b, follow);
        QObject::connect(model, &QAbstractItemModel::modelReset, b, follow);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, b, follow);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, b, follow);
        follow();
    }
}

void setUpListView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
}

void setUpRecordTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    setUpListView(table); // after the columns exist: the header stretches the last one only if it has one
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    if (header->stretchLastSection()) {
        header->setStretchLastSection(false);
        header->setStretchLastSection(true);
    }
}

Qt::Alignment cellAlignment(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*[-+]?\\d+(\\.\\d+)?%?\\s*$"));
    return (number.match(text).hasMatch() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

void fillTableRow(QTableWidget *table, int row, const QStringList &cells, const std::function<void(QTableWidgetItem *, int)> &decorate)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setTextAlignment(cellAlignment(cells[c]));
        if (decorate)
            decorate(item, c);
        table->setItem(row, c, item);
    }
}

ReportDocument listReport(const ExportList &list, const QList<double> &weights, double pointSize, bool landscape)
{
    ReportDocument doc;
    doc.title = list.title;
    doc.landscape = landscape;
    doc.tablePointSize = pointSize;
    ReportSection s;
    for (int c = 0; c < list.headers.size(); ++c)
        s.table.columns << ReportColumn{list.headers[c], weights.value(c, 1.0), list.numericColumns.contains(c)};
    for (const auto &r : list.rows)
        s.table.rows << r;
    doc.sections << s;
    return doc;
}

ExportList tableList(const QTableWidget *table, const QString &title, const QList<int> &numericColumns)
{
    ExportList l;
    l.title = title;
    l.sheetName = title;
    for (int c = 0; c < table->columnCount(); ++c)
        l.headers << table->horizontalHeaderItem(c)->text();
    l.numericColumns = numericColumns;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        l.rows.push_back(cells);
    }
    return l;
}

DialogRunner &dialogRunner()
{
    static DialogRunner runner = [](QDialog &d) { return d.exec(); };
    return runner;
}

MessageSink &messageSink()
{
    static MessageSink sink = [](QWidget *parent, const QString &title, const QString &text) { QMessageBox::warning(parent, title, text); };
    return sink;
}

TextAsker &textAsker()
{
    static TextAsker asker = [](QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok) {
        return QInputDialog::getMultiLineText(parent, title, label, text, ok);
    };
    return asker;
}

int runDialog(QDialog &dialog)
{
    return dialogRunner()(dialog);
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    messageSink()(parent, title, text);
}

void inform(QWidget *parent, const QString &title, const QString &text)
{
    messageSink()(parent, title, text);
}

QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok)
{
    return textAsker()(parent, title, label, text, ok);
}

bool runForm(QDialog &dialog, const QString &title, const std::function<void()> &save)
{
    while (runDialog(dialog) == QDialog::Accepted) {
        // A date field whose text is not a date is named, and the form comes back with it in focus.
        if (DateField *bad = DateField::firstInvalid(&dialog)) {
            warn(&dialog, title, bad->problem());
            continue;
        }
        try {
            save();
            return true;
        } catch (const Failure &f) {
            warn(&dialog, title, f.message());
        }
    }
    return false;
}

bool runWithOverride(QWidget *parent, const QString &title, const std::function<void(const QString &)> &action)
{
    QString reason;
    for (;;) {
        try {
            action(reason);
            return true;
        } catch (const PhaseRefusal &p) {
            bool ok = false;
            reason = askText(parent, title,
                                                    p.plainMessage() + QStringLiteral("\n\n")
                                                        + QCoreApplication::translate("cd::Pages", "To record it anyway, write the reason. It is kept and shown "
                                                                                                   "on the calendar page:"),
                                                    reason, &ok)
                         .trimmed();
            if (!ok || reason.isEmpty())
                return false;
        } catch (const Failure &f) {
            warn(parent, title, f.message());
            return false;
        }
    }
}

FormDialog::FormDialog(const QString &title, QWidget *parent) : QDialog(parent), m_form(new QFormLayout)
{
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

ReloadWhenShown::ReloadWhenShown(QWidget *page, std::function<void()> reload) : QObject(page), m_page(page), m_reload(std::move(reload))
{
    page->installEventFilter(this);
}

void ReloadWhenShown::changed()
{
    m_dirty = true;
    if (m_page->isVisible())
        m_reload();
}

void ReloadWhenShown::follow(DataNotifier *notifier, Changes shows)
{
    disconnect(m_following);
    m_following = connect(notifier, &DataNotifier::recordsChanged, this, [this, shows](Changes what) {
        if (what & shows)
            changed();
    });
}

bool ReloadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_dirty)
        m_reload();
    return false;
}

} // namespace cd
