// Two windows on one programme on the test's PostgreSQL server: what one saves shows in the other
// within two seconds through LISTEN/NOTIFY (ServerNotifier), in an open attendance sheet and in an
// open edit dialog; what a window saves itself is never taken for someone else's. Also: a
// notification that libpq read while the store's own statement waited for its result still arrives.
#include "AppSettings.h"
#include "LiveRefreshSteps.h"
#include "PgTestServer.h"
#include "Process.h"
#include "ServerNotifier.h"
#include "storage/ChangeNotices.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/Statement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

namespace sd::test {
namespace {

class ServerLiveRefreshTest : public PgDatabaseTest
{
protected:
    void whenCreated() override
    {
        AppSettings::clearRecentFiles();
        m_url = m_database->socketUri();
        publishDemo();
        ASSERT_FALSE(HasFatalFailure());
        Result<QSqlDatabase> own = openConnection(m_url, QStringLiteral("live-refresh-test"));
        ASSERT_TRUE(own.ok()) << own.error().message.toStdString();
        m_db = *own;
        m_activity = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.1'"));
        m_participant = scalar(QStringLiteral("SELECT min(id) FROM participant"));
    }

    void TearDown() override
    {
        AppSettings::clearRecentFiles();
        PgDatabaseTest::TearDown();
    }

    // A window on the server programme.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(m_url);
        EXPECT_TRUE(location.ok());
        EXPECT_TRUE(window->openLocation(*location));
        EXPECT_NE(window->liveRefresh(), nullptr);
        EXPECT_TRUE(window->liveRefresh() && window->liveRefresh()->serverNotifier() &&
                    window->liveRefresh()->serverNotifier()->isListening());
        return window;
    }

    Result<std::unique_ptr<Database>> openProgramme()
    {
        return Database::open(ProgrammeLocation::parse(m_url).value(), {});
    }

    // A notification travels in well under a second; the window gathers a burst for 50 ms.
    static constexpr int kWithinMs = 1000;

    QString m_url;
    Id m_activity = 0;
    Id m_participant = 0;
};

TEST_F(ServerLiveRefreshTest, AnAttendanceSheetShowsTheMarksTheOtherWindowSaved)
{
    std::unique_ptr<MainWindow> a = openWindow();
    std::unique_ptr<MainWindow> b = openWindow();
    ASSERT_FALSE(HasFailure());
    live::gridFollowsTheOtherWindow(*a, *b, m_activity, kWithinMs);
}

TEST_F(ServerLiveRefreshTest, ACellBothWindowsChangedIsHighlightedAndTheRestMerges)
{
    std::unique_ptr<MainWindow> a = openWindow();
    std::unique_ptr<MainWindow> b = openWindow();
    ASSERT_FALSE(HasFailure());
    live::cellBothChangedIsHighlighted(*a, *b, m_activity);
}

TEST_F(ServerLiveRefreshTest, AnOpenDialogSaysItsRecordWasChangedByTheOtherWindow)
{
    std::unique_ptr<MainWindow> a = openWindow();
    std::unique_ptr<MainWindow> b = openWindow();
    ASSERT_FALSE(HasFailure());
    live::openDialogSaysTheRecordChanged(*a, *b, m_participant, kWithinMs);
}

TEST_F(ServerLiveRefreshTest, AWindowsOwnChangesAreNotTakenForSomeoneElses)
{
    std::unique_ptr<MainWindow> a = openWindow();
    std::unique_ptr<MainWindow> b = openWindow();
    ASSERT_FALSE(HasFailure());
    live::ownChangesAreNotOthers(*a, *b, m_participant, m_activity, 1500);
}

// libpq reads whatever the server has sent while it waits for a statement's result, notifications
// included, into its own queue; QPSQL's socket notifier then has nothing to wake up for. The store's
// statements run through libpq directly, so QPSQL does not look at that queue after them either.
TEST_F(ServerLiveRefreshTest, ANotificationReadDuringTheStoresOwnStatementIsStillDelivered)
{
    Result<std::unique_ptr<Database>> listening = openProgramme();
    Result<std::unique_ptr<Database>> writing = openProgramme();
    ASSERT_TRUE(listening.ok() && writing.ok());
    Database& listener = **listening;

    // QPSQL alone: the notification waits in libpq's queue.
    QSqlDriver* driver = listener.connection().driver();
    ASSERT_TRUE(driver->subscribeToNotification(ChangeNotices::channel()));
    QStringList heard;
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [&heard](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                         heard.append(payload.toString());
                     });
    // QPSQL looks at libpq's queue once after its LISTEN: let that pass.
    QTest::qWait(200);
    auto changeAndReadAtOnce = [&] {
        Institution institution;
        institution.name =
            QStringLiteral("Instituto %1").arg(scalar(QStringLiteral("SELECT count(*) FROM institution")));
        institution.country = QStringLiteral("MX");
        ASSERT_TRUE(ProgrammeStore(**writing).addInstitution(institution).ok());
        QThread::msleep(200); // the notification reaches the listener's socket; no event is handled
        Statement read(listener, "SELECT count(*) FROM institution", QStringLiteral("counting"));
        ASSERT_TRUE(read.scalar().ok());
    };
    changeAndReadAtOnce();
    QTest::qWait(1000);
    EXPECT_TRUE(heard.isEmpty()) << "QPSQL delivered it by itself: " << heard.join(u' ').toStdString();
    driver->unsubscribeFromNotification(ChangeNotices::channel());
    QObject::disconnect(driver, &QSqlDriver::notification, driver, nullptr);

    // The window's listener empties the queue itself.
    ServerNotifier notifier(listener);
    ASSERT_TRUE(notifier.isListening());
    QSignalSpy delivered(&notifier, &ServerNotifier::changedElsewhere);
    // What QPSQL left in the queue above is delivered at the subscription (QPSQL looks after LISTEN).
    QTest::qWait(300);
    delivered.clear();
    changeAndReadAtOnce();
    EXPECT_GE(live::millisecondsUntil([&] { return delivered.count() > 0; },
                                      ServerNotifier::kDrainIntervalMs + 500),
              0);
    ASSERT_EQ(delivered.count(), 1);
    EXPECT_TRUE(notifier.lastPayloads().value(0).startsWith("institution:"));

    // After resubscribe() (a reconnect's), it still hears, once per change.
    ASSERT_TRUE(notifier.resubscribe().ok());
    delivered.clear();
    changeAndReadAtOnce();
    EXPECT_GE(live::millisecondsUntil([&] { return delivered.count() > 0; },
                                      ServerNotifier::kDrainIntervalMs + 500),
              0);
    QTest::qWait(300);
    EXPECT_EQ(delivered.count(), 1);
}

} // namespace
} // namespace sd::test
