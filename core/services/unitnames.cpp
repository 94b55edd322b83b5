#include "services/unitnames.h"

#include "storage/unitrepository.h"

#include <algorithm>

namespace cd {

UnitNames UnitNames::read(Database &db)
{
    UnitNames names;
    UnitRepository(db).scanNames([&names](int id, QByteArrayView name) {
        names.m_text.append(QString::fromUtf8(name));
        names.m_ids.push_back(id);
        names.m_ends.push_back(quint32(names.m_text.size()));
    });
    names.m_text.squeeze();
    names.m_ids.shrink_to_fit();
    names.m_ends.shrink_to_fit();
    return names;
}

QString UnitNames::name(int unitId) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), unitId);
    if (it == m_ids.end() || *it != unitId)
        return {};
    const size_t i = size_t(it - m_ids.begin());
    const quint32 begin = i ? m_ends[i - 1] : 0;
    return m_text.mid(begin, m_ends[i] - begin);
}

} // namespace cd
