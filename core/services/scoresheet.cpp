#include "services/rounds.h"
#include "services/scoresheet.h"

#include "io/xlsxreader.h"
#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"
#include "services/defaults.h"
#include "storage/transaction.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <cmath>
#include <xlsxwriter.h>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::ScoreSheet", s);
}

static const char kMarker[] = "CampaignDesk score sheet";
static const char kInfoSheet[] = "CampaignDesk"; // the hidden sheet that says what the score sheet is for

ScoreSheet::ScoreSheet(Database &db, const WorkCalendar &work, QString operatorName)
    : m_db(db), m_work(work), m_operator(std::move(operatorName))
{
}

int ScoreSheet::exportSheet(int roundYear, int assessorId, const QString &path)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    const auto assessor = repo.assessor(assessorId);
    if (!assessor)
        failInput(tr("There is no assessor with id %1.").arg(assessorId));
    Rounds rounds(m_db);
    rounds.require(roundYear);
    auto system = repo.system(roundYear);
    if (!system) {
        if (m_db.isReadOnly())
            failInput(tr("The %1 round has no indicator system yet.").arg(roundYear));
        Transaction t(db);
        rounds.ensureSystem(roundYear);
        t.commit();
        system = repo.system(roundYear);
    }
    QList<Unit> units;
    if (assessor->stage == QLatin1String("province")) {
        QSet<int> ids;
        for (const auto &r : repo.recommendations(roundYear))
            for (int u : r.unitIds)
                ids.insert(u);
        for (const auto &u : UnitRepository(db).all())
            if (ids.contains(u.id))
                units << u;
    } else {
        QHash<int, int> parent;
        for (const auto &r : RegionRepository(db).all())
            parent.insert(r.id, r.parentId);
        for (const auto &u : UnitRepository(db).all())
            if (!assessor->regionId || u.regionId == assessor->regionId || parent.value(u.regionId) == assessor->regionId)
                units << u;
    }
    units.erase(std::remove_if(units.begin(), units.end(), [&](const Unit &u) { return u.id == assessor->unitId; }), units.end());

    const QFileInfo fi(path);
    if (!QFileInfo(fi.absolutePath()).isDir())
        failInput(QCoreApplication::translate("cd::Export", "The folder %1 does not exist.").arg(QDir::toNativeSeparators(fi.absolutePath())));
    const QString tmp = fi.absolutePath() + QStringLiteral("/.cd-sheet-%1.xlsx.part").arg(assessorId);
    QFile::remove(tmp);
    lxw_workbook *wb = workbook_new(narrowPathForC(tmp).constData());
    if (!wb)
        failInput(tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *ws = workbook_add_worksheet(wb, tr("Score sheet").toUtf8().constData());
    // Which round, assessor and indicator system the sheet is for: in a hidden sheet, where no one sees or breaks it.
    lxw_worksheet *info = workbook_add_worksheet(wb, kInfoSheet);
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *note = workbook_add_format(wb);
    format_set_text_wrap(note);
    format_set_align(note, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    format_set_border(bold, LXW_BORDER_THIN);
    format_set_align(bold, LXW_ALIGN_CENTER);
    format_set_align(bold, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *locked = workbook_add_format(wb);
    format_set_bg_color(locked, 0xEEEEEE);
    format_set_border(locked, LXW_BORDER_THIN);
    format_set_text_wrap(locked);
    lxw_format *input = workbook_add_format(wb);
    format_set_unlocked(input);
    format_set_border(input, LXW_BORDER_THIN);
    format_set_num_format(input, "0.00");

    const int columns = 2 + int(system->indicators.size());
    const lxw_col_t last = lxw_col_t(columns - 1);
    worksheet_merge_range(ws, 0, 0, 0, last, tr("%1 appraisal score sheet").arg(roundYear).toUtf8().constData(), title);
    worksheet_set_row(ws, 0, 30, nullptr);
    const QString who = tr("Assessor: %1 (no. %2)    Stage: %3    Enter a score from 0 to the indicator's points in each white cell; "
                           "leave the unit columns and the headers as they are.")
                            .arg(assessor->name)
                            .arg(assessorId)
                            .arg(stageName(assessor->stage));
    worksheet_merge_range(ws, 1, 0, 1, last, who.toUtf8().constData(), note);
    worksheet_set_row(ws, 1, 36, nullptr);
    worksheet_write_string(ws, 2, 0, tr("Unit no.").toUtf8().constData(), bold);
    worksheet_write_string(ws, 2, 1, tr("Unit name").toUtf8().constData(), bold);
    worksheet_set_column(ws, 0, 0, 8, nullptr);
    worksheet_set_column(ws, 1, 1, 30, nullptr);
    const QString marker = QStringLiteral("%1; round=%2; assessor=%3; stage=%4; system=%5")
                               .arg(QLatin1String(kMarker)).arg(roundYear).arg(assessorId).arg(assessor->stage).arg(system->id);
    worksheet_write_string(info, 0, 0, marker.toUtf8().constData(), nullptr);
    worksheet_write_string(info, 1, 0, "indicator ids by column", nullptr);
    // Narrow score columns, so that the sheet printed one page wide stays readable; the header rows are tall enough for
    // the longest indicator name (a column 8 wide holds about 3 Chinese characters a line).
    int headerLines = 3;
    for (int c = 0; c < system->indicators.size(); ++c) {
        const Indicator &ind = system->indicators[c];
        const QString head = tr("%1\n%2\n(%3 points)").arg(ind.areaName, ind.name).arg(ind.points / 100.0);
        headerLines = std::max(headerLines, int(2 + (ind.areaName.size() + 2) / 3 - 1 + (ind.name.size() + 2) / 3));
        worksheet_write_string(ws, 2, lxw_col_t(c + 2), head.toUtf8().constData(), bold);
        worksheet_write_number(info, 1, lxw_col_t(c + 2), ind.id, nullptr);
        worksheet_set_column(ws, lxw_col_t(c + 2), lxw_col_t(c + 2), 8, nullptr);
        // Excel and WPS refuse a value outside 0…points as it is typed; the import checks again.
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = 0;
        v.maximum_number = ind.points / 100.0;
        if (!units.isEmpty())
            worksheet_data_validation_range(ws, 3, lxw_col_t(c + 2), lxw_row_t(2 + units.size()), lxw_col_t(c + 2), &v);
    }
    worksheet_set_row(ws, 2, 13.5 * headerLines, nullptr);
    worksheet_freeze_panes(ws, 3, 2);
    const auto existing = repo.scores(system->id, assessor->stage);
    for (int r = 0; r < units.size(); ++r) {
        const Unit &u = units[r];
        worksheet_write_number(ws, lxw_row_t(r + 3), 0, u.id, locked);
        worksheet_write_string(ws, lxw_row_t(r + 3), 1, u.name.toUtf8().constData(), locked);
        QHash<int, int> mine;
        for (const auto &s : existing.value(u.id))
            if (s.assessorId == assessorId)
                mine.insert(s.indicatorId, s.value);
        for (int c = 0; c < system->indicators.size(); ++c) {
            const int ind = system->indicators[c].id;
            if (mine.contains(ind))
                worksheet_write_number(ws, lxw_row_t(r + 3), lxw_col_t(c + 2), mine.value(ind) / 100.0, input);
            else
                worksheet_write_blank(ws, lxw_row_t(r + 3), lxw_col_t(c + 2), input);
        }
    }
    worksheet_protect(ws, nullptr, nullptr); // the unit columns and header stay as exported
    worksheet_protect(info, nullptr, nullptr);
    worksheet_hide(info);
    worksheet_activate(ws);
    // On paper: A4 landscape, one page wide, the title and header rows and the unit columns on every page, page numbers.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 2);
    worksheet_repeat_columns(ws, 0, 1);
    worksheet_set_footer(ws, tr("&CPage &P of &N").toUtf8().constData());
    worksheet_center_horizontally(ws);
    const lxw_error err = workbook_close(wb);
    QString why;
    if (err != LXW_NO_ERROR || !replaceFile(tmp, path, &why)) {
        QFile::remove(tmp);
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                                                  .arg(QDir::toNativeSeparators(path), err != LXW_NO_ERROR ? QString::fromUtf8(lxw_strerror(err)) : why));
    }
    return int(units.size());
}

ScoreSheetImport ScoreSheet::importSheet(const QString &path, int expectedRound, const QString &afterNamingReason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        failInput(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), readProblem(file)));
    const QByteArray bytes = file.readAll();
    const QString shown = QDir::toNativeSeparators(path);
    const XlsxSheet sheet = readXlsxFirstSheet(bytes, shown);
    // What the sheet is for: the hidden sheet of this version, else cell A2 of sheets exported before it.
    const std::optional<XlsxSheet> info = readXlsxSheet(bytes, shown, QLatin1String(kInfoSheet));
    ScoreSheetImport result;
    const auto &rows = sheet.table.rows;
    const TableRow *markerRow = nullptr, *headerRow = nullptr, *idRow = nullptr;
    for (const auto &r : info ? info->table.rows : rows) {
        if (r.number == (info ? 1 : 2))
            markerRow = &r;
        if (info && r.number == 2)
            idRow = &r;
    }
    for (const auto &r : rows)
        if (r.number == 3)
            headerRow = &r;
    const QRegularExpression re(QStringLiteral("^%1; round=(\\d+); assessor=(\\d+); stage=(local|province); system=(\\d+)$")
                                    .arg(QLatin1String(kMarker)));
    const auto m = re.match(markerRow ? markerRow->cells.value(0) : QString());
    if (!m.hasMatch() || !headerRow)
        failInput(tr("%1 is not a CampaignDesk score sheet (it does not say which round and assessor it is for).").arg(shown));
    result.roundYear = m.captured(1).toInt();
    result.assessorId = m.captured(2).toInt();
    result.stage = m.captured(3);
    const int systemId = m.captured(4).toInt();
    const QString head0 = tr("Unit no.");

    AppraisalRepository repo(m_db);
    const auto system = repo.system(result.roundYear);
    if (expectedRound && expectedRound != result.roundYear)
        result.rejected.push_back({2, QStringLiteral("A"), tr("this sheet is for the %1 round, not %2").arg(result.roundYear).arg(expectedRound)});
    if (!system || system->id != systemId)
        result.rejected.push_back({2, QStringLiteral("A"), tr("this sheet was made for another version of the %1 indicator system; "
                                                             "export a new sheet").arg(result.roundYear)});
    QHash<int, const Indicator *> byId;
    if (system)
        for (const auto &i : system->indicators)
            byId.insert(i.id, &i);
    const QRegularExpression idRe(QStringLiteral("\\[#(\\d+)\\]\\s*$"));
    QHash<int, const Indicator *> columns;
    QHash<int, int> columnOfIndicator; // indicator id → the first column that holds it
    for (int c = 2; c < std::max(headerRow->cells.size(), idRow ? idRow->cells.size() : 0); ++c) {
        int id = 0;
        if (idRow) {
            id = idRow->cells.value(c).toInt();
        } else if (const auto im = idRe.match(headerRow->cells.value(c)); im.hasMatch()) {
            id = im.captured(1).toInt();
        }
        const Indicator *ind = id ? byId.value(id) : nullptr;
        if (!ind && (id || !headerRow->cells.value(c).isEmpty()))
            result.rejected.push_back({3, headerRow->cells.value(c), tr("not an indicator of this round's system")});
        if (ind && columnOfIndicator.contains(ind->id)) {
            // Two columns for one indicator: which score counts is anybody's guess.
            result.rejected.push_back({3, headerRow->cells.value(c), tr("the same indicator is already in column %1").arg(columnOfIndicator.value(ind->id) + 1)});
            ind = nullptr;
        } else if (ind) {
            columnOfIndicator.insert(ind->id, c);
        }
        columns.insert(c, ind);
    }
    QHash<int, bool> unitExists;
    for (const auto &u : UnitRepository(m_db).all())
        unitExists.insert(u.id, true);

    QList<Score> scores;
    QHash<int, int> rowOfUnit; // unit id → the first row that scores it
    for (const auto &r : rows) {
        if (r.number <= 3)
            continue;
        bool ok = false;
        const int unitId = r.cells.value(0).toInt(&ok);
        if (!ok || !unitExists.contains(unitId)) {
            result.rejected.push_back({r.number, head0, tr("\"%1\" is not a unit of this data file").arg(r.cells.value(0))});
            continue;
        }
        if (rowOfUnit.contains(unitId)) {
            result.rejected.push_back({r.number, head0, tr("unit %1 is already scored in row %2").arg(unitId).arg(rowOfUnit.value(unitId))});
            continue;
        }
        rowOfUnit.insert(unitId, r.number);
        for (int c = 2; c < r.cells.size(); ++c) {
            const QString text = r.cells[c].trimmed();
            const Indicator *ind = columns.value(c);
            if (text.isEmpty() || !ind)
                continue;
            bool num = false;
            const double v = text.toDouble(&num);
            const QString column = headerRow->cells.value(c);
            // Only finite numbers are scores: "nan", "inf" and "1e999" read as numbers but are none.
            if (!num || !std::isfinite(v)) {
                result.rejected.push_back({r.number, column, tr("\"%1\" is not a number").arg(text)});
                continue;
            }
            const int hundredths = int(std::lround(v * 100.0));
            if (hundredths < 0 || hundredths > ind->points || std::fabs(v * 100.0 - hundredths) > 1e-6)
                result.rejected.push_back({r.number, column, tr("%1 is outside 0…%2").arg(text).arg(ind->points / 100.0)});
            else
                scores.push_back({result.assessorId, unitId, ind->id, hundredths});
        }
    }
    result.scores = int(scores.size());
    if (!result.rejected.isEmpty())
        return result;
    Scoring(m_db, m_work, m_operator).enterScores(result.roundYear, result.stage, result.assessorId, scores, afterNamingReason);
    return result;
}

} // namespace cd
