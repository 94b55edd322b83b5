// The records that travel between levels in their package form (issue 12, DOMAIN.md §11), and the exchange's own
// tables: this office's key, the offices it trusts, the packages sent and received, what each record looked like when
// it was last sent or applied, and the conflicts kept for the clerk.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <optional>

namespace cd {

class Database;

// One record as a package carries it. `kind`, up (county → 市(州) → province): unit, veto, survey, activity,
// rectification, prerequisite, demo_point, scores (a unit's local scores of a round), recommendation; down: round (its
// calendar), indicator_system, quota, naming, review. `key`: its identity in every file (a UUID, or what it is: the
// unit's UUID with the round or year and kind, a round's year, a naming's round and 文号, …).
struct ExchangeRow
{
    QString kind;
    QString key;
    QJsonObject data;
    bool removed = false; // a tombstone: removed at the sender since it last went (records/deleted.jsonl)
    QString unitKey() const;    // the UUID of the unit it belongs to (its own for a unit)
    QStringList unitKeys() const; // every unit it concerns: its own or its unit's, a naming's or a list's units
};

struct ExchangePeer
{
    QString fingerprint;
    QString publicKey; // base64
    QString office;
    QString level;
    QString regionCode;
};

struct ExchangePackageRecord
{
    QString uuid;
    QString direction; // sent | received
    QString peer;
    QString base;
    QString created;
    QString fileName;
    int records = 0;
    int files = 0;
    std::optional<int> applied, duplicate, conflicts, refused;
    QString receipt;
    QString acknowledged;
};

class ExchangeRepository
{
public:
    explicit ExchangeRepository(Database &db);
    ~ExchangeRepository();

    // Gives a UUID to every travelling record that has none yet.
    void giveIdentities();
    // Every record that travels up of the units in these regions (all: none given), units first (so that a receiver
    // meets a unit before its records); files of veto events and activities as [{sha256, name, size}].
    QList<ExchangeRow> rows(const QSet<int> &regionIds) const;
    // What travels down to an office serving these regions: every round's calendar and indicator systems, the quotas of
    // those regions, and the namings and reviews of their units (a naming with only those of its units).
    QList<ExchangeRow> downRows(const QSet<int> &regionIds) const;

    enum class Applied { Inserted, Updated };
    // Writes a record from a package: finds it by identity (a unit also by credit code, then by region and name, when it
    // has no identity yet) and updates it, or inserts it. Throws Failure(Input) with the reason when it cannot be kept
    // (an unknown region, type or kind, its unit missing, a name another unit already has), and then nothing of it
    // is written.
    Applied apply(const ExchangeRow &row);
    // Removes a record that its sender removed (a tombstone): by kind and key, as a package names it. Throws
    // Failure(Input) with the reason when it cannot go (a unit that still has records here, an indicator system scores
    // were given under), and then nothing is removed. False when this file does not have it.
    bool remove(const QString &kind, const QString &key);
    // A unit of this file by its UUID: its id (0) and name ("") when unknown.
    int unitId(const QString &unitUuid) const;
    QString unitName(const QString &unitUuid) const;
    // The region of a unit in this file, by its UUID (0 when unknown).
    int regionOfUnit(const QString &unitUuid) const;
    // A region's id by its code, or by its name when it has no code (0 when unknown).
    int regionId(const QString &codeOrName) const;

    std::optional<std::pair<QByteArray, QByteArray>> identity() const; // private PEM, public raw
    void setIdentity(const QByteArray &privatePem, const QByteArray &publicRaw);

    std::optional<ExchangePeer> peer(const QString &fingerprint) const;
    void addPeer(const ExchangePeer &peer);

    std::optional<ExchangePackageRecord> package(const QString &uuid) const;
    QList<ExchangePackageRecord> packages() const;
    void addPackage(const ExchangePackageRecord &p);
    void setOutcome(const QString &uuid, int applied, int duplicate, int conflicts, int refused, const QString &receipt);
    void setAcknowledged(const QString &uuid, const QString &receipt, const QString &when);
    // The last package sent up (to: '') or down to a region (to: its code) whose receipt came back ('' when none).
    QString lastAcknowledged(const QString &to) const;

    // What records looked like when sent (direction sent) or last applied from a peer (received): key → digest.
    QHash<QString, QString> digests(const QString &direction, const QString &peer, bool ackedOnly) const;
    void setDigest(const QString &direction, const QString &peer, const QString &kind, const QString &key, const QString &digest,
                   const QString &package, bool acked);
    // Marks as acknowledged the records of a sent package whose digest the receipt names.
    int acknowledge(const QString &package, const QString &kind, const QString &key, const QString &digest);

    void addConflict(const QString &package, const QString &kind, const QString &key, const QJsonObject &incoming,
                     const QJsonObject &local);
    int openConflicts() const;
    // A record changed on both sides, as kept at import (issue 12 §2), and how the clerk decided it.
    struct Conflict
    {
        int id = 0;
        QString package, kind, key;
        QJsonObject incoming, local;
        QString decided; // "" while open; "incoming" or "local", then the date and time
    };
    QList<Conflict> conflicts(bool openOnly) const;
    std::optional<Conflict> conflict(int id) const;
    void setDecided(int id, const QString &decided);

private:
    // Statements prepared once per repository: applying a package runs a handful of them per record.
    struct Prepared;
    // The local appraisal (scores, recommendations) that goes up with the roster, and writing it or a decision from
    // above (exchangekinds.cpp); nullopt for a kind neither knows.
    void appendAppraisalRows(const QSet<int> &regionIds, QList<ExchangeRow> &out) const;
    std::optional<Applied> applyAppraisalOrDecision(const ExchangeRow &row);
    Applied applyRecord(const ExchangeRow &row); // apply() without its savepoint
    bool removeRecord(const QString &kind, const QString &key); // remove() without it
    // Runs `work` inside a savepoint: a record refused half way leaves nothing of itself, and the package's transaction
    // goes on with the next record (on a server too, where an error would end it).
    template <typename Work>
    auto inSavepoint(const Work &work)
    {
        plain(QStringLiteral("SAVEPOINT cd_record"));
        try {
            auto result = work();
            plain(QStringLiteral("RELEASE SAVEPOINT cd_record"));
            return result;
        } catch (...) {
            plain(QStringLiteral("ROLLBACK TO SAVEPOINT cd_record"));
            plain(QStringLiteral("RELEASE SAVEPOINT cd_record"));
            throw;
        }
    }
    QVariant scalar(const QString &statement, std::initializer_list<QVariant> args) const;
    void exec(const QString &statement, std::initializer_list<QVariant> args) const;
    void plain(const QString &statement) const; // not prepared (a server prepares no SAVEPOINT)

    Database &m_db;
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace cd
