#include "Process.h"
#include "ServerSchemaFixture.h"
#include "storage/ServerSchema.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

namespace sd::test {
namespace {

// Every table of a programme file, as `SELECT name FROM sqlite_master` gives them.
const QStringList kTables{QStringLiteral("activity"),
                          QStringLiteral("activity_component"),
                          QStringLiteral("activity_expert"),
                          QStringLiteral("attendance"),
                          QStringLiteral("change_log"),
                          QStringLiteral("component"),
                          QStringLiteral("enrolment"),
                          QStringLiteral("evaluation"),
                          QStringLiteral("expert"),
                          QStringLiteral("institution"),
                          QStringLiteral("objective"),
                          QStringLiteral("objective_component"),
                          QStringLiteral("participant"),
                          QStringLiteral("project"),
                          QStringLiteral("project_requesting_institution"),
                          QStringLiteral("session")};

// The tables a copy does not carry yet (docs/schema.md, certificate_secret): the schema creates them in
// the copy, which gets a certificate secret and a pseudonym key of its own and no design or issued
// certificate.
const QStringList kNotCopiedTables{QStringLiteral("certificate_design"), QStringLiteral("certificate_issue"),
                                   QStringLiteral("certificate_secret"), QStringLiteral("pseudonym_key")};

// Every table of a programme, by name.
QStringList allTables()
{
    QStringList tables = kTables + kNotCopiedTables;
    tables.sort();
    return tables;
}

// `seminardesk-cli copy SOURCE TARGET` as an officer runs it, between files and the test server.
class CopyCommandTest : public ServerSchemaFixture
{
protected:
    void SetUp() override
    {
        ServerSchemaFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_demo = m_home.path(QStringLiteral("demo.sdesk"));
        const ProcessRun demo = cli({QStringLiteral("demo"), m_demo});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        // Text that COPY's format must escape (tab, newline, carriage return, backslash) and text
        // that is not ASCII, in the change log (empty in the demo) and in a participant's record.
        const ProcessRun edited = sqliteShell(
            m_demo,
            QStringLiteral("INSERT INTO change_log (changed_at, kind, description) VALUES "
                           "('2026-12-07T08:00:00Z', 'attendance', 'attendance 2.1'), "
                           "('2026-12-07T08:01:00Z', 'import', 'a' || char(9) || 'b' || char(10) || 'c' || "
                           "char(13) || 'd \\N e \\ f'); "
                           "UPDATE participant SET position = 'Jefa de área' || char(9) || 'Tapachula \\t', "
                           "phone = '' WHERE id = (SELECT min(id) FROM participant);"));
        ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    }

    void TearDown() override
    {
        m_watcher = QSqlDatabase();
        ServerSchemaFixture::TearDown();
    }

    ProcessRun copy(const QString& source, const QString& target)
    {
        return cli({QStringLiteral("copy"), source, target}, environment());
    }

    // The fixture's own environment (no PGPASSFILE, no PGSERVICE of the machine) for the program.
    static ProcessOptions environment() { return withEnvironment(QProcessEnvironment::systemEnvironment()); }

    // Every row of a file's table with the type of each value (sqlite3's quote mode: 12, '12', 0.5,
    // NULL), in key order.
    static QString tableRows(const QString& path, const QString& table)
    {
        const ProcessRun run = runProgram(QStringLiteral("sqlite3"),
                                          {QStringLiteral("-cmd"), QStringLiteral(".mode quote"), path,
                                           QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    }

    // Every table of the copy equals the original's, row by row and value by value, and `check`
    // finds nothing wrong with the copy.
    static void expectFaithfulCopy(const QString& original, const QString& copied)
    {
        const ProcessRun tables = sqliteShell(
            copied, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        EXPECT_EQ(tables.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), allTables());
        for (const QString& table : kTables) {
            const QString rows = tableRows(original, table);
            EXPECT_FALSE(rows.isEmpty()) << table.toStdString();
            EXPECT_EQ(tableRows(copied, table), rows) << table.toStdString();
        }
        const ProcessRun header = sqliteShell(copied, QStringLiteral("PRAGMA user_version"));
        EXPECT_EQ(header.out.trimmed(), QString::number(ServerSchema::kVersion));
        const ProcessRun check = cli({QStringLiteral("check"), copied});
        EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    }

    // Rows of the programme's tables on a server database.
    qint64 serverRows(QSqlDatabase db)
    {
        qint64 total = 0;
        for (const QString& table : kTables)
            total += rows(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).value(0).toLongLong();
        return total;
    }

    // Starts a copy and waits until its connection to `database` waits for a lock the test holds;
    // returns the backend's process id (0 if it never waited).
    qint64 startBlockedCopy(QProcess& process, const QString& source, const QString& target,
                            const QString& database, const QString& user)
    {
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.start(QStringLiteral(SD_CLI_PATH), {QStringLiteral("copy"), source, target});
        QSqlDatabase watcher = anotherConnection();
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const QStringList waiting =
                rows(watcher, QStringLiteral(
                                  "SELECT pid FROM pg_stat_activity WHERE datname = '%1' AND usename = '%2' "
                                  "AND wait_event_type = 'Lock'")
                                  .arg(database, user));
            if (!waiting.isEmpty())
                return waiting.first().toLongLong();
            if (process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        return 0;
    }

    // Cuts the blocked copy's connection (pg_terminate_backend), then lets go of the test's lock;
    // the copy's error output once it has ended, with exit code 4.
    QString cutBlockedCopy(QProcess& process, qint64 backend)
    {
        EXPECT_EQ(rows(anotherConnection(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)),
                  QStringList{QStringLiteral("true")});
        const bool ended = process.waitForFinished(60000);
        m_db.rollback();
        if (!ended) {
            ADD_FAILURE() << "the copy did not end once its connection was cut";
            return {};
        }
        EXPECT_EQ(process.exitCode(), 4);
        return QString::fromUtf8(process.readAllStandardError());
    }

    // A second connection to the test's database (for watching and ending others).
    QSqlDatabase anotherConnection()
    {
        if (!m_watcher.isValid())
            m_watcher = connectTo(m_database->socketUri());
        return m_watcher;
    }

    QString m_demo;
    QSqlDatabase m_watcher;
};

TEST_F(CopyCommandTest, DemoFileToServerAndBackIsTheSameRowByRow)
{
    const ProcessRun published = copy(m_demo, m_database->socketUri());
    ASSERT_EQ(published.exitCode, 0) << published.err.toStdString();
    EXPECT_TRUE(published.out.startsWith(
        QStringLiteral("Copied 4516 rows from demo.sdesk to %1 on this computer as %2")
            .arg(m_database->name(), server.adminUser)))
        << published.out.toStdString();
    EXPECT_TRUE(published.err.isEmpty()) << published.err.toStdString();
    EXPECT_EQ(ServerSchema::version(m_db).value(), ServerSchema::kVersion);
    EXPECT_EQ(serverRows(m_db), 4516);

    // New rows on the server are numbered after the copied ids.
    for (const QString& table : {QStringLiteral("participant"), QStringLiteral("enrolment"),
                                 QStringLiteral("change_log"), QStringLiteral("institution")}) {
        EXPECT_EQ(rows(m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) = "
                                            "(SELECT max(id) + 1 FROM %1)")
                                 .arg(table)),
                  QStringList{QStringLiteral("true")})
            << table.toStdString();
    }
    // The keys, indexes and triggers taken away for the load are all back, as `server init` makes them.
    QSqlDatabase initialised = anotherDatabase();
    ASSERT_TRUE(ServerSchema::create(initialised).ok());
    const QString catalogue = QStringLiteral(
        "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = 'public'::regnamespace UNION ALL SELECT indexdef FROM pg_indexes WHERE "
        "schemaname = 'public' UNION ALL SELECT tgname::text || tgenabled::text FROM pg_trigger WHERE NOT "
        "tgisinternal ORDER BY 1");
    EXPECT_EQ(rows(m_db, catalogue), rows(initialised, catalogue));

    const QString back = m_home.path(QStringLiteral("back.sdesk"));
    const ProcessRun offline = copy(m_database->socketUri(), back);
    ASSERT_EQ(offline.exitCode, 0) << offline.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(back + QStringLiteral(".partial")));
    expectFaithfulCopy(m_demo, back);
}

TEST_F(CopyCommandTest, FileToFileIsTheSameRowByRow)
{
    const QString copied = m_home.path(QStringLiteral("copied.sdesk"));
    const ProcessRun run = copy(m_demo, copied);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectFaithfulCopy(m_demo, copied);
}

// A user who does not own the tables (an officer given rights by the IT officer) copies into a
// database `server init` set up: the rows go in with every key and trigger in place, and the
// triggers count the participation summary again from the marks.
TEST_F(CopyCommandTest, IntoADatabaseSetUpByServerInitAsAnotherUser)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    exec(m_db, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(server.socketOnlyUser));
    exec(m_db,
         QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(server.socketOnlyUser));
    const QString officer = m_database->socketUri(server.socketOnlyUser);
    const ProcessRun published = copy(m_demo, officer);
    ASSERT_EQ(published.exitCode, 0) << published.err.toStdString();
    const QString back = m_home.path(QStringLiteral("back.sdesk"));
    const ProcessRun offline = copy(officer, back);
    ASSERT_EQ(offline.exitCode, 0) << offline.err.toStdString();
    expectFaithfulCopy(m_demo, back);
}

TEST_F(CopyCommandTest, RefusesATargetThatIsNotEmptyAndTouchesNothing)
{
    // A database with something else in it.
    exec(m_db, QStringLiteral("CREATE TABLE budget (line text, amount numeric)"));
    exec(m_db, QStringLiteral("INSERT INTO budget VALUES ('travel', 1200)"));
    const QStringList before = snapshot(m_db, {QStringLiteral("budget")});
    const ProcessRun foreign = copy(m_demo, m_database->socketUri());
    EXPECT_EQ(foreign.exitCode, 3);
    EXPECT_EQ(foreign.err,
              QStringLiteral("seminardesk-cli: %1 on this computer is not empty: it holds tables or "
                             "other objects that are not a Seminar Desk programme; nothing was "
                             "copied. Copy into a new, empty database.\n")
                  .arg(m_database->name()));
    EXPECT_EQ(snapshot(m_db, {QStringLiteral("budget")}), before);

    // A database that holds a programme with data.
    QSqlDatabase other = anotherDatabase();
    const QString otherUri = m_extra.back()->socketUri();
    ASSERT_EQ(copy(m_demo, otherUri).exitCode, 0);
    const QStringList programme = snapshot(other, kTables);
    const ProcessRun again = copy(m_demo, otherUri);
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(
        again.err.contains(QStringLiteral("already holds a programme with data; a copy goes into a new or "
                                          "empty database only, and nothing was changed")))
        << again.err.toStdString();
    EXPECT_EQ(snapshot(other, kTables), programme);

    // A file that exists.
    const QString existing = m_home.path(QStringLiteral("existing.sdesk"));
    {
        QFile file(existing);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("the officer's notes");
    }
    const ProcessRun file = copy(otherUri, existing);
    EXPECT_EQ(file.exitCode, 3);
    EXPECT_EQ(file.err,
              QStringLiteral("seminardesk-cli: %1 already exists; a copy goes into a new file only, "
                             "and nothing was changed. Choose another name or remove the file first.\n")
                  .arg(existing));
    QFile notes(existing);
    ASSERT_TRUE(notes.open(QIODevice::ReadOnly));
    EXPECT_EQ(notes.readAll(), QByteArray("the officer's notes"));
    EXPECT_FALSE(QFileInfo::exists(existing + QStringLiteral(".partial")));
}

TEST_F(CopyCommandTest, AServerThatCannotBeReachedIsExit4AndLeavesNoFile)
{
    const QString target = m_home.path(QStringLiteral("offline.sdesk"));
    const ProcessRun missing = copy(server.socketUri(QStringLiteral("no_such_database")), target);
    EXPECT_EQ(missing.exitCode, 4);
    EXPECT_EQ(missing.err, server.noSuchDatabaseError(QStringLiteral("no_such_database")));
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));

    const ProcessRun refused = copy(
        m_demo, QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(server.adminUser, m_database->name()));
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_TRUE(
        refused.err.startsWith(QStringLiteral("seminardesk-cli: Could not reach 127.0.0.1:1: connection "
                                              "refused;")))
        << refused.err.toStdString();
}

// The connection to the target is cut while the copy writes (the test holds the last table, then
// ends the copy's connection, as a server stopped mid-copy would): exit 4, and the database holds
// no row of it.
TEST_F(CopyCommandTest, AConnectionLostWhileWritingLeavesTheDatabaseWithoutARow)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    exec(m_db, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(server.socketOnlyUser));
    exec(m_db,
         QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(server.socketOnlyUser));
    ASSERT_TRUE(m_db.transaction());
    exec(m_db, QStringLiteral("LOCK TABLE change_log IN SHARE MODE"));
    QProcess process;
    const qint64 backend = startBlockedCopy(process, m_demo, m_database->socketUri(server.socketOnlyUser),
                                            m_database->name(), server.socketOnlyUser);
    ASSERT_NE(backend, 0) << process.readAllStandardError().toStdString();
    const QString err = cutBlockedCopy(process, backend);
    EXPECT_TRUE(err.contains(QStringLiteral("Nothing was written")) ||
                err.contains(QStringLiteral("nothing was "
                                            "written")))
        << err.toStdString();
    EXPECT_EQ(serverRows(m_db), 0);
}

// The connection to the source is cut while the copy reads it: exit 4, and neither the file nor
// its .partial is left.
TEST_F(CopyCommandTest, AConnectionLostWhileReadingLeavesNoFile)
{
    ASSERT_EQ(copy(m_demo, m_database->socketUri()).exitCode, 0);
    const QString target = m_home.path(QStringLiteral("offline.sdesk"));
    ASSERT_TRUE(m_db.transaction());
    exec(m_db, QStringLiteral("LOCK TABLE change_log IN ACCESS EXCLUSIVE MODE"));
    QProcess process;
    const qint64 backend =
        startBlockedCopy(process, m_database->socketUri(), target, m_database->name(), server.adminUser);
    ASSERT_NE(backend, 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(QFileInfo::exists(target + QStringLiteral(".partial")));
    const QString err = cutBlockedCopy(process, backend);
    EXPECT_TRUE(
        err.startsWith(QStringLiteral("seminardesk-cli: The connection to %1 on this computer as %2 was "
                                      "lost while reading the table change_log; nothing was written.")
                           .arg(m_database->name(), server.adminUser)))
        << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
}

TEST_F(CopyCommandTest, WrongUsageIsExit2AndTheHelpSaysWhatItDoes)
{
    const ProcessRun one = cli({QStringLiteral("copy"), m_demo});
    EXPECT_EQ(one.exitCode, 2);
    const ProcessRun help = cli({QStringLiteral("copy"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: seminardesk-cli copy SOURCE TARGET")))
        << help.out.toStdString();
    const ProcessRun all = cli({QStringLiteral("--help")});
    EXPECT_TRUE(all.out.contains(QStringLiteral("copy SOURCE TARGET"))) << all.out.toStdString();

    // A malformed address is bad input, and never quoted with its password.
    const ProcessRun malformed = copy(m_demo, QStringLiteral("postgresql://sd:secret@host:notaport/db"));
    EXPECT_EQ(malformed.exitCode, 3) << malformed.err.toStdString();
    EXPECT_FALSE(malformed.err.contains(QStringLiteral("secret")));
}

} // namespace
} // namespace sd::test
