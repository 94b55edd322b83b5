#include "models/recordmodel.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QDate>
#include <QLocale>
#include <algorithm>
#include <numeric>

namespace cd {

RecordModel::RecordModel(QStringList headers, QObject *parent) : QAbstractTableModel(parent), m_headers(std::move(headers)) {}

void RecordModel::reset(int rows, Cell cell)
{
    beginResetModel();
    m_cell = std::move(cell);
    m_order.resize(size_t(std::max(rows, 0)));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_visible.clear();
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder); // refilters
    else
        refilter();
}

void RecordModel::setFilter(std::function<bool(int)> keep)
{
    m_keep = std::move(keep);
    refilter();
}

void RecordModel::refilter()
{
    // One layout change for the whole filter (FIELD-NOTES: per-range row removals cost seconds at 150k rows).
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    for (const auto &i : before)
        sources.push_back(sourceRow(i.row()));
    m_visible.clear();
    if (!m_keep) {
        m_visible = m_order;
    } else {
        for (int r : m_order)
            if (m_keep(r))
                m_visible.push_back(r);
    }
    if (!before.isEmpty()) {
        std::vector<int> where(m_order.size(), -1);
        for (int i = 0; i < int(m_visible.size()); ++i)
            where[size_t(m_visible[size_t(i)])] = i;
        QModelIndexList after;
        for (size_t k = 0; k < sources.size(); ++k) {
            const int s = sources[k];
            after << (s >= 0 && where[size_t(s)] >= 0 ? index(where[size_t(s)], before[int(k)].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged();
}

int RecordModel::sourceRow(int visibleRow) const
{
    return visibleRow >= 0 && visibleRow < int(m_visible.size()) ? m_visible[size_t(visibleRow)] : -1;
}

int RecordModel::visibleRow(int sourceRow) const
{
    const auto it = std::find(m_visible.begin(), m_visible.end(), sourceRow);
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

QString RecordModel::text(int sourceRow, int column) const
{
    return m_cell ? m_cell(sourceRow, column, Qt::DisplayRole).toString() : QString();
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    const int r = sourceRow(index.row());
    if (r < 0 || !m_cell)
        return {};
    if (role == Qt::TextAlignmentRole) { // numbers to the right, unless the page says otherwise (a percentage)
        if (const QVariant own = m_cell(r, index.column(), role); own.isValid())
            return own;
        return m_numeric.contains(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return m_cell(r, index.column(), role);
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0 || column >= m_headers.size() || !m_cell) {
        refilter();
        return;
    }
    // One sort value per row, computed once: numbers and dates as such, text by pinyin sort keys.
    const size_t n = m_order.size();
    std::vector<double> numbers;
    std::vector<QCollatorSortKey> keys;
    bool numeric = true;
    std::vector<QVariant> values(n);
    for (size_t r = 0; r < n; ++r) {
        values[r] = m_cell(int(r), column, Qt::EditRole);
        if (!values[r].isValid())
            values[r] = m_cell(int(r), column, Qt::DisplayRole);
        const int t = values[r].typeId();
        numeric = numeric && (t == QMetaType::Int || t == QMetaType::Double || t == QMetaType::LongLong || t == QMetaType::QDate
                              || !values[r].isValid());
    }
    if (numeric) {
        numbers.resize(n);
        for (size_t r = 0; r < n; ++r)
            numbers[r] = values[r].typeId() == QMetaType::QDate ? double(values[r].toDate().toJulianDay())
                                                                : (values[r].isValid() ? values[r].toDouble() : -1e300);
    } else {
        const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        keys.reserve(n);
        for (size_t r = 0; r < n; ++r)
            keys.push_back(collator.sortKey(values[r].toString()));
        // Equal texts are compared as equal before their keys: on Windows Qt's sort key carries uninitialised bytes
        // after the system's key, so two keys of one text need not compare equal and equal rows would lose their order.
        for (size_t r = 0; r < n; ++r)
            values[r] = values[r].toString();
    }
    std::iota(m_order.begin(), m_order.end(), 0);
    const auto less = [&](int a, int b) {
        const int c = numeric ? (numbers[size_t(a)] < numbers[size_t(b)] ? -1 : numbers[size_t(a)] > numbers[size_t(b)] ? 1 : 0)
                              : (values[size_t(a)] == values[size_t(b)] ? 0 : keys[size_t(a)].compare(keys[size_t(b)]));
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a < b; // stable and fixed for equal values
    };
    std::sort(m_order.begin(), m_order.end(), less);
    refilter();
}

ExportList RecordModel::shownList(const QString &title) const
{
    ExportList l;
    l.title = title;
    l.sheetName = title;
    l.headers = m_headers;
    l.numericColumns = m_numeric;
    l.rows.reserve(qsizetype(m_visible.size()));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << data(index(r, c), Qt::DisplayRole).toString();
        l.rows.push_back(cells);
    }
    return l;
}

} // namespace cd
