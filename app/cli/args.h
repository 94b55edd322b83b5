// Command-line words: positionals, --name value options and --flag switches, with unknown options refused.
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace cd::cli {

class Args
{
public:
    // `flags` are the options that take no value; every other --option takes the next word.
    static Args parse(const QStringList &words, const QSet<QString> &flags);

    QStringList positional;
    bool has(const QString &name) const { return m_options.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_options.value(name, fallback); }
    QString required(const QString &name) const;
    int intValue(const QString &name, int fallback) const;
    // Refuses options the command does not know (exit 1).
    void allow(const QStringList &names) const;

private:
    QHash<QString, QString> m_options;
    QSet<QString> m_flags;
};

} // namespace cd::cli
