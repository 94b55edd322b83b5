// 单位名册: the roster table with a debounced search box.
#pragma once

#include "pages/recordpage.h"

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTreeWidget;
class QTableView;
class QThread;
class QTimer;

namespace cd {

class UnitTableModel;
class Workspace;

class UnitsPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    explicit UnitsPage(QWidget *parent = nullptr);
    ~UnitsPage() override;

    // Reads the roster. A data file of `backgroundFrom()` bytes or more is read in a thread of its own, the page
    // saying how far it got and staying usable; `loaded` says when the rows are there.
    void load(Workspace &workspace);
    // The main window's way: the file is the page's at once, its rows read now when `now`, else at the first
    // ensureLoaded() (the page brought to the front). A million units take 200 MB and a core for two seconds: a clerk
    // working on another page does not pay for them.
    void open(Workspace &workspace, bool now);
    void ensureLoaded();
    bool isPending() const { return m_pending; }
    bool isLoading() const { return m_loader != nullptr; }
    void setBackgroundFrom(qint64 bytes) { m_backgroundFrom = bytes; }
    qint64 backgroundFrom() const { return m_backgroundFrom; }
    QLabel *countLabel() const { return m_count; }
    // Editing goes through the undoable commands of this context; the page reloads when units change.
    void setCommandContext(const CommandContext &ctx);
    void addUnit();
    void editSelected();
    void editUnit(int id);
    void openDossier(); // the selected unit's 档案
    void deleteSelected();
    // Import: plan, preview, then import (one undoable command). `choose` false takes `path` without a dialog.
    void importRoster(const QString &path = {});
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    UnitTableModel *model() const { return m_model; }
    void applyFilterNow(); // what the debounce timer does when it fires
    // The region tree (市(州) → 县), the type tree (category → type) and the title status narrow the roster.
    QTreeWidget *regionTree() const { return m_regions; }
    QTreeWidget *typeTree() const { return m_types; }
    QComboBox *titleFilter() const { return m_title; }
    QSplitter *splitter() const { return m_splitter; }
    // Answers "cancel?" for a long import; tests replace the dialog with their own.
    std::function<bool(qsizetype, qsizetype)> importProgress;
    // The rows as shown (filtered, sorted), as a list to export and as a printable roster.
    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override { return tr("Unit roster"); }

signals:
    void loaded();

private:
    void stopLoading();
    void adopt(Workspace &workspace); // the page's file from now: its trees made, a running read stopped
    void updateCount();
    int selectedId() const;
    void reload();
    void unitsChanged(const QList<int> &ids);
    void fillTrees();
    void applyScope();

    CommandContext m_ctx;
    Workspace *m_workspace = nullptr;

    UnitTableModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    QTimer *m_debounce;
    QTreeWidget *m_regions;
    QTreeWidget *m_types;
    QComboBox *m_title;
    QSplitter *m_splitter;
    std::unique_ptr<QThread> m_loader;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_backgroundFrom = 16ll * 1024 * 1024;
    bool m_pending = false; // the file's rows are not read yet: they are, when the page comes to the front
};

} // namespace cd
