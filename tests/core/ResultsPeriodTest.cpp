// Results limited to a reporting period, and broken down by year and quarter, on a programme whose
// activity 2 runs across the end of 2017 (tests/data/period-span/fixture.sql). Every number is checked
// twice: against the figures worked out by hand in the comments, and against a recount from the marks.
#include "Backends.h"
#include "Programmes.h"
#include "TempDir.h"
#include "counting/ResultsFormatter.h"
#include "counting/ResultsQuery.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <memory>

using namespace sd;

namespace {

constexpr Id kProject = 1;

const ResultsPeriod k2017{QDate(2017, 1, 1), QDate(2017, 12, 31)};
const ResultsPeriod k2018{QDate(2018, 1, 1), QDate(2018, 12, 31)};

// One mark that counts (present or late), as the fixture holds it.
struct Mark
{
    QString activity;
    Id participant = 0;
    QDate date;
    double days = 0;
};

// What a period's sessions give, recounted from the marks without the program's SQL.
struct Recount
{
    QMap<QString, QSet<Id>> persons; // activity code -> who took part there in the period
    QMap<QString, double> days;
    qint64 participations() const
    {
        qint64 sum = 0;
        for (const QSet<Id>& each : persons)
            sum += each.size();
        return sum;
    }
    qint64 unique() const
    {
        QSet<Id> all;
        for (const QSet<Id>& each : persons)
            all.unite(each);
        return all.size();
    }
    double allDays() const
    {
        double sum = 0;
        for (const double each : days)
            sum += each;
        return sum;
    }
};

class ResultsPeriodTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("span.sdesk"));
        ASSERT_NE(test::newProgramme(path, {test::fixtureScript(QStringLiteral("period-span/fixture.sql"))}),
                  nullptr);
        ASSERT_FALSE(HasFailure());
        m_database = m_place.open(GetParam(), path);
        ASSERT_NE(m_database, nullptr);
        m_query = std::make_unique<ResultsQuery>(*m_database);
        QSqlQuery query(m_database->connection());
        ASSERT_TRUE(query.exec(
            QStringLiteral("SELECT a.code, e.participant_id, s.date, s.part, m.status FROM attendance m"
                           " JOIN session s ON s.id = m.session_id JOIN enrolment e ON e.id = m.enrolment_id"
                           " JOIN activity a ON a.id = e.activity_id")));
        while (query.next()) {
            const QString status = query.value(4).toString();
            if (status != QLatin1String("present") && status != QLatin1String("late"))
                continue;
            m_marks.append({query.value(0).toString(), query.value(1).toLongLong(),
                            QDate::fromString(query.value(2).toString(), Qt::ISODate),
                            query.value(3).toString() == QLatin1String("full_day") ? 1.0 : 0.5});
        }
        ASSERT_EQ(m_marks.size(), 12);
    }

    Recount recount(const ResultsPeriod& period) const
    {
        Recount out;
        for (const Mark& mark : m_marks) {
            if ((!period.from.isNull() && mark.date < period.from) ||
                (!period.to.isNull() && mark.date > period.to))
                continue;
            out.persons[mark.activity].insert(mark.participant);
            out.days[mark.activity] += mark.days;
        }
        return out;
    }

    ResultsTable table(ResultsKey by, const ResultsPeriod& period = {})
    {
        Result<ResultsTable> result = m_query->results(kProject, by, period);
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
        return result.ok() ? result.value() : ResultsTable{};
    }

    test::TempDir m_dir;
    test::BackendPlace m_place;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ResultsQuery> m_query;
    QList<Mark> m_marks;
};

INSTANTIATE_TEST_SUITE_P(Backends, ResultsPeriodTest, test::bothBackends(), test::backendName);

TEST_P(ResultsPeriodTest, AYearCountsOnlyTheSessionsHeldInIt)
{
    for (const ResultsPeriod& period : {k2017, k2018, ResultsPeriod{}}) {
        SCOPED_TRACE(period.describe().toStdString());
        const Recount expected = recount(period);
        const ResultsTable t = table(ResultsKey::Activity, period);
        EXPECT_EQ(t.period, period);
        EXPECT_EQ(t.totals.participations, expected.participations());
        EXPECT_EQ(t.totals.uniqueParticipants, expected.unique());
        EXPECT_DOUBLE_EQ(t.totals.participantDays, expected.allDays());
        QStringList codes;
        for (const ResultsRow& row : t.rows) {
            SCOPED_TRACE(row.key.toStdString());
            codes << row.key;
            EXPECT_EQ(row.participations, expected.persons.value(row.key).size());
            EXPECT_DOUBLE_EQ(row.participantDays, expected.days.value(row.key));
        }
        // The rows are the activities with a session in the period.
        const QStringList expectedCodes =
            period == k2017   ? QStringList{QStringLiteral("1"), QStringLiteral("2")}
            : period == k2018 ? QStringList{QStringLiteral("2"), QStringLiteral("3")}
                              : QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        EXPECT_EQ(codes, expectedCodes);
    }
    // By hand: 2017 is activity 1 (Ana, José) and the 2017 side of activity 2 (Ana, José, Alex).
    const ResultsTable in2017 = table(ResultsKey::Activity, k2017);
    EXPECT_EQ(in2017.totals.participations, 5);
    EXPECT_EQ(in2017.totals.uniqueParticipants, 3);
    EXPECT_DOUBLE_EQ(in2017.totals.participantDays, 5.0);
    EXPECT_EQ(in2017.totals.experts, 2); // Elena (1, 2) and Claire (2); Jürgen's activity 3 is in 2018
    // 2018: activity 2 (Ana, Luis) and activity 3 (Ana, Sofía).
    const ResultsTable in2018 = table(ResultsKey::Activity, k2018);
    EXPECT_EQ(in2018.totals.participations, 4);
    EXPECT_EQ(in2018.totals.uniqueParticipants, 3);
    EXPECT_DOUBLE_EQ(in2018.totals.participantDays, 5.0);
    EXPECT_EQ(in2018.totals.experts, 3);
    // The whole programme, from the stored totals: 2 + 4 + 2.
    EXPECT_EQ(table(ResultsKey::Activity).totals.participations, 8);
}

TEST_P(ResultsPeriodTest, EveryKeyInAPeriodHasThePeriodsTotals)
{
    const Recount expected = recount(k2017);
    for (const ResultsKey by : allResultsKeys()) {
        SCOPED_TRACE(resultsKeyCode(by).toStdString());
        const ResultsTable t = table(by, k2017);
        EXPECT_EQ(t.totals.participations, expected.participations());
        EXPECT_EQ(t.totals.uniqueParticipants, expected.unique());
        EXPECT_DOUBLE_EQ(t.totals.participantDays, expected.allDays());
        EXPECT_TRUE(t.notes.join(QLatin1Char(' ')).contains(QStringLiteral("2017-12-31")));
    }
}

TEST_P(ResultsPeriodTest, YearRowsCountAnActivityInEachYearAndSaySo)
{
    const ResultsTable byYear = table(ResultsKey::Year);
    ASSERT_EQ(byYear.rows.size(), 2);
    EXPECT_EQ(byYear.rows.at(0).key, QStringLiteral("2017"));
    EXPECT_EQ(byYear.rows.at(1).key, QStringLiteral("2018"));
    const Recount in2017 = recount(k2017);
    const Recount in2018 = recount(k2018);
    EXPECT_EQ(byYear.rows.at(0).participations, in2017.participations());
    EXPECT_EQ(byYear.rows.at(0).uniqueParticipants, in2017.unique());
    EXPECT_EQ(byYear.rows.at(1).participations, in2018.participations());
    EXPECT_EQ(byYear.rows.at(1).uniqueParticipants, in2018.unique());
    // Ana attended activity 2 on both sides of the new year: the rows add up to one more than the
    // total (5 + 4 = 8 + 1), and the notes name activity 2. Participant-days add up exactly.
    const Recount whole = recount({});
    EXPECT_EQ(byYear.totals.participations, whole.participations());
    EXPECT_EQ(byYear.rows.at(0).participations + byYear.rows.at(1).participations,
              byYear.totals.participations + 1);
    EXPECT_DOUBLE_EQ(byYear.rows.at(0).participantDays + byYear.rows.at(1).participantDays,
                     byYear.totals.participantDays);
    EXPECT_TRUE(byYear.notes.join(QLatin1Char(' ')).contains(QStringLiteral("more than the total: 2.")))
        << byYear.notes.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(byYear.rows.at(0).experts, 2);
    EXPECT_EQ(byYear.rows.at(1).experts, 3);

    // Quarters: 2017-Q2 (activity 1), 2017-Q4 and 2018-Q1 (activity 2's halves, and activity 3).
    const ResultsTable byQuarter = table(ResultsKey::Quarter);
    QStringList keys;
    for (const ResultsRow& row : byQuarter.rows)
        keys << row.key;
    EXPECT_EQ(keys,
              (QStringList{QStringLiteral("2017-Q2"), QStringLiteral("2017-Q4"), QStringLiteral("2018-Q1")}));
    EXPECT_EQ(byQuarter.rows.at(2).label, QStringLiteral("Q1 2018"));
    EXPECT_EQ(byQuarter.rows.at(1).participations, 3);
    EXPECT_EQ(byQuarter.rows.at(2).participations, 4);

    // With a period, a year breakdown keeps to it: only 2018, and its row is the period's total.
    const ResultsTable only2018 = table(ResultsKey::Year, k2018);
    ASSERT_EQ(only2018.rows.size(), 1);
    EXPECT_EQ(only2018.rows.at(0).participations, only2018.totals.participations);
    EXPECT_TRUE(only2018.notes.join(QLatin1Char(' ')).contains(QStringLiteral("add up to the total.")));
}

TEST_P(ResultsPeriodTest, EveryRowOfEveryKeyDrillsDownToItsPersons)
{
    for (const ResultsPeriod& period :
         {ResultsPeriod{}, k2017, k2018, ResultsPeriod{QDate(2017, 12, 30), {}}}) {
        SCOPED_TRACE(period.describe().toStdString());
        for (const ResultsKey by : allResultsKeys()) {
            const ResultsTable t = table(by, period);
            for (const ResultsRow& row : t.rows) {
                SCOPED_TRACE((resultsKeyCode(by) + QLatin1Char(' ') + row.key).toStdString());
                Result<QList<Id>> ids = m_query->participantIds(kProject, ParticipantFilter::forRow(t, row));
                ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
                EXPECT_EQ(ids->size(), row.uniqueParticipants);
            }
            ParticipantFilter everyone;
            everyone.period = period;
            Result<QList<Id>> all = m_query->participantIds(kProject, everyone);
            ASSERT_TRUE(all.ok());
            EXPECT_EQ(all->size(), t.totals.uniqueParticipants);
        }
    }
    // A year filter: Ana, José and Alex in 2017.
    ParticipantFilter year;
    year.year = QStringLiteral("2017");
    Result<QList<Id>> in2017 = m_query->participantIds(kProject, year);
    ASSERT_TRUE(in2017.ok());
    EXPECT_EQ(*in2017, (QList<Id>{1, 2, 6}));
    // A quarter outside the period has no one behind it.
    ParticipantFilter outside;
    outside.quarter = QStringLiteral("2017-Q2");
    outside.period = k2018;
    Result<QList<Id>> none = m_query->participantIds(kProject, outside);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(ResultsPeriodTest, BadPeriodsAreRefusedWithAReason)
{
    Result<ResultsTable> backwards =
        m_query->results(kProject, ResultsKey::Activity, ResultsPeriod{QDate(2018, 1, 1), QDate(2017, 1, 1)});
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("2018-01-01")));
    ParticipantFilter badYear;
    badYear.year = QStringLiteral("17");
    EXPECT_FALSE(m_query->participantIds(kProject, badYear).ok());
    ParticipantFilter badQuarter;
    badQuarter.quarter = QStringLiteral("2017-Q5");
    EXPECT_FALSE(m_query->participantIds(kProject, badQuarter).ok());
}

TEST_P(ResultsPeriodTest, PercentagesAndThePeriodInJson)
{
    const QJsonObject json =
        QJsonDocument::fromJson(ResultsFormatter::toJson(table(ResultsKey::Activity, k2017))).object();
    EXPECT_EQ(json.value(QStringLiteral("from")).toString(), QStringLiteral("2017-01-01"));
    EXPECT_EQ(json.value(QStringLiteral("to")).toString(), QStringLiteral("2017-12-31"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    // Activity 1: 2 of the 5 participations; Ana of Ana and José is female.
    EXPECT_DOUBLE_EQ(rows.at(0).toObject().value(QStringLiteral("participations_pct")).toDouble(), 40.0);
    EXPECT_DOUBLE_EQ(rows.at(0).toObject().value(QStringLiteral("female_pct")).toDouble(), 50.0);
    // Activity 2 in 2017: 3 of 5; Ana of Ana, José and Alex: 33.3.
    EXPECT_DOUBLE_EQ(rows.at(1).toObject().value(QStringLiteral("participations_pct")).toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(rows.at(1).toObject().value(QStringLiteral("female_pct")).toDouble(), 33.3);
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    EXPECT_DOUBLE_EQ(totals.value(QStringLiteral("participations_pct")).toDouble(), 100.0);
    // A period with no session: shares of nothing are null.
    const QJsonObject empty =
        QJsonDocument::fromJson(
            ResultsFormatter::toJson(table(ResultsKey::Gender, {QDate(2019, 1, 1), QDate(2019, 12, 31)})))
            .object();
    EXPECT_TRUE(
        empty.value(QStringLiteral("totals")).toObject().value(QStringLiteral("female_pct")).isNull());
}

} // namespace
