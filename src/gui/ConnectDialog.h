#pragma once

#include "storage/ProgrammeLocation.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sd {

// File ▸ Connect to server…: where a programme on a PostgreSQL server is (host, port, database, user,
// encryption) and, when neither ~/.pgpass nor a service entry has it, the password. The servers of the
// recent list fill the fields in one choice; a failed attempt comes back with its sentence above the
// fields, so the user can correct the address or type the password and try again.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // recentServers: the recent list's server addresses (storable texts, no passwords), most recent
    // first; the first fills the fields.
    explicit ConnectDialog(const QStringList& recentServers, QWidget* parent = nullptr);

    // Fills the fields from a location (a recent server, or the one that just failed).
    void setLocation(const ProgrammeLocation& location);
    ProgrammeLocation location() const;
    // What the Password field holds (empty: libpq looks in ~/.pgpass and the service file).
    QString password() const;
    // Whether the user asked to keep the password in the system keychain.
    bool rememberPassword() const;
    // Why the last attempt failed, shown above the fields (empty hides it).
    void setFailure(const QString& sentence);

    QComboBox* recentBox() const { return m_recent; }
    QLineEdit* hostField() const { return m_host; }
    QSpinBox* portField() const { return m_port; }
    QLineEdit* databaseField() const { return m_database; }
    QLineEdit* userField() const { return m_user; }
    QComboBox* encryptionBox() const { return m_encryption; }
    QLineEdit* passwordField() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    QLabel* failureLabel() const { return m_failure; }
    QLabel* whereLabel() const { return m_where; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateWhere();

    QComboBox* m_recent = nullptr;
    QLabel* m_failure = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_encryption = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_where = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sd
