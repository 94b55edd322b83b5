#include "services/rosterindex.h"

#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

namespace cd {

namespace {
constexpr char kFieldSeparator = '\x1f';
constexpr char kRowEnd = '\n';

// Decodes the next code point of well-formed UTF-8 (SQLite and QString::toUtf8 give nothing else).
char32_t nextCodePoint(const char *&p, const char *end)
{
    const auto b = static_cast<unsigned char>(*p++);
    if (b < 0x80 || p >= end)
        return b;
    int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t c = b & (0x3F >> more);
    while (more-- > 0 && p < end)
        c = (c << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
    return c;
}

bool hasAsciiLetter(QByteArrayView s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

// Finds a needle (already lower case) in text, ASCII letters compared in any case. Without letters it is a plain
// byte search (Boyer-Moore-Horspool, prepared once per search; memmem is not on every platform).
class Finder
{
public:
    explicit Finder(QByteArrayView needle)
        : m_needle(needle), m_fold(hasAsciiLetter(needle)), m_searcher(needle.begin(), needle.end())
    {
    }
    // The first place in [from, to) where the needle occurs, or null.
    const char *find(const char *from, const char *to) const
    {
        if (m_needle.isEmpty())
            return from;
        if (to - from < m_needle.size())
            return nullptr;
        if (!m_fold) {
            const char *hit = std::search(from, to, m_searcher);
            return hit == to ? nullptr : hit;
        }
        const char first = m_needle[0];
        const char firstUpper = first >= 'a' && first <= 'z' ? char(first - 32) : first;
        for (const char *p = from; p + m_needle.size() <= to; ++p) {
            if (*p != first && *p != firstUpper)
                continue;
            qsizetype k = 1;
            while (k < m_needle.size() && foldAscii(p[k]) == m_needle[k])
                ++k;
            if (k == m_needle.size())
                return p;
        }
        return nullptr;
    }

private:
    QByteArrayView m_needle;
    bool m_fold;
    std::boyer_moore_horspool_searcher<const char *> m_searcher;
};
} // namespace

RosterIndex RosterIndex::load(Database &db, const std::function<bool(int, int)> &progress)
{
    RosterIndex index;
    const UnitRepository units(db);
    const int total = units.count();
    QHash<int, QString> names;
    for (const auto &r : RegionRepository(db).all())
        names.insert(r.id, r.name);
    index.setRegionNames(std::move(names));
    for (const auto &t : UnitTypeRepository(db).all())
        index.addType(t.id, t.name, t.categoryName);
    const qint64 bytes = units.rosterTextBytes();
    index.reserve(total, bytes + bytes / 100 + 65536); // room for edits without moving the whole text
    bool stopped = false;
    units.scanRoster([&](const RosterScanRow &r) {
        index.add(r.id, r.regionId, r.cityId, r.typeId, r.titleStatus, r.text);
        if (progress && index.size() % 20000 == 0 && !progress(index.size(), total))
            stopped = true;
        return !stopped;
    });
    if (stopped)
        return {};
    // The order by name is the one clerks ask for: made here, in the loader's thread, it is ready at the first click.
    index.m_nameOrder = index.orderByText(Name);
    return index;
}

void RosterIndex::replaceUnits(Database &db, const QList<int> &ids)
{
    const QSet<int> changed(ids.cbegin(), ids.cend());
    for (const auto &t : UnitTypeRepository(db).all()) // a type added since the index was read
        addType(t.id, t.name, t.categoryName);
    // Compact in place: every row kept moves down over the rows taken out (the write point never passes the read).
    size_t write = 0;
    qsizetype textWrite = 0;
    for (size_t r = 0; r < m_entries.size(); ++r) {
        const QByteArrayView t = textOf(int(r));
        if (changed.contains(m_entries[r].id))
            continue;
        Entry e = m_entries[r];
        e.text = quint32(textWrite);
        std::memmove(m_text.data() + textWrite, t.data(), size_t(t.size()) + 1); // with its row end
        textWrite += t.size() + 1;
        m_entries[write++] = e;
    }
    m_entries.resize(write);
    m_text.truncate(textWrite);
    UnitRepository(db).scanRoster(ids, [this](const RosterScanRow &r) {
        add(r.id, r.regionId, r.cityId, r.typeId, r.titleStatus, r.text);
        return true;
    });
    m_nameOrder.clear();
}

int RosterIndex::rowOf(int unitId) const
{
    for (size_t r = 0; r < m_entries.size(); ++r)
        if (m_entries[r].id == unitId)
            return int(r);
    return -1;
}

void RosterIndex::addType(int typeId, const QString &name, const QString &category)
{
    typeIndexFor(typeId, name, category);
}

quint16 RosterIndex::typeIndexFor(int typeId, const QString &name, const QString &category)
{
    if (typeId) {
        const auto it = m_typeById.constFind(typeId);
        if (it != m_typeById.cend())
            return *it;
    } else {
        for (size_t i = 0; i < m_types.size(); ++i)
            if (m_types[i].id == 0 && m_types[i].name == name && m_types[i].category == category)
                return quint16(i);
    }
    m_types.push_back({typeId, name, category});
    const auto index = quint16(m_types.size() - 1);
    if (typeId)
        m_typeById.insert(typeId, index);
    return index;
}

quint32 RosterIndex::placeIndexFor(int regionId, int cityId)
{
    const quint64 key = (quint64(quint32(regionId)) << 32) | quint32(cityId);
    if (const auto it = m_placeIndex.constFind(key); it != m_placeIndex.cend())
        return *it;
    m_places.push_back({regionId, cityId});
    const auto index = quint32(m_places.size() - 1);
    m_placeIndex.insert(key, index);
    return index;
}

void RosterIndex::reserve(qsizetype units, qsizetype textBytes)
{
    m_entries.reserve(size_t(units));
    m_text.reserve(textBytes);
}

void RosterIndex::add(int id, int regionId, int cityId, int typeId, int titleStatus, const std::array<QByteArrayView, FieldCount> &fields)
{
    append(id, regionId, cityId, typeIndexFor(typeId, {}, {}), titleStatus, fields);
}

void RosterIndex::append(int id, int regionId, int cityId, quint16 type, int titleStatus,
                         const std::array<QByteArrayView, FieldCount> &fields)
{
    Entry e;
    e.id = id;
    e.place = placeIndexFor(regionId, cityId);
    e.text = quint32(m_text.size());
    e.type = type;
    e.titleStatus = qint8(titleStatus);
    m_entries.push_back(e);
    for (int f = 0; f < FieldCount; ++f) {
        if (f)
            m_text.append(kFieldSeparator);
        const qsizetype at = m_text.size();
        m_text.append(fields[size_t(f)]);
        // The separators never occur inside a field (text fields refuse control characters; old files may hold some).
        for (qsizetype i = at; i < m_text.size(); ++i)
            if (m_text[i] == kFieldSeparator || m_text[i] == kRowEnd)
                m_text[i] = ' ';
    }
    m_text.append(kRowEnd);
}

void RosterIndex::add(const UnitRow &r)
{
    m_regionNames.insert(r.regionId, r.regionName);
    if (r.cityId)
        m_regionNames.insert(r.cityId, r.cityName);
    const quint16 type = typeIndexFor(0, r.typeName, r.categoryName);
    const QByteArray name = r.name.toUtf8(), address = r.address.toUtf8(), leader = r.leader.toUtf8(), phone = r.phone.toUtf8(),
                     code = r.creditCode.toUtf8();
    append(r.id, r.regionId, r.cityId, type, r.titleStatus, {name, address, leader, phone, code});
}

QByteArrayView RosterIndex::textOf(int row) const
{
    const quint32 from = m_entries[size_t(row)].text;
    const quint32 to = size_t(row) + 1 < m_entries.size() ? m_entries[size_t(row) + 1].text : quint32(m_text.size());
    return QByteArrayView(m_text.constData() + from, to - from - 1); // without the row end
}

QString RosterIndex::text(int row, Field field) const
{
    const QByteArrayView all = textOf(row);
    qsizetype from = 0;
    for (int f = 0; f < field; ++f)
        from = all.indexOf(kFieldSeparator, from) + 1;
    qsizetype to = all.indexOf(kFieldSeparator, from);
    if (to < 0)
        to = all.size();
    return QString::fromUtf8(all.sliced(from, to - from));
}

std::vector<bool> RosterIndex::typesNamed(const QString &name) const
{
    std::vector<bool> out(m_types.size());
    for (size_t i = 0; i < m_types.size(); ++i)
        out[i] = m_types[i].name == name;
    return out;
}

std::vector<bool> RosterIndex::typesInCategory(const QString &category) const
{
    std::vector<bool> out(m_types.size());
    for (size_t i = 0; i < m_types.size(); ++i)
        out[i] = m_types[i].category == category;
    return out;
}

UnitRow RosterIndex::row(int row) const
{
    UnitRow r;
    r.id = id(row);
    r.name = text(row, Name);
    r.address = text(row, Address);
    r.leader = text(row, Leader);
    r.phone = text(row, Phone);
    r.creditCode = text(row, CreditCode);
    r.regionId = regionId(row);
    r.cityId = cityId(row);
    r.regionName = regionName(row);
    r.cityName = cityName(row);
    r.typeName = typeName(row);
    r.categoryName = categoryName(row);
    r.titleStatus = titleStatus(row);
    return r;
}

std::vector<int> RosterIndex::search(const QString &needleText, const std::vector<int> *within) const
{
    const QByteArray needle = needleText.toLower().toUtf8();
    const Finder finder(needle);
    std::vector<int> out;
    if (within) {
        for (int r : *within) {
            const QByteArrayView t = textOf(r);
            if (finder.find(t.data(), t.data() + t.size()))
                out.push_back(r);
        }
        return out;
    }
    // One pass over the whole buffer: each match is mapped to its row, and the search goes on from the next row.
    const char *const begin = m_text.constData();
    const char *const end = begin + m_text.size();
    const char *p = begin;
    size_t row = 0;
    while (p < end) {
        const char *hit = finder.find(p, end);
        if (!hit)
            break;
        const auto at = quint32(hit - begin);
        // The row holding `at`: rows are in buffer order, so the cursor only moves forward.
        auto it = std::upper_bound(m_entries.begin() + qsizetype(row), m_entries.end(), at,
                                   [](quint32 v, const Entry &e) { return v < e.text; });
        row = size_t(it - m_entries.begin()) - 1;
        out.push_back(int(row));
        ++row;
        if (row >= m_entries.size())
            break;
        p = begin + m_entries[row].text;
    }
    return out;
}

std::vector<int> RosterIndex::orderByText(Field field) const
{
    if (field == Name && !m_nameOrder.empty())
        return m_nameOrder;
    const int n = size();
    // The field of each row, found in the buffer when needed (no table of views: 16 MB at a million units).
    const auto viewOf = [this, field](int r) {
        const char *p = m_text.constData() + m_entries[size_t(r)].text;
        for (int f = 0; f < field; ++f)
            while (*p++ != kFieldSeparator) { }
        const char *e = p;
        while (*e != kFieldSeparator && *e != kRowEnd)
            ++e;
        return QByteArrayView(p, e - p);
    };
    // The characters that occur, each ranked once by the collator (a few thousand, not a million strings). Ranks of
    // the Basic Multilingual Plane sit in a flat table: a hash lookup per character costs more than the sort.
    std::vector<quint32> bmp(0x10000, 0);
    QHash<char32_t, quint32> astral;
    for (int r = 0; r < n; ++r) {
        const QByteArrayView v = viewOf(r);
        for (const char *p = v.data(), *e = v.data() + v.size(); p < e;) {
            const char32_t c = nextCodePoint(p, e);
            if (c < 0x10000)
                bmp[c] = 1;
            else
                astral.insert(c, 1);
        }
    }
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)}; // pinyin order
    struct Ranked
    {
        char32_t c;
        QCollatorSortKey key;
    };
    std::vector<Ranked> chars;
    const auto keyOf = [&collator](char32_t c) { return collator.sortKey(QString::fromUcs4(&c, 1)); };
    for (char32_t c = 0; c < 0x10000; ++c)
        if (bmp[c])
            chars.push_back({c, keyOf(c)});
    for (auto it = astral.cbegin(); it != astral.cend(); ++it)
        chars.push_back({it.key(), keyOf(it.key())});
    std::sort(chars.begin(), chars.end(), [](const Ranked &a, const Ranked &b) {
        const int c = a.key.compare(b.key);
        return c != 0 ? c < 0 : a.c < b.c;
    });
    quint32 next = 0;
    for (size_t i = 0; i < chars.size(); ++i) {
        if (i == 0 || chars[i - 1].key.compare(chars[i].key) != 0)
            ++next; // characters the collator finds equal share a rank
        if (chars[i].c < 0x10000)
            bmp[chars[i].c] = next;
        else
            astral[chars[i].c] = next;
    }
    const auto rankOf = [&](char32_t c) { return c < 0x10000 ? bmp[c] : astral.value(c); };
    // Each row's key: its characters' ranks (1…, 0 marks the end) packed into 160 bits with as few bits per
    // character as the number of ranks needs: 18 characters of a roster with 300 distinct ones, 12 with 5,000.
    // Rows are sorted by key, then id; rows whose keys are equal and that go on beyond it are sorted by all ranks.
    // A key is 24 bytes: a million of them are the sort's whole extra memory.
    int bits = 1;
    while ((quint64(1) << bits) <= next)
        ++bits;
    const int perWord = 64 / bits, perTail = 32 / bits;
    struct Key
    {
        quint64 k[2];
        quint32 tail;
        qint32 row;
        bool sameKey(const Key &o) const { return k[0] == o.k[0] && k[1] == o.k[1] && tail == o.tail; }
    };
    static_assert(sizeof(Key) == 24);
    const auto ranksOf = [&](int r) {
        std::vector<quint32> out;
        const QByteArrayView v = viewOf(r);
        for (const char *p = v.data(), *e = v.data() + v.size(); p < e;)
            out.push_back(rankOf(nextCodePoint(p, e)));
        return out;
    };
    std::vector<Key> keys(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
        Key &key = keys[size_t(r)];
        key = {{0, 0}, 0, r};
        const QByteArrayView v = viewOf(r);
        const char *p = v.data(), *e = v.data() + v.size();
        for (int w = 0; w < 2 && p < e; ++w)
            for (int i = 0; i < perWord && p < e; ++i)
                key.k[w] |= quint64(rankOf(nextCodePoint(p, e))) << (bits * (perWord - 1 - i));
        for (int i = 0; i < perTail && p < e; ++i)
            key.tail |= rankOf(nextCodePoint(p, e)) << (bits * (perTail - 1 - i));
    }
    std::sort(keys.begin(), keys.end(), [this](const Key &a, const Key &b) {
        if (a.k[0] != b.k[0])
            return a.k[0] < b.k[0];
        if (a.k[1] != b.k[1])
            return a.k[1] < b.k[1];
        if (a.tail != b.tail)
            return a.tail < b.tail;
        return id(a.row) < id(b.row);
    });
    for (size_t i = 0; i < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j].sameKey(keys[i]))
            ++j;
        // Equal keys: when the last character the key holds is not the end, the rest of the text decides.
        const bool longer = (keys[i].tail & ((quint32(1) << bits) - 1)) != 0; // its last slot is filled
        if (j - i > 1 && longer) { // equal keys and more to compare: the whole text decides
            std::vector<std::pair<std::vector<quint32>, Key>> run;
            for (size_t k = i; k < j; ++k)
                run.push_back({ranksOf(keys[k].row), keys[k]});
            std::stable_sort(run.begin(), run.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (size_t k = i; k < j; ++k)
                keys[k] = run[k - i].second;
        }
        i = j;
    }
    std::vector<int> order(static_cast<size_t>(n));
    for (size_t i = 0; i < keys.size(); ++i)
        order[i] = keys[i].row;
    return order;
}

std::vector<int> RosterIndex::orderByTable(Table table) const
{
    const int n = size();
    const auto nameOf = [&](int r) {
        switch (table) {
        case Table::Region: return regionName(r);
        case Table::City: return cityName(r);
        case Table::Type: return typeName(r);
        case Table::Category: return categoryName(r);
        }
        return QString();
    };
    // A small key per row (the region or type), ranked once by the collator over the few distinct names.
    const auto keyOf = [&](int r) -> qint64 {
        switch (table) {
        case Table::Region: return regionId(r);
        case Table::City: return cityId(r);
        default: return typeIndex(r);
        }
    };
    QHash<qint64, QString> names;
    for (int r = 0; r < n; ++r) {
        const qint64 k = keyOf(r);
        if (!names.contains(k))
            names.insert(k, nameOf(r));
    }
    QStringList distinct;
    for (const QString &s : std::as_const(names))
        if (!distinct.contains(s))
            distinct << s;
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::sort(distinct.begin(), distinct.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QHash<qint64, int> rankOfKey;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        rankOfKey.insert(it.key(), int(distinct.indexOf(it.value())));
    std::vector<std::pair<quint64, int>> keys(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r)
        keys[size_t(r)] = {(quint64(rankOfKey.value(keyOf(r))) << 32) | quint32(id(r)), r};
    std::sort(keys.begin(), keys.end());
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[size_t(i)] = keys[size_t(i)].second;
    return order;
}

} // namespace cd
