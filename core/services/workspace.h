// One open data file with what the desktop needs beside it: the holiday schedule and the queries the pages run.
// app/ creates it and hands it to the main window; the UI never touches SQL.
#pragma once

#include "domain/region.h"
#include "services/filescope.h"
#include "domain/unit.h"
#include "rules/workcalendar.h"
#include "services/campaignservice.h"
#include "services/defaults.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <memory>

namespace cd {

class Database;

class Workspace
{
public:
    explicit Workspace(std::unique_ptr<Database> db);
    ~Workspace();

    // Opens `path`, creating it with the defaults (Jilin) when it does not exist yet.
    static std::unique_ptr<Workspace> openOrCreate(const QString &path);
    // A new file for the office it serves (province, level, region); refuses a path that holds anything.
    static std::unique_ptr<Workspace> create(const QString &path, const InitOptions &options);
    // Nothing there yet: no file, or a file of 0 bytes (what a cut copy or a new, empty document leaves).
    static bool isUnmade(const QString &path);

    Database &database() { return *m_db; }
    QString path() const;
    // The file's path, or the server's address without its password: what may be shown and remembered.
    QString shownName() const;
    bool isServer() const;
    const WorkCalendar &workCalendar() const { return m_work; }
    CampaignService campaign() const;
    QList<UnitRow> unitRows() const;
    QList<Unit> units(const QSet<int> &ids) const; // these units only, in the order of their ids
    QHash<int, QString> unitNames() const; // id → name, without the joins unitRows() makes
    QHash<int, QString> unitNames(const QList<int> &ids) const; // of these units only
    QString provinceName() const;
    QList<Region> regions() const;
    QString regionName(int regionId) const; // its full name as the clerk reads it (长春市南关区)
    // The region this file serves (init --level --region): units outside it are refused.
    FileScope scope() const;
    QList<UnitType> unitTypes() const;
    QStringList vetoKinds() const;

private:
    std::unique_ptr<Database> m_db;
    WorkCalendar m_work;
};

} // namespace cd
