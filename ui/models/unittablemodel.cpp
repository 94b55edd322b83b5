#include "models/unittablemodel.h"

#include <QLocale>
#include <algorithm>

namespace cd {

UnitTableModel::UnitTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China)) // pinyin order
{
}

void UnitTableModel::setRows(QList<UnitRow> rows)
{
    beginResetModel();
    m_rows.assign(std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    m_haystack.clear();
    m_haystack.reserve(m_rows.size());
    for (const auto &r : m_rows)
        m_haystack.push_back((r.name + QLatin1Char('\x1f') + r.address + QLatin1Char('\x1f') + r.leader + QLatin1Char('\x1f')
                              + r.phone + QLatin1Char('\x1f') + r.creditCode)
                                 .toLower());
    m_keys.assign(ColumnCount, {});
    m_order.resize(m_rows.size());
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_order[i] = i;
    m_visible.clear(); // rebuilt by the sort below; the old indexes point into the old rows
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

void UnitTableModel::setFilterText(const QString &text)
{
    const QString f = text.trimmed().toLower();
    if (f == m_filter)
        return;
    m_filter = f;
    refilter();
}

void UnitTableModel::setScope(const UnitScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    refilter();
}

void UnitTableModel::refilter()
{
    // One layout change instead of per-range row removals (FIELD-NOTES: 2.5 s vs 2 ms at 150k rows).
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<int> ids;
    for (const auto &i : before)
        ids.push_back(i.row() < int(m_visible.size()) ? m_visible[i.row()] : -1);
    m_visible.clear();
    const UnitScope &s = m_scope;
    const bool scoped = s.cityId || s.regionId || !s.category.isEmpty() || !s.type.isEmpty() || s.titleStatus >= 0;
    if (m_filter.isEmpty() && !scoped) {
        m_visible = m_order;
    } else {
        for (int i : m_order) {
            const UnitRow &r = m_rows[size_t(i)];
            if (scoped
                && ((s.cityId && r.cityId != s.cityId) || (s.regionId && r.regionId != s.regionId)
                    || (!s.category.isEmpty() && r.categoryName != s.category) || (!s.type.isEmpty() && r.typeName != s.type)
                    || (s.titleStatus >= 0 && r.titleStatus != s.titleStatus)))
                continue;
            if (m_filter.isEmpty() || m_haystack[size_t(i)].contains(m_filter))
                m_visible.push_back(i);
        }
    }
    if (!before.isEmpty()) {
        std::vector<int> where(m_rows.size(), -1);
        for (int i = 0; i < int(m_visible.size()); ++i)
            where[m_visible[i]] = i;
        QModelIndexList after;
        for (size_t k = 0; k < ids.size(); ++k) {
            const bool known = ids[k] >= 0 && size_t(ids[k]) < where.size() && where[ids[k]] >= 0;
            after << (known ? index(where[ids[k]], before[int(k)].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged();
}

const UnitRow *UnitTableModel::rowAt(int visibleRow) const
{
    return visibleRow >= 0 && visibleRow < int(m_visible.size()) ? &m_rows[m_visible[visibleRow]] : nullptr;
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString titleText(int status)
{
    switch (status) {
    case 1: return UnitTableModel::tr("Holds the title");
    case 2: return UnitTableModel::tr("Revoked");
    default: return {};
    }
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    const UnitRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return r->id;
        case Name: return r->name;
        case City: return r->cityName;
        case Region: return r->regionName;
        case Type: return r->typeName;
        case Category: return r->categoryName;
        case CreditCode: return r->creditCode;
        case Leader: return r->leader;
        case Phone: return r->phone;
        case Title: return titleText(r->titleStatus);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Name) {
        return r->address;
    } else if (role == Qt::TextAlignmentRole && index.column() == Id) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("No.");
    case Name: return tr("Unit name");
    case City: return tr("City (prefecture)");
    case Region: return tr("County (district)");
    case Type: return tr("Unit type");
    case Category: return tr("Category");
    case CreditCode: return tr("Credit code");
    case Leader: return tr("Head");
    case Phone: return tr("Phone");
    case Title: return tr("Title");
    }
    return {};
}

const std::vector<QCollatorSortKey> &UnitTableModel::sortKeys(int column)
{
    auto &keys = m_keys[column];
    if (keys.empty() && !m_rows.empty()) {
        keys.reserve(m_rows.size());
        for (const auto &r : m_rows) {
            QString text;
            switch (column) {
            case Name: text = r.name; break;
            case City: text = r.cityName; break;
            case Region: text = r.regionName; break;
            case Type: text = r.typeName; break;
            case Category: text = r.categoryName; break;
            case CreditCode: text = r.creditCode; break;
            case Leader: text = r.leader; break;
            case Phone: text = r.phone; break;
            default: break;
            }
            keys.push_back(m_collator.sortKey(text));
        }
    }
    return keys;
}

void UnitTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const bool numeric = column == Id || column == Title;
    const std::vector<QCollatorSortKey> *keys = numeric ? nullptr : &sortKeys(column);
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const UnitRow &x = m_rows[a], &y = m_rows[b];
        int c = 0;
        if (column == Title)
            c = x.titleStatus - y.titleStatus;
        else if (keys)
            c = (*keys)[a].compare((*keys)[b]);
        if (c == 0)
            c = x.id < y.id ? -1 : (x.id > y.id ? 1 : 0);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    refilter();
}

} // namespace cd
