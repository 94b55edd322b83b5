// Satisfaction surveys (seed 004) and the round's satisfaction minimum.
#include "services/surveyservice.h"

#include "services/campaignservice.h"
#include "services/rounds.h"

#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
#include "storage/roundrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::SurveyService", s);
}

int SurveyService::addSurvey(const Survey &s)
{
    requireUnit(s.unitId);
    if (s.issued < 0 || s.returned < 0 || s.satisfied < 0 || s.basic < 0 || s.dissatisfied < 0)
        failInput(tr("Survey counts cannot be negative."));
    if (s.returned > s.issued)
        failInput(tr("%1 questionnaires returned, but only %2 issued.").arg(s.returned).arg(s.issued));
    // Every returned questionnaire is counted once: satisfied + basically satisfied + dissatisfied = returned.
    if (s.satisfied + s.basic + s.dissatisfied != s.returned)
        failInput(tr("Satisfied %1 + basically satisfied %2 + dissatisfied %3 = %4, but %5 questionnaires were returned; "
                     "the three counts must add up to the number returned.")
                      .arg(s.satisfied)
                      .arg(s.basic)
                      .arg(s.dissatisfied)
                      .arg(s.satisfied + s.basic + s.dissatisfied)
                      .arg(s.returned));
    Rounds(m_db).require(s.roundYear);
    Transaction t(m_db);
    RecordRepository records(m_db);
    int id = s.id;
    if (id > 0 && !records.surveyExists(id))
        records.restoreSurvey(s);
    else
        id = records.addSurvey(s);
    t.commit();
    return id;
}

void SurveyService::removeSurvey(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeSurvey(id);
    t.commit();
}

QList<Survey> SurveyService::surveys(int roundYear) const
{
    return RecordRepository(m_db).surveys(roundYear);
}

int SurveyService::satisfactionMinimum(int roundYear) const
{
    const auto system = AppraisalRepository(m_db).system(roundYear);
    return system ? system->satisfactionMin : IndicatorSystem{}.satisfactionMin;
}

} // namespace cd
