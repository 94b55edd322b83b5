#include "services/rosterimport.h"

#include "io/csvreader.h"
#include "io/textdecode.h"
#include "io/xlsxreader.h"
#include "rules/creditcode.h"
#include "rules/textfields.h"
#include "services/lookup.h"
#include "services/unitservice.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "services/filescope.h"
#include "storage/regionrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/failure.h"
#include "util/shares.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <atomic>
#include <optional>
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

Table RosterImport::readTable(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        failInput(QCoreApplication::translate("cd::RosterImport", "Cannot read %1: %2").arg(shown, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (looksLikeZip(bytes))
        return readXlsxFirstSheet(bytes, shown).table;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is named .xlsx but is not an Excel workbook.").arg(shown));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is an old Excel (.xls) file; save it as .xlsx or CSV and import that.").arg(shown));
    const auto text = decodeText(bytes);
    if (!text)
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is not a roster: it is neither an .xlsx workbook nor a text (CSV) file.").arg(shown));
    CsvError err;
    Table t = parseCsv(text->text, &err);
    if (err.row)
        failInput(QCoreApplication::translate("cd::RosterImport", "%1, row %2: %3.").arg(shown).arg(err.row).arg(err.reason));
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

ImportPlan RosterImport::plan(const Table &table, const QString &shown, const ImportProgress &progress) const
{
    Database &db = m_db;
    ImportPlan plan;
    if (table.rows.isEmpty())
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is empty; a roster has a header row (单位名称, 所属地区, 单位类别, …) and one row per unit.").arg(shown));

    // Find the columns by their headers.
    int col[ColumnCount];
    std::fill(std::begin(col), std::end(col), -1);
    // The header is the first row, or the first row that has the roster's headers when a title row or two stand
    // above it (as in the program's own export and in many a clerk's sheet).
    int headIndex = 0;
    for (int r = 0; r < std::min<qsizetype>(table.rows.size(), 5); ++r) {
        int known = 0;
        for (const QString &cell : table.rows[r].cells) {
            QString h = foldWidth(cell);
            h.remove(QLatin1Char('*'));
            known += h == header(Name) || h == header(RegionCol) || h == header(Type);
        }
        if (known >= 2) {
            headIndex = r;
            break;
        }
    }
    const TableRow &head = table.rows[headIndex];
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

    const RegionLookup regions(RegionRepository(db).all());
    const FileScope scope = FileScope::of(db);
    UnitTypeRepository typeRepo(db);
    const TypeLookup types(typeRepo.all(), typeRepo.aliases());
    const QList<Unit> existing = UnitRepository(db).all();
    QHash<QString, int> byCredit;
    QHash<RegionKey, int> byRegionName;
    QHash<int, int> indexById;
    for (int i = 0; i < existing.size(); ++i) {
        const Unit &u = existing[i];
        indexById.insert(u.id, i);
        if (!u.creditCode.isEmpty())
            byCredit.insert(u.creditCode, u.id);
        byRegionName.insert(regionKey(u.regionId, u.name), u.id);
    }
    QHash<QString, int> fileCredit; // first row that used each key
    QHash<RegionKey, int> fileRegionName;
    QHash<int, int> fileMatched;                    // unit id → row that updates it
    plan.toAdd.reserve(table.rows.size());
    plan.addRows.reserve(table.rows.size());
    fileCredit.reserve(table.rows.size());
    fileRegionName.reserve(table.rows.size());

    // Each row's own checks need nothing from the other rows: they run on every core the machine has (a worker
    // thread per share of the rows, the calling thread taking the first share and reporting progress). Matching the
    // rows against each other and against the file's units follows in order, on this thread.
    struct RowCheck
    {
        Unit unit;
        QList<RowIssue> issues;
    };
    const int first = headIndex + 1;
    const int dataRows = int(table.rows.size()) - first;
    std::vector<RowCheck> checked(std::max(0, dataRows));
    const auto checkRow = [&](int r, RowCheck &out) {
        const TableRow &row = table.rows[r];
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
            if (!std::count(std::begin(col), std::end(col), i) && row.cells[i].contains(QChar::ReplacementCharacter))
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
    };
    std::atomic<bool> stop = false;
    const int shares = sharesFor(dataRows, 20000); // threads pay off from some thousands of rows
    runInShares(dataRows, 20000, stop, [&](int from, int to, bool reporting) {
        for (int i = from; i < to && !stop.load(std::memory_order_relaxed); ++i) {
            // The calling thread's share stands for all of them in the progress shown.
            if (reporting && progress && i % 2000 == 0 && !progress(std::min<qsizetype>(qsizetype(i - from) * shares, dataRows), dataRows))
                stop = true;
            else
                checkRow(first + i, checked[size_t(i)]);
        }
    });
    if (stop)
        cancelled();

    for (int i = 0; i < dataRows; ++i) {
        const TableRow &row = table.rows[first + i];
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
        if (!u.creditCode.isEmpty() && fileCredit.contains(u.creditCode)) {
            reject(CreditCode, QCoreApplication::translate("cd::RosterImport", "credit code %1 already appears in row %2").arg(u.creditCode).arg(fileCredit.value(u.creditCode)));
            continue;
        }
        if (fileRegionName.contains(rk)) {
            reject(Name, QCoreApplication::translate("cd::RosterImport", "%1 already appears in row %2 in the same region").arg(u.name).arg(fileRegionName.value(rk)));
            continue;
        }

        // Match an existing unit: by credit code, else by region + name.
        int match = u.creditCode.isEmpty() ? 0 : byCredit.value(u.creditCode, 0);
        const int nameMatch = byRegionName.value(rk, 0);
        if (match && nameMatch && nameMatch != match) {
            reject(Name, QCoreApplication::translate("cd::RosterImport", "another unit (id %1) in this region already has this name").arg(nameMatch));
            continue;
        }
        if (!match)
            match = nameMatch;
        if (match && !u.creditCode.isEmpty() && byCredit.value(u.creditCode, match) != match) {
            reject(CreditCode, QCoreApplication::translate("cd::RosterImport", "credit code %1 belongs to another unit (id %2)").arg(u.creditCode).arg(byCredit.value(u.creditCode)));
            continue;
        }
        if (match && fileMatched.contains(match)) {
            reject(Name, QCoreApplication::translate("cd::RosterImport", "row %1 already updates the same unit (id %2)").arg(fileMatched.value(match)).arg(match));
            continue;
        }
        if (!u.creditCode.isEmpty())
            fileCredit.insert(u.creditCode, row.number);
        fileRegionName.insert(rk, row.number);

        if (!match) {
            plan.toAdd.push_back(std::move(u));
            plan.addRows.push_back(row.number);
            continue;
        }
        fileMatched.insert(match, row.number);
        const Unit &old = existing[indexById.value(match)];
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
    return plan;
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
    if (plan.toAdd.size() >= 5000 && !db.isServer())
        bulk.emplace(db, QStringList{QStringLiteral("units")});
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
