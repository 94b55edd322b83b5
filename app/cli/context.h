// What every CLI command gets: its arguments, the output mode, the data file path, and output helpers.
#pragma once

#include "cli/args.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace cd {
class Database;
class WorkCalendar;
}

namespace cd::cli {

struct Context
{
    Args args;
    bool json = false;
    QString dbPath;

    std::unique_ptr<Database> openReadOnly() const;
    std::unique_ptr<Database> openForWriting() const;
    QDate date(const QString &option) const; // a required YYYY-MM-DD option
    int year(const QString &option) const;   // a required year option
};

// --region CODE, one meaning everywhere (CLI.md): 220000 the whole province, a 市(州) with its counties, a county
// itself; 长白山管委会 by its name. 0 when the option is absent; a code that names no region is refused (exit 2).
int regionOption(const Context &ctx, Database &db);
// The units of --region and every region below it; nullopt when the option is absent.
std::optional<QSet<int>> unitsOfRegionOption(const Context &ctx, Database &db);

void printText(const QString &text);   // UTF-8 on stdout, one line
void printJson(const QJsonObject &o);  // one JSON document on stdout
void printError(const QString &text);  // UTF-8 on stderr

using Command = int (*)(Context &);
int cmdInit(Context &);
int cmdServerInit(Context &);
int cmdServerMigrate(Context &);
int cmdServerCopy(Context &);
int cmdServerAddClerk(Context &);
int cmdServerListClerks(Context &);
int cmdServerRemoveClerk(Context &);
int cmdCalendar(Context &);
int cmdCycle(Context &);
int cmdUnitsImport(Context &);
int cmdUnitsList(Context &);
int cmdDemo(Context &);
int cmdCheck(Context &);
int cmdBackup(Context &);
int cmdExport(Context &);
int cmdVetoAdd(Context &);
int cmdPrereqSet(Context &);
int cmdSurveyAdd(Context &);
int cmdAssessorsAdd(Context &);
int cmdAppraise(Context &);
int cmdRecommend(Context &);
int cmdName(Context &);
int cmdReview(Context &);
int cmdStatus(Context &);
int cmdScoresImport(Context &);
int cmdAssess(Context &);
int cmdRectificationAdd(Context &);
int cmdQuotaSet(Context &);
int cmdVetoKindAdd(Context &);
int cmdActivityAdd(Context &);
int cmdDemoPointSet(Context &);
int cmdRectificationClose(Context &);
int cmdReport(Context &);
int cmdRoundAdd(Context &);
int cmdVetoList(Context &);
int cmdSurveyList(Context &);
int cmdPrereqList(Context &);
int cmdActivityList(Context &);
int cmdRectificationList(Context &);
int cmdDemoPointList(Context &);
int cmdPackageExport(Context &);
int cmdPackageImport(Context &);
int cmdPackageReceipt(Context &);
int cmdPackageList(Context &);
int cmdPackageConflicts(Context &);
int cmdPackageDecide(Context &);
// Who is working, for the audit trail: CAMPAIGNDESK_OPERATOR, else the system's user name.
QString operatorName();

} // namespace cd::cli
