// The command line as a user runs it: the real executable, real files, exit codes and messages.
#include "CliDemoSuite.h"
#include "Process.h"
#include "TempDir.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <gtest/gtest.h>

using sd::test::cli;
using sd::test::ProcessRun;
using sd::test::TempDir;

namespace {

// One clear sentence on stderr: a single line that names the file.
void expectOneSentenceNaming(const ProcessRun& run, const QString& name)
{
    const QString err = run.err.trimmed();
    EXPECT_FALSE(err.isEmpty());
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_TRUE(err.contains(name)) << err.toStdString();
    EXPECT_TRUE(err.endsWith(QLatin1Char('.'))) << err.toStdString();
}

// The demo programme written once by the real executable; a copy for each test that damages or
// locks its file.
using CliTest = sd::test::CliDemoSuite;

} // namespace

TEST_F(CliTest, VersionAndUsage)
{
    ProcessRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("seminardesk-cli ")));
    EXPECT_EQ(cli({}).exitCode, 2);
    ProcessRun unknown = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(cli({QStringLiteral("results"), s_demo}).exitCode, 2);
    ProcessRun badKey =
        cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"), QStringLiteral("colour")});
    EXPECT_EQ(badKey.exitCode, 2);
    EXPECT_TRUE(badKey.err.contains(QStringLiteral("colour")));
    EXPECT_EQ(cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"), QStringLiteral("activity"),
                   QStringLiteral("--format"), QStringLiteral("doc")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("info")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("info"), QStringLiteral("--help")}).exitCode, 0);
}

TEST_F(CliTest, DemoResultsByActivityAsJson)
{
    ProcessRun run = cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"),
                          QStringLiteral("activity"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("project")).toString(), QStringLiteral("MX-II"));
    EXPECT_EQ(json.value(QStringLiteral("by")).toString(), QStringLiteral("activity"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QStringList keys;
    for (const QJsonValue& row : rows)
        keys.append(row.toObject().value(QStringLiteral("key")).toString());
    EXPECT_EQ(keys, (QStringList{QStringLiteral("1"), QStringLiteral("2.1"), QStringLiteral("2.2"),
                                 QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                 QStringLiteral("6"), QStringLiteral("7")}));
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("participations")).toInt(), 755);
    EXPECT_EQ(totals.value(QStringLiteral("expert_countries")).toInt(), 9);
    EXPECT_LT(totals.value(QStringLiteral("unique_participants")).toInt(), 755);
    EXPECT_GT(totals.value(QStringLiteral("unique_participants")).toInt(), 0);
}

TEST_F(CliTest, DemoResultsOfAYearCountOnlyTheSessionsHeldInIt)
{
    // The participations of the sessions held in 2017, recounted from the marks.
    qint64 expected = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("recount"));
        db.setDatabaseName(s_demo);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral(
            "SELECT COUNT(DISTINCT m.enrolment_id) FROM attendance m JOIN session s ON s.id = m.session_id"
            " WHERE m.status IN ('present', 'late') AND s.date >= '2017-01-01' AND s.date <= '2017-12-31'")));
        ASSERT_TRUE(query.next());
        expected = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("recount"));
    ASSERT_GT(expected, 0);
    ASSERT_LT(expected, 755);

    ProcessRun run =
        cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"), QStringLiteral("activity"),
             QStringLiteral("--from"), QStringLiteral("2017-01-01"), QStringLiteral("--to"),
             QStringLiteral("2017-12-31"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("from")).toString(), QStringLiteral("2017-01-01"));
    EXPECT_EQ(
        json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("participations")).toInteger(),
        expected);

    // By year: 2017 and 2018, adding up to the 755 (no demo activity runs across the new year).
    ProcessRun byYear = cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"),
                             QStringLiteral("year"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(byYear.exitCode, 0) << byYear.err.toStdString();
    const QJsonObject years = QJsonDocument::fromJson(byYear.out.toUtf8()).object();
    const QJsonArray rows = years.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("participations")).toInteger(), expected);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("participations")).toInteger() +
                  rows.at(1).toObject().value(QStringLiteral("participations")).toInteger(),
              755);

    // The persons behind the 2017 row, from the participants command.
    ProcessRun behind = cli({QStringLiteral("participants"), s_demo, QStringLiteral("--year"),
                             QStringLiteral("2017"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(behind.exitCode, 0) << behind.err.toStdString();
    const QJsonDocument persons = QJsonDocument::fromJson(behind.out.toUtf8());
    const QJsonArray list = persons.isArray()
                                ? persons.array()
                                : persons.object().value(QStringLiteral("participants")).toArray();
    EXPECT_EQ(list.size(), rows.at(0).toObject().value(QStringLiteral("unique_participants")).toInt());

    // Dates that are not dates, and a period that ends before it starts: wrong usage, said plainly.
    ProcessRun badDate =
        cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"), QStringLiteral("activity"),
             QStringLiteral("--from"), QStringLiteral("2017-13-01")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("2017-13-01"))) << badDate.err.toStdString();
    ProcessRun backwards =
        cli({QStringLiteral("participants"), s_demo, QStringLiteral("--from"), QStringLiteral("2018-01-01"),
             QStringLiteral("--to"), QStringLiteral("2017-01-01")});
    EXPECT_EQ(backwards.exitCode, 2);
    EXPECT_TRUE(backwards.err.contains(QStringLiteral("after"))) << backwards.err.toStdString();
}

TEST_F(CliTest, EveryBreakdownInEveryFormat)
{
    for (const char* key : {"activity", "component", "institution", "institution-type", "gender", "region",
                            "expert-country", "year", "quarter"}) {
        for (const char* format : {"text", "csv", "json"}) {
            ProcessRun run =
                cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"), QString::fromLatin1(key),
                     QStringLiteral("--format"), QString::fromLatin1(format)});
            EXPECT_EQ(run.exitCode, 0) << key << " " << format << ": " << run.err.toStdString();
            EXPECT_TRUE(run.out.contains(QStringLiteral("755"))) << key << " " << format;
        }
    }
}

TEST_F(CliTest, ResultsToAFile)
{
    const QString out = m_dir.path(QStringLiteral("by-gender.csv"));
    ProcessRun run = cli({QStringLiteral("results"), s_demo, QStringLiteral("--by"), QStringLiteral("gender"),
                          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("female"));
}

TEST_F(CliTest, InfoAndCheckOnTheDemo)
{
    ProcessRun info = cli({QStringLiteral("info"), s_demo});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("MX-II")));
    EXPECT_TRUE(info.out.contains(QStringLiteral("activities:")));
    ProcessRun check = cli({QStringLiteral("check"), s_demo});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_FALSE(check.out.contains(QStringLiteral("FAILED")));
}

TEST_F(CliTest, CheckFindsABrokenInvariant)
{
    const QString path = demoCopy(QStringLiteral("broken.sdesk"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        // A session moved outside its activity's dates, behind the program's back.
        ASSERT_TRUE(query.exec(
            QStringLiteral("UPDATE session SET date = '2030-01-01' WHERE id = (SELECT min(id) FROM "
                           "session)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    ProcessRun check = cli({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 3);
    EXPECT_TRUE(check.out.contains(QStringLiteral("FAILED  sessions lie within their activity's dates")));
}

TEST_F(CliTest, DemoRefusesAnExistingFile)
{
    const QString path = demoCopy(QStringLiteral("existing.sdesk"));
    const QByteArray before = sd::test::fileHash(path);
    ProcessRun run = cli({QStringLiteral("demo"), path});
    EXPECT_EQ(run.exitCode, 3);
    expectOneSentenceNaming(run, QStringLiteral("existing.sdesk"));
    EXPECT_EQ(sd::test::fileHash(path), before);
}

TEST_F(CliTest, AMissingFile)
{
    ProcessRun run = cli({QStringLiteral("info"), m_dir.path(QStringLiteral("nowhere.sdesk"))});
    EXPECT_EQ(run.exitCode, 3);
    expectOneSentenceNaming(run, QStringLiteral("nowhere.sdesk"));
}

TEST_F(CliTest, ATextFileNamedSdesk)
{
    const QString path = m_dir.path(QStringLiteral("notes.sdesk"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Participants of the Tapachula seminar: see the spreadsheet.\n");
    }
    const QByteArray before = sd::test::fileHash(path);
    for (const char* command : {"info", "check", "results"}) {
        QStringList arguments{QString::fromLatin1(command), path};
        if (QLatin1String(command) == QLatin1String("results"))
            arguments += {QStringLiteral("--by"), QStringLiteral("activity")};
        ProcessRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 3) << command;
        expectOneSentenceNaming(run, QStringLiteral("notes.sdesk"));
    }
    EXPECT_EQ(sd::test::fileHash(path), before);
}

TEST_F(CliTest, ATruncatedDatabase)
{
    const QString path = demoCopy(QStringLiteral("truncated.sdesk"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(file.size() / 3));
    }
    const QByteArray before = sd::test::fileHash(path);
    ProcessRun run =
        cli({QStringLiteral("results"), path, QStringLiteral("--by"), QStringLiteral("activity")});
    EXPECT_EQ(run.exitCode, 4);
    expectOneSentenceNaming(run, QStringLiteral("truncated.sdesk"));
    EXPECT_EQ(sd::test::fileHash(path), before);
}

TEST_F(CliTest, ANewerSchema)
{
    const QString path = demoCopy(QStringLiteral("newer.sdesk"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(60); // user_version in the SQLite header
        const char version[4] = {0, 0, 0, 99};
        file.write(version, 4);
    }
    const QByteArray before = sd::test::fileHash(path);
    ProcessRun run = cli({QStringLiteral("info"), path});
    EXPECT_EQ(run.exitCode, 4);
    expectOneSentenceNaming(run, QStringLiteral("newer.sdesk"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer version")));
    EXPECT_EQ(sd::test::fileHash(path), before);
}

TEST_F(CliTest, ADatabaseLockedByAnotherWriter)
{
    const QString path = demoCopy(QStringLiteral("locked.sdesk"));
    const QByteArray before = sd::test::fileHash(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        // Another program holding the file for an uncommitted write, as exclusive as SQLite allows.
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO change_log (changed_at, kind, description) VALUES "
                                              "('2017-03-14T10:00:00Z', 'edit', 'held open by a test')")));
        for (const char* command : {"info", "check", "results"}) {
            QStringList arguments{QString::fromLatin1(command), path};
            if (QLatin1String(command) == QLatin1String("results"))
                arguments += {QStringLiteral("--by"), QStringLiteral("activity")};
            ProcessRun run = cli(arguments);
            EXPECT_EQ(run.exitCode, 4) << command << ": " << run.err.toStdString();
            expectOneSentenceNaming(run, QStringLiteral("locked.sdesk"));
            EXPECT_TRUE(run.err.contains(QStringLiteral("locked"))) << run.err.toStdString();
        }
        EXPECT_EQ(sd::test::fileHash(path), before);
        query.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EXPECT_EQ(sd::test::fileHash(path), before);
}

TEST_F(CliTest, GenerateWritesACheckableProgramme)
{
    const QString path = m_dir.path(QStringLiteral("generated.sdesk"));
    ProcessRun run = cli({QStringLiteral("generate"), path, QStringLiteral("--participants"),
                          QStringLiteral("500"), QStringLiteral("--activities"), QStringLiteral("12"),
                          QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("rows/s")));
    ProcessRun check = cli({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    ProcessRun again = cli({QStringLiteral("generate"), path, QStringLiteral("--participants"),
                            QStringLiteral("5"), QStringLiteral("--activities"), QStringLiteral("1")});
    EXPECT_EQ(again.exitCode, 3);
    ProcessRun bad = cli({QStringLiteral("generate"), m_dir.path(QStringLiteral("g2.sdesk")),
                          QStringLiteral("--participants"), QStringLiteral("many"),
                          QStringLiteral("--activities"), QStringLiteral("1")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_FALSE(QFile::exists(m_dir.path(QStringLiteral("g2.sdesk"))));
}

TEST_F(CliTest, AGenerateKilledHalfWayLeavesNoFileUnderTheName)
{
    const QString path = m_dir.path(QStringLiteral("killed.sdesk"));
    const QString partial = path + QStringLiteral(".partial");
    QProcess process;
    process.start(QStringLiteral(SD_CLI_PATH),
                  {QStringLiteral("generate"), path, QStringLiteral("--participants"),
                   QStringLiteral("400000"), QStringLiteral("--activities"), QStringLiteral("8000")});
    ASSERT_TRUE(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(partial) && process.state() == QProcess::Running && timer.elapsed() < 60000)
        QThread::msleep(5);
    ASSERT_TRUE(QFile::exists(partial));
    QThread::msleep(100); // well into the bulk write
    process.kill();       // SIGKILL: no clean-up of any kind
    ASSERT_TRUE(process.waitForFinished(10000));
    ASSERT_EQ(process.exitStatus(), QProcess::CrashExit) << "generate finished before it could be killed";
    EXPECT_FALSE(QFile::exists(path));

    // The leftover is named, not overwritten; once removed, generate runs again.
    ProcessRun blocked = cli({QStringLiteral("generate"), path, QStringLiteral("--participants"),
                              QStringLiteral("5"), QStringLiteral("--activities"), QStringLiteral("1")});
    EXPECT_EQ(blocked.exitCode, 3);
    EXPECT_TRUE(blocked.err.contains(QStringLiteral(".partial"))) << blocked.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    ProcessRun again = cli({QStringLiteral("generate"), path, QStringLiteral("--participants"),
                            QStringLiteral("5"), QStringLiteral("--activities"), QStringLiteral("1")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_FALSE(QFile::exists(partial));
    EXPECT_EQ(cli({QStringLiteral("check"), path}).exitCode, 0);
}

TEST_F(CliTest, TheSameSeedGivesTheSameNumbers)
{
    QStringList outputs;
    for (const char* name : {"a.sdesk", "b.sdesk"}) {
        const QString path = m_dir.path(QString::fromLatin1(name));
        ASSERT_EQ(cli({QStringLiteral("generate"), path, QStringLiteral("--participants"),
                       QStringLiteral("300"), QStringLiteral("--activities"), QStringLiteral("6")})
                      .exitCode,
                  0);
        outputs.append(cli({QStringLiteral("results"), path, QStringLiteral("--by"), QStringLiteral("region"),
                            QStringLiteral("--format"), QStringLiteral("json")})
                           .out);
    }
    EXPECT_EQ(outputs[0], outputs[1]);
    EXPECT_FALSE(outputs[0].isEmpty());
}

TEST_F(CliTest, HistoryListsTheChangeLogNewestFirstAndForOneRecord)
{
    const QString path = demoCopy(QStringLiteral("history.sdesk"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char* description :
             {"participant#5 changed: email, phone", "activity#2[1.2] changed: title", "attendance 1.2"}) {
            query.prepare(QStringLiteral("INSERT INTO change_log (changed_at, kind, description, changed_by) "
                                         "VALUES ('2026-03-14T10:42:00Z', 'edit', ?, 'mlopez')"));
            query.addBindValue(QString::fromLatin1(description));
            ASSERT_TRUE(query.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("history"));

    ProcessRun all = cli({QStringLiteral("history"), path, QStringLiteral("--limit"), QStringLiteral("2")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QStringList lines = all.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << all.out.toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("  mlopez  attendance 1.2"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("  mlopez  activity 1.2: title changed")))
        << lines[1].toStdString();

    ProcessRun person =
        cli({QStringLiteral("history"), path, QStringLiteral("--record"), QStringLiteral("participant:5"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(person.exitCode, 0) << person.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(person.out.toUtf8()).array();
    ASSERT_EQ(entries.size(), 1) << person.out.toStdString();
    EXPECT_EQ(entries[0][QStringLiteral("changed_by")].toString(), QStringLiteral("mlopez"));
    EXPECT_EQ(entries[0][QStringLiteral("changed_at")].toString(), QStringLiteral("2026-03-14T10:42:00Z"));
    EXPECT_EQ(entries[0][QStringLiteral("text")].toString(),
              QStringLiteral("participant 5: email, phone changed"));

    ProcessRun wrong =
        cli({QStringLiteral("history"), path, QStringLiteral("--record"), QStringLiteral("person:5")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("--record is TYPE:ID"))) << wrong.err.toStdString();
}
