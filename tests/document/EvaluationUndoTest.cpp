// The evaluation sheet's save as an undo step, on a file and on the server (Backends.h): two
// documents on one programme, as two officers. A save based on answers the other changed since is a
// conflict and writes nothing; undo is refused over the other's later change. The answers go with an
// unenrolment, a deleted participant or activity, and come back with its undo; a merge moves them
// with a moved enrolment and refuses to drop them with a combined one. The design is checked in the
// activity's write: a maximum below an entered score is refused.

#include "Backends.h"
#include "ProgrammeDocument.h"
#include "SmallProgramme.h"
#include "commands/MergeCommand.h"
#include "commands/SaveEvaluationCommand.h"
#include "commands/UnenrolCommand.h"
#include "storage/EvaluationStore.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <QVariant>

namespace sd::test {
namespace {

using Change = SaveEvaluationCommand::Change;

class EvaluationUndoTest : public ::testing::TestWithParam<Backend>, protected SmallProgramme
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("programme.sdesk"));
        {
            Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(path);
            ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            ProgrammeStore& s = (*created)->store();
            writeSmallProgramme(s);
            ASSERT_FALSE(HasFatalFailure());
            writeMarksAndSecondActivity(s);
            ASSERT_FALSE(HasFatalFailure());
            Activity design = valueOf(s.activity(m_activity));
            design.testMaxScore = 20;
            design.satisfactionSurvey = true;
            design.followUp = true;
            ASSERT_TRUE(s.updateActivity(design, valueOf(s.sessions(m_activity))).ok());
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

    // The answers a sheet read for an enrolment, in the document's own connection.
    std::optional<EvaluationAnswers> readAnswers(ProgrammeDocument& document, Id enrolment)
    {
        const QList<EvaluationStore::Line> sheet =
            valueOf(EvaluationStore(document.store().database()).sheet(m_activity));
        for (const EvaluationStore::Line& line : sheet) {
            if (line.enrolmentId == enrolment)
                return line.answers;
        }
        return std::nullopt;
    }

    static EvaluationAnswers answers(Id enrolment, double pre, std::optional<double> post = std::nullopt)
    {
        EvaluationAnswers a;
        a.enrolmentId = enrolment;
        a.preScore = pre;
        a.postScore = post;
        a.satisfactionOverall = 4;
        a.comment = QStringLiteral("Useful cases");
        return a;
    }

    Status save(ProgrammeDocument& document, const QList<Change>& changes)
    {
        const Activity activity = valueOf(document.store().activity(m_activity));
        return DocumentCommand::push(document,
                                     std::make_unique<SaveEvaluationCommand>(document, activity, changes));
    }

    // The pre-test score in the programme now (-1: no row), on the test's own connection.
    double preOf(Id enrolment)
    {
        QSqlQuery query(m_reader->connection());
        query.prepare(QStringLiteral("SELECT pre_score FROM evaluation WHERE enrolment_id = ?"));
        query.addBindValue(enrolment);
        EXPECT_TRUE(query.exec());
        return query.next() ? query.value(0).toDouble() : -1;
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery query(m_reader->connection());
        EXPECT_TRUE(query.exec(sql));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    TempDir m_dir;
    BackendPlace m_place;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<ProgrammeDocument> m_mine;
    std::unique_ptr<ProgrammeDocument> m_theirs;
    QStringList m_myFailures;
    QStringList m_theirFailures;
};

INSTANTIATE_TEST_SUITE_P(Backends, EvaluationUndoTest, bothBackends(), backendName);

TEST_P(EvaluationUndoTest, ASaveIsOneStepThatUndoesAndRedoes)
{
    const Id ana = m_enrolments[0];
    const Id jose = m_enrolments[1];
    ASSERT_TRUE(save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 8, 17)},
                               {jose, QStringLiteral("José"), std::nullopt, answers(jose, 12)}})
                    .ok());
    EXPECT_EQ(preOf(ana), 8);
    EXPECT_EQ(preOf(jose), 12);
    EXPECT_EQ(m_mine->undoStack()->count(), 1);
    // The change log says which activity and how many persons, never who or what.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE description = "
                                   "'evaluation of activity#%1[2.1] changed: 2 persons'")
                        .arg(m_activity)),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE description LIKE '%Useful%'")), 0);

    QUndoStack* stack = m_mine->undoStack();
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        EXPECT_EQ(preOf(ana), -1);
        EXPECT_EQ(preOf(jose), -1);
        stack->redo();
        EXPECT_EQ(preOf(ana), 8);
        EXPECT_EQ(preOf(jose), 12);
    }
    EXPECT_TRUE(m_myFailures.isEmpty()) << m_myFailures.join(QLatin1Char(' ')).toStdString();
}

TEST_P(EvaluationUndoTest, ASaveOverAnswersTheyChangedSinceIsAConflictAndWritesNothing)
{
    const Id ana = m_enrolments[0];
    const Id maria = m_enrolments[2];
    // Both sheets read Ana without answers; they save first.
    ASSERT_TRUE(save(*m_theirs, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 10)}}).ok());
    const Status mine =
        save(*m_mine, {{maria, QStringLiteral("María"), std::nullopt, answers(maria, 5)},
                       {ana, QStringLiteral("Ana Lucía Ramírez Soto"), std::nullopt, answers(ana, 14)}});
    ASSERT_FALSE(mine.ok());
    EXPECT_EQ(mine.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_TRUE(mine.error().message.contains(QStringLiteral("Ana Lucía Ramírez Soto")))
        << mine.error().message.toStdString();
    EXPECT_EQ(preOf(ana), 10);
    EXPECT_EQ(preOf(maria), -1); // not half applied
    EXPECT_EQ(m_mine->undoStack()->count(), 0);

    // Read again, based on theirs, my answers go through.
    const std::optional<EvaluationAnswers> theirs = readAnswers(*m_mine, ana);
    ASSERT_TRUE(theirs.has_value());
    ASSERT_TRUE(save(*m_mine, {{ana, QStringLiteral("Ana"), theirs, answers(ana, 14)}}).ok());
    EXPECT_EQ(preOf(ana), 14);
}

TEST_P(EvaluationUndoTest, TheSameAnswersOnBothSidesAreNoConflict)
{
    const Id ana = m_enrolments[0];
    ASSERT_TRUE(save(*m_theirs, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 10)}}).ok());
    ASSERT_TRUE(save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 10)}}).ok());
    // Mine changed nothing, so my undo leaves their answers.
    m_mine->undoStack()->undo();
    EXPECT_EQ(preOf(ana), 10);
}

TEST_P(EvaluationUndoTest, UndoOverTheirLaterChangeIsRefusedAndTheStepStays)
{
    const Id ana = m_enrolments[0];
    ASSERT_TRUE(save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 8)}}).ok());
    const std::optional<EvaluationAnswers> mine = readAnswers(*m_theirs, ana);
    ASSERT_TRUE(save(*m_theirs, {{ana, QStringLiteral("Ana"), mine, answers(ana, 9)}}).ok());

    m_mine->undoStack()->undo();
    ASSERT_EQ(m_myFailures.size(), 2);
    EXPECT_EQ(m_myFailures[0], QStringLiteral("Undo refused"));
    EXPECT_EQ(preOf(ana), 9);
    EXPECT_EQ(m_mine->undoStack()->index(), 1);

    // Once they take theirs back, mine undoes.
    m_theirs->undoStack()->undo();
    EXPECT_EQ(preOf(ana), 8);
    m_mine->undoStack()->undo();
    EXPECT_EQ(preOf(ana), -1);
}

TEST_P(EvaluationUndoTest, AnAnswerOutsideTheDesignIsRefused)
{
    const Id ana = m_enrolments[0];
    EvaluationAnswers bad = answers(ana, 21);
    Status saved = save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, bad}});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::BadInput);
    bad = answers(ana, 20);
    bad.satisfactionExperts = 6;
    saved = save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, bad}});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(preOf(ana), -1);
}

TEST_P(EvaluationUndoTest, TheDesignKeepsAMaximumAtLeastTheHighestScore)
{
    const Id ana = m_enrolments[0];
    ASSERT_TRUE(save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 8, 18)}}).ok());
    ProgrammeStore& store = m_mine->store();
    const QList<Session> sessions = valueOf(store.sessions(m_activity));
    Activity design = valueOf(store.activity(m_activity));
    design.testMaxScore = 15;
    Status changed = store.updateActivity(design, sessions);
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(changed.error().message.contains(QStringLiteral("above")))
        << changed.error().message.toStdString();
    design.testMaxScore = 0; // no test at all, with scores entered
    changed = store.updateActivity(design, sessions);
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM activity WHERE test_max_score = 20")), 1);

    design = valueOf(store.activity(m_activity));
    design.testMaxScore = 18; // as high as the highest score: fine
    design.masteryThresholdPct = 80;
    changed = store.updateActivity(design, sessions);
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    design = valueOf(store.activity(m_activity));
    design.masteryThresholdPct = 101;
    EXPECT_FALSE(store.updateActivity(design, sessions).ok());
}

TEST_P(EvaluationUndoTest, UnenrollingTakesTheAnswersAndUndoBringsThemBack)
{
    const Id ana = m_enrolments[0];
    ASSERT_TRUE(save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 8, 17)}}).ok());
    const Activity activity = valueOf(m_mine->store().activity(m_activity));
    const Status removed =
        DocumentCommand::push(*m_mine, std::make_unique<UnenrolCommand>(*m_mine, activity, QList<Id>{ana}));
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    EXPECT_EQ(preOf(ana), -1);
    m_mine->undoStack()->undo();
    EXPECT_EQ(preOf(ana), 8);
    const std::optional<EvaluationAnswers> back = readAnswers(*m_mine, ana);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->postScore, 17.0);
    EXPECT_EQ(back->comment, QStringLiteral("Useful cases"));
    EXPECT_TRUE(m_myFailures.isEmpty()) << m_myFailures.join(QLatin1Char(' ')).toStdString();
}

TEST_P(EvaluationUndoTest, DeletingAPersonOrTheActivityTakesTheAnswersAndUndoBringsThemBack)
{
    const Id ana = m_enrolments[0];
    const Id jose = m_enrolments[1];
    ASSERT_TRUE(save(*m_mine, {{ana, QStringLiteral("Ana"), std::nullopt, answers(ana, 8)},
                               {jose, QStringLiteral("José"), std::nullopt, answers(jose, 12)}})
                    .ok());
    ASSERT_TRUE(m_mine->deleteRecord(RecordKind::Participant, m_jose).ok());
    EXPECT_EQ(preOf(jose), -1);
    EXPECT_EQ(preOf(ana), 8);
    const Status deleted = m_mine->deleteRecord(RecordKind::Activity, m_activity);
    ASSERT_TRUE(deleted.ok()) << deleted.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evaluation")), 0);

    m_mine->undoStack()->undo();
    EXPECT_EQ(preOf(ana), 8);
    m_mine->undoStack()->undo();
    EXPECT_EQ(preOf(jose), 12);
    EXPECT_TRUE(m_myFailures.isEmpty()) << m_myFailures.join(QLatin1Char(' ')).toStdString();
}

TEST_P(EvaluationUndoTest, AMergeMovesTheAnswersOfAMovedEnrolment)
{
    const Id jose = m_enrolments[1];
    ASSERT_TRUE(save(*m_mine, {{jose, QStringLiteral("José"), std::nullopt, answers(jose, 12)}}).ok());
    // Pedro, not enrolled, is kept: José's enrolment moves to him with its answers.
    ASSERT_TRUE(
        DocumentCommand::push(*m_mine, std::make_unique<MergeCommand>(*m_mine, m_pedro, m_jose)).ok());
    EXPECT_EQ(preOf(jose), 12);
    EXPECT_EQ(count(QStringLiteral("SELECT participant_id FROM enrolment WHERE id = %1").arg(jose)), m_pedro);
    m_mine->undoStack()->undo();
    EXPECT_EQ(count(QStringLiteral("SELECT participant_id FROM enrolment WHERE id = %1").arg(jose)), m_jose);
    EXPECT_EQ(preOf(jose), 12);
}

TEST_P(EvaluationUndoTest, AMergeThatWouldDropTheMergedAwayPersonsAnswersIsRefused)
{
    const Id jose = m_enrolments[1];
    ASSERT_TRUE(save(*m_mine, {{jose, QStringLiteral("José"), std::nullopt, answers(jose, 12)}}).ok());
    // Ana and José are both enrolled in 2.1: José's enrolment would be combined into Ana's.
    const Status merged =
        DocumentCommand::push(*m_mine, std::make_unique<MergeCommand>(*m_mine, m_ana, m_jose));
    ASSERT_FALSE(merged.ok());
    EXPECT_TRUE(merged.error().message.contains(QStringLiteral("evaluation answers")))
        << merged.error().message.toStdString();
    EXPECT_EQ(preOf(jose), 12);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM participant WHERE id = %1").arg(m_jose)), 1);
}

} // namespace
} // namespace sd::test
