// 推荐与命名's lists of units (推荐, 命名, 复查): read for the units listed alone, by a thread of their own for a server or
// a large file, and shown through one model each (issue 14: some 70,000 units each at a million).
#include "pages/wayuppage.h"

#include "models/recordmodel.h"
#include "pages/pagekit.h"
#include "services/appraisalservice.h"
#include "services/unitnames.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QColor>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

namespace cd {

void WayUpPage::read(const Listed &list, BackgroundRead::Reader reader)
{
    m_reading = &list;
    list.count->setToolTip(QString());
    m_read->start(m_ctx.workspace->database(), std::move(reader));
    if (m_read->isReading())
        list.count->setText(tr("Reading the list..."));
}

namespace {
// The names and totals at `stage` of the listed units, read for them alone (not the whole round's appraisal).
template <typename Row>
void nameAndScore(Database &db, const WorkCalendar &work, int year, const QString &stage, QList<Row> &rows)
{
    QList<int> ids;
    ids.reserve(rows.size());
    for (const Row &r : rows)
        ids << r.unitId;
    const QHash<int, double> totals = AppraisalService(db, work, QString()).totals(year, stage, ids);
    const QHash<int, QString> names = UnitNames::of(db, ids);
    for (Row &r : rows) {
        r.name = names.value(r.unitId);
        if (const auto t = totals.constFind(r.unitId); t != totals.cend())
            r.total = *t;
    }
}
} // namespace

void WayUpPage::loadRecommendations()
{
    const int year = m_year->value();
    QHash<int, QString> regions;
    for (const auto &r : m_ctx.workspace->regions())
        regions.insert(r.id, r.fullName.isEmpty() ? r.name : r.fullName);
    const WorkCalendar work = m_ctx.workspace->workCalendar();
    read(m_recs, [this, year, regions, work](Database &db) -> Show {
        QList<UnitRow> rows;
        for (const auto &r : TitleDecisions(db, work, QString()).recommendations(year))
            for (int i = 0; i < r.unitIds.size(); ++i)
                rows.push_back({regions.value(r.regionId), r.date, i + 1, r.unitIds[i], {}, {}, r.overrideReason});
        nameAndScore(db, work, year, QStringLiteral("local"), rows);
        return [this, rows] {
            showUnitRows(m_recs, m_recRows, rows, {Field::Group, Field::Date, Field::Position, Field::Unit, Field::Name, Field::Total, Field::Reason});
        };
    });
}

void WayUpPage::showUnitRows(const Listed &list, QList<UnitRow> &into, QList<UnitRow> rows, QList<Field> fields)
{
    into = std::move(rows);
    const QList<UnitRow> *shown = &into;
    list.model->reset(int(into.size()), [shown, fields](int row, int col, int role) -> QVariant {
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        const UnitRow &u = (*shown)[row];
        const bool sortValue = role == Qt::EditRole; // numbers and dates sort as such
        switch (fields.value(col)) {
        case Field::Group: return u.group;
        case Field::Date: return sortValue ? QVariant(u.date) : QVariant(u.date.toString(Qt::ISODate));
        case Field::Position: return sortValue ? QVariant(u.position) : QVariant(QString::number(u.position));
        case Field::Unit: return sortValue ? QVariant(u.unitId) : QVariant(QString::number(u.unitId));
        case Field::Name: return u.name;
        case Field::Total:
            if (!u.total)
                return sortValue ? QVariant() : QVariant(QString());
            return sortValue ? QVariant(*u.total) : QVariant(QString::number(*u.total, 'f', 2));
        case Field::Reason: return u.reason;
        }
        return {};
    });
    fitColumns(list.view);
    list.count->setText(tr("%n unit(s)", nullptr, int(into.size())));
    emit loaded();
}

void WayUpPage::loadNamings()
{
    const int year = m_year->value();
    const WorkCalendar work = m_ctx.workspace->workCalendar();
    read(m_namings, [this, year, work](Database &db) -> Show {
        QList<UnitRow> rows;
        for (const auto &n : TitleDecisions(db, work, QString()).namings(year))
            for (int u : n.unitIds)
                rows.push_back({n.docNo, n.date, 0, u, {}, {}, {}});
        nameAndScore(db, work, year, QStringLiteral("province"), rows);
        return [this, rows] { showUnitRows(m_namings, m_namingRows, rows, {Field::Group, Field::Date, Field::Unit, Field::Name, Field::Total}); };
    });
}

void WayUpPage::loadReviews()
{
    const int year = m_year->value();
    const WorkCalendar work = m_ctx.workspace->workCalendar();
    read(m_reviews, [this, year, work](Database &db) -> Show {
        QList<ReviewCase> board;
        try {
            board = TitleDecisions(db, work, QString()).reviewBoard(year);
        } catch (const Failure &) {
            // No review in this round (no round, or no earlier naming): an empty board.
        }
        return [this, board] { showBoard(board); };
    });
}

void WayUpPage::showBoard(QList<ReviewCase> board)
{
    m_board = std::move(board);
    const QColor red(0xB3, 0x26, 0x1E);
    m_reviews.model->reset(int(m_board.size()), [this, red](int row, int col, int role) -> QVariant {
        const ReviewCase &c = m_board[row];
        if (role == Qt::ForegroundRole)
            return c.proposeRevoke && !c.outcome ? QVariant(red) : QVariant();
        if (role == Qt::EditRole && col == 0)
            return c.unitId;
        if (role == Qt::EditRole && col == 2)
            return c.lastConfirmed;
        if (role == Qt::EditRole && col == 3)
            return c.reviewTotal ? QVariant(*c.reviewTotal) : QVariant();
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case 0: return QString::number(c.unitId);
        case 1: return c.name;
        case 2: return c.lastConfirmed.toString(Qt::ISODate);
        case 3: return c.reviewTotal ? QString::number(*c.reviewTotal, 'f', 2) : tr("not scored");
        case 4: return c.proposeRevoke ? tr("Revoke") : (c.awaitingScores ? tr("Awaiting review scores") : tr("Retain"));
        case 5: return wordings(c.reasons).join(tr("; "));
        case 6:
            if (!c.outcome)
                return QString();
            return (c.outcome->kind == TitleEvent::Kind::Revoked ? tr("revoked %1 %2") : tr("retained %1 %2"))
                .arg(c.outcome->date.toString(Qt::ISODate), c.outcome->docNo);
        }
        return {};
    });
    fitColumns(m_reviews.view);
    m_reviews.count->setText(tr("%n unit(s)", nullptr, int(m_board.size())));
    emit loaded();
}

int WayUpPage::selectedReview() const
{
    const QModelIndex at = m_reviews.view->currentIndex();
    return at.isValid() ? m_reviews.model->sourceRow(at.row()) : -1;
}

} // namespace cd
