// 考核评比 (DOMAIN.md §5–6): the round's indicator system with running totals, the assessors, the keyboard-first
// score grid (one undoable command per cell), and the results with reasons and the trace down to raw scores.
#pragma once

#include "commands/commands.h"
#include "pages/backgroundread.h"
#include "pages/roundpage.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {

class RecordModel;
class ScoreGridModel;

class AppraisalPage : public RoundPage
{
    Q_OBJECT

public:
    explicit AppraisalPage(QWidget *parent = nullptr);
    void reload() override;

    // 测评体系
    QTreeWidget *indicatorTree() const { return m_tree; }
    IndicatorSystem editedSystem() const; // the editor's content as a system
    QString runningTotals() const;        // "合计 …" as the editor shows it
    bool saveSystem();                    // asks for a reason when the system is frozen
    // Whether the editor holds changes not yet saved; and, before the page is left or the program quits, asks to save
    // them (save / discard / stay). False when the clerk chose to stay.
    bool hasUnsavedSystem() const;
    bool confirmLeave();
    void addIndicator();
    void removeIndicator();

    // 评分人
    QTableWidget *assessorTable() const { return m_assessorTable; }
    void addAssessor();
    void removeSelectedAssessor();

    // 评分录入
    ScoreGridModel *grid() const { return m_grid; }
    QTableView *gridView() const { return m_gridView; }
    void selectAssessor(int assessorId);
    QLabel *gridMessage() const { return m_gridMessage; }
    // The grid's rows and the assessor's scores are read by a thread of their own for a server or a large file (an
    // assessor has scored two million cells at a million units); the grid shown stays until then.
    bool isReadingGrid() const;

    // 评比结果
    // Appraises the round at the stage chosen; on a server or a large file by a thread of its own (isComputing()),
    // emitting resultsShown() once the results are shown.
    void computeResults();
    bool isComputing() const;
    void setBackgroundFrom(qint64 bytes);
    const AppraisalRun &results() const { return m_run; }
    RecordModel *resultModel() const { return m_resultModel; }
    QTableView *resultView() const { return m_results; }
    QString traceText(int unitId) const;
    void setResultStage(const QString &stage);

    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override;

signals:
    void resultsShown();
    void gridShown();

protected:
    Changes shows() const override;
    void recordsChanged(Changes what, const QList<int> &units) override;
    void fileChanged() override;

private:
    QWidget *buildSystemTab();
    QWidget *buildAssessorTab();
    QWidget *buildScoreTab();
    QWidget *buildResultTab();
    void loadSystem();
    void updateTotals();
    void loadAssessors();
    void loadGrid();
    void showTrace();
    void showResults(AppraisalRun run);
    void showResultsFailure(const QString &message);
    const UnitAppraisal *currentResult() const; // the unit of the selected row of the results
    static QString points(int hundredths);
    static QTableView *makeScoreView(QWidget *parent);
    static QString stageName(const QString &stage);

    bool m_loading = false;
    IndicatorSystem m_loaded; // as loaded, to tell unsaved edits
    IndicatorSystem m_read;   // the stored system as read: saved only onto it (another clerk's save meanwhile is shown)

    QTreeWidget *m_tree;
    QLabel *m_totals;
    QLabel *m_version;
    QDoubleSpinBox *m_passLine;
    QDoubleSpinBox *m_satisfaction;
    QSpinBox *m_trim;

    QTableWidget *m_assessorTable;
    QList<Assessor> m_assessors;

    QComboBox *m_assessorBox;
    QLineEdit *m_gridSearch;
    QCheckBox *m_onlyScored;
    ScoreGridModel *m_grid;
    QTableView *m_gridView;
    QLabel *m_gridMessage;

    QComboBox *m_stage;
    QTableView *m_results;
    RecordModel *m_resultModel;
    QList<const UnitAppraisal *> m_resultOrder; // the units of m_run, best first: the model's rows
    QPlainTextEdit *m_trace;
    AppraisalRun m_run;
    BackgroundRead *m_computing;
    BackgroundRead *m_gridRead;
};

} // namespace cd
