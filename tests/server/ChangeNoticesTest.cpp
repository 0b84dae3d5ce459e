// Other windows hear of a change to a programme on a server when it is committed: the store sends
// a notification inside its write transaction (storage/ChangeNotices), which PostgreSQL delivers on
// commit and drops on rollback. Two connections: the store's, which writes, and a listener's.
#include "storage/ChangeNotices.h"

#include "ServerSchemaFixture.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/ServerSchema.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QThread>

namespace sd::test {
namespace {

class ChangeNoticesTest : public ServerSchemaFixture
{
protected:
    void whenCreated() override
    {
        ServerSchemaFixture::whenCreated();
        ASSERT_TRUE(ServerSchema::create(m_db).ok());
        Result<std::unique_ptr<Database>> opened = Database::open(m_database->socketUri(), {});
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_writer = std::move(opened).value();
        m_listener = connectTo(m_database->socketUri());
        QSqlDriver* driver = m_listener.driver();
        ASSERT_TRUE(driver->subscribeToNotification(ChangeNotices::channel()));
        QObject::connect(
            driver, &QSqlDriver::notification, driver,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name == ChangeNotices::channel() && source == QSqlDriver::OtherSource)
                    m_heard.append(payload.toString());
            });
    }

    void TearDown() override
    {
        m_writer.reset();
        m_listener = QSqlDatabase();
        ServerSchemaFixture::TearDown();
    }

    // What the listener hears within milliseconds.
    QStringList listen(int milliseconds)
    {
        QDeadlineTimer deadline(milliseconds);
        while (!deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        return std::exchange(m_heard, {});
    }

    Institution institution(const QString& name)
    {
        Institution made;
        made.name = name;
        made.country = QStringLiteral("MX");
        return made;
    }

    std::unique_ptr<Database> m_writer;
    QSqlDatabase m_listener;
    QStringList m_heard;
};

TEST_F(ChangeNoticesTest, ACommitIsHeardWithTheRecordAndItsVersionAndARollbackIsNot)
{
    ProgrammeStore store(*m_writer);
    Result<Id> added = store.addInstitution(institution(QStringLiteral("Instituto uno")));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(listen(500), QStringList{QStringLiteral("institution:%1:1").arg(*added)});

    Result<Institution> read = store.institution(*added);
    ASSERT_TRUE(read.ok());
    Institution changed = *read;
    changed.acronym = QStringLiteral("IU");
    ASSERT_TRUE(store.updateInstitution(changed).ok());
    EXPECT_EQ(listen(500), QStringList{QStringLiteral("institution:%1:2").arg(*added)});

    // A change rolled back is never announced, not even the records it wrote.
    {
        Transaction transaction(*m_writer);
        ASSERT_TRUE(transaction.begun().ok());
        ASSERT_TRUE(store.addInstitution(institution(QStringLiteral("Instituto dos"))).ok());
    }
    EXPECT_EQ(listen(500), QStringList());
    // Nor does it leak into the next commit's announcement.
    Result<Id> third = store.addInstitution(institution(QStringLiteral("Instituto tres")));
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(listen(500), QStringList{QStringLiteral("institution:%1:1").arg(*third)});

    // A transaction that only read announces nothing.
    {
        Transaction transaction(*m_writer);
        ASSERT_TRUE(transaction.begun().ok());
        ASSERT_TRUE(store.institutions().ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(listen(300), QStringList());
}

TEST_F(ChangeNoticesTest, ABulkChangeIsOneWordPerTable)
{
    ProgrammeStore store(*m_writer);
    Transaction transaction(*m_writer);
    ASSERT_TRUE(transaction.begun().ok());
    for (int n = 0; n <= ChangeNotices::kNamedRecords; ++n)
        ASSERT_TRUE(store.addInstitution(institution(QStringLiteral("Instituto %1").arg(n))).ok());
    // Nothing is heard before the commit.
    EXPECT_EQ(listen(300), QStringList());
    ASSERT_TRUE(transaction.commit().ok());
    EXPECT_EQ(listen(500), QStringList{QStringLiteral("institution:*")});
}

TEST_F(ChangeNoticesTest, AWriteNotNotedRecordByRecordIsAnnouncedAsEverything)
{
    Transaction transaction(*m_writer);
    ASSERT_TRUE(transaction.begun().ok());
    QSqlQuery insert(m_writer->connection());
    ASSERT_TRUE(insert.exec(QStringLiteral("INSERT INTO change_log (changed_at, kind, description) VALUES "
                                           "('2026-12-07T10:42:00Z', 'edit', 'a test')")));
    ASSERT_TRUE(transaction.commit().ok());
    EXPECT_EQ(listen(500), QStringList{QStringLiteral("*")});
}

TEST(ChangeNoticePayloads, NameUpToSixteenRecordsThenTheirTables)
{
    ChangeNotices notices;
    EXPECT_EQ(notices.take(), QList<QByteArray>{QByteArrayLiteral("*")});
    notices.note("participant", 42, 7);
    notices.note("participant", 42, 7);
    notices.note("session", 3, 0);
    EXPECT_EQ(notices.take(),
              (QList<QByteArray>{QByteArrayLiteral("participant:42:7"), QByteArrayLiteral("session:3:0")}));
    for (int id = 1; id <= ChangeNotices::kNamedRecords; ++id)
        notices.note("participant", id, 1);
    notices.note("expert", 1, 2);
    EXPECT_EQ(notices.take(),
              (QList<QByteArray>{QByteArrayLiteral("participant:*"), QByteArrayLiteral("expert:*")}));
    notices.note("participant", 1, 1);
    notices.clear();
    EXPECT_EQ(notices.take(), QList<QByteArray>{QByteArrayLiteral("*")});
}

} // namespace
} // namespace sd::test
