// Finding and loading the report module (reportmodule.h).
#include "cli/reportmodule.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QStringList>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <climits>
#include <unistd.h>
#endif

namespace cd::cli {

namespace {

#ifdef Q_OS_WIN
const QString kModuleFile = QStringLiteral("campaigndesk-reports.dll");
#else
const QString kModuleFile = QStringLiteral("campaigndesk-reports.so");
#endif

enum class Problem { None, NotFound, Unloadable, OtherVersion };
const ReportModule *g_module = nullptr;
QLibrary *g_library = nullptr; // kept, never unloaded: the application object the module made lives to the end
Problem g_problem = Problem::NotFound;
QString g_where; // the folder looked in, or the file that would not do

// The folder of the running program, before any application object exists.
QString programFolder()
{
#ifdef Q_OS_WIN
    wchar_t path[32768];
    const DWORD n = GetModuleFileNameW(nullptr, path, DWORD(std::size(path)));
    if (n == 0 || n >= std::size(path))
        return QString();
    return QDir::fromNativeSeparators(QString::fromWCharArray(path, int(n))).section(QLatin1Char('/'), 0, -2);
#else
    char path[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path);
    if (n <= 0 || size_t(n) >= sizeof path)
        return QString();
    return QString::fromLocal8Bit(path, qsizetype(n)).section(QLatin1Char('/'), 0, -2);
#endif
}

} // namespace

const ReportModule *loadReportModule()
{
    if (g_module)
        return g_module;
    const QString folder = programFolder();
    g_where = QDir::toNativeSeparators(folder);
    // Beside the program (the build tree, Windows), or where an installed program keeps its own libraries.
    for (const QString &candidate : {folder + QLatin1Char('/') + kModuleFile, folder + QStringLiteral("/../lib/campaigndesk/") + kModuleFile}) {
        if (!QFile::exists(candidate))
            continue;
        g_where = QDir::toNativeSeparators(QDir::cleanPath(candidate));
        auto *library = new QLibrary(candidate);
        if (!library->load()) {
            g_problem = Problem::Unloadable; // damaged, or a library it needs is missing
            delete library;
            return nullptr;
        }
        g_library = library;
        const auto entry = reinterpret_cast<ReportModuleEntry *>(library->resolve(kReportModuleEntry));
        const ReportModule *module = entry ? entry() : nullptr;
        if (!module || module->size != int(sizeof(ReportModule)) || std::strcmp(module->version, CAMPAIGNDESK_VERSION) != 0) {
            g_problem = Problem::OtherVersion; // stays loaded, unused
            return nullptr;
        }
        g_problem = Problem::None;
        g_module = module;
        return g_module;
    }
    g_problem = Problem::NotFound;
    return nullptr;
}

const ReportModule &reportModule()
{
    if (g_module)
        return *g_module;
    QString why;
    switch (g_problem) {
    case Problem::NotFound:
        why = QCoreApplication::translate("cd::cli", "%1 is not in %2").arg(kModuleFile, g_where);
        break;
    case Problem::OtherVersion:
        why = QCoreApplication::translate("cd::cli", "%1 belongs to another version of the program").arg(g_where);
        break;
    default:
        why = QCoreApplication::translate("cd::cli", "%1 cannot be loaded: it is damaged, or a library it needs is missing").arg(g_where);
        break;
    }
    throw Failure(Failure::Kind::Storage,
                  QCoreApplication::translate("cd::cli", "Reports cannot be written: a part of the program is missing (%1). Install CampaignDesk again.").arg(why));
}

} // namespace cd::cli
