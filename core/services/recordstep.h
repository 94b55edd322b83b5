// What every service of the records between appraisals works with: the data file or server, the unit check, and the
// folder of evidence files.
#pragma once

#include "storage/attachmentstore.h"

namespace cd {

class Database;

class RecordStep
{
public:
    explicit RecordStep(Database &db) : m_db(db) {}
    // The folder of evidence files beside this data file; files are stored there before a record names them.
    AttachmentStore attachments() const;

protected:
    void requireUnit(int unitId) const; // Failure(Input) when there is no such unit
    Database &m_db;
};

} // namespace cd
