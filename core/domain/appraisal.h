// What the appraisal works on: the indicator system, assessors, raw scores, and the thresholds (DOMAIN.md §5–6).
// Points and scores are integers in hundredths of a point, so that sums are exact.
#pragma once

#include "domain/setversion.h"

#include <QDate>

#include <QList>
#include <QString>

namespace cd {

struct Indicator
{
    int id = 0;
    int areaId = 0;
    QString areaName;
    QString name;
    int points = 0; // hundredths
};

struct IndicatorSystem
{
    int id = 0;
    int roundYear = 0;
    int version = 1;
    int passLine = 8500;         // hundredths (default 85, DOMAIN.md §6)
    int satisfactionMin = 9000;  // per ten thousand (default 90%, seed 004)
    int trimMinAssessors = 5;    // drop one highest and one lowest from this many assessors on (DOMAIN.md §6)
    QString reason;              // why this version replaced the one before (empty for version 1)
    QList<Indicator> indicators;
    int totalPoints() const;
};

// One line of the audit trail (who, when, what, old value against new).
struct AuditEntry
{
    int id = 0;
    QString at; // ISO date and time in UTC ("2016-12-20T08:30:00Z"); older lines: local time without a zone
    QString op;
    QString action;
    int roundYear = 0;
    int unitId = 0;
    QString detail;
    QString oldValue;
    QString newValue;
};

// The stage of an appraisal as the documents say it ("local" → 本级评比, "province" → 省级考核), in the user's language.
QString stageName(const QString &stage);

struct Assessor
{
    int id = 0;
    QString name;
    int unitId = 0;   // the unit the assessor belongs to, 0 if none
    int regionId = 0; // or the bureau's region
    QString stage = QStringLiteral("local");
};

struct Score
{
    int assessorId = 0;
    int unitId = 0;
    int indicatorId = 0;
    int value = 0; // hundredths
};

// DOMAIN.md §6: a region's cap on its recommendations in a round (default: none, which is no Quota at all).
struct Quota
{
    int roundYear = 0;
    int regionId = 0;
    int quota = 0;                       // units
    int version = SetVersion::Unchecked; // as read (domain/setversion.h)
};

struct Recommendation
{
    int id = 0;
    int roundYear = 0;
    int regionId = 0;
    QDate date;
    QString overrideReason;
    QList<int> unitIds; // in rank order
};

} // namespace cd
