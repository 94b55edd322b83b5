#include "pages/wayuppage.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/unitdossierdialog.h"
#include "widgets/datefield.h"

#include "models/recordmodel.h"
#include "pages/pagekit.h"
#include "services/appraisalservice.h"
#include "services/filescope.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
DateField *dateEdit(const QDate &date, QWidget *parent)
{
    auto *e = new DateField(date, parent);
    return e;
}

void fillRow(QTableWidget *t, int row, const QStringList &cells, const QColor &color = {})
{
    fillTableRow(t, row, cells, [&color](QTableWidgetItem *item, int) {
        if (color.isValid())
            item->setForeground(color);
    });
}
} // namespace

WayUpPage::WayUpPage(QWidget *parent)
    : RoundPage(tr("Recommendation and naming"), parent),
      m_recs(listed({tr("Region"), tr("Date"), tr("Rank"), tr("Unit no."), tr("Unit"), tr("Local total"), tr("Reason given outside the phase")},
                    {2, 3, 5})),
      m_quotas(new QTableWidget(0, 5, this)),
      m_namings(listed({tr("Document no."), tr("Date"), tr("Unit no."), tr("Unit"), tr("Province total")}, {2, 4})),
      m_reviews(listed({tr("Unit no."), tr("Unit"), tr("Last named or reviewed"), tr("Review score"), tr("Proposal"), tr("Why"), tr("Recorded")},
                       {0, 3})),
      m_audit(new QTableWidget(0, 8, this)), m_auditSearch(new QLineEdit(this)), m_read(new BackgroundRead(this))
{
    const auto tab = [this](QTableView *table, const QStringList &headers, const QList<QPair<QString, std::function<void()>>> &buttons,
                            const QString &title, QWidget *extra = nullptr) {
        auto *w = new QWidget(this);
        if (const int column = int(headers.indexOf(tr("Unit no."))); column >= 0) // a double-click opens the unit's 档案
            UnitDossierDialog::openOnDoubleClick(table, column, [this] { return m_ctx.workspace ? &m_ctx.workspace->database() : nullptr; });
        auto *bar = new QHBoxLayout;
        for (const auto &b : buttons) {
            auto *pb = new QPushButton(b.first, w);
            connect(pb, &QPushButton::clicked, this, b.second);
            bar->addWidget(pb);
        }
        bar->addStretch(1);
        if (extra)
            bar->addWidget(extra);
        auto *layout = new QVBoxLayout(w);
        layout->addLayout(bar);
        layout->addWidget(table, 1);
        m_tabs->addTab(w, title);
    };
    const auto modelTab = [&tab](const Listed &list, const QList<QPair<QString, std::function<void()>>> &buttons, const QString &title) {
        tab(list.view, list.model->headers(), buttons, title, list.count);
    };
    const auto itemTab = [&tab](QTableWidget *table, const QStringList &headers, const QList<QPair<QString, std::function<void()>>> &buttons,
                                const QString &title, QWidget *extra = nullptr) {
        setUpRecordTable(table, headers);
        tab(table, headers, buttons, title, extra);
    };
    modelTab(m_recs, {{tr("&Recommend..."), [this] { recommendDialog(); }}}, tr("Recommendations"));
    itemTab(m_quotas, {tr("Region"), tr("Code"), tr("Quota"), tr("Recommended"), tr("Note")},
            {{tr("Set the &quota..."), [this] { quotaDialog(); }}, {tr("No q&uota"), [this] { clearSelectedQuota(); }}}, tr("Quotas"));
    connect(m_quotas, &QTableWidget::cellDoubleClicked, this, [this] { quotaDialog(); });
    modelTab(m_namings, {{tr("Record the &naming..."), [this] { nameDialog(); }}}, tr("Naming"));
    modelTab(m_reviews, {{tr("Re&tain"), [this] { reviewSelected(false); }}, {tr("Re&voke..."), [this] { reviewSelected(true); }}},
             tr("Review board"));
    m_auditSearch->setPlaceholderText(tr("Unit number"));
    m_auditSearch->setClearButtonEnabled(true);
    connect(m_auditSearch, &QLineEdit::textChanged, this, [this] { loadAudit(); });
    itemTab(m_audit, {tr("When"), tr("Operator"), tr("Action"), tr("Unit no."), tr("Unit"), tr("Detail"), tr("Old"), tr("New")}, {},
            tr("Audit trail"), m_auditSearch);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
    // Asked to read again while a list was read (another year, another tab, a change): its rows are dropped.
    connect(m_read, &BackgroundRead::again, this, [this] {
        m_dirty = true;
        if (isVisible())
            reload();
    });
    connect(m_read, &BackgroundRead::failed, this, [this](const QString &message) {
        m_dirty = true; // read again when next shown or changed; said beside the list, not in a window of its own
        if (m_reading) {
            m_reading->count->setText(tr("The list could not be read"));
            m_reading->count->setToolTip(message);
        }
    });
}

WayUpPage::Listed WayUpPage::listed(const QStringList &headers, const QList<int> &numeric)
{
    Listed list{new QTableView(this), new RecordModel(headers, this), new QLabel(this)};
    list.model->setNumericColumns(numeric);
    list.view->setModel(list.model);
    setUpListView(list.view);
    list.view->setSelectionMode(QAbstractItemView::SingleSelection);
    list.view->setSortingEnabled(true);
    list.view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // as read: by rank, by naming
    return list;
}

void WayUpPage::setBackgroundFrom(qint64 bytes)
{
    m_backgroundFrom = bytes;
    m_read->setFrom(bytes);
}

bool WayUpPage::isLoading() const
{
    return m_read->isReading();
}

void WayUpPage::fileChanged()
{
    m_read->dropRunning(); // a read under way is of the file that was open
}

Changes WayUpPage::shows() const
{
    // Every list names its units; 推荐 and 命名 show local totals, the review board each unit's vetoes and scores.
    const Changes totals = Change::Scores | Change::Indicators | Change::Assessors | Change::Surveys;
    switch (m_tabs->currentIndex()) {
    case 0: return Change::Recommendations | Change::Units | totals;
    case 1: return Change::Quotas | Change::Recommendations | Change::Units;
    case 2: return Change::Namings | Change::Recommendations | Change::Units | totals;
    case 3:
        return Change::Reviews | Change::Namings | Change::Vetoes | Change::Prerequisites | Change::Units | Change::Calendar | totals;
    default: return Change::Audit | Change::Units;
    }
}

void WayUpPage::reload()
{
    if (!m_ctx.workspace)
        return;
    if (m_read->isReading()) {
        m_read->dropRunning(); // the year, the tab or the data changed while a list was read: read again when it ends
        return;
    }
    m_dirty = false;
    switch (m_tabs->currentIndex()) {
    case 0: loadRecommendations(); break;
    case 1: loadQuotas(); break;
    case 2: loadNamings(); break;
    case 3: loadReviews(); break;
    default: loadAudit(); break;
    }
}

std::pair<QHash<int, Quota>, QHash<int, int>> WayUpPage::quotaRoom(int year) const
{
    QHash<int, Quota> quotas;
    for (const Quota &q : way().titles.quotas(year))
        quotas.insert(q.regionId, q);
    QHash<int, int> made;
    for (const auto &r : way().titles.recommendations(year))
        made[r.regionId] += int(r.unitIds.size());
    return {quotas, made};
}

void WayUpPage::loadQuotas()
{
    const int year = m_year->value();
    const FileScope scope = m_ctx.workspace->scope();
    const auto [set, recommended] = quotaRoom(year);
    // The offices that recommend (DOMAIN.md §6): the 市(州) this file serves, each followed by its counties.
    const QList<Region> all = m_ctx.workspace->regions();
    QHash<int, int> cityOrder;
    for (const Region &r : all)
        if (r.level == RegionLevel::City)
            cityOrder.insert(r.id, int(cityOrder.size()));
    QList<const Region *> shown;
    for (const Region &r : all)
        if ((r.level == RegionLevel::City || r.level == RegionLevel::County) && scope.contains(r.id))
            shown << &r;
    const auto group = [&cityOrder](const Region *r) { return cityOrder.value(r->level == RegionLevel::City ? r->id : r->parentId, INT_MAX); };
    std::stable_sort(shown.begin(), shown.end(), [&](const Region *a, const Region *b) {
        return std::pair(group(a), a->level != RegionLevel::City) < std::pair(group(b), b->level != RegionLevel::City);
    });
    m_quotaRows.clear();
    m_quotas->setRowCount(int(shown.size()));
    const QColor red(0xB3, 0x26, 0x1E);
    for (const Region *r : shown) {
        QuotaRow row{r->id, std::nullopt};
        if (set.contains(r->id))
            row.quota = set.value(r->id);
        const int made = recommended.value(r->id);
        const bool over = row.quota && made > row.quota->quota;
        fillTableRow(m_quotas, int(m_quotaRows.size()),
                     {r->fullName.isEmpty() ? r->name : r->fullName, r->code, row.quota ? QString::number(row.quota->quota) : tr("no quota"),
                      QString::number(made), over ? tr("%1 over the quota").arg(made - row.quota->quota) : QString()},
                     [over, red](QTableWidgetItem *item, int column) {
                         if (column == 2)
                             item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                         if (over)
                             item->setForeground(red);
                     });
        m_quotaRows.push_back(row);
    }
    fitColumns(m_quotas);
}

void WayUpPage::quotaDialog()
{
    const int row = m_quotas->currentRow();
    if (!m_ctx.workspace || row < 0 || row >= m_quotaRows.size())
        return;
    const QuotaRow current = m_quotaRows[row];
    const QString region = m_ctx.workspace->regionName(current.regionId);
    const int year = m_year->value();
    FormDialog dialog(tr("Quota of %1").arg(region), this);
    auto *number = new QSpinBox(&dialog);
    number->setRange(0, 100000);
    number->setSuffix(tr(" units"));
    number->setValue(current.quota ? current.quota->quota : 0);
    number->selectAll();
    dialog.form()->addRow(tr("Round:"), new QLabel(QString::number(year), &dialog));
    dialog.form()->addRow(tr("Units it may recommend:"), number);
    runForm(dialog, tr("Set the quota"), [&] {
        Quota q{year, current.regionId, number->value(), current.quota ? current.quota->version : SetVersion::NotThere};
        if (!saveOrDecide<Quota>(
                q, [this](const Quota &x) { Command::setQuota(m_ctx, x); },
                [this](const Quota &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); }))
            loadQuotas(); // theirs kept
    });
}

void WayUpPage::clearSelectedQuota()
{
    const int row = m_quotas->currentRow();
    if (!m_ctx.workspace || row < 0 || row >= m_quotaRows.size() || !m_quotaRows[row].quota)
        return;
    try {
        Command::clearQuota(m_ctx, *m_quotaRows[row].quota); // only while it is as read
    } catch (const EditConflict &e) {
        loadQuotas(); // the quota as it is now
        warn(this, tr("No quota"), e.message());
    } catch (const Failure &f) {
        warn(this, tr("No quota"), f.message());
    }
}

void WayUpPage::loadAudit()
{
    bool ok = false;
    const int unit = m_auditSearch->text().trimmed().toInt(&ok);
    const auto trail = way().audit.auditTrail(m_year->value(), ok ? unit : 0);
    const int shown = int(std::min<qsizetype>(trail.size(), 20000)); // the newest; the rest stay in the file
    QList<int> ids;
    for (int i = 0; i < shown; ++i)
        if (trail[i].unitId)
            ids << trail[i].unitId;
    m_names = m_ctx.workspace->unitNames(ids);
    m_audit->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const AuditEntry e = wordedAudit(trail[i]); // the user's language and local time
        fillRow(m_audit, i,
                {e.at, e.op, e.action, e.unitId ? QString::number(e.unitId) : QString(), m_names.value(e.unitId), e.detail, e.oldValue,
                 e.newValue});
    }
    fitColumns(m_audit);
}

void WayUpPage::recommendDialog()
{
    if (!m_ctx.workspace || m_appraising)
        return;
    const int year = m_year->value();
    const WorkCalendar work = m_ctx.workspace->workCalendar();
    auto *read = new BackgroundRead(this);
    read->setFrom(m_backgroundFrom);
    m_appraising = read;
    // Shown only while the round is appraised by a thread of its own; hidden as the recommendation dialog opens.
    QPointer<QProgressDialog> wait = new QProgressDialog(tr("Appraising the %1 round to rank its eligible units...").arg(year), tr("Cancel"), 0, 0, this);
    wait->setWindowTitle(tr("Recommend to the province"));
    wait->setWindowModality(Qt::WindowModal);
    wait->setMinimumDuration(0);
    wait->hide();
    // The whole round is appraised to rank its eligible units (at a million units, 85k scored: 8 to 10 s).
    read->start(m_ctx.workspace->database(), [this, year, work, wait](Database &db) -> BackgroundRead::Show {
        try {
            auto run = std::make_shared<AppraisalRun>(AppraisalService(db, work, operatorName()).appraise(year, QStringLiteral("local")));
            return [this, year, run, wait] {
                m_appraising = nullptr;
                if (wait)
                    wait->hide();
                recommendFrom(year, *run);
            };
        } catch (const Failure &f) {
            const QString message = f.message();
            return [this, message] { inform(this, tr("Recommend to the province"), message); };
        }
    });
    if (!read->isReading()) {
        m_appraising = nullptr;
        delete wait;
        read->deleteLater();
        return;
    }
    connect(wait, &QProgressDialog::canceled, read, &BackgroundRead::discardRunning);
    const auto finish = [this, read, wait] {
        m_appraising = nullptr;
        if (wait) {
            wait->hide();
            wait->deleteLater();
        }
        read->deleteLater();
    };
    connect(read, &BackgroundRead::failed, this, [this, finish](const QString &message) {
        finish();
        inform(this, tr("Recommend to the province"), message);
    });
    connect(read, &BackgroundRead::ended, this, finish);
    wait->show();
}

void WayUpPage::recommendFrom(int year, const AppraisalRun &run)
{
    FormDialog dialog(tr("Recommend to the province"), this);
    auto *region = new QComboBox(&dialog);
    for (const auto &r : m_ctx.workspace->regions())
        if (r.level == RegionLevel::City || r.level == RegionLevel::County)
            region->addItem(r.fullName.isEmpty() ? r.name : r.fullName, r.code.isEmpty() ? r.name : r.code);
    auto *units = new QListWidget(&dialog);
    units->setMinimumHeight(fontMetrics().height() * 12);
    auto *date = dateEdit(m_today, &dialog);
    QList<QPair<int, const UnitAppraisal *>> ranked; // eligible units, best first (好中选优)
    for (const auto &u : run.units)
        if (u.eligible && u.rank)
            ranked << qMakePair(*u.rank, &u);
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QHash<QString, QString> parentCode;
    QHash<int, QString> codeById;
    for (const auto &r : m_ctx.workspace->regions())
        codeById.insert(r.id, r.code.isEmpty() ? r.name : r.code);
    QSet<int> listed;
    for (const auto &r : ranked)
        listed.insert(r.second->unitId);
    QHash<int, QString> regionOf; // unit → its region's code, for the list: of the ranked units only
    for (const auto &unit : m_ctx.workspace->units(listed))
        regionOf.insert(unit.id, codeById.value(unit.regionId));
    for (const auto &r : m_ctx.workspace->regions())
        parentCode.insert(r.code.isEmpty() ? r.name : r.code, codeById.value(r.parentId));
    // The region's quota and what it has recommended already (DOMAIN.md §6), beside its list.
    auto *room = new QLabel(&dialog);
    const auto counted = quotaRoom(year); // not a structured binding: clang 14 cannot capture one in the lambda below
    const QHash<int, Quota> &quotas = counted.first;
    const QHash<int, int> &made = counted.second;
    QHash<QString, int> idByCode;
    for (const auto &r : m_ctx.workspace->regions())
        idByCode.insert(r.code.isEmpty() ? r.name : r.code, r.id);
    const auto fill = [&, units, region, room] {
        units->clear();
        const QString code = region->currentData().toString();
        const int regionId = idByCode.value(code);
        room->setText(quotas.contains(regionId)
                          ? tr("%1 in all; %2 recommended already; %3 more may be recommended.")
                                .arg(quotas.value(regionId).quota)
                                .arg(made.value(regionId))
                                .arg(std::max(0, quotas.value(regionId).quota - made.value(regionId)))
                          : tr("None; %1 recommended already.").arg(made.value(regionId)));
        for (const auto &p : ranked) {
            const QString own = regionOf.value(p.second->unitId);
            if (own != code && parentCode.value(own) != code)
                continue;
            auto *item = new QListWidgetItem(tr("No. %1 · %2 · %3 points").arg(p.first).arg(p.second->name).arg(p.second->total, 0, 'f', 2), units);
            item->setData(Qt::UserRole, p.second->unitId);
            item->setCheckState(Qt::Checked);
        }
    };
    connect(region, &QComboBox::currentIndexChanged, &dialog, fill);
    fill();
    dialog.form()->addRow(tr("Region:"), region);
    dialog.form()->addRow(tr("Quota:"), room);
    dialog.form()->addRow(tr("Eligible units, ranked:"), units);
    dialog.form()->addRow(tr("Date:"), date);
    while (runDialog(dialog) == QDialog::Accepted) {
        QList<int> chosen;
        for (int i = 0; i < units->count(); ++i)
            if (units->item(i)->checkState() == Qt::Checked)
                chosen << units->item(i)->data(Qt::UserRole).toInt();
        const bool done = runWithOverride(&dialog, tr("Recommend to the province"), [&](const QString &reason) {
            Command::recommend(m_ctx, year, region->currentData().toString(), chosen, date->date(), reason);
        });
        if (done)
            return;
    }
}

void WayUpPage::nameDialog()
{
    if (!m_ctx.workspace)
        return;
    const int year = m_year->value();
    FormDialog dialog(tr("Record the naming"), this);
    auto *doc = new QLineEdit(&dialog);
    doc->setPlaceholderText(tr("e.g. 吉文明办〔%1〕12号").arg(year));
    auto *date = dateEdit(m_today, &dialog);
    auto *units = new QListWidget(&dialog);
    units->setMinimumHeight(fontMetrics().height() * 12);
    QSet<int> named;
    for (const auto &n : way().titles.namings(year))
        for (int u : n.unitIds)
            named.insert(u);
    const auto recommended = way().titles.recommendations(year);
    QList<int> ids;
    for (const auto &r : recommended)
        ids += r.unitIds;
    const QHash<int, QString> names = m_ctx.workspace->unitNames(ids);
    for (const auto &r : recommended)
        for (int u : r.unitIds) {
            if (named.contains(u))
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(u).arg(names.value(u)), units);
            item->setData(Qt::UserRole, u);
            item->setCheckState(Qt::Checked);
        }
    dialog.form()->addRow(tr("Document no.:"), doc);
    dialog.form()->addRow(tr("Date:"), date);
    dialog.form()->addRow(tr("Recommended units to name:"), units);
    while (runDialog(dialog) == QDialog::Accepted) {
        QList<int> chosen;
        for (int i = 0; i < units->count(); ++i)
            if (units->item(i)->checkState() == Qt::Checked)
                chosen << units->item(i)->data(Qt::UserRole).toInt();
        if (runWithOverride(&dialog, tr("Record the naming"),
                            [&](const QString &reason) { Command::name(m_ctx, year, doc->text().trimmed(), date->date(), chosen, reason); }))
            return;
    }
}

void WayUpPage::reviewSelected(bool revoke)
{
    const int row = selectedReview();
    if (!m_ctx.workspace || row < 0 || row >= m_board.size())
        return;
    const ReviewCase c = m_board[row];
    const int year = m_year->value();
    if (!revoke) {
        // 保留 without a word is for a unit assessed and passed; otherwise the clerk writes why (kept with the review).
        QString why;
        if (c.awaitingScores || c.proposeRevoke) {
            bool ok = false;
            why = askText(this, tr("Retain the title"),
                          c.awaitingScores ? tr("%1 has no review scores in this round (awaiting review scores). Why is its title retained?").arg(c.name)
                                           : tr("Revoking the title of %1 is proposed: %2. Why is it retained?").arg(c.name, wordings(c.reasons).join(tr("; "))),
                          QString(), &ok)
                      .trimmed();
            if (!ok || why.isEmpty())
                return;
        }
        runWithOverride(this, tr("Retain the title"),
                        [&](const QString &reason) { Command::review(m_ctx, year, c.unitId, false, m_today, why, {}, reason); });
        return;
    }
    FormDialog dialog(tr("Revoke the title of %1").arg(c.name), this);
    auto *date = dateEdit(m_today, &dialog);
    auto *why = new QLineEdit(wordings(c.reasons).join(tr("; ")), &dialog);
    why->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50);
    auto *doc = new QLineEdit(&dialog);
    doc->setPlaceholderText(tr("e.g. 吉文明办〔%1〕30号").arg(year));
    dialog.form()->addRow(tr("Date:"), date);
    dialog.form()->addRow(tr("Reason:"), why);
    dialog.form()->addRow(tr("Document no.:"), doc);
    while (runDialog(dialog) == QDialog::Accepted) {
        if (runWithOverride(&dialog, tr("Revoke the title"), [&](const QString &reason) {
                Command::review(m_ctx, year, c.unitId, true, date->date(), why->text().trimmed(), doc->text().trimmed(), reason);
            }))
            return;
    }
}

ExportList WayUpPage::visibleList() const
{
    switch (m_tabs->currentIndex()) {
    case 0: return m_recs.model->shownList(listName());
    case 1: return tableList(m_quotas, listName(), {});
    case 2: return m_namings.model->shownList(listName());
    case 3: return m_reviews.model->shownList(listName());
    default: return tableList(m_audit, listName(), {});
    }
}

ReportDocument WayUpPage::visibleReport() const
{
    const ExportList list = visibleList();
    return listReport(list, {}, 10.5, list.headers.size() > 5);
}

QString WayUpPage::listName() const
{
    return QStringLiteral("%1 %2").arg(m_year->value()).arg(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')));
}

} // namespace cd
