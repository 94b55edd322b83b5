#include "models/scoregridmodel.h"
#include "pages/pagekit.h"

#include "services/wayup.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>
#include <cmath>

namespace cd {

ScoreGridModel::ScoreGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScoreGridModel::setGrid(const CommandContext &ctx, int roundYear, const IndicatorSystem &system, const Assessor &assessor,
                             std::vector<Row> rows, QHash<QPair<int, int>, int> scores)
{
    beginResetModel();
    m_ctx = ctx;
    m_year = roundYear;
    m_system = system;
    m_assessor = assessor;
    m_rows = std::move(rows);
    m_scores = std::move(scores);
    endResetModel();
}

void ScoreGridModel::reloadScores()
{
    if (!m_ctx.workspace || !m_assessor.id)
        return;
    m_scores = Scoring(m_ctx.workspace->database(), m_ctx.workspace->workCalendar(), operatorName()).scoresOf(m_year, m_assessor.stage, m_assessor.id);
    if (!m_rows.empty())
        emit dataChanged(index(0, FirstIndicatorColumn), index(rowCount() - 1, columnCount() - 1));
}

void ScoreGridModel::reloadUnits(const QList<int> &units)
{
    if (!m_ctx.workspace || !m_assessor.id)
        return;
    const auto read = Scoring(m_ctx.workspace->database(), m_ctx.workspace->workCalendar(), operatorName())
                          .scoresOf(m_year, m_assessor.stage, m_assessor.id, units);
    for (const int unit : units) {
        for (const Indicator &i : m_system.indicators) {
            const auto key = qMakePair(unit, i.id);
            if (const auto it = read.constFind(key); it != read.constEnd())
                m_scores.insert(key, *it);
            else
                m_scores.remove(key);
        }
        // The rows are in the order of their unit numbers.
        const auto row = std::lower_bound(m_rows.cbegin(), m_rows.cend(), unit, [](const Row &r, int id) { return r.unitId < id; });
        if (row != m_rows.cend() && row->unitId == unit) {
            const int r = int(row - m_rows.cbegin());
            emit dataChanged(index(r, FirstIndicatorColumn), index(r, columnCount() - 1));
        }
    }
}

int ScoreGridModel::indicatorAt(int column) const
{
    const int i = column - FirstIndicatorColumn;
    return i >= 0 && i < m_system.indicators.size() ? m_system.indicators[i].id : 0;
}

int ScoreGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstIndicatorColumn + int(m_system.indicators.size()) + 1;
}

QVariant ScoreGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const bool own = m_assessor.unitId && m_assessor.unitId == r.unitId;
    const int c = index.column();
    const int last = columnCount() - 1;
    if (role == Qt::TextAlignmentRole && c != 1)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && own)
        return QColor(0xEE, 0xEE, 0xEE);
    if (role == Qt::ToolTipRole && own)
        return tr("The assessor belongs to this unit and may not score it.");
    if (c == 0 && (role == Qt::DisplayRole))
        return r.unitId;
    if (c == 1 && (role == Qt::DisplayRole))
        return r.name;
    if (c == last && role == Qt::DisplayRole) {
        int sum = 0, n = 0;
        for (const auto &i : m_system.indicators)
            if (const auto it = m_scores.constFind(qMakePair(r.unitId, i.id)); it != m_scores.constEnd()) {
                sum += *it;
                ++n;
            }
        return n ? QString::number(sum / 100.0, 'f', 2) : QString();
    }
    const int ind = indicatorAt(c);
    if (!ind)
        return {};
    const auto it = m_scores.constFind(qMakePair(r.unitId, ind));
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return it == m_scores.constEnd() ? QVariant(QString()) : QVariant(QString::number(*it / 100.0, 'f', 2));
    return {};
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("No.");
        if (section == 1)
            return tr("Unit");
        if (section == columnCount() - 1)
            return tr("Total");
        const int i = section - FirstIndicatorColumn;
        if (i >= 0 && i < m_system.indicators.size())
            return QStringLiteral("%1\n(%2)").arg(m_system.indicators[i].name.left(8)).arg(m_system.indicators[i].points / 100.0, 0, 'g', 4);
    }
    if (role == Qt::ToolTipRole) {
        const int i = section - FirstIndicatorColumn;
        if (i >= 0 && i < m_system.indicators.size())
            return tr("%1 · %2, 0 to %3 points")
                .arg(m_system.indicators[i].areaName, m_system.indicators[i].name)
                .arg(m_system.indicators[i].points / 100.0, 0, 'f', 2);
    }
    return {};
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int unit = unitAt(index.row());
    if (indicatorAt(index.column()) && unit && !(m_assessor.unitId && m_assessor.unitId == unit))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int unit = unitAt(index.row());
    const int ind = indicatorAt(index.column());
    const Indicator &indicator = m_system.indicators[index.column() - FirstIndicatorColumn];
    const QString text = value.toString().trimmed();
    std::optional<int> hundredths;
    if (!text.isEmpty()) {
        bool ok = false;
        double v = text.toDouble(&ok);
        if (!ok)
            v = QLocale().toDouble(text, &ok);
        if (!ok || !std::isfinite(v)) {
            emit refused(tr("\"%1\" is not a number of points.").arg(text));
            return false;
        }
        const int h = int(std::lround(v * 100));
        // DOMAIN.md §6: every indicator is scored from 0 to its points.
        if (h < 0 || h > indicator.points) {
            emit refused(tr("%1 is outside 0…%2 for %3 (unit %4).")
                             .arg(text)
                             .arg(indicator.points / 100.0, 0, 'f', 2)
                             .arg(indicator.name)
                             .arg(unit));
            return false;
        }
        hundredths = h;
    }
    std::optional<int> shown;
    if (const auto it = m_scores.constFind(qMakePair(unit, ind)); it != m_scores.constEnd())
        shown = *it;
    const QScopedValueRollback<bool> saving(m_saving, true); // the page need not read the grid back for this edit
    try {
        Command::setScore(m_ctx, m_year, m_assessor.stage, m_assessor.id, unit, ind, shown, hundredths);
    } catch (const PhaseRefusal &p) {
        // After the naming: warn, and change the score only with the reason, which the audit trail keeps.
        bool ok = false;
        const QString reason = askText(nullptr, tr("Change a score after the naming"),
                                       p.plainMessage() + QStringLiteral("\n\n") + tr("To change it anyway, write the reason:"), QString(), &ok)
                                   .trimmed();
        if (!ok || reason.isEmpty()) {
            emit refused(p.plainMessage());
            return false;
        }
        try {
            Command::setScore(m_ctx, m_year, m_assessor.stage, m_assessor.id, unit, ind, shown, hundredths, reason);
        } catch (const Failure &f) {
            emit refused(f.message());
            return false;
        }
    } catch (const EditConflict &c) {
        // Another clerk's score stands; the grid shows it, and the clerk decides whether to enter hers again.
        reloadUnits({unit});
        emit refused(c.message());
        return false;
    } catch (const Failure &f) {
        emit refused(f.message());
        return false;
    }
    // Saved onto what the grid showed: the file holds exactly this cell's new value, so only its row is shown anew
    // (at a million units an assessor's scores are two million cells, seconds to read again after every Enter).
    if (hundredths)
        m_scores.insert(qMakePair(unit, ind), *hundredths);
    else
        m_scores.remove(qMakePair(unit, ind));
    emit dataChanged(this->index(index.row(), FirstIndicatorColumn), this->index(index.row(), columnCount() - 1));
    return true;
}

} // namespace cd
