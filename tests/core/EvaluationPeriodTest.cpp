// The evaluation tables in a reporting period and by year and quarter, on the programme whose activity
// 2 runs across the end of 2017 (tests/data/period-span/fixture.sql, where every number checked here
// is worked out by hand), on the file and on the server; and every count of every row, in every
// period, drills down to exactly as many participations.
#include "Backends.h"
#include "Programmes.h"
#include "TempDir.h"
#include "counting/EvaluationFormatter.h"
#include "counting/EvaluationQuery.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <memory>

using namespace sd;

namespace {

constexpr Id kProject = 1;
constexpr Id kAna = 1, kJose = 2, kLuis = 4, kSofia = 5, kAlex = 6;
constexpr double kTolerance = 1e-9;

const ResultsPeriod k2017{QDate(2017, 1, 1), QDate(2017, 12, 31)};
const ResultsPeriod k2018{QDate(2018, 1, 1), QDate(2018, 12, 31)};
const ResultsPeriod kFrom30Dec{QDate(2017, 12, 30), {}};

void expectNear(const std::optional<double>& actual, double expected, const char* what)
{
    ASSERT_TRUE(actual.has_value()) << what;
    EXPECT_NEAR(*actual, expected, kTolerance) << what;
}

// Every field of two sets of counts, compared by value (counts exactly, the rest within rounding).
void expectSameCounts(const EvaluationCounts& actual, const EvaluationCounts& expected)
{
    for (const EvaluationField& field : EvaluationFields::all()) {
        if (field.kind == EvaluationField::Kind::Design)
            continue;
        const QVariant a = EvaluationFields::value(actual, field);
        const QVariant b = EvaluationFields::value(expected, field);
        ASSERT_EQ(a.isNull(), b.isNull()) << field.key;
        if (field.kind == EvaluationField::Kind::Count) {
            EXPECT_EQ(a.toLongLong(), b.toLongLong()) << field.key;
        } else if (!a.isNull()) {
            EXPECT_NEAR(a.toDouble(), b.toDouble(), kTolerance) << field.key;
        }
    }
}

class EvaluationPeriodTest : public ::testing::TestWithParam<test::Backend>
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
        m_query = std::make_unique<EvaluationQuery>(*m_database);
    }

    EvaluationTable table(ResultsKey by, const ResultsPeriod& period = {})
    {
        Result<EvaluationTable> result = m_query->evaluation(kProject, by, period);
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
        return result.ok() ? result.value() : EvaluationTable{};
    }

    QList<EvaluationQuery::Participation> behind(ParticipantFilter filter, EvaluationIndicator indicator)
    {
        filter.indicator = indicator;
        Result<QList<EvaluationQuery::Participation>> lines = m_query->participations(kProject, filter);
        EXPECT_TRUE(lines.ok()) << (lines.ok() ? std::string() : lines.error().message.toStdString());
        return lines.ok() ? lines.value() : QList<EvaluationQuery::Participation>{};
    }

    test::TempDir m_dir;
    test::BackendPlace m_place;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EvaluationQuery> m_query;
};

INSTANTIATE_TEST_SUITE_P(Backends, EvaluationPeriodTest, test::bothBackends(), test::backendName);

TEST_P(EvaluationPeriodTest, In2017EveryNumberAsWorkedOutByHand)
{
    const EvaluationTable t = table(ResultsKey::Activity, k2017);
    EXPECT_EQ(t.period, k2017);
    const EvaluationCounts& c = t.totals;
    EXPECT_EQ(c.tookPart, 5);
    EXPECT_EQ(c.preTested, 5);
    EXPECT_EQ(c.postTested, 4);
    EXPECT_EQ(c.paired, 4);
    expectNear(c.meanPrePct, 45, "mean_pre_pct");
    expectNear(c.meanPostPct, 75, "mean_post_pct");
    EXPECT_EQ(c.improved, 3);
    expectNear(c.improvedPct, 75, "improved_pct");
    expectNear(c.normalisedGain, 6.0 / 11.0, "normalised_gain");
    expectNear(c.meanIndividualGain, 0.525, "mean_individual_gain");
    EXPECT_EQ(c.gainUndefined, 0);
    EXPECT_EQ(c.mastery, 2);
    expectNear(c.masteryPct, 50, "mastery_pct");
    EXPECT_EQ(c.satisfactionResponses, 4);
    EXPECT_EQ(c.satisfactionOverallResponses, 4);
    EXPECT_EQ(c.satisfied, 2);
    expectNear(c.satisfiedPct, 50, "satisfied_pct");
    expectNear(c.satisfactionMean, 3.6, "satisfaction_mean");
    expectNear(c.satisfactionMeanOverall, 3.5, "satisfaction_mean_overall");
    EXPECT_EQ(c.followedUp, 2);
    EXPECT_EQ(c.applied, 1);
    expectNear(c.appliedPct, 50, "applied_pct");

    // The rows are the activities with a session in 2017, as in the attendance table: activity 1
    // (Ana, José) and the 2017 side of activity 2 (Ana, José, Alex), adding up to the totals.
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows.at(0).key, QStringLiteral("1"));
    EXPECT_EQ(t.rows.at(1).key, QStringLiteral("2"));
    EXPECT_EQ(t.rows.at(0).tookPart, 2);
    EXPECT_EQ(t.rows.at(1).tookPart, 3);
    EXPECT_EQ(t.rows.at(1).testMaxScore, 20.0);
    const QString notes = t.notes.join(QLatin1Char(' '));
    EXPECT_TRUE(notes.contains(QStringLiteral("from 2017-01-01 to 2017-12-31"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("every participation of the period once")));
}

TEST_P(EvaluationPeriodTest, In2018EveryNumberAsWorkedOutByHand)
{
    const EvaluationTable t = table(ResultsKey::Activity, k2018);
    const EvaluationCounts& c = t.totals;
    EXPECT_EQ(c.tookPart, 4);
    EXPECT_EQ(c.preTested, 4);
    EXPECT_EQ(c.postTested, 4);
    EXPECT_EQ(c.paired, 4);
    expectNear(c.meanPrePct, 57.5, "mean_pre_pct");
    expectNear(c.meanPostPct, 70, "mean_post_pct");
    EXPECT_EQ(c.improved, 2);
    expectNear(c.improvedPct, 50, "improved_pct");
    expectNear(c.normalisedGain, 5.0 / 17.0, "normalised_gain");
    expectNear(c.meanIndividualGain, 41.0 / 105.0, "mean_individual_gain");
    EXPECT_EQ(c.gainUndefined, 1);
    EXPECT_EQ(c.mastery, 3);
    expectNear(c.masteryPct, 75, "mastery_pct");
    EXPECT_EQ(c.satisfactionResponses, 3);
    EXPECT_EQ(c.satisfied, 3);
    expectNear(c.satisfiedPct, 100, "satisfied_pct");
    expectNear(c.satisfactionMean, 13.0 / 3.0, "satisfaction_mean");
    EXPECT_EQ(c.followedUp, 2);
    EXPECT_EQ(c.applied, 2);
    QStringList codes;
    for (const EvaluationRow& row : t.rows)
        codes << row.key;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("2"), QStringLiteral("3")}));

    // An open end: from 30 Dec 2017, José's only session of activity 2 (the 29th) is left out.
    const EvaluationTable late = table(ResultsKey::Activity, kFrom30Dec);
    EXPECT_EQ(late.totals.tookPart, 5);
    EXPECT_EQ(late.rows.at(0).tookPart, 3) << "Ana, Luis and Alex in activity 2";
}

TEST_P(EvaluationPeriodTest, EveryKeyInAPeriodHasThePeriodsTotals)
{
    const EvaluationTable byActivity = table(ResultsKey::Activity, k2017);
    for (const ResultsKey by : allResultsKeys()) {
        SCOPED_TRACE(resultsKeyCode(by).toStdString());
        const EvaluationTable t = table(by, k2017);
        expectSameCounts(t.totals, byActivity.totals);
        EXPECT_TRUE(t.notes.join(QLatin1Char(' ')).contains(QStringLiteral("2017-12-31")));
    }
    // The whole programme: Ana's participation in activity 2 once among the 8.
    const EvaluationTable whole = table(ResultsKey::Activity);
    EXPECT_EQ(whole.totals.tookPart, 8);
    EXPECT_EQ(whole.totals.postTested, 7);
    EXPECT_EQ(whole.totals.improved, 4);
    expectNear(whole.totals.meanPrePct, 360.0 / 7.0, "mean_pre_pct");
    expectNear(whole.totals.normalisedGain, 13.0 / 34.0, "normalised_gain");
}

TEST_P(EvaluationPeriodTest, YearRowsCountAParticipationInEachYearAndSaySo)
{
    const EvaluationTable byYear = table(ResultsKey::Year);
    ASSERT_EQ(byYear.rows.size(), 2);
    EXPECT_EQ(byYear.rows.at(0).key, QStringLiteral("2017"));
    EXPECT_EQ(byYear.rows.at(1).key, QStringLiteral("2018"));
    EXPECT_EQ(byYear.rows.at(0).label, QStringLiteral("2017"));
    // Each year's row is that year's period, every indicator; the totals are the whole programme's,
    // each participation once: 5 + 4 = 9, one more than 8 (Ana in activity 2 in both years).
    expectSameCounts(byYear.rows.at(0), table(ResultsKey::Activity, k2017).totals);
    expectSameCounts(byYear.rows.at(1), table(ResultsKey::Activity, k2018).totals);
    expectSameCounts(byYear.totals, table(ResultsKey::Activity).totals);
    EXPECT_EQ(byYear.rows.at(0).tookPart + byYear.rows.at(1).tookPart, byYear.totals.tookPart + 1);
    EXPECT_EQ(byYear.rows.at(0).applied + byYear.rows.at(1).applied, byYear.totals.applied + 1)
        << "Ana's 'yes' counts in both years, with her participation";
    const QString notes = byYear.notes.join(QLatin1Char(' '));
    EXPECT_TRUE(notes.contains(QStringLiteral("more than the totals"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("Activities with sessions in more than one row: 2.")))
        << notes.toStdString();

    // Quarters: 2017-Q2 (activity 1), 2017-Q4 and 2018-Q1 (activity 2's halves, and activity 3).
    const EvaluationTable byQuarter = table(ResultsKey::Quarter);
    QStringList keys;
    for (const EvaluationRow& row : byQuarter.rows)
        keys << row.key;
    EXPECT_EQ(keys,
              (QStringList{QStringLiteral("2017-Q2"), QStringLiteral("2017-Q4"), QStringLiteral("2018-Q1")}));
    ASSERT_EQ(byQuarter.rows.size(), 3);
    EXPECT_EQ(byQuarter.rows.at(2).label, QStringLiteral("Q1 2018"));
    EXPECT_EQ(byQuarter.rows.at(0).tookPart, 2);
    EXPECT_EQ(byQuarter.rows.at(1).tookPart, 3);
    EXPECT_EQ(byQuarter.rows.at(2).tookPart, 4);
    EXPECT_EQ(byQuarter.totals.tookPart, 8);

    // With a period, a year breakdown keeps to it: only 2018, its row the period's totals, and no
    // activity spans two rows of it.
    const EvaluationTable only2018 = table(ResultsKey::Year, k2018);
    ASSERT_EQ(only2018.rows.size(), 1);
    expectSameCounts(only2018.rows.at(0), only2018.totals);
    EXPECT_EQ(only2018.totals.tookPart, 4);
    EXPECT_TRUE(only2018.notes.join(QLatin1Char(' ')).contains(QStringLiteral("add up to the totals.")));
    // A year with no session has no row; its totals are empty.
    const EvaluationTable none = table(ResultsKey::Year, {QDate(2019, 1, 1), QDate(2019, 12, 31)});
    EXPECT_TRUE(none.rows.isEmpty());
    EXPECT_EQ(none.totals.tookPart, 0);
    EXPECT_FALSE(none.totals.meanPrePct.has_value());
}

// Every count of every row of every key, in every period, traces to as many participations.
TEST_P(EvaluationPeriodTest, EveryCountOfEveryRowDrillsDownToItsParticipations)
{
    for (const ResultsPeriod& period : {ResultsPeriod{}, k2017, k2018, kFrom30Dec}) {
        SCOPED_TRACE(period.describe().toStdString());
        for (const ResultsKey by : allResultsKeys()) {
            const EvaluationTable t = table(by, period);
            QList<std::pair<ParticipantFilter, EvaluationCounts>> lines;
            ParticipantFilter everyone;
            everyone.period = period;
            lines.append({everyone, t.totals});
            for (const EvaluationRow& row : t.rows)
                lines.append({ParticipantFilter::forRow(t, row), row});
            for (const auto& [filter, counts] : lines) {
                EXPECT_EQ(filter.period, period);
                for (const QString& code : EvaluationFields::indicatorCodes()) {
                    SCOPED_TRACE((resultsKeyCode(by) + QLatin1Char(' ') + code).toStdString());
                    const EvaluationIndicator indicator = *EvaluationFields::indicatorFromCode(code);
                    EvaluationField field{nullptr, {}, EvaluationField::Kind::Count};
                    const QByteArray name = code.toLatin1();
                    field.key = name.constData();
                    EXPECT_EQ(behind(filter, indicator).size(),
                              EvaluationFields::value(counts, field).toLongLong());
                }
            }
        }
    }
}

TEST_P(EvaluationPeriodTest, TheParticipationsBehindAYearAreThePersonsWhoCameThatYear)
{
    ParticipantFilter year;
    year.year = QStringLiteral("2017");
    QList<Id> persons;
    for (const EvaluationQuery::Participation& line : behind(year, EvaluationIndicator::TookPart))
        persons << line.participantId;
    EXPECT_EQ(persons, (QList<Id>{kAna, kAna, kJose, kJose, kAlex}));
    // Improved in 2018: Ana in activities 2 and 3.
    year.year = QStringLiteral("2018");
    const QList<EvaluationQuery::Participation> improved = behind(year, EvaluationIndicator::Improved);
    ASSERT_EQ(improved.size(), 2);
    EXPECT_EQ(improved.at(0).participantId, kAna);
    EXPECT_EQ(improved.at(1).participantId, kAna);
    // Luis's 100 % pre-test in 2018; the quarter and the year agree.
    year.indicator = EvaluationIndicator::GainUndefined;
    EXPECT_EQ(*m_query->participantIds(kProject, year), QList<Id>{kLuis});
    ParticipantFilter quarter;
    quarter.quarter = QStringLiteral("2018-Q1");
    quarter.indicator = EvaluationIndicator::Mastery;
    EXPECT_EQ(*m_query->participantIds(kProject, quarter), (QList<Id>{kAna, kLuis}));
    quarter.indicator = EvaluationIndicator::PostTested;
    EXPECT_EQ(*m_query->participantIds(kProject, quarter), (QList<Id>{kAna, kLuis, kSofia}));
    // A quarter outside the table's period has no one behind it.
    ParticipantFilter outside;
    outside.quarter = QStringLiteral("2017-Q2");
    outside.period = k2018;
    EXPECT_TRUE(behind(outside, EvaluationIndicator::TookPart).isEmpty());
}

TEST_P(EvaluationPeriodTest, BadPeriodsAreRefusedWithAReason)
{
    Result<EvaluationTable> backwards =
        m_query->evaluation(kProject, ResultsKey::Year, ResultsPeriod{QDate(2018, 1, 1), QDate(2017, 1, 1)});
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("2018-01-01")));
    ParticipantFilter badYear;
    badYear.year = QStringLiteral("17");
    Result<QList<EvaluationQuery::Participation>> year = m_query->participations(kProject, badYear);
    ASSERT_FALSE(year.ok());
    EXPECT_TRUE(year.error().message.contains(QStringLiteral("\"17\"")))
        << year.error().message.toStdString();
    ParticipantFilter badQuarter;
    badQuarter.quarter = QStringLiteral("2017-Q5");
    EXPECT_FALSE(m_query->participations(kProject, badQuarter).ok());
}

TEST_P(EvaluationPeriodTest, ThePeriodInJsonAndText)
{
    const EvaluationTable t = table(ResultsKey::Quarter, k2017);
    const QJsonObject json = QJsonDocument::fromJson(EvaluationFormatter::toJson(t)).object();
    EXPECT_EQ(json.value(QStringLiteral("by")).toString(), QStringLiteral("quarter"));
    EXPECT_EQ(json.value(QStringLiteral("from")).toString(), QStringLiteral("2017-01-01"));
    EXPECT_EQ(json.value(QStringLiteral("to")).toString(), QStringLiteral("2017-12-31"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("2017-Q4"));
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("took_part")).toInteger(), 3);
    const QString text = EvaluationFormatter::toText(t);
    EXPECT_TRUE(
        text.contains(QStringLiteral("Evaluation by quarter, sessions held from 2017-01-01 to 2017-12-31")))
        << text.toStdString();
    // A whole-programme table carries no period.
    const QJsonObject whole =
        QJsonDocument::fromJson(EvaluationFormatter::toJson(table(ResultsKey::Year))).object();
    EXPECT_FALSE(whole.contains(QStringLiteral("from")));
}

} // namespace
