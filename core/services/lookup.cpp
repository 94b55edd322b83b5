#include "services/lookup.h"

#include "io/table.h"

#include <QCoreApplication>

namespace cd {

RegionLookup::RegionLookup(const QList<Region> &regions)
{
    for (const auto &r : regions) {
        m_byId.insert(r.id, r);
        if (r.level == RegionLevel::Province)
            m_provinceName = r.name;
        if (!r.code.isEmpty())
            m_byCode.insert(r.code, r.id);
        m_byName[r.name].push_back(r.id);
        if (r.fullName != r.name)
            m_byName[r.fullName].push_back(r.id);
    }
}

const Region *RegionLookup::byId(int id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &*it;
}

RegionLookup::Result RegionLookup::resolve(const QString &raw) const
{
    QString text = foldWidth(raw);
    text.remove(QLatin1Char(' '));
    if (text.isEmpty())
        return {0, QCoreApplication::translate("cd::Lookup", "the region is empty")};
    bool digits = !text.isEmpty();
    for (QChar c : std::as_const(text)) // (not a copy of a text borrowed from the file)
        digits = digits && c.isDigit();
    if (digits) {
        if (const auto it = m_byCode.constFind(text); it != m_byCode.cend())
            return {*it, {}};
        return {0, QCoreApplication::translate("cd::Lookup", "%1 is not a region code of %2").arg(text, m_provinceName)};
    }
    if (!m_provinceName.isEmpty() && text.startsWith(m_provinceName) && text != m_provinceName)
        text = text.mid(m_provinceName.size());
    const auto it = m_byName.constFind(text);
    if (it == m_byName.cend() || it->isEmpty())
        return {0, QCoreApplication::translate("cd::Lookup", "there is no region named %1 in %2").arg(text, m_provinceName)};
    if (it->size() > 1) {
        QStringList names;
        for (int id : *it)
            names << m_byId.value(id).fullName;
        return {0, QCoreApplication::translate("cd::Lookup", "%1 is ambiguous (%2); give the full name or the code")
                       .arg(text, names.join(QStringLiteral("、")))};
    }
    return {it->first(), {}};
}

TypeLookup::TypeLookup(const QList<UnitType> &types, const QHash<QString, int> &aliases)
{
    for (const auto &t : types) {
        m_byName.insert(t.name, t.id);
        m_byName.insert(foldWidth(t.name), t.id);
        m_byId.insert(t.id, t);
    }
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        m_byName.insert(it.key(), it.value());
        m_byName.insert(foldWidth(it.key()), it.value());
    }
}

int TypeLookup::resolve(const QString &text) const
{
    const QString t = text.trimmed();
    if (const auto it = m_byName.constFind(t); it != m_byName.cend())
        return *it;
    return m_byName.value(foldWidth(t), 0);
}

const UnitType *TypeLookup::byId(int id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &*it;
}

} // namespace cd
