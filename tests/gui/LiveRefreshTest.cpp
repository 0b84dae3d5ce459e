// Two windows on one programme file: what one saves shows in the other within two seconds (the file
// watcher's look at PRAGMA data_version), in an open attendance sheet and in an open edit dialog;
// what a window saves itself is never taken for someone else's. The server's side is
// ServerLiveRefreshTest.
#include "FileWatcher.h"
#include "LiveRefreshSteps.h"
#include "MainWindowFixture.h"

namespace sd::test {
namespace {

class LiveRefreshTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        // The offscreen platform's words for the second top-level window and the dialogs.
        tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
        m_other = std::make_unique<MainWindow>();
        m_other->resize(1400, 900);
        m_other->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_other.get()));
        ASSERT_TRUE(m_other->openFile(demoPath()));
        m_activity = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.1'"));
        m_participant = scalar(QStringLiteral("SELECT min(id) FROM participant"));
        ASSERT_GT(m_activity, 0);
        ASSERT_GT(m_participant, 0);
    }

    void TearDown() override
    {
        m_other.reset();
        MainWindowFixture::TearDown();
    }

    // The file watcher looks every two seconds; the refresh itself takes a few milliseconds.
    static constexpr int kWithinMs = FileWatcher::kIntervalMs + 300;

    std::unique_ptr<MainWindow> m_other;
    Id m_activity = 0;
    Id m_participant = 0;
};

TEST_F(LiveRefreshTest, AnAttendanceSheetShowsTheMarksTheOtherWindowSaved)
{
    live::gridFollowsTheOtherWindow(window(), *m_other, m_activity, kWithinMs);
}

TEST_F(LiveRefreshTest, ACellBothWindowsChangedIsHighlightedAndTheRestMerges)
{
    live::cellBothChangedIsHighlighted(window(), *m_other, m_activity);
}

TEST_F(LiveRefreshTest, AnOpenDialogSaysItsRecordWasChangedByTheOtherWindow)
{
    live::openDialogSaysTheRecordChanged(window(), *m_other, m_participant, kWithinMs);
}

TEST_F(LiveRefreshTest, AWindowsOwnChangesAreNotTakenForSomeoneElses)
{
    live::ownChangesAreNotOthers(window(), *m_other, m_participant, m_activity, kWithinMs);
}

} // namespace
} // namespace sd::test
