// Two officers marking one activity from two sign-in sheets: two documents on one programme, on a
// file and on the server (Backends.h). Their saves merge cell by cell; only a cell both changed to
// different marks is a conflict, and then nothing at all is written. Undo and redo of attendance,
// enrolment, import and merge steps are refused over the other's later changes, and the step stays
// in the history.

#include "Backends.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "SmallProgramme.h"
#include "commands/EnrolCommand.h"
#include "commands/ImportCommand.h"
#include "commands/MergeCommand.h"
#include "commands/SaveAttendanceCommand.h"
#include "commands/UnenrolCommand.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <QVariant>

namespace sd::test {
namespace {

using Change = SaveAttendanceCommand::Change;

class AttendanceMergeTest : public ::testing::TestWithParam<Backend>, protected SmallProgramme
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("programme.sdesk"));
        {
            Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(path);
            ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            writeSmallProgramme((*created)->store());
            ASSERT_FALSE(HasFatalFailure());
            writeMarksAndSecondActivity((*created)->store());
            ASSERT_FALSE(HasFatalFailure());
        }
        m_reader = m_place.open(GetParam(), path);
        ASSERT_NE(m_reader, nullptr);
        m_mine = openDocument();
        m_theirs = openDocument();
        ASSERT_TRUE(m_mine && m_theirs);
        for (ProgrammeDocument* document : {m_mine.get(), m_theirs.get()}) {
            QStringList* failures = document == m_mine.get() ? &m_myFailures : &m_theirFailures;
            QObject::connect(
                document, &ProgrammeDocument::commandFailed,
                [failures](const QString& title, const QString& message) { *failures << title << message; });
        }
        m_ana = m_enrolments[0];
        m_jose = m_enrolments[1];
        m_maria = m_enrolments[2];
    }

    void TearDown() override
    {
        m_mine.reset();
        m_theirs.reset();
    }

    std::unique_ptr<ProgrammeDocument> openDocument()
    {
        const Result<ProgrammeLocation> where = ProgrammeLocation::parse(m_place.address());
        EXPECT_TRUE(where.ok());
        if (!where)
            return nullptr;
        Result<std::unique_ptr<ProgrammeDocument>> opened = ProgrammeDocument::open(*where);
        EXPECT_TRUE(opened.ok()) << (opened ? std::string() : opened.error().message.toStdString());
        return opened ? std::move(opened).value() : nullptr;
    }

    // A sheet's save: the changes it holds, each from the mark it read to the one it writes.
    Status save(ProgrammeDocument& document, const QList<Change>& changes)
    {
        const Activity activity = valueOf(document.store().activity(m_activity));
        return DocumentCommand::push(
            document, std::make_unique<SaveAttendanceCommand>(document, activity, m_sessions, changes));
    }

    // The mark in the programme now ("" for none), on the test's own connection.
    QString markOf(Id enrolment, int session)
    {
        QSqlQuery query(m_reader->connection());
        query.prepare(
            QStringLiteral("SELECT status FROM attendance WHERE enrolment_id = ? AND session_id = ?"));
        query.addBindValue(enrolment);
        query.addBindValue(m_sessions[session].id);
        EXPECT_TRUE(query.exec());
        return query.next() ? query.value(0).toString() : QString();
    }

    qint64 count(const QString& sql, Id id)
    {
        QSqlQuery query(m_reader->connection());
        query.prepare(sql);
        query.addBindValue(id);
        EXPECT_TRUE(query.exec());
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    QStringList dumpAll() { return dumpContent(m_reader->connection()); }

    TempDir m_dir;
    BackendPlace m_place;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<ProgrammeDocument> m_mine;
    std::unique_ptr<ProgrammeDocument> m_theirs;
    QStringList m_myFailures;
    QStringList m_theirFailures;
    // 2.1's enrolments: Ana and María present on the first day and late on the second, José unmarked.
    Id m_ana = 0;
    Id m_jose = 0;
    Id m_maria = 0;
};

INSTANTIATE_TEST_SUITE_P(Backends, AttendanceMergeTest, bothBackends(), backendName);

constexpr auto kPresent = AttendanceStatus::Present;
constexpr auto kLate = AttendanceStatus::Late;
constexpr auto kExcused = AttendanceStatus::Excused;
constexpr auto kAbsent = AttendanceStatus::Absent;

TEST_P(AttendanceMergeTest, TwoSheetsMarkingDifferentCellsOfOneSessionBothSave)
{
    // Both sheets were read before either saved.
    const QList<Change> mine{{m_ana, m_sessions[0].id, kPresent, kAbsent}};
    const QList<Change> theirs{{m_jose, m_sessions[0].id, std::nullopt, kExcused},
                               {m_maria, m_sessions[2].id, std::nullopt, kLate}};
    ASSERT_TRUE(save(*m_theirs, theirs).ok());
    const Status saved = save(*m_mine, mine);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("absent"));
    EXPECT_EQ(markOf(m_jose, 0), QStringLiteral("excused"));
    EXPECT_EQ(markOf(m_maria, 2), QStringLiteral("late"));
    // The cells neither sheet changed are as they were.
    EXPECT_EQ(markOf(m_maria, 0), QStringLiteral("present"));
    EXPECT_EQ(markOf(m_ana, 1), QStringLiteral("late"));
    EXPECT_EQ(m_mine->undoStack()->count(), 1);

    // Each undoes its own cells only.
    m_mine->undoStack()->undo();
    EXPECT_TRUE(m_myFailures.isEmpty()) << m_myFailures.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("present"));
    EXPECT_EQ(markOf(m_jose, 0), QStringLiteral("excused"));
}

TEST_P(AttendanceMergeTest, TheSameCellChangedDifferentlyIsAConflictAndNothingIsWritten)
{
    ASSERT_TRUE(save(*m_theirs, {{m_ana, m_sessions[0].id, kPresent, kLate}}).ok());
    const QStringList before = dumpAll();

    // My sheet, read before their save: Ana absent (their cell too) and José excused (mine alone).
    const Status refused = save(*m_mine, {{m_ana, m_sessions[0].id, kPresent, kAbsent},
                                          {m_jose, m_sessions[0].id, std::nullopt, kExcused}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Someone else changed 1 of your marks in activity 2.1 since this sheet was "
                             "opened (Ana Lucía Ramírez Soto on 13 Mar 2017), so none of your marks were "
                             "saved."));
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(markOf(m_jose, 0), QString());
    EXPECT_EQ(m_mine->undoStack()->count(), 0);

    // Read again, the sheet starts Ana's cell from their mark: my choice now goes through.
    const Status again = save(*m_mine, {{m_ana, m_sessions[0].id, kLate, kAbsent},
                                        {m_jose, m_sessions[0].id, std::nullopt, kExcused}});
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("absent"));
    EXPECT_EQ(markOf(m_jose, 0), QStringLiteral("excused"));
}

TEST_P(AttendanceMergeTest, TheSameChangeOnBothSidesIsNoConflict)
{
    ASSERT_TRUE(save(*m_theirs, {{m_ana, m_sessions[0].id, kPresent, kAbsent}}).ok());
    const Status saved = save(*m_mine, {{m_ana, m_sessions[0].id, kPresent, kAbsent},
                                        {m_jose, m_sessions[0].id, std::nullopt, kExcused}});
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("absent"));
    EXPECT_EQ(markOf(m_jose, 0), QStringLiteral("excused"));

    // Ana's mark was theirs already: my undo takes back José's only.
    m_mine->undoStack()->undo();
    EXPECT_TRUE(m_myFailures.isEmpty()) << m_myFailures.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("absent"));
    EXPECT_EQ(markOf(m_jose, 0), QString());
}

TEST_P(AttendanceMergeTest, AMarkForAnEnrolmentRemovedMeanwhileIsAConflict)
{
    const Activity activity = valueOf(m_theirs->store().activity(m_activity));
    ASSERT_TRUE(DocumentCommand::push(
                    *m_theirs, std::make_unique<UnenrolCommand>(*m_theirs, activity, QList<Id>{m_jose}))
                    .ok());
    const QStringList before = dumpAll();
    const Status refused = save(*m_mine, {{m_ana, m_sessions[0].id, kPresent, kAbsent},
                                          {m_jose, m_sessions[0].id, std::nullopt, kExcused}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("a participant no longer enrolled")))
        << refused.error().message.toStdString();
    EXPECT_EQ(dumpAll(), before);
}

TEST_P(AttendanceMergeTest, UndoOverTheirLaterMarkIsRefusedAndTheStepStays)
{
    ASSERT_TRUE(save(*m_mine, {{m_ana, m_sessions[0].id, kPresent, kAbsent},
                               {m_jose, m_sessions[0].id, std::nullopt, kExcused}})
                    .ok());
    // They read the sheet after my save and change Ana's mark again.
    ASSERT_TRUE(save(*m_theirs, {{m_ana, m_sessions[0].id, kAbsent, kLate}}).ok());
    const QStringList before = dumpAll();

    QUndoStack* stack = m_mine->undoStack();
    stack->undo();
    ASSERT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(m_myFailures[0], QStringLiteral("Undo refused"));
    EXPECT_EQ(m_myFailures[1],
              QStringLiteral("“Record 2 attendance marks on 13 Mar 2017” was not undone: Someone else "
                             "changed 1 of the marks of activity 2.1 since (Ana Lucía Ramírez Soto on 13 "
                             "Mar 2017); nothing was written. The step stays in the undo history."));
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(markOf(m_jose, 0), QStringLiteral("excused"));
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->index(), 1);
    EXPECT_TRUE(stack->canUndo());

    // Once they have taken theirs back, mine undoes.
    m_theirs->undoStack()->undo();
    ASSERT_TRUE(m_theirFailures.isEmpty()) << m_theirFailures.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("absent"));
    stack->undo();
    EXPECT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(stack->index(), 0);
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("present"));
    EXPECT_EQ(markOf(m_jose, 0), QString());

    // Redo is checked the same way: they mark José meanwhile.
    ASSERT_TRUE(save(*m_theirs, {{m_jose, m_sessions[0].id, std::nullopt, kPresent}}).ok());
    stack->redo();
    ASSERT_EQ(m_myFailures.size(), 4);
    EXPECT_EQ(m_myFailures[2], QStringLiteral("Redo refused"));
    EXPECT_EQ(stack->index(), 0);
    EXPECT_TRUE(stack->canRedo());
    EXPECT_EQ(markOf(m_jose, 0), QStringLiteral("present"));
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("present"));
}

TEST_P(AttendanceMergeTest, UndoingAnEnrolmentTheyHaveMarkedSinceIsRefused)
{
    const Activity activity = valueOf(m_mine->store().activity(m_activity));
    auto command = std::make_unique<EnrolCommand>(*m_mine, activity, QList<Id>{m_pedro});
    EnrolCommand* enrol = command.get();
    ASSERT_TRUE(DocumentCommand::push(*m_mine, std::move(command)).ok());
    ASSERT_EQ(enrol->enrolmentIds().size(), 1);
    const Id pedro = enrol->enrolmentIds().first();
    ASSERT_TRUE(save(*m_theirs, {{pedro, m_sessions[0].id, std::nullopt, kPresent}}).ok());
    const QStringList before = dumpAll();

    m_mine->undoStack()->undo();
    ASSERT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(m_myFailures[0], QStringLiteral("Undo refused"));
    EXPECT_TRUE(m_myFailures[1].contains(QStringLiteral("Pedro Zúñiga Pérez")))
        << m_myFailures[1].toStdString();
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(markOf(pedro, 0), QStringLiteral("present"));
    EXPECT_EQ(m_mine->undoStack()->index(), 1);

    // Their mark taken back, the enrolment can be undone.
    m_theirs->undoStack()->undo();
    m_mine->undoStack()->undo();
    EXPECT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM enrolment WHERE id = ?"), pedro), 0);
}

TEST_P(AttendanceMergeTest, UndoingAnUnenrolOfSomeoneTheyEnrolledAgainIsRefused)
{
    const Activity activity = valueOf(m_mine->store().activity(m_activity));
    ASSERT_TRUE(
        DocumentCommand::push(*m_mine, std::make_unique<UnenrolCommand>(*m_mine, activity, QList<Id>{m_ana}))
            .ok());
    ASSERT_TRUE(DocumentCommand::push(*m_theirs,
                                      std::make_unique<EnrolCommand>(*m_theirs, activity, QList<Id>{m_ana}))
                    .ok());
    const QStringList before = dumpAll();

    m_mine->undoStack()->undo();
    ASSERT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(m_myFailures[0], QStringLiteral("Undo refused"));
    EXPECT_TRUE(m_myFailures[1].contains(QStringLiteral("Ana Lucía Ramírez Soto")))
        << m_myFailures[1].toStdString();
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(m_mine->undoStack()->index(), 1);

    m_theirs->undoStack()->undo();
    m_mine->undoStack()->undo();
    EXPECT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(markOf(m_ana, 0), QStringLiteral("present"));
    EXPECT_EQ(markOf(m_ana, 1), QStringLiteral("late"));
}

TEST_P(AttendanceMergeTest, UndoingAMergeWhoseKeptRecordTheyChangedSinceIsRefused)
{
    ASSERT_TRUE(
        DocumentCommand::push(*m_mine, std::make_unique<MergeCommand>(*m_mine, m_maria, m_pedro)).ok());
    Participant maria = valueOf(m_theirs->store().participant(m_maria));
    maria.region = QStringLiteral("Yucatán");
    ASSERT_TRUE(m_theirs->store().updateParticipant(maria).ok());
    const QStringList before = dumpAll();

    m_mine->undoStack()->undo();
    ASSERT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(m_myFailures[0], QStringLiteral("Undo refused"));
    EXPECT_TRUE(m_myFailures[1].contains(QStringLiteral("María José Hernández Ruiz")))
        << m_myFailures[1].toStdString();
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(m_mine->undoStack()->index(), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), m_pedro), 0);
}

// Without anyone else's change, a merge still undoes and redoes as before, also twice.
TEST_P(AttendanceMergeTest, AMergeNobodyElseTouchedUndoesAndRedoes)
{
    ASSERT_TRUE(
        DocumentCommand::push(*m_mine, std::make_unique<MergeCommand>(*m_mine, m_maria, m_pedro)).ok());
    QUndoStack* stack = m_mine->undoStack();
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), m_pedro), 1);
        stack->redo();
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), m_pedro), 0);
    }
    EXPECT_TRUE(m_myFailures.isEmpty()) << m_myFailures.join(QLatin1Char(' ')).toStdString();
}

// My import fills in Ana's e-mail and adds Rosa; they then change Rosa's region. Undoing the import
// would delete Rosa with their change: refused, and the step stays. As for one record's edit, the
// versions decide: their change taken back is a change too.
TEST_P(AttendanceMergeTest, UndoingAnImportWhosePersonTheyChangedSinceIsRefused)
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
    const ImportPlan plan = valueOf(m_mine->queries().planImport(list, QStringLiteral("list.csv"), options));
    ASSERT_TRUE(
        DocumentCommand::push(*m_mine, std::make_unique<ImportCommand>(*m_mine, plan, list, options)).ok());
    QUndoStack* stack = m_mine->undoStack();
    // Undone and redone by me alone, it goes through.
    stack->undo();
    stack->redo();
    ASSERT_TRUE(m_myFailures.isEmpty()) << m_myFailures.join(QLatin1Char(' ')).toStdString();

    QSqlQuery query(m_reader->connection());
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT id FROM participant WHERE family_names = 'Núñez Castillo'")));
    ASSERT_TRUE(query.next());
    const Id rosa = query.value(0).toLongLong();
    Participant changed = valueOf(m_theirs->store().participant(rosa));
    const Participant before = changed;
    changed.region = QStringLiteral("Chiapas");
    ASSERT_TRUE(m_theirs->store().updateParticipant(changed).ok());
    const QStringList dump = dumpAll();

    stack->undo();
    ASSERT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(m_myFailures[0], QStringLiteral("Undo refused"));
    EXPECT_TRUE(m_myFailures[1].contains(QStringLiteral("Rosa María Núñez Castillo")))
        << m_myFailures[1].toStdString();
    EXPECT_EQ(dumpAll(), dump);
    EXPECT_EQ(stack->index(), 1);

    Participant back = valueOf(m_theirs->store().participant(rosa));
    back.region = before.region;
    ASSERT_TRUE(m_theirs->store().updateParticipant(back).ok());
    // Their change taken back is still a change: the version moved on, so undo stays refused.
    stack->undo();
    EXPECT_EQ(m_myFailures.size(), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), rosa), 1);
}

} // namespace
} // namespace sd::test
