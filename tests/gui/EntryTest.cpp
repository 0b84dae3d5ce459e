// Entering people as an officer does on the first day: walk-ins that belong to the attendance
// sheet's Save and Cancel, a warning of a probable duplicate while a new person is typed (New
// participant and Walk-in), and institution fields searched by name or acronym without accents,
// with "New institution…" in place.

#include "EditFixture.h"
#include "MessageBox.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/ExpertDialog.h"
#include "dialogs/InstitutionDialog.h"
#include "dialogs/InstitutionPicker.h"
#include "dialogs/ParticipantDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace sd::test {
namespace {

// The drop-down of matches open on a field: the application's popup.
QAbstractItemView* openPopup()
{
    return qobject_cast<QAbstractItemView*>(QApplication::activePopupWidget());
}

// The texts of the rows of the open drop-down.
QStringList popupRows()
{
    QStringList rows;
    if (QAbstractItemView* popup = openPopup()) {
        for (int row = 0; row < popup->model()->rowCount(); ++row)
            rows.append(popup->model()->index(row, 0).data().toString());
    }
    return rows;
}

// Chooses a row of the open drop-down with the arrows and Enter, as from the keyboard.
void chooseInPopup(int row)
{
    QAbstractItemView* popup = openPopup();
    ASSERT_NE(popup, nullptr);
    popup->setCurrentIndex(popup->model()->index(0, 0));
    for (int down = 0; down < row; ++down)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
}

class EntryTest : public EditFixture
{
protected:
    QTableView* grid(AttendanceDialog* dialog) { return child<QTableView>(dialog, "attendanceView"); }

    QPushButton* saveButton(AttendanceDialog* dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
    }

    // Opens the walk-in form of the sheet with the cursor on the first row at the session.
    ParticipantDialog* walkIn(AttendanceDialog* dialog, int session)
    {
        grid(dialog)->setCurrentIndex(
            dialog->visibleSheet()->index(0, AttendanceModel::kFirstSessionColumn + session));
        dialog->addWalkIn();
        // The form just opened; those closed before are deleted later.
        for (ParticipantDialog* form : dialog->findChildren<ParticipantDialog*>()) {
            if (form->isVisible())
                return form;
        }
        return nullptr;
    }

    // The row of the sheet with this name, or -1.
    static int rowNamed(AttendanceDialog* dialog, const QString& name)
    {
        AttendanceModel* sheet = dialog->sheet();
        for (int row = 0; row < sheet->rowCount(); ++row) {
            if (sheet->index(row, AttendanceModel::kNameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

    QString markOf(Id participant, int session)
    {
        return text(
            QStringLiteral("SELECT a.status FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id "
                           "WHERE e.participant_id = ? AND e.activity_id = ? AND a.session_id = ?"),
            {participant, m_activity, m_sessions[session].id});
    }

    qint64 participantsNamed(const QString& family)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM participant WHERE family_names = ?"), {family});
    }

    // The panel of probable matches under a participant form, once the check has run.
    QWidget* matchPanel(QWidget* dialog)
    {
        return dialog->findChild<QWidget*>(QStringLiteral("probableMatchPanel"));
    }
};

// Defect: a walk-in was written at once, as an undo step of its own, unmarked; Cancel left them enrolled.
TEST_F(EntryTest, AWalkInIsOnTheSheetMarkedPresentUntilSaveAndCancelDropsThem)
{
    const QStringList before = dumpAll();
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    ParticipantDialog* form = walkIn(dialog, 1);
    ASSERT_NE(form, nullptr);
    typeNames(form, QStringLiteral("Rocío"), QStringLiteral("Álvarez Peña"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);

    // On the sheet at once, marked present at the session of the cursor; nothing in the file yet.
    const int row = rowNamed(dialog, QStringLiteral("Álvarez Peña, Rocío"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(dialog->sheet()->index(row, AttendanceModel::kFirstSessionColumn + 1).data().toString(),
              QStringLiteral("P"));
    EXPECT_EQ(dialog->sheet()->index(row, AttendanceModel::kFirstSessionColumn).data().toString(),
              QStringLiteral("·"));
    EXPECT_EQ(grid(dialog)->currentIndex().siblingAtColumn(0).data().toString(),
              QStringLiteral("Álvarez Peña, Rocío"));
    EXPECT_EQ(participantsNamed(QStringLiteral("Álvarez Peña")), 0);
    EXPECT_EQ(document().undoStack()->count(), 0);
    EXPECT_EQ(saveButton(dialog)->text(), QStringLiteral("&Save 2 changes"));

    // Cancel, and discard when asked: the walk-in goes with the rest.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(document().undoStack()->count(), 0);
    EXPECT_EQ(modelTestWarnings(), 0);
}

TEST_F(EntryTest, AWalkInIsSavedWithTheMarksAsOneUndoStepAndRedoGivesTheSameIds)
{
    const QStringList before = dumpAll();
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(grid(dialog), Qt::Key_P); // María present on Monday, pending
    ParticipantDialog* form = walkIn(dialog, 0);
    ASSERT_NE(form, nullptr);
    QRadioButton* late = child<QRadioButton>(form, "lateRadio");
    ASSERT_NE(late, nullptr);
    late->click();
    typeNames(form, QStringLiteral("Rocío"), QStringLiteral("Álvarez Peña"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    const int row = rowNamed(dialog, QStringLiteral("Álvarez Peña, Rocío"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(dialog->sheet()->index(row, AttendanceModel::kFirstSessionColumn).data().toString(),
              QStringLiteral("L"));

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    const Id rocio = scalar(QStringLiteral("SELECT id FROM participant WHERE family_names = ?"),
                            {QStringLiteral("Álvarez Peña")});
    ASSERT_GT(rocio, 0);
    EXPECT_EQ(markOf(rocio, 0), QStringLiteral("late"));
    EXPECT_EQ(markOf(m_maria, 0), QStringLiteral("present"));
    EXPECT_EQ(document().undoStack()->count(), 1);
    EXPECT_EQ(document().undoStack()->undoText(),
              QStringLiteral("Add 1 walk-in to 2.1 with 2 attendance marks"));
    const QStringList after = dumpAll();

    document().undoStack()->undo();
    EXPECT_EQ(dumpAll(), before);
    document().undoStack()->redo();
    EXPECT_EQ(dumpAll(), after);
    EXPECT_EQ(markOf(rocio, 0), QStringLiteral("late"));
    EXPECT_EQ(modelTestWarnings(), 0);
}

// Defect: a second "Ramírez Soto, Ana Lucía" went in without a word.
TEST_F(EntryTest, NewParticipantShowsAProbableDuplicateAsItIsTypedAndCreatesOnlyWhenTold)
{
    actions().newRecord(RecordKind::Participant);
    auto* form = openDialog<ParticipantDialog>();
    ASSERT_NE(form, nullptr);
    // Capitals, no accents: the same names as the import matches them.
    typeNames(form, QStringLiteral("ANA LUCIA"), QStringLiteral("RAMIREZ SOTO"));
    QTRY_VERIFY_WITH_TIMEOUT(matchPanel(form) && matchPanel(form)->isVisible(), 5000);
    auto* list = child<QListWidget>(form, "matchList");
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("Ramírez Soto, Ana Lucía — INM")));

    // OK does not add them silently: the panel asks, the form stays open.
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(participantsNamed(QStringLiteral("RAMIREZ SOTO")), 0);
    // Create anyway is an answer.
    QTest::mouseClick(child<QPushButton>(form, "createAnywayButton"), Qt::LeftButton);
    EXPECT_FALSE(form->isVisible());
    EXPECT_EQ(participantsNamed(QStringLiteral("RAMIREZ SOTO")), 1);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Add participant"));
}

TEST_F(EntryTest, NewParticipantOpensTheRecordOfTheProbableDuplicateInstead)
{
    QSignalSpy opened(&actions(), SIGNAL(openRecordRequested(sd::RecordKind, sd::Id)));
    ASSERT_TRUE(opened.isValid());
    actions().newRecord(RecordKind::Participant);
    auto* form = openDialog<ParticipantDialog>();
    ASSERT_NE(form, nullptr);
    // One typo, and the email of nobody: the names are near enough.
    typeNames(form, QStringLiteral("Pedro"), QStringLiteral("Zuñiga Peres"));
    QTRY_VERIFY_WITH_TIMEOUT(matchPanel(form) && matchPanel(form)->isVisible(), 5000);
    QPushButton* open = child<QPushButton>(form, "takeMatchButton");
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->text(), QStringLiteral("&Open that record"));
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_FALSE(form->isVisible());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.front().at(1).toLongLong(), m_pedro);
    EXPECT_EQ(participantsNamed(QStringLiteral("Zuñiga Peres")), 0);
}

// A walk-in who is in the file already: enrolled on the spot instead, marked, and saved with the sheet.
TEST_F(EntryTest, AWalkInWhoIsInTheFileIsEnrolledInsteadOfCreatedAgain)
{
    const QStringList before = dumpAll();
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    ParticipantDialog* form = walkIn(dialog, 2);
    ASSERT_NE(form, nullptr);
    typeNames(form, QStringLiteral("pedro"), QStringLiteral("zuniga perez"));
    QTRY_VERIFY_WITH_TIMEOUT(matchPanel(form) && matchPanel(form)->isVisible(), 5000);
    QPushButton* enrol = child<QPushButton>(form, "takeMatchButton");
    ASSERT_NE(enrol, nullptr);
    EXPECT_EQ(enrol->text(), QStringLiteral("Enrol &that person instead"));
    QTest::mouseClick(enrol, Qt::LeftButton);

    const int row = rowNamed(dialog, QStringLiteral("Zúñiga Pérez, Pedro"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(dialog->sheet()->index(row, AttendanceModel::kFirstSessionColumn + 2).data().toString(),
              QStringLiteral("P"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM enrolment WHERE participant_id = ?"), {m_pedro}),
              0);
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(participantsNamed(QStringLiteral("zuniga perez")), 0);
    EXPECT_EQ(markOf(m_pedro, 2), QStringLiteral("present"));
    EXPECT_EQ(document().undoStack()->undoText(),
              QStringLiteral("Add 1 walk-in to 2.1 with 1 attendance mark"));

    // The same person again, now on the sheet: taking them only marks their row.
    ParticipantDialog* again = walkIn(dialog, 1);
    ASSERT_NE(again, nullptr);
    typeNames(again, QStringLiteral("Pedro"), QStringLiteral("Zúñiga Pérez"));
    QTRY_VERIFY_WITH_TIMEOUT(matchPanel(again) && matchPanel(again)->isVisible(), 5000);
    QPushButton* mark = child<QPushButton>(again, "takeMatchButton");
    ASSERT_NE(mark, nullptr);
    EXPECT_EQ(mark->text(), QStringLiteral("&Mark that person instead"));
    QTest::mouseClick(mark, Qt::LeftButton);
    EXPECT_EQ(dialog->sheet()->rowCount(), 4);
    EXPECT_EQ(dialog->sheet()->changes().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    document().undoStack()->undo();
    EXPECT_EQ(dumpAll(), before);
}

// Defect: the institution was a drop-down of full names; "COMAR" or "migracion" found nothing.
TEST_F(EntryTest, InstitutionFieldsFindByAcronymOrNameWithoutAccents)
{
    actions().newRecord(RecordKind::Participant);
    auto* form = openDialog<ParticipantDialog>();
    ASSERT_NE(form, nullptr);
    auto* institution = child<QComboBox>(form, "institutionCombo");
    ASSERT_NE(institution, nullptr);
    ASSERT_NE(institution->lineEdit(), nullptr) << "the institution field cannot be typed into";
    institution->setFocus();
    typeText(institution->lineEdit(), QStringLiteral("COMAR"));
    ASSERT_EQ(popupRows(), (QStringList{QStringLiteral("Comisión Mexicana de Ayuda a Refugiados (COMAR)"),
                                        QStringLiteral("New institution “COMAR”…")}));
    chooseInPopup(0);
    EXPECT_EQ(institution->currentData().toLongLong(), m_comar);

    institution->lineEdit()->clear();
    typeText(institution->lineEdit(), QStringLiteral("migracion"));
    ASSERT_EQ(popupRows().value(0), QStringLiteral("Instituto Nacional de Migración (INM)"));
    chooseInPopup(0);
    EXPECT_EQ(institution->currentData().toLongLong(), m_inm);

    // Typed in the other language, one letter off: still found.
    institution->lineEdit()->clear();
    typeText(institution->lineEdit(), QStringLiteral("migration"));
    EXPECT_EQ(popupRows().value(0), QStringLiteral("Instituto Nacional de Migración (INM)"));
    // Nothing listed: the one row left, "New institution…", follows every letter typed.
    auto* picker = qobject_cast<InstitutionPicker*>(institution);
    ASSERT_NE(picker, nullptr);
    QSignalSpy renamed(picker->matches(), &QAbstractItemModel::dataChanged);
    typeText(institution->lineEdit(), QStringLiteral(" xy"));
    EXPECT_EQ(popupRows(), QStringList{QStringLiteral("New institution “migration xy”…")});
    EXPECT_GE(renamed.size(), 2);
    QTest::keyClick(openPopup(), Qt::Key_Escape);
    form->reject();

    // The expert's institution is free text: it is completed from the same list.
    actions().newRecord(RecordKind::Expert);
    auto* expert = openDialog<ExpertDialog>();
    ASSERT_NE(expert, nullptr);
    auto* edit = child<QLineEdit>(expert, "institutionEdit");
    edit->setFocus();
    typeText(edit, QStringLiteral("gobernacion"));
    ASSERT_EQ(popupRows().value(0), QStringLiteral("Secretaría de Gobernación (SEGOB)"));
    chooseInPopup(0);
    EXPECT_EQ(edit->text(), QStringLiteral("Secretaría de Gobernación"));
    expert->reject();
}

TEST_F(EntryTest, NewInstitutionFromTheParticipantFormIsAnUndoableAddAndIsChosen)
{
    actions().newRecord(RecordKind::Participant);
    auto* form = openDialog<ParticipantDialog>();
    ASSERT_NE(form, nullptr);
    auto* institution = child<QComboBox>(form, "institutionCombo");
    ASSERT_NE(institution, nullptr);
    ASSERT_NE(institution->lineEdit(), nullptr);
    institution->setFocus();
    typeText(institution->lineEdit(), QStringLiteral("Oficina de Trámites"));
    const QStringList rows = popupRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.front(), QStringLiteral("New institution “Oficina de Trámites”…"));
    chooseInPopup(0);
    InstitutionDialog* created = nullptr;
    QTRY_VERIFY((created = form->findChild<InstitutionDialog*>()) != nullptr);
    EXPECT_EQ(child<QLineEdit>(created, "nameEdit")->text(), QStringLiteral("Oficina de Trámites"));
    typeText(child<QLineEdit>(created, "acronymEdit"), QStringLiteral("OFT"));
    QTest::mouseClick(okButton(created), Qt::LeftButton);
    const Id office = scalar(QStringLiteral("SELECT id FROM institution WHERE acronym = 'OFT'"));
    ASSERT_GT(office, 0);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Add institution OFT"));
    EXPECT_EQ(institution->currentData().toLongLong(), office);
    EXPECT_EQ(institution->currentText(), QStringLiteral("Oficina de Trámites (OFT)"));
    form->reject();
}

// In the attendance sheet, a new institution is part of the walk-in: written by Save, dropped by Cancel.
TEST_F(EntryTest, AWalkInsNewInstitutionIsSavedAndUndoneWithTheWalkIn)
{
    const QStringList before = dumpAll();
    AttendanceDialog* dialog = openAttendanceSheet();
    ASSERT_NE(dialog, nullptr);
    ParticipantDialog* form = walkIn(dialog, 0);
    ASSERT_NE(form, nullptr);
    typeNames(form, QStringLiteral("Rocío"), QStringLiteral("Álvarez Peña"));
    auto* institution = child<QComboBox>(form, "institutionCombo");
    ASSERT_NE(institution, nullptr);
    ASSERT_NE(institution->lineEdit(), nullptr);
    institution->setFocus();
    typeText(institution->lineEdit(), QStringLiteral("Oficina de Trámites"));
    chooseInPopup(int(popupRows().size()) - 1);
    InstitutionDialog* created = nullptr;
    QTRY_VERIFY((created = form->findChild<InstitutionDialog*>()) != nullptr);
    typeText(child<QLineEdit>(created, "acronymEdit"), QStringLiteral("OFT"));
    QTest::mouseClick(okButton(created), Qt::LeftButton);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM institution WHERE acronym = 'OFT'")), 0);
    EXPECT_EQ(institution->currentText(), QStringLiteral("Oficina de Trámites (OFT)"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    const int row = rowNamed(dialog, QStringLiteral("Álvarez Peña, Rocío"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(dialog->sheet()->index(row, AttendanceModel::kInstitutionColumn).data().toString(),
              QStringLiteral("OFT"));

    ASSERT_TRUE(dialog->save());
    const Id office = scalar(QStringLiteral("SELECT id FROM institution WHERE acronym = 'OFT'"));
    ASSERT_GT(office, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT institution_id FROM participant WHERE family_names = ?"),
                     {QStringLiteral("Álvarez Peña")}),
              office);
    EXPECT_EQ(document().undoStack()->count(), 1);
    dialog->reject();
    document().undoStack()->undo();
    EXPECT_EQ(dumpAll(), before);
}

} // namespace
} // namespace sd::test
