#include "Process.h"
#include "ServerSchemaFixture.h"
#include "storage/ServerSchema.h"

#include <QProcessEnvironment>

using sd::ServerSchema;

namespace sd::test {
namespace {

// `seminardesk-cli server init URL` as an IT officer runs it, on the test server.
class ServerInitCommandTest : public ServerSchemaFixture
{
protected:
    ProcessRun init(const QString& address)
    {
        // The fixture's own environment (no PGPASSFILE, no PGSERVICE of the machine) goes to the program.
        return cli({QStringLiteral("server"), QStringLiteral("init"), address},
                   withEnvironment(QProcessEnvironment::systemEnvironment()));
    }
};

TEST_F(ServerInitCommandTest, SetsUpAnEmptyDatabase)
{
    const ProcessRun run = init(m_database->socketUri());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out,
              QStringLiteral("Set up an empty programme (schema version %1) in %2 on this computer as %3.\n")
                  .arg(ServerSchema::kVersion)
                  .arg(m_database->name(), server.adminUser));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const Result<int> version = ServerSchema::version(m_db);
    ASSERT_TRUE(version.ok()) << version.error().message.toStdString();
    EXPECT_EQ(*version, ServerSchema::kVersion);
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                        "'public'")),
              QStringList{QStringLiteral("21")});
}

TEST_F(ServerInitCommandTest, RefusesADatabaseThatHoldsAnythingAndTouchesNothing)
{
    exec(m_db, QStringLiteral("CREATE TABLE budget (line text, amount numeric)"));
    exec(m_db, QStringLiteral("INSERT INTO budget VALUES ('travel', 1200)"));
    const QStringList before = snapshot(m_db, {QStringLiteral("budget")});
    const ProcessRun run = init(m_database->socketUri());
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.err,
              QStringLiteral("seminardesk-cli: %1 on this computer is not empty: it holds tables or other "
                             "objects already, and Seminar Desk sets up a programme in an empty database "
                             "only; nothing was changed. Create a new database for the programme "
                             "(docs/server.md says how).\n")
                  .arg(m_database->name()));
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(snapshot(m_db, {QStringLiteral("budget")}), before);
}

TEST_F(ServerInitCommandTest, RefusesAProgrammeAlreadySetUpAndANewerOneAlike)
{
    ASSERT_EQ(init(m_database->socketUri()).exitCode, 0);
    exec(m_db, QStringLiteral("UPDATE meta SET schema_version = %1").arg(ServerSchema::kVersion + 1));
    const QStringList before = snapshot(m_db, {QStringLiteral("meta")});
    const ProcessRun run = init(m_database->socketUri());
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("already holds a Seminar Desk programme (schema version %1); nothing "
                                        "was changed")
                             .arg(ServerSchema::kVersion + 1)))
        << run.err.toStdString();
    EXPECT_EQ(snapshot(m_db, {QStringLiteral("meta")}), before);
}

TEST_F(ServerInitCommandTest, ConnectionFaultsAreExit4WithTheConnectionsSentence)
{
    const ProcessRun missing = init(server.socketUri(QStringLiteral("no_such_database")));
    EXPECT_EQ(missing.exitCode, 4);
    EXPECT_EQ(missing.err, server.noSuchDatabaseError(QStringLiteral("no_such_database")));

    const ProcessRun wrongPassword =
        init(server.tcpUri(m_database->name(), server.passwordUser, QStringLiteral("not-the-password")));
    EXPECT_EQ(wrongPassword.exitCode, 4);
    EXPECT_TRUE(
        wrongPassword.err.startsWith(QStringLiteral("seminardesk-cli: The server on 127.0.0.1:%1 did not "
                                                    "accept the password of %2;")
                                         .arg(server.port)
                                         .arg(server.passwordUser)))
        << wrongPassword.err.toStdString();
    EXPECT_FALSE(wrongPassword.err.contains(QStringLiteral("not-the-password")));
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                        "c.relnamespace WHERE n.nspname = 'public'")),
              QStringList{QStringLiteral("0")});
}

// PostgreSQL 15 lets only the database's owner create tables in its schema public.
TEST_F(ServerInitCommandTest, AUserWhoMayNotCreateTablesIsToldWhoMay)
{
    const ProcessRun run = init(m_database->socketUri(server.socketOnlyUser));
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_EQ(run.err,
              QStringLiteral("seminardesk-cli: %1 may not create tables in %2 on this computer, so nothing "
                             "was written; run it as the database's owner (CREATE DATABASE … OWNER …), or "
                             "ask your IT officer.\n")
                  .arg(server.socketOnlyUser, m_database->name()));
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                        "p.pronamespace WHERE n.nspname = 'public'")),
              QStringList{QStringLiteral("0")});
}

TEST_F(ServerInitCommandTest, RefusesAFileAndAMalformedAddressAndUnknownActions)
{
    const ProcessRun file = init(m_home.path(QStringLiteral("programme.sdesk")));
    EXPECT_EQ(file.exitCode, 2);
    EXPECT_TRUE(file.err.contains(QStringLiteral("not a file"))) << file.err.toStdString();

    const ProcessRun malformed = init(QStringLiteral("postgresql://sd:secret@host:notaport/db"));
    EXPECT_EQ(malformed.exitCode, 3) << malformed.err.toStdString();
    EXPECT_FALSE(malformed.err.contains(QStringLiteral("secret")));

    const ProcessRun unknown =
        cli({QStringLiteral("server"), QStringLiteral("drop"), m_database->socketUri()});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("'drop' is not a server action")))
        << unknown.err.toStdString();

    const ProcessRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("server init URL"))) << help.out.toStdString();
    const ProcessRun commandHelp = cli({QStringLiteral("server"), QStringLiteral("--help")});
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains(QStringLiteral("Usage: seminardesk-cli server init URL")))
        << commandHelp.out.toStdString();
}

} // namespace
} // namespace sd::test
