// The 创建台账 list of a whole file, held compactly (issue 14: pages load what they show in little memory). At a million
// units a file holds 751k activities: as Activity objects they took 104 bytes each and a string of its own for each
// description (about 180 bytes a row); here a row is 32 bytes and its description's characters in one block of text.
// An Activity is made only for the row a clerk edits, deletes or opens.
#pragma once

#include "domain/records.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <limits>
#include <optional>
#include <vector>

namespace cd {

class ActivityTable
{
public:
    int size() const { return int(m_rows.size()); }
    int id(int row) const { return m_rows[size_t(row)].id; }
    int unitId(int row) const { return m_rows[size_t(row)].unit; }
    QDate date(int row) const
    {
        const int day = m_rows[size_t(row)].day;
        return day == kNoDay ? QDate() : QDate::fromJulianDay(day);
    }
    const QString &kind(int row) const { return m_kinds[m_rows[size_t(row)].kind]; }
    std::optional<int> participants(int row) const
    {
        const int n = m_rows[size_t(row)].participants;
        return n < 0 ? std::nullopt : std::optional<int>(n);
    }
    QStringView description(int row) const
    {
        const Row &r = m_rows[size_t(row)];
        return QStringView(m_text).mid(r.textAt, r.textLength);
    }
    int version(int row) const { return m_rows[size_t(row)].version; }
    // The activity's attached files (few activities have any).
    QList<Attachment> attachments(int row) const { return m_files.value(id(row)); }
    int attachmentCount(int row) const { return int(m_files.value(id(row)).size()); }
    // The whole record of a row, for an edit, a delete (its undo puts it back whole) or opening a file.
    Activity at(int row) const;

    void reserve(qsizetype rows);
    // `participants` negative when not recorded.
    void append(int id, int unitId, const QDate &date, const QString &kind, int participants, QStringView description, int version);
    void setAttachments(QHash<int, QList<Attachment>> files) { m_files = std::move(files); }
    void squeeze();

private:
    static constexpr int kNoDay = std::numeric_limits<int>::min();
    struct Row
    {
        int id;
        int unit;
        int day;
        int participants;
        int version;
        quint32 textAt;
        quint32 textLength;
        quint32 kind;
    };
    std::vector<Row> m_rows;
    QString m_text;
    QStringList m_kinds; // one copy of each kind's text
    QHash<QString, quint32> m_kindIndex;
    QHash<int, QList<Attachment>> m_files; // activity id → its files
};

inline Activity ActivityTable::at(int row) const
{
    Activity a;
    a.id = id(row);
    a.unitId = unitId(row);
    a.date = date(row);
    a.kind = kind(row);
    a.participants = participants(row);
    a.description = description(row).toString();
    a.attachments = attachments(row);
    a.version = version(row);
    return a;
}

inline void ActivityTable::reserve(qsizetype rows)
{
    m_rows.reserve(size_t(rows));
}

inline void ActivityTable::append(int id, int unitId, const QDate &date, const QString &kind, int participants, QStringView description,
                                  int version)
{
    const int day = date.isValid() && date.toJulianDay() > kNoDay && date.toJulianDay() <= std::numeric_limits<int>::max() ? int(date.toJulianDay())
                                                                                                                         : kNoDay;
    auto k = m_kindIndex.constFind(kind);
    if (k == m_kindIndex.constEnd()) {
        k = m_kindIndex.insert(kind, quint32(m_kinds.size()));
        m_kinds << kind;
    }
    m_rows.push_back({id, unitId, day, participants, version, quint32(m_text.size()), quint32(description.size()), *k});
    m_text.append(description);
}

inline void ActivityTable::squeeze()
{
    m_rows.shrink_to_fit();
    m_text.squeeze();
}

} // namespace cd
