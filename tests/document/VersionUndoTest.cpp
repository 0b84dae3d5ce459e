// Undo knows about others: a step whose record someone else has changed since is not undone (or
// redone) over their change. Nothing is written, the document says why, and the step stays where it
// was in the history. Another connection on the same file stands for the other person.

#include "DocumentFixture.h"

#include <QUndoStack>

namespace sd::test {
namespace {

class VersionUndoTest : public DocumentFixture
{
protected:
    void SetUp() override
    {
        DocumentFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        QObject::connect(
            &document(), &ProgrammeDocument::commandFailed,
            [this](const QString& title, const QString& message) { m_failures << title << message; });
    }

    // This window changes Ana's email: one step on the stack.
    void editAnasEmail()
    {
        Participant ana =
            std::get<Participant>(valueOf(document().queries().record(RecordKind::Participant, m_ana)));
        ana.email = QStringLiteral("ana.mine@example.org");
        ASSERT_TRUE(document().editRecord(ana).ok());
    }

    // Another program changes Ana's region, from what the file holds now.
    void anotherProgramChangesAnasRegion(const QString& region)
    {
        const std::unique_ptr<Database> other = otherConnection();
        ASSERT_NE(other, nullptr);
        ProgrammeStore theirs(*other);
        Participant ana = valueOf(theirs.participant(m_ana));
        ana.region = region;
        ASSERT_TRUE(theirs.updateParticipant(ana).ok());
    }

    QString anas(const char* column)
    {
        return text(QStringLiteral("SELECT %1 FROM participant WHERE id = ?").arg(QLatin1String(column)),
                    {m_ana});
    }

    QStringList m_failures;
};

TEST_F(VersionUndoTest, UndoOverAnotherProgramsChangeIsRefusedAndTheStepStays)
{
    editAnasEmail();
    anotherProgramChangesAnasRegion(QStringLiteral("Oaxaca"));
    const QStringList before = dumpAll();

    QUndoStack* stack = document().undoStack();
    stack->undo();
    ASSERT_EQ(m_failures.size(), 2);
    EXPECT_EQ(m_failures[0], QStringLiteral("Undo refused"));
    EXPECT_EQ(m_failures[1],
              QStringLiteral("“Edit participant” was not undone: Participant 'Ana Lucía Ramírez Soto' "
                             "(id %1) was changed by someone else since you opened it; nothing "
                             "was saved; reload it and try again. The step stays in the undo "
                             "history.")
                  .arg(m_ana));
    // Nothing was written: their region and my email are both in the file.
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(anas("region"), QStringLiteral("Oaxaca"));
    EXPECT_EQ(anas("email"), QStringLiteral("ana.mine@example.org"));
    // The step is still there, still to be undone.
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->index(), 1);
    EXPECT_TRUE(stack->canUndo());
    EXPECT_FALSE(stack->canRedo());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Edit participant"));

    // Asked again, it is refused again, and nothing moves.
    stack->undo();
    EXPECT_EQ(m_failures.size(), 4);
    EXPECT_EQ(stack->index(), 1);
    EXPECT_EQ(dumpAll(), before);
}

TEST_F(VersionUndoTest, RedoOverAnotherProgramsChangeIsRefusedAndTheStepStays)
{
    editAnasEmail();
    QUndoStack* stack = document().undoStack();
    stack->undo();
    ASSERT_TRUE(m_failures.isEmpty()) << m_failures.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(anas("email"), QString());
    anotherProgramChangesAnasRegion(QStringLiteral("Yucatán"));
    const QStringList before = dumpAll();

    stack->redo();
    ASSERT_EQ(m_failures.size(), 2);
    EXPECT_EQ(m_failures[0], QStringLiteral("Redo refused"));
    EXPECT_TRUE(m_failures[1].contains(QStringLiteral("was changed by someone else")));
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->index(), 0);
    EXPECT_TRUE(stack->canRedo());
}

TEST_F(VersionUndoTest, UndoAfterOnlyThisWindowsChangesGoesThrough)
{
    editAnasEmail();
    Participant again =
        std::get<Participant>(valueOf(document().queries().record(RecordKind::Participant, m_ana)));
    again.region = QStringLiteral("Campeche");
    ASSERT_TRUE(document().editRecord(again).ok());
    QUndoStack* stack = document().undoStack();
    stack->undo();
    stack->undo();
    EXPECT_TRUE(m_failures.isEmpty()) << m_failures.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(anas("email"), QString());
    EXPECT_EQ(anas("region"), QStringLiteral("Chiapas"));
    stack->redo();
    stack->redo();
    EXPECT_TRUE(m_failures.isEmpty());
    EXPECT_EQ(anas("email"), QStringLiteral("ana.mine@example.org"));
    EXPECT_EQ(anas("region"), QStringLiteral("Campeche"));
}

TEST_F(VersionUndoTest, AnEditFromAnOldReadIsRefusedAndNotPushed)
{
    Participant stale =
        std::get<Participant>(valueOf(document().queries().record(RecordKind::Participant, m_ana)));
    anotherProgramChangesAnasRegion(QStringLiteral("Oaxaca"));
    stale.email = QStringLiteral("ana.mine@example.org");
    const Status refused = document().editRecord(stale);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_EQ(document().undoStack()->count(), 0);
    EXPECT_EQ(anas("region"), QStringLiteral("Oaxaca"));
    EXPECT_EQ(anas("email"), QString());
}

TEST_F(VersionUndoTest, ADeleteOfARecordChangedSinceItWasReadIsRefused)
{
    const qint64 readAt = valueOf(store().participant(m_pedro)).rowVersion;
    {
        const std::unique_ptr<Database> other = otherConnection();
        ASSERT_NE(other, nullptr);
        ProgrammeStore theirs(*other);
        Participant pedro = valueOf(theirs.participant(m_pedro));
        pedro.position = QStringLiteral("Director");
        ASSERT_TRUE(theirs.updateParticipant(pedro).ok());
    }
    const Status refused = document().deleteRecord(RecordKind::Participant, m_pedro, readAt);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_EQ(document().undoStack()->count(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM participant WHERE id = ?"), {m_pedro}), 1);
}

} // namespace
} // namespace sd::test
