// The one error type of the engine: a sentence for the user plus the kind that decides the CLI exit code.
// Services throw it; the CLI maps it to exit codes 1/2/3 and the GUI shows it in a message box.
#pragma once

#include <QString>
#include <exception>

namespace cd {

class Failure : public std::exception
{
public:
    enum class Kind { Usage = 1, Input = 2, Storage = 3 };

    Failure(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    int exitCode() const noexcept { return static_cast<int>(m_kind); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

// An action outside its phase (DOMAIN.md §4): refused unless the clerk gives a written reason. The GUI asks for
// the reason and tries again; the CLI says to use --override-reason. `plain` is the message without that hint.
class PhaseRefusal : public Failure
{
public:
    PhaseRefusal(QString message, QString plain) : Failure(Kind::Input, std::move(message)), m_plain(std::move(plain)) {}
    const QString &plainMessage() const noexcept { return m_plain; }

private:
    QString m_plain;
};

// A change made on a record that another clerk changed since it was read (issue 11, "zero lost updates"): nothing
// was saved. The CLI exits 2 naming the record; the GUI shows both versions and lets the clerk decide.
class EditConflict : public Failure
{
public:
    EditConflict(QString message, QString recordKind, int recordId)
        : Failure(Kind::Input, std::move(message)), m_recordKind(std::move(recordKind)), m_recordId(recordId)
    {
    }
    const QString &recordKind() const noexcept { return m_recordKind; } // "unit", "score", …
    int recordId() const noexcept { return m_recordId; }

private:
    QString m_recordKind;
    int m_recordId;
};

// A server that broke a deadlock or a serialization conflict between two clerks' transactions by rolling this one
// back: nothing was saved, and the same work may simply be done again (the CLI does, a few times).
class TransientFailure : public Failure
{
public:
    using Failure::Failure;
};

[[noreturn]] inline void failInput(const QString &message) { throw Failure(Failure::Kind::Input, message); }
[[noreturn]] inline void failStorage(const QString &message) { throw Failure(Failure::Kind::Storage, message); }
[[noreturn]] inline void failUsage(const QString &message) { throw Failure(Failure::Kind::Usage, message); }

} // namespace cd
