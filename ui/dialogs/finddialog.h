// 查找 (Ctrl+F, issue 13 §1): one box that searches units (name, credit code, address, contact, note) and records
// (文号 of namings and reviews, veto notes, activities, rectifications); a double-click opens the unit's 档案.
#pragma once

#include "domain/search.h"
#include "pages/backgroundread.h"

#include <QDialog>

class QLineEdit;
class QLabel;
class QTableWidget;
class QTimer;

namespace cd {

class Database;

class FindDialog : public QDialog
{
    Q_OBJECT
public:
    FindDialog(Database &db, QWidget *parent = nullptr);
    ~FindDialog() override;
    QLineEdit *box() const { return m_box; }
    QTableWidget *table() const { return m_table; }
    const QList<SearchHit> &hits() const { return m_hits; }
    // Searches for the box's text. A server, or a file of 16 MB and more, is searched by a thread of its own through its
    // own connection (a whole country's units take most of a second): the window stays usable and "Searching…" is
    // shown. Text typed meanwhile stops that search, and is searched next; found() says when the hits are shown.
    void findNow();
    bool isSearching() const { return m_read->isReading(); }
    void setBackgroundFrom(qint64 bytes) { m_read->setFrom(bytes); }
    QLabel *countLabel() const { return m_count; }
    void openRow(int row);
    // Opens (or raises) the one find window of a main window, its box selected.
    static FindDialog *open(Database &db, QWidget *parent);

signals:
    void found();

private:
    void search(const QString &text);
    void display(const QString &text, QList<SearchHit> hits, const QString &problem);

    Database *m_db;
    QLineEdit *m_box;
    QLabel *m_count;
    QTableWidget *m_table;
    QTimer *m_debounce;
    QList<SearchHit> m_hits;
    BackgroundRead *m_read;
    QString m_searching; // the text of the last search started
};

} // namespace cd
