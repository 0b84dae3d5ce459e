#include "ConnectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd {

namespace {

constexpr int kDefaultPort = 5432;

} // namespace

ConnectDialog::ConnectDialog(const QStringList& recentServers, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    setObjectName(QStringLiteral("connectDialog"));

    auto* intro = new QLabel(tr("A programme on your organisation's PostgreSQL server is shared by the whole "
                                "team. Your IT officer gives you the address, the database and your user "
                                "name."),
                             this);
    intro->setWordWrap(true);

    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("connectFailure"));
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; "
                                            "padding: 6px; border-radius: 3px; }"));
    m_failure->hide();

    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentServers"));
    for (const QString& text : recentServers) {
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(text);
        if (location && location->isServer())
            m_recent->addItem(location->displayText(), text);
    }

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org; empty for this computer"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("mexico-ii"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("Your login name when empty"));
    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_encryption->addItem(tr("Encrypt when the server offers it"), QStringLiteral("prefer"));
    m_encryption->addItem(tr("Always encrypt"), QStringLiteral("require"));
    m_encryption->addItem(tr("Always encrypt and verify the server's certificate"),
                          QStringLiteral("verify-full"));
    m_encryption->addItem(tr("Never encrypt"), QStringLiteral("disable"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass or the keychain"));
    m_remember = new QCheckBox(tr("&Remember the password in this computer's keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("where"));
    m_where->setWordWrap(true);

    auto* form = new QFormLayout;
    if (m_recent->count() > 0)
        form->addRow(tr("Re&cent:"), m_recent);
    else
        m_recent->hide();
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_encryption);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_failure);
    layout->addLayout(form);
    layout->addWidget(m_where);
    layout->addWidget(m_buttons);

    for (QLineEdit* field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateWhere);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateWhere);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const Result<ProgrammeLocation> chosen =
            ProgrammeLocation::parse(m_recent->itemData(index).toString());
        if (chosen)
            setLocation(*chosen);
    });
    // Remembering needs a password to remember.
    m_remember->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_remember->setEnabled(!text.isEmpty()); });

    if (m_recent->count() > 0) {
        const Result<ProgrammeLocation> last = ProgrammeLocation::parse(m_recent->itemData(0).toString());
        if (last)
            setLocation(*last);
    }
    updateWhere();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void ConnectDialog::setLocation(const ProgrammeLocation& location)
{
    m_host->setText(location.host());
    bool numeric = false;
    const int port = location.port().toInt(&numeric);
    m_port->setValue(numeric ? port : kDefaultPort);
    m_database->setText(location.database());
    m_user->setText(location.user());
    const int encryption = m_encryption->findData(location.sslMode());
    m_encryption->setCurrentIndex(encryption >= 0 ? encryption : 0);
    m_password->clear();
    updateWhere();
}

ProgrammeLocation ConnectDialog::location() const
{
    const QString port = m_port->value() == kDefaultPort ? QString() : QString::number(m_port->value());
    // libpq's own default (prefer) is left out of the address, as the default port is.
    const QString encryption = m_encryption->currentData().toString();
    return ProgrammeLocation::server(m_host->text(), port, m_database->text(), m_user->text(),
                                     encryption == QLatin1String("prefer") ? QString() : encryption);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectDialog::setFailure(const QString& sentence)
{
    m_failure->setText(sentence);
    m_failure->setVisible(!sentence.isEmpty());
    if (!sentence.isEmpty())
        m_password->setFocus();
}

void ConnectDialog::updateWhere()
{
    const bool named = !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named);
    m_where->setText(named ? tr("You will open %1.").arg(location().displayText())
                           : tr("Name the database to connect to."));
}

} // namespace sd
