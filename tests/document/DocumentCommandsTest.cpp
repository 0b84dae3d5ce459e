// The document's other undo steps (attendance, walk-ins, enrolments, imports, merges) and what
// the document says when an undo cannot be written because another program removed what it
// needs.

#include "DocumentFixture.h"
#include "ProgrammeQueries.h"
#include "commands/EnrolCommand.h"
#include "commands/ImportCommand.h"
#include "commands/MergeCommand.h"
#include "commands/SaveAttendanceCommand.h"
#include "commands/UnenrolCommand.h"

#include <QSqlQuery>
#include <QUndoStack>

namespace sd::test {
namespace {

class DocumentCommandsTest : public DocumentFixture
{
protected:
    Id enrolmentOf(Id participant, Id activity)
    {
        return scalar(QStringLiteral("SELECT id FROM enrolment WHERE participant_id = ? AND activity_id = ?"),
                      {participant, activity});
    }

    QString markOf(Id participant, const Session& session)
    {
        return text(QStringLiteral("SELECT status FROM attendance WHERE enrolment_id = ? AND session_id = ?"),
                    {enrolmentOf(participant, session.activityId), session.id});
    }

    Activity activity() { return valueOf(store().activity(m_activity)); }

    Status push(std::unique_ptr<DocumentCommand> command)
    {
        return DocumentCommand::push(document(), std::move(command));
    }

    // Rosa, new, of a new institution (OFT), and Pedro, stored: enrolment stand-ins -1 and -2.
    SaveAttendanceCommand::Arrivals walkIns()
    {
        SaveAttendanceCommand::Arrivals arrivals;
        Institution office;
        office.id = -1;
        office.name = QStringLiteral("Oficina de Trámites");
        office.acronym = QStringLiteral("OFT");
        office.type = InstitutionType::State;
        office.country = QStringLiteral("Mexico");
        arrivals.institutions.append(office);
        Participant rosa;
        rosa.id = -1;
        rosa.givenNames = QStringLiteral("Rosa María");
        rosa.familyNames = QStringLiteral("Núñez Castillo");
        rosa.gender = Gender::Female;
        rosa.institutionId = -1;
        arrivals.participants.append(rosa);
        arrivals.enrolments.append({-1, m_activity, -1});
        arrivals.enrolments.append({-2, m_activity, m_pedro});
        return arrivals;
    }

    // Ana present → absent and José unmarked → excused, on the first day.
    QList<SaveAttendanceCommand::Change> someChanges()
    {
        return {{enrolmentOf(m_ana, m_activity), m_sessions[0].id, AttendanceStatus::Present,
                 AttendanceStatus::Absent},
                {enrolmentOf(m_jose, m_activity), m_sessions[0].id, std::nullopt, AttendanceStatus::Excused}};
    }

    // The sheet is read, then another program runs sql on the file, changing a cell the sheet changes
    // too: saving the sheet's changes (and arrivals) is refused, and neither the file nor the undo
    // stack changes.
    void expectConflictAfter(const QString& sql, const SaveAttendanceCommand::Arrivals& arrivals)
    {
        {
            const std::unique_ptr<Database> other = otherConnection();
            ASSERT_NE(other, nullptr);
            QSqlQuery query(other->connection());
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
        }
        const QStringList before = dumpAll();
        auto command = std::make_unique<SaveAttendanceCommand>(document(), activity(), m_sessions,
                                                               someChanges(), arrivals);
        const Status saved = push(std::move(command));
        ASSERT_FALSE(saved.ok());
        EXPECT_EQ(saved.error().kind, ErrorKind::ChangedElsewhere);
        EXPECT_EQ(dumpAll(), before);
        EXPECT_EQ(document().undoStack()->count(), 0);
    }
};

TEST_F(DocumentCommandsTest, SavedAttendanceIsOneStepThatUndoesEveryMark)
{
    const QStringList before = dumpAll();
    auto command = std::make_unique<SaveAttendanceCommand>(document(), activity(), m_sessions, someChanges());
    ASSERT_TRUE(push(std::move(command)).ok());
    EXPECT_EQ(markOf(m_ana, m_sessions[0]), QStringLiteral("absent"));
    EXPECT_EQ(markOf(m_jose, m_sessions[0]), QStringLiteral("excused"));
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Record 2 attendance marks on 13 Mar 2017"));
    expectRoundTrip(before, dumpAll());
    EXPECT_EQ(markOf(m_ana, m_sessions[0]), QStringLiteral("present"));
    EXPECT_EQ(markOf(m_jose, m_sessions[0]), QString());
}

TEST_F(DocumentCommandsTest, AMarkChangedByAnotherProgramSinceTheSheetWasReadIsNotSavedOver)
{
    expectConflictAfter(QStringLiteral("UPDATE attendance SET status = 'late' WHERE session_id = %1 AND "
                                       "enrolment_id = %2")
                            .arg(m_sessions[0].id)
                            .arg(enrolmentOf(m_ana, m_activity)),
                        {});
}

// Two walk-ins saved with the sheet: Rosa, new, of a new institution, present on the first day and
// late on the second; Pedro, stored but not enrolled, enrolled on the spot and present on the first
// day; and a mark of a participant enrolled before. One transaction, one step; undo takes the walk-ins
// out with their marks and the institution, redo writes them back with the same ids.
TEST_F(DocumentCommandsTest, WalkInsAreSavedWithTheMarksAsOneStep)
{
    const QStringList before = dumpAll();
    SaveAttendanceCommand::Arrivals arrivals = walkIns();
    QList<SaveAttendanceCommand::Change> changes = someChanges();
    changes.append({-1, m_sessions[0].id, std::nullopt, AttendanceStatus::Present});
    changes.append({-1, m_sessions[1].id, std::nullopt, AttendanceStatus::Late});
    changes.append({-2, m_sessions[0].id, std::nullopt, AttendanceStatus::Present});
    auto command =
        std::make_unique<SaveAttendanceCommand>(document(), activity(), m_sessions, changes, arrivals);
    ASSERT_TRUE(push(std::move(command)).ok());

    const Id rosa = scalar(QStringLiteral("SELECT id FROM participant WHERE family_names = ?"),
                           {QStringLiteral("Núñez Castillo")});
    ASSERT_GT(rosa, 0);
    const Id office = scalar(QStringLiteral("SELECT id FROM institution WHERE acronym = 'OFT'"));
    ASSERT_GT(office, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT institution_id FROM participant WHERE id = ?"), {rosa}), office);
    EXPECT_EQ(markOf(rosa, m_sessions[0]), QStringLiteral("present"));
    EXPECT_EQ(markOf(rosa, m_sessions[1]), QStringLiteral("late"));
    EXPECT_EQ(markOf(m_pedro, m_sessions[0]), QStringLiteral("present"));
    EXPECT_EQ(markOf(m_ana, m_sessions[0]), QStringLiteral("absent"));
    EXPECT_EQ(markOf(m_jose, m_sessions[0]), QStringLiteral("excused"));
    EXPECT_EQ(document().undoStack()->count(), 1);
    EXPECT_EQ(document().undoStack()->undoText(),
              QStringLiteral("Add 2 walk-ins to 2.1 with 5 attendance marks"));
    EXPECT_TRUE(store().lastChange()->startsWith(QStringLiteral("attendance 2.1")));
    const Id rosaEnrolment = enrolmentOf(rosa, m_activity);
    const Id pedroEnrolment = enrolmentOf(m_pedro, m_activity);

    const QStringList after = dumpAll();
    expectRoundTrip(before, after);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), {rosa}), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM institution WHERE id = ?"), {office}), 0);
    EXPECT_LE(enrolmentOf(m_pedro, m_activity), 0);
    EXPECT_EQ(markOf(m_ana, m_sessions[0]), QStringLiteral("present"));
    document().undoStack()->redo();
    EXPECT_EQ(enrolmentOf(rosa, m_activity), rosaEnrolment);
    EXPECT_EQ(enrolmentOf(m_pedro, m_activity), pedroEnrolment);
    EXPECT_EQ(markOf(rosa, m_sessions[1]), QStringLiteral("late"));
}

// A walk-in without marks is still saved, as an enrolment: they came, nobody marked them yet.
TEST_F(DocumentCommandsTest, AWalkInWithoutMarksIsSavedAndUndone)
{
    const QStringList before = dumpAll();
    SaveAttendanceCommand::Arrivals arrivals;
    arrivals.enrolments.append({-1, m_activity, m_pedro});
    auto command = std::make_unique<SaveAttendanceCommand>(document(), activity(), m_sessions,
                                                           QList<SaveAttendanceCommand::Change>{}, arrivals);
    ASSERT_TRUE(push(std::move(command)).ok());
    EXPECT_GT(enrolmentOf(m_pedro, m_activity), 0);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Add 1 walk-in to 2.1"));
    expectRoundTrip(before, dumpAll());
}

// The store refuses the last part of the save (Pedro is enrolled in 2.1 already by then): the new
// institution, the new participant and the marks written before it are rolled back with it.
TEST_F(DocumentCommandsTest, AWalkInSaveTheStoreRefusesWritesNothing)
{
    ASSERT_TRUE(store().enrol(m_activity, m_pedro).ok());
    const QStringList before = dumpAll();
    QList<SaveAttendanceCommand::Change> changes = someChanges();
    changes.append({-1, m_sessions[0].id, std::nullopt, AttendanceStatus::Present});
    const Status saved =
        push(std::make_unique<SaveAttendanceCommand>(document(), activity(), m_sessions, changes, walkIns()));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(document().undoStack()->count(), 0);
}

// Another program cleared a day's marks, one of them a cell the sheet with the walk-ins changed too:
// nothing is written, walk-ins included, and the error says why (the dialog then reloads, keeping
// the walk-ins).
TEST_F(DocumentCommandsTest, WalkInsAreNotSavedOverAnotherProgramsChange)
{
    expectConflictAfter(QStringLiteral("DELETE FROM attendance WHERE session_id = %1").arg(m_sessions[0].id),
                        walkIns());
}

TEST_F(DocumentCommandsTest, EnrolmentsComeBackWithTheirIdsOnRedo)
{
    const QStringList before = dumpAll();
    auto command = std::make_unique<EnrolCommand>(document(), activity(), QList<Id>{m_pedro, m_jose});
    // José is enrolled already: the store refuses, and nothing of the step is written.
    ASSERT_FALSE(push(std::move(command)).ok());
    EXPECT_EQ(dumpAll(), before);

    auto enrol = std::make_unique<EnrolCommand>(document(), activity(), QList<Id>{m_pedro});
    const EnrolCommand* enrolled = enrol.get();
    ASSERT_TRUE(push(std::move(enrol)).ok());
    ASSERT_EQ(enrolled->enrolmentIds().size(), 1);
    EXPECT_EQ(enrolmentOf(m_pedro, m_activity), enrolled->enrolmentIds().first());
    expectRoundTrip(before, dumpAll());
}

TEST_F(DocumentCommandsTest, UnenrolTakesTheMarksAndUndoPutsThemBack)
{
    const QStringList before = dumpAll();
    const Id enrolment = enrolmentOf(m_maria, m_activity);
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE enrolment_id = ?"), {enrolment}),
              2);
    ASSERT_TRUE(push(std::make_unique<UnenrolCommand>(document(), activity(), QList<Id>{enrolment})).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM enrolment WHERE id = ?"), {enrolment}), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE enrolment_id = ?"), {enrolment}),
              0);
    expectRoundTrip(before, dumpAll());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE enrolment_id = ?"), {enrolment}),
              2);
}

TEST_F(DocumentCommandsTest, AnImportIsOneStepAndRedoWritesTheSameRows)
{
    CsvTable list;
    list.header = {QStringLiteral("Nombre(s)"), QStringLiteral("Apellidos"), QStringLiteral("Institución"),
                   QStringLiteral("Correo")};
    list.rows = {{QStringLiteral("Rosa María"), QStringLiteral("Núñez Castillo"),
                  QStringLiteral("Nueva Oficina"), QStringLiteral("rosa@example.org")},
                 {QStringLiteral("Ana Lucía"), QStringLiteral("Ramírez Soto"), QStringLiteral("INM"),
                  QStringLiteral("ana@example.org")}};
    list.lineNumbers = {2, 3};
    list.encoding = QStringLiteral("UTF-8");
    list.separator = u',';
    ImportOptions options;
    options.projectId = m_project;
    options.activityCode = QStringLiteral("3");
    const ImportPlan plan =
        valueOf(document().queries().planImport(list, QStringLiteral("list.csv"), options));
    EXPECT_EQ(plan.counts().newParticipants, 1);
    EXPECT_EQ(plan.counts().newInstitutions, 1);

    const QStringList before = dumpAll();
    ASSERT_TRUE(push(std::make_unique<ImportCommand>(document(), plan, list, options)).ok());
    // Ana's empty e-mail was filled in; Rosa is new, in a new institution, and enrolled in 3.
    EXPECT_EQ(text(QStringLiteral("SELECT email FROM participant WHERE id = ?"), {m_ana}),
              QStringLiteral("ana@example.org"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM enrolment WHERE activity_id = ?"), {m_second}), 2);
    expectRoundTrip(before, dumpAll());
    EXPECT_EQ(text(QStringLiteral("SELECT email FROM participant WHERE id = ?"), {m_ana}), QString());
}

TEST_F(DocumentCommandsTest, AMergeIsUndoneWithBothRecordsTheirEnrolmentsAndMarks)
{
    // Pedro, registered twice: the second record with an e-mail, enrolled in 2.1 and marked.
    Participant again;
    again.givenNames = QStringLiteral("Pedro");
    again.familyNames = QStringLiteral("Zúñiga Pérez");
    again.email = QStringLiteral("pedro@example.org");
    const Id twice = valueOf(store().addParticipant(again));
    const Id enrolment = valueOf(store().enrol(m_activity, twice));
    ASSERT_TRUE(store().setAttendance({{enrolment, m_sessions[2].id, AttendanceStatus::Present}}).ok());

    const QStringList before = dumpAll();
    ASSERT_TRUE(push(std::make_unique<MergeCommand>(document(), m_pedro, twice)).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), {twice}), 0);
    EXPECT_EQ(text(QStringLiteral("SELECT email FROM participant WHERE id = ?"), {m_pedro}),
              QStringLiteral("pedro@example.org"));
    EXPECT_EQ(markOf(m_pedro, m_sessions[2]), QStringLiteral("present"));
    expectRoundTrip(before, dumpAll());
}

// Another program took Ana out of 2.1, marks and all: the undo would write her mark back to an
// enrolment that is gone. It is refused, nothing is written, and the step stays in the history.
TEST_F(DocumentCommandsTest, UndoThatMeetsARowAnotherProgramRemovedIsRefusedAndLeavesTheFileAlone)
{
    QStringList failures;
    QObject::connect(
        &document(), &ProgrammeDocument::commandFailed,
        [&failures](const QString& title, const QString& message) { failures << title << message; });
    ASSERT_TRUE(
        push(std::make_unique<SaveAttendanceCommand>(document(), activity(), m_sessions, someChanges()))
            .ok());
    const Id enrolment = enrolmentOf(m_ana, m_activity);
    {
        const std::unique_ptr<Database> other = otherConnection();
        ASSERT_NE(other, nullptr);
        QSqlQuery query(other->connection());
        ASSERT_TRUE(
            query.exec(QStringLiteral("DELETE FROM attendance WHERE enrolment_id = %1").arg(enrolment)));
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM enrolment WHERE id = %1").arg(enrolment)));
    }
    const QStringList before = dumpAll();

    QUndoStack* stack = document().undoStack();
    stack->undo();
    ASSERT_EQ(failures.size(), 2);
    EXPECT_EQ(failures[0], QStringLiteral("Undo refused"));
    EXPECT_EQ(failures[1],
              QStringLiteral("“Record 2 attendance marks on 13 Mar 2017” was not undone: Someone else "
                             "changed 1 of the marks of activity 2.1 since (a participant no longer "
                             "enrolled); nothing was written. The step stays in the undo history."));
    EXPECT_EQ(dumpAll(), before);
    EXPECT_TRUE(stack->canUndo());
    EXPECT_EQ(stack->count(), 1);
}

} // namespace
} // namespace sd::test
