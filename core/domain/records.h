// Records kept between appraisals: veto events, prerequisites, surveys (DOMAIN.md §5, §8).
#pragma once

#include "domain/setversion.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace cd {

// A file kept as evidence: copied beside the data file and stored by its SHA-256 (DOMAIN.md §8).
struct Attachment
{
    int id = 0;
    QString sha256;
    QString fileName; // the name the clerk gave it, shown and used when it is opened
    qint64 size = 0;
};

} // namespace cd

// Records are moved, not copied, when a list of a million of them grows (Qt reallocates the block in place).
Q_DECLARE_TYPEINFO(cd::Attachment, Q_RELOCATABLE_TYPE);

namespace cd {

struct VetoEvent
{
    int id = 0;
    int unitId = 0;
    QString kind; // 安全责任事故, 进京访, 越级访, 群体访, or a kind the office added
    QDate date;
    QString note;
    QList<Attachment> evidence; // files that document the event
};

struct PrerequisiteRecord
{
    int unitId = 0;
    int roundYear = 0;
    QString kind; // standards-published | leading-group | a kind the office added
    QDate date;
    QString evidence;
    int version = SetVersion::Unchecked; // as read (domain/setversion.h)
};

struct Survey
{
    int id = 0;
    int unitId = 0;
    int roundYear = 0;
    QDate date;
    int issued = 0;
    int returned = 0;
    int satisfied = 0;
    int basic = 0;
    int dissatisfied = 0;
};

// 创建台账: an activity of the campaign (seed 000 §五(二); seed 001 §三2 建档).
struct Activity
{
    int id = 0;
    int unitId = 0;
    QDate date;
    QString kind; // 技能测试, 演讲比赛, 学雷锋志愿服务, 座谈会, 问卷调查, 回访, or a kind the office uses
    std::optional<int> participants;
    QString description;
    QList<Attachment> attachments;
    // The version it was read at: an edit is saved only onto that version (issue 11, zero lost updates). 0 for a new
    // activity, or one put back whole by an undo.
    int version = 0;
};

// DOMAIN.md §4: an action taken outside its phase, with the written reason that was given for it.
struct OverrideRecord
{
    int id = 0;
    QString action;
    int roundYear = 0;
    QDate date;
    QString reason;
};

// 示范点: a unit tagged at 省, 市 or 县 level for a year (seed 001 §二9).
struct DemonstrationPoint
{
    int unitId = 0;
    int year = 0;
    QString level;
    int version = SetVersion::Unchecked; // as read (domain/setversion.h)
};

} // namespace cd

Q_DECLARE_TYPEINFO(cd::VetoEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(cd::PrerequisiteRecord, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(cd::Survey, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(cd::Activity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(cd::DemonstrationPoint, Q_RELOCATABLE_TYPE);
