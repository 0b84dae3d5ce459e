#include "ServerSchemaFixture.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/ServerSchema.h"
#include "storage/Statement.h"
#include "storage/StatementServer.h"

#include <QSqlQuery>

namespace sd::test {
namespace {

// A programme opened on the test server through Database, as every command and the window open it.
class ServerDatabaseTest : public ServerSchemaFixture
{
protected:
    Result<std::unique_ptr<Database>> openProgramme(const Database::Options& options = {})
    {
        return Database::open(m_database->socketUri(), options);
    }
};

TEST(ServerStatementText, NumbersPlaceholdersOutsideQuotedTextAndComments)
{
    int count = 0;
    EXPECT_EQ(ServerStatement::numbered("SELECT a FROM t WHERE b = ? AND c = ?", count),
              "SELECT a FROM t WHERE b = $1 AND c = $2");
    EXPECT_EQ(count, 2);
    EXPECT_EQ(ServerStatement::numbered("SELECT '?', \"a?\" FROM t WHERE b = ? -- why?\nAND c = ?", count),
              "SELECT '?', \"a?\" FROM t WHERE b = $1 -- why?\nAND c = $2");
    EXPECT_EQ(count, 2);
    // SQLite's ?N names a parameter again; a plain ? after it is the next one.
    EXPECT_EQ(ServerStatement::numbered("SELECT ?, ?1, ?3, ?", count), "SELECT $1, $1, $3, $4");
    EXPECT_EQ(count, 4);
    EXPECT_EQ(ServerStatement::numbered("SELECT 'it''s ?' || ?", count), "SELECT 'it''s ?' || $1");
    EXPECT_EQ(count, 1);
}

TEST_F(ServerDatabaseTest, AnEmptyDatabaseIsRefusedWithTheCommandThatSetsItUp)
{
    const Result<std::unique_ptr<Database>> opened = openProgramme();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(opened.error().message.contains(QLatin1String("seminardesk-cli server init")))
        << opened.error().message.toStdString();
}

TEST_F(ServerDatabaseTest, OpensAServerProgrammeInThePostgresDialect)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    Result<std::unique_ptr<Database>> opened = openProgramme();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& database = **opened;
    EXPECT_EQ(database.dialect(), Dialect::Postgres);
    EXPECT_TRUE(database.isServer());
    EXPECT_EQ(database.handle(), nullptr);
    EXPECT_NE(database.serverHandle(), nullptr);
    EXPECT_EQ(database.path(),
              QStringLiteral("%1 on this computer as %2").arg(m_database->name(), server.adminUser))
        << database.path().toStdString();
    EXPECT_TRUE(database.location().isServer());
}

TEST_F(ServerDatabaseTest, NeverShowsThePasswordOfTheAddress)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    QSqlQuery grant(m_db);
    ASSERT_TRUE(grant.exec(
        QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(server.passwordUser)));
    ASSERT_TRUE(grant.exec(
        QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(server.passwordUser)));
    Result<std::unique_ptr<Database>> opened =
        Database::open(server.tcpUri(m_database->name(), server.passwordUser, server.password), {});
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_FALSE((*opened)->path().contains(server.password));
    EXPECT_FALSE((*opened)->location().storableText().contains(server.password));
    EXPECT_FALSE((*opened)->readerSpec().location.storableText().contains(server.password));
}

TEST_F(ServerDatabaseTest, StatementsInsertReturningTheIdReadAndCountChanges)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    Result<std::unique_ptr<Database>> opened = openProgramme();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& database = **opened;
    ProgrammeStore store(database);
    Institution institution;
    institution.name = QStringLiteral("Comisión Mexicana de Ayuda a Refugiados");
    institution.acronym = QStringLiteral("COMAR");
    institution.country = QStringLiteral("MX");
    const Result<Id> first = store.addInstitution(institution);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    institution.name = QStringLiteral("Instituto Nacional de Migración");
    institution.acronym = QStringLiteral("INM");
    const Result<Id> second = store.addInstitution(institution);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_GT(*first, 0);
    EXPECT_EQ(*second, *first + 1);

    Statement read(database, "SELECT name, acronym, illustrative, id FROM institution WHERE id = ?",
                   QStringLiteral("reading"));
    read.bind(1, *first);
    ASSERT_TRUE(read.next()) << read.status().error().message.toStdString();
    EXPECT_EQ(read.text(0), QStringLiteral("Comisión Mexicana de Ayuda a Refugiados"));
    EXPECT_EQ(read.utf8(1), "COMAR");
    EXPECT_EQ(read.integer(2), 0);
    EXPECT_EQ(read.integer(3), *first);
    EXPECT_FALSE(read.next());
    // The same text, run again with another value.
    read.bind(1, *second);
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.utf8(1), "INM");

    Statement rename(database, "UPDATE institution SET country = ? WHERE country = ?",
                     QStringLiteral("renaming"));
    rename.bind(1, QStringLiteral("México")).bind(2, QStringLiteral("MX"));
    ASSERT_TRUE(rename.run().ok());
    EXPECT_EQ(rename.changes(), 2);
    Statement count(database, "SELECT count(*) FROM institution WHERE country = ?",
                    QStringLiteral("counting"));
    count.bind(1, QStringLiteral("México"));
    EXPECT_EQ(count.scalar().value(), 2);
}

TEST_F(ServerDatabaseTest, ATransactionRollsBackAndASavepointUndoesItsPartOnly)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    Result<std::unique_ptr<Database>> opened = openProgramme();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& database = **opened;
    const auto insert = [&](const char* name) {
        Statement add(
            database,
            "INSERT INTO institution (name, acronym, type, country) VALUES (?, '', 'other', '') RETURNING id",
            QStringLiteral("adding"));
        add.bind(1, std::string_view(name));
        return add.run();
    };
    {
        Transaction outer(database);
        ASSERT_TRUE(outer.begun().ok()) << outer.begun().error().message.toStdString();
        ASSERT_TRUE(insert("kept").ok());
        {
            Transaction inner(database);
            ASSERT_TRUE(inner.begun().ok());
            ASSERT_TRUE(insert("undone").ok());
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    {
        Transaction dropped(database);
        ASSERT_TRUE(insert("rolled back").ok());
    }
    QSqlQuery names(m_db);
    ASSERT_TRUE(names.exec(QStringLiteral("SELECT string_agg(name, ',' ORDER BY id) FROM institution")));
    ASSERT_TRUE(names.next());
    EXPECT_EQ(names.value(0).toString(), QStringLiteral("kept"));
}

TEST_F(ServerDatabaseTest, ABrokenRuleIsToldInTheWordsOfAFile)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    Result<std::unique_ptr<Database>> opened = openProgramme();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& database = **opened;
    Statement orphan(database, "INSERT INTO enrolment (activity_id, participant_id) VALUES (?, ?)",
                     QStringLiteral("enrolling a participant"));
    orphan.bind(1, qint64(999)).bind(2, qint64(998));
    const Status failed = orphan.run();
    ASSERT_FALSE(failed.ok());
    const Error onFile =
        Database::errorForCode(database.path(), 19, QStringLiteral("enrolling a participant"));
    EXPECT_EQ(failed.error().message, onFile.message);
    EXPECT_FALSE(failed.error().message.contains(QLatin1String("SQLite")));
}

TEST_F(ServerDatabaseTest, AnOlderSchemaIsUpgradedAndANewerOneRefusedUntouched)
{
    ASSERT_TRUE(ServerSchema::createAtVersion(m_db, 1).ok());
    Database::Options reading;
    reading.readOnly = true;
    const Result<std::unique_ptr<Database>> refused = openProgramme(reading);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(ServerSchema::version(m_db).value(), 1);
    {
        const Result<std::unique_ptr<Database>> upgraded = openProgramme();
        ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    }
    EXPECT_EQ(ServerSchema::version(m_db).value(), Database::kSchemaVersion);

    QSqlQuery newer(m_db);
    ASSERT_TRUE(
        newer.exec(QStringLiteral("UPDATE meta SET schema_version = %1").arg(Database::kSchemaVersion + 1)));
    const Result<std::unique_ptr<Database>> tooNew = openProgramme();
    ASSERT_FALSE(tooNew.ok());
    EXPECT_EQ(tooNew.error().kind, ErrorKind::Database);
    EXPECT_TRUE(tooNew.error().message.contains(QLatin1String("newer version")))
        << tooNew.error().message.toStdString();
    EXPECT_EQ(ServerSchema::version(m_db).value(), Database::kSchemaVersion + 1);
}

TEST_F(ServerDatabaseTest, AReadingConnectionCannotWrite)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    Database::Options reading;
    reading.readOnly = true;
    Result<std::unique_ptr<Database>> opened = openProgramme(reading);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Statement write(**opened,
                    "INSERT INTO institution (name, acronym, type, country) VALUES ('x', '', 'other', '')",
                    QStringLiteral("adding an institution"));
    const Status refused = write.run();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("reading only")))
        << refused.error().message.toStdString();

    Result<std::unique_ptr<Database>> reader = Database::openReader((*opened)->readerSpec());
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_EQ((*reader)->dialect(), Dialect::Postgres);
    Statement count(**reader, "SELECT count(*) FROM institution", QStringLiteral("counting"));
    EXPECT_EQ(count.scalar().value(), 0);
}

TEST_F(ServerDatabaseTest, ALostConnectionIsOneSentenceAndNothingIsWritten)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    Result<std::unique_ptr<Database>> opened = openProgramme();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& database = **opened;
    Transaction change(database);
    Statement add(database,
                  "INSERT INTO institution (name, acronym, type, country) VALUES ('x', '', 'other', '')",
                  QStringLiteral("adding an institution"));
    ASSERT_TRUE(add.run().ok());
    // The server ends the session, as when it is stopped or the network goes.
    QSqlQuery terminate(m_db);
    ASSERT_TRUE(
        terminate.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
    const Status lost = add.run();
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.error().kind, ErrorKind::Database);
    EXPECT_TRUE(lost.error().message.startsWith(QLatin1String("Lost the connection")))
        << lost.error().message.toStdString();
    EXPECT_FALSE(change.commit().ok());
    QSqlQuery count(m_db);
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM institution")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
}

} // namespace
} // namespace sd::test
