#include "services/unitnames.h"

#include "storage/unitrepository.h"

#include <algorithm>

namespace cd {

QHash<int, QString> UnitNames::of(Database &db, const QList<int> &ids)
{
    return UnitRepository(db).names(ids);
}

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

qsizetype UnitNames::at(int unitId) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), unitId);
    return it == m_ids.end() || *it != unitId ? -1 : qsizetype(it - m_ids.begin());
}

QString UnitNames::name(int unitId) const
{
    const qsizetype i = at(unitId);
    return i < 0 ? QString() : nameAt(int(i));
}

QString UnitNames::nameAt(int place) const
{
    const quint32 begin = place ? m_ends[size_t(place) - 1] : 0;
    return m_text.mid(begin, m_ends[size_t(place)] - begin);
}

bool UnitNames::contains(int unitId) const
{
    return at(unitId) >= 0;
}

void UnitNames::scan(QStringView text, bool whole, const std::function<bool(qsizetype)> &hit) const
{
    if (text.isEmpty())
        return;
    const QStringView all(m_text);
    qsizetype from = 0;
    while (true) {
        const qsizetype pos = all.indexOf(text, from, whole ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (pos < 0)
            return;
        // The unit whose name the hit starts in; a hit running into the next name is none.
        const size_t i = size_t(std::upper_bound(m_ends.begin(), m_ends.end(), quint32(pos)) - m_ends.begin());
        const qsizetype begin = i ? m_ends[i - 1] : 0;
        const qsizetype end = m_ends[i];
        if (pos + text.size() <= end && (!whole || (pos == begin && pos + text.size() == end)) && !hit(qsizetype(i)))
            return;
        from = pos + text.size() <= end ? end : pos + 1;
    }
}

QList<int> UnitNames::find(QStringView text, int limit) const
{
    QList<int> out;
    scan(text, false, [&](qsizetype i) {
        out << m_ids[size_t(i)];
        return out.size() < limit;
    });
    return out;
}

QList<int> UnitNames::named(QStringView name) const
{
    QList<int> out;
    scan(name, true, [&](qsizetype i) {
        out << m_ids[size_t(i)];
        return true;
    });
    return out;
}

} // namespace cd
