// Rectifications (DOMAIN.md §8): findings, their deadlines and their closing. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class RectificationService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    // Rectifications (DOMAIN.md §8): a finding needs a unit, a text and a deadline; closing needs a date and evidence.
    int saveRectification(const Rectification &r);
    void removeRectification(int id);
    QList<Rectification> rectifications() const;
    QList<Rectification> overdueRectifications(const QDate &today) const;
};

} // namespace cd
