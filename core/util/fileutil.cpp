#include "util/fileutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <filesystem>
#include <system_error>

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace cd {

QString readProblem(const QFile &f)
{
    const QFileInfo fi(f.fileName());
    if (fi.isDir())
        return QCoreApplication::translate("cd::FileUtil", "it is a folder, not a file");
    if (!fi.exists())
        return QCoreApplication::translate("cd::FileUtil", "there is no such file (was it moved, renamed or on a drive that is not connected?)");
    if (!fi.isReadable())
        return QCoreApplication::translate("cd::FileUtil", "this Windows account is not allowed to read it");
    return f.errorString();
}

static std::filesystem::path toPath(const QString &s)
{
    return std::filesystem::path(s.toStdU16String());
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(toPath(from), toPath(to), ec); // replaces an existing target on POSIX and Windows
    if (ec && error)
        *error = QString::fromLocal8Bit(ec.message().c_str());
    return !ec;
}

QString siblingTempPath(const QString &path, const QString &tag)
{
    const QFileInfo fi(path);
    for (;;) {
        const QString candidate = fi.absolutePath() + QLatin1Char('/') + QLatin1Char('.') + fi.fileName() + QLatin1Char('.')
            + tag + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
            + QString::number(QRandomGenerator::global()->generate(), 36);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

int removeStaleSiblingTemps(const QString &path, const QString &tag)
{
    const QFileInfo fi(path);
    const QString prefix = QLatin1Char('.') + fi.fileName() + QLatin1Char('.') + tag + QLatin1Char('-');
    QDir dir(fi.absolutePath());
    int removed = 0;
    // Matched by prefix here, not by a name filter: QDir's filters are regular expressions, and a regular expression
    // matched on a thread of the GUI program left the program hanging at its end on Windows (wine; PCRE2's per-thread
    // JIT stack). The automatic backup runs this on its own thread.
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (!name.startsWith(prefix))
            continue;
        // ".name.TAG-PID-RANDOM[-wal|-shm|-journal]"; an older name without a process id counts as stale.
        const QStringList parts = name.mid(prefix.size()).split(QLatin1Char('-'));
        bool ok = false;
        const qint64 pid = parts.size() >= 2 ? parts[0].toLongLong(&ok) : 0;
        if (ok && pid == QCoreApplication::applicationPid())
            continue;
        if (ok && processIsRunning(pid))
            continue;
        if (dir.remove(name))
            ++removed;
    }
    return removed;
}

QByteArray narrowPathForC(const QString &path)
{
#ifdef Q_OS_WIN
    const QFileInfo fi(path);
    const std::wstring dir = QDir::toNativeSeparators(fi.absolutePath()).toStdWString();
    wchar_t shortDir[MAX_PATH];
    const DWORD n = GetShortPathNameW(dir.c_str(), shortDir, MAX_PATH);
    if (n > 0 && n < MAX_PATH)
        return (QString::fromWCharArray(shortDir, int(n)) + QLatin1Char('\\') + fi.fileName()).toLocal8Bit();
    return QDir::toNativeSeparators(path).toLocal8Bit();
#else
    return QFile::encodeName(path);
#endif
}

void startWriteBack(const QString &path)
{
#if defined(Q_OS_LINUX)
    // The pages are the file's, whichever descriptor asks: a descriptor of its own, opened only to read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

} // namespace cd
