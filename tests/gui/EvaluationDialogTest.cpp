// The evaluation sheet from the keyboard: typing scores and answers, Enter moving down, a value
// outside the design refused at its cell with the reason, Delete clearing, saving as one undo step,
// asking before closing with unsaved answers, and a second document on the same file saving first:
// a conflict shown in the grid, never overwritten unseen.

#include "dialogs/EvaluationDialog.h"

#include "EditFixture.h"
#include "MessageBox.h"
#include "commands/SaveEvaluationCommand.h"
#include "dialogs/EvaluationModel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

namespace sd::test {
namespace {

using Field = EvaluationModel::Field;

class EvaluationDialogTest : public EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        Activity design = valueOf(store().activity(m_activity));
        design.testMaxScore = 20;
        design.satisfactionSurvey = true;
        design.followUp = true;
        ASSERT_TRUE(store().updateActivity(design, valueOf(store().sessions(m_activity))).ok());
    }

    EvaluationDialog* openSheet()
    {
        actions().openEvaluation(m_activity);
        auto* dialog = openDialog<EvaluationDialog>();
        EXPECT_NE(dialog, nullptr);
        if (dialog)
            testModel(dialog->sheet());
        return dialog;
    }

    // Types text into the cell under the cursor and presses Enter, as an officer would.
    // The first key opens the cell's editor and goes into it; the rest are typed there.
    static void type(EvaluationTableView* view, const QString& text)
    {
        QTest::keyClicks(view, text.left(1));
        QWidget* editor = view->indexWidget(view->currentIndex());
        ASSERT_NE(editor, nullptr);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes the editor from the event loop.
        QCoreApplication::processEvents();
    }

    QVariant pre(Id participant)
    {
        return firstValue(QStringLiteral("SELECT v.pre_score FROM evaluation v JOIN enrolment e ON e.id = "
                                         "v.enrolment_id WHERE e.participant_id = ? AND e.activity_id = ?"),
                          {participant, m_activity});
    }
};

TEST_F(EvaluationDialogTest, ShowsTheColumnsTheDesignAsksFor)
{
    EvaluationDialog* dialog = openSheet();
    ASSERT_NE(dialog, nullptr);
    EvaluationModel* sheet = dialog->sheet();
    ASSERT_EQ(sheet->rowCount(), 3);
    ASSERT_EQ(sheet->columnCount(), 1 + 2 + 5 + 1 + 1);
    EXPECT_EQ(sheet->index(0, 0).data().toString(), QStringLiteral("Hernández Ruiz, María José"));
    EXPECT_EQ(sheet->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Pre"));
    EXPECT_EQ(sheet->fieldAt(sheet->columnCount() - 1), Field::Applied);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Evaluation — 2.1 Seminar on international protection"));
    EXPECT_EQ(modelTestWarnings(), 0);
    dialog->reject();
}

TEST_F(EvaluationDialogTest, AnActivityWithoutADesignSaysWhereToGiveItOne)
{
    Activity design = valueOf(store().activity(m_activity));
    design.testMaxScore = 0;
    design.satisfactionSurvey = false;
    design.followUp = false;
    ASSERT_TRUE(store().updateActivity(design, valueOf(store().sessions(m_activity))).ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions().openEvaluation(m_activity);
    EXPECT_EQ(openDialog<EvaluationDialog>(), nullptr);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Evaluation tab")))
        << MessageBox::lastText().toStdString();
}

TEST_F(EvaluationDialogTest, EntersScoresFromTheKeyboardRefusesBadValuesAndSavesAsOneUndoStep)
{
    EvaluationDialog* dialog = openSheet();
    ASSERT_NE(dialog, nullptr);
    dialog->show();
    EvaluationTableView* view = dialog->view();
    EvaluationModel* sheet = dialog->sheet();
    // The cursor starts on the first person's pre-test score; Enter moves down.
    ASSERT_EQ(view->currentIndex(), sheet->index(0, 1));
    type(view, QStringLiteral("12"));
    EXPECT_EQ(view->currentIndex(), sheet->index(1, 1));
    // Above the maximum: refused at the cell with the reason, the cursor stays.
    type(view, QStringLiteral("25"));
    EXPECT_EQ(view->currentIndex(), sheet->index(1, 1));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("outside 0 to 20")))
        << dialog->message().toStdString();
    EXPECT_EQ(sheet->index(1, 1).data().toString(), QString());
    type(view, QStringLiteral("7.5"));
    EXPECT_EQ(sheet->index(1, 1).data().toString(), QStringLiteral("7.5"));
    EXPECT_TRUE(dialog->message().isEmpty());
    type(view, QStringLiteral("9"));
    EXPECT_EQ(view->currentIndex(), sheet->index(2, 1)); // the last row: stays
    // A satisfaction item outside 1-5 is refused; the follow-up takes Y, P or N.
    const int overall = sheet->columnOf(Field::Overall);
    view->setCurrentIndex(sheet->index(0, overall));
    type(view, QStringLiteral("6"));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("1 (poor) to 5")))
        << dialog->message().toStdString();
    type(view, QStringLiteral("5"));
    view->setCurrentIndex(sheet->index(0, sheet->columnOf(Field::Applied)));
    type(view, QStringLiteral("p"));
    EXPECT_EQ(sheet->index(0, sheet->columnOf(Field::Applied)).data().toString(), QStringLiteral("Partly"));
    // Delete clears José's score again.
    view->setCurrentIndex(sheet->index(2, 1));
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(sheet->index(2, 1).data().toString(), QString());
    EXPECT_EQ(dialog->pendingChanges(), 2);
    EXPECT_EQ(pre(m_maria), QVariant()); // nothing written before Save

    QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(pre(m_maria).toDouble(), 12.0);
    EXPECT_EQ(pre(m_ana).toDouble(), 7.5);
    EXPECT_EQ(document().undoStack()->count(), 1);
    EXPECT_EQ(document().undoStack()->undoText(),
              QStringLiteral("Record the evaluation of 2 persons in 2.1"));
    document().undoStack()->undo();
    EXPECT_EQ(pre(m_maria), QVariant());
    document().undoStack()->redo();
    EXPECT_EQ(pre(m_maria).toDouble(), 12.0);
    EXPECT_EQ(modelTestWarnings(), 0);
}

TEST_F(EvaluationDialogTest, CancelWithUnsavedAnswersAsks)
{
    EvaluationDialog* dialog = openSheet();
    ASSERT_NE(dialog, nullptr);
    dialog->show();
    type(dialog->view(), QStringLiteral("12"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("not saved")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(pre(m_maria), QVariant());
    EXPECT_EQ(document().undoStack()->count(), 0);
}

TEST_F(EvaluationDialogTest, AnotherDocumentsSaveMeanwhileIsAConflictShownInTheGrid)
{
    EvaluationDialog* dialog = openSheet();
    ASSERT_NE(dialog, nullptr);
    dialog->show();
    type(dialog->view(), QStringLiteral("12"));

    // A second window on the same file gives María 15 first.
    {
        Result<std::unique_ptr<ProgrammeDocument>> other = ProgrammeDocument::open(m_path);
        ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
        ProgrammeDocument& theirs = **other;
        EvaluationAnswers answers;
        answers.enrolmentId = m_enrolments[2];
        answers.preScore = 15;
        const Activity activity = valueOf(theirs.store().activity(m_activity));
        ASSERT_TRUE(DocumentCommand::push(
                        theirs, std::make_unique<SaveEvaluationCommand>(
                                    theirs, activity,
                                    QList<SaveEvaluationCommand::Change>{
                                        {m_enrolments[2], QStringLiteral("María"), std::nullopt, answers}}))
                        .ok());
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog->save());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("none of your answers were saved")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(pre(m_maria).toDouble(), 15.0); // theirs stays
    EvaluationModel* sheet = dialog->sheet();
    EXPECT_EQ(sheet->conflictCount(), 1);
    EXPECT_TRUE(sheet->index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("theirs “15”")));
    EXPECT_EQ(sheet->index(0, 1).data().toString(), QStringLiteral("12"));
    // Saving again, knowingly, keeps mine.
    EXPECT_TRUE(dialog->save());
    EXPECT_EQ(pre(m_maria).toDouble(), 12.0);
    EXPECT_EQ(modelTestWarnings(), 0);
}

} // namespace
} // namespace sd::test
