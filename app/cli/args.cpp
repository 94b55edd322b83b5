#include "cli/args.h"

#include "util/failure.h"

#include <QCoreApplication>

namespace cd::cli {

Args Args::parse(const QStringList &words, const QSet<QString> &flags)
{
    Args a;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        if (w.startsWith(QLatin1String("--")) && w.size() > 2) {
            QString name = w.mid(2);
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq > 0) {
                a.m_options.insert(name.left(eq), name.mid(eq + 1));
            } else if (flags.contains(name)) {
                a.m_flags.insert(name);
            } else {
                if (i + 1 >= words.size())
                    failUsage(QCoreApplication::translate("cd::cli", "The option --%1 needs a value.").arg(name));
                a.m_options.insert(name, words[++i]);
            }
        } else {
            a.positional << w;
        }
    }
    return a;
}

QString Args::required(const QString &name) const
{
    if (!m_options.contains(name))
        failUsage(QCoreApplication::translate("cd::cli", "The option --%1 is required here.").arg(name));
    return m_options.value(name);
}

int Args::intValue(const QString &name, int fallback) const
{
    if (!m_options.contains(name))
        return fallback;
    bool ok = false;
    const int v = m_options.value(name).toInt(&ok);
    if (!ok)
        failUsage(QCoreApplication::translate("cd::cli", "--%1 takes a whole number, not \"%2\".").arg(name, m_options.value(name)));
    return v;
}

void Args::allow(const QStringList &names) const
{
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        if (!names.contains(it.key()))
            failUsage(QCoreApplication::translate("cd::cli", "Unknown option --%1 for this command.").arg(it.key()));
    for (const auto &f : m_flags)
        if (!names.contains(f))
            failUsage(QCoreApplication::translate("cd::cli", "Unknown option --%1 for this command.").arg(f));
}

} // namespace cd::cli
