#include "import/ParticipantMerge.h"

#include "ImportFixture.h"
#include "TempDir.h"
#include "counting/ResultsQuery.h"

#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

class ParticipantMergeTest : public ImportFixtureOnBackendTest
{
protected:
    void SetUp() override
    {
        ImportFixtureOnBackendTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        ProgrammeStore store(*m_database);
        // A second record of María José: no institution, an email-less retyping.
        Participant twin = fixturePerson("Ma. José", "Hernández Ruiz", Gender::Female, 0, "", "");
        twin.phone = QStringLiteral("962 555 0101");
        Result<Id> twinId = store.addParticipant(twin);
        ASSERT_TRUE(twinId.ok());
        m_twin = *twinId;
        Result<QList<Session>> seminar = store.sessions(m_ids.activity1);
        Result<QList<Session>> workshop = store.sessions(m_ids.activity2);
        ASSERT_TRUE(seminar.ok() && workshop.ok());
        Result<Id> inSeminar = store.enrol(m_ids.activity1, m_twin);
        Result<Id> inWorkshop = store.enrol(m_ids.activity2, m_twin);
        ASSERT_TRUE(inSeminar.ok() && inWorkshop.ok());
        // Both records marked on day one (kept: present, twin: absent); the twin alone on day two.
        ASSERT_TRUE(store
                        .setAttendance({{*inSeminar, seminar->at(0).id, AttendanceStatus::Absent},
                                        {*inSeminar, seminar->at(1).id, AttendanceStatus::Late},
                                        {*inWorkshop, workshop->at(0).id, AttendanceStatus::Present}})
                        .ok());
    }

    ResultsTotals totals()
    {
        ResultsQuery query(*m_database);
        Result<ResultsTable> table = query.results(1, ResultsKey::Activity);
        EXPECT_TRUE(table.ok());
        return table ? table->totals : ResultsTotals();
    }

    Id m_twin = 0;
};

TEST_P(ParticipantMergeTest, MovesEnrolmentsKeepsTheBetterMarkAndCountsThePersonOnce)
{
    const ResultsTotals before = totals();
    const QString dumpBefore = dumpImportTables(m_path, false);

    Result<MergeRecord> merged = ParticipantMerge::merge(*m_database, m_ids.mariaJose, m_twin);
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();
    EXPECT_EQ(merged->movedEnrolmentIds.size(), 1);    // the workshop
    EXPECT_EQ(merged->combinedEnrolmentIds.size(), 1); // the seminar, where both were enrolled
    EXPECT_EQ(merged->marksAdded.size(), 1);           // day two, late
    EXPECT_TRUE(merged->marksImprovedAfter.isEmpty()); // present beats absent: day one stays present
    EXPECT_EQ(merged->filledFields, QStringList{QStringLiteral("phone")});

    ProgrammeStore store(*m_database);
    EXPECT_EQ(store.participant(m_twin).error().kind, ErrorKind::NotFound);
    Result<Participant> kept = store.participant(m_ids.mariaJose);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->phone, QStringLiteral("962 555 0101"));
    EXPECT_EQ(kept->email, QStringLiteral("mj.hernandez@example.org"));
    const ResultsTotals after = totals();
    EXPECT_EQ(after.uniqueParticipants, before.uniqueParticipants - 1);
    EXPECT_EQ(after.participations, before.participations - 1); // the seminar counts her once now

    ASSERT_TRUE(ParticipantMerge::undo(*m_database, *merged).ok());
    EXPECT_EQ(dumpImportTables(m_path, false), dumpBefore);
    EXPECT_EQ(totals().uniqueParticipants, before.uniqueParticipants);
}

TEST_P(ParticipantMergeTest, BetterStatusWinsWhereBothAreMarked)
{
    EXPECT_GT(ParticipantMerge::rank(AttendanceStatus::Present),
              ParticipantMerge::rank(AttendanceStatus::Late));
    EXPECT_GT(ParticipantMerge::rank(AttendanceStatus::Late),
              ParticipantMerge::rank(AttendanceStatus::Excused));
    EXPECT_GT(ParticipantMerge::rank(AttendanceStatus::Excused),
              ParticipantMerge::rank(AttendanceStatus::Absent));
    // Keep the twin this time: its absent on day one gives way to the other's present.
    Result<MergeRecord> merged = ParticipantMerge::merge(*m_database, m_twin, m_ids.mariaJose);
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();
    ASSERT_EQ(merged->marksImprovedAfter.size(), 1);
    EXPECT_EQ(merged->marksImprovedBefore[0].status, AttendanceStatus::Absent);
    EXPECT_EQ(merged->marksImprovedAfter[0].status, AttendanceStatus::Present);
    EXPECT_FALSE(ParticipantMerge::merge(*m_database, m_twin, m_twin).ok());
    EXPECT_EQ(ParticipantMerge::merge(*m_database, m_twin, 9999).error().kind, ErrorKind::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, ParticipantMergeTest, bothBackends(), backendName);

} // namespace
