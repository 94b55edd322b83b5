// Every unit's name by its id, held in one block of text: a record page that names the units of two million records
// keeps 8 bytes and the text of each unit, where a QHash of QStrings took about 100 bytes more per unit (issue 14).
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <QtGlobal>
#include <vector>

namespace cd {

class Database;

class UnitNames
{
public:
    static UnitNames read(Database &db);
    // The names of these units only (a list of some thousands): a page need not hold a million names.
    static QHash<int, QString> of(Database &db, const QList<int> &ids);

    QString name(int unitId) const; // empty for a unit not in the file
    bool contains(int unitId) const;
    int size() const { return int(m_ids.size()); }
    // The unit at `place` (0 … size() - 1), in the order of the ids, and its name.
    int idAt(int place) const { return m_ids[size_t(place)]; }
    QString nameAt(int place) const;
    // The units whose name contains `text` (letters in either case), in the order of their ids, at most `limit`:
    // one pass through the block of text, a few milliseconds at a million units.
    QList<int> find(QStringView text, int limit) const;
    // The units named exactly `name`.
    QList<int> named(QStringView name) const;

private:
    qsizetype at(int unitId) const; // the unit's place, -1 if none
    // Calls `hit` with the place of each unit whose name contains `text` (is `text` when `whole`), until it returns false.
    void scan(QStringView text, bool whole, const std::function<bool(qsizetype)> &hit) const;

    std::vector<int> m_ids;      // ascending
    std::vector<quint32> m_ends; // where each name ends in m_text
    QString m_text;
};

} // namespace cd
