// Deletes made from the reference list: what each counts, refuses and takes, and that a snapshot
// read before the delete brings every row back with the same ids and marks.

#include "Backends.h"
#include "Programmes.h"
#include "SmallProgramme.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

using namespace sd;

namespace {

// On a file and on the server (Backends.h): the same deletes and restores on both.
class StoreDeleteRestoreTest : public test::NewProgrammeOnBackendTest
{
protected:
    void SetUp() override
    {
        NewProgrammeOnBackendTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());

        m_ministry = test::valueOf(m_store->addInstitution({0,
                                                            QStringLiteral("Secretariat of the Interior"),
                                                            QStringLiteral("SEGOB"),
                                                            InstitutionType::Federal,
                                                            QStringLiteral("Mexico"),
                                                            0,
                                                            false,
                                                            {},
                                                            {}}));
        m_inm = test::valueOf(m_store->addInstitution({0,
                                                       QStringLiteral("National Institute of Migration"),
                                                       QStringLiteral("INM"),
                                                       InstitutionType::Federal,
                                                       QStringLiteral("Mexico"),
                                                       m_ministry,
                                                       false,
                                                       {},
                                                       {}}));
        m_child = test::valueOf(m_store->addInstitution({0,
                                                         QStringLiteral("INM Chiapas office"),
                                                         QString(),
                                                         InstitutionType::Federal,
                                                         QStringLiteral("Mexico"),
                                                         m_inm,
                                                         false,
                                                         {},
                                                         {}}));
        Project project;
        project.code = QStringLiteral("MX-T");
        project.title = QStringLiteral("Test programme");
        project.startDate = QDate(2017, 1, 1);
        project.endDate = QDate(2018, 12, 31);
        project.requestingInstitutionIds = {m_inm};
        m_project = test::valueOf(m_store->addProject(project));
        m_component1 = test::valueOf(m_store->addComponent({0, m_project, 1, QStringLiteral("Asylum"), {}}));
        m_component2 =
            test::valueOf(m_store->addComponent({0, m_project, 2, QStringLiteral("Integration"), {}}));
        m_objective = test::valueOf(m_store->addObjective(
            {0, m_project, 1, QStringLiteral("Strengthen asylum"), {m_component1, m_component2}, {}}));

        Activity activity;
        activity.projectId = m_project;
        activity.code = QStringLiteral("2.1");
        activity.title = QStringLiteral("Seminar on protection");
        activity.componentIds = {m_component1, m_component2};
        activity.startDate = QDate(2017, 3, 13);
        activity.endDate = QDate(2017, 3, 14);
        m_activity = test::valueOf(m_store->addActivity(activity));
        Activity second = activity;
        second.code = QStringLiteral("3");
        second.componentIds = {m_component1};
        m_second = test::valueOf(m_store->addActivity(second));

        m_expert = test::valueOf(m_store->addExpert({0, QStringLiteral("Eva"), QStringLiteral("Lind"),
                                                     QStringLiteral("Sweden"), QString(), QString(), false}));
        ASSERT_TRUE(m_store->setActivityExperts(m_activity, {{m_expert, ExpertRole::LeadExpert}}).ok());

        for (const char* given : {"Ana", "María"}) {
            Participant person;
            person.givenNames = QString::fromUtf8(given);
            person.familyNames = QStringLiteral("Hernández");
            person.institutionId = m_inm;
            m_people.append(test::valueOf(m_store->addParticipant(person)));
        }
        Result<QList<Session>> sessions = m_store->sessions(m_activity);
        ASSERT_TRUE(sessions.ok());
        QList<ProgrammeStore::MarkChange> marks;
        for (Id person : m_people) {
            const Id enrolment = test::valueOf(m_store->enrol(m_activity, person));
            marks.append({enrolment, sessions->at(0).id, AttendanceStatus::Present});
            marks.append({enrolment, sessions->at(1).id, AttendanceStatus::Late});
        }
        ASSERT_TRUE(m_store->setAttendance(marks).ok());
        test::valueOf(m_store->enrol(m_second, m_people.at(0)));
        m_before = dumpAll();
    }

    // Every row of every table: what undo must bring back exactly.
    QStringList dumpAll() { return test::dumpContent(m_database->connection()); }

    qint64 count(const char* sql)
    {
        QSqlQuery query(m_database->connection());
        // fixed statements of the tests themselves
        EXPECT_TRUE(query.exec(QString::fromLatin1(sql)));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    Id m_ministry = 0;
    Id m_inm = 0;
    Id m_child = 0;
    Id m_project = 0;
    Id m_component1 = 0;
    Id m_component2 = 0;
    Id m_objective = 0;
    Id m_activity = 0;
    Id m_second = 0;
    Id m_expert = 0;
    QList<Id> m_people;
    QStringList m_before;
};

INSTANTIATE_TEST_SUITE_P(Backends, StoreDeleteRestoreTest, test::bothBackends(), test::backendName);

using Depth = ProgrammeStore::SnapshotDepth;

} // namespace

TEST_P(StoreDeleteRestoreTest, AParticipantGoesWithEnrolmentsAndMarksAndComesBackWithTheSameIds)
{
    const Id ana = m_people.at(0);
    Result<DeleteImpact> impact = m_store->participantDeleteImpact(ana);
    ASSERT_TRUE(impact.ok());
    EXPECT_EQ(impact->enrolments, 2);
    EXPECT_EQ(impact->attendanceMarks, 2);
    Status refused = m_store->deleteParticipant(ana, DeleteMode::RefuseIfReferenced);
    EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(dumpAll(), m_before);

    Result<ProgrammeStore::ParticipantSnapshot> snapshot =
        m_store->participantSnapshot(ana, Depth::WithDependents);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->enrolled.enrolments.size(), 2);
    EXPECT_EQ(snapshot->enrolled.marks.size(), 2);
    ASSERT_TRUE(m_store->deleteParticipant(ana, DeleteMode::Cascade).ok());
    EXPECT_EQ(count("SELECT count(*) FROM enrolment"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM attendance"), 2);
    // The person's bytes are gone from a file's write-ahead log too (a server's log is its own).
    if (GetParam() == test::Backend::File) {
        EXPECT_EQ(QFileInfo(m_database->path() + QStringLiteral("-wal")).size(), 0);
    }

    ASSERT_TRUE(m_store->restoreParticipant(*snapshot).ok());
    EXPECT_EQ(dumpAll(), m_before);
}

TEST_P(StoreDeleteRestoreTest, AnActivityGoesWithSessionsEnrolmentsMarksExpertsAndComponents)
{
    Result<DeleteImpact> impact = m_store->activityDeleteImpact(m_activity);
    ASSERT_TRUE(impact.ok());
    EXPECT_EQ(impact->sessions, 2);
    EXPECT_EQ(impact->enrolments, 2);
    EXPECT_EQ(impact->attendanceMarks, 4);
    // Sessions alone do not make a delete ask: an activity nobody is enrolled in goes at once.
    Result<DeleteImpact> empty = m_store->activityDeleteImpact(m_second);
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(empty->sessions, 2);
    EXPECT_EQ(m_store->deleteActivity(m_activity, DeleteMode::RefuseIfReferenced).error().kind,
              ErrorKind::Conflict);

    Result<ProgrammeStore::ActivitySnapshot> snapshot =
        m_store->activitySnapshot(m_activity, Depth::WithDependents);
    ASSERT_TRUE(snapshot.ok());
    ASSERT_TRUE(m_store->deleteActivity(m_activity, DeleteMode::Cascade).ok());
    EXPECT_EQ(count("SELECT count(*) FROM activity_expert"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM activity_component"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM attendance"), 0);
    ASSERT_TRUE(m_store->restoreActivity(*snapshot).ok());
    EXPECT_EQ(dumpAll(), m_before);
}

TEST_P(StoreDeleteRestoreTest, AnInstitutionLeavesItsParticipantsChildrenAndProjectsWithoutIt)
{
    Result<DeleteImpact> impact = m_store->institutionDeleteImpact(m_inm);
    ASSERT_TRUE(impact.ok());
    EXPECT_EQ(impact->participants, 2);
    EXPECT_EQ(impact->institutions, 1);
    EXPECT_EQ(impact->projects, 1);
    EXPECT_EQ(m_store->deleteInstitution(m_inm, DeleteMode::RefuseIfReferenced).error().kind,
              ErrorKind::Conflict);

    Result<ProgrammeStore::InstitutionSnapshot> snapshot =
        m_store->institutionSnapshot(m_inm, Depth::WithDependents);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->participantIds, m_people);
    EXPECT_EQ(snapshot->childIds, QList<Id>{m_child});
    EXPECT_EQ(snapshot->requestingProjectIds, QList<Id>{m_project});
    ASSERT_TRUE(m_store->deleteInstitution(m_inm, DeleteMode::Cascade).ok());
    EXPECT_EQ(count("SELECT count(*) FROM participant WHERE institution_id IS NULL"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM institution WHERE parent_id IS NULL"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM project_requesting_institution"), 0);
    ASSERT_TRUE(m_store->restoreInstitution(*snapshot).ok());
    EXPECT_EQ(dumpAll(), m_before);
}

TEST_P(StoreDeleteRestoreTest, AnExpertLeavesTheActivitiesTheyDeliver)
{
    Result<DeleteImpact> impact = m_store->expertDeleteImpact(m_expert);
    ASSERT_TRUE(impact.ok());
    EXPECT_EQ(impact->activities, 1);
    Result<ProgrammeStore::ExpertSnapshot> snapshot =
        m_store->expertSnapshot(m_expert, Depth::WithDependents);
    ASSERT_TRUE(snapshot.ok());
    ASSERT_EQ(snapshot->assignments.size(), 1);
    EXPECT_EQ(snapshot->assignments.at(0).role, ExpertRole::LeadExpert);
    ASSERT_TRUE(m_store->deleteExpert(m_expert, DeleteMode::Cascade).ok());
    EXPECT_EQ(count("SELECT count(*) FROM activity_expert"), 0);
    ASSERT_TRUE(m_store->restoreExpert(*snapshot).ok());
    EXPECT_EQ(dumpAll(), m_before);
}

TEST_P(StoreDeleteRestoreTest, AnActivityKeepsAtLeastOneComponent)
{
    // Component 1 is activity 3's only component: refused in both modes, with the activity named.
    Result<DeleteImpact> impact = m_store->componentDeleteImpact(m_component1);
    ASSERT_TRUE(impact.ok());
    EXPECT_EQ(impact->activities, 2);
    EXPECT_EQ(impact->keptBy, QStringList{QStringLiteral("3")});
    for (DeleteMode mode : {DeleteMode::RefuseIfReferenced, DeleteMode::Cascade}) {
        Status refused = m_store->deleteComponent(m_component1, mode);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
        EXPECT_TRUE(
            refused.error().message.contains(QStringLiteral("activity(ies) 3 belong to no other component")))
            << refused.error().message.toStdString();
    }
    EXPECT_EQ(dumpAll(), m_before);

    // Component 2: activity 2.1 keeps component 1; the objective loses it too.
    Result<DeleteImpact> second = m_store->componentDeleteImpact(m_component2);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->keptBy.isEmpty());
    EXPECT_EQ(m_store->deleteComponent(m_component2, DeleteMode::RefuseIfReferenced).error().kind,
              ErrorKind::Conflict);
    Result<ProgrammeStore::ComponentSnapshot> snapshot =
        m_store->componentSnapshot(m_component2, Depth::WithDependents);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->activityIds, QList<Id>{m_activity});
    EXPECT_EQ(snapshot->objectiveIds, QList<Id>{m_objective});
    ASSERT_TRUE(m_store->deleteComponent(m_component2, DeleteMode::Cascade).ok());
    EXPECT_EQ(count("SELECT count(*) FROM objective_component"), 1);
    ASSERT_TRUE(m_store->restoreComponent(*snapshot).ok());
    EXPECT_EQ(dumpAll(), m_before);
}

TEST_P(StoreDeleteRestoreTest, AProjectTakesEverythingInItAndComesBackWhole)
{
    Result<DeleteImpact> impact = m_store->projectDeleteImpact(m_project);
    ASSERT_TRUE(impact.ok());
    EXPECT_EQ(impact->activities, 2);
    EXPECT_EQ(impact->sessions, 4);
    EXPECT_EQ(impact->enrolments, 3);
    EXPECT_EQ(impact->attendanceMarks, 4);
    EXPECT_EQ(m_store->deleteProject(m_project, DeleteMode::RefuseIfReferenced).error().kind,
              ErrorKind::Conflict);

    Result<ProgrammeStore::ProjectSnapshot> snapshot =
        m_store->projectSnapshot(m_project, Depth::WithDependents);
    ASSERT_TRUE(snapshot.ok());
    ASSERT_TRUE(m_store->deleteProject(m_project, DeleteMode::Cascade).ok());
    for (const char* table :
         {"SELECT count(*) FROM project", "SELECT count(*) FROM component", "SELECT count(*) FROM objective",
          "SELECT count(*) FROM activity", "SELECT count(*) FROM session", "SELECT count(*) FROM enrolment",
          "SELECT count(*) FROM attendance", "SELECT count(*) FROM activity_expert"})
        EXPECT_EQ(count(table), 0) << table;
    // People, experts and institutions are not in a project: they stay.
    EXPECT_EQ(count("SELECT count(*) FROM participant"), 2);
    ASSERT_TRUE(m_store->restoreProject(*snapshot).ok());
    EXPECT_EQ(dumpAll(), m_before);
    EXPECT_EQ(m_store->deleteProject(99, DeleteMode::Cascade).error().kind, ErrorKind::NotFound);
}

TEST_P(StoreDeleteRestoreTest, AnObjectiveGoesWithItsLinksAndComesBack)
{
    Result<Objective> objective = m_store->objective(m_objective);
    ASSERT_TRUE(objective.ok());
    ASSERT_TRUE(m_store->deleteObjective(m_objective).ok());
    EXPECT_EQ(count("SELECT count(*) FROM objective_component"), 0);
    ASSERT_TRUE(m_store->restoreObjective(*objective).ok());
    EXPECT_EQ(dumpAll(), m_before);
    ASSERT_TRUE(m_store->deleteObjective(m_objective).ok());
    EXPECT_EQ(m_store->deleteObjective(m_objective).error().kind, ErrorKind::NotFound);
}

TEST_P(StoreDeleteRestoreTest, UnenrolTakesTheMarksOnlyWhenAskedAndUndoRestoresThem)
{
    Result<QList<Enrolment>> enrolments = m_store->enrolments(m_activity);
    ASSERT_TRUE(enrolments.ok());
    const Id maria = enrolments->at(1).id;
    EXPECT_EQ(enrolments->at(1).sessionsAttended, 2);
    EXPECT_DOUBLE_EQ(enrolments->at(1).daysAttended, 2.0);
    EXPECT_EQ(m_store->unenrol(maria, DeleteMode::RefuseIfReferenced).error().kind, ErrorKind::Conflict);
    Result<ProgrammeStore::EnrolmentSnapshot> snapshot = m_store->enrolmentSnapshot({maria});
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->marks.size(), 2);
    ASSERT_TRUE(m_store->unenrol(maria, DeleteMode::Cascade).ok());
    EXPECT_EQ(count("SELECT count(*) FROM attendance"), 2);
    ASSERT_TRUE(m_store->restoreEnrolments(*snapshot).ok());
    // The summary the triggers keep is counted again from the marks written back.
    EXPECT_EQ(dumpAll(), m_before);
}

TEST_P(StoreDeleteRestoreTest, EditsAreUndoneByWritingTheRecordBackAsItWas)
{
    Result<ProgrammeStore::ActivitySnapshot> before = m_store->activitySnapshot(m_activity, Depth::Record);
    ASSERT_TRUE(before.ok());
    Activity changed = before->activity;
    changed.title = QStringLiteral("  Another title  ");
    changed.componentIds = {m_component2};
    QList<Session> sessions = before->sessions;
    ASSERT_EQ(sessions.size(), 2);
    sessions[1].part = SessionPart::Morning; // its marks now count half a day
    sessions.append({0, m_activity, QDate(2017, 3, 14), SessionPart::Afternoon});
    Status updated = m_store->updateActivity(changed, sessions);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    Result<Activity> stored = m_store->activity(m_activity);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->title, QStringLiteral("Another title")); // trimmed on entry
    EXPECT_EQ(stored->componentIds, QList<Id>{m_component2});
    Result<QList<Enrolment>> enrolled = m_store->enrolments(m_activity);
    ASSERT_TRUE(enrolled.ok());
    EXPECT_DOUBLE_EQ(enrolled->at(0).daysAttended, 1.5);
    ASSERT_TRUE(m_store->restoreActivity(*before).ok());
    EXPECT_EQ(dumpAll(), m_before);
}
