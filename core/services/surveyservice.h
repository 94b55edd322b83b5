// Satisfaction surveys (seed 004) and the round's satisfaction minimum. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class SurveyService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    int addSurvey(const Survey &survey);   // keeps survey.id when it is set and free (redo)
    void removeSurvey(int id);
    QList<Survey> surveys(int roundYear) const;
    // The round's satisfaction minimum, per ten thousand: its indicator system's, else the default 90% (seed 004).
    int satisfactionMinimum(int roundYear) const;
};

} // namespace cd
