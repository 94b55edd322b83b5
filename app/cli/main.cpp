// campaigndesk-cli: the command-line face of the product (CLI.md). A thin shell over core services.
#include "cli/context.h"
#include "cli/reportmodule.h"

#include "util/failure.h"
#include "util/hugepages.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <memory>
#include <QLocale>
#include <QThread>
#include <QTranslator>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#if defined(__GLIBC__)
#include <unistd.h>
#include <malloc.h>
#endif

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace cd;
using namespace cd::cli;

namespace {

struct Entry
{
    const char *words;
    Command run;
};

const Entry kCommands[] = {
    {"init", cmdInit},       {"calendar", cmdCalendar},           {"cycle", cmdCycle},
    {"units import", cmdUnitsImport}, {"units list", cmdUnitsList}, {"demo", cmdDemo},
    {"check", cmdCheck},     {"backup", cmdBackup},           {"export", cmdExport},
    {"report", cmdReport},   {"veto add", cmdVetoAdd},       {"prereq set", cmdPrereqSet},
    {"survey add", cmdSurveyAdd}, {"assessors add", cmdAssessorsAdd}, {"appraise", cmdAppraise},
    {"recommend", cmdRecommend}, {"name", cmdName},          {"review", cmdReview},
    {"status", cmdStatus},   {"scores import", cmdScoresImport}, {"assess", cmdAssess},
    {"rectification add", cmdRectificationAdd}, {"rectification close", cmdRectificationClose},
    {"quota set", cmdQuotaSet}, {"veto kind add", cmdVetoKindAdd}, {"activity add", cmdActivityAdd}, {"demo-point set", cmdDemoPointSet},
    {"round add", cmdRoundAdd}, {"veto list", cmdVetoList}, {"survey list", cmdSurveyList}, {"prereq list", cmdPrereqList},
    {"activity list", cmdActivityList}, {"rectification list", cmdRectificationList}, {"demo-point list", cmdDemoPointList},
    {"package export", cmdPackageExport}, {"package import", cmdPackageImport}, {"package receipt", cmdPackageReceipt},
    {"package list", cmdPackageList}, {"package conflicts", cmdPackageConflicts}, {"package decide", cmdPackageDecide},
    {"server init", cmdServerInit}, {"server migrate", cmdServerMigrate}, {"server add-clerk", cmdServerAddClerk},
    {"server list-clerks", cmdServerListClerks}, {"server remove-clerk", cmdServerRemoveClerk}, {"server copy", cmdServerCopy},
};

QString usage()
{
    return QCoreApplication::translate(
        "cd::cli",
        "Usage: campaigndesk-cli [--db PATH] COMMAND [ARGS] [--json] [--lang zh_CN|en]\n"
        "Commands:\n"
        "  init [--province CODE] [--level province|city|county] [--region CODE]\n"
        "  calendar --date YYYY-MM-DD\n"
        "  cycle --year YYYY\n"
        "  units import FILE [--only-valid]\n"
        "  units list [--region CODE] [--type NAME]\n"
        "  demo --units N [--seed S]\n"
        "  check\n"
        "  backup --out FILE\n"
        "  export units|nominations|reviews|recommendations [--round YYYY] --out FILE.xlsx|FILE.csv [--encoding utf-8|gb18030]\n"
        "  report naming-list|review-list|appraisal-form|summary|recommendation-list|score-ledger --round YYYY [--unit ID] [--region CODE] [--stage local|province] --out FILE.pdf\n"
        "  report unit-dossier --unit ID [--from Y] [--to Y] --out FILE.pdf; report application --unit ID --round Y --out FILE.odt|FILE.pdf\n"
        "  veto add --unit ID --kind KIND --date D [--note T]\n"
        "  prereq set --unit ID --round Y --kind standards-published|leading-group --date D\n"
        "  survey add --unit ID --round Y --issued N --returned N --satisfied N --basic N --dissatisfied N\n"
        "  assessors add --name NAME [--unit ID] [--region CODE] [--stage local|province]\n"
        "  appraise --round Y [--stage local|province]\n"
        "  assess --round Y   (the provincial assessment: appraise --stage province)\n"
        "  recommend --round Y --region CODE --units ID,ID,... --date D [--override-reason T]\n"
        "  name --round Y --doc-no T --date D --units ID,... [--override-reason T]\n"
        "  review --round Y --unit ID --outcome retained|revoked --date D [--reason T] [--doc-no T]\n"
        "  status --date YYYY-MM-DD\n"
        "  rectification add --unit ID --finding T --deadline D [--source T] [--owner T]; rectification close --id N --date D --evidence T\n"
        "  quota set --round Y --region CODE --quota N|none; veto kind add --name T\n"
        "  activity add --unit ID --date D --kind K [--participants N] [--note T] [--file F[;F…]]\n"
        "  demo-point set --unit ID --year Y --level 省|市|县\n"
        "  round add --year Y\n"
        "  package export --out FILE.cdx [--since RECEIPT.cdr] [--to CODE]; package import FILE.cdx --receipt-out RECEIPT.cdr [--trust-new-sender]\n"
        "  package receipt RECEIPT.cdr [--trust-new-sender]; package list; package conflicts [--all]; package decide --conflict ID --keep incoming|local\n"
        "  server init [--province CODE]; server migrate; server add-clerk --login NAME --region CODE [--password P]\n"
        "  server list-clerks; server remove-clerk --login NAME; server copy --from FILE   (with --db postgresql://LOGIN@HOST[:PORT]/DATABASE)\n"
        "  veto list, survey list, prereq list, activity list, rectification list, demo-point list  [--unit ID] [--round Y] [--region CODE]\n"
        "  export score-sheet --round Y --assessor ID --out F.xlsx; scores import F.xlsx [--round Y] [--override-reason T]\n"
        "Exit codes: 0 done, 1 usage error, 2 bad input or refused action, 3 storage error.");
}

// The usage lines of one command (or of the commands that begin with the same word), so that a typo is answered with
// what is relevant, not the whole help.
QString usageFor(const QString &command)
{
    const QStringList lines = usage().split(QLatin1Char('\n'));
    QStringList picked;
    const auto find = [&](const QString &words) {
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("  ")))
                continue;
            const QString t = line.trimmed();
            if ((t.startsWith(words + QLatin1Char(' ')) || t == words || t.contains(QStringLiteral("; ") + words + QLatin1Char(' '))
                 || t.startsWith(words.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + QStringLiteral("%1|").arg(words.section(QLatin1Char(' '), 1, 1))))
                && !picked.contains(line))
                picked << line;
        }
    };
    find(command);
    if (picked.isEmpty())
        find(command.section(QLatin1Char(' '), 0, 0));
    const QString head = lines.value(0);
    if (picked.isEmpty())
        return head + QLatin1Char('\n') + QCoreApplication::translate("cd::cli", "\"campaigndesk-cli --help\" lists every command.");
    return head + QLatin1Char('\n') + picked.join(QLatin1Char('\n'));
}

void installTranslator(QCoreApplication &app, const QString &lang, QTranslator &translator)
{
    // zh_CN unless English is asked for, by --lang or by an English system locale.
    QString chosen = lang;
    if (chosen.isEmpty())
        chosen = qEnvironmentVariable("CAMPAIGNDESK_LANG");
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    // English is the source text; its catalogue holds only the plural forms.
    if (translator.load(chosen.startsWith(QLatin1String("zh")) ? QStringLiteral(":/i18n/campaigndesk_zh_CN.qm") : QStringLiteral(":/i18n/campaigndesk_en.qm")))
        app.installTranslator(&translator);
}

#if defined(__SANITIZE_ADDRESS__)
#define CD_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CD_SANITIZED 1
#endif
#endif
#if defined(__GLIBC__) && !defined(CD_SANITIZED)
// The commands that build large tables in memory (an import of a whole roster, demo data, an export, an appraisal, a
// package, a server copy) keep the C library's heap in transparent huge pages: on this kind of virtual machine a page
// fault costs microseconds, and a 100,000-unit import faulted in some 60 MB page by page (0.58 s in all with 4 KiB
// pages, 0.46 s with 2 MiB ones). The heap is grown once by `reserve` bytes and that range marked for huge pages
// (MADV_HUGEPAGE), then given back to the allocator, which keeps it: nothing of it is in memory until it is used. All
// threads allocate from this one heap, and blocks up to 32 MB come from it too. (Earlier the program started itself
// again with glibc.malloc.hugetlb=1, which cost a second start-up of 40 ms.) CAMPAIGNDESK_SMALL_PAGES=1 turns it off.
void reserveHeapOnHugePages(int argc, char **argv)
{
    static const char *const heavy[] = {"import", "demo", "export", "appraise", "package", "copy"};
    bool wanted = false;
    for (int i = 1; i < argc && !wanted; ++i)
        for (const char *word : heavy)
            wanted = wanted || std::strcmp(argv[i], word) == 0;
    if (!wanted || std::getenv("CAMPAIGNDESK_SMALL_PAGES"))
        return;
    constexpr size_t block = size_t(16) << 20, reserve = size_t(512) << 20;
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    char *const from = static_cast<char *>(sbrk(0));
    std::vector<void *> blocks;
    blocks.reserve(reserve / block);
    for (size_t got = 0; got < reserve; got += block) {
        void *b = std::malloc(block);
        if (!b)
            break;
        blocks.push_back(b);
    }
    char *const to = static_cast<char *>(sbrk(0));
    if (to > from)
        cd::preferHugePages(from, size_t(to - from)); // its whole 2 MiB pages
    for (void *b : blocks)
        std::free(b);
}
#else
void reserveHeapOnHugePages(int, char **) {}
#endif

} // namespace

int main(int argc, char **argv)
{
    reserveHeapOnHugePages(argc, argv);
#ifdef SIGXFSZ
    // A write past the file-size limit then fails like a full disk (EFBIG) instead of killing the program.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
    // Reports paint text, which needs Qt's font database and so a QGuiApplication, made by the report module
    // (reportmodule.h); no window is ever shown, so a machine without a display uses the offscreen platform. Other
    // commands stay a plain core application, without Qt Gui in memory at all.
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || qstrcmp(argv[i], "report") == 0;
#ifndef Q_OS_WIN
    if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    const ReportModule *reports = paints ? loadReportModule() : nullptr;
    std::unique_ptr<QCoreApplication> appHolder(reports ? reports->makeApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    setApplicationIdentity();
    QStringList words = app.arguments().mid(1);

    // Global options may stand anywhere.
    QString lang, db;
    bool json = false;
    for (int i = 0; i < words.size();) {
        if (words[i] == QLatin1String("--json")) {
            json = true;
            words.removeAt(i);
        } else if ((words[i] == QLatin1String("--db") || words[i] == QLatin1String("--lang")) && i + 1 < words.size()) {
            (words[i] == QLatin1String("--db") ? db : lang) = words[i + 1];
            words.remove(i, 2);
        } else {
            ++i;
        }
    }
    QTranslator translator;
    installTranslator(app, lang, translator);

    if (words.isEmpty() || words.first() == QLatin1String("--help") || words.first() == QLatin1String("help")) {
        printText(usage());
        return words.isEmpty() ? 1 : 0;
    }
    if (words.first() == QLatin1String("--version")) {
        printText(QStringLiteral("campaigndesk-cli " CAMPAIGNDESK_VERSION));
        return 0;
    }
    for (const auto &e : kCommands) {
        const QStringList cmd = QString::fromLatin1(e.words).split(QLatin1Char(' '));
        if (words.mid(0, cmd.size()) != cmd)
            continue;
        Context ctx;
        ctx.json = json;
        ctx.dbPath = db.isEmpty() ? defaultDataFile() : db;
        try {
            ctx.args = Args::parse(words.mid(cmd.size()), {QStringLiteral("only-valid"), QStringLiteral("force"), QStringLiteral("trust-new-sender"), QStringLiteral("all")});
            // A transaction a server rolled back to break a deadlock with another clerk's is done again, a few times.
            for (int attempt = 1;; ++attempt) {
                try {
                    return e.run(ctx);
                } catch (const TransientFailure &) {
                    if (attempt == 4)
                        throw;
                    QThread::msleep(50 * attempt);
                }
            }
        } catch (const Failure &f) {
            printError(f.message());
            if (f.kind() == Failure::Kind::Usage)
                printError(usageFor(QString::fromLatin1(e.words)));
            return f.exitCode();
        } catch (const std::exception &ex) {
            printError(QCoreApplication::translate("cd::cli", "Unexpected error: %1").arg(QString::fromLocal8Bit(ex.what())));
            return 3;
        }
    }
    printError(QCoreApplication::translate("cd::cli", "Unknown command: %1").arg(words.mid(0, 2).join(QLatin1Char(' '))));
    printError(usageFor(words.mid(0, 2).join(QLatin1Char(' '))));
    return 1;
}
