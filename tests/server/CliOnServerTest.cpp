#include "Process.h"
#include "ServerSchemaFixture.h"
#include "storage/BulkWorkLock.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <array>

namespace sd::test {
namespace {

// Every command of seminardesk-cli given a server's address where it takes a FILE: the same output
// from the demo programme on the server as from the file it was copied from.
class CliOnServerTest : public ServerSchemaFixture
{
protected:
    void whenCreated() override
    {
        ServerSchemaFixture::whenCreated();
        m_url = m_database->socketUri();
        m_demo = m_home.path(QStringLiteral("demo.sdesk"));
        const ProcessRun demo = run({QStringLiteral("demo"), m_demo});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    static ProcessRun run(const QStringList& arguments)
    {
        return cli(arguments, withEnvironment(QProcessEnvironment::systemEnvironment()));
    }

    // The demo published on the server as an IT officer does it: server init, then copy.
    void publish()
    {
        const ProcessRun init = run({QStringLiteral("server"), QStringLiteral("init"), m_url});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        const ProcessRun copied = run({QStringLiteral("copy"), m_demo, m_url});
        ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    }

    // The same command on both places gives the same output.
    void expectSameOutput(const QString& file, const QStringList& arguments)
    {
        const ProcessRun onFile = run(QStringList{arguments.first(), file} + arguments.mid(1));
        const ProcessRun onServer = run(QStringList{arguments.first(), m_url} + arguments.mid(1));
        ASSERT_EQ(onFile.exitCode, 0) << onFile.err.toStdString();
        ASSERT_EQ(onServer.exitCode, 0)
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << onServer.err.toStdString();
        EXPECT_FALSE(onFile.out.isEmpty());
        EXPECT_EQ(onServer.out, onFile.out) << arguments.join(QLatin1Char(' ')).toStdString();
    }

    // A registration list of `rows` new people.
    QString writeList(int rows)
    {
        const QString list = m_home.path(QStringLiteral("list.csv"));
        QFile file(list);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Given names,Family names,Email\n");
        for (int i = 1; i <= rows; ++i)
            file.write(QStringLiteral("Persona %1,Núñez %1,persona%1@example.org\n").arg(i).toUtf8());
        return list;
    }

    qint64 count(const QString& table)
    {
        QSqlQuery query(m_db);
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next());
        return query.value(0).toLongLong();
    }

    QString m_url;
    QString m_demo;
};

const QStringList kResultsKeys{QStringLiteral("activity"),      QStringLiteral("component"),
                               QStringLiteral("institution"),   QStringLiteral("institution-type"),
                               QStringLiteral("gender"),        QStringLiteral("region"),
                               QStringLiteral("expert-country")};

TEST_F(CliOnServerTest, ResultsAndParticipantsOnTheServerEqualTheFileAndCheckPasses)
{
    publish();
    if (HasFatalFailure())
        return;
    for (const QString& key : kResultsKeys) {
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("text")})
            expectSameOutput(m_demo, {QStringLiteral("results"), QStringLiteral("--by"), key,
                                      QStringLiteral("--format"), format});
    }
    expectSameOutput(m_demo,
                     {QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")});
    expectSameOutput(m_demo,
                     {QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("csv")});

    const ProcessRun check = run({QStringLiteral("check"), m_url});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_FALSE(check.out.contains(QLatin1String("FAILED")));

    const ProcessRun info = run({QStringLiteral("info"), m_url});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.startsWith(QStringLiteral("%1 on this computer as ").arg(m_database->name())))
        << info.out.toStdString();

    // Back to a file: the same again.
    const QString back = m_home.path(QStringLiteral("back.sdesk"));
    const ProcessRun copied = run({QStringLiteral("copy"), m_url, back});
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    const ProcessRun checkBack = run({QStringLiteral("check"), back});
    EXPECT_EQ(checkBack.exitCode, 0) << checkBack.out.toStdString() << checkBack.err.toStdString();
    for (const QString& key : kResultsKeys)
        expectSameOutput(back, {QStringLiteral("results"), QStringLiteral("--by"), key,
                                QStringLiteral("--format"), QStringLiteral("json")});
}

TEST_F(CliOnServerTest, DuplicatesMergeAndPrintWorkOnTheServerAsOnTheFile)
{
    publish();
    if (HasFatalFailure())
        return;
    expectSameOutput(m_demo,
                     {QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("json")});
    // Two participants of the demo merged in both places (or refused alike): the same people and
    // numbers afterwards.
    const ProcessRun onFile =
        run({QStringLiteral("merge"), m_demo, QStringLiteral("1"), QStringLiteral("2")});
    const ProcessRun onServer =
        run({QStringLiteral("merge"), m_url, QStringLiteral("1"), QStringLiteral("2")});
    EXPECT_EQ(onServer.exitCode, onFile.exitCode) << onFile.err.toStdString() << onServer.err.toStdString();
    expectSameOutput(m_demo,
                     {QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")});
    expectSameOutput(m_demo, {QStringLiteral("results"), QStringLiteral("--by"), QStringLiteral("gender"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    const QString pdf = m_home.path(QStringLiteral("list.pdf"));
    const ProcessRun printed =
        run({QStringLiteral("print"), m_url, QStringLiteral("--kind"), QStringLiteral("activity-list"),
             QStringLiteral("--activity"), QStringLiteral("2.1"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    EXPECT_EQ(run({QStringLiteral("check"), m_url}).exitCode, 0);
}

TEST_F(CliOnServerTest, ADatabaseWithoutTheSchemaSaysToRunServerInit)
{
    const ProcessRun info = run({QStringLiteral("info"), m_url});
    EXPECT_NE(info.exitCode, 0);
    EXPECT_TRUE(info.err.contains(QLatin1String("server init"))) << info.err.toStdString();
}

TEST_F(CliOnServerTest, AServerThatCannotBeReachedIsExitFourAndOneSentence)
{
    publish();
    if (HasFatalFailure())
        return;
    // Nothing listens on port 1; a wrong password; a database that does not exist.
    const QStringList addresses{
        QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(server.adminUser, m_database->name()),
        server.tcpUri(m_database->name(), server.passwordUser, QStringLiteral("not-the-password")),
        m_database->socketUri().replace(m_database->name(), QStringLiteral("no_such_database"))};
    for (const QString& address : addresses) {
        const QList<QStringList> commands{
            {QStringLiteral("info"), address},
            {QStringLiteral("check"), address},
            {QStringLiteral("results"), address, QStringLiteral("--by"), QStringLiteral("activity")},
            {QStringLiteral("participants"), address},
            {QStringLiteral("import"), address, QStringLiteral("participants"), writeList(2),
             QStringLiteral("--activity"), QStringLiteral("2.1")},
            {QStringLiteral("merge"), address, QStringLiteral("1"), QStringLiteral("2")}};
        for (const QStringList& command : commands) {
            const ProcessRun refused = run(command);
            EXPECT_EQ(refused.exitCode, 4)
                << command.join(QLatin1Char(' ')).toStdString() << ": " << refused.err.toStdString();
            EXPECT_EQ(refused.err.trimmed().count(QLatin1Char('\n')), 0) << refused.err.toStdString();
            EXPECT_FALSE(refused.err.contains(QLatin1String("not-the-password")));
        }
    }
}

TEST_F(CliOnServerTest, AnImportGivesTheSameOutcomeOnTheServerAsOnTheFile)
{
    publish();
    if (HasFatalFailure())
        return;
    const QString list = writeList(40);
    for (const QString& where : {m_demo, m_url}) {
        const ProcessRun imported = run({QStringLiteral("import"), where, QStringLiteral("participants"),
                                         list, QStringLiteral("--activity"), QStringLiteral("2.1")});
        ASSERT_EQ(imported.exitCode, 0) << where.toStdString() << ": " << imported.err.toStdString();
    }
    expectSameOutput(m_demo,
                     {QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")});
    expectSameOutput(m_demo, {QStringLiteral("results"), QStringLiteral("--by"), QStringLiteral("activity"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    const ProcessRun again = run({QStringLiteral("import"), m_url, QStringLiteral("participants"), list,
                                  QStringLiteral("--activity"), QStringLiteral("2.1")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QLatin1String("Nothing to write"))) << again.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("check"), m_url}).exitCode, 0);
}

TEST_F(CliOnServerTest, AConnectionLostInTheMiddleOfAnImportWritesNothing)
{
    publish();
    if (HasFatalFailure())
        return;
    const qint64 participantsBefore = count(QStringLiteral("participant"));
    const qint64 enrolmentsBefore = count(QStringLiteral("enrolment"));
    const QString list = writeList(300);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SEMINARDESK_TEST_PAUSE_IMPORT_AFTER_ROWS"), QStringLiteral("200"));
    environment.insert(QStringLiteral("SEMINARDESK_TEST_PAUSE_IMPORT_SECONDS"), QStringLiteral("3"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SD_CLI_PATH),
                  {QStringLiteral("import"), m_url, QStringLiteral("participants"), list,
                   QStringLiteral("--activity"), QStringLiteral("2.1")});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains("paused after 200 rows") && timer.elapsed() < 30000) {
        process.waitForReadyRead(500);
        err += process.readAllStandardError();
        ASSERT_EQ(process.state(), QProcess::Running) << err.toStdString();
    }
    ASSERT_TRUE(err.contains("paused after 200 rows")) << err.toStdString();
    // The server ends the import's session, as a server stopped in the middle of it does.
    QSqlQuery terminate(m_db);
    ASSERT_TRUE(
        terminate.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
    ASSERT_TRUE(process.waitForFinished(30000));
    err += process.readAllStandardError();
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 4) << err.toStdString();
    const QString said = QString::fromUtf8(err).section(QLatin1Char('\n'), 1).trimmed();
    EXPECT_TRUE(said.contains(QLatin1String("Lost the connection"))) << said.toStdString();
    EXPECT_EQ(said.count(QLatin1Char('\n')), 0) << said.toStdString();

    EXPECT_EQ(count(QStringLiteral("participant")), participantsBefore);
    EXPECT_EQ(count(QStringLiteral("enrolment")), enrolmentsBefore);
    const ProcessRun check = run({QStringLiteral("check"), m_url});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

// Two imports into one programme at the same moment: each list brings people of its own and the same
// new institution, so that two imports planned side by side would both create it (a constraint
// message). Serialised, the second plans after the first has committed: both succeed, it finds the
// institution, and the totals are the sums.
TEST_F(CliOnServerTest, TwoImportsAtOnceRunOneAfterTheOtherOnTheServerAndOnAFile)
{
    publish();
    if (HasFatalFailure())
        return;
    constexpr int kTrials = 20;
    constexpr int kPeople = 4;
    const auto writeRacingList = [&](int trial, int side) {
        const QString path = m_home.path(QStringLiteral("race-%1-%2.csv").arg(trial).arg(side));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Given names,Family names,Email,Institution\n");
        for (int i = 0; i < kPeople; ++i)
            file.write(QStringLiteral("Carrera %1,Lado %2 Núm %3,carrera-%1-%2-%3@example.org,"
                                      "Instituto Compartido %1\n")
                           .arg(trial)
                           .arg(side)
                           .arg(i)
                           .toUtf8());
        return path;
    };
    const auto fileCount = [](const QString& file, const QString& table) {
        const ProcessRun counted = sqliteShell(file, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        EXPECT_EQ(counted.exitCode, 0) << counted.err.toStdString();
        return counted.out.trimmed().toLongLong();
    };
    for (const QString& where : {m_url, m_demo}) {
        const bool server = where == m_url;
        const auto total = [&](const QString& table) {
            return server ? count(table) : fileCount(where, table);
        };
        const qint64 participantsBefore = total(QStringLiteral("participant"));
        const qint64 institutionsBefore = total(QStringLiteral("institution"));
        for (int trial = 0; trial < kTrials; ++trial) {
            std::array<QProcess, 2> processes;
            for (int side = 0; side < 2; ++side) {
                processes[side].setProcessEnvironment(QProcessEnvironment::systemEnvironment());
                processes[side].start(QStringLiteral(SD_CLI_PATH),
                                      {QStringLiteral("import"), where, QStringLiteral("participants"),
                                       writeRacingList(trial, side)});
            }
            for (QProcess& process : processes) {
                ASSERT_TRUE(process.waitForFinished(60000)) << where.toStdString();
                const QString err = QString::fromUtf8(process.readAllStandardError());
                EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
                EXPECT_EQ(process.exitCode(), 0)
                    << where.toStdString() << ", trial " << trial << ": " << err.toStdString();
                EXPECT_FALSE(err.contains(QLatin1String("unique")) ||
                             err.contains(QLatin1String("constraint")) ||
                             err.contains(QLatin1String("already")))
                    << err.toStdString();
            }
            if (HasFailure())
                return;
        }
        EXPECT_EQ(total(QStringLiteral("participant")), participantsBefore + 2 * kTrials * kPeople)
            << where.toStdString();
        EXPECT_EQ(total(QStringLiteral("institution")), institutionsBefore + kTrials) << where.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("check"), m_url}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("check"), m_demo}).exitCode, 0);
}

// The second of two imports waits for the first, at most a bounded time, then says so in one
// sentence and writes nothing.
TEST_F(CliOnServerTest, AnImportThatWaitsTooLongForAnotherSaysSoAndWritesNothing)
{
    publish();
    if (HasFatalFailure())
        return;
    const qint64 participantsBefore = count(QStringLiteral("participant"));
    // Another session holds the bulk-work lock as an import in progress does.
    QSqlDatabase holder = connectTo(m_url);
    ASSERT_TRUE(holder.isOpen());
    exec(holder, QStringLiteral("BEGIN"));
    exec(holder, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::kApplicationId));
    QElapsedTimer timer;
    timer.start();
    const ProcessRun refused = run({QStringLiteral("import"), m_url, QStringLiteral("participants"),
                                    writeList(3), QStringLiteral("--activity"), QStringLiteral("2.1")});
    const qint64 waited = timer.elapsed();
    exec(holder, QStringLiteral("ROLLBACK"));
    EXPECT_EQ(refused.exitCode, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(
        QLatin1String("another import into this programme is running; try again in a moment")))
        << refused.err.toStdString();
    EXPECT_EQ(refused.err.trimmed().count(QLatin1Char('\n')), 0) << refused.err.toStdString();
    EXPECT_GE(waited, kBulkWorkWaitMs - 500);
    EXPECT_EQ(count(QStringLiteral("participant")), participantsBefore);
    // Once the other is done, the same import goes through.
    const ProcessRun imported = run({QStringLiteral("import"), m_url, QStringLiteral("participants"),
                                     writeList(3), QStringLiteral("--activity"), QStringLiteral("2.1")});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("participant")), participantsBefore + 3);
}

} // namespace
} // namespace sd::test
