#include "ConnectDialog.h"

#include "AppSettings.h"
#include "ServerPasswords.h"
#include "TempDir.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

using namespace sd;
using sd::test::TempDir;

namespace {

class ConnectDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { AppSettings::clearRecentFiles(); }
    void TearDown() override { AppSettings::clearRecentFiles(); }
};

TEST_F(ConnectDialogTest, TheFieldsMakeTheAddressAndSayWhereItLeads)
{
    ConnectDialog dialog({});
    EXPECT_FALSE(dialog.recentBox()->isVisibleTo(&dialog)) << "no recent servers: no Recent row";
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled()) << "a database must be named";

    QTest::keyClicks(dialog.hostField(), QStringLiteral("db.example.org"));
    QTest::keyClicks(dialog.databaseField(), QStringLiteral("mexico-ii"));
    QTest::keyClicks(dialog.userField(), QStringLiteral("mlopez"));
    dialog.encryptionBox()->setCurrentIndex(dialog.encryptionBox()->findData(QStringLiteral("require")));
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_EQ(dialog.location().storableText(),
              QStringLiteral("postgresql://mlopez@db.example.org/mexico-ii?sslmode=require"));
    EXPECT_EQ(dialog.whereLabel()->text(),
              QStringLiteral("You will open mexico-ii on db.example.org as mlopez."));

    dialog.portField()->setValue(6543);
    EXPECT_EQ(dialog.location().port(), QStringLiteral("6543"));
    EXPECT_TRUE(dialog.whereLabel()->text().contains(QStringLiteral("db.example.org:6543")));

    // Remembering needs a password to remember.
    EXPECT_FALSE(dialog.rememberBox()->isEnabled());
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("s3cret"));
    EXPECT_TRUE(dialog.rememberBox()->isEnabled());
    dialog.rememberBox()->setChecked(true);
    EXPECT_TRUE(dialog.rememberPassword());
    EXPECT_EQ(dialog.password(), QStringLiteral("s3cret"));
    EXPECT_FALSE(dialog.location().hasSecret()) << "the password never goes into the address";
}

TEST_F(ConnectDialogTest, TheRecentServersFillTheFieldsAndKeepNoPassword)
{
    TempDir folder;
    const QString file = folder.path(QStringLiteral("office.sdesk"));
    QFile(file).open(QIODevice::WriteOnly);
    AppSettings::addRecentFile(file);
    AppSettings::addRecentFile(
        QStringLiteral("postgresql://ana:pa55@db.example.org:5433/mexico-ii?sslmode=verify-full"));
    AppSettings::addRecentFile(QStringLiteral("postgresql:///training?host=/run/postgresql"));

    // Files and servers in one list, most recent first; no password is stored anywhere.
    const QStringList recent = AppSettings::recentFiles();
    ASSERT_EQ(recent.size(), 3);
    EXPECT_EQ(recent.at(0), QStringLiteral("postgresql:///training?host=%2Frun%2Fpostgresql"));
    EXPECT_EQ(recent.at(1),
              QStringLiteral("postgresql://ana@db.example.org:5433/mexico-ii?sslmode=verify-full"));
    EXPECT_EQ(recent.at(2), QFileInfo(file).absoluteFilePath());
    QSettings settings;
    settings.sync();
    QFile stored(settings.fileName());
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    EXPECT_FALSE(stored.readAll().contains("pa55"));
    EXPECT_EQ(AppSettings::recentServers().size(), 2);

    ConnectDialog dialog(AppSettings::recentServers());
    ASSERT_TRUE(dialog.recentBox()->isVisibleTo(&dialog));
    ASSERT_EQ(dialog.recentBox()->count(), 2);
    EXPECT_EQ(dialog.recentBox()->itemText(1), QStringLiteral("mexico-ii on db.example.org:5433 as ana"));
    // The most recent server is there to connect to again at once.
    EXPECT_EQ(dialog.databaseField()->text(), QStringLiteral("training"));
    EXPECT_EQ(dialog.hostField()->text(), QStringLiteral("/run/postgresql"));

    dialog.recentBox()->setCurrentIndex(1);
    Q_EMIT dialog.recentBox()->activated(1);
    EXPECT_EQ(dialog.hostField()->text(), QStringLiteral("db.example.org"));
    EXPECT_EQ(dialog.portField()->value(), 5433);
    EXPECT_EQ(dialog.userField()->text(), QStringLiteral("ana"));
    EXPECT_EQ(dialog.encryptionBox()->currentData().toString(), QStringLiteral("verify-full"));
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());
}

TEST_F(ConnectDialogTest, AFailedAttemptIsShownAboveTheFields)
{
    ConnectDialog dialog({});
    EXPECT_FALSE(dialog.failureLabel()->isVisibleTo(&dialog));
    const QString sentence =
        QStringLiteral("The server db.example.org:5432 refused the password of mlopez; type "
                       "it again or ask your IT officer.");
    dialog.setFailure(sentence);
    EXPECT_TRUE(dialog.failureLabel()->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.failureLabel()->text(), sentence);
    dialog.setFailure({});
    EXPECT_FALSE(dialog.failureLabel()->isVisibleTo(&dialog));
}

// A Secret Service of its own for one test: a private D-Bus session with GNOME Keyring on it, its
// keyring in the test's folder, so that nothing touches the user's keychain.
class PrivateKeychain
{
public:
    bool start(const QString& folder, QString* why)
    {
        QDir(folder).mkpath(QStringLiteral("data"));
        QDir(folder).mkpath(QStringLiteral("run"));
        QFile::setPermissions(folder + QStringLiteral("/run"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_DATA_HOME", QFile::encodeName(folder + QStringLiteral("/data")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder + QStringLiteral("/run")));
        m_bus.setProgram(QStringLiteral("dbus-daemon"));
        m_bus.setArguments(
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        m_bus.start();
        if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000)) {
            *why = QStringLiteral("dbus-daemon did not start");
            return false;
        }
        const QByteArray address = m_bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        m_keyring.setProgram(QStringLiteral("gnome-keyring-daemon"));
        m_keyring.setArguments({QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                QStringLiteral("--components=secrets")});
        m_keyring.start();
        if (!m_keyring.waitForStarted(5000)) {
            *why = QStringLiteral("gnome-keyring-daemon did not start");
            return false;
        }
        m_keyring.write("keyring-test-password");
        m_keyring.closeWriteChannel();
        // It is ready once it owns the Secret Service's name on the bus.
        for (int attempt = 0; attempt < 100; ++attempt) {
            QProcess ask;
            ask.start(QStringLiteral("dbus-send"),
                      {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                       QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                       QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                       QStringLiteral("string:org.freedesktop.secrets")});
            ask.waitForFinished(2000);
            if (ask.readAllStandardOutput().contains("true"))
                return true;
            QTest::qWait(50);
        }
        *why = QStringLiteral("the Secret Service did not appear on the private bus");
        return false;
    }

    ~PrivateKeychain()
    {
        for (QProcess* process : {&m_keyring, &m_bus}) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(3000);
        }
    }

private:
    QProcess m_bus;
    QProcess m_keyring;
};

// The keychain's own file is encrypted: the password is nowhere in plain text, in the settings or
// beside them.
void expectNoPlainTextPassword(const QString& folder, const QByteArray& password)
{
    QSettings().sync();
    for (const QString& root : {folder, QFileInfo(QSettings().fileName()).absolutePath()}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                EXPECT_FALSE(file.readAll().contains(password)) << file.fileName().toStdString();
            }
        }
    }
}

TEST_F(ConnectDialogTest, APasswordIsRememberedInTheSystemKeychainOnly)
{
    TempDir folder;
    PrivateKeychain keychain;
    QString why;
    ASSERT_TRUE(keychain.start(folder.root(), &why)) << why.toStdString();

    const ProgrammeLocation office =
        ProgrammeLocation::server(QStringLiteral("db.example.org"), {}, QStringLiteral("mexico-ii"),
                                  QStringLiteral("mlopez"), QStringLiteral("require"));
    const ProgrammeLocation other = ProgrammeLocation::server(
        QStringLiteral("db.example.org"), {}, QStringLiteral("training"), QStringLiteral("mlopez"), {});
    EXPECT_FALSE(ServerPasswords::read(office).has_value());
    const Status written = ServerPasswords::write(office, QStringLiteral("Zq-81-secret"));
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(ServerPasswords::read(office).value_or(QString()), QStringLiteral("Zq-81-secret"));
    EXPECT_FALSE(ServerPasswords::read(other).has_value()) << "each server has its own entry";
    expectNoPlainTextPassword(folder.root(), "Zq-81-secret");

    ASSERT_TRUE(ServerPasswords::forget(office).ok());
    EXPECT_FALSE(ServerPasswords::read(office).has_value());
    EXPECT_TRUE(ServerPasswords::forget(office).ok()) << "forgetting twice is no error";
}

TEST_F(ConnectDialogTest, WithoutAKeychainThePasswordIsNotRememberedAndTheUserIsTold)
{
    TempDir folder;
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QFile::encodeName(QStringLiteral("unix:path=") + folder.path(QStringLiteral("no-bus"))));
    const ProgrammeLocation office = ProgrammeLocation::server(
        QStringLiteral("db.example.org"), {}, QStringLiteral("mexico-ii"), QStringLiteral("mlopez"), {});
    const Status written = ServerPasswords::write(office, QStringLiteral("Zq-81-secret"));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("keychain")))
        << written.error().message.toStdString();
    EXPECT_FALSE(ServerPasswords::read(office).has_value());
    expectNoPlainTextPassword(folder.root(), "Zq-81-secret");
}

} // namespace
