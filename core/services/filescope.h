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
    // The scope of another office (a package's sender): level and region code (or name) as its file keeps them.
    static FileScope serving(Database &db, const QString &level, const QString &regionCode);

    QString level() const { return m_level; }           // province | city | county
    QString regionName() const { return m_regionName; } // 长春市南关区; the province's name for the province
    bool wholeProvince() const { return m_whole; }
    bool contains(int regionId) const { return m_whole || m_regions.contains(regionId); }
    QSet<int> regionIds() const { return m_regions; } // empty for the whole province
    // The code the file keeps for its region (its name when it has no code), or the province's code + 0000.
    QString regionCode() const { return m_regionCode; }
    // "长春市南关区 (a county's file)", for a refusal.
    QString describe() const;

private:
    QString m_level = QStringLiteral("province");
    QString m_regionName;
    QString m_regionCode;
    bool m_whole = true;
    bool m_login = false; // a clerk's login on a server, not a file
    QSet<int> m_regions;
};

} // namespace cd
