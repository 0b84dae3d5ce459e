// View ▸ History in the real window on the demo programme: the window's own changes listed newest
// first with who and what, the list limited to the record the window shows, a record's "History…",
// paging through a long log, and a change saved in a second window on the same file appearing by
// live refresh.
#include "HistoryPanel.h"

#include "FileWatcher.h"
#include "HistoryModel.h"
#include "LiveRefreshSteps.h"
#include "MainWindowFixture.h"
#include "PersonPage.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QAction>
#include <QCheckBox>
#include <QTableView>
#include <QUndoStack>

namespace sd::test {
namespace {

class HistoryPanelTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_activity = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.1'"));
        m_participant = scalar(QStringLiteral("SELECT min(id) FROM participant"));
        ASSERT_GT(m_activity, 0);
        ASSERT_GT(m_participant, 0);
        panel()->toggleViewAction()->trigger();
        ASSERT_TRUE(panel()->isVisible());
        testModel(model());
    }

    HistoryPanel* panel() { return window().historyPanel(); }
    HistoryModel* model() { return panel()->model(); }
    QString what(int row) { return model()->index(row, HistoryModel::What).data().toString(); }
    QString who(int row) { return model()->index(row, HistoryModel::Who).data().toString(); }

    QStringList whats()
    {
        QStringList all;
        for (int row = 0; row < model()->rowCount(); ++row)
            all.append(what(row));
        return all;
    }

    void changePosition(MainWindow& in, const QString& position)
    {
        Result<RecordValue> read = in.document()->queries().record(RecordKind::Participant, m_participant);
        ASSERT_TRUE(read.ok());
        Participant changed = std::get<Participant>(*read);
        changed.position = position;
        ASSERT_TRUE(in.document()->editRecord(changed).ok());
    }

    void changeVenue(MainWindow& in, const QString& venue)
    {
        Result<RecordValue> read = in.document()->queries().record(RecordKind::Activity, m_activity);
        ASSERT_TRUE(read.ok());
        ActivityValue changed = std::get<ActivityValue>(*read);
        changed.activity.venueCity = venue;
        ASSERT_TRUE(in.document()->editRecord(changed).ok());
    }

    QString participantChanged() const
    {
        return QStringLiteral("participant %1: position changed").arg(m_participant);
    }

    Id m_activity = 0;
    Id m_participant = 0;
};

TEST_F(HistoryPanelTest, ListsTheWindowsChangesNewestFirstWithWhoAndWhat)
{
    EXPECT_EQ(panel()->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    EXPECT_EQ(model()->headerData(HistoryModel::Who, Qt::Horizontal).toString(), QStringLiteral("Who"));
    changePosition(window(), QStringLiteral("Coordinadora regional"));
    changeVenue(window(), QStringLiteral("Sala B"));
    ASSERT_GE(model()->rowCount(), 2);
    EXPECT_EQ(what(0), QStringLiteral("activity 2.1: venue city changed"));
    EXPECT_EQ(what(1), participantChanged());
    EXPECT_EQ(who(0), window().document()->store().database().userName());
    EXPECT_FALSE(model()->index(0, HistoryModel::When).data().toString().isEmpty());
    // Nothing personal: the participant's new position is not in the log.
    for (const QString& said : whats())
        EXPECT_FALSE(said.contains(QStringLiteral("Coordinadora"))) << said.toStdString();
    // An undo is listed as one.
    window().document()->undoStack()->undo();
    EXPECT_EQ(what(0), QStringLiteral("undo: activity 2.1: venue city changed"));
}

TEST_F(HistoryPanelTest, ThisRecordOnlyFollowsTheRecordTheWindowShows)
{
    changePosition(window(), QStringLiteral("Enlace"));
    changeVenue(window(), QStringLiteral("Sala C"));
    window().showActivity(m_activity);
    ASSERT_TRUE(panel()->recordOnly()->isEnabled());
    panel()->recordOnly()->setChecked(true);
    ASSERT_GE(model()->rowCount(), 1);
    EXPECT_EQ(what(0), QStringLiteral("activity 2.1: venue city changed"));
    EXPECT_FALSE(whats().contains(participantChanged()));

    // The person's page: the list follows to the participant.
    window().openRecord(SearchKind::Participant, m_participant);
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(what(0), participantChanged());

    // Off again: the whole programme.
    panel()->recordOnly()->setChecked(false);
    EXPECT_TRUE(whats().contains(participantChanged()));
    EXPECT_TRUE(whats().contains(QStringLiteral("activity 2.1: venue city changed")));
}

TEST_F(HistoryPanelTest, ARecordsHistoryActionOpensThePanelLimitedToIt)
{
    changePosition(window(), QStringLiteral("Enlace"));
    changeVenue(window(), QStringLiteral("Sala D"));
    panel()->hide();
    window().openRecord(SearchKind::Participant, m_participant);
    ASSERT_TRUE(window().historyRecordAction()->isEnabled());
    window().historyRecordAction()->trigger();
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_TRUE(panel()->recordOnly()->isChecked());
    EXPECT_EQ(whats(), QStringList{participantChanged()});
}

TEST_F(HistoryPanelTest, ALongLogIsReadAPageAtATime)
{
    ProgrammeStore& store = window().document()->store();
    for (int i = 0; i < HistoryModel::kPageSize + 30; ++i)
        ASSERT_TRUE(
            store.logChange(QStringLiteral("edit"), QStringLiteral("expert#%1 added").arg(i + 1)).ok());
    model()->reload();
    EXPECT_EQ(model()->rowCount(), HistoryModel::kPageSize);
    ASSERT_TRUE(model()->canFetchMore({}));
    EXPECT_EQ(what(0), QStringLiteral("expert %1 added").arg(HistoryModel::kPageSize + 30));
    model()->fetchMore({});
    EXPECT_GE(model()->rowCount(), HistoryModel::kPageSize + 30);
    EXPECT_TRUE(whats().contains(QStringLiteral("expert 1 added")));
    // Scrolling to the end of the view asks for the rest the same way.
    while (model()->canFetchMore({}))
        panel()->view()->scrollToBottom(), QApplication::processEvents();
    EXPECT_EQ(model()->rowCount(), int(scalar(QStringLiteral("SELECT count(*) FROM change_log"))));
}

TEST_F(HistoryPanelTest, AChangeSavedInAnotherWindowAppearsByLiveRefresh)
{
    tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    MainWindow other;
    other.resize(1400, 900);
    other.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&other));
    ASSERT_TRUE(other.openFile(demoPath()));
    window().showActivity(m_activity);
    panel()->recordOnly()->setChecked(true);
    const int before = model()->rowCount();

    changeVenue(other, QStringLiteral("Auditorio"));
    EXPECT_GE(live::millisecondsUntil([&] { return model()->rowCount() == before + 1; },
                                      FileWatcher::kIntervalMs + 1300),
              0)
        << "the other window's change never appeared";
    EXPECT_EQ(what(0), QStringLiteral("activity 2.1: venue city changed"));
    EXPECT_EQ(who(0), other.document()->store().database().userName());
}

} // namespace
} // namespace sd::test
