// Every unit's name by its id, held in one block of text: a record page that names the units of two million records
// keeps 8 bytes and the text of each unit, where a QHash of QStrings took about 100 bytes more per unit (issue 14).
#pragma once

#include <QString>
#include <QtGlobal>
#include <vector>

namespace cd {

class Database;

class UnitNames
{
public:
    static UnitNames read(Database &db);

    QString name(int unitId) const; // empty for a unit not in the file
    int size() const { return int(m_ids.size()); }

private:
    std::vector<int> m_ids;      // ascending
    std::vector<quint32> m_ends; // where each name ends in m_text
    QString m_text;
};

} // namespace cd
