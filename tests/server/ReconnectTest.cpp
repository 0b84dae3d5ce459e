#include "ProgrammeDocument.h"
#include "ServerSchemaFixture.h"
#include "storage/Database.h"
#include "storage/ServerSchema.h"

#include <QCoreApplication>
#include <QThread>
#include <QUndoStack>

namespace sd::test {
namespace {

// A programme on the test server whose document's connection is ended under it, as a network fault
// or a restarted server ends it: every change is refused until the document connects again, then
// carries on; a change whose COMMIT lost its answer is never written a second time.
class ReconnectTest : public ServerSchemaFixture
{
protected:
    void whenCreated() override
    {
        ServerSchemaFixture::whenCreated();
        ASSERT_TRUE(ServerSchema::create(m_db).ok());
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(m_database->socketUri());
        ASSERT_TRUE(location.ok());
        Result<std::unique_ptr<ProgrammeDocument>> opened = ProgrammeDocument::open(*location);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_document = std::move(opened.value());
        QObject::connect(m_document.get(), &ProgrammeDocument::connectionLost, [this] { ++m_lost; });
        QObject::connect(m_document.get(), &ProgrammeDocument::reconnected,
                         [this](bool historyKept) { m_reconnected.append(historyKept); });
    }

    void TearDown() override
    {
        m_document.reset();
        ServerSchemaFixture::TearDown();
    }

    void cutConnection()
    {
        QSqlQuery own(m_document->store().database().connection());
        ASSERT_TRUE(own.exec(QStringLiteral("SELECT pg_backend_pid()")) && own.next());
        const qint64 pid = own.value(0).toLongLong();
        own = QSqlQuery();
        EXPECT_EQ(scalar(QStringLiteral("SELECT pg_terminate_backend(?)::int"), {pid}), 1);
        for (int waited = 0; waited < 100; ++waited) {
            if (scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}) == 0)
                return;
            QThread::msleep(50);
        }
        ADD_FAILURE() << "the server did not end the document's connection";
    }

    qint64 participantsNamed(const QString& familyNames)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM participant WHERE family_names = ?"),
                      {familyNames});
    }

    Result<Id> add(const QString& familyNames)
    {
        Participant person;
        person.givenNames = QStringLiteral("Rosa");
        person.familyNames = familyNames;
        return m_document->addRecord(person);
    }

    std::unique_ptr<ProgrammeDocument> m_document;
    int m_lost = 0;
    QList<bool> m_reconnected;
};

TEST_F(ReconnectTest, ALostConnectionRefusesEveryChangeUntilTheDocumentConnectsAgainAndKeepsItsHistory)
{
    ASSERT_TRUE(add(QStringLiteral("Antes")).ok());
    ASSERT_FALSE(m_document->isConnectionLost());
    cutConnection();

    // The cheap check the window makes while idle finds it; told once, after the call.
    EXPECT_FALSE(m_document->dataVersion().ok());
    EXPECT_TRUE(m_document->isConnectionLost());
    EXPECT_TRUE(m_document->isReadOnly());
    EXPECT_TRUE(m_document->readOnlyReason().contains(QStringLiteral("was lost")))
        << m_document->readOnlyReason().toStdString();
    EXPECT_EQ(m_lost, 0);
    const Result<Id> refused = add(QStringLiteral("Durante"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("nothing was changed")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(m_document->store().database().commitOutcomeUnknown());
    QCoreApplication::processEvents();
    EXPECT_EQ(m_lost, 1);
    EXPECT_EQ(m_document->undoStack()->count(), 1);

    ASSERT_TRUE(m_document->reconnect().ok());
    EXPECT_FALSE(m_document->isConnectionLost());
    EXPECT_FALSE(m_document->isReadOnly());
    EXPECT_EQ(m_reconnected, QList<bool>{true});
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    // The connection's prepared statements were made again on the new one.
    ASSERT_TRUE(add(QStringLiteral("Después")).ok());
    EXPECT_EQ(participantsNamed(QStringLiteral("Después")), 1);
    EXPECT_EQ(participantsNamed(QStringLiteral("Durante")), 0);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    EXPECT_EQ(participantsNamed(QStringLiteral("Después")), 0);
    EXPECT_EQ(participantsNamed(QStringLiteral("Antes")), 0);
    EXPECT_TRUE(m_document->dataVersion().ok());

    // Lost a second time, it is told again.
    cutConnection();
    EXPECT_FALSE(m_document->dataVersion().ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(m_lost, 2);
}

TEST_F(ReconnectTest, ReconnectingFailsWithAPlainSentenceWhileTheServerRefusesConnections)
{
    cutConnection();
    EXPECT_FALSE(m_document->dataVersion().ok());
    executeOnServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_database->name()));
    const Status refused = m_document->reconnect();
    executeOnServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_database->name()));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Database);
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_TRUE(m_document->isConnectionLost());
    EXPECT_TRUE(m_reconnected.isEmpty());
    ASSERT_TRUE(m_document->reconnect().ok());
    EXPECT_TRUE(add(QStringLiteral("Luego")).ok());
}

TEST_F(ReconnectTest, AChangeWhoseCommitLostItsAnswerIsNotTriedAgainAndTheHistoryIsCleared)
{
    ASSERT_TRUE(add(QStringLiteral("Antes")).ok());
    // A deferred trigger runs inside COMMIT: this one ends its own connection there, so the answer
    // to COMMIT never comes.
    execute(QStringLiteral("CREATE FUNCTION sd_test_end_connection() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           "BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"));
    execute(QStringLiteral("CREATE CONSTRAINT TRIGGER sd_test_end_connection AFTER INSERT ON participant "
                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                           "sd_test_end_connection()"));
    const Result<Id> inFlight = add(QStringLiteral("En vuelo"));
    ASSERT_FALSE(inFlight.ok());
    EXPECT_TRUE(inFlight.error().message.contains(QStringLiteral("may or may not have reached the server")))
        << inFlight.error().message.toStdString();
    EXPECT_TRUE(m_document->isConnectionLost());
    EXPECT_TRUE(m_document->store().database().commitOutcomeUnknown());
    EXPECT_EQ(m_document->undoStack()->count(), 1) << "the failed change is not in the history";
    execute(QStringLiteral("DROP TRIGGER sd_test_end_connection ON participant"));

    ASSERT_TRUE(m_document->reconnect().ok());
    EXPECT_EQ(m_reconnected, QList<bool>{false});
    EXPECT_FALSE(m_document->store().database().commitOutcomeUnknown());
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    // Nothing was written again on reconnecting: the server has the change as it had it.
    EXPECT_EQ(participantsNamed(QStringLiteral("En vuelo")), 0);
    EXPECT_EQ(participantsNamed(QStringLiteral("Antes")), 1);
    ASSERT_TRUE(add(QStringLiteral("En vuelo")).ok());
    EXPECT_EQ(participantsNamed(QStringLiteral("En vuelo")), 1);
}

TEST_F(ReconnectTest, AFileHasNoConnectionToLose)
{
    TempDir folder;
    Result<std::unique_ptr<ProgrammeDocument>> file =
        ProgrammeDocument::create(folder.path(QStringLiteral("local.sdesk")));
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE((*file)->isConnectionLost());
    const Status refused = (*file)->reconnect();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::BadInput);
}

} // namespace
} // namespace sd::test
