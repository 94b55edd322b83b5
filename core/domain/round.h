// A campaign round (届), identified by its naming year, with its phases and dated deadlines (DOMAIN.md §4).
#pragma once

#include "domain/setversion.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

// seed 000 §五: the three phases of a round; days outside every phase are 常态创建 (ongoing work).
enum class PhaseKind { Mobilisation = 0, Implementation = 1, Appraisal = 2, Ongoing = 3 };

QString phaseName(PhaseKind kind); // the Chinese name used in the data file and the CLI contract
QString phaseTitle(PhaseKind kind); // the same name for the user to read, in the user's language
bool phaseKindFromName(const QString &name, PhaseKind *kind);

struct Phase
{
    PhaseKind kind = PhaseKind::Mobilisation;
    QDate start;
    QDate end;
};

struct Deadline
{
    QDate date;
    QString title;
};

struct Round
{
    int year = 0;
    QList<Phase> phases;            // in date order
    QList<Deadline> extraDeadlines; // dated steps besides the phase ends, such as 2014-02-21
    int version = SetVersion::Unchecked; // the calendar as read (domain/setversion.h)

    QDate start() const;
    QDate end() const;
    // Phase ends plus the extra deadlines, sorted by date.
    QList<Deadline> deadlines() const;
    // This round moved by whole years, without its one-off extra deadlines (DOMAIN.md §4 default).
    Round shiftedTo(int year) const;
};

} // namespace cd
