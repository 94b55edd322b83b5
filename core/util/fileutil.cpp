#include "util/fileutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace cd {

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
            + tag + QLatin1Char('-') + QString::number(QRandomGenerator::global()->generate(), 36);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
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

} // namespace cd
