// The roster table: a model over a vector of rows filled by one query, with its own filter and sort,
// so that 100k units filter and sort without a proxy model (FIELD-NOTES: the proxy trap).
#pragma once

#include "domain/unit.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <vector>
#include <QCollatorSortKey>

namespace cd {

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

    void setRows(QList<UnitRow> rows);
    // Text matches name, address, contact and credit code; an empty text shows every row.
    void setFilterText(const QString &text);
    void setScope(const UnitScope &scope);
    const UnitScope &scope() const { return m_scope; }
    int totalCount() const { return int(m_rows.size()); }
    const UnitRow *rowAt(int visibleRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void refilter();
    const std::vector<QCollatorSortKey> &sortKeys(int column);

    std::vector<UnitRow> m_rows;
    std::vector<QString> m_haystack; // lower-cased searchable text per row
    std::vector<int> m_order;        // every row, in the current sort order
    std::vector<int> m_visible;      // the rows that pass the filter, in display order
    std::vector<std::vector<QCollatorSortKey>> m_keys; // pinyin sort keys per column, made on first use
    QString m_filter;
    UnitScope m_scope;
    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;
};

} // namespace cd
