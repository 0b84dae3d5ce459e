#include "storage/ServerConnection.h"

#include "PgTestServer.h"
#include "TempDir.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>
#include <netinet/in.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

using sd::ErrorKind;
using sd::ProgrammeLocation;
using sd::ServerConnection;

namespace sd::test {
namespace {

// What the core logs while it lives.
class LogCapture
{
public:
    LogCapture()
        : m_previous(spdlog::default_logger())
        , m_sink(std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(100))
    {
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("capture", m_sink));
    }
    ~LogCapture() { spdlog::set_default_logger(m_previous); }
    QString text() const
    {
        QString all;
        for (const std::string& line : m_sink->last_formatted())
            all += QString::fromStdString(line);
        return all;
    }

private:
    std::shared_ptr<spdlog::logger> m_previous;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_sink;
};

// A TCP port on 127.0.0.1 where nothing listens: the kernel's pick, closed again at once.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), size) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

class ServerConnectionTest : public PgDatabaseTest
{
protected:
    Result<QSqlDatabase> connect(const QString& address, const QString& password = {})
    {
        return openConnection(address, QStringLiteral("server-test-%1").arg(m_connections.size()), password);
    }

    // Connecting to address fails: returns the error, having checked that no connection is left.
    Error refused(const QString& address, const QString& password = {})
    {
        const Result<QSqlDatabase> db = connect(address, password);
        EXPECT_FALSE(db.ok()) << address.toStdString() << " connected";
        EXPECT_FALSE(QSqlDatabase::contains(m_connections.last()));
        if (db)
            return Error();
        EXPECT_EQ(db.error().kind, ErrorKind::Database) << db.error().message.toStdString();
        return db.error();
    }

    QString databaseName() const { return m_database->name(); }
    QString socketPath(int port) const { return server.socketDir + QStringLiteral("/.s.PGSQL.%1").arg(port); }

    void writePgpass(const QString& line)
    {
        QFile file(m_home.path(QStringLiteral("pgpass")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(line.toUtf8() + '\n');
        file.close();
        // libpq ignores a password file that others may read.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", file.fileName().toUtf8());
    }
};

TEST_F(ServerConnectionTest, ConnectsThroughTheSocketAndSaysWhereAndAsWhom)
{
    const Result<QSqlDatabase> db = connect(server.socketUri(databaseName()));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    QSqlQuery query(*db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT current_user, current_database(), version()")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), server.adminUser);
    EXPECT_EQ(query.value(1).toString(), databaseName());
    EXPECT_TRUE(query.value(2).toString().startsWith(QStringLiteral("PostgreSQL 15.")));

    const ServerIdentity identity = ServerConnection::identity(*db);
    EXPECT_EQ(identity.host, server.socketDir);
    EXPECT_EQ(identity.port, QString::number(server.port));
    EXPECT_EQ(identity.database, databaseName());
    EXPECT_EQ(identity.user, server.adminUser);
    EXPECT_FALSE(identity.encrypted);
    EXPECT_EQ(identity.displayText(), databaseName() + QStringLiteral(" on this computer as sd_admin"));
    EXPECT_EQ(ProgrammeLocation::parse(server.socketUri(databaseName()))->displayText(),
              identity.displayText());
    EXPECT_NE(ServerConnection::nativeHandle(*db), nullptr);
}

TEST_F(ServerConnectionTest, NamesItselfInTheServersListOfSessions)
{
    const Result<QSqlDatabase> db = connect(server.socketUri(databaseName()));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    QSqlQuery query(*db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT current_setting('application_name')")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("seminardesk"));
}

TEST_F(ServerConnectionTest, TakesThePasswordFromPgpass)
{
    writePgpass(
        QStringLiteral("127.0.0.1:%1:*:%2:%3").arg(server.port).arg(server.passwordUser, server.password));
    const Result<QSqlDatabase> db = connect(server.tcpUri(databaseName(), server.passwordUser));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    const ServerIdentity identity = ServerConnection::identity(*db);
    EXPECT_EQ(identity.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(identity.user, server.passwordUser);
    EXPECT_EQ(identity.displayText(),
              QStringLiteral("%1 on 127.0.0.1:%2 as sd_password").arg(databaseName()).arg(server.port));
}

TEST_F(ServerConnectionTest, TakesThePasswordFromTheCallerOrTheAddress)
{
    const Result<QSqlDatabase> fromDialog =
        connect(server.tcpUri(databaseName(), server.passwordUser), server.password);
    ASSERT_TRUE(fromDialog.ok()) << fromDialog.error().message.toStdString();

    const QString address = server.tcpUri(databaseName(), server.passwordUser, server.password);
    const Result<QSqlDatabase> fromAddress = connect(address);
    ASSERT_TRUE(fromAddress.ok()) << fromAddress.error().message.toStdString();
    EXPECT_FALSE(ProgrammeLocation::parse(address)->storableText().contains(server.password));
}

TEST_F(ServerConnectionTest, TakesEverythingFromAPgServiceEntry)
{
    QFile services(m_home.path(QStringLiteral("pg_service.conf")));
    ASSERT_TRUE(services.open(QIODevice::WriteOnly));
    services.write(QStringLiteral("[office]\nhost=127.0.0.1\nport=%1\nuser=%2\npassword=%3\ndbname=%4\n")
                       .arg(server.port)
                       .arg(server.passwordUser, server.password, databaseName())
                       .toUtf8());
    services.close();
    qputenv("PGSERVICEFILE", services.fileName().toUtf8());

    // A service named in the address.
    const Result<QSqlDatabase> named = connect(QStringLiteral("postgresql://?service=office"));
    ASSERT_TRUE(named.ok()) << named.error().message.toStdString();
    EXPECT_EQ(ServerConnection::identity(*named).displayText(),
              QStringLiteral("%1 on 127.0.0.1:%2 as sd_password").arg(databaseName()).arg(server.port));

    // PGSERVICE for an address that names only the database.
    qputenv("PGSERVICE", QByteArrayLiteral("office"));
    const QString address = QStringLiteral("postgresql:///") + databaseName();
    EXPECT_EQ(ProgrammeLocation::parse(address)->displayText(),
              QStringLiteral("%1 on 127.0.0.1:%2 as sd_password").arg(databaseName()).arg(server.port));
    const Result<QSqlDatabase> fromEnvironment = connect(address);
    ASSERT_TRUE(fromEnvironment.ok()) << fromEnvironment.error().message.toStdString();
    EXPECT_EQ(ServerConnection::identity(*fromEnvironment).user, server.passwordUser);
}

TEST_F(ServerConnectionTest, AWrongPasswordIsOneSentenceAndTheLogHasTheDriversWordsWithoutIt)
{
    const LogCapture log;
    const QString wrong = QStringLiteral("not-the-Password-42");
    const Error error = refused(server.tcpUri(databaseName(), server.passwordUser, wrong));
    EXPECT_EQ(error.message,
              QStringLiteral("The server on 127.0.0.1:%1 did not accept the password of sd_password; "
                             "check the user name and the password (or its ~/.pgpass entry) and "
                             "try again.")
                  .arg(server.port));
    EXPECT_FALSE(error.message.contains(wrong));
    // libpq's and the server's own words, in the log only, and never the password.
    EXPECT_TRUE(log.text().contains(QStringLiteral("28P01"))) << log.text().toStdString();
    EXPECT_TRUE(log.text().contains(QStringLiteral("password authentication failed")))
        << log.text().toStdString();
    EXPECT_FALSE(log.text().contains(wrong)) << log.text().toStdString();

    // The same through the caller and through ~/.pgpass.
    EXPECT_EQ(refused(server.tcpUri(databaseName(), server.passwordUser), wrong).message, error.message);
    writePgpass(QStringLiteral("127.0.0.1:%1:*:%2:%3").arg(server.port).arg(server.passwordUser, wrong));
    EXPECT_EQ(refused(server.tcpUri(databaseName(), server.passwordUser)).message, error.message);
    EXPECT_FALSE(log.text().contains(wrong)) << log.text().toStdString();
}

TEST_F(ServerConnectionTest, NoPasswordAtAll)
{
    EXPECT_EQ(
        refused(server.tcpUri(databaseName(), server.passwordUser)).message,
        QStringLiteral("The server on 127.0.0.1:%1 asks for the password of sd_password, and none was given; "
                       "enter it, or put it in ~/.pgpass or a PGSERVICE entry.")
            .arg(server.port));
}

TEST_F(ServerConnectionTest, NoSuchDatabase)
{
    EXPECT_EQ(
        refused(server.tcpUri(QStringLiteral("no_such_programme"), server.adminUser)).message,
        QStringLiteral("There is no database no_such_programme on the server on 127.0.0.1:%1; check its "
                       "name, or ask your IT officer to create it.")
            .arg(server.port));
    EXPECT_EQ(
        refused(server.socketUri(QStringLiteral("no_such_programme"))).message,
        QStringLiteral("There is no database no_such_programme on the server on this computer (socket %1); "
                       "check its name, or ask your IT officer to create it.")
            .arg(socketPath(server.port)));
}

TEST_F(ServerConnectionTest, NoSuchUser)
{
    EXPECT_EQ(
        refused(server.socketUri(databaseName(), QStringLiteral("sd_nobody"))).message,
        QStringLiteral("There is no user sd_nobody that may log in to the server on this computer (socket "
                       "%1); check the user name or ask your IT officer.")
            .arg(socketPath(server.port)));
}

TEST_F(ServerConnectionTest, NotAllowedFromThisComputer)
{
    EXPECT_EQ(
        refused(server.tcpUri(databaseName(), server.socketOnlyUser)).message,
        QStringLiteral("The server on 127.0.0.1:%1 does not let sd_socket_only connect to %2 from this "
                       "computer: no rule of its pg_hba.conf allows it. It may accept encrypted "
                       "connections only (add sslmode=require to the address); else ask your IT officer.")
            .arg(server.port)
            .arg(databaseName()));
}

// One statement on the test's database as the administrator.
bool administer(const PgTestServer& server, const QString& database, const QString& statement)
{
    const QString name = QStringLiteral("server-test-admin");
    bool done = false;
    {
        Result<QSqlDatabase> db =
            ServerConnection::open(*ProgrammeLocation::parse(server.socketUri(database)), name);
        if (db) {
            QSqlQuery query(*db);
            done = query.exec(statement);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

TEST_F(ServerConnectionTest, NoRightToConnectToTheDatabase)
{
    ASSERT_TRUE(administer(server, databaseName(),
                           QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(databaseName())));
    EXPECT_EQ(
        refused(server.socketUri(databaseName(), server.socketOnlyUser)).message,
        QStringLiteral("sd_socket_only may not connect to the database %1 on this computer (socket %2); ask "
                       "your IT officer for access.")
            .arg(databaseName(), socketPath(server.port)));
}

TEST_F(ServerConnectionTest, NoMoreConnectionsAccepted)
{
    ASSERT_TRUE(administer(server, databaseName(),
                           QStringLiteral("ALTER DATABASE %1 CONNECTION LIMIT 0").arg(databaseName())));
    EXPECT_EQ(refused(server.socketUri(databaseName(), server.socketOnlyUser)).message,
              QStringLiteral(
                  "The server on this computer (socket %1) accepts no more connections now; try again in "
                  "a moment, or ask your IT officer.")
                  .arg(socketPath(server.port)));
}

TEST_F(ServerConnectionTest, NothingListensAtThePort)
{
    const int port = freePort();
    ASSERT_NE(port, 0);
    EXPECT_EQ(
        refused(server.tcpUri(databaseName(), server.adminUser)
                    .replace(QString::number(server.port), QString::number(port)))
            .message,
        QStringLiteral("Could not reach 127.0.0.1:%1: connection refused; check the address or ask your IT "
                       "officer.")
            .arg(port));
}

TEST_F(ServerConnectionTest, NoServerAtTheSocket)
{
    const int port = freePort();
    PgTestServer elsewhere = server;
    elsewhere.port = port;
    EXPECT_EQ(
        refused(elsewhere.socketUri(databaseName())).message,
        QStringLiteral("Could not reach the server on this computer: nothing listens at %1; start PostgreSQL "
                       "or check the address.")
            .arg(socketPath(port)));
}

TEST_F(ServerConnectionTest, NoComputerOfThatName)
{
    EXPECT_EQ(
        refused(QStringLiteral("postgresql://mlopez@no-such-host.invalid/mexico-ii")).message,
        QStringLiteral("Could not reach no-such-host.invalid: there is no computer of that name; check the "
                       "address for typing errors."));
}

TEST_F(ServerConnectionTest, TlsRequiredButNotOffered)
{
    const QString address = server.tcpUri(databaseName(), server.adminUser);
    EXPECT_EQ(
        refused(address + QStringLiteral("?sslmode=require")).message,
        QStringLiteral("The server on 127.0.0.1:%1 does not offer an encrypted (TLS) connection, which the "
                       "address asks for (sslmode=require); ask your IT officer to turn TLS on.")
            .arg(server.port));
    EXPECT_EQ(
        refused(address + QStringLiteral("?sslmode=verify-full")).message,
        QStringLiteral("The server on 127.0.0.1:%1 does not offer an encrypted (TLS) connection, which the "
                       "address asks for (sslmode=verify-full); ask your IT officer to turn TLS on.")
            .arg(server.port));
    // "prefer" (libpq's default) takes what the server offers.
    const Result<QSqlDatabase> preferred = connect(address + QStringLiteral("?sslmode=prefer"));
    ASSERT_TRUE(preferred.ok()) << preferred.error().message.toStdString();
    EXPECT_FALSE(ServerConnection::identity(*preferred).encrypted);
}

TEST_F(ServerConnectionTest, AMalformedAddressIsBadInputBeforeAnyConnection)
{
    const Result<QSqlDatabase> file = ServerConnection::open(
        ProgrammeLocation::file(QStringLiteral("/tmp/mexico-ii.sdesk")), QStringLiteral("f"));
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(file.error().message,
              QStringLiteral("/tmp/mexico-ii.sdesk is a file, not a server address (postgresql://…)."));
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("f")));

    const Result<ProgrammeLocation> location =
        ProgrammeLocation::parse(QStringLiteral("postgresql://[::1/x"));
    ASSERT_FALSE(location.ok());
    EXPECT_EQ(location.error().kind, ErrorKind::BadInput);
}

} // namespace
} // namespace sd::test
