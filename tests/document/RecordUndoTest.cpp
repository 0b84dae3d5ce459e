// Adding, editing and deleting each kind of record through the document, as one step of the undo
// history each: undo puts the file back as it was, row for row, and redo writes the change again
// with the same ids, so the steps above it on the stack still find the records they refer to.

#include "DocumentFixture.h"
#include "ProgrammeQueries.h"

#include <QUndoStack>
#include <variant>

namespace sd::test {
namespace {

QString nameOf(RecordKind kind)
{
    static const char* const names[] = {"Project",     "Objective", "Component",  "Activity",
                                        "Participant", "Expert",    "Institution"};
    return QLatin1String(names[std::size_t(kind)]);
}

class RecordUndoTest : public DocumentFixture, public ::testing::WithParamInterface<RecordKind>
{
protected:
    // A record of the kind that is not in the file yet.
    RecordValue newRecord(RecordKind kind) const
    {
        switch (kind) {
        case RecordKind::Project: {
            Project project;
            project.code = QStringLiteral("MX-U");
            project.title = QStringLiteral("Second programme");
            project.startDate = QDate(2019, 1, 1);
            project.endDate = QDate(2019, 12, 31);
            project.requestingInstitutionIds = {m_comar};
            return project;
        }
        case RecordKind::Objective:
            return Objective{0, m_project, 2, QStringLiteral("Integrate refugees"), {m_component2}, {}};
        case RecordKind::Component:
            return Component{0, m_project, 3, QStringLiteral("Evidence"), {}};
        case RecordKind::Activity: {
            ActivityValue value;
            value.activity.projectId = m_project;
            value.activity.code = QStringLiteral("4");
            value.activity.title = QStringLiteral("Workshop on integration");
            value.activity.componentIds = {m_component2};
            value.activity.startDate = QDate(2017, 9, 4);
            value.activity.endDate = QDate(2017, 9, 5);
            value.experts = {{m_expert, ExpertRole::Expert}};
            return value;
        }
        case RecordKind::Participant: {
            Participant participant;
            participant.givenNames = QStringLiteral("Rosa María");
            participant.familyNames = QStringLiteral("Núñez Castillo");
            participant.institutionId = m_comar;
            return participant;
        }
        case RecordKind::Expert: {
            Expert expert;
            expert.givenNames = QStringLiteral("Jan");
            expert.familyNames = QStringLiteral("Novák");
            expert.country = QStringLiteral("Czechia");
            return expert;
        }
        case RecordKind::Institution:
            return Institution{0,
                               QStringLiteral("Alto Comisionado de las Naciones Unidas para los Refugiados"),
                               QStringLiteral("ACNUR"),
                               InstitutionType::InternationalOrganisation,
                               {},
                               0,
                               false,
                               {},
                               {}};
        }
        return {};
    }

    // A record of the kind with something that goes with it: enrolments, marks, links.
    Id existing(RecordKind kind) const
    {
        switch (kind) {
        case RecordKind::Project:
            return m_project;
        case RecordKind::Objective:
            return m_objective;
        case RecordKind::Component:
            return m_component2; // activity 2.1 keeps component 1
        case RecordKind::Activity:
            return m_activity;
        case RecordKind::Participant:
            return m_ana;
        case RecordKind::Expert:
            return m_expert;
        case RecordKind::Institution:
            return m_inm;
        }
        return 0;
    }

    // Changes a field the record's dialog edits.
    static void change(RecordValue& value)
    {
        std::visit(
            [](auto& record) {
                using Value = std::decay_t<decltype(record)>;
                if constexpr (std::is_same_v<Value, ActivityValue>)
                    record.activity.title += QStringLiteral(" (revised)");
                else if constexpr (std::is_same_v<Value, Objective>)
                    record.statement += QStringLiteral(" (revised)");
                else if constexpr (std::is_same_v<Value, Participant> || std::is_same_v<Value, Expert>)
                    record.familyNames += QStringLiteral(" Revised");
                else if constexpr (std::is_same_v<Value, Institution>)
                    record.name += QStringLiteral(" (revised)");
                else
                    record.title += QStringLiteral(" (revised)");
            },
            value);
    }
};

TEST_P(RecordUndoTest, AddUndoRedoPutsTheRecordBackWithItsId)
{
    const RecordKind kind = GetParam();
    const QStringList before = dumpAll();
    Result<Id> added = document().addRecord(newRecord(kind));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_TRUE(document().queries().record(kind, *added).ok());
    // The dump holds every id: after the redo, the record and what was written with it (an
    // activity's sessions) are back under the ids they were given first.
    expectRoundTrip(before, dumpAll());
    EXPECT_FALSE(document().queries().record(kind, *added).ok());
}

TEST_P(RecordUndoTest, EditUndoRedoWritesEachStateBack)
{
    const RecordKind kind = GetParam();
    const Id id = existing(kind);
    RecordValue value = valueOf(document().queries().record(kind, id));
    ASSERT_EQ(kindOf(value), kind);
    ASSERT_EQ(idOf(value), id);
    change(value);
    const QStringList before = dumpAll();
    ASSERT_TRUE(document().editRecord(value).ok());
    expectRoundTrip(before, dumpAll());
}

TEST_P(RecordUndoTest, DeleteWithDependentsUndoRestoresTheSameIdsAndMarks)
{
    const RecordKind kind = GetParam();
    const Id id = existing(kind);
    const QStringList before = dumpAll();
    const qint64 marks = scalar(QStringLiteral("SELECT count(*) FROM attendance"));
    ASSERT_TRUE(document().deleteRecord(kind, id).ok());
    const QStringList deleted = dumpAll();
    // Something went with the record, beyond its own row.
    EXPECT_GT(before.size() - deleted.size(), 1) << nameOf(kind).toStdString();
    EXPECT_FALSE(document().queries().record(kind, id).ok());
    expectRoundTrip(before, deleted);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attendance")), marks);
}

INSTANTIATE_TEST_SUITE_P(EveryKind, RecordUndoTest,
                         ::testing::Values(RecordKind::Project, RecordKind::Objective, RecordKind::Component,
                                           RecordKind::Activity, RecordKind::Participant, RecordKind::Expert,
                                           RecordKind::Institution),
                         [](const ::testing::TestParamInfo<RecordKind>& kind) {
                             return nameOf(kind.param).toStdString();
                         });

TEST_F(DocumentFixture, UndoHistoryNamesChangesByCodeAndNeverByPerson)
{
    QUndoStack* stack = document().undoStack();
    ASSERT_TRUE(document().deleteRecord(RecordKind::Activity, m_activity).ok());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Delete activity 2.1"));
    stack->undo();
    ASSERT_TRUE(document().deleteRecord(RecordKind::Institution, m_inm).ok());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Delete institution INM"));
    stack->undo();
    ASSERT_TRUE(document().deleteRecord(RecordKind::Participant, m_ana).ok());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Delete participant"));
    Participant person;
    person.givenNames = QStringLiteral("Rosa");
    person.familyNames = QStringLiteral("Núñez");
    ASSERT_TRUE(document().addRecord(person).ok());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Add participant"));
}

TEST_F(DocumentFixture, AChangeTellsTheViewsWhatItTouched)
{
    QList<ProgrammeDocument::Scope> scopes;
    QObject::connect(&document(), &ProgrammeDocument::changed,
                     [&scopes](ProgrammeDocument::Scope scope) { scopes.append(scope); });
    ASSERT_TRUE(document().deleteRecord(RecordKind::Activity, m_activity).ok());
    EXPECT_EQ(scopes, (QList<ProgrammeDocument::Scope>{ProgrammeDocument::Scope::Activities,
                                                       ProgrammeDocument::Scope::Attendance}));
    scopes.clear();
    document().undoStack()->undo();
    EXPECT_EQ(scopes, (QList<ProgrammeDocument::Scope>{ProgrammeDocument::Scope::Activities,
                                                       ProgrammeDocument::Scope::Attendance}));
}

TEST_F(DocumentFixture, ARefusedChangeLeavesFileAndHistoryAlone)
{
    const QStringList before = dumpAll();
    // Component 1 is the only component of activity 3.
    EXPECT_FALSE(document().deleteRecord(RecordKind::Component, m_component1).ok());
    Component taken{0, m_project, 2, QStringLiteral("Number 2 is taken"), {}};
    EXPECT_FALSE(document().addRecord(taken).ok());
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(document().undoStack()->count(), 0);
}

} // namespace
} // namespace sd::test
