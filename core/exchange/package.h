// Offline exchange between levels (issue 12, DOMAIN.md §11; CLI.md `package export|import|receipt|list`).
//
// A county or 市(州) file writes an exchange package (上报包, .cdx): one zip, open formats inside —
//   manifest.json        sender (office, level, region, province, public key), the package's UUID, the package whose
//                        receipt it builds on, counts, and the SHA-256 and size of every other part;
//   manifest.sig         the Ed25519 signature of manifest.json, base64;
//   records/KIND.jsonl   one line per record: {"key": …, "data": {…}} (units first, then their records);
//   evidence/SHA256      each evidence file the records name, once.
// The level above checks it whole (signature, every part's hash, names, province, the sender's key and region) and
// applies it in one transaction: a record unchanged is a duplicate, a record changed here since the sender's last
// version is a conflict kept for the clerk (both versions), a record outside the sender's region is refused. It writes
// a signed receipt (回执, .cdr); the sender records it, and its next package carries only what changed since.
#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <tuple>

namespace cd {

class Database;
class FileScope;

struct PackageExport
{
    QString uuid;
    QString base;
    QString regionCode; // the sender's
    QString to;         // the office below it went to ('' going up)
    int records = 0;
    int files = 0;
};

struct RefusedRecord
{
    QString kind;
    QString key;
    QString reason;
};

struct PackageImport
{
    QString package;
    QString senderFingerprint;
    QString senderRegion;
    bool again = false; // applied before: nothing changed (every record counts as unchanged), the same receipt
    int applied = 0, duplicate = 0, conflicts = 0, refused = 0, files = 0;
    int added = 0;   // of the applied, those new to this file (the others updated or removed a record it had)
    int removed = 0; // of the applied, records removed because the sender removed them
    QList<RefusedRecord> refusedRecords;
    QList<RefusedRecord> conflictRecords; // reason: why it is kept as a conflict
};

struct ReceiptImport
{
    QString package;
    int acknowledged = 0;
};

class Exchange
{
public:
    explicit Exchange(Database &db) : m_db(db) {}

    // Up (`to` empty): writes everything recorded in the file's region since the last acknowledged package
    // (everything, the first time). Down (`to`: the code or name of a region below this file's, served by its own
    // office): the rounds' calendars and indicator systems, the quotas of that region and the namings and reviews of
    // its units, since the last package to it that was acknowledged. Throws Failure: the province's file going up, a
    // region that is not below, a missing evidence file, a cancel.
    PackageExport exportPackage(const QString &path, const std::function<bool(int, int)> &progress = {}, const QString &to = {});
    // The office below that a package down to `to` would go to (Failure when it is not below this file).
    FileScope destination(const QString &to) const;
    // Checks and applies a package, then writes its receipt. An unknown sender is refused with its fingerprint unless
    // `trustNewSender`. A damaged, altered, foreign, out-of-order or newer-format package changes nothing (Failure).
    PackageImport importPackage(const QString &path, const QString &receiptPath, bool trustNewSender,
                                const std::function<bool(int, int)> &progress = {});
    // The signer of a package (its sender) or of a receipt (the office that received the package) that this file has no
    // key for yet (office, region, readable fingerprint), for the question a clerk answers before trusting it; nullopt
    // when the signer is known, or the file cannot be read (its import then says why).
    struct Sender
    {
        QString office;
        QString regionCode;
        QString fingerprint;
    };
    std::optional<Sender> unknownSender(const QString &path) const;
    // Records a receipt of one of this file's packages.
    ReceiptImport importReceipt(const QString &path, bool trustNewSender);

    // The records changed on both sides that an import kept for the clerk (both versions, the local one in place),
    // and her decision on one: the incoming version written over the local one (held to entry's rules), or the local
    // one kept. Either is decided once, in one transaction, and audited. Throws Failure for an unknown or decided one.
    struct Conflict
    {
        int id = 0;
        QString package, kind, key;
        QString subject;                              // what the record is, in the clerk's words
        QList<std::tuple<QString, QString, QString>> fields; // label, incoming, local: every field either version has
        QString decided;                              // "" while open
    };
    QList<Conflict> conflicts(bool openOnly = true) const;
    // A record kind of the package format (unit, veto, survey, …) as the clerk reads it: 单位, 一票否决事件, …
    static QString kindName(const QString &kind);
    void decide(int conflictId, bool takeIncoming, const QString &operatorName);

    static constexpr int kFormat = 1;

private:
    Database &m_db;
};

} // namespace cd
