// 文件 → 连接服务器… (issue 11): the address of an office's PostgreSQL database, entered as a clerk knows it (server,
// port, database, login, password, encrypted connection), with the servers used before. The password is never kept:
// the address remembered has none, and the dialog asks for it when such an address is opened again.
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `address`: a server address to start from (without password), or empty for the last one used.
    explicit ConnectDialog(const QString &address = {}, QWidget *parent = nullptr);
    // postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE[?sslmode=require], percent-encoded.
    QString address() const;
    void setProblem(const QString &text); // why the last try failed, shown above the buttons

    // The servers used before, newest first (addresses without password).
    static QStringList recentServers();
    static void rememberServer(const QString &address);
    // The address without its password, as it may be shown and remembered.
    static QString withoutPassword(const QString &address);
    static bool hasPassword(const QString &address);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *tlsBox() const { return m_tls; }

private:
    void fill(const QString &address);
    void updateOk();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
