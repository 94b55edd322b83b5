// Assessors (DOMAIN.md §6): who scores, and the unit or bureau they belong to (the conflict rule). Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class AssessorService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    int addAssessor(const Assessor &assessor);
};

} // namespace cd
