#include "dialogs/connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace cd {

ConnectDialog::ConnectDialog(const QString &address, QWidget *parent)
    : QDialog(parent), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_tls(new QCheckBox(tr("Require an encrypted connection (TLS)"), this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a server"));
    setMinimumWidth(460);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or db.mzt.jl.gov.cn"));
    m_database->setPlaceholderText(tr("e.g. campaign"));
    m_login->setPlaceholderText(tr("your own login, from the server's administrator"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    const QStringList recent = recentServers();
    m_recent->addItem(tr("(a new server)"));
    m_recent->addItems(recent);
    m_recent->setEnabled(!recent.isEmpty());
    auto *form = new QFormLayout;
    form->addRow(tr("&Used before:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_tls);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            fill(m_recent->itemText(i));
    });
    for (QLineEdit *e : {m_host, m_database, m_login})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);
    fill(address.isEmpty() ? recent.value(0) : address);
    if (!address.isEmpty() || !recent.isEmpty())
        m_password->setFocus();
    updateOk();
}

void ConnectDialog::fill(const QString &address)
{
    const QUrl url(address);
    if (!url.isValid() || url.scheme().isEmpty())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_login->setText(url.userName());
    m_password->setText(url.password());
    m_tls->setChecked(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")) == QLatin1String("require"));
}

void ConnectDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                                                        && !m_login->text().trimmed().isEmpty());
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setUserName(m_login->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    if (m_tls->isChecked())
        url.setQuery(QStringLiteral("sslmode=require"));
    return url.toString(QUrl::FullyEncoded);
}

void ConnectDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QStringList ConnectDialog::recentServers()
{
    return QSettings().value(QStringLiteral("servers/recent")).toStringList();
}

void ConnectDialog::rememberServer(const QString &address)
{
    const QString kept = withoutPassword(address);
    QStringList recent = recentServers();
    recent.removeAll(kept);
    recent.prepend(kept);
    while (recent.size() > 8)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("servers/recent"), recent);
}

QString ConnectDialog::withoutPassword(const QString &address)
{
    QUrl url(address);
    url.setPassword(QString());
    return url.toString(QUrl::FullyEncoded);
}

bool ConnectDialog::hasPassword(const QString &address)
{
    return !QUrl(address).password().isEmpty();
}

} // namespace cd
