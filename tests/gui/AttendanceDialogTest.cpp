// The attendance dialog from the keyboard: marks, moving down after each, filtering, marking a
// session present, enrolling through the search, saving in one undo step, and asking before closing
// with unsaved marks. Walk-ins are in EntryTest.

#include "dialogs/AttendanceDialog.h"

#include "EditFixture.h"
#include "MessageBox.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/AttendanceTableView.h"
#include "dialogs/AttendanceTotalsModel.h"
#include "dialogs/EnrolParticipantDialog.h"
#include "dialogs/ParticipantSearchModel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace sd::test {
namespace {

class AttendanceDialogTest : public EditFixture
{
protected:
    AttendanceTableView* grid(AttendanceDialog* dialog)
    {
        return dialog->findChild<AttendanceTableView*>(QStringLiteral("attendanceView"));
    }

    QString mark(Id participant, int session)
    {
        return text(
            QStringLiteral("SELECT a.status FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id "
                           "WHERE e.participant_id = ? AND e.activity_id = ? AND a.session_id = ?"),
            {participant, m_activity, m_sessions[session].id});
    }

    qint64 marks() { return scalar(QStringLiteral("SELECT count(*) FROM attendance")); }

    QPushButton* saveButton(AttendanceDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Save);
    }
};

TEST_F(AttendanceDialogTest, ShowsEnrolledParticipantsBySessionInNameOrder)
{
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    AttendanceModel* sheet = dialog->sheet();
    ASSERT_EQ(sheet->rowCount(), 3);
    ASSERT_EQ(sheet->columnCount(), 2 + 3 + 1);
    EXPECT_EQ(sheet->index(0, 0).data().toString(), QStringLiteral("Hernández Ruiz, María José"));
    EXPECT_EQ(sheet->index(1, 0).data().toString(), QStringLiteral("Ramírez Soto, Ana Lucía"));
    EXPECT_EQ(sheet->index(1, 1).data().toString(), QStringLiteral("INM (Chiapas)"));
    EXPECT_EQ(sheet->index(2, 1).data().toString(), QStringLiteral("COMAR"));
    EXPECT_EQ(sheet->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Mon 13 Mar"));
    EXPECT_EQ(sheet->index(0, 2).data().toString(), QStringLiteral("·"));
    EXPECT_EQ(dialog->windowTitle(),
              QStringLiteral("Attendance — 2.1 Seminar on international protection, Tapachula"));
    EXPECT_EQ(modelTestWarnings(), 0);
    dialog->reject();
}

TEST_F(AttendanceDialogTest, EntersAttendanceFromTheKeyboardAndSavesItAsOneUndoStep)
{
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    AttendanceTableView* view = grid(dialog);
    ASSERT_NE(view, nullptr);
    // The cursor starts on the first participant's first session.
    EXPECT_EQ(view->currentIndex().row(), 0);
    EXPECT_EQ(view->currentIndex().column(), AttendanceModel::kFirstSessionColumn);

    // Mon: María P, Ana L, José A — each key moves down one row.
    QTest::keyClick(view, Qt::Key_P);
    EXPECT_EQ(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_L);
    QTest::keyClick(view, Qt::Key_A);
    EXPECT_EQ(view->currentIndex().row(), 2); // last row: stays
    // Tue: up to the top with the arrows, E for María, then José P, then Delete clears José again.
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    EXPECT_EQ(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_E);
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_P);
    EXPECT_EQ(dialog->sheet()->index(2, 3).data().toString(), QStringLiteral("P"));
    QTest::keyClick(view, Qt::Key_Delete);
    // A click cycles: Wed for Ana, unmarked -> present -> late.
    const QModelIndex wednesdayAna =
        dialog->visibleSheet()->index(1, AttendanceModel::kFirstSessionColumn + 2);
    const QRect cell = view->visualRect(wednesdayAna);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());

    AttendanceModel* sheet = dialog->sheet();
    EXPECT_EQ(sheet->index(0, 2).data().toString(), QStringLiteral("P"));
    EXPECT_EQ(sheet->index(1, 2).data().toString(), QStringLiteral("L"));
    EXPECT_EQ(sheet->index(2, 2).data().toString(), QStringLiteral("A"));
    EXPECT_EQ(sheet->index(0, 3).data().toString(), QStringLiteral("E"));
    EXPECT_EQ(sheet->index(1, 3).data().toString(), QStringLiteral("·"));
    EXPECT_EQ(sheet->index(1, 4).data().toString(), QStringLiteral("L"));
    // Live counts: Mon 2 present or late, Ana 2 of 3 sessions.
    EXPECT_EQ(dialog->totals()->index(0, 2).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(dialog->totals()->index(0, 1).data().toString(), QStringLiteral("2 of 3 took part"));
    EXPECT_EQ(sheet->index(1, sheet->rateColumn()).data().toString(), QStringLiteral("67"));
    EXPECT_EQ(marks(), 0); // nothing written before Save
    EXPECT_EQ(saveButton(dialog)->text(), QStringLiteral("&Save 5 changes"));

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(marks(), 5);
    EXPECT_EQ(mark(m_maria, 0), QStringLiteral("present"));
    EXPECT_EQ(mark(m_ana, 0), QStringLiteral("late"));
    EXPECT_EQ(mark(m_jose, 0), QStringLiteral("absent"));
    EXPECT_EQ(mark(m_maria, 1), QStringLiteral("excused"));
    EXPECT_EQ(mark(m_jose, 1), QString());
    EXPECT_EQ(mark(m_ana, 2), QStringLiteral("late"));
    EXPECT_EQ(document().undoStack()->count(), 1);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Record 5 attendance marks on 3 sessions"));
    EXPECT_TRUE(store().lastChange()->startsWith(QStringLiteral("attendance 2.1")));

    document().undoStack()->undo();
    EXPECT_EQ(marks(), 0);
    document().undoStack()->redo();
    EXPECT_EQ(marks(), 5);
    EXPECT_EQ(mark(m_ana, 2), QStringLiteral("late"));
    EXPECT_EQ(modelTestWarnings(), 0);
}

TEST_F(AttendanceDialogTest, FiltersByNameWithoutAccentsAndMarksTheVisibleRowsPresent)
{
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    AttendanceTableView* view = grid(dialog);
    auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    typeText(filter, QStringLiteral("ramir"));
    EXPECT_EQ(dialog->visibleSheet()->rowCount(), 2); // Ramírez Soto, Ramírez Vidal
    filter->clear();
    typeText(filter, QStringLiteral("comar"));
    EXPECT_EQ(dialog->visibleSheet()->rowCount(), 1); // by institution
    filter->clear();
    typeText(filter, QStringLiteral("ramir"));

    view->setCurrentIndex(dialog->visibleSheet()->index(0, AttendanceModel::kFirstSessionColumn + 1));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("markPresentButton")), Qt::LeftButton);
    EXPECT_EQ(dialog->totals()->index(0, 3).data().toString(), QStringLiteral("2"));
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(mark(m_ana, 1), QStringLiteral("present"));
    EXPECT_EQ(mark(m_jose, 1), QStringLiteral("present"));
    EXPECT_EQ(mark(m_maria, 1), QString()); // filtered out: untouched
    EXPECT_EQ(document().undoStack()->undoText(),
              QStringLiteral("Mark 2 participants present on 14 Mar 2017"));
    dialog->reject();
    EXPECT_EQ(modelTestWarnings(), 0);
}

TEST_F(AttendanceDialogTest, ClosingWithUnsavedMarksAsksFirst)
{
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(grid(dialog), Qt::Key_P);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Unsaved attendance"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(mark(m_maria, 0), QStringLiteral("present"));
    EXPECT_EQ(document().undoStack()->undoText(),
              QStringLiteral("Mark 1 participant present on 13 Mar 2017"));

    AttendanceDialog* again = openAttendanceSheet();
    ASSERT_NE(again, nullptr);
    QTest::keyClick(grid(again), Qt::Key_A);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    again->reject();
    EXPECT_FALSE(again->isVisible());
    EXPECT_EQ(mark(m_maria, 0), QStringLiteral("present"));
    EXPECT_EQ(document().undoStack()->count(), 1);
}

TEST_F(AttendanceDialogTest, EnrolsAParticipantFoundBySearchKeepingPendingMarks)
{
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(grid(dialog), Qt::Key_P); // María, pending
    dialog->enrolParticipants();
    auto* enrol = dialog->findChild<EnrolParticipantDialog*>();
    ASSERT_NE(enrol, nullptr);
    testModel(enrol->model());
    EXPECT_EQ(enrol->model()->rowCount(), 1); // only Pedro is not enrolled
    auto* search = enrol->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    typeText(search, QStringLiteral("zuniga"));
    EXPECT_EQ(enrol->model()->rowCount(), 1);
    typeText(search, QStringLiteral("x"));
    EXPECT_EQ(enrol->model()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Backspace);
    ASSERT_EQ(enrol->model()->rowCount(), 1);
    QTest::mouseClick(enrol->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM enrolment WHERE participant_id = ?"), {m_pedro}),
              1);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Enrol 1 participant in 2.1"));
    ASSERT_EQ(dialog->sheet()->rowCount(), 4);
    const QModelIndex current = grid(dialog)->currentIndex();
    EXPECT_EQ(current.siblingAtColumn(0).data().toString(), QStringLiteral("Zúñiga Pérez, Pedro"));
    EXPECT_EQ(dialog->sheet()->changes().size(), 1); // María's pending mark survived the reload
    QTest::keyClick(grid(dialog), Qt::Key_L);
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(mark(m_pedro, 0), QStringLiteral("late"));

    // Undo the marks, then the enrolment; redo both: Pedro's mark comes back on the same enrolment.
    document().undoStack()->undo();
    document().undoStack()->undo();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM enrolment WHERE participant_id = ?"), {m_pedro}),
              0);
    document().undoStack()->redo();
    document().undoStack()->redo();
    EXPECT_EQ(mark(m_pedro, 0), QStringLiteral("late"));
    dialog->reject();
    EXPECT_EQ(modelTestWarnings(), 0);
}

TEST_F(AttendanceDialogTest, RemovesAParticipantFromTheActivityAfterAskingAndUndoes)
{
    setMark(m_jose, m_sessions[0], AttendanceStatus::Present);
    ASSERT_FALSE(HasFatalFailure());
    const QStringList before = dumpAll();
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    grid(dialog)->setCurrentIndex(dialog->visibleSheet()->index(2, AttendanceModel::kFirstSessionColumn));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->removeSelectedParticipants();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("1 attendance mark")));
    EXPECT_EQ(dialog->sheet()->rowCount(), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM enrolment WHERE participant_id = ?"), {m_jose}), 0);
    EXPECT_EQ(marks(), 0);
    dialog->reject();
    document().undoStack()->undo();
    EXPECT_EQ(dumpAll(), before);
}

// The Spanish keys (presente, retardo, justificado, falta) work in the English window too: the two
// sets share only P, which is present in both.
TEST_F(AttendanceDialogTest, SpanishStatusKeysWorkInEitherLanguage)
{
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    AttendanceTableView* view = grid(dialog);
    ASSERT_NE(view, nullptr);
    AttendanceModel* sheet = dialog->sheet();
    const int column = AttendanceModel::kFirstSessionColumn;
    QTest::keyClick(view, Qt::Key_R);
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_F);
    EXPECT_EQ(sheet->index(0, column).data().toString(), QStringLiteral("L"));
    EXPECT_EQ(sheet->index(1, column).data().toString(), QStringLiteral("E"));
    EXPECT_EQ(sheet->index(2, column).data().toString(), QStringLiteral("A"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
}

} // namespace
} // namespace sd::test
