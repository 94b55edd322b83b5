#include "services/rosterimport.h"

#include "io/csvreader.h"
#include "io/textdecode.h"
#include "io/xlsxreader.h"
#include "rules/creditcode.h"
#include "rules/textfields.h"
#include "services/lookup.h"
#include "services/rostersource.h"
#include "services/unitservice.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "services/filescope.h"
#include "storage/regionrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/failure.h"
#include "util/boundedqueue.h"
#include "util/seenkeys.h"
#include "util/shares.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <algorithm>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace cd {

namespace {

enum Column { Name, RegionCol, Type, CreditCode, Address, Leader, Phone, Staff, Note, ColumnCount };

// DOMAIN.md §10 headers; matched after trimming and folding full-width forms.
const char16_t *const kHeaders[ColumnCount] = {u"单位名称", u"所属地区", u"单位类别", u"统一社会信用代码", u"地址",
                                              u"负责人",   u"联系电话", u"职工人数", u"备注"};

QString header(int c)
{
    return QString::fromUtf16(kHeaders[c]);
}

// A unit's name is unique within its region: the key of that rule, without a new string per row.
using RegionKey = std::pair<int, QString>;
RegionKey regionKey(int regionId, const QString &name)
{
    return {regionId, name};
}

// Our CSV export puts an apostrophe before text a spreadsheet would run as a formula (=, +, -, @); reading it back,
// the apostrophe goes again, so that an export imports as it is.
QString unneutralised(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')
        && QStringLiteral("=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

// A spreadsheet's column letter (A, B, …, Z, AA, …) for a 0-based index.
QString columnLetter(int index)
{
    QString s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

} // namespace


namespace {

// A part of a roster read and checked, handed from the reading thread to the writing one.
struct CheckedPart
{
    ImportPlan plan;      // what the part's rows ask for; the new units are in `added`
    PreparedUnits added;  // encoded on the reading thread
    qsizetype rows = 0;
};

} // namespace

Table RosterImport::readTable(const QString &path)
{
    RosterSource source(path);
    Table t;
    source.read(t.rows, std::numeric_limits<qsizetype>::max());
    return t;
}

static void cancelled()
{
    failInput(QCoreApplication::translate("cd::RosterImport", "The import was cancelled; nothing was imported."));
}

ImportPlan RosterImport::plan(const QString &path, const ImportProgress &progress) const
{
    return plan(readTable(path), QDir::toNativeSeparators(path), progress);
}

namespace {

// The columns of a roster, found by their headers.
struct RosterColumns
{
    int col[ColumnCount];
    int headIndex = 0; // of the rows looked at
    TableRow head;
};

RosterColumns findColumns(const QList<TableRow> &rows, const QString &shown)
{
    if (rows.isEmpty())
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is empty; a roster has a header row (单位名称, 所属地区, 单位类别, …) and one row per unit.").arg(shown));
    RosterColumns found;
    int *col = found.col;
    std::fill(std::begin(found.col), std::end(found.col), -1);
    // The header is the first row, or the first row that has the roster's headers when a title row or two stand
    // above it (as in the program's own export and in many a clerk's sheet).
    int &headIndex = found.headIndex;
    for (int r = 0; r < std::min<qsizetype>(rows.size(), 5); ++r) {
        int known = 0;
        for (const QString &cell : rows[r].cells) {
            QString h = foldWidth(cell);
            h.remove(QLatin1Char('*'));
            known += h == header(Name) || h == header(RegionCol) || h == header(Type);
        }
        if (known >= 2) {
            headIndex = r;
            break;
        }
    }
    found.head = rows[headIndex];
    const TableRow &head = found.head;
    for (int i = 0; i < head.cells.size(); ++i) {
        QString h = foldWidth(head.cells[i]);
        h.remove(QLatin1Char('*'));
        for (int c = 0; c < ColumnCount; ++c) {
            if (h != header(c))
                continue;
            // Two columns with one header: which one holds the unit's data is anybody's guess, so the file is refused.
            if (col[c] >= 0)
                failInput(QCoreApplication::translate("cd::RosterImport", "%1, row %2: the column %3 appears twice (columns %4 and %5); delete one of them and import again.")
                              .arg(shown)
                              .arg(head.number)
                              .arg(header(c), columnLetter(col[c]), columnLetter(i)));
            col[c] = i;
        }
    }
    QStringList missing;
    for (int c : {Name, RegionCol, Type})
        if (col[c] < 0)
            missing << header(c);
    if (missing.size() == 3)
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is not a unit roster: its first row has none of the headers 单位名称, 所属地区, 单位类别.").arg(shown));
    if (!missing.isEmpty())
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 lacks the required column(s) %2 in its header row.", nullptr, int(missing.size()))
                      .arg(shown, missing.join(QStringLiteral("、"))));
    return found;
}

// Checks a roster's rows against the rules (DOMAIN.md §10), against each other and against the file's units, a part of
// the file at a time if need be: the rows and units already seen are remembered from one part to the next.
class RosterChecker
{
public:
    // `expectedRows`: about how many rows will be checked in all, to size the tables of what was seen once.
    RosterChecker(Database &db, RosterColumns columns, qsizetype expectedRows)
        : m_cols(std::move(columns)), m_regions(RegionRepository(db).all()), m_scope(FileScope::of(db)),
          m_types(UnitTypeRepository(db).all(), UnitTypeRepository(db).aliases()), m_existing(UnitRepository(db).all()),
          m_fileCredit(expectedRows), m_fileRegionName(expectedRows)
    {
        for (int i = 0; i < m_existing.size(); ++i) {
            const Unit &u = m_existing[i];
            m_indexById.insert(u.id, i);
            if (!u.creditCode.isEmpty())
                m_byCredit.insert(u.creditCode, u.id);
            m_byRegionName.insert(regionKey(u.regionId, u.name), u.id);
        }
    }

    // Checks rows[from…] and adds what they come to to the plan: each row's own checks, then the matching.
    void check(const QList<TableRow> &rows, qsizetype from, ImportPlan &plan, const std::function<bool(qsizetype)> &tick)
    {
        match(rows, from, prepare(rows, from, tick), plan);
    }

private:
    struct RowCheck
    {
        Unit unit;
        QList<RowIssue> issues;
    };

    // Each row's own checks, which need nothing from the other rows: from 10,000 rows they run on every core (a worker
    // thread per share, the calling thread taking the first share and reporting to `tick` every 2,000 rows how many
    // of these are done; false cancels).
    std::vector<RowCheck> prepare(const QList<TableRow> &rows, qsizetype from, const std::function<bool(qsizetype)> &tick) const
    {
        const int count = int(std::max<qsizetype>(0, rows.size() - from));
        std::vector<RowCheck> checked(static_cast<size_t>(count));
        std::atomic<bool> stop = false;
        const int least = 10000; // threads pay off from some thousands of rows
        const int shares = sharesFor(count, least);
        runInShares(count, least, stop, [&](int begin, int end, bool reporting) {
            for (int i = begin; i < end && !stop.load(std::memory_order_relaxed); ++i) {
                // The calling thread's share stands for all of them in the progress shown.
                if (reporting && tick && i % 2000 == 0 && !tick(std::min<qsizetype>(qsizetype(i - begin) * shares, count)))
                    stop = true;
                else
                    checkRow(rows[from + i], checked[size_t(i)]);
            }
        });
        if (stop)
            cancelled();
        return checked;
    }

    // Matches the prepared rows against each other and against the file's units, in order.
    void match(const QList<TableRow> &rows, qsizetype from, std::vector<RowCheck> checked, ImportPlan &plan)
    {
        const int count = int(checked.size());
        plan.toAdd.reserve(plan.toAdd.size() + count);
        plan.addRows.reserve(plan.addRows.size() + count);
        const int *col = m_cols.col;
        // The keys' hashes first, so that the look-ups a few rows ahead can be fetched from memory while this one is
        // matched (SeenKeys::prefetch).
        std::vector<size_t> creditHashes(size_t(count), 0), nameHashes(size_t(count), 0);
        for (int i = 0; i < count; ++i) {
            const Unit &u = checked[size_t(i)].unit;
            if (!checked[size_t(i)].issues.isEmpty())
                continue;
            if (!u.creditCode.isEmpty())
                creditHashes[size_t(i)] = SeenKeys<QString>::hashOf(u.creditCode);
            nameHashes[size_t(i)] = SeenKeys<RegionKey>::hashOf(regionKey(u.regionId, u.name));
        }
        constexpr int ahead = 8;
        for (int i = 0; i < count; ++i) {
            if (i + ahead < count) {
                m_fileCredit.prefetch(creditHashes[size_t(i + ahead)]);
                m_fileRegionName.prefetch(nameHashes[size_t(i + ahead)]);
            }
            const TableRow &row = rows[from + i];
            ++plan.dataRows;
            RowCheck &check = checked[size_t(i)];
            const auto reject = [&](int c, const QString &reason) { plan.rejected.push_back({row.number, header(c), reason}); };
            if (!check.issues.isEmpty()) {
                plan.rejected += check.issues;
                continue;
            }
            Unit u = std::move(check.unit);

            // Duplicates inside the file.
            const RegionKey rk = regionKey(u.regionId, u.name);
            const bool hasCredit = !u.creditCode.isEmpty();
            const size_t creditHash = creditHashes[size_t(i)];
            if (const int first = hasCredit ? m_fileCredit.rowOf(u.creditCode, creditHash) : 0) {
                reject(CreditCode, QCoreApplication::translate("cd::RosterImport", "credit code %1 already appears in row %2").arg(u.creditCode).arg(first));
                continue;
            }
            const size_t nameHash = nameHashes[size_t(i)];
            if (const int first = m_fileRegionName.rowOf(rk, nameHash)) {
                reject(Name, QCoreApplication::translate("cd::RosterImport", "%1 already appears in row %2 in the same region").arg(u.name).arg(first));
                continue;
            }

            // Match an existing unit: by credit code, else by region + name.
            int match = u.creditCode.isEmpty() ? 0 : m_byCredit.value(u.creditCode, 0);
            const int nameMatch = m_byRegionName.value(rk, 0);
            if (match && nameMatch && nameMatch != match) {
                reject(Name, QCoreApplication::translate("cd::RosterImport", "another unit (id %1) in this region already has this name").arg(nameMatch));
                continue;
            }
            if (!match)
                match = nameMatch;
            if (match && !u.creditCode.isEmpty() && m_byCredit.value(u.creditCode, match) != match) {
                reject(CreditCode, QCoreApplication::translate("cd::RosterImport", "credit code %1 belongs to another unit (id %2)").arg(u.creditCode).arg(m_byCredit.value(u.creditCode)));
                continue;
            }
            if (match && m_fileMatched.contains(match)) {
                reject(Name, QCoreApplication::translate("cd::RosterImport", "row %1 already updates the same unit (id %2)").arg(m_fileMatched.value(match)).arg(match));
                continue;
            }
            if (hasCredit)
                m_fileCredit.insert(u.creditCode, creditHash, row.number);
            m_fileRegionName.insert(rk, nameHash, row.number);

            if (!match) {
                plan.toAdd.push_back(std::move(u));
                plan.addRows.push_back(row.number);
                continue;
            }
            m_fileMatched.insert(match, row.number);
            const Unit &old = m_existing[m_indexById.value(match)];
            Unit updated = u;
            updated.id = match;
            updated.version = old.version; // saved only onto what was read here
            // Columns the file does not have keep what the unit had.
            if (col[CreditCode] < 0 || updated.creditCode.isEmpty())
                updated.creditCode = old.creditCode;
            if (col[Address] < 0) updated.address = old.address;
            if (col[Leader] < 0) updated.leader = old.leader;
            if (col[Phone] < 0) updated.phone = old.phone;
            if (col[Staff] < 0) updated.staffCount = old.staffCount;
            if (col[Note] < 0) updated.note = old.note;
            if (sameContent(updated, old)) {
                ++plan.unchanged;
            } else {
                plan.toUpdate.push_back(updated);
                plan.previous.push_back(old);
                plan.updateRows.push_back(row.number);
            }
        }
    }

    void checkRow(const TableRow &row, RowCheck &out) const;

    RosterColumns m_cols;
    RegionLookup m_regions;
    FileScope m_scope;
    TypeLookup m_types;
    QList<Unit> m_existing;
    QHash<QString, int> m_byCredit;
    QHash<RegionKey, int> m_byRegionName;
    QHash<int, int> m_indexById;
    SeenKeys<QString> m_fileCredit; // first row that used each key
    SeenKeys<RegionKey> m_fileRegionName;
    QHash<int, int> m_fileMatched; // unit id → row that updates it
};

void RosterChecker::checkRow(const TableRow &row, RowCheck &out) const
{
    const int *col = m_cols.col;
    const TableRow &head = m_cols.head;
    const RegionLookup &regions = m_regions;
    const FileScope &scope = m_scope;
    const TypeLookup &types = m_types;
    const auto cell = [&](int c) { return col[c] < 0 ? QString() : unneutralised(row.cells.value(col[c]).trimmed()); };
    const auto reject = [&](int c, const QString &reason) { out.issues.push_back({row.number, header(c), reason}); };
    Unit &u = out.unit;
    u.name = cell(Name);
    if (u.name.isEmpty())
        reject(Name, QCoreApplication::translate("cd::RosterImport", "the unit name is empty"));
    const auto region = regions.resolve(cell(RegionCol));
    if (region.regionId == 0)
        reject(RegionCol, region.error);
    else if (!scope.contains(region.regionId)) // DOMAIN.md §11: a county's file keeps its own units only
        reject(RegionCol, QCoreApplication::translate("cd::RosterImport", "%1 is outside %2, which keeps only the units of its region")
                              .arg(cell(RegionCol), scope.describe()));
    u.regionId = region.regionId;
    const QString typeText = cell(Type);
    u.typeId = types.resolve(typeText);
    if (u.typeId == 0)
        reject(Type, typeText.isEmpty() ? QCoreApplication::translate("cd::RosterImport", "the unit type is empty")
                                        : QCoreApplication::translate("cd::RosterImport", "%1 is not a known unit type or alias").arg(typeText));
    u.creditCode = foldWidth(cell(CreditCode)).toUpper();
    if (!u.creditCode.isEmpty()) {
        const auto check = checkCreditCode(u.creditCode);
        switch (check.result) {
        case CreditCodeCheck::Result::Ok: break;
        case CreditCodeCheck::Result::WrongLength:
            reject(CreditCode, QCoreApplication::translate("cd::RosterImport", "%1 has %2 characters; a credit code has 18").arg(u.creditCode).arg(u.creditCode.size()));
            break;
        case CreditCodeCheck::Result::BadCharacter:
            reject(CreditCode, QCoreApplication::translate("cd::RosterImport", "%1: character %2 (%3) is not allowed (0-9, A-H, J-N, P-R, T, U, W-Y)")
                                   .arg(u.creditCode)
                                   .arg(check.position)
                                   .arg(u.creditCode.at(check.position - 1)));
            break;
        case CreditCodeCheck::Result::BadCheckCharacter:
            reject(CreditCode, QCoreApplication::translate("cd::RosterImport", "%1: the check character should be %2 (GB 32100-2015); is a character mistyped?")
                                   .arg(u.creditCode, QString(check.expected)));
            break;
        }
    }
    u.address = cell(Address);
    u.leader = cell(Leader);
    u.phone = cell(Phone);
    u.note = cell(Note);
    for (const auto &[c, value, field] : {std::tuple{Name, &u.name, TextField::Name}, {Address, &u.address, TextField::Address},
                                          {Leader, &u.leader, TextField::Person}, {Phone, &u.phone, TextField::Phone},
                                          {Note, &u.note, TextField::Note}}) {
        const QString problem = textFieldProblem(*value, field);
        if (!problem.isEmpty())
            reject(c, problem);
    }
    // Bytes that could not be read are never dropped silently, in whichever column they are.
    for (int i = 0; i < row.cells.size(); ++i)
        if (!std::count(col, col + ColumnCount, i) && row.cells[i].contains(QChar::ReplacementCharacter))
            out.issues.push_back({row.number, head.cells.value(i).isEmpty() ? columnLetter(i) : head.cells.value(i),
                                  textFieldProblem(row.cells[i], TextField::Note)});
    const QString staff = foldWidth(cell(Staff));
    if (!staff.isEmpty()) {
        bool ok = false;
        const int n = staff.toInt(&ok);
        if (!ok || n < 0)
            reject(Staff, QCoreApplication::translate("cd::RosterImport", "%1 is not a whole number of staff (0 or more)").arg(staff));
        else
            u.staffCount = n;
    }
}

} // namespace

ImportPlan RosterImport::plan(const Table &table, const QString &shown, const ImportProgress &progress) const
{
    ImportPlan plan;
    const RosterColumns columns = findColumns(table.rows.mid(0, 5), shown);
    const qsizetype first = columns.headIndex + 1;
    const qsizetype dataRows = std::max<qsizetype>(0, table.rows.size() - first);
    RosterChecker checker(m_db, columns, dataRows);
    std::function<bool(qsizetype)> tick;
    if (progress)
        tick = [&progress, dataRows](qsizetype done) { return progress(done, dataRows); };
    checker.check(table.rows, first, plan, tick);
    return plan;
}

ImportResult RosterImport::importFile(const QString &path, bool onlyValid, ImportPlan &summary, const ImportProgress &progress,
                                      qsizetype rowsPerPart) const
{
    Database &db = m_db;
    RosterSource source(path);
    QList<TableRow> rows;
    source.read(rows, 5); // the header is among the first rows
    const RosterColumns columns = findColumns(rows, QDir::toNativeSeparators(path));
    qsizetype from = columns.headIndex + 1;
    const qsizetype expected = std::max<qsizetype>(0, rows.size() - from) + source.rowsLeft();
    RosterChecker checker(db, columns, expected);
    if (rowsPerPart <= 0)
        rowsPerPart = rowsPerPartFor(expected);

    // Written as apply() writes a large plan (storage/bulkload.h), as the rows are checked, in one transaction.
    std::optional<BulkLoad> bulk;
    if (expected >= 5000 && !db.isServer()) // every row written has passed checkRow(): a name, staff 0 or more
        bulk.emplace(db, QStringList{QStringLiteral("units")}, BulkLoad::RowChecks::ByCaller);
    Transaction t(db);
    UnitInserter inserter(db, expected);
    UnitRepository units(db);
    ImportResult result;

    // A part at a time: read, each row's own checks, matched in order, written. A part is read and checked on a thread
    // of its own while this one writes the one before, so that the database and the file are each at work all along.
    // The data rows' cells are not copied out of the file's text (the header's are): the units and the checker's keys
    // made from them live no longer than `source`, and the problems reported are made the caller's own text below.
    BoundedQueue<CheckedPart> queue(2);
    std::exception_ptr readFailure;
    auto readParts = [&, rows = std::move(rows), from]() mutable {
        try {
            do {
                CheckedPart part;
                checker.check(rows, from, part.plan, {});
                part.added = PreparedUnits(std::exchange(part.plan.toAdd, {}));
                part.rows = rows.size() - from;
                rows.clear();
                from = 0;
                if (!queue.push(std::move(part)))
                    return; // the writing stopped
            } while (source.read(rows, rowsPerPart, CsvReader::Cells::Borrowed) > 0);
        } catch (...) {
            readFailure = std::current_exception();
        }
        queue.close();
    };
    std::optional<std::thread> reader;
    try {
        reader.emplace(std::ref(readParts));
    } catch (const std::system_error &) {
        // No thread to be had: everything is read first (the queue then holds every part), then written.
        queue.unbounded();
        readParts();
    }
    const auto joinReader = [&] {
        queue.close();
        if (reader && reader->joinable())
            reader->join();
    };
    auto stopReader = qScopeGuard(joinReader); // also when the writing fails or is cancelled
    qsizetype done = 0;
    while (std::optional<CheckedPart> checked = queue.pop()) {
        if (progress && !progress(std::min(done, expected), expected))
            cancelled();
        const ImportPlan &part = checked->plan;
        done += checked->rows;
        summary.rejected += part.rejected;
        summary.unchanged += part.unchanged;
        summary.dataRows += part.dataRows;
        // A rejected row stops the writing (unless onlyValid); the checking goes on, to list every problem.
        if (summary.rejected.isEmpty() || onlyValid) {
            inserter.add(checked->added);
            units.update(part.toUpdate);
            result.imported += int(checked->added.size());
            result.updated += int(part.toUpdate.size());
        }
    }
    stopReader.dismiss();
    joinReader();
    if (readFailure)
        std::rethrow_exception(readFailure);
    for (RowIssue &issue : summary.rejected) {
        issue.column = QString(issue.column.constData(), issue.column.size());
        issue.reason = QString(issue.reason.constData(), issue.reason.size());
    }
    if (!summary.rejected.isEmpty() && !onlyValid)
        return {}; // nothing is kept: the transaction rolls back
    inserter.finish();
    t.commit();
    return result;
}

qsizetype RosterImport::rowsPerPartFor(qsizetype rows)
{
    return std::clamp<qsizetype>(rows / 40, 5000, 25000);
}

int ImportPlan::rejectedRows() const
{
    // Problems are found row by row, so a row's problems stand together.
    int rows = 0;
    for (qsizetype i = 0; i < rejected.size(); ++i)
        rows += i == 0 || rejected[i].row != rejected[i - 1].row;
    return rows;
}

ImportResult RosterImport::apply(const ImportPlan &plan, const ImportProgress &progress) const
{
    Database &db = m_db;
    ImportResult result;
    // A large roster into a file that holds fewer units is written as demo data is (storage/bulkload.h): through a
    // rollback journal, which writes the new pages once instead of twice, without a lookup of region and type per row
    // (the plan resolved them). Still all-or-nothing.
    std::optional<BulkLoad> bulk;
    if (plan.toAdd.size() >= 5000 && !db.isServer()) // every unit of a plan has passed checkRow()
        bulk.emplace(db, QStringList{QStringLiteral("units")}, BulkLoad::RowChecks::ByCaller);
    Transaction t(db); // a cancel or a failure below rolls everything back
    UnitRepository units(db);
    const qsizetype total = plan.toAdd.size() + plan.toUpdate.size();
    std::function<bool(qsizetype)> tick;
    if (progress)
        tick = [&progress, total](qsizetype done) { return progress(done, total); };
    result.addedIds.reserve(plan.toAdd.size());
    // Row by row from the plan, without a second copy of every unit.
    units.insert(
        plan.toAdd.size(), [&plan](qsizetype i, Unit &u) { u = plan.toAdd[i]; },
        [&result](qsizetype, int id) { result.addedIds.push_back(id); }, tick);
    if (progress && !progress(plan.toAdd.size(), total))
        cancelled();
    units.update(plan.toUpdate);
    t.commit();
    result.imported = int(plan.toAdd.size());
    result.updated = int(plan.toUpdate.size());
    return result;
}


void RosterImport::revert(const ImportPlan &plan, const ImportResult &result) const
{
    Database &db = m_db;
    Transaction t(db);
    UnitRepository units(db);
    units.remove(result.addedIds);
    UnitService(db).replaceAll(plan.toUpdate, plan.previous);
    t.commit();
}

void RosterImport::reapply(const ImportPlan &plan, const ImportResult &result) const
{
    Database &db = m_db;
    Transaction t(db);
    UnitRepository units(db);
    QList<Unit> added = plan.toAdd;
    for (int i = 0; i < added.size() && i < result.addedIds.size(); ++i)
        added[i].id = result.addedIds[i];
    units.insertWithIds(added);
    UnitService(db).replaceAll(plan.previous, plan.toUpdate);
    t.commit();
}

} // namespace cd
