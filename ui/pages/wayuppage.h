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

class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cd {

class RecordModel;

class WayUpPage : public RoundPage
{
    Q_OBJECT

public:
    explicit WayUpPage(QWidget *parent = nullptr);
    void reload() override;
    Changes shows() const override;

    // Dialog-driven steps (the clerk's way) …
    // Appraises the round at the local stage and offers its eligible units, best first. On a server or a large file
    // the round is appraised by a thread of its own, under a window that says so and can be cancelled.
    void recommendDialog();
    bool isAppraising() const { return m_appraising != nullptr; }
    // The lists of 推荐, 命名 and 复查 are read by a thread of their own there too (at a million units each holds some
    // 70,000 units, their scores summed): the window stays usable, the count beside the list says 正在读取….
    void setBackgroundFrom(qint64 bytes);
    bool isLoading() const;
    void nameDialog();
    void reviewSelected(bool revoke);
    // 名额 (DOMAIN.md §6): the selected region's quota in the round, or none.
    void quotaDialog();
    void clearSelectedQuota();
    // … and the list each shows: one model over the rows read for 推荐, 命名 and 复查; the few regions' quotas and the
    // newest 20,000 entries of the audit trail as table items.
    struct Listed
    {
        QTableView *view;
        RecordModel *model;
        QLabel *count;
    };
    const Listed &recommendations() const { return m_recs; }
    QTableWidget *quotaTable() const { return m_quotas; }
    const Listed &namings() const { return m_namings; }
    const Listed &reviews() const { return m_reviews; }
    QTableWidget *auditTable() const { return m_audit; }
    const QList<ReviewCase> &reviewBoard() const { return m_board; }

    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override;

signals:
    void loaded(); // the list of the tab in front was read and is shown

private:
    // A recommended or named unit as its list shows it.
    struct UnitRow
    {
        QString group; // the recommending region, or the naming's document number
        QDate date;
        int position = 0; // the rank within its recommendation
        int unitId = 0;
        QString name;
        std::optional<double> total;
        QString reason; // given for a step outside its phase
    };
    enum class Field { Group, Date, Position, Unit, Name, Total, Reason }; // what a column of such a list shows
    using Show = BackgroundRead::Show;
    Listed listed(const QStringList &headers, const QList<int> &numeric);
    void fileChanged() override;
    // Reads a list through `reader` (on a thread of its own for a server or a large file); its count says so meanwhile.
    void read(const Listed &list, BackgroundRead::Reader reader);
    void showUnitRows(const Listed &list, QList<UnitRow> &into, QList<UnitRow> rows, QList<Field> fields);
    void showBoard(QList<ReviewCase> board);
    int selectedReview() const;
    void recommendFrom(int year, const AppraisalRun &run);
    void loadRecommendations();
    void loadQuotas();
    // The round's quotas by region, and how many units each region has recommended.
    std::pair<QHash<int, Quota>, QHash<int, int>> quotaRoom(int year) const;
    void loadNamings();
    void loadReviews();
    void loadAudit();

    Listed m_recs;
    QList<UnitRow> m_recRows;
    QTableWidget *m_quotas;
    struct QuotaRow
    {
        int regionId = 0;
        std::optional<Quota> quota; // as read; none: the region has no cap
    };
    QList<QuotaRow> m_quotaRows;
    Listed m_namings;
    QList<UnitRow> m_namingRows;
    Listed m_reviews;
    QTableWidget *m_audit;
    QLineEdit *m_auditSearch;
    QList<ReviewCase> m_board;
    QHash<int, QString> m_names; // of the audit trail's units
    BackgroundRead *m_read;
    const Listed *m_reading = nullptr; // the list the last read was for
    qint64 m_backgroundFrom = 16ll * 1024 * 1024;
    BackgroundRead *m_appraising = nullptr; // the round appraised for the recommendation, while it runs
};

} // namespace cd
