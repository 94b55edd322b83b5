#include "dialogs/finddialog.h"

#include "dialogs/unitdossierdialog.h"
#include "pages/pagekit.h"
#include "storage/database.h"
#include "storage/searchrepository.h"
#include "util/failure.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

FindDialog::FindDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(&db), m_box(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableWidget(0, 4, this)),
      m_debounce(new QTimer(this)), m_read(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("FindDialog"));
    setWindowTitle(tr("Find"));
    m_box->setPlaceholderText(tr("Unit name, credit code, address, contact, document no., note..."));
    m_box->setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_box, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_box, &QLineEdit::returnPressed, this, &FindDialog::findNow);
    connect(m_debounce, &QTimer::timeout, this, &FindDialog::findNow);
    setUpRecordTable(m_table, {tr("Found in"), tr("Unit"), tr("Text"), tr("Date")});
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &FindDialog::openRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(820, 520);
    connect(m_read, &BackgroundRead::again, this, &FindDialog::findNow);
    connect(m_read, &BackgroundRead::failed, this, [this](const QString &problem) { display(m_searching, {}, problem); });
}

FindDialog::~FindDialog() = default; // m_read waits for a running search: its thread holds only what it was given

void FindDialog::findNow()
{
    m_debounce->stop();
    search(m_box->text());
}

void FindDialog::search(const QString &text)
{
    if (m_read->isReading()) {
        if (text != m_searching)
            m_read->dropRunning(); // the clerk typed on: that search stops, and the box's text is searched next
        return;
    }
    if (text.trimmed().isEmpty()) {
        display(text, {}, {});
        return;
    }
    m_searching = text;
    m_read->start(*m_db, [this, text](Database &db) -> BackgroundRead::Show {
        const QList<SearchHit> hits = SearchRepository(db).find(text);
        return [this, text, hits] { display(text, hits, {}); };
    });
    if (m_read->isReading())
        m_count->setText(tr("Searching…"));
}

void FindDialog::display(const QString &text, QList<SearchHit> hits, const QString &problem)
{
    m_hits = std::move(hits);
    const auto kindText = [](SearchHit::Kind k) {
        switch (k) {
        case SearchHit::Kind::Unit: return tr("Unit");
        case SearchHit::Kind::Naming: return tr("Naming");
        case SearchHit::Kind::Review: return tr("Review");
        case SearchHit::Kind::Veto: return tr("Veto event");
        case SearchHit::Kind::Activity: return tr("Activity");
        case SearchHit::Kind::Rectification: return tr("Rectification");
        }
        return QString();
    };
    m_table->setRowCount(int(m_hits.size()));
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &h = m_hits[i];
        const QStringList cells = {kindText(h.kind), h.unitName, h.text, h.date.isValid() ? h.date.toString(Qt::ISODate) : QString()};
        fillTableRow(m_table, i, cells);
    }
    fitColumns(m_table);
    if (!problem.isEmpty())
        m_count->setText(problem);
    else if (!text.trimmed().isEmpty())
        m_count->setText(m_hits.isEmpty() ? tr("Nothing found.") : tr("%n found; double-click one to open its unit's record.", nullptr, int(m_hits.size())));
    else
        m_count->clear();
    emit found();
}

void FindDialog::openRow(int row)
{
    if (row >= 0 && row < m_hits.size())
        UnitDossierDialog::open(*m_db, m_hits[row].unitId, parentWidget() ? parentWidget() : this);
}

FindDialog *FindDialog::open(Database &db, QWidget *parent)
{
    QWidget *top = parent->window();
    auto *find = top->findChild<FindDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (find && find->m_db != &db) { // another file since: a new window for it
        find->deleteLater();
        find = nullptr;
    }
    if (!find)
        find = new FindDialog(db, top);
    find->show();
    find->raise();
    find->activateWindow();
    find->box()->setFocus();
    find->box()->selectAll();
    return find;
}

} // namespace cd
