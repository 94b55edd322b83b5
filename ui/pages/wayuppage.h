// 推荐与命名 (DOMAIN.md §6–7): the regions' ranked recommendations, the naming with its document number, the
// review board of the title's holders with the proposed revocations, and the audit trail of the round.
// Every step is undoable; a step outside its phase asks for the written reason (DOMAIN.md §4).
#pragma once

#include "commands/commands.h"
#include "pages/backgroundread.h"
#include "pages/roundpage.h"

#include <QDate>
#include <optional>
#include <QWidget>

class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace cd {

class WayUpPage : public RoundPage
{
    Q_OBJECT

public:
    explicit WayUpPage(QWidget *parent = nullptr);
    void reload() override;

    // Dialog-driven steps (the clerk's way) …
    // Appraises the round at the local stage and offers its eligible units, best first. On a server or a large file
    // the round is appraised by a thread of its own, under a window that says so and can be cancelled.
    void recommendDialog();
    bool isAppraising() const { return m_appraising != nullptr; }
    void setBackgroundFrom(qint64 bytes) { m_backgroundFrom = bytes; }
    void nameDialog();
    void reviewSelected(bool revoke);
    // 名额 (DOMAIN.md §6): the selected region's quota in the round, or none.
    void quotaDialog();
    void clearSelectedQuota();
    // … and the table each shows.
    QTableWidget *recommendationTable() const { return m_recs; }
    QTableWidget *quotaTable() const { return m_quotas; }
    QTableWidget *namingTable() const { return m_namings; }
    QTableWidget *reviewTable() const { return m_reviews; }
    QTableWidget *auditTable() const { return m_audit; }
    const QList<ReviewCase> &reviewBoard() const { return m_board; }

    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override;

private:
    void recommendFrom(int year, const AppraisalRun &run);
    void loadRecommendations();
    void loadQuotas();
    // The round's quotas by region, and how many units each region has recommended.
    std::pair<QHash<int, Quota>, QHash<int, int>> quotaRoom(int year) const;
    void loadNamings();
    void loadReviews();
    void loadAudit();

    QTableWidget *m_recs;
    QTableWidget *m_quotas;
    struct QuotaRow
    {
        int regionId = 0;
        std::optional<Quota> quota; // as read; none: the region has no cap
    };
    QList<QuotaRow> m_quotaRows;
    QTableWidget *m_namings;
    QTableWidget *m_reviews;
    QTableWidget *m_audit;
    QLineEdit *m_auditSearch;
    QList<ReviewCase> m_board;
    QHash<int, QString> m_names;
    qint64 m_backgroundFrom = 16ll * 1024 * 1024;
    BackgroundRead *m_appraising = nullptr; // the round appraised for the recommendation, while it runs
};

} // namespace cd
