#include "storage/ProgrammeStore.h"

#include "Backends.h"
#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

using namespace sd;
using sd::test::TempDir;

namespace {

class ProgrammeStoreTest : public test::NewProgrammeOnBackendTest
{
protected:
    void SetUp() override
    {
        NewProgrammeOnBackendTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_institutionId = test::addInm(*m_store);
        const test::MexicoII mexico = test::addMexicoII(*m_store, {m_institutionId});
        ASSERT_FALSE(HasFailure());
        m_projectId = mexico.project;
        m_componentId = mexico.component;
    }

    Activity activity(const QString& code) const
    {
        return test::tapachulaSeminar(m_projectId, m_componentId, code);
    }

    Participant person(const QString& given, const QString& family) const
    {
        Participant p;
        p.givenNames = given;
        p.familyNames = family;
        p.gender = Gender::Female;
        p.institutionId = m_institutionId;
        p.email = QStringLiteral("a.person@example.org");
        return p;
    }

    // Activity 1 with Ana Soto enrolled in it and given status on its first day.
    struct Marked
    {
        Id activity = 0;
        Id person = 0;
    };
    Marked anaMarkedOnTheFirstDay(AttendanceStatus status)
    {
        Marked ids;
        ids.activity = *m_store->addActivity(activity(QStringLiteral("1")));
        ids.person = *m_store->addParticipant(person(QStringLiteral("Ana"), QStringLiteral("Soto")));
        const Id enrolment = *m_store->enrol(ids.activity, ids.person);
        EXPECT_TRUE(
            m_store->setAttendance({{enrolment, m_store->sessions(ids.activity)->first().id, status}}).ok());
        return ids;
    }

    qint64 count(const QString& table)
    {
        QSqlQuery query(m_database->connection());
        // table names come from the tests themselves
        query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    Id m_institutionId = 0;
    Id m_projectId = 0;
    Id m_componentId = 0;
};

} // namespace

TEST_P(ProgrammeStoreTest, ProjectRoundTrip)
{
    Result<Project> project = m_store->projectByCode(QStringLiteral("MX-II"));
    ASSERT_TRUE(project.ok());
    EXPECT_EQ(project->title, QStringLiteral("Mexico II"));
    EXPECT_EQ(project->startDate, QDate(2017, 1, 1));
    EXPECT_EQ(project->requestingInstitutionIds, QList<Id>{m_institutionId});
    EXPECT_EQ(m_store->projectByCode(QStringLiteral("NOPE")).error().kind, ErrorKind::NotFound);
}

TEST_P(ProgrammeStoreTest, ActivityGetsOneSessionPerDayAndRoundTrips)
{
    Result<Id> id = m_store->addActivity(activity(QStringLiteral("2.1")));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    Result<Activity> stored = m_store->activity(*id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->venueCity, QStringLiteral("Tapachula"));
    EXPECT_EQ(stored->componentIds, QList<Id>{m_componentId});
    Result<QList<Session>> sessions = m_store->sessions(*id);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 3);
    EXPECT_EQ(sessions->at(1).date, QDate(2017, 3, 14));
}

TEST_P(ProgrammeStoreTest, ActivityCodesAreUniqueWithinAProject)
{
    ASSERT_TRUE(m_store->addActivity(activity(QStringLiteral("2.1"))).ok());
    Result<Id> again = m_store->addActivity(activity(QStringLiteral("2.1")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("code")));
    EXPECT_EQ(count(QStringLiteral("activity")), 1);
}

TEST_P(ProgrammeStoreTest, ActivityOutsideTheTimeFrameIsRefusedBeforeWriting)
{
    Activity late = activity(QStringLiteral("9"));
    late.startDate = QDate(2019, 1, 2);
    late.endDate = QDate(2019, 1, 3);
    Result<Id> refused = m_store->addActivity(late);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("end_date")));
    EXPECT_EQ(count(QStringLiteral("activity")), 0);
    EXPECT_EQ(count(QStringLiteral("session")), 0);
}

TEST_P(ProgrammeStoreTest, OneEnrolmentPerParticipantAndActivity)
{
    const Id activityId = *m_store->addActivity(activity(QStringLiteral("1")));
    const Id personId =
        *m_store->addParticipant(person(QStringLiteral("Ana Lucía"), QStringLiteral("Ramírez Soto")));
    ASSERT_TRUE(m_store->enrol(activityId, personId).ok());
    Result<Id> twice = m_store->enrol(activityId, personId);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(count(QStringLiteral("enrolment")), 1);
}

TEST_P(ProgrammeStoreTest, ParticipantRoundTripKeepsAccents)
{
    Participant p = person(QStringLiteral("José Ángel"), QStringLiteral("Núñez Peña"));
    p.region = QStringLiteral("Chiapas");
    p.consentDate = QDate(2017, 3, 1);
    const Id id = *m_store->addParticipant(p);
    Result<Participant> stored = m_store->participant(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->givenNames, QStringLiteral("José Ángel"));
    EXPECT_EQ(stored->familyNames, QStringLiteral("Núñez Peña"));
    EXPECT_EQ(stored->consentDate, QDate(2017, 3, 1));
    EXPECT_EQ(stored->institutionId, m_institutionId);

    p.id = id;
    p.email = QStringLiteral("not an email");
    Status refused = m_store->updateParticipant(p);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("email")));
    EXPECT_EQ(m_store->participant(id)->email, QStringLiteral("a.person@example.org"));
}

TEST_P(ProgrammeStoreTest, AttendanceMarksSetAndCleared)
{
    const Id activityId = *m_store->addActivity(activity(QStringLiteral("1")));
    const Id personId = *m_store->addParticipant(person(QStringLiteral("Ana"), QStringLiteral("Soto")));
    const Id enrolmentId = *m_store->enrol(activityId, personId);
    const QList<Session> sessions = *m_store->sessions(activityId);
    ASSERT_TRUE(m_store
                    ->setAttendance({{enrolmentId, sessions[0].id, AttendanceStatus::Present},
                                     {enrolmentId, sessions[1].id, AttendanceStatus::Late}})
                    .ok());
    EXPECT_EQ(count(QStringLiteral("attendance")), 2);
    ASSERT_TRUE(m_store
                    ->setAttendance({{enrolmentId, sessions[0].id, AttendanceStatus::Absent},
                                     {enrolmentId, sessions[1].id, std::nullopt}})
                    .ok());
    const QList<AttendanceMark> marks = *m_store->attendance(activityId);
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks.first().status, AttendanceStatus::Absent);
}

TEST_P(ProgrammeStoreTest, AMarkForAnotherActivitysSessionIsRefusedWhole)
{
    const Id first = *m_store->addActivity(activity(QStringLiteral("1")));
    const Id second = *m_store->addActivity(activity(QStringLiteral("2")));
    const Id personId = *m_store->addParticipant(person(QStringLiteral("Ana"), QStringLiteral("Soto")));
    const Id enrolmentId = *m_store->enrol(first, personId);
    const Id ownSession = m_store->sessions(first)->first().id;
    const Id otherSession = m_store->sessions(second)->first().id;
    Status refused = m_store->setAttendance({{enrolmentId, ownSession, AttendanceStatus::Present},
                                             {enrolmentId, otherSession, AttendanceStatus::Present}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(count(QStringLiteral("attendance")), 0); // the first mark was rolled back with the batch
}

TEST_P(ProgrammeStoreTest, DeletingAParticipantWithMarksNeedsTheCascade)
{
    const auto [activityId, personId] = anaMarkedOnTheFirstDay(AttendanceStatus::Present);
    ASSERT_FALSE(HasFailure());

    Result<DeleteImpact> impact = m_store->participantDeleteImpact(personId);
    ASSERT_TRUE(impact.ok());
    EXPECT_EQ(impact->enrolments, 1);
    EXPECT_EQ(impact->attendanceMarks, 1);

    Status refused = m_store->deleteParticipant(personId, DeleteMode::RefuseIfReferenced);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(count(QStringLiteral("participant")), 1);
    EXPECT_EQ(count(QStringLiteral("attendance")), 1);

    ASSERT_TRUE(m_store->deleteParticipant(personId, DeleteMode::Cascade).ok());
    EXPECT_EQ(count(QStringLiteral("participant")), 0);
    EXPECT_EQ(count(QStringLiteral("enrolment")), 0);
    EXPECT_EQ(count(QStringLiteral("attendance")), 0);
}

TEST_P(ProgrammeStoreTest, TheDatabaseItselfRefusesToDropMarksSilently)
{
    const auto [activityId, personId] = anaMarkedOnTheFirstDay(AttendanceStatus::Present);
    ASSERT_FALSE(HasFailure());
    QSqlQuery query(m_database->connection());
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM activity WHERE id = %1").arg(activityId)));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM participant WHERE id = %1").arg(personId)));
    EXPECT_EQ(count(QStringLiteral("attendance")), 1);
}

TEST_P(ProgrammeStoreTest, DeletingAnActivityWithMarksNeedsTheCascade)
{
    const auto [activityId, personId] = anaMarkedOnTheFirstDay(AttendanceStatus::Late);
    ASSERT_FALSE(HasFailure());
    EXPECT_FALSE(m_store->deleteActivity(activityId, DeleteMode::RefuseIfReferenced).ok());
    EXPECT_EQ(count(QStringLiteral("activity")), 1);
    ASSERT_TRUE(m_store->deleteActivity(activityId, DeleteMode::Cascade).ok());
    EXPECT_EQ(count(QStringLiteral("activity")), 0);
    EXPECT_EQ(count(QStringLiteral("session")), 0);
    EXPECT_EQ(count(QStringLiteral("participant")), 1); // the person stays
}

TEST_P(ProgrammeStoreTest, ASessionWithMarksCannotBeRemovedByAnEdit)
{
    const Id activityId = *m_store->addActivity(activity(QStringLiteral("1")));
    const Id personId = *m_store->addParticipant(person(QStringLiteral("Ana"), QStringLiteral("Soto")));
    const Id enrolmentId = *m_store->enrol(activityId, personId);
    QList<Session> sessions = *m_store->sessions(activityId);
    ASSERT_TRUE(m_store->setAttendance({{enrolmentId, sessions.last().id, AttendanceStatus::Present}}).ok());
    Activity changed = *m_store->activity(activityId);
    changed.endDate = QDate(2017, 3, 14);
    sessions.removeLast();
    Status refused = m_store->updateActivity(changed, sessions);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(m_store->sessions(activityId)->size(), 3);
    EXPECT_EQ(m_store->activity(activityId)->endDate, QDate(2017, 3, 15));
}

TEST_P(ProgrammeStoreTest, InstitutionParentsCannotFormACycle)
{
    const Id segob = *m_store->addInstitution({0,
                                               QStringLiteral("Secretariat of the Interior"),
                                               QStringLiteral("SEGOB"),
                                               InstitutionType::Federal,
                                               QStringLiteral("Mexico"),
                                               0,
                                               false,
                                               {},
                                               {}});
    Institution inm = *m_store->institution(m_institutionId);
    inm.parentId = segob;
    const Status moved = m_store->updateInstitution(inm);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    Institution parent = *m_store->institution(segob);
    parent.parentId = m_institutionId;
    Status refused = m_store->updateInstitution(parent);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("parent_id")));
}

TEST_P(ProgrammeStoreTest, CountsPerProject)
{
    anaMarkedOnTheFirstDay(AttendanceStatus::Present);
    ASSERT_FALSE(HasFailure());
    Result<RecordCounts> counts = m_store->counts(m_projectId);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->activities, 1);
    EXPECT_EQ(counts->sessions, 3);
    EXPECT_EQ(counts->components, 1);
    EXPECT_EQ(counts->enrolments, 1);
    EXPECT_EQ(counts->attendanceMarks, 1);
    EXPECT_EQ(counts->participants, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProgrammeStoreTest, test::bothBackends(), test::backendName);
