// 查找 (Ctrl+F, issue 13 §1): one box that searches units (name, credit code, address, contact, note) and records
// (文号 of namings and reviews, veto notes, activities, rectifications); a double-click opens the unit's 档案.
#pragma once

#include "domain/search.h"

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
    QLineEdit *box() const { return m_box; }
    QTableWidget *table() const { return m_table; }
    const QList<SearchHit> &hits() const { return m_hits; }
    void findNow();
    void openRow(int row);
    // Opens (or raises) the one find window of a main window, its box selected.
    static FindDialog *open(Database &db, QWidget *parent);

private:
    Database *m_db;
    QLineEdit *m_box;
    QLabel *m_count;
    QTableWidget *m_table;
    QTimer *m_debounce;
    QList<SearchHit> m_hits;
};

} // namespace cd
