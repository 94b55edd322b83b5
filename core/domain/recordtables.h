// The record pages' lists of a whole file, held compactly (issue 14: pages load what they show in little memory). At a
// million units a file holds 751k activities and 1.9M prerequisites of a round: as record objects they took 72–104
// bytes each and a string of its own for each text (about 180 bytes an activity); here a row is 28–32 bytes, its texts'
// characters in one block, and a kind's text once. The whole record is made only for the row a clerk edits, deletes
// or opens.
#pragma once

#include "domain/records.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <vector>

namespace cd {

// The few distinct texts many rows share (a kind), each held once and named by its number.
class SharedTexts
{
public:
    quint32 add(const QString &text)
    {
        auto it = m_index.constFind(text);
        if (it == m_index.constEnd()) {
            it = m_index.insert(text, quint32(m_texts.size()));
            m_texts << text;
        }
        return *it;
    }
    const QString &at(quint32 i) const { return m_texts[qsizetype(i)]; }
    quint32 size() const { return quint32(m_texts.size()); }
    // Each text's place in the order of the texts (by their code units).
    std::vector<quint32> ranks() const
    {
        std::vector<quint32> order(size()), rank(size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) { return at(a) < at(b); });
        for (quint32 i = 0; i < order.size(); ++i)
            rank[order[i]] = i;
        return rank;
    }

private:
    QStringList m_texts;
    QHash<QString, quint32> m_index;
};

// The texts of many rows in one block: a row keeps where its text starts and how long it is.
class TextBlock
{
public:
    struct Span
    {
        quint32 at = 0;
        quint32 length = 0;
    };
    Span append(QStringView text)
    {
        const Span s{quint32(m_text.size()), quint32(text.size())};
        m_text.append(text);
        return s;
    }
    QStringView view(Span s) const { return QStringView(m_text).mid(s.at, s.length); }
    void squeeze() { m_text.squeeze(); }

private:
    QString m_text;
};

// A date as a 32-bit day number (none: an invalid date).
class Day
{
public:
    static int of(const QDate &date)
    {
        const qint64 jd = date.isValid() ? date.toJulianDay() : kNone;
        return jd > kNone && jd <= std::numeric_limits<int>::max() ? int(jd) : kNone;
    }
    static QDate date(int day) { return day == kNone ? QDate() : QDate::fromJulianDay(day); }

private:
    static constexpr int kNone = std::numeric_limits<int>::min();
};

// 创建台账: every activity of a file.
class ActivityTable
{
public:
    int size() const { return int(m_rows.size()); }
    int id(int row) const { return m_rows[size_t(row)].id; }
    int unitId(int row) const { return m_rows[size_t(row)].unit; }
    QDate date(int row) const { return Day::date(m_rows[size_t(row)].day); }
    const QString &kind(int row) const { return m_kinds.at(m_rows[size_t(row)].kind); }
    std::optional<int> participants(int row) const
    {
        const int n = m_rows[size_t(row)].participants;
        return n < 0 ? std::nullopt : std::optional<int>(n);
    }
    QStringView description(int row) const { return m_text.view(m_rows[size_t(row)].description); }
    int version(int row) const { return m_rows[size_t(row)].version; }
    // The activity's attached files (few activities have any).
    QList<Attachment> attachments(int row) const { return m_files.value(id(row)); }
    int attachmentCount(int row) const { return int(m_files.value(id(row)).size()); }
    // The whole record of a row, for an edit, a delete (its undo puts it back whole) or opening a file.
    Activity at(int row) const
    {
        return {id(row), unitId(row), date(row), kind(row), participants(row), description(row).toString(), attachments(row), version(row)};
    }

    // `participants` negative when not recorded.
    void append(int id, int unitId, const QDate &date, const QString &kind, int participants, QStringView description, int version)
    {
        m_rows.push_back({id, unitId, Day::of(date), participants, version, m_kinds.add(kind), m_text.append(description)});
    }
    void setAttachments(QHash<int, QList<Attachment>> files) { m_files = std::move(files); }
    void squeeze()
    {
        m_rows.shrink_to_fit();
        m_text.squeeze();
    }

private:
    struct Row
    {
        int id;
        int unit;
        int day;
        int participants;
        int version;
        quint32 kind;
        TextBlock::Span description;
    };
    std::vector<Row> m_rows;
    TextBlock m_text;
    SharedTexts m_kinds;
    QHash<int, QList<Attachment>> m_files; // activity id → its files
};

// 创建条件: every prerequisite of a round.
class PrerequisiteTable
{
public:
    int size() const { return int(m_rows.size()); }
    int unitId(int row) const { return m_rows[size_t(row)].unit; }
    int roundYear(int row) const { return m_rows[size_t(row)].year; }
    const QString &kind(int row) const { return m_kinds.at(m_rows[size_t(row)].kind); }
    QDate date(int row) const { return Day::date(m_rows[size_t(row)].day); }
    QStringView evidence(int row) const { return m_text.view(m_rows[size_t(row)].evidence); }
    int version(int row) const { return m_rows[size_t(row)].version; }
    PrerequisiteRecord at(int row) const { return {unitId(row), roundYear(row), kind(row), date(row), evidence(row).toString(), version(row)}; }

    void append(int unitId, int roundYear, const QString &kind, const QDate &date, QStringView evidence, int version)
    {
        m_rows.push_back({unitId, roundYear, Day::of(date), version, m_kinds.add(kind), m_text.append(evidence)});
    }
    // In the order of the units' numbers, then of the kinds' codes.
    void sortByUnitAndKind()
    {
        const std::vector<quint32> rank = m_kinds.ranks();
        std::sort(m_rows.begin(), m_rows.end(),
                  [&rank](const Row &a, const Row &b) { return a.unit != b.unit ? a.unit < b.unit : rank[a.kind] < rank[b.kind]; });
    }
    void squeeze()
    {
        m_rows.shrink_to_fit();
        m_text.squeeze();
    }

private:
    struct Row
    {
        int unit;
        int year;
        int day;
        int version;
        quint32 kind;
        TextBlock::Span evidence;
    };
    std::vector<Row> m_rows;
    TextBlock m_text;
    SharedTexts m_kinds;
};

// Every row of a table as whole records (for the services that work on records, not on a page's list).
template <class Table>
auto wholeRecords(const Table &table)
{
    QList<decltype(table.at(0))> out;
    out.reserve(table.size());
    for (int row = 0; row < table.size(); ++row)
        out << table.at(row);
    return out;
}

} // namespace cd
