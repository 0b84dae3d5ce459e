// Each enrolment's attendance summary (sessions attended, participant-days; schema version 4) is what
// the results tables count. These tests change marks and sessions every way the program and a direct
// writer can, and check after each step that the summary equals a recount from the marks.
#include "Backends.h"
#include "Programmes.h"
#include "TempDir.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

using namespace sd;
using sd::test::TempDir;

namespace {

struct Summary
{
    qint64 sessions = -1;
    double days = -1.0;
};

// The enrolments whose stored summary differs from a recount of their marks (the query of
// `seminardesk-cli check`).
qint64 mismatches(Database& database)
{
    QSqlQuery query(database.connection());
    const bool ran = query.exec(QStringLiteral(
        "SELECT count(*) FROM enrolment e LEFT JOIN (SELECT m.enrolment_id, COUNT(*) AS sessions,"
        " SUM(CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END) AS days FROM attendance m"
        " JOIN session s ON s.id = m.session_id WHERE m.status = 'present' OR m.status = 'late'"
        " GROUP BY m.enrolment_id) c ON c.enrolment_id = e.id"
        " WHERE e.sessions_attended <> COALESCE(c.sessions, 0) OR abs(e.days_attended - COALESCE(c.days, 0)) "
        "> 1e-9"));
    EXPECT_TRUE(ran);
    return ran && query.next() ? query.value(0).toLongLong() : -1;
}

Summary summaryOf(Database& database, Id enrolmentId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT sessions_attended, days_attended FROM enrolment WHERE id = ?"));
    query.addBindValue(enrolmentId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toDouble()};
}

class ParticipationSummaryTest : public test::NewProgrammeOnBackendTest
{
protected:
    void SetUp() override
    {
        NewProgrammeOnBackendTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        const test::MexicoII mexico = test::addMexicoII(*m_store);
        ASSERT_FALSE(HasFailure());
        m_activity = test::tapachulaSeminar(mexico.project, mexico.component, QStringLiteral("2.1"));
        // A full day, a morning and an afternoon, and a full day: 3 participant-days in all.
        const QList<Session> sessions{{0, 0, QDate(2017, 3, 13), SessionPart::FullDay},
                                      {0, 0, QDate(2017, 3, 14), SessionPart::Morning},
                                      {0, 0, QDate(2017, 3, 14), SessionPart::Afternoon},
                                      {0, 0, QDate(2017, 3, 15), SessionPart::FullDay}};
        Result<Id> activityId = m_store->addActivity(m_activity, sessions);
        ASSERT_TRUE(activityId.ok()) << activityId.error().message.toStdString();
        m_activity.id = *activityId;
        Result<Activity> stored = m_store->activity(m_activity.id);
        ASSERT_TRUE(stored.ok());
        m_activity = *stored;
        QSqlQuery query(m_database->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT id FROM session ORDER BY date, part")));
        while (query.next())
            m_sessions.append(query.value(0).toLongLong());
        ASSERT_EQ(m_sessions.size(), 4); // ordered: 13 full, 14 afternoon, 14 morning, 15 full

        for (const QString& family : {QStringLiteral("Acosta Pacheco"), QStringLiteral("Aguilar Estrada")}) {
            Participant p;
            p.givenNames = QStringLiteral("Inés");
            p.familyNames = family;
            p.gender = Gender::Female;
            Result<Id> participant = m_store->addParticipant(p);
            ASSERT_TRUE(participant.ok()) << participant.error().message.toStdString();
            Result<Id> enrolment = m_store->enrol(m_activity.id, *participant);
            ASSERT_TRUE(enrolment.ok());
            m_enrolments.append(*enrolment);
        }
    }

    Status mark(Id enrolment, int session, std::optional<AttendanceStatus> status)
    {
        return m_store->setAttendance({{enrolment, m_sessions.at(session), status}});
    }

    Activity m_activity;
    QList<Id> m_sessions;
    QList<Id> m_enrolments;
};

TEST_P(ParticipationSummaryTest, NewEnrolmentsHaveNothingAttended)
{
    const Summary first = summaryOf(*m_database, m_enrolments.at(0));
    EXPECT_EQ(first.sessions, 0);
    EXPECT_EQ(first.days, 0.0);
    EXPECT_EQ(mismatches(*m_database), 0);
}

TEST_P(ParticipationSummaryTest, MarksSetChangedAndClearedKeepTheSummary)
{
    const Id ana = m_enrolments.at(0);
    const Id ines = m_enrolments.at(1);
    ASSERT_TRUE(m_store
                    ->setAttendance({{ana, m_sessions.at(0), AttendanceStatus::Present},
                                     {ana, m_sessions.at(1), AttendanceStatus::Present},
                                     {ana, m_sessions.at(2), AttendanceStatus::Late},
                                     {ana, m_sessions.at(3), AttendanceStatus::Present},
                                     {ines, m_sessions.at(0), AttendanceStatus::Absent},
                                     {ines, m_sessions.at(2), AttendanceStatus::Late}})
                    .ok());
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 4);
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 3.0);
    EXPECT_EQ(summaryOf(*m_database, ines).sessions, 1);
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ines).days, 0.5);
    EXPECT_EQ(mismatches(*m_database), 0);

    // Present to absent, absent to excused, excused to present, late to present.
    ASSERT_TRUE(mark(ana, 3, AttendanceStatus::Absent).ok());
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 3);
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 2.0);
    ASSERT_TRUE(mark(ines, 0, AttendanceStatus::Excused).ok());
    EXPECT_EQ(summaryOf(*m_database, ines).sessions, 1);
    ASSERT_TRUE(mark(ines, 0, AttendanceStatus::Present).ok());
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ines).days, 1.5);
    ASSERT_TRUE(mark(ana, 2, AttendanceStatus::Present).ok());
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 3);
    EXPECT_EQ(mismatches(*m_database), 0);

    // Cleared marks (unmarked) take their share away.
    ASSERT_TRUE(mark(ana, 1, std::nullopt).ok());
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 2);
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 1.5);
    ASSERT_TRUE(mark(ana, 3, std::nullopt).ok()); // an absent mark cleared: nothing changes
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 2);
    EXPECT_EQ(mismatches(*m_database), 0);
}

TEST_P(ParticipationSummaryTest, DirectWritesByAnyClientKeepTheSummary)
{
    const Id ana = m_enrolments.at(0);
    const Id ines = m_enrolments.at(1);
    ASSERT_TRUE(mark(ana, 0, AttendanceStatus::Present).ok());
    ASSERT_TRUE(mark(ana, 1, AttendanceStatus::Present).ok());
    QSqlQuery query(m_database->connection());
    // Another program writing SQL: moving a mark to another enrolment and another session at once.
    query.prepare(
        QStringLiteral("UPDATE attendance SET enrolment_id = ?, session_id = ? WHERE enrolment_id = ? AND "
                       "session_id = ?"));
    query.addBindValue(ines);
    query.addBindValue(m_sessions.at(3));
    query.addBindValue(ana);
    query.addBindValue(m_sessions.at(1));
    ASSERT_TRUE(query.exec());
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 1);
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 1.0);
    EXPECT_EQ(summaryOf(*m_database, ines).sessions, 1);
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ines).days, 1.0);
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM attendance")));
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 0);
    EXPECT_EQ(summaryOf(*m_database, ines).days, 0.0);
    EXPECT_EQ(mismatches(*m_database), 0);
}

TEST_P(ParticipationSummaryTest, ChangingASessionsPartOfTheDayChangesTheDays)
{
    const Id ana = m_enrolments.at(0);
    ASSERT_TRUE(mark(ana, 0, AttendanceStatus::Present).ok());
    ASSERT_TRUE(mark(ana, 3, AttendanceStatus::Late).ok());
    ASSERT_TRUE(mark(m_enrolments.at(1), 3, AttendanceStatus::Absent).ok());
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 2.0);

    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE session SET part = 'morning' WHERE id = ?"));
    query.addBindValue(m_sessions.at(3));
    ASSERT_TRUE(query.exec());
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 1.5);
    EXPECT_EQ(summaryOf(*m_database, ana).sessions, 2);
    query.prepare(QStringLiteral("UPDATE session SET part = 'afternoon' WHERE id = ?")); // half to half
    query.addBindValue(m_sessions.at(3));
    ASSERT_TRUE(query.exec());
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 1.5);
    query.prepare(QStringLiteral("UPDATE session SET part = 'full_day' WHERE id = ?"));
    query.addBindValue(m_sessions.at(3));
    ASSERT_TRUE(query.exec());
    EXPECT_DOUBLE_EQ(summaryOf(*m_database, ana).days, 2.0);
    EXPECT_EQ(mismatches(*m_database), 0);
}

TEST_P(ParticipationSummaryTest, DeletingWithTheirMarksLeavesNoStaleSummary)
{
    ASSERT_TRUE(mark(m_enrolments.at(0), 0, AttendanceStatus::Present).ok());
    ASSERT_TRUE(mark(m_enrolments.at(1), 0, AttendanceStatus::Present).ok());
    ASSERT_TRUE(m_store->unenrol(m_enrolments.at(0), DeleteMode::Cascade).ok());
    EXPECT_EQ(mismatches(*m_database), 0);
    EXPECT_EQ(summaryOf(*m_database, m_enrolments.at(1)).sessions, 1);
    ASSERT_TRUE(m_store->deleteActivity(m_activity.id, DeleteMode::Cascade).ok());
    EXPECT_EQ(mismatches(*m_database), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ParticipationSummaryTest, test::bothBackends(), test::backendName);

TEST(ParticipationSummary, AnOlderFileGetsItsSummaryWhenMigrated)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sdesk"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(mismatches(**opened), 0);
    QSqlQuery query((*opened)->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT SUM(sessions_attended) FROM enrolment")));
    ASSERT_TRUE(query.next());
    EXPECT_GT(query.value(0).toLongLong(), 0); // the fixture's marks are counted, not left at zero
}

TEST(ParticipationSummary, TheGeneratorWritesTheSummaryAndLeavesTriggersAndIndexesInPlace)
{
    TempDir dir;
    Result<std::unique_ptr<Database>> created = Database::create(dir.path(QStringLiteral("gen.sdesk")));
    ASSERT_TRUE(created.ok());
    Database& database = **created;
    QSqlQuery query(database.connection());
    const QString schemaObjects = QStringLiteral(
        "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 1");
    ASSERT_TRUE(query.exec(schemaObjects));
    QStringList before;
    while (query.next())
        before.append(query.value(0).toString());

    GeneratorOptions options;
    options.participants = 300;
    options.activities = 12;
    Result<GeneratorReport> report = generateProgramme(database, options);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(mismatches(database), 0);

    ASSERT_TRUE(query.exec(schemaObjects));
    QStringList after;
    while (query.next())
        after.append(query.value(0).toString());
    EXPECT_EQ(after, before);
    EXPECT_TRUE(before.contains(QStringLiteral("trigger attendance_counted_on_insert")));

    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 1); // switched back on after the bulk write
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    EXPECT_FALSE(query.next());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT SUM(sessions_attended) FROM enrolment")));
    ASSERT_TRUE(query.next());
    EXPECT_GT(query.value(0).toLongLong(), 0);
}

} // namespace
