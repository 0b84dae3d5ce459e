// Deleting with care: the question says what goes with the record, No deletes nothing, Yes
// deletes with everything that goes with it, and undo brings back the same rows with the same ids.

#include "EditFixture.h"
#include "MessageBox.h"

#include <QUndoStack>

namespace sd::test {
namespace {

class DeleteUndoTest : public EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        // Marks for Ana and María over two sessions; Ana is enrolled in a second activity too.
        writeMarksAndSecondActivity(store());
        m_before = dumpAll();
    }

    // Deletes through the action, answering the question; checks the undo and redo round trip.
    void deleteAndUndo(const std::function<void()>& action, const QString& undoText)
    {
        MessageBox::setNextAnswer(QMessageBox::No);
        action();
        EXPECT_EQ(dumpAll(), m_before);
        EXPECT_EQ(document().undoStack()->count(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        action();
        EXPECT_NE(dumpAll(), m_before);
        EXPECT_EQ(document().undoStack()->undoText(), undoText);
        const QStringList deleted = dumpAll();
        document().undoStack()->undo();
        EXPECT_EQ(dumpAll(), m_before);
        document().undoStack()->redo();
        EXPECT_EQ(dumpAll(), deleted);
        document().undoStack()->undo();
        EXPECT_EQ(dumpAll(), m_before);
    }

    QStringList m_before;
};

TEST_F(DeleteUndoTest, ParticipantGoesWithEnrolmentsAndMarksAndComesBackWithTheSameIds)
{
    deleteAndUndo([this] { actions().deleteRecord(RecordKind::Participant, m_ana); },
                  QStringLiteral("Delete participant"));
    EXPECT_TRUE(MessageBox::lastText().contains(
        QStringLiteral("2 enrolments and 2 attendance marks will be deleted")))
        << MessageBox::lastText().toStdString();
}

TEST_F(DeleteUndoTest, ActivityGoesWithSessionsEnrolmentsMarksExpertsAndComponents)
{
    deleteAndUndo([this] { actions().deleteRecord(RecordKind::Activity, m_activity); },
                  QStringLiteral("Delete activity 2.1"));
    EXPECT_TRUE(
        MessageBox::lastText().contains(QStringLiteral("3 sessions, 3 enrolments and 4 attendance marks")))
        << MessageBox::lastText().toStdString();
}

TEST_F(DeleteUndoTest, InstitutionLeavesItsParticipantsChildrenAndProjectsWithoutIt)
{
    deleteAndUndo([this] { actions().deleteRecord(RecordKind::Institution, m_inm); },
                  QStringLiteral("Delete institution INM"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("the institution of 2 participants")))
        << MessageBox::lastText().toStdString();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions().deleteRecord(RecordKind::Institution, m_inm);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM participant WHERE id = ? AND institution_id IS NULL"),
               {m_ana}),
        1);
}

TEST_F(DeleteUndoTest, ExpertLeavesTheActivitiesTheyDeliver)
{
    deleteAndUndo([this] { actions().deleteRecord(RecordKind::Expert, m_expert); },
                  QStringLiteral("Delete expert"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("1 activity(ies)")));
}

TEST_F(DeleteUndoTest, ComponentOnlyGoesWhenNoActivityIsLeftWithout)
{
    // Component 2 only: activity 2.1 keeps component 1.
    deleteAndUndo([this] { actions().deleteRecord(RecordKind::Component, m_component2); },
                  QStringLiteral("Delete component 2"));
    // Component 1 is activity 3's only component: refused with the reason, nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions().deleteRecord(RecordKind::Component, m_component1);
    EXPECT_TRUE(
        MessageBox::lastText().contains(QStringLiteral("activity(ies) 3 belong to no other component")));
    EXPECT_EQ(dumpAll(), m_before);
    EXPECT_EQ(document().undoStack()->index(), 0);
}

TEST_F(DeleteUndoTest, ProjectTakesEverythingInItAndUndoBringsItAllBack)
{
    deleteAndUndo([this] { actions().deleteRecord(RecordKind::Project, m_project); },
                  QStringLiteral("Delete project MX-T"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("2 activities")));
}

TEST_F(DeleteUndoTest, UnenrolFromTheActivityPageAsksAndUndoes)
{
    deleteAndUndo([this] { actions().unenrol(m_activity, m_maria); },
                  QStringLiteral("Remove 1 participant from 2.1"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("2 attendance marks")));
}

} // namespace
} // namespace sd::test
