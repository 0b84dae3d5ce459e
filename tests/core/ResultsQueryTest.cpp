#include "counting/ResultsQuery.h"

#include "Backends.h"
#include "Programmes.h"
#include "Readers.h"
#include "TempDir.h"
#include "counting/ResultsFormatter.h"
#include "demo/Generator.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>
#include <memory>

namespace sd {
namespace {

constexpr Id kGolden = 1; // project GS of tests/data/golden-small/fixture.sql
constexpr Id kOther = 2;  // project OT, in the same file

// Where two JSON values differ, as "rows[2].female: expected 2, got 1" lines.
void collectDifferences(const QString& path, const QJsonValue& expected, const QJsonValue& actual,
                        QStringList& out)
{
    if (expected.type() != actual.type()) {
        out << QStringLiteral("%1: expected %2, got %3")
                   .arg(path,
                        QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            collectDifferences(path + QLatin1Char('.') + it.key(), it.value(), a.value(it.key()), out);
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                out << QStringLiteral("%1.%2: not expected").arg(path, it.key());
        }
        return;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            out << QStringLiteral("%1: expected %2 entries, got %3").arg(path).arg(e.size()).arg(a.size());
        for (qsizetype i = 0; i < std::min(e.size(), a.size()); ++i)
            collectDifferences(QStringLiteral("%1[%2]").arg(path).arg(i), e.at(i), a.at(i), out);
        return;
    }
    if (expected != actual) {
        out << QStringLiteral("%1: expected %2, got %3")
                   .arg(path, expected.toVariant().toString(), actual.toVariant().toString());
    }
}

// The fields of one CSV record.
QStringList csvFields(const QString& record)
{
    return test::parseCsv(record).value(0);
}

// On a file and on the server (Backends.h): the same hand-checked numbers from both.
class ResultsQueryTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("golden.sdesk"));
        ASSERT_NE(test::newProgramme(path, {test::fixtureScript(QStringLiteral("golden-small/fixture.sql"))}),
                  nullptr);
        ASSERT_FALSE(HasFailure());
        m_database = m_place.open(GetParam(), path);
        ASSERT_NE(m_database, nullptr);
        m_query = std::make_unique<ResultsQuery>(*m_database);
    }

    void runInTransaction(const QString& script) { test::runScript(*m_database, script); }

    ResultsTable table(ResultsKey by, Id project = kGolden)
    {
        Result<ResultsTable> result = m_query->results(project, by);
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
        return result.ok() ? result.value() : ResultsTable{};
    }

    QList<Id> ids(const ParticipantFilter& filter)
    {
        Result<QList<Id>> result = m_query->participantIds(kGolden, filter);
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
        return result.ok() ? result.value() : QList<Id>{};
    }

    test::TempDir m_dir;
    test::BackendPlace m_place;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ResultsQuery> m_query;
};

INSTANTIATE_TEST_SUITE_P(Backends, ResultsQueryTest, test::bothBackends(), test::backendName);

TEST_P(ResultsQueryTest, EveryTableMatchesTheHandCheckedGoldenFile)
{
    for (const ResultsKey by : allResultsKeys()) {
        const QString code = resultsKeyCode(by);
        SCOPED_TRACE(code.toStdString());
        const QString expectedPath =
            test::dataPath(QStringLiteral("golden-small/expected-%1.json").arg(code));
        QJsonParseError expectedError;
        const QJsonDocument expected =
            QJsonDocument::fromJson(test::readText(expectedPath).toUtf8(), &expectedError);
        ASSERT_EQ(expectedError.error, QJsonParseError::NoError) << expectedPath.toStdString();

        const QByteArray json = ResultsFormatter::toJson(table(by));
        QJsonParseError actualError;
        const QJsonDocument actual = QJsonDocument::fromJson(json, &actualError);
        ASSERT_EQ(actualError.error, QJsonParseError::NoError) << json.toStdString();

        QStringList differences;
        collectDifferences(code, expected.object(), actual.object(), differences);
        EXPECT_TRUE(differences.isEmpty()) << differences.join(QLatin1Char('\n')).toStdString() << "\n"
                                           << json.toStdString();
    }
}

TEST_P(ResultsQueryTest, TotalsAreTheSameWhateverTheBreakdown)
{
    const ResultsTotals reference = table(ResultsKey::Activity).totals;
    EXPECT_EQ(reference.uniqueParticipants, 9);
    for (const ResultsKey by : allResultsKeys()) {
        SCOPED_TRACE(resultsKeyCode(by).toStdString());
        const ResultsTotals totals = table(by).totals;
        EXPECT_EQ(totals.participations, reference.participations);
        EXPECT_EQ(totals.uniqueParticipants, reference.uniqueParticipants);
        EXPECT_EQ(totals.female + totals.male + totals.other + totals.notStated, totals.uniqueParticipants);
        EXPECT_DOUBLE_EQ(totals.participantDays, reference.participantDays);
        EXPECT_EQ(totals.experts, reference.experts);
        EXPECT_EQ(totals.expertCountries, reference.expertCountries);
    }
}

TEST_P(ResultsQueryTest, PersonBreakdownsAddUpToTheTotals)
{
    for (const ResultsKey by :
         {ResultsKey::Institution, ResultsKey::InstitutionType, ResultsKey::Gender, ResultsKey::Region}) {
        SCOPED_TRACE(resultsKeyCode(by).toStdString());
        const ResultsTable t = table(by);
        qint64 participations = 0;
        qint64 unique = 0;
        double days = 0;
        for (const ResultsRow& row : t.rows) {
            participations += row.participations;
            unique += row.uniqueParticipants;
            days += row.participantDays;
            EXPECT_EQ(row.female + row.male + row.other + row.notStated, row.uniqueParticipants);
        }
        EXPECT_EQ(participations, t.totals.participations);
        EXPECT_EQ(unique, t.totals.uniqueParticipants);
        EXPECT_DOUBLE_EQ(days, t.totals.participantDays);
    }
}

TEST_P(ResultsQueryTest, EveryRowTracesBackToItsPersons)
{
    for (const ResultsKey by : allResultsKeys()) {
        const ResultsTable t = table(by);
        for (const ResultsRow& row : t.rows) {
            SCOPED_TRACE((resultsKeyCode(by) + QStringLiteral(" ") + row.key).toStdString());
            EXPECT_EQ(ids(ParticipantFilter::forRow(by, row)).size(), row.uniqueParticipants);
        }
    }
    EXPECT_EQ(ids({}).size(), table(ResultsKey::Activity).totals.uniqueParticipants);
}

TEST_P(ResultsQueryTest, FiltersListTheHandCheckedPersons)
{
    ParticipantFilter filter;
    filter.activityCode = QStringLiteral("2.1");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 3, 6, 7, 8}));

    filter = {};
    filter.componentNumber = QStringLiteral("2");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 3, 6, 7, 8, 9}));

    filter = {};
    filter.institution = QStringLiteral("INM");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 2, 8}));
    filter.institution = QString();
    EXPECT_EQ(ids(filter), (QList<Id>{6, 9}));
    filter.institution = QStringLiteral("Albergue Belén");
    EXPECT_EQ(ids(filter), (QList<Id>{5}));

    filter = {};
    filter.institutionType = QStringLiteral("federal");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 2, 3, 7, 8}));

    filter = {};
    filter.gender = QStringLiteral("female");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 3, 5, 7, 9}));

    filter = {};
    filter.region = QString();
    EXPECT_EQ(ids(filter), (QList<Id>{7, 9}));

    filter = {};
    filter.expertCountry = QStringLiteral("Germany");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 2, 3, 5, 6, 7, 8, 9}));

    filter = {};
    filter.componentNumber = QStringLiteral("1");
    filter.gender = QStringLiteral("male");
    EXPECT_EQ(ids(filter), (QList<Id>{2, 4}));

    // Activity-level conditions hold for the same activity: only 10 is in component 2 with a Spanish expert.
    filter = {};
    filter.componentNumber = QStringLiteral("2");
    filter.expertCountry = QStringLiteral("Spain");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 6, 8, 9}));

    EXPECT_EQ(ids({}), (QList<Id>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

TEST_P(ResultsQueryTest, BadFiltersAreRefusedWithAReason)
{
    auto kindOf = [&](const ParticipantFilter& filter) {
        Result<QList<Id>> result = m_query->participantIds(kGolden, filter);
        EXPECT_FALSE(result.ok());
        if (result.ok())
            return ErrorKind::Conflict;
        EXPECT_FALSE(result.error().message.isEmpty());
        return result.error().kind;
    };
    ParticipantFilter filter;
    filter.activityCode = QStringLiteral("9");
    EXPECT_EQ(kindOf(filter), ErrorKind::NotFound);
    filter = {};
    filter.componentNumber = QStringLiteral("one");
    EXPECT_EQ(kindOf(filter), ErrorKind::BadInput);
    filter.componentNumber = QStringLiteral("7");
    EXPECT_EQ(kindOf(filter), ErrorKind::NotFound);
    filter = {};
    filter.gender = QStringLiteral("femme");
    EXPECT_EQ(kindOf(filter), ErrorKind::BadInput);
    filter = {};
    filter.institutionType = QStringLiteral("ministry");
    EXPECT_EQ(kindOf(filter), ErrorKind::BadInput);
    filter = {};
    filter.institution = QStringLiteral("XYZ");
    EXPECT_EQ(kindOf(filter), ErrorKind::NotFound);

    Result<QList<Id>> noProject = m_query->participantIds(99, {});
    ASSERT_FALSE(noProject.ok());
    EXPECT_EQ(noProject.error().kind, ErrorKind::NotFound);
    Result<ResultsTable> noTable = m_query->results(99, ResultsKey::Gender);
    ASSERT_FALSE(noTable.ok());
    EXPECT_EQ(noTable.error().kind, ErrorKind::NotFound);
}

TEST_P(ResultsQueryTest, AnotherProjectInTheFileCountsOnlyItsOwn)
{
    const ResultsTable other = table(ResultsKey::ExpertCountry, kOther);
    EXPECT_EQ(other.projectCode, QStringLiteral("OT"));
    ASSERT_EQ(other.rows.size(), 1);
    EXPECT_EQ(other.rows.at(0).key, QStringLiteral("France"));
    EXPECT_EQ(other.rows.at(0).participations, 2);
    EXPECT_EQ(other.totals.participations, 2);
    EXPECT_EQ(other.totals.uniqueParticipants, 2);
    EXPECT_EQ(other.totals.experts, 1);
    EXPECT_EQ(other.totals.expertCountries, 1);
}

TEST_P(ResultsQueryTest, AnEmptyProjectGivesZeroTotalsAndListsItsComponents)
{
    runInTransaction(QStringLiteral("INSERT INTO project (id, code, title, start_date, end_date) VALUES "
                                    "(3, 'EM', 'Empty', '2019-01-01', '2019-12-31');\n"
                                    "INSERT INTO component (id, project_id, number, title) VALUES "
                                    "(4, 3, 1, 'Only strand');\n"));
    for (const ResultsKey by : allResultsKeys()) {
        SCOPED_TRACE(resultsKeyCode(by).toStdString());
        const ResultsTable t = table(by, 3);
        EXPECT_EQ(t.rows.size(), by == ResultsKey::Component ? 1 : 0);
        EXPECT_EQ(t.totals.participations, 0);
        EXPECT_EQ(t.totals.uniqueParticipants, 0);
        EXPECT_DOUBLE_EQ(t.totals.participantDays, 0.0);
        EXPECT_EQ(t.totals.experts, 0);
        const QJsonDocument json = QJsonDocument::fromJson(ResultsFormatter::toJson(t));
        EXPECT_TRUE(json.isObject());
        EXPECT_EQ(json.object()
                      .value(QStringLiteral("totals"))
                      .toObject()
                      .value(QStringLiteral("participant_days")),
                  QJsonValue(0.0));
    }
}

TEST_P(ResultsQueryTest, AnAcronymSharedByTwoInstitutionsGivesWayToTheName)
{
    runInTransaction(QStringLiteral("INSERT INTO institution (id, name, acronym, type) VALUES "
                                    "(6, 'Instituto Nacional de las Mujeres', 'INM', 'federal');\n"));
    const ResultsTable t = table(ResultsKey::Institution);
    QStringList keys;
    for (const ResultsRow& row : t.rows)
        keys << row.key;
    EXPECT_TRUE(keys.contains(QStringLiteral("National Institute of Migration")));
    EXPECT_FALSE(keys.contains(QStringLiteral("INM")));
    ParticipantFilter filter;
    filter.institution = QStringLiteral("National Institute of Migration");
    EXPECT_EQ(ids(filter), (QList<Id>{1, 2, 8}));
}

TEST_P(ResultsQueryTest, TextHasAlignedColumnsATotalsRowAndTheNotes)
{
    const ResultsTable t = table(ResultsKey::Activity);
    const QString text = ResultsFormatter::toText(t);
    const QStringList lines = text.split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 10);
    EXPECT_EQ(lines.at(0), QStringLiteral("GS Golden small programme"));

    const qsizetype header = 3; // after the title, the breakdown and an empty line
    ASSERT_TRUE(lines.at(header).contains(QStringLiteral("Participations")));
    // Header, rule, 5 rows, rule, totals: every line of the table is as wide as the header.
    const qsizetype width = lines.at(header).size();
    for (qsizetype i = header; i < header + 9; ++i)
        EXPECT_EQ(lines.at(i).size(), width) << lines.at(i).toStdString();
    EXPECT_TRUE(lines.at(header + 2).startsWith(QStringLiteral("1 ")));
    EXPECT_TRUE(lines.at(header + 6).startsWith(QStringLiteral("10 ")));
    const QString totals = lines.at(header + 8);
    EXPECT_TRUE(totals.startsWith(QStringLiteral("Total")));
    EXPECT_EQ(totals.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1),
              QStringLiteral("15 9 5 2 1 1 24.0 4 3 100.0 55.6").split(QLatin1Char(' ')));
    EXPECT_EQ(lines.at(header + 10), QStringLiteral("Notes:"));
    for (const QString& note : t.notes)
        EXPECT_TRUE(text.simplified().contains(note.simplified())) << note.toStdString();
}

TEST_P(ResultsQueryTest, CsvHasAHeaderOneRecordPerRowAndATotalsRecord)
{
    const ResultsTable t = table(ResultsKey::Activity);
    const QString csv = QString::fromUtf8(ResultsFormatter::toCsv(t));
    ASSERT_TRUE(csv.endsWith(QStringLiteral("\r\n")));
    const QStringList records = csv.chopped(2).split(QStringLiteral("\r\n"));
    ASSERT_EQ(records.size(), t.rows.size() + 2);
    EXPECT_EQ(
        records.first(),
        QStringLiteral("key,label,participations,unique_participants,female,male,other,"
                       "not_stated,participant_days,experts,expert_countries,participations_pct,female_pct"));
    for (const QString& record : records)
        EXPECT_EQ(csvFields(record).size(), 13) << record.toStdString();
    EXPECT_EQ(
        records.at(3),
        QStringLiteral("2.2,\"Workshop on child protection, Tapachula\",3,3,2,1,0,0,3.0,1,1,20.0,66.7"));
    EXPECT_EQ(csvFields(records.at(3)).at(1), QStringLiteral("Workshop on child protection, Tapachula"));
    EXPECT_EQ(records.last(), QStringLiteral("(total),Total,15,9,5,2,1,1,24.0,4,3,100.0,55.6"));
    // A share of nothing is an empty cell: activity 3 had no participants.
    EXPECT_TRUE(records.at(4).endsWith(QStringLiteral(",0.0,"))) << records.at(4).toStdString();
}

// Counts every table of a generated programme again, naively in C++ from the raw tables, and
// compares: the SQL must agree with the rules however the data falls, not only on the fixture.
TEST(ResultsRecountTest, EveryTableAgreesWithANaiveRecountOfAGeneratedProgramme)
{
    test::TempDir dir;
    Result<std::unique_ptr<Database>> created = Database::create(dir.path(QStringLiteral("generated.sdesk")));
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    Database& database = **created;
    GeneratorOptions options;
    options.participants = 400;
    options.activities = 16;
    options.seed = 7;
    options.enrolmentsPerActivity = 60;
    ASSERT_TRUE(generateProgramme(database, options).ok());
    QSqlDatabase db = database.connection();
    {
        // The generator writes full days only: make every third session a half day.
        QSqlQuery halfDays(db);
        ASSERT_TRUE(halfDays.exec(QStringLiteral("UPDATE session SET part = 'morning' WHERE id % 3 = 0")));
    }
    auto rows = [&](const QString& sql) {
        QList<QList<QVariant>> out;
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        while (query.next()) {
            QList<QVariant> row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            out << row;
        }
        return out;
    };
    const Id project = rows(QStringLiteral("SELECT id FROM project")).at(0).at(0).toLongLong();

    QMap<Id, QString> sessionPart;
    QMap<Id, QDate> sessionDate;
    for (const auto& r : rows(QStringLiteral("SELECT id, part, date FROM session"))) {
        sessionPart[r.at(0).toLongLong()] = r.at(1).toString();
        sessionDate[r.at(0).toLongLong()] = QDate::fromString(r.at(2).toString(), Qt::ISODate);
    }
    QMap<Id, std::pair<Id, Id>> enrolments; // id -> (activity, participant)
    for (const auto& r : rows(QStringLiteral("SELECT id, activity_id, participant_id FROM enrolment")))
        enrolments[r.at(0).toLongLong()] = {r.at(1).toLongLong(), r.at(2).toLongLong()};
    struct Mark
    {
        Id activity;
        Id participant;
        QDate date;
        double days;
    };
    QList<Mark> marks; // those that count: present or late
    for (const auto& r : rows(QStringLiteral("SELECT enrolment_id, session_id, status FROM attendance"))) {
        const QString status = r.at(2).toString();
        if (status == QLatin1String("present") || status == QLatin1String("late")) {
            const auto [activity, participant] = enrolments.value(r.at(0).toLongLong());
            const Id session = r.at(1).toLongLong();
            marks.append({activity, participant, sessionDate.value(session),
                          sessionPart.value(session) == QLatin1String("full_day") ? 1.0 : 0.5});
        }
    }
    struct Person
    {
        QString gender;
        QString institution;
        QString type;
        QString region;
    };
    QMap<QString, int> acronymUses;
    for (const auto& r : rows(QStringLiteral("SELECT acronym, COUNT(*) FROM institution GROUP BY acronym")))
        acronymUses[r.at(0).toString()] = r.at(1).toInt();
    QMap<Id, Person> people;
    for (const auto& r :
         rows(QStringLiteral("SELECT p.id, p.gender, COALESCE(i.acronym, ''), COALESCE(i.name, ''),"
                             " COALESCE(i.type, ''), p.region FROM participant p"
                             " LEFT JOIN institution i ON i.id = p.institution_id"))) {
        const QString acronym = r.at(2).toString();
        const bool acronymIsKey = !acronym.isEmpty() && acronymUses.value(acronym) == 1;
        people[r.at(0).toLongLong()] = {r.at(1).toString(), acronymIsKey ? acronym : r.at(3).toString(),
                                        r.at(4).toString(), r.at(5).toString()};
    }
    QMap<Id, QString> activityCode;
    for (const auto& r : rows(QStringLiteral("SELECT id, code FROM activity")))
        activityCode[r.at(0).toLongLong()] = r.at(1).toString();
    QMap<Id, QStringList> components;
    for (const auto& r : rows(QStringLiteral("SELECT ac.activity_id, c.number FROM activity_component ac"
                                             " JOIN component c ON c.id = ac.component_id")))
        components[r.at(0).toLongLong()] << r.at(1).toString();
    QMap<Id, QSet<Id>> activityExperts;
    QMap<Id, QString> expertCountry;
    for (const auto& r : rows(QStringLiteral("SELECT ae.activity_id, x.id, x.country FROM activity_expert ae"
                                             " JOIN expert x ON x.id = ae.expert_id"))) {
        activityExperts[r.at(0).toLongLong()].insert(r.at(1).toLongLong());
        expertCountry[r.at(1).toLongLong()] = r.at(2).toString();
    }
    auto keysOf = [&](ResultsKey by, Id activity, Id participant, QDate date) -> QStringList {
        const Person& person = people[participant];
        switch (by) {
        case ResultsKey::Year:
            return {QString::number(date.year())};
        case ResultsKey::Quarter:
            return {QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() + 2) / 3)};
        case ResultsKey::Activity:
            return {activityCode[activity]};
        case ResultsKey::Component:
            return components[activity];
        case ResultsKey::Institution:
            return {person.institution};
        case ResultsKey::InstitutionType:
            return {person.type};
        case ResultsKey::Gender:
            return {person.gender};
        case ResultsKey::Region:
            return {person.region};
        case ResultsKey::ExpertCountry: {
            QSet<QString> countries;
            for (const Id expert : activityExperts[activity])
                countries.insert(expertCountry[expert]);
            return QStringList(countries.begin(), countries.end());
        }
        }
        return {};
    };

    ResultsQuery query(database);
    // The whole programme (three years from 2020), a year, a quarter, and a span across a year's end.
    for (const ResultsPeriod& period :
         {ResultsPeriod{}, ResultsPeriod{QDate(2021, 1, 1), QDate(2021, 12, 31)},
          ResultsPeriod{QDate(2020, 4, 1), QDate(2020, 6, 30)},
          ResultsPeriod{QDate(2020, 11, 15), QDate(2021, 2, 14)}}) {
        SCOPED_TRACE(period.describe().toStdString());
        QMap<std::pair<Id, Id>, double> took; // (activity, participant) -> days, in the period
        for (const Mark& mark : std::as_const(marks)) {
            if ((period.from.isNull() || mark.date >= period.from) &&
                (period.to.isNull() || mark.date <= period.to))
                took[{mark.activity, mark.participant}] += mark.days;
        }
        for (const ResultsKey by : allResultsKeys()) {
            SCOPED_TRACE(resultsKeyCode(by).toStdString());
            // (row key, activity, participant) -> days: a participation counts in a row once, whatever its
            // number of sessions there.
            QMap<QString, QMap<std::pair<Id, Id>, double>> expected;
            for (const Mark& mark : std::as_const(marks)) {
                if ((!period.from.isNull() && mark.date < period.from) ||
                    (!period.to.isNull() && mark.date > period.to))
                    continue;
                for (const QString& key : keysOf(by, mark.activity, mark.participant, mark.date))
                    expected[key][{mark.activity, mark.participant}] += mark.days;
            }
            Result<ResultsTable> table = query.results(project, by, period);
            ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
            qint64 rowsWithParticipations = 0;
            for (const ResultsRow& row : table->rows) {
                SCOPED_TRACE(row.key.toStdString());
                const QMap<std::pair<Id, Id>, double> pairs = expected.value(row.key);
                QSet<Id> persons;
                double days = 0;
                for (auto pair = pairs.begin(); pair != pairs.end(); ++pair) {
                    persons.insert(pair.key().second);
                    days += pair.value();
                }
                qint64 female = 0;
                for (const Id person : persons)
                    female += people[person].gender == QLatin1String("female") ? 1 : 0;
                EXPECT_EQ(row.participations, pairs.size());
                EXPECT_EQ(row.uniqueParticipants, persons.size());
                EXPECT_EQ(row.female, female);
                EXPECT_DOUBLE_EQ(row.participantDays, days);
                rowsWithParticipations += row.participations > 0 ? 1 : 0;
                // The drill-down of the row, in the table's period.
                Result<QList<Id>> behind =
                    query.participantIds(project, ParticipantFilter::forRow(*table, row));
                ASSERT_TRUE(behind.ok()) << behind.error().message.toStdString();
                EXPECT_EQ(QSet<Id>(behind->begin(), behind->end()), persons);
            }
            EXPECT_EQ(rowsWithParticipations, expected.size());
            QSet<Id> everyone;
            double allDays = 0;
            for (auto it = took.begin(); it != took.end(); ++it) {
                everyone.insert(it.key().second);
                allDays += it.value();
            }
            EXPECT_EQ(table->totals.participations, took.size());
            EXPECT_EQ(table->totals.uniqueParticipants, everyone.size());
            EXPECT_DOUBLE_EQ(table->totals.participantDays, allDays);
        }
    }
}

TEST(ResultsFormatterTest, CsvNeutralisesFormulasAndJsonEscapesText)
{
    ResultsTable t;
    t.projectCode = QStringLiteral("X\"1");
    t.projectTitle = QStringLiteral("Line one\nline\ttwo \\ three");
    t.by = ResultsKey::Region;
    ResultsRow row;
    row.key = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
    row.label = QStringLiteral("+Región");
    row.participantDays = 2.5;
    t.rows << row;
    t.notes << QStringLiteral("Ünïcödé \"quoted\"");

    const QStringList records = QString::fromUtf8(ResultsFormatter::toCsv(t)).split(QStringLiteral("\r\n"));
    const QStringList fields = csvFields(records.at(1));
    EXPECT_EQ(fields.at(0), QStringLiteral("'=HYPERLINK(\"http://example.invalid\",\"x\")"));
    EXPECT_EQ(fields.at(1), QStringLiteral("'+Región"));
    EXPECT_EQ(fields.at(8), QStringLiteral("2.5"));

    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(ResultsFormatter::toJson(t), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(json.value(QStringLiteral("project")).toString(), t.projectCode);
    EXPECT_EQ(json.value(QStringLiteral("project_title")).toString(), t.projectTitle);
    EXPECT_EQ(json.value(QStringLiteral("by")).toString(), QStringLiteral("region"));
    const QJsonObject first = json.value(QStringLiteral("rows")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("key")).toString(), row.key);
    EXPECT_EQ(first.value(QStringLiteral("participant_days")).toDouble(), 2.5);
    EXPECT_EQ(json.value(QStringLiteral("notes")).toArray().at(0).toString(), t.notes.at(0));
    // Whole days are written as doubles too, as docs/exports.md shows ("236.0").
    EXPECT_TRUE(ResultsFormatter::toJson(t).contains("\"participant_days\": 0.0"));
}

TEST(ResultsKeyTest, CodesRoundTrip)
{
    for (const ResultsKey by : allResultsKeys())
        EXPECT_EQ(resultsKeyFromCode(resultsKeyCode(by)), by);
    EXPECT_EQ(resultsKeyCode(ResultsKey::InstitutionType), QStringLiteral("institution-type"));
    EXPECT_EQ(resultsKeyCode(ResultsKey::ExpertCountry), QStringLiteral("expert-country"));
    EXPECT_FALSE(resultsKeyFromCode(QStringLiteral("country")).has_value());
    EXPECT_EQ(allResultsKeys().size(), 9);
}

} // namespace
} // namespace sd
