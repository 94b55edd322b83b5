// The region a data file serves (DOMAIN.md §11 "Scope"): a county's file keeps that county's units, a 市(州)'s its
// own and its counties', the province's every unit. Set by `init --level --region` (or the new-file dialog) and kept
// in the file's settings; a file made before levels existed serves the whole province.
#pragma once

#include <QSet>
#include <QString>

namespace cd {

class Database;

class FileScope
{
public:
    static FileScope of(Database &db);

    QString level() const { return m_level; }           // province | city | county
    QString regionName() const { return m_regionName; } // 长春市南关区; the province's name for the province
    bool wholeProvince() const { return m_whole; }
    bool contains(int regionId) const { return m_whole || m_regions.contains(regionId); }
    // "长春市南关区 (a county's file)", for a refusal.
    QString describe() const;

private:
    QString m_level = QStringLiteral("province");
    QString m_regionName;
    bool m_whole = true;
    QSet<int> m_regions;
};

} // namespace cd
