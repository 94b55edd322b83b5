// The roster table: a model over the compact roster index (RosterIndex), with its own filter and sort, so that a
// million units filter and sort without a proxy model (FIELD-NOTES: the proxy trap) and without a row object each.
// A search narrows the last result when the text grows, and recent results are kept for when it shrinks again.
#pragma once

#include "domain/unit.h"
#include "services/rosterindex.h"

#include <QAbstractTableModel>
#include <memory>
#include <optional>
#include <vector>

namespace cd {

class Database;

// Where the clerk narrows the roster besides the search text: a 市(州) or one 县, a category or one type, and
// the title status. Empty strings and -1 mean "any".
struct UnitScope
{
    int cityId = 0;   // a 市(州) with everything in it
    int regionId = 0; // one county, or the units attached to a 市(州) itself
    QString category;
    QString type;
    int titleStatus = -1; // 0 never named, 1 holds the title, 2 revoked
    bool operator==(const UnitScope &o) const
    {
        return cityId == o.cityId && regionId == o.regionId && category == o.category && type == o.type && titleStatus == o.titleStatus;
    }
};

class UnitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, City, Region, Type, Category, CreditCode, Leader, Phone, Title, ColumnCount };

    explicit UnitTableModel(QObject *parent = nullptr);

    void setRows(const QList<UnitRow> &rows);
    void setIndex(RosterIndex index);
    // Reads these units again after an edit or an undo; the search, scope and sort stay as they were.
    void refreshUnits(Database &db, const QList<int> &ids);
    int visibleRowOf(int unitId) const; // -1 when not shown
    // Text matches name, address, contact and credit code; an empty text shows every row.
    void setFilterText(const QString &text);
    void setScope(const UnitScope &scope);
    const UnitScope &scope() const { return m_scope; }
    int totalCount() const { return m_index.size(); }
    std::optional<UnitRow> rowAt(int visibleRow) const;
    int idAt(int visibleRow) const; // 0 outside the rows shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void rebuilt(); // after the index changed: caches dropped, sorted and filtered again
    void refilter();
    const std::vector<int> &ascending(int column);
    std::shared_ptr<const std::vector<int>> matches(const QString &text);

    RosterIndex m_index;
    std::vector<int> m_order;                 // every row, in the current sort order
    std::vector<int> m_position;              // row → its place in m_order
    std::vector<int> m_visible;               // the rows that pass the filter, in display order
    std::vector<std::vector<int>> m_ascending; // per column, every row in ascending order, made on first use
    // Recent searches and their rows (ascending), newest last: typing narrows the newest, deleting finds an older one.
    std::vector<std::pair<QString, std::shared_ptr<const std::vector<int>>>> m_searches;
    QString m_filter;
    UnitScope m_scope;
    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd
