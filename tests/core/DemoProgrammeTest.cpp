#include "demo/DemoProgramme.h"

#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <gtest/gtest.h>
#include <memory>

namespace sd {
namespace {

// The demo is checked with plain SQL written here, independently of the counting code.

// Every row of a query as "column|column|…".
QStringList rows(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
    QStringList result;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        result.append(columns.join(QLatin1Char('|')));
    }
    return result;
}

qint64 scalar(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
    EXPECT_TRUE(query.next()) << sql.toStdString();
    return query.value(0).toLongLong();
}

const QString kTookPart = QStringLiteral("SELECT DISTINCT e.activity_id, e.participant_id FROM enrolment e "
                                         "JOIN attendance a ON a.enrolment_id = e.id "
                                         "WHERE a.status IN ('present', 'late')");

class DemoProgrammeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_database = test::newDemoProgramme(m_dir.path(QStringLiteral("demo.sdesk")));
        ASSERT_NE(m_database, nullptr);
    }

    const Database& db() const { return *m_database; }

    test::TempDir m_dir;
    std::unique_ptr<Database> m_database;
};

TEST_F(DemoProgrammeTest, HoldsTheEightActivitiesOfTheSeedWithTheirTitlesAndTypes)
{
    const QStringList expected = {
        QStringLiteral(
            "1|identification_mission|Identification mission and knowledge exchange session on the EU common "
            "asylum system (with a specific focus on unaccompanied minors) and framework for the "
            "integration of third-country nationals"),
        QStringLiteral(
            "2.1|seminar|Seminar on International Protection and the role of first-contact officials in "
            "access to the asylum procedure in Tapachula, at the border with Guatemala"),
        QStringLiteral(
            "2.2|workshop|Workshop on interviewing children and vulnerable persons applying for asylum"),
        QStringLiteral("3|workshop|Workshop on evidence assessment for Asylum Applications"),
        QStringLiteral("4|workshop|Workshop on Exclusion from International Protection"),
        QStringLiteral(
            "5|seminar|Seminars on the labour market (re-)integration of migrants and migration and health"),
        QStringLiteral(
            "6|seminar|Seminars on (re-)integration of migrant children into the education system and "
            "family reunification"),
        QStringLiteral(
            "7|study_visit|Study visit to Spain and Austria for selected actors within main institutions "
            "dealing with refugees and integration of immigrants"),
    };
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT code, type, title FROM activity ORDER BY id")), expected);

    // Components: 1 and 7 serve both, 2.1 to 4 the first, 5 and 6 the second.
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT a.code, group_concat(c.number, '+') FROM activity a "
                                        "JOIN activity_component ac ON ac.activity_id = a.id "
                                        "JOIN component c ON c.id = ac.component_id "
                                        "GROUP BY a.id ORDER BY a.id")),
              QStringList({QStringLiteral("1|1+2"), QStringLiteral("2.1|1"), QStringLiteral("2.2|1"),
                           QStringLiteral("3|1"), QStringLiteral("4|1"), QStringLiteral("5|2"),
                           QStringLiteral("6|2"), QStringLiteral("7|1+2")}));
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT venue_city, venue_country FROM activity WHERE code = '2.1'")),
              QStringList(QStringLiteral("Tapachula|Mexico")));
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT venue_country FROM activity WHERE code = '7'")),
              QStringList(QStringLiteral("Spain and Austria")));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM activity WHERE status <> 'held'")), 0);
}

TEST_F(DemoProgrammeTest, KeepsTheSeedFactsOfTheProject)
{
    EXPECT_EQ(rows(db(), QStringLiteral(
                             "SELECT code, title, beneficiary_country, start_date, end_date FROM project")),
              QStringList(QStringLiteral("MX-II|Mexico II: Seminars on International Protection and "
                                         "Integration|Mexico|2017-01-01|2018-12-31")));
    EXPECT_EQ(
        rows(db(), QStringLiteral("SELECT i.name, i.acronym, p.name FROM project_requesting_institution r "
                                  "JOIN institution i ON i.id = r.institution_id "
                                  "JOIN institution p ON p.id = i.parent_id ORDER BY i.name")),
        QStringList({QStringLiteral("Migration Policy Unit|UPM|Secretariat of the Interior"),
                     QStringLiteral("National Institute of Migration|INM|Secretariat of the Interior")}));
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT number, title FROM component ORDER BY number")),
              QStringList({QStringLiteral("1|Asylum and international protection"),
                           QStringLiteral("2|Integration of immigrants including refugees")}));
    EXPECT_EQ(rows(db(), QStringLiteral(
                             "SELECT o.number, group_concat(c.number, '+') FROM objective o "
                             "JOIN objective_component oc ON oc.objective_id = o.id "
                             "JOIN component c ON c.id = oc.component_id GROUP BY o.id ORDER BY o.number")),
              QStringList({QStringLiteral("1|1"), QStringLiteral("2|2"), QStringLiteral("3|1+2")}));
    EXPECT_EQ(
        rows(db(), QStringLiteral("SELECT statement FROM objective WHERE number = 3")),
        QStringList(QStringLiteral(
            "To enhance inter-agency cooperation and coordination in the field of asylum and integration.")));
    const QStringList texts =
        rows(db(), QStringLiteral("SELECT results_narrative, quotation, summary FROM project"));
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(texts.at(0).contains(QStringLiteral("skills of 755 participants")));
    EXPECT_TRUE(texts.at(0).contains(QStringLiteral("Special Migration Programme (2014-2018)")));
    EXPECT_TRUE(texts.at(0).contains(QStringLiteral("|MIEUX interventions are very relevant")));
    EXPECT_EQ(texts.at(0).count(QStringLiteral("\n\n")), 2); // the narrative's three paragraphs
}

TEST_F(DemoProgrammeTest, TotalsSevenHundredFiftyFiveParticipationsByFewerPeople)
{
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM (%1)").arg(kTookPart)), 755);
    const qint64 unique =
        scalar(db(), QStringLiteral("SELECT count(DISTINCT participant_id) FROM (%1)").arg(kTookPart));
    EXPECT_LT(unique, 755);
    EXPECT_GT(unique, 0);
    // Every activity had people who took part.
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(DISTINCT activity_id) FROM (%1)").arg(kTookPart)), 8);
}

TEST_F(DemoProgrammeTest, HasEnrolledPeopleWithoutPresenceAndUnrecordedMarks)
{
    // Enrolled, but never present or late: registered no-shows.
    EXPECT_GT(scalar(db(), QStringLiteral(
                               "SELECT count(*) FROM enrolment e WHERE NOT EXISTS (SELECT 1 FROM attendance "
                               "a WHERE a.enrolment_id = e.id AND a.status IN ('present', 'late'))")),
              0);
    // Enrolment × session pairs with no mark at all: not recorded, never silently absent.
    EXPECT_GT(
        scalar(db(), QStringLiteral("SELECT count(*) FROM enrolment e JOIN session s ON s.activity_id = "
                                    "e.activity_id LEFT JOIN attendance a ON a.enrolment_id = e.id AND "
                                    "a.session_id = s.id WHERE a.session_id IS NULL")),
        0);
    for (const char* status : {"present", "late", "excused", "absent"})
        EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM attendance WHERE status = '%1'")
                                   .arg(QLatin1String(status))),
                  0)
            << status;
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM session WHERE part <> 'full_day'")), 0);
}

TEST_F(DemoProgrammeTest, HasExpertsFromTheNineCountriesAndALeadPerActivity)
{
    EXPECT_EQ(
        rows(db(), QStringLiteral("SELECT DISTINCT e.country FROM activity_expert ae "
                                  "JOIN expert e ON e.id = ae.expert_id ORDER BY e.country")),
        QStringList({QStringLiteral("Austria"), QStringLiteral("Belarus"), QStringLiteral("Belgium"),
                     QStringLiteral("Germany"), QStringLiteral("Ireland"), QStringLiteral("Malta"),
                     QStringLiteral("Netherlands"), QStringLiteral("Spain"), QStringLiteral("Sweden")}));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM activity a WHERE (SELECT count(*) FROM "
                                          "activity_expert ae WHERE ae.activity_id = a.id AND ae.role = "
                                          "'lead_expert') <> 1")),
              0);
    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM expert WHERE id NOT IN (SELECT expert_id FROM "
                                    "activity_expert)")),
        0);
}

TEST_F(DemoProgrammeTest, MarksWhatTheSeedDoesNotGiveAsIllustrative)
{
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM participant WHERE illustrative <> 1")), 0);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM expert WHERE illustrative <> 1")), 0);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM activity WHERE illustrative <> 1")), 0);
    EXPECT_EQ(
        rows(db(), QStringLiteral("SELECT acronym FROM institution WHERE illustrative = 0 ORDER BY acronym")),
        QStringList({QStringLiteral("COMAR"), QStringLiteral("INM"), QStringLiteral("SEGOB"),
                     QStringLiteral("UPM")}));
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM institution WHERE illustrative = 1")), 0);
}

TEST_F(DemoProgrammeTest, IsConsistentAndItsPeopleArePlausible)
{
    EXPECT_TRUE(rows(db(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    EXPECT_EQ(rows(db(), QStringLiteral("PRAGMA integrity_check")), QStringList(QStringLiteral("ok")));
    // Rows that break a rule of a consistent programme, one query a rule: none.
    const char* const broken[] = {
        // activities outside their project's time frame
        "SELECT count(*) FROM activity a JOIN project p ON p.id = a.project_id "
        "WHERE a.start_date < p.start_date OR a.end_date > p.end_date",
        // sessions outside their activity's dates
        "SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id "
        "WHERE s.date < a.start_date OR s.date > a.end_date",
        // emails outside the reserved example domain
        "SELECT count(*) FROM participant WHERE email <> '' AND email NOT LIKE '%_@example.org'",
        // an email shared by two people
        "SELECT count(*) - count(DISTINCT email) FROM participant WHERE email <> ''",
        // people without consent, institution or region
        "SELECT count(*) FROM participant WHERE consent_date IS NULL OR institution_id IS NULL OR region = "
        "''",
    };
    for (const char* sql : broken)
        EXPECT_EQ(scalar(db(), QString::fromUtf8(sql)), 0) << sql;
    EXPECT_GT(
        scalar(db(), QStringLiteral("SELECT count(*) FROM participant WHERE given_names LIKE '%á%' OR "
                                    "given_names LIKE '%é%' OR family_names LIKE '%á%' OR family_names LIKE "
                                    "'%ñ%'")),
        0);
    const qint64 women =
        scalar(db(), QStringLiteral("SELECT count(*) FROM participant WHERE gender = 'female'"));
    const qint64 men = scalar(db(), QStringLiteral("SELECT count(*) FROM participant WHERE gender = 'male'"));
    EXPECT_GT(women, 0);
    EXPECT_GT(men, 0);
}

TEST(DemoProgrammeDeterminism, TwoDemoFilesHoldTheSamePeopleAndMarks)
{
    test::TempDir dir;
    const std::unique_ptr<Database> first = test::newDemoProgramme(dir.path(QStringLiteral("first.sdesk")));
    const std::unique_ptr<Database> second = test::newDemoProgramme(dir.path(QStringLiteral("second.sdesk")));
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    const QString participants = QStringLiteral("SELECT * FROM participant ORDER BY id");
    const QString attendance = QStringLiteral(
        "SELECT a.code, e.participant_id, s.date, s.part, m.status FROM attendance m "
        "JOIN enrolment e ON e.id = m.enrolment_id JOIN session s ON s.id = m.session_id "
        "JOIN activity a ON a.id = e.activity_id ORDER BY a.code, e.participant_id, s.date, s.part");
    const QString experts = QStringLiteral("SELECT * FROM activity_expert ORDER BY activity_id, expert_id");
    EXPECT_EQ(rows(*first, participants), rows(*second, participants));
    EXPECT_EQ(rows(*first, attendance), rows(*second, attendance));
    EXPECT_EQ(rows(*first, experts), rows(*second, experts));
    EXPECT_GT(rows(*first, attendance).size(), 755);
}

TEST(DemoProgrammeFailure, AFailureHalfwayLeavesTheFileEmpty)
{
    test::TempDir dir;
    Result<std::unique_ptr<Database>> database = Database::create(dir.path(QStringLiteral("demo.sdesk")));
    ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
    // The last kind of record the demo writes is refused, so everything before it must go too.
    QSqlQuery query((*database)->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_marks BEFORE INSERT ON main.attendance "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    ProgrammeStore store(**database);
    EXPECT_FALSE(writeDemoProgramme(store).ok());
    for (const char* table : {"project", "institution", "expert", "activity", "participant", "enrolment"})
        EXPECT_EQ(scalar(**database, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0)
            << table;
}

TEST(DemoProgrammeFailure, RefusesDataWithoutAnActivityTitleAndWritesNothing)
{
    test::TempDir dir;
    QFile resource(QString::fromLatin1(kDemoProgrammeResource));
    ASSERT_TRUE(resource.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(resource.readAll()).object();
    QJsonObject seed = root.value(QStringLiteral("seed")).toObject();
    QJsonArray activities = seed.value(QStringLiteral("activities")).toArray();
    QJsonObject last = activities.last().toObject();
    last.remove(QStringLiteral("title"));
    activities.replace(activities.size() - 1, last);
    seed.insert(QStringLiteral("activities"), activities);
    root.insert(QStringLiteral("seed"), seed);
    const QString dataPath = dir.path(QStringLiteral("broken.json"));
    QFile broken(dataPath);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(QJsonDocument(root).toJson());
    broken.close();

    Result<std::unique_ptr<Database>> database = Database::create(dir.path(QStringLiteral("demo.sdesk")));
    ASSERT_TRUE(database.ok());
    ProgrammeStore store(**database);
    const Status written = writeDemoProgramme(store, dataPath);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("\"title\"")))
        << written.error().message.toStdString();
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("seed.activities[7]")));
    EXPECT_EQ(scalar(**database, QStringLiteral("SELECT count(*) FROM participant")), 0);
    EXPECT_EQ(scalar(**database, QStringLiteral("SELECT count(*) FROM project")), 0);
}

} // namespace
} // namespace sd
