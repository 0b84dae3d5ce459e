// The editing dialogs driven from the keyboard through EditActions: invalid input is marked and
// keeps OK disabled, nothing is written before OK, every change is one undo step.

#include "EditFixture.h"
#include "MessageBox.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/ComponentDialog.h"
#include "dialogs/ExpertDialog.h"
#include "dialogs/InstitutionDialog.h"
#include "dialogs/ObjectiveDialog.h"
#include "dialogs/ParticipantDialog.h"
#include "dialogs/ProjectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace sd::test {
namespace {

void clickOk(QWidget* dialog)
{
    QPushButton* ok = okButton(dialog);
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

class EditDialogsTest : public EditFixture
{
};

TEST_F(EditDialogsTest, CreatesAnActivityFromTheKeyboardRefusingEndBeforeStartThenUndoesAndRedoes)
{
    actions().newRecord(RecordKind::Activity, m_project);
    auto* dialog = openDialog<ActivityDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLineEdit>(dialog, "codeEdit")->text(), QStringLiteral("3")); // after 2.1

    retype(child<QLineEdit>(dialog, "codeEdit"), QStringLiteral("2.3"));
    typeText(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Workshop on reception, Ciudad Juárez"));
    QListWidget* components = child<QListWidget>(dialog, "componentsList");
    components->setFocus();
    components->setCurrentRow(1);
    QTest::keyClick(components, Qt::Key_Space);
    EXPECT_EQ(components->item(1)->checkState(), Qt::Checked);
    typeText(child<QLineEdit>(dialog, "venueCityEdit"), QStringLiteral("Ciudad Juárez"));

    // End before start: the end date is marked, OK stays disabled and nothing is written.
    typeDate(child<QDateEdit>(dialog, "startDateEdit"), QDate(2017, 5, 10));
    typeDate(child<QDateEdit>(dialog, "endDateEdit"), QDate(2017, 5, 8));
    EXPECT_EQ(child<QDateEdit>(dialog, "startDateEdit")->date(), QDate(2017, 5, 10));
    EXPECT_EQ(child<QDateEdit>(dialog, "endDateEdit")->date(), QDate(2017, 5, 8));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog->fieldMarks().isMarked(QStringLiteral("end_date")));
    EXPECT_TRUE(
        child<QLabel>(dialog, "problemsLabel")->text().contains(QStringLiteral("before the start date")));
    dialog->accept(); // even a forced OK writes nothing
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activity WHERE code = '2.3'")), 0);

    // Dates outside the project's time frame are refused too.
    typeDate(child<QDateEdit>(dialog, "endDateEdit"), QDate(2019, 5, 12));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(
        dialog->fieldMarks().messageFor(QStringLiteral("end_date")).contains(QStringLiteral("time frame")));

    // Valid: three days give three full-day sessions.
    typeDate(child<QDateEdit>(dialog, "endDateEdit"), QDate(2017, 5, 12));
    EXPECT_TRUE(okButton(dialog)->isEnabled())
        << child<QLabel>(dialog, "problemsLabel")->text().toStdString();
    EXPECT_EQ(child<QTableWidget>(dialog, "sessionsTable")->rowCount(), 3);
    clickOk(dialog);
    EXPECT_FALSE(dialog->isVisible());

    const Id id = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.3'"));
    ASSERT_GT(id, 0);
    EXPECT_EQ(text(QStringLiteral("SELECT title FROM activity WHERE id = ?"), {id}),
              QStringLiteral("Workshop on reception, Ciudad Juárez"));
    EXPECT_EQ(text(QStringLiteral("SELECT start_date || '/' || end_date FROM activity WHERE id = ?"), {id}),
              QStringLiteral("2017-05-10/2017-05-12"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM session WHERE activity_id = ?"), {id}), 3);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT component_id FROM activity_component WHERE activity_id = ?"), {id}),
        m_component2);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Add activity 2.3"));
    const QStringList added = dumpAll();

    document().undoStack()->undo();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activity WHERE code = '2.3'")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM session WHERE activity_id = ?"), {id}), 0);
    document().undoStack()->redo();
    EXPECT_EQ(dumpAll(), added); // same ids for the activity and its sessions
}

TEST_F(EditDialogsTest, EditsAnActivitySessionsFollowTheDatesAndUndoRestoresThem)
{
    const QStringList before = dumpAll();
    actions().editRecord(RecordKind::Activity, m_activity);
    auto* dialog = openDialog<ActivityDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLineEdit>(dialog, "titleEdit")->text(),
              QStringLiteral("Seminar on international protection"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    retype(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Seminar on international protection (II)"));
    typeDate(child<QDateEdit>(dialog, "endDateEdit"), QDate(2017, 3, 16));
    EXPECT_EQ(child<QTableWidget>(dialog, "sessionsTable")->rowCount(), 4);
    // The code of another activity would be refused; 2.1's own code is fine.
    clickOk(dialog);

    EXPECT_EQ(text(QStringLiteral("SELECT title FROM activity WHERE id = ?"), {m_activity}),
              QStringLiteral("Seminar on international protection (II)"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM session WHERE activity_id = ?"), {m_activity}), 4);
    // The three sessions kept their ids.
    for (const Session& session : m_sessions)
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM session WHERE id = ?"), {session.id}), 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM activity_expert WHERE activity_id = ?"), {m_activity}),
        1);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Edit activity 2.1"));
    const QStringList after = dumpAll();

    document().undoStack()->undo();
    EXPECT_EQ(dumpAll(), before);
    document().undoStack()->redo();
    EXPECT_EQ(dumpAll(), after);
}

TEST_F(EditDialogsTest, ActivityDialogRefusesATakenCodeAndKeepsSessionsWithMarks)
{
    setMark(m_ana, m_sessions[2], AttendanceStatus::Present);
    ASSERT_FALSE(HasFatalFailure());
    actions().newRecord(RecordKind::Activity, m_project);
    auto* created = openDialog<ActivityDialog>();
    ASSERT_NE(created, nullptr);
    retype(child<QLineEdit>(created, "codeEdit"), QStringLiteral("2.1"));
    typeText(child<QLineEdit>(created, "titleEdit"), QStringLiteral("Duplicate"));
    EXPECT_FALSE(okButton(created)->isEnabled());
    EXPECT_TRUE(
        created->fieldMarks().messageFor(QStringLiteral("code")).contains(QStringLiteral("exists already")));
    created->reject();

    actions().editRecord(RecordKind::Activity, m_activity);
    auto* dialog = openDialog<ActivityDialog>();
    ASSERT_NE(dialog, nullptr);
    // Moving the end date before the marked third day would drop that session: refused.
    typeDate(child<QDateEdit>(dialog, "endDateEdit"), QDate(2017, 3, 14));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog->fieldMarks().isMarked(QStringLiteral("session.date")));
    dialog->reject();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM session WHERE activity_id = ?"), {m_activity}), 3);
    EXPECT_EQ(document().undoStack()->count(), 0);
}

TEST_F(EditDialogsTest, ParticipantDialogRefusesAMalformedEmailAndEditsUndoably)
{
    actions().newRecord(RecordKind::Participant);
    auto* dialog = openDialog<ParticipantDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(okButton(dialog)->isEnabled()); // names are required
    typeNames(dialog, QStringLiteral("Guadalupe"), QStringLiteral("Núñez Ortega"));
    typeText(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("g.nunez@"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog->fieldMarks().isMarked(QStringLiteral("email")));
    typeText(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("example.org"));
    QComboBox* institution = child<QComboBox>(dialog, "institutionCombo");
    institution->setCurrentIndex(institution->findData(QVariant::fromValue<qint64>(m_comar)));
    clickOk(dialog);

    const Id id = scalar(QStringLiteral("SELECT id FROM participant WHERE family_names = ?"),
                         {QStringLiteral("Núñez Ortega")});
    ASSERT_GT(id, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT institution_id FROM participant WHERE id = ?"), {id}), m_comar);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Add participant"));

    actions().editRecord(RecordKind::Participant, id);
    auto* edit = openDialog<ParticipantDialog>();
    ASSERT_NE(edit, nullptr);
    typeText(child<QLineEdit>(edit, "regionEdit"), QStringLiteral("Oaxaca"));
    clickOk(edit);
    EXPECT_EQ(text(QStringLiteral("SELECT region FROM participant WHERE id = ?"), {id}),
              QStringLiteral("Oaxaca"));
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Edit participant"));
    document().undoStack()->undo();
    EXPECT_EQ(text(QStringLiteral("SELECT region FROM participant WHERE id = ?"), {id}), QString());
    document().undoStack()->undo();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), {id}), 0);
    document().undoStack()->redo();
    document().undoStack()->redo();
    EXPECT_EQ(text(QStringLiteral("SELECT region FROM participant WHERE id = ?"), {id}),
              QStringLiteral("Oaxaca"));
}

// The Spanish and English forms side by side: an empty form says which one documents print in its
// place, both are written in the one change, and undo takes both back.
TEST_F(EditDialogsTest, BothLanguageFormsAreEditedSideBySide)
{
    const QStringList before = dumpAll();
    actions().editRecord(RecordKind::Activity, m_activity);
    auto* dialog = openDialog<ActivityDialog>();
    ASSERT_NE(dialog, nullptr);
    QLineEdit* spanish = child<QLineEdit>(dialog, "titleEsEdit");
    QLineEdit* english = child<QLineEdit>(dialog, "titleEdit");
    EXPECT_TRUE(spanish->text().isEmpty());
    EXPECT_TRUE(spanish->placeholderText().contains(QStringLiteral("(EN)"))) << "the English form stands in";
    EXPECT_FALSE(english->placeholderText().contains(QStringLiteral("(ES)")));
    typeText(spanish, QStringLiteral("Seminario sobre protección internacional"));
    EXPECT_FALSE(spanish->placeholderText().contains(QStringLiteral("(EN)")));
    typeText(child<QLineEdit>(dialog, "venueCityEsEdit"), QStringLiteral("Tapachula de Córdova y Ordóñez"));
    typeText(child<QPlainTextEdit>(dialog, "outputsEsEdit"), QStringLiteral("Un informe"));
    clickOk(dialog);
    EXPECT_EQ(text(QStringLiteral("SELECT title_es FROM activity WHERE id = ?"), {m_activity}),
              QStringLiteral("Seminario sobre protección internacional"));
    EXPECT_EQ(text(QStringLiteral("SELECT title FROM activity WHERE id = ?"), {m_activity}),
              QStringLiteral("Seminar on international protection"));
    EXPECT_EQ(text(QStringLiteral("SELECT venue_city_es FROM activity WHERE id = ?"), {m_activity}),
              QStringLiteral("Tapachula de Córdova y Ordóñez"));
    EXPECT_EQ(text(QStringLiteral("SELECT outputs_es FROM activity WHERE id = ?"), {m_activity}),
              QStringLiteral("Un informe"));
    document().undoStack()->undo();
    EXPECT_EQ(dumpAll(), before);

    actions().editRecord(RecordKind::Institution, m_inm);
    auto* institution = openDialog<InstitutionDialog>();
    ASSERT_NE(institution, nullptr);
    typeText(child<QLineEdit>(institution, "acronymEsEdit"), QStringLiteral("INAMI"));
    retype(child<QLineEdit>(institution, "nameEsEdit"), QStringLiteral("Instituto Nacional de Migración"));
    clickOk(institution);
    EXPECT_EQ(
        text(QStringLiteral("SELECT name_es || ' ' || acronym_es FROM institution WHERE id = ?"), {m_inm}),
        QStringLiteral("Instituto Nacional de Migración INAMI"));
}

TEST_F(EditDialogsTest, InstitutionDialogRefusesATakenNameAndOffersNoLoopAsParent)
{
    actions().editRecord(RecordKind::Institution, m_segob);
    auto* dialog = openDialog<InstitutionDialog>();
    ASSERT_NE(dialog, nullptr);
    // SEGOB's children cannot become its parent.
    QComboBox* parent = child<QComboBox>(dialog, "parentCombo");
    EXPECT_EQ(parent->findData(QVariant::fromValue<qint64>(m_inm)), -1);
    EXPECT_EQ(parent->findData(QVariant::fromValue<qint64>(m_segob)), -1);
    dialog->reject();

    actions().newRecord(RecordKind::Institution);
    auto* created = openDialog<InstitutionDialog>();
    ASSERT_NE(created, nullptr);
    typeText(child<QLineEdit>(created, "nameEdit"), QStringLiteral("instituto nacional de migracion"));
    EXPECT_FALSE(okButton(created)->isEnabled());
    EXPECT_TRUE(created->fieldMarks().isMarked(QStringLiteral("name")));
    retype(child<QLineEdit>(created, "nameEdit"), QStringLiteral("Unidad de Política Migratoria"));
    typeText(child<QLineEdit>(created, "acronymEdit"), QStringLiteral("UPM"));
    QComboBox* createdParent = child<QComboBox>(created, "parentCombo");
    createdParent->setCurrentIndex(createdParent->findData(QVariant::fromValue<qint64>(m_segob)));
    clickOk(created);
    EXPECT_EQ(scalar(QStringLiteral("SELECT parent_id FROM institution WHERE acronym = 'UPM'")), m_segob);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Add institution UPM"));
    document().undoStack()->undo();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM institution WHERE acronym = 'UPM'")), 0);
}

TEST_F(EditDialogsTest, ComponentObjectiveExpertAndProjectDialogsValidateAndUndo)
{
    actions().newRecord(RecordKind::Component, m_project);
    auto* component = openDialog<ComponentDialog>();
    ASSERT_NE(component, nullptr);
    EXPECT_EQ(child<QSpinBox>(component, "numberSpin")->value(), 3);
    typeText(child<QLineEdit>(component, "titleEdit"), QStringLiteral("Labour market"));
    child<QSpinBox>(component, "numberSpin")->setValue(2);
    EXPECT_FALSE(okButton(component)->isEnabled()); // number 2 is taken
    child<QSpinBox>(component, "numberSpin")->setValue(3);
    clickOk(component);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM component WHERE project_id = ?"), {m_project}), 3);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Add component 3"));

    actions().newRecord(RecordKind::Objective, m_project);
    auto* objective = openDialog<ObjectiveDialog>();
    ASSERT_NE(objective, nullptr);
    EXPECT_FALSE(okButton(objective)->isEnabled()); // the statement is required
    typeText(child<QPlainTextEdit>(objective, "statementEdit"), QStringLiteral("Integrate refugees"));
    child<QListWidget>(objective, "componentsList")->item(1)->setCheckState(Qt::Checked);
    clickOk(objective);
    const Id objectiveId = scalar(QStringLiteral("SELECT id FROM objective WHERE number = 2"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT component_id FROM objective_component WHERE objective_id = ?"),
                     {objectiveId}),
              m_component2);

    actions().newRecord(RecordKind::Expert);
    auto* expert = openDialog<ExpertDialog>();
    ASSERT_NE(expert, nullptr);
    typeNames(expert, QStringLiteral("Jean"), QStringLiteral("Dupont"));
    EXPECT_FALSE(okButton(expert)->isEnabled());                            // the country is required
    EXPECT_FALSE(expert->fieldMarks().isMarked(QStringLiteral("country"))); // not touched yet: not red
    typeText(child<QLineEdit>(expert, "countryEdit"), QStringLiteral("France"));
    clickOk(expert);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM expert WHERE country = 'France'")), 1);

    actions().editRecord(RecordKind::Project, m_project);
    auto* project = openDialog<ProjectDialog>();
    ASSERT_NE(project, nullptr);
    // The time frame must hold activity 2.1 (13–15 Mar 2017).
    typeDate(child<QDateEdit>(project, "startDateEdit"), QDate(2017, 4, 1));
    EXPECT_FALSE(okButton(project)->isEnabled());
    EXPECT_TRUE(project->fieldMarks().isMarked(QStringLiteral("start_date")));
    typeDate(child<QDateEdit>(project, "startDateEdit"), QDate(2017, 2, 1));
    retype(child<QLineEdit>(project, "titleEdit"), QStringLiteral("Test programme, second phase"));
    clickOk(project);
    EXPECT_EQ(text(QStringLiteral("SELECT start_date FROM project WHERE id = ?"), {m_project}),
              QStringLiteral("2017-02-01"));
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Edit project MX-T"));

    // Four steps back: the file holds what it held before.
    for (int i = 0; i < 4; ++i)
        document().undoStack()->undo();
    EXPECT_EQ(text(QStringLiteral("SELECT start_date FROM project WHERE id = ?"), {m_project}),
              QStringLiteral("2017-01-01"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM expert")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM objective")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM component")), 2);
}

TEST_F(EditDialogsTest, ARefusedChangeKeepsTheDialogOpenWithTheMessage)
{
    actions().newRecord(RecordKind::Component, m_project);
    auto* dialog = openDialog<ComponentDialog>();
    ASSERT_NE(dialog, nullptr);
    typeText(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Labour market"));
    // Another window adds component 3 meanwhile: the store refuses, the officer keeps the input.
    ASSERT_TRUE(store().addComponent(Component{0, m_project, 3, QStringLiteral("Elsewhere"), {}}).ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickOk(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Not saved"));
    EXPECT_EQ(document().undoStack()->count(), 0);
    dialog->reject();
}

} // namespace
} // namespace sd::test
