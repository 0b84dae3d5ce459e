// What the coordinator's documents show, read from the hand-checked fixture (tests/data/golden-small,
// WORKINGS.md): who qualifies for a certificate, sessions and days attended, the order of names and
// institutions, and how dates, days and rates are written.
#include "documents/DocumentData.h"

#include "Backends.h"
#include "Programmes.h"
#include "TempDir.h"
#include "documents/DocumentText.h"
#include "storage/Database.h"

#include <QFile>
#include <gtest/gtest.h>

namespace sd {
namespace {

constexpr Id kSeminar = 2;  // activity 2.1: three full days
constexpr Id kWorkshop = 3; // activity 2.2: three half days
constexpr Id kEvidence = 5; // activity 3: nobody took part

class DocumentDataTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        // Two more persons in 2.1, to see accents sorted as letters: Álvarez before Bravo.
        const QString script =
            test::fixtureScript(QStringLiteral("golden-small/fixture.sql")) + QStringLiteral(R"sql(
INSERT INTO participant (id, given_names, family_names, gender) VALUES
    (21, 'Bea', 'Bravo', 'female'),
    (22, 'Íñigo', 'Álvarez', 'male');
INSERT INTO enrolment (id, activity_id, participant_id) VALUES
    (31, 2, 21),
    (32, 2, 22);
)sql");
        const QString path = m_dir.path(QStringLiteral("golden.sdesk"));
        ASSERT_NE(test::newProgramme(path, {script}), nullptr);
        ASSERT_FALSE(HasFailure());
        m_database = m_place.open(GetParam(), path);
        ASSERT_NE(m_database, nullptr);
        m_data = std::make_unique<DocumentData>(*m_database);
    }

    static QList<Id> personIds(const QList<CertificateData>& certificates)
    {
        QList<Id> ids;
        for (const CertificateData& certificate : certificates)
            ids.append(certificate.person.id);
        return ids;
    }

    test::TempDir m_dir;
    test::BackendPlace m_place;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DocumentData> m_data;
};

TEST_P(DocumentDataTest, CertificatesGoToThoseWhoReachTheThreshold)
{
    // 2.1: P1 and P6 three of three sessions, P3 and P8 two, P7 one, P5 none (WORKINGS.md).
    const auto at = [&](double threshold) {
        Result<QList<CertificateData>> certificates = m_data->certificatesForActivity(kSeminar, threshold);
        EXPECT_TRUE(certificates.ok());
        return certificates.ok() ? personIds(*certificates) : QList<Id>{};
    };
    EXPECT_EQ(at(75), (QList<Id>{1, 6})) << "López before Rivera";
    EXPECT_EQ(at(66.67), (QList<Id>{1, 6})) << "2 of 3 is 66.666...: below 66.67";
    EXPECT_EQ(at(66.66), (QList<Id>{8, 3, 1, 6})) << "Díaz, Hernández, López, Rivera";
    EXPECT_EQ(at(0), (QList<Id>{8, 3, 1, 6, 7})) << "everyone who took part; Álvarez and Bravo never came";
    EXPECT_FALSE(at(0).contains(5)) << "enrolled but never present: no certificate, whatever the threshold";
    Result<QList<CertificateData>> nobody = m_data->certificatesForActivity(kEvidence, 0);
    ASSERT_TRUE(nobody.ok());
    EXPECT_TRUE(nobody->isEmpty());
}

TEST_P(DocumentDataTest, HalfDaysCountHalfAndRatesCountSessions)
{
    Result<QList<CertificateData>> certificates = m_data->certificatesForActivity(kWorkshop, 0);
    ASSERT_TRUE(certificates.ok());
    // 2.2: P2 three of three half days (1.5 days), P5 two (1.0), P9 one (0.5); P3 none.
    ASSERT_EQ(personIds(*certificates), (QList<Id>{5, 9, 2})) << "Núñez, Ortega, Ramírez";
    const QList<std::pair<int, double>> expected{{2, 1.0}, {1, 0.5}, {3, 1.5}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ActivityAttendance& attendance = certificates->at(i).attendance;
        EXPECT_EQ(attendance.sessionsAttended, expected[i].first);
        EXPECT_DOUBLE_EQ(attendance.daysAttended, expected[i].second);
        EXPECT_EQ(attendance.activity.sessionCount, 3);
        EXPECT_DOUBLE_EQ(attendance.activity.sessionDays, 1.5);
    }
    EXPECT_EQ(documentRate(certificates->at(0).attendance.ratePercent()), QStringLiteral("66 %"));
    EXPECT_EQ(documentRate(certificates->at(2).attendance.ratePercent()), QStringLiteral("100 %"));
}

TEST_P(DocumentDataTest, ASummaryHoldsEveryActivityTakenPartInEveryProject)
{
    Result<ParticipantSummaryData> summary = m_data->participantSummary(1, 0);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->person.fullName(), QStringLiteral("Ana Lucía López Soto"));
    EXPECT_EQ(summary->person.institutionLabel(), QStringLiteral("National Institute of Migration (INM)"));
    QStringList codes;
    double days = 0;
    for (const ActivityAttendance& attendance : summary->activities) {
        codes.append(attendance.activity.projectCode + QLatin1Char(' ') + attendance.activity.code);
        days += attendance.daysAttended;
    }
    EXPECT_EQ(codes, (QStringList{QStringLiteral("GS 1"), QStringLiteral("GS 2.1"), QStringLiteral("GS 10"),
                                  QStringLiteral("OT 1")}));
    EXPECT_DOUBLE_EQ(days, 8.0);
    Result<ParticipantSummaryData> onlyGs = m_data->participantSummary(1, 1);
    ASSERT_TRUE(onlyGs.ok());
    EXPECT_EQ(onlyGs->activities.size(), 3);
    Result<ParticipantSummaryData> missing = m_data->participantSummary(999, 0);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("999")));
}

TEST_P(DocumentDataTest, AnActivityListIsGroupedByInstitutionAndSortedByName)
{
    Result<ActivityListData> list = m_data->activityList(kSeminar);
    ASSERT_TRUE(list.ok());
    QStringList order;
    for (const ActivityListEntry& entry : list->entries)
        order.append(entry.person.institutionShort() + QLatin1Char('/') + entry.person.familyNames);
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("Albergue Belén/Núñez Gil"), QStringLiteral("COMAR/Hernández Ruiz"),
                           QStringLiteral("COMAR/Ruiz Ortega"), QStringLiteral("INM/Díaz Mora"),
                           QStringLiteral("INM/López Soto"), QStringLiteral("/Álvarez"),
                           QStringLiteral("/Bravo"), QStringLiteral("/Rivera Castro")}));
    EXPECT_EQ(list->activity.sessionCount, 3);
    EXPECT_EQ(list->activity.venue(), QStringLiteral("Tapachula, Mexico"));
}

TEST_P(DocumentDataTest, ASignInSheetHasTheSessionsInOrderAndEveryoneEnrolled)
{
    Result<SignInSheetData> sheet = m_data->signInSheet(kWorkshop);
    ASSERT_TRUE(sheet.ok());
    ASSERT_EQ(sheet->sessions.size(), 3);
    EXPECT_EQ(documentSessionDate(sheet->sessions[0]), QStringLiteral("Wednesday 10 May 2017, morning"));
    EXPECT_EQ(documentSessionDate(sheet->sessions[1]), QStringLiteral("Wednesday 10 May 2017, afternoon"));
    EXPECT_EQ(documentSessionDate(sheet->sessions[2]), QStringLiteral("Thursday 11 May 2017, morning"));
    QStringList names;
    for (const DocumentPerson& person : sheet->enrolled)
        names.append(person.listName());
    EXPECT_EQ(names, (QStringList{QStringLiteral("Hernández Ruiz, María José"),
                                  QStringLiteral("Núñez Gil, Sofía"), QStringLiteral("Ortega Pérez, Lucía"),
                                  QStringLiteral("Ramírez Vidal, José Ángel")}))
        << "everyone enrolled, P3 too, who never came";
}

INSTANTIATE_TEST_SUITE_P(Backends, DocumentDataTest, test::bothBackends(), test::backendName);

TEST(DocumentText, DatesDaysAndRates)
{
    EXPECT_EQ(documentDateRange(QDate(2017, 3, 13), QDate(2017, 3, 15)), QStringLiteral("13–15 March 2017"));
    EXPECT_EQ(documentDateRange(QDate(2017, 2, 28), QDate(2017, 3, 2)),
              QStringLiteral("28 February – 2 March 2017"));
    EXPECT_EQ(documentDateRange(QDate(2017, 12, 30), QDate(2018, 1, 2)),
              QStringLiteral("30 December 2017 – 2 January 2018"));
    EXPECT_EQ(documentDateRange(QDate(2017, 6, 5), QDate(2017, 6, 5)), QStringLiteral("5 June 2017"));
    EXPECT_EQ(documentDays(3.0), QStringLiteral("3"));
    EXPECT_EQ(documentDays(1.5), QStringLiteral("1.5"));
    EXPECT_EQ(documentRate(100.0 * 2 / 3), QStringLiteral("66 %"));
    EXPECT_EQ(documentRate(100.0 * 3 / 5), QStringLiteral("60 %"));
    EXPECT_EQ(documentRate(74.99), QStringLiteral("74 %")) << "never shown as reaching 75 %";
}

} // namespace
} // namespace sd
