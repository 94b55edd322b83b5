// Veto events (DOMAIN.md §5) with their evidence files, and the kinds of veto event. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class VetoService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    int addVeto(const VetoEvent &event);   // keeps event.id when it is set and free (redo); with its evidence
    void removeVeto(int id);
    void setVetoEvidence(int vetoId, const QList<Attachment> &files);
    QList<VetoEvent> vetoEvents() const;
    // DOMAIN.md §5: the seed's four veto kinds, plus kinds the office adds (and may take back while unused).
    void addVetoKind(const QString &name);
    void removeVetoKind(const QString &name);
};

} // namespace cd
