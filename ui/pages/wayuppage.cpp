#include "pages/wayuppage.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/unitdossierdialog.h"
#include "widgets/datefield.h"

#include "pages/pagekit.h"
#include "services/appraisalservice.h"
#include "services/filescope.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTabWidget>
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
    : RoundPage(tr("Recommendation and naming"), parent), m_recs(new QTableWidget(0, 7, this)),
      m_quotas(new QTableWidget(0, 5, this)), m_namings(new QTableWidget(0, 5, this)), m_reviews(new QTableWidget(0, 7, this)), m_audit(new QTableWidget(0, 8, this)),
      m_auditSearch(new QLineEdit(this))
{
    const auto tab = [this](QTableWidget *table, const QStringList &headers, const QList<QPair<QString, std::function<void()>>> &buttons,
                            const QString &title, QWidget *extra = nullptr) {
        auto *w = new QWidget(this);
        setUpRecordTable(table, headers);
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
    tab(m_recs, {tr("Region"), tr("Date"), tr("Rank"), tr("Unit no."), tr("Unit"), tr("Local total"), tr("Reason given outside the phase")},
        {{tr("&Recommend..."), [this] { recommendDialog(); }}}, tr("Recommendations"));
    tab(m_quotas, {tr("Region"), tr("Code"), tr("Quota"), tr("Recommended"), tr("Note")},
        {{tr("Set the &quota..."), [this] { quotaDialog(); }}, {tr("No q&uota"), [this] { clearSelectedQuota(); }}}, tr("Quotas"));
    connect(m_quotas, &QTableWidget::cellDoubleClicked, this, [this] { quotaDialog(); });
    tab(m_namings, {tr("Document no."), tr("Date"), tr("Unit no."), tr("Unit"), tr("Province total")},
        {{tr("Record the &naming..."), [this] { nameDialog(); }}}, tr("Naming"));
    tab(m_reviews, {tr("Unit no."), tr("Unit"), tr("Last named or reviewed"), tr("Review score"), tr("Proposal"), tr("Why"), tr("Recorded")},
        {{tr("Re&tain"), [this] { reviewSelected(false); }}, {tr("Re&voke..."), [this] { reviewSelected(true); }}}, tr("Review board"));
    m_auditSearch->setPlaceholderText(tr("Unit number"));
    m_auditSearch->setClearButtonEnabled(true);
    connect(m_auditSearch, &QLineEdit::textChanged, this, [this] { loadAudit(); });
    tab(m_audit, {tr("When"), tr("Operator"), tr("Action"), tr("Unit no."), tr("Unit"), tr("Detail"), tr("Old"), tr("New")}, {},
        tr("Audit trail"), m_auditSearch);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
}

void WayUpPage::reload()
{
    if (!m_ctx.workspace)
        return;
    m_dirty = false;
    switch (m_tabs->currentIndex()) {
    case 0: loadRecommendations(); break;
    case 1: loadQuotas(); break;
    case 2: loadNamings(); break;
    case 3: loadReviews(); break;
    default: loadAudit(); break;
    }
}

void WayUpPage::loadRecommendations()
{
    const int year = m_year->value();
    QHash<int, QString> regions;
    for (const auto &r : m_ctx.workspace->regions())
        regions.insert(r.id, r.fullName.isEmpty() ? r.name : r.fullName);
    const auto recs = way().titles.recommendations(year);
    int rows = 0;
    QList<int> ids;
    for (const auto &r : recs) {
        rows += int(r.unitIds.size());
        ids += r.unitIds;
    }
    const QHash<int, double> totals = way().appraisal.totals(year, QStringLiteral("local"), ids); // the units shown, not all

    m_names = m_ctx.workspace->unitNames(ids); // the names shown, not every unit's
    m_recs->setRowCount(rows);
    int row = 0;
    for (const auto &r : recs)
        for (int i = 0; i < r.unitIds.size(); ++i)
            fillRow(m_recs, row++,
                    {regions.value(r.regionId), r.date.toString(Qt::ISODate), QString::number(i + 1), QString::number(r.unitIds[i]),
                     m_names.value(r.unitIds[i]), totals.contains(r.unitIds[i]) ? QString::number(totals.value(r.unitIds[i]), 'f', 2) : QString(),
                     r.overrideReason});
    fitColumns(m_recs);
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

void WayUpPage::loadNamings()
{
    const int year = m_year->value();
    const auto namings = way().titles.namings(year);
    int rows = 0;
    QList<int> ids;
    for (const auto &n : namings) {
        rows += int(n.unitIds.size());
        ids += n.unitIds;
    }
    const QHash<int, double> totals = way().appraisal.totals(year, QStringLiteral("province"), ids); // the units shown
    m_names = m_ctx.workspace->unitNames(ids);
    m_namings->setRowCount(rows);
    int row = 0;
    for (const auto &n : namings)
        for (int u : n.unitIds)
            fillRow(m_namings, row++,
                    {n.docNo, n.date.toString(Qt::ISODate), QString::number(u), m_names.value(u),
                     totals.contains(u) ? QString::number(totals.value(u), 'f', 2) : QString()});
    fitColumns(m_namings);
}

void WayUpPage::loadReviews()
{
    try {
        m_board = way().titles.reviewBoard(m_year->value());
    } catch (const Failure &f) {
        m_board.clear();
        m_reviews->setRowCount(0);
        return;
    }
    m_reviews->setRowCount(int(m_board.size()));
    const QColor red(0xB3, 0x26, 0x1E);
    for (int i = 0; i < m_board.size(); ++i) {
        const ReviewCase &c = m_board[i];
        QString recorded;
        if (c.outcome)
            recorded = (c.outcome->kind == TitleEvent::Kind::Revoked ? tr("revoked %1 %2") : tr("retained %1 %2"))
                           .arg(c.outcome->date.toString(Qt::ISODate), c.outcome->docNo);
        fillRow(m_reviews, i,
                {QString::number(c.unitId), c.name, c.lastConfirmed.toString(Qt::ISODate),
                 c.reviewTotal ? QString::number(*c.reviewTotal, 'f', 2) : tr("not scored"),
                 c.proposeRevoke ? tr("Revoke") : (c.awaitingScores ? tr("Awaiting review scores") : tr("Retain")),
                 wordings(c.reasons).join(tr("; ")), recorded},
                c.proposeRevoke && !c.outcome ? red : QColor());
    }
    fitColumns(m_reviews);
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
    // The whole round is appraised to rank its eligible units (at a million units, 85k scored: 8 to 10 s).
    read->start(m_ctx.workspace->database(), [this, year, work](Database &db) -> BackgroundRead::Show {
        try {
            auto run = std::make_shared<AppraisalRun>(AppraisalService(db, work, operatorName()).appraise(year, QStringLiteral("local")));
            return [this, year, run] { recommendFrom(year, *run); };
        } catch (const Failure &f) {
            const QString message = f.message();
            return [this, message] { inform(this, tr("Recommend to the province"), message); };
        }
    });
    if (!read->isReading()) {
        m_appraising = nullptr;
        read->deleteLater();
        return;
    }
    auto *wait = new QProgressDialog(tr("Appraising the %1 round to rank its eligible units...").arg(year), tr("Cancel"), 0, 0, this);
    wait->setWindowTitle(tr("Recommend to the province"));
    wait->setWindowModality(Qt::WindowModal);
    wait->setMinimumDuration(0);
    connect(wait, &QProgressDialog::canceled, read, &BackgroundRead::discardRunning);
    const auto finish = [this, read, wait] {
        m_appraising = nullptr;
        wait->hide();
        wait->deleteLater();
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
    m_appraising = nullptr; // its window closes as this one opens
    for (auto *wait : findChildren<QProgressDialog *>())
        wait->hide();
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
    m_names = m_ctx.workspace->unitNames(ids);
    for (const auto &r : recommended)
        for (int u : r.unitIds) {
            if (named.contains(u))
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(u).arg(m_names.value(u)), units);
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
    const int row = m_reviews->currentRow();
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
    const QTableWidget *tables[] = {m_recs, m_quotas, m_namings, m_reviews, m_audit};
    return tableList(tables[std::clamp(m_tabs->currentIndex(), 0, 4)], listName(), {});
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
