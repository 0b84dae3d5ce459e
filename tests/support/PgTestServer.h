#pragma once

#include "Process.h"
#include "TempDir.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ServerConnection.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace sd::test {

// The PostgreSQL server that ctest started for this run (tests/server/pg-test-server.sh), as its
// server.env describes it. Over the Unix socket every role connects without a password; over TCP on
// 127.0.0.1 the administrator connects without one, passwordUser only with its password, and
// socketOnlyUser not at all.
struct PgTestServer
{
    QString socketDir;
    int port = 0;
    QString adminUser;
    QString passwordUser;
    QString password;
    QString socketOnlyUser;

    // postgresql:///DATABASE?host=SOCKET_DIR&port=PORT&user=USER (the administrator by default)
    QString socketUri(const QString& database, const QString& user = {}) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(database, QString::fromLatin1(QUrl::toPercentEncoding(socketDir)), QString::number(port),
                 user.isEmpty() ? adminUser : user);
    }
    // What seminardesk-cli says when told to use a database the server does not have.
    QString noSuchDatabaseError(const QString& database) const
    {
        return QStringLiteral(
                   "seminardesk-cli: There is no database %1 on the server on this computer (socket "
                   "%2/.s.PGSQL.%3); check its name, or ask your IT officer to create it.\n")
            .arg(database, socketDir)
            .arg(port);
    }
    // postgresql://USER@127.0.0.1:PORT/DATABASE, with a password when one is given
    QString tcpUri(const QString& database, const QString& user, const QString& withPassword = {}) const
    {
        const QString credentials =
            withPassword.isEmpty()
                ? user
                : user + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(withPassword));
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(credentials, QString::number(port), database);
    }

    // The server ctest started, read from $SEMINARDESK_TEST_PG_DIR/server.env; none, with why, when
    // the test runs outside ctest's fixture.
    static std::optional<PgTestServer> find(QString* why)
    {
        const QString folder = qEnvironmentVariable("SEMINARDESK_TEST_PG_DIR");
        if (folder.isEmpty()) {
            *why = QStringLiteral("SEMINARDESK_TEST_PG_DIR is not set: run this test through ctest, whose "
                                  "fixture server.start starts the test server");
            return std::nullopt;
        }
        QFile file(folder + QStringLiteral("/server.env"));
        if (!file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("%1 does not exist: the test server is not running (ctest's fixture "
                                  "server.start starts it)")
                       .arg(file.fileName());
            return std::nullopt;
        }
        PgTestServer server;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals < 0)
                continue;
            const QByteArray key = line.left(equals);
            const QString value = QString::fromUtf8(line.mid(equals + 1));
            if (key == "socket_dir")
                server.socketDir = value;
            else if (key == "port")
                server.port = value.toInt();
            else if (key == "admin_user")
                server.adminUser = value;
            else if (key == "password_user")
                server.passwordUser = value;
            else if (key == "password")
                server.password = value;
            else if (key == "socket_only_user")
                server.socketOnlyUser = value;
        }
        if (server.socketDir.isEmpty() || server.port == 0 || server.adminUser.isEmpty()) {
            *why = QStringLiteral("%1 is incomplete").arg(file.fileName());
            return std::nullopt;
        }
        return server;
    }
};

// A new, empty database on the test server for one test, dropped with it (also when the test
// fails). Its name is unique among the tests that run at once.
class PgTestDatabase
{
public:
    explicit PgTestDatabase(const PgTestServer& server)
        : m_server(server)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("sd_test_%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
        m_created = administer(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        EXPECT_TRUE(m_created) << "could not create the test database " << m_name.toStdString();
    }
    ~PgTestDatabase()
    {
        if (m_created)
            administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    const QString& name() const { return m_name; }
    bool created() const { return m_created; }
    QString socketUri(const QString& user = {}) const { return m_server.socketUri(m_name, user); }

private:
    // One statement on the maintenance database "postgres" as the administrator; the name is ours.
    bool administer(const QString& statement) const
    {
        const QString connectionName = QStringLiteral("pg-test-admin-") + m_name;
        bool done = false;
        {
            const Result<ProgrammeLocation> location =
                ProgrammeLocation::parse(m_server.socketUri(QStringLiteral("postgres")));
            if (!location)
                return false;
            Result<QSqlDatabase> db = ServerConnection::open(*location, connectionName);
            if (!db)
                return false;
            QSqlQuery query(*db);
            done = query.exec(statement);
            query.finish();
            db->close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        return done;
    }

    const PgTestServer& m_server;
    QString m_name;
    bool m_created = false;
};

// A test that needs the server fails, never skips, when ctest did not start one.
class PgServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        std::optional<PgTestServer> found = PgTestServer::find(&why);
        if (!found)
            GTEST_FAIL() << why.toStdString();
        server = *found;
    }

    PgTestServer server;
};

// A test with a new, empty database of its own on the test server and none of the machine's own
// libpq set-up (the user's ~/.pgpass, a PGSERVICE, PGUSER…) in the way: a test that wants them sets
// its own. The connections it opens are closed with it.
class PgDatabaseTest : public PgServerTest
{
protected:
    void SetUp() override
    {
        PgServerTest::SetUp();
        if (HasFatalFailure())
            return;
        for (const char* name : {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD",
                                 "PGSERVICE", "PGSERVICEFILE", "PGSSLMODE", "PGCONNECT_TIMEOUT"})
            qunsetenv(name);
        qputenv("PGPASSFILE", m_home.path(QStringLiteral("no-pgpass")).toUtf8());
        qputenv("PGSYSCONFDIR", m_home.path(QStringLiteral("no-sysconf")).toUtf8());
        m_database = std::make_unique<PgTestDatabase>(server);
        ASSERT_TRUE(m_database->created());
        whenCreated();
    }

    // What a test sets up once its database exists.
    virtual void whenCreated() {}

    void TearDown() override
    {
        m_db = QSqlDatabase();
        m_serverDb = QSqlDatabase();
        for (const QString& name : std::as_const(m_connections)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_database.reset();
    }

    // A connection of the test's own to address under name, closed at the end of the test.
    Result<QSqlDatabase> openConnection(const QString& address, const QString& name,
                                        const QString& password = {})
    {
        m_connections.append(name);
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(address);
        if (!location)
            return location.error();
        return ServerConnection::open(*location, name, password);
    }

    // The demo programme published into the test's database as an IT officer does it, through
    // seminardesk-cli: demo, server init, copy.
    void publishDemo()
    {
        const QString demo = m_home.path(QStringLiteral("demo.sdesk"));
        const QString url = m_database->socketUri();
        const ProcessOptions options = withEnvironment(QProcessEnvironment::systemEnvironment());
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("demo"), demo},
              QStringList{QStringLiteral("server"), QStringLiteral("init"), url},
              QStringList{QStringLiteral("copy"), demo, url}}) {
            const ProcessRun run = cli(arguments, options);
            ASSERT_EQ(run.exitCode, 0)
                << arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
        }
    }

    // One number from a parameterised SELECT on the test's own connection m_db.
    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        EXPECT_TRUE(query.exec() && query.next()) << sql.toStdString();
        return query.value(0).toLongLong();
    }

    // A statement on the test's own connection m_db.
    void execute(const QString& sql)
    {
        QSqlQuery query(m_db);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }

    // A server-wide statement (ALTER DATABASE), from a connection to another database than the test's.
    void executeOnServer(const QString& sql)
    {
        if (!m_serverDb.isValid()) {
            Result<QSqlDatabase> db =
                openConnection(server.socketUri(QStringLiteral("postgres")), QStringLiteral("server-admin"));
            ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
            m_serverDb = *db;
        }
        QSqlQuery query(m_serverDb);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }

    TempDir m_home;
    std::unique_ptr<PgTestDatabase> m_database;
    QStringList m_connections;
    QSqlDatabase m_db;       // the test's own connection to its database, when it opens one
    QSqlDatabase m_serverDb; // to the maintenance database, for executeOnServer
};

} // namespace sd::test
