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
    // The grid for one assessor of a round; `rows` are the units to show, in the order of their numbers.
    // `scores`: the assessor's scores of the round as read by the caller ((unit, indicator) → hundredths), so that a
    // million units' two million scores are read once; the grid reads them again after an edit elsewhere.
    void setGrid(const CommandContext &ctx, int roundYear, const IndicatorSystem &system, const Assessor &assessor, std::vector<Row> rows,
                 QHash<QPair<int, int>, int> scores);
    void reloadScores();
    // Reads again the scores of these units alone (a score undone, or another clerk's), and shows their rows anew.
    void reloadUnits(const QList<int> &units);
    // True while the grid saves a cell of its own: the change it announces is already on the grid.
    bool isSaving() const { return m_saving; }
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
    bool m_saving = false;
};

} // namespace cd
