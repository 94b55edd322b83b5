// Records kept between appraisals: veto events, prerequisites, surveys (DOMAIN.md §5, §8).
#pragma once

#include <QDate>
#include <QString>

namespace cd {

struct VetoEvent
{
    int id = 0;
    int unitId = 0;
    QString kind; // 安全责任事故, 进京访, 越级访, 群体访, or a kind the office added
    QDate date;
    QString note;
};

struct PrerequisiteRecord
{
    int unitId = 0;
    int roundYear = 0;
    QString kind; // standards-published | leading-group | a kind the office added
    QDate date;
    QString evidence;
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

} // namespace cd
