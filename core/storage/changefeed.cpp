#include "storage/changefeed.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cd {

namespace {
const QString kChannel = QStringLiteral("campaigndesk");
}

TableChange changeOfTable(QStringView table)
{
    struct Kind
    {
        const char *table;
        Changes what;
        bool unitIds;
    };
    // Every table of the schema that a page shows; the rest (settings, exchange bookkeeping, clerks) are Other.
    static const Kind kinds[] = {
        {"units", Change::Units, true},
        {"regions", Change::Units, false},
        {"unit_types", Change::Units, false},
        {"unit_type_aliases", Change::Units, false},
        {"unit_categories", Change::Units, false},
        {"rounds", Change::Calendar, false},
        {"round_phases", Change::Calendar, false},
        {"round_deadlines", Change::Calendar, false},
        {"round_scope", Change::Calendar, false},
        {"veto_events", Change::Vetoes, true},
        {"veto_kinds", Change::Vetoes, false},
        {"attachments", Change::Vetoes | Change::Activities | Change::Rectifications, false}, // the evidence of those
        {"attachment_blobs", Change::Other, false},
        {"rectifications", Change::Rectifications, true},
        {"activities", Change::Activities, true},
        {"prerequisites", Change::Prerequisites, true},
        {"prerequisite_kinds", Change::Prerequisites, false},
        {"surveys", Change::Surveys, true},
        {"demonstration_points", Change::Demonstration, true},
        {"indicator_systems", Change::Indicators, false},
        {"indicator_areas", Change::Indicators, false},
        {"indicators", Change::Indicators, false},
        {"assessors", Change::Assessors, false},
        {"scores", Change::Scores, true},
        {"recommendations", Change::Recommendations, false},
        {"recommendation_units", Change::Recommendations, true},
        {"namings", Change::Namings, false},
        {"naming_units", Change::Namings, true},
        {"reviews", Change::Reviews, true},
        {"quotas", Change::Quotas, false},
        {"overrides", Change::Overrides, false},
        {"audit_log", Change::Audit, false},
    };
    for (const Kind &k : kinds)
        if (table == QLatin1String(k.table))
            return {k.what, k.unitIds};
    return {Changes(Change::Other), false};
}

ChangeFeed::ChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    if (!db.isServer())
        return;
    subscribe();
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::probe);
    m_timer->start();
}

ChangeFeed::~ChangeFeed()
{
    if (m_check) { // a trial connection under way: it ends within connect_timeout, and uses nothing of this object
        m_check->wait();
        delete m_check;
    }
    if (m_db.isServer() && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    driver->subscribeToNotification(kChannel);
    disconnect(m_listening); // a reopened connection: listened to once
    m_listening = connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != kChannel)
                    return;
                // "table:1,2,3" or "table:" (too many to name).
                const QString text = payload.toString();
                const qsizetype colon = text.indexOf(QLatin1Char(':'));
                if (colon <= 0)
                    return;
                QList<int> ids;
                for (const QStringView id : QStringView(text).mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    ids << id.toInt();
                emit changed(text.left(colon), ids);
            });
}

void ChangeFeed::probe()
{
    if (m_check)
        return; // a trial connection is under way
    QSqlDatabase db = m_db.connection();
    if (m_connected) {
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return;
        m_connected = false;
        emit connectionLost(sql::describe(q.lastError().isValid() ? q.lastError() : db.lastError()));
    }
    // Does the server answer? A trial connection as the same login (the address, password included, is kept in
    // memory only) on a thread of its own; only when it got through is this connection opened again.
    const QString source = db.connectionName();
    auto answered = std::make_shared<std::atomic<bool>>(false);
    m_check = QThread::create([source, answered] {
        const QString name = source + QStringLiteral("-trial");
        {
            QSqlDatabase trial = QSqlDatabase::cloneDatabase(source, name);
            *answered = trial.open();
            trial.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    connect(m_check, &QThread::finished, this, [this, answered] {
        m_check->deleteLater();
        m_check = nullptr;
        if (*answered)
            reopen();
    });
    m_check->start();
}

void ChangeFeed::reopen()
{
    QSqlDatabase db = m_db.connection();
    db.close();
    if (!db.open())
        return; // the next probe tries again
    sql::execNoThrow(db, QStringLiteral("SET client_min_messages = warning"));
    subscribe();
    m_connected = true;
    emit reconnected();
}

} // namespace cd
