// The score-entry grid of one assessor (DOMAIN.md §6): units down, the indicators across, the values in points.
// Editing a cell goes through an undoable command (one per cell); a value outside 0…points is refused with
// the reason, and the assessor's own unit cannot be edited (the conflict rule).
#pragma once

#include "commands/commands.h"
#include "domain/appraisal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <vector>

namespace cd {

class ScoreGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ScoreGridModel(QObject *parent = nullptr);

    struct Row
    {
        int unitId = 0;
        QString name;
    };
    // The grid for one assessor of a round; `rows` are the units to show.
    void setGrid(const CommandContext &ctx, int roundYear, const IndicatorSystem &system, const Assessor &assessor, std::vector<Row> rows);
    void reloadScores();
    int unitAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].unitId : 0; }
    int indicatorAt(int column) const; // 0 for the unit and total columns
    static constexpr int FirstIndicatorColumn = 2;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void refused(const QString &message);

private:
    CommandContext m_ctx;
    int m_year = 0;
    IndicatorSystem m_system;
    Assessor m_assessor;
    std::vector<Row> m_rows;
    QHash<QPair<int, int>, int> m_scores; // (unit, indicator) → hundredths
};

} // namespace cd
