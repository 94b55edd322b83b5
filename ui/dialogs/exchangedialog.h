// 上报与接收 (issue 12 §2, File › 上报与接收…): the offline exchange from the desktop — write this file's package for
// the level above, apply a package from below (asking before trusting a new office, with its key's fingerprint) and
// write its receipt, record a receipt that came back; the packages sent and received, with what became of them.
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

class ExchangeDialog : public QDialog
{
    Q_OBJECT
public:
    ExchangeDialog(Database &db, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QString summary() const;
    // The three steps, each with its file chosen already (the buttons ask for it). They return false after a refusal,
    // which they show; `changed` is called after a package was applied.
    // `to`: empty to send up; the code of an office below to send the round's settings and decisions down to it.
    bool sendTo(const QString &path, const QString &to = {});
    // The offices a package can go down to from this file: the regions directly below its own (code, name); none at
    // a county.
    QList<std::pair<QString, QString>> officesBelow() const { return m_officesBelow; }
    // Asks which office below (a list of them) and where to write the package, then sends it down.
    void sendDown();
    bool receive(const QString &package, const QString &receipt);
    bool recordReceipt(const QString &path);
    // Shows each record changed on both sides, side by side, for the clerk to take the package's version or keep this
    // file's (or decide later). Returns how many she decided.
    int decideConflicts();
    void reload();
    std::function<void()> changed;

private:
    // Asks whether to trust an office this file has no key for; true when it is known or the clerk trusts it.
    bool trusts(const QString &path);
    QString regionName(const QString &code) const; // an office below by name

    Database &m_db;
    QLabel *m_scope;
    QTableWidget *m_table;
    QPushButton *m_conflicts;
    QList<std::pair<QString, QString>> m_officesBelow; // read once: the list names them on every row
};

} // namespace cd
