// The whole roster in memory, compactly, for the roster page at a whole country's size: 16 bytes of fixed fields
// per unit and its searchable text (name, address, head, phone, credit code) in one UTF-8 buffer. A million units
// take about 140 MB instead of the 1.3 GB of row objects they took, and a search scans that memory instead of
// asking SQL per keystroke. Region and type names live once, in small tables.
#pragma once

#include "domain/unit.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <vector>

namespace cd {

class Database;

class RosterIndex
{
public:
    // Every unit of the file, read in id order. `progress(done, total)` hears every 20,000 units; returning false
    // stops and gives an empty index. Uses `db`'s connection, so call it in the thread that made `db`.
    static RosterIndex load(Database &db, const std::function<bool(int, int)> &progress = {});
    // Reads these units again (an edit, an undo): their rows are replaced, those gone are dropped and new ones
    // added at the end, in place, without a second copy of the index. The order by name is made again when asked.
    void replaceUnits(Database &db, const QList<int> &ids);
    int rowOf(int unitId) const; // -1 when absent

    enum Field { Name, Address, Leader, Phone, CreditCode, FieldCount };

    // Display names, set before rows are added from storage (units carry ids only).
    void setRegionNames(QHash<int, QString> names) { m_regionNames = std::move(names); }
    // A type by its id: its name and its category's name.
    void addType(int typeId, const QString &name, const QString &category);

    void reserve(qsizetype units, qsizetype textBytes);
    // One unit; the five fields in Field order, as UTF-8.
    void add(int id, int regionId, int cityId, int typeId, int titleStatus, const std::array<QByteArrayView, FieldCount> &fields);
    // One unit from a full row (tests, small files): its names are taken into the tables.
    void add(const UnitRow &row);

    int size() const { return int(m_entries.size()); }
    int id(int row) const { return m_entries[size_t(row)].id; }
    int regionId(int row) const { return m_places[m_entries[size_t(row)].place].regionId; }
    int cityId(int row) const { return m_places[m_entries[size_t(row)].place].cityId; }
    int titleStatus(int row) const { return m_entries[size_t(row)].titleStatus; }
    int typeIndex(int row) const { return m_entries[size_t(row)].type; }
    QString text(int row, Field field) const;
    QString regionName(int row) const { return m_regionNames.value(regionId(row)); }
    // The 市(州) above the unit's county; empty for a unit of a 市(州) body itself, as storage gives it.
    QString cityName(int row) const { return cityId(row) != regionId(row) ? m_regionNames.value(cityId(row)) : QString(); }
    QString typeName(int row) const { return m_types[size_t(typeIndex(row))].name; }
    QString categoryName(int row) const { return m_types[size_t(typeIndex(row))].category; }
    // The indexes into the type table of the types with this name, or of this category.
    std::vector<bool> typesNamed(const QString &name) const;
    std::vector<bool> typesInCategory(const QString &category) const;
    int typeCount() const { return int(m_types.size()); }
    UnitRow row(int row) const;

    // The rows whose text contains `needle` (ASCII letters in any case), ascending; only among `within` when given.
    std::vector<int> search(const QString &needle, const std::vector<int> *within = nullptr) const;

    // Every row ordered by a text field as Chinese readers expect (pinyin, through the system collator's order of
    // each character), then by id. The order by name of an index made by load() is ready (made while loading).
    std::vector<int> orderByText(Field field) const;
    // Every row ordered by a small table's name (region, city, type, category) in pinyin, then by id.
    enum class Table { Region, City, Type, Category };
    std::vector<int> orderByTable(Table table) const;

private:
    struct Entry // 16 bytes
    {
        qint32 id;
        quint32 text; // offset of its text in m_text: five fields separated by \x1f, ended by \n
        quint32 place; // index into m_places: the unit's region and the 市(州) above it
        quint16 type; // index into m_types
        qint8 titleStatus;
    };
    static_assert(sizeof(Entry) == 16, "a million units' fixed fields in 16 MB");
    struct Place
    {
        int regionId;
        int cityId;
    };
    struct Type
    {
        int id;
        QString name;
        QString category;
    };
    quint16 typeIndexFor(int typeId, const QString &name, const QString &category);
    quint32 placeIndexFor(int regionId, int cityId);
    void append(int id, int regionId, int cityId, quint16 type, int titleStatus, const std::array<QByteArrayView, FieldCount> &fields);
    QByteArrayView textOf(int row) const;

    std::vector<Entry> m_entries;
    std::vector<int> m_nameOrder; // made by load()
    QByteArray m_text;
    QHash<int, QString> m_regionNames;
    std::vector<Type> m_types;
    QHash<int, quint16> m_typeById;
    std::vector<Place> m_places; // a few thousand at most (a whole country's counties)
    QHash<quint64, quint32> m_placeIndex;
};

} // namespace cd
