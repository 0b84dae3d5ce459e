#include "storage/ProfileQuery.h"

#include "Programmes.h"
#include "documents/DocumentData.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace sd;

namespace {

// One participant in two activities of three and two sessions, marked P L A and P - ; a namesake with
// the same email (a probable duplicate); an expert in both activities; an institution with a unit.
class ProfileQueryTest : public test::NewProgrammeTest
{
protected:
    void SetUp() override
    {
        NewProgrammeTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());

        Result<Id> segob = m_store->addInstitution({0,
                                                    QStringLiteral("Secretaría de Gobernación"),
                                                    QStringLiteral("SEGOB"),
                                                    InstitutionType::Federal,
                                                    QStringLiteral("Mexico"),
                                                    0,
                                                    false,
                                                    {},
                                                    {}});
        ASSERT_TRUE(segob.ok());
        m_segob = *segob;
        Result<Id> inm = m_store->addInstitution({0,
                                                  QStringLiteral("Instituto Nacional de Migración"),
                                                  QStringLiteral("INM"),
                                                  InstitutionType::Federal,
                                                  QStringLiteral("Mexico"),
                                                  m_segob,
                                                  false,
                                                  {},
                                                  {}});
        ASSERT_TRUE(inm.ok());
        m_inm = *inm;

        const test::MexicoII mexico = test::addMexicoII(*m_store);
        ASSERT_FALSE(HasFailure());

        m_seminar =
            addActivity(mexico.project, mexico.component, QStringLiteral("2.1"), QDate(2017, 3, 13), 3);
        m_workshop =
            addActivity(mexico.project, mexico.component, QStringLiteral("12.1"), QDate(2017, 6, 5), 2);

        Participant fabiola;
        fabiola.givenNames = QStringLiteral("Fabiola");
        fabiola.familyNames = QStringLiteral("Acosta Pacheco");
        fabiola.gender = Gender::Female;
        fabiola.institutionId = m_inm;
        fabiola.position = QStringLiteral("Oficial de protección");
        fabiola.region = QStringLiteral("Chiapas");
        fabiola.email = QStringLiteral("fabiola.acosta@example.org");
        Result<Id> first = m_store->addParticipant(fabiola);
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
        m_fabiola = *first;
        fabiola.position.clear();
        Result<Id> second = m_store->addParticipant(fabiola);
        ASSERT_TRUE(second.ok());
        m_namesake = *second;

        mark(m_seminar, m_fabiola,
             {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Absent});
        mark(m_workshop, m_fabiola, {AttendanceStatus::Present});

        Expert expert;
        expert.givenNames = QStringLiteral("Marta");
        expert.familyNames = QStringLiteral("Sánchez Gil");
        expert.country = QStringLiteral("Spain");
        Result<Id> expertId = m_store->addExpert(expert);
        ASSERT_TRUE(expertId.ok());
        m_expert = *expertId;
        ASSERT_TRUE(m_store->setActivityExperts(m_seminar, {{m_expert, ExpertRole::LeadExpert}}).ok());
        ASSERT_TRUE(m_store->setActivityExperts(m_workshop, {{m_expert, ExpertRole::Facilitator}}).ok());
    }

    Id addActivity(Id projectId, Id componentId, const QString& code, const QDate& start, int days)
    {
        Activity activity;
        activity.projectId = projectId;
        activity.code = code;
        activity.title = QStringLiteral("Activity %1").arg(code);
        activity.componentIds = {componentId};
        activity.startDate = start;
        activity.endDate = start.addDays(days - 1);
        Result<Id> id = m_store->addActivity(activity);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    // Enrols the person and gives the activity's sessions these marks, in date order (fewer: unmarked).
    void mark(Id activityId, Id participantId, const QList<AttendanceStatus>& statuses)
    {
        Result<Id> enrolment = m_store->enrol(activityId, participantId);
        ASSERT_TRUE(enrolment.ok()) << enrolment.error().message.toStdString();
        Result<QList<Session>> sessions = m_store->sessions(activityId);
        ASSERT_TRUE(sessions.ok());
        QList<ProgrammeStore::MarkChange> changes;
        for (qsizetype i = 0; i < statuses.size() && i < sessions->size(); ++i)
            changes.append({*enrolment, (*sessions)[i].id, statuses[i]});
        ASSERT_TRUE(m_store->setAttendance(changes).ok());
    }

    Id m_segob = 0;
    Id m_inm = 0;
    Id m_seminar = 0;
    Id m_workshop = 0;
    Id m_fabiola = 0;
    Id m_namesake = 0;
    Id m_expert = 0;
};

} // namespace

TEST_F(ProfileQueryTest, AParticipantWithEveryActivityAndTheirMarks)
{
    Result<ParticipantProfile> profile = ProfileQuery(*m_database).participant(m_fabiola);
    ASSERT_TRUE(profile.ok()) << profile.error().message.toStdString();
    EXPECT_EQ(profile->participant.fullName(), QStringLiteral("Fabiola Acosta Pacheco"));
    EXPECT_EQ(profile->participant.position, QStringLiteral("Oficial de protección"));
    EXPECT_EQ(profile->institutionAcronym, QStringLiteral("INM"));
    ASSERT_EQ(profile->enrolments.size(), 2);

    const ProfileEnrolment& seminar = profile->enrolments[0];
    EXPECT_EQ(seminar.activity.id, m_seminar);
    EXPECT_EQ(seminar.activity.code, QStringLiteral("2.1"));
    EXPECT_EQ(seminar.activity.projectCode, QStringLiteral("MX-II"));
    ASSERT_EQ(seminar.sessionCount(), 3);
    EXPECT_EQ(seminar.marks[0].status, AttendanceStatus::Present);
    EXPECT_EQ(seminar.marks[1].status, AttendanceStatus::Late);
    EXPECT_EQ(seminar.marks[2].status, AttendanceStatus::Absent);
    EXPECT_EQ(seminar.marks[0].session.date, QDate(2017, 3, 13));
    EXPECT_EQ(seminar.marks[2].session.date, QDate(2017, 3, 15));
    EXPECT_EQ(seminar.sessionsAttended, 2);
    EXPECT_DOUBLE_EQ(seminar.daysAttended, 2.0);
    EXPECT_NEAR(seminar.ratePercent(), 66.667, 0.001);

    const ProfileEnrolment& workshop = profile->enrolments[1];
    EXPECT_EQ(workshop.activity.code, QStringLiteral("12.1"));
    ASSERT_EQ(workshop.sessionCount(), 2);
    EXPECT_EQ(workshop.marks[0].status, AttendanceStatus::Present);
    EXPECT_FALSE(workshop.marks[1].status.has_value()) << "the second session is not marked";
    EXPECT_DOUBLE_EQ(workshop.ratePercent(), 50.0);

    EXPECT_EQ(profile->activitiesTakenPart(), 2);
    EXPECT_DOUBLE_EQ(profile->overallRatePercent(), 60.0); // 3 of 5 sessions
}

TEST_F(ProfileQueryTest, CertificatesFollowThePrintedCertificatesRule)
{
    const ProfileQuery query(*m_database);
    for (double threshold : {0.0, 50.0, 66.0, 67.0, 75.0}) {
        Result<QList<CertificateData>> page = query.certificates(m_fabiola, threshold);
        Result<QList<CertificateData>> printed =
            DocumentData(*m_database).certificatesForParticipant(m_fabiola, 0, threshold);
        ASSERT_TRUE(page.ok() && printed.ok());
        ASSERT_EQ(page->size(), printed->size()) << threshold;
        for (qsizetype i = 0; i < page->size(); ++i)
            EXPECT_EQ((*page)[i].attendance.activity.id, (*printed)[i].attendance.activity.id);
    }
    EXPECT_EQ(query.certificates(m_fabiola, 50)->size(), 2);
    EXPECT_EQ(query.certificates(m_fabiola, 66)->size(), 1) << "2 of 3 reaches 66 %, 1 of 2 does not";
    EXPECT_EQ(query.certificates(m_fabiola, 67)->size(), 0) << "2 of 3 is below 67 %";
    EXPECT_EQ(query.certificates(m_namesake, 0)->size(), 0);
}

TEST_F(ProfileQueryTest, TheChangeLogGivesTheAttendanceChangesOfTheirActivities)
{
    ProgrammeStore& store = *m_store;
    ASSERT_TRUE(store.logChange(QStringLiteral("edit"), QStringLiteral("attendance 2.1")).ok());
    ASSERT_TRUE(store.logChange(QStringLiteral("edit"), QStringLiteral("Edit participant")).ok());
    ASSERT_TRUE(store.logChange(QStringLiteral("edit"), QStringLiteral("undo: attendance 2.1")).ok());
    ASSERT_TRUE(store.logChange(QStringLiteral("edit"), QStringLiteral("attendance 3")).ok());
    const ProfileQuery query(*m_database);
    Result<QList<ProfileChange>> changes = query.attendanceChanges(m_fabiola);
    ASSERT_TRUE(changes.ok()) << changes.error().message.toStdString();
    ASSERT_EQ(changes->size(), 2);
    EXPECT_EQ((*changes)[0].description, QStringLiteral("undo: attendance 2.1")) << "the most recent first";
    EXPECT_EQ((*changes)[1].description, QStringLiteral("attendance 2.1"));
    EXPECT_TRUE((*changes)[0].changedAt.isValid());
    EXPECT_EQ((*changes)[0].changedAt.timeSpec(), Qt::UTC);
    // Who made it: the computer's user for a file, never empty.
    EXPECT_EQ((*changes)[0].changedBy, m_database->userName());
    EXPECT_FALSE((*changes)[0].changedBy.isEmpty());
    EXPECT_TRUE(
        ProgrammeStore(*m_database).lastChange()->endsWith(QStringLiteral(", by ") + m_database->userName()));
    // 12.1 ends with "2.1" but is another activity; the namesake is enrolled nowhere.
    ASSERT_TRUE(store.logChange(QStringLiteral("edit"), QStringLiteral("attendance 12.1")).ok());
    EXPECT_EQ(query.attendanceChanges(m_fabiola)->size(), 3);
    EXPECT_TRUE(query.attendanceChanges(m_namesake)->isEmpty());
    EXPECT_EQ(query.attendanceChanges(m_fabiola, 1)->size(), 1);
}

TEST_F(ProfileQueryTest, AnExpertWithTheActivitiesTheyWorkedIn)
{
    Result<ExpertProfile> profile = ProfileQuery(*m_database).expert(m_expert);
    ASSERT_TRUE(profile.ok()) << profile.error().message.toStdString();
    EXPECT_EQ(profile->expert.fullName(), QStringLiteral("Marta Sánchez Gil"));
    ASSERT_EQ(profile->activities.size(), 2);
    EXPECT_EQ(profile->activities[0].activity.code, QStringLiteral("2.1"));
    EXPECT_EQ(profile->activities[0].role, ExpertRole::LeadExpert);
    EXPECT_EQ(profile->activities[1].activity.code, QStringLiteral("12.1"));
    EXPECT_EQ(profile->activities[1].role, ExpertRole::Facilitator);
}

TEST_F(ProfileQueryTest, AnInstitutionWithItsPeopleUnitsAndActivities)
{
    const ProfileQuery query(*m_database);
    Result<InstitutionProfile> inm = query.institution(m_inm);
    ASSERT_TRUE(inm.ok()) << inm.error().message.toStdString();
    EXPECT_EQ(inm->institution.acronym, QStringLiteral("INM"));
    EXPECT_EQ(inm->parentName, QStringLiteral("Secretaría de Gobernación"));
    EXPECT_EQ(inm->memberCount, 2);
    ASSERT_EQ(inm->members.size(), 2);
    EXPECT_EQ(inm->members[0].id, m_fabiola);
    EXPECT_EQ(inm->members[0].activitiesEnrolled, 2);
    EXPECT_EQ(inm->members[0].activitiesTakenPart, 2);
    EXPECT_EQ(inm->members[1].activitiesEnrolled, 0);
    ASSERT_EQ(inm->activities.size(), 2);
    EXPECT_EQ(inm->activities[0].activity.id, m_seminar);
    EXPECT_EQ(inm->activities[0].enrolled, 1);
    EXPECT_EQ(inm->activities[0].tookPart, 1);

    EXPECT_EQ(query.institution(m_inm, 1)->members.size(), 1) << "bounded, the count still whole";
    EXPECT_EQ(query.institution(m_inm, 1)->memberCount, 2);

    Result<InstitutionProfile> segob = query.institution(m_segob);
    ASSERT_TRUE(segob.ok());
    ASSERT_EQ(segob->units.size(), 1);
    EXPECT_EQ(segob->units[0].acronym, QStringLiteral("INM"));
    EXPECT_EQ(segob->memberCount, 0);
    EXPECT_TRUE(segob->activities.isEmpty());
}

TEST_F(ProfileQueryTest, AMissingRecordSaysSoInPlainWords)
{
    const ProfileQuery query(*m_database);
    Result<ParticipantProfile> missing = query.participant(9999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("9999")));
    EXPECT_TRUE(missing.error().message.contains(QFileInfo(m_database->path()).fileName()));
    EXPECT_FALSE(query.expert(9999).ok());
    EXPECT_FALSE(query.institution(9999).ok());
}

TEST_F(ProfileQueryTest, ProbableDuplicatesOfOnePerson)
{
    Result<QList<DuplicatePair>> pairs = ProfileQuery(*m_database).duplicatesOf(m_namesake);
    ASSERT_TRUE(pairs.ok());
    ASSERT_EQ(pairs->size(), 1);
    EXPECT_EQ((*pairs)[0].firstId, m_fabiola);
    EXPECT_EQ((*pairs)[0].secondId, m_namesake);
    EXPECT_EQ((*pairs)[0].reason, DuplicateReason::SameEmail);
}
