// The evaluation tables on a small programme whose every number was worked out by hand (below), on
// the file and on the server; and, on every breakdown, that each count drills down to exactly as
// many participations as it says.
#include "counting/EvaluationQuery.h"

#include "Backends.h"
#include "Programmes.h"
#include "counting/EvaluationFormatter.h"
#include "storage/EvaluationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sd;

namespace {

// The fixture. Project MX-II, components 1 "Asylum" and 2 "Integration", one expert from Spain
// in activity 1. Every activity has one session; "took part" = marked present.
//
//   activity 1: test out of 20, mastery at 70 %, survey, follow-up; components 1
//   activity 2: test out of 10, mastery at 80 %, survey, no follow-up; components 1 and 2
//   activity 3: no evaluation; component 2
//
//   person          gender  inst  act  attended  pre   post  items (overall, relevance, experts, org,
//   recommend)  applied Ana   (P1)      female  INM   1    yes       10    16    5 4 5 4 5 yes
//                                 2    yes       4     9     4 - - - -
//   Beto  (P2)      male    INM   1    yes       20    18    3 3 - - - no Carla (P3)      female  -     1 yes
//   8     -     -                                                  partly
//                                 3    yes       -     -     -
//   Darío (P4)      male    -     1    absent    0     20    1 - - - - yes Eva   (P5)      female  INM   2
//   yes       5     5     - 2 - - - Fede  (P6)      male    -     2    yes       -     -     -
//
// Darío did not take part: his answers are not counted anywhere. In percent of the maximum:
// Ana 50 -> 80 (act. 1) and 40 -> 90 (act. 2); Beto 100 -> 90 (gain undefined); Carla 40 -> none;
// Eva 50 -> 50.
//
// Activity 1: took_part 3, pre 3, post 2, paired 2 (Ana, Beto); mean pre (50+100)/2 = 75, mean
//   post (80+90)/2 = 85; improved 1 (Ana), 50 %; <g> = (85-75)/(100-75) = 0.4; individual gains:
//   Ana (80-50)/50 = 0.6, Beto undefined -> mean 0.6, gain_undefined 1; mastery (>= 70 %) Ana and
//   Beto: 2 of 2 = 100 %; responses 2, overall answered 2, satisfied 1 (Ana 5; Beto 3) = 50 %;
//   item mean (5+4+5+4+5+3+3)/7 = 29/7; overall (5+3)/2 = 4, relevance 3.5, experts 5,
//   organisation 4, recommend 5; followed up 3 (Ana, Beto, Carla), applied 2 (yes, partly) = 66.67 %.
// Activity 2: took_part 3, pre 2, post 2, paired 2 (Ana, Eva); mean pre (40+50)/2 = 45, post
//   (90+50)/2 = 70; improved 1, 50 %; <g> = 25/55; individual (50/60 + 0/50)/2 = 5/12; undefined 0;
//   mastery (>= 80 %) Ana: 1 of 2 = 50 %; responses 2 (Ana, Eva), overall answered 1, satisfied 1 =
//   100 %; item mean (4+2)/2 = 3; overall 4, relevance 2, others empty; followed up 0, applied_pct
//   empty.
// Activity 3: took_part 1 (Carla), every other count 0 and every mean empty.
// Totals (7 participations): pre 5, post 4, paired 4; mean pre (50+100+40+50)/4 = 60, post
//   (80+90+90+50)/4 = 77.5; improved 2, 50 %; <g> = 17.5/40 = 0.4375; individual (0.6 + 5/6 + 0)/3;
//   undefined 1; mastery 3 of 4 = 75 %; responses 4, overall answered 3, satisfied 2 = 66.67 %;
//   item mean 35/9; overall 4, relevance 3, experts 5, organisation 4, recommend 5; followed up 3,
//   applied 2.
// By gender: female = Ana (1, 2), Carla (1, 3), Eva (2): took_part 5, paired 3, mean pre 140/3,
//   mean post 220/3, <g> = (80/3)/(160/3) = 0.5, mastery 2 of 3; male = Beto (1), Fede (2):
//   took_part 2, paired 1, mean pre 100 -> <g> empty, individual gain empty, gain_undefined 1.
class EvaluationQueryTest : public test::NewProgrammeOnBackendTest
{
protected:
    void SetUp() override
    {
        // The programme is made on a file first, then opened where the parameter says.
        const QString path = m_dir.path(QStringLiteral("evaluation.sdesk"));
        {
            std::unique_ptr<Database> file = test::newProgramme(path);
            ASSERT_NE(file, nullptr);
            ProgrammeStore store(*file);
            build(store, *file);
            ASSERT_FALSE(HasFailure());
        }
        m_database = m_place.open(GetParam(), path);
        ASSERT_NE(m_database, nullptr);
    }

    Id activity(ProgrammeStore& store, const QString& code, double max, double threshold, bool survey,
                bool followUp, const QList<Id>& components)
    {
        Activity a = test::tapachulaSeminar(m_project, components.first(), code);
        a.componentIds = components;
        a.startDate = a.endDate = QDate(2017, 3, 13 + code.toInt());
        a.testMaxScore = max;
        a.masteryThresholdPct = threshold;
        a.satisfactionSurvey = survey;
        a.followUp = followUp;
        Result<Id> id = store.addActivity(a);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    // Enrols the person, marks the one session, and stores the answers (if any).
    void take(ProgrammeStore& store, Database& database, Id activityId, Id person, AttendanceStatus status,
              EvaluationAnswers answers)
    {
        Result<Id> enrolment = store.enrol(activityId, person);
        ASSERT_TRUE(enrolment.ok()) << enrolment.error().message.toStdString();
        Result<QList<Session>> sessions = store.sessions(activityId);
        ASSERT_TRUE(sessions.ok());
        ASSERT_EQ(sessions->size(), 1);
        ASSERT_TRUE(store.setAttendance({{*enrolment, sessions->first().id, status}}).ok());
        answers.enrolmentId = *enrolment;
        if (!answers.isEmpty()) {
            const Status put = EvaluationStore(database).put(activityId, {answers});
            ASSERT_TRUE(put.ok()) << put.error().message.toStdString();
        }
    }

    static EvaluationAnswers answers(std::optional<double> pre, std::optional<double> post,
                                     QList<std::optional<int>> items, std::optional<AppliedAnswer> applied)
    {
        EvaluationAnswers a;
        a.preScore = pre;
        a.postScore = post;
        items.resize(5);
        a.satisfactionOverall = items[0];
        a.satisfactionRelevance = items[1];
        a.satisfactionExperts = items[2];
        a.satisfactionOrganisation = items[3];
        a.satisfactionRecommend = items[4];
        a.applied = applied;
        return a;
    }

    void build(ProgrammeStore& store, Database& database)
    {
        const Id inm = test::addInm(store);
        const test::MexicoII mexico = test::addMexicoII(store);
        m_project = mexico.project;
        Result<Id> integration = store.addComponent({0, m_project, 2, QStringLiteral("Integration"), {}});
        ASSERT_TRUE(integration.ok());
        const Id one = activity(store, QStringLiteral("1"), 20, 70, true, true, {mexico.component});
        const Id two =
            activity(store, QStringLiteral("2"), 10, 80, true, false, {mexico.component, *integration});
        const Id three = activity(store, QStringLiteral("3"), 0, 70, false, false, {*integration});
        Expert expert;
        expert.givenNames = QStringLiteral("Lucía");
        expert.familyNames = QStringLiteral("Ortega");
        expert.country = QStringLiteral("Spain");
        Result<Id> expertId = store.addExpert(expert);
        ASSERT_TRUE(expertId.ok());
        ASSERT_TRUE(store.setActivityExperts(one, {{*expertId, ExpertRole::Expert}}).ok());

        const auto person = [&](const char* given, Gender gender, Id institution) {
            Result<Id> id = store.addParticipant(test::fixturePerson(given, "Prueba", gender, institution));
            EXPECT_TRUE(id.ok());
            return id ? *id : 0;
        };
        m_ana = person("Ana", Gender::Female, inm);
        m_beto = person("Beto", Gender::Male, inm);
        m_carla = person("Carla", Gender::Female, 0);
        m_dario = person("Darío", Gender::Male, 0);
        m_eva = person("Eva", Gender::Female, inm);
        m_fede = person("Fede", Gender::Male, 0);
        using A = AttendanceStatus;
        take(store, database, one, m_ana, A::Present, answers(10, 16, {5, 4, 5, 4, 5}, AppliedAnswer::Yes));
        take(store, database, two, m_ana, A::Present, answers(4, 9, {4}, {}));
        take(store, database, one, m_beto, A::Present, answers(20, 18, {3, 3}, AppliedAnswer::No));
        take(store, database, one, m_carla, A::Present, answers(8, {}, {}, AppliedAnswer::Partly));
        take(store, database, three, m_carla, A::Present, {});
        take(store, database, one, m_dario, A::Absent, answers(0, 20, {1}, AppliedAnswer::Yes));
        take(store, database, two, m_eva, A::Present, answers(5, 5, {{}, 2}, {}));
        take(store, database, two, m_fede, A::Present, {});
    }

    EvaluationTable table(ResultsKey by)
    {
        Result<EvaluationTable> t = EvaluationQuery(*m_database).evaluation(m_project, by);
        EXPECT_TRUE(t.ok()) << t.error().message.toStdString();
        return t ? *t : EvaluationTable{};
    }

    Id m_project = 0;
    Id m_ana = 0, m_beto = 0, m_carla = 0, m_dario = 0, m_eva = 0, m_fede = 0;
};

constexpr double kTolerance = 1e-9;

// The breakdowns of the evaluation tables: every one of the attendance tables.
QList<ResultsKey> evaluationKeys()
{
    return allResultsKeys();
}

void expectNear(const std::optional<double>& actual, std::optional<double> expected, const char* what)
{
    ASSERT_EQ(actual.has_value(), expected.has_value()) << what;
    if (expected) {
        EXPECT_NEAR(*actual, *expected, kTolerance) << what;
    }
}

const EvaluationRow* rowOf(const EvaluationTable& table, const QString& key)
{
    for (const EvaluationRow& row : table.rows) {
        if (row.key == key)
            return &row;
    }
    ADD_FAILURE() << "no row " << key.toStdString();
    return nullptr;
}

TEST_P(EvaluationQueryTest, ByActivityEveryNumberAsWorkedOutByHand)
{
    const EvaluationTable t = table(ResultsKey::Activity);
    ASSERT_EQ(t.rows.size(), 3);
    const EvaluationRow& one = t.rows[0];
    EXPECT_EQ(one.key, QStringLiteral("1"));
    expectNear(one.testMaxScore, 20, "max");
    expectNear(one.masteryThresholdPct, 70, "threshold");
    EXPECT_EQ(one.tookPart, 3);
    EXPECT_EQ(one.preTested, 3);
    EXPECT_EQ(one.postTested, 2);
    EXPECT_EQ(one.paired, 2);
    expectNear(one.meanPrePct, 75, "mean pre");
    expectNear(one.meanPostPct, 85, "mean post");
    EXPECT_EQ(one.improved, 1);
    expectNear(one.improvedPct, 50, "improved %");
    expectNear(one.normalisedGain, 0.4, "<g>");
    expectNear(one.meanIndividualGain, 0.6, "individual");
    EXPECT_EQ(one.gainUndefined, 1);
    EXPECT_EQ(one.mastery, 2);
    expectNear(one.masteryPct, 100, "mastery %");
    EXPECT_EQ(one.satisfactionResponses, 2);
    EXPECT_EQ(one.satisfactionOverallResponses, 2);
    EXPECT_EQ(one.satisfied, 1);
    expectNear(one.satisfiedPct, 50, "satisfied %");
    expectNear(one.satisfactionMean, 29.0 / 7.0, "item mean");
    expectNear(one.satisfactionMeanOverall, 4, "overall");
    expectNear(one.satisfactionMeanRelevance, 3.5, "relevance");
    expectNear(one.satisfactionMeanExperts, 5, "experts");
    expectNear(one.satisfactionMeanOrganisation, 4, "organisation");
    expectNear(one.satisfactionMeanRecommend, 5, "recommend");
    EXPECT_EQ(one.followedUp, 3);
    EXPECT_EQ(one.applied, 2);
    expectNear(one.appliedPct, 200.0 / 3.0, "applied %");

    const EvaluationRow& two = t.rows[1];
    EXPECT_EQ(two.key, QStringLiteral("2"));
    expectNear(two.testMaxScore, 10, "max");
    expectNear(two.masteryThresholdPct, 80, "threshold");
    EXPECT_EQ(two.tookPart, 3);
    EXPECT_EQ(two.preTested, 2);
    EXPECT_EQ(two.postTested, 2);
    EXPECT_EQ(two.paired, 2);
    expectNear(two.meanPrePct, 45, "mean pre");
    expectNear(two.meanPostPct, 70, "mean post");
    EXPECT_EQ(two.improved, 1);
    expectNear(two.normalisedGain, 25.0 / 55.0, "<g>");
    expectNear(two.meanIndividualGain, 5.0 / 12.0, "individual");
    EXPECT_EQ(two.gainUndefined, 0);
    EXPECT_EQ(two.mastery, 1);
    expectNear(two.masteryPct, 50, "mastery %");
    EXPECT_EQ(two.satisfactionResponses, 2);
    EXPECT_EQ(two.satisfactionOverallResponses, 1);
    EXPECT_EQ(two.satisfied, 1);
    expectNear(two.satisfiedPct, 100, "satisfied %");
    expectNear(two.satisfactionMean, 3, "item mean");
    expectNear(two.satisfactionMeanOverall, 4, "overall");
    expectNear(two.satisfactionMeanRelevance, 2, "relevance");
    expectNear(two.satisfactionMeanExperts, {}, "experts");
    EXPECT_EQ(two.followedUp, 0);
    expectNear(two.appliedPct, {}, "applied % without follow-up");

    const EvaluationRow& three = t.rows[2];
    EXPECT_EQ(three.tookPart, 1);
    EXPECT_EQ(three.paired, 0);
    EXPECT_EQ(three.satisfactionResponses, 0);
    expectNear(three.testMaxScore, 0, "no test");
    expectNear(three.meanPrePct, {}, "mean pre");
    expectNear(three.improvedPct, {}, "improved %");
    expectNear(three.normalisedGain, {}, "<g>");
    expectNear(three.masteryPct, {}, "mastery %");
    expectNear(three.satisfactionMean, {}, "item mean");

    const EvaluationCounts& all = t.totals;
    EXPECT_EQ(all.tookPart, 7);
    EXPECT_EQ(all.preTested, 5);
    EXPECT_EQ(all.postTested, 4);
    EXPECT_EQ(all.paired, 4);
    expectNear(all.meanPrePct, 60, "mean pre");
    expectNear(all.meanPostPct, 77.5, "mean post");
    EXPECT_EQ(all.improved, 2);
    expectNear(all.improvedPct, 50, "improved %");
    expectNear(all.normalisedGain, 0.4375, "<g>");
    expectNear(all.meanIndividualGain, (0.6 + 5.0 / 6.0) / 3.0, "individual");
    EXPECT_EQ(all.gainUndefined, 1);
    EXPECT_EQ(all.mastery, 3);
    expectNear(all.masteryPct, 75, "mastery %");
    EXPECT_EQ(all.satisfactionResponses, 4);
    EXPECT_EQ(all.satisfactionOverallResponses, 3);
    EXPECT_EQ(all.satisfied, 2);
    expectNear(all.satisfiedPct, 200.0 / 3.0, "satisfied %");
    expectNear(all.satisfactionMean, 35.0 / 9.0, "item mean");
    expectNear(all.satisfactionMeanOverall, 4, "overall");
    expectNear(all.satisfactionMeanRelevance, 3, "relevance");
    expectNear(all.satisfactionMeanExperts, 5, "experts");
    expectNear(all.satisfactionMeanOrganisation, 4, "organisation");
    expectNear(all.satisfactionMeanRecommend, 5, "recommend");
    EXPECT_EQ(all.followedUp, 3);
    EXPECT_EQ(all.applied, 2);
    expectNear(all.appliedPct, 200.0 / 3.0, "applied %");
}

TEST_P(EvaluationQueryTest, ByGenderAndComponentAsWorkedOutByHand)
{
    const EvaluationTable gender = table(ResultsKey::Gender);
    const EvaluationRow* female = rowOf(gender, QStringLiteral("female"));
    const EvaluationRow* male = rowOf(gender, QStringLiteral("male"));
    ASSERT_TRUE(female && male);
    EXPECT_EQ(female->tookPart, 5);
    EXPECT_EQ(female->paired, 3);
    expectNear(female->meanPrePct, 140.0 / 3.0, "mean pre");
    expectNear(female->meanPostPct, 220.0 / 3.0, "mean post");
    expectNear(female->normalisedGain, 0.5, "<g>");
    EXPECT_EQ(female->mastery, 2);
    EXPECT_EQ(male->tookPart, 2);
    EXPECT_EQ(male->paired, 1);
    expectNear(male->normalisedGain, {}, "<g> at a mean pre of 100 %");
    expectNear(male->meanIndividualGain, {}, "individual");
    EXPECT_EQ(male->gainUndefined, 1);
    EXPECT_FALSE(male->testMaxScore.has_value());

    const EvaluationTable component = table(ResultsKey::Component);
    ASSERT_EQ(component.rows.size(), 2);
    EXPECT_EQ(component.rows[0].tookPart, 6); // activities 1 and 2
    EXPECT_EQ(component.rows[0].paired, 4);
    EXPECT_EQ(component.rows[1].tookPart, 4); // activities 2 and 3
    EXPECT_EQ(component.rows[1].paired, 2);
    EXPECT_EQ(component.totals.tookPart, 7);

    const EvaluationTable country = table(ResultsKey::ExpertCountry);
    ASSERT_EQ(country.rows.size(), 1);
    EXPECT_EQ(country.rows[0].key, QStringLiteral("Spain"));
    EXPECT_EQ(country.rows[0].tookPart, 3);
}

// improved <= paired <= took_part, and the other counts within their denominators, on every row of
// every breakdown; rows that put each participation in one row add up to the totals.
TEST_P(EvaluationQueryTest, EveryRowKeepsItsCountsWithinTheirDenominators)
{
    for (ResultsKey key : evaluationKeys()) {
        const EvaluationTable t = table(key);
        QList<EvaluationCounts> lines{t.totals};
        for (const EvaluationRow& row : t.rows)
            lines.append(row);
        qint64 sum = 0;
        for (const EvaluationRow& row : t.rows)
            sum += row.tookPart;
        for (const EvaluationCounts& c : std::as_const(lines)) {
            SCOPED_TRACE(resultsKeyCode(key).toStdString());
            EXPECT_LE(c.improved, c.paired);
            EXPECT_LE(c.paired, c.preTested);
            EXPECT_LE(c.paired, c.postTested);
            EXPECT_LE(c.postTested, c.tookPart);
            EXPECT_LE(c.gainUndefined, c.paired);
            EXPECT_LE(c.mastery, c.postTested);
            EXPECT_LE(c.satisfied, c.satisfactionOverallResponses);
            EXPECT_LE(c.satisfactionOverallResponses, c.satisfactionResponses);
            EXPECT_LE(c.applied, c.followedUp);
            EXPECT_EQ(c.normalisedGain.has_value(), c.paired > 0 && *c.meanPrePct < 100);
        }
        if (key == ResultsKey::Gender || key == ResultsKey::Institution ||
            key == ResultsKey::InstitutionType || key == ResultsKey::Region) {
            EXPECT_EQ(sum, t.totals.tookPart) << resultsKeyCode(key).toStdString();
        }
    }
}

// Each count of each row drills down to as many participations; a few, to the very persons.
TEST_P(EvaluationQueryTest, EveryCountDrillsDownToItsParticipations)
{
    EvaluationQuery query(*m_database);
    for (ResultsKey key : evaluationKeys()) {
        const EvaluationTable t = table(key);
        QList<std::pair<ParticipantFilter, EvaluationCounts>> lines{{ParticipantFilter{}, t.totals}};
        for (const EvaluationRow& row : t.rows) {
            ResultsRow shape;
            shape.key = row.key;
            lines.append({ParticipantFilter::forRow(key, shape), row});
        }
        for (auto& [filter, counts] : lines) {
            for (const QString& code : EvaluationFields::indicatorCodes()) {
                filter.indicator = EvaluationFields::indicatorFromCode(code);
                Result<QList<EvaluationQuery::Participation>> behind =
                    query.participations(m_project, filter);
                ASSERT_TRUE(behind.ok()) << behind.error().message.toStdString();
                EvaluationField field{nullptr, {}, EvaluationField::Kind::Count};
                const QByteArray name = code.toLatin1();
                field.key = name.constData();
                EXPECT_EQ(behind->size(), EvaluationFields::value(counts, field).toLongLong())
                    << resultsKeyCode(key).toStdString() << " " << code.toStdString();
            }
        }
    }

    ParticipantFilter filter;
    filter.activityCode = QStringLiteral("1");
    filter.indicator = EvaluationIndicator::TookPart;
    Result<QList<Id>> persons = query.participantIds(m_project, filter);
    ASSERT_TRUE(persons.ok());
    EXPECT_EQ(*persons, (QList<Id>{m_ana, m_beto, m_carla})) << "Darío did not take part";
    filter.indicator = EvaluationIndicator::Improved;
    EXPECT_EQ(*query.participantIds(m_project, filter), QList<Id>{m_ana});
    filter.indicator = EvaluationIndicator::GainUndefined;
    EXPECT_EQ(*query.participantIds(m_project, filter), QList<Id>{m_beto});
    filter.activityCode.reset();
    filter.indicator = EvaluationIndicator::Paired;
    QList<Id> paired;
    const Result<QList<EvaluationQuery::Participation>> pairedLines = query.participations(m_project, filter);
    ASSERT_TRUE(pairedLines.ok());
    for (const EvaluationQuery::Participation& line : *pairedLines)
        paired.append(line.participantId);
    EXPECT_EQ(paired, (QList<Id>{m_ana, m_ana, m_beto, m_eva})) << "Ana twice: two activities";
}

TEST_P(EvaluationQueryTest, EmptyValuesAreNullInJsonEmptyInCsvAndADashInText)
{
    const EvaluationTable t = table(ResultsKey::Activity);
    const QJsonObject json = QJsonDocument::fromJson(EvaluationFormatter::toJson(t)).object();
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject three = rows.at(2).toObject();
    EXPECT_TRUE(three.value(QStringLiteral("normalised_gain")).isNull());
    EXPECT_TRUE(three.value(QStringLiteral("mean_pre_pct")).isNull());
    EXPECT_EQ(three.value(QStringLiteral("paired")).toInt(-1), 0);
    EXPECT_EQ(three.value(QStringLiteral("took_part")).toInt(), 1);
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    for (const EvaluationField& field : EvaluationFields::all()) {
        const QString key = QString::fromLatin1(field.key);
        EXPECT_EQ(totals.contains(key), field.kind != EvaluationField::Kind::Design) << field.key;
        EXPECT_TRUE(rows.at(0).toObject().contains(key)) << field.key;
    }
    EXPECT_DOUBLE_EQ(totals.value(QStringLiteral("normalised_gain")).toDouble(), 0.4375);

    const QStringList csv = QString::fromUtf8(EvaluationFormatter::toCsv(t)).split(QStringLiteral("\r\n"));
    const QStringList header = csv.at(0).split(QLatin1Char(','));
    const QStringList third = csv.at(3).split(QLatin1Char(','));
    EXPECT_EQ(third.at(header.indexOf(QStringLiteral("normalised_gain"))), QString());
    EXPECT_EQ(third.at(header.indexOf(QStringLiteral("paired"))), QStringLiteral("0"));

    const QString text = EvaluationFormatter::toText(t);
    EXPECT_TRUE(text.contains(QChar(0x2013)));
}

INSTANTIATE_TEST_SUITE_P(Backends, EvaluationQueryTest, test::bothBackends(), test::backendName);

// Every session of the fixture is in March 2017: by year and by quarter, one row that is the totals.
TEST_P(EvaluationQueryTest, ByYearAndQuarterOneRowThatIsTheTotals)
{
    const EvaluationTable byActivity = table(ResultsKey::Activity);
    for (ResultsKey key : {ResultsKey::Year, ResultsKey::Quarter}) {
        const EvaluationTable t = table(key);
        ASSERT_EQ(t.rows.size(), 1);
        EXPECT_EQ(t.rows.first().key,
                  key == ResultsKey::Year ? QStringLiteral("2017") : QStringLiteral("2017-Q1"));
        for (const EvaluationCounts* counts :
             {static_cast<const EvaluationCounts*>(&t.rows.first()), &t.totals}) {
            EXPECT_EQ(counts->tookPart, 7);
            EXPECT_EQ(counts->paired, 4);
            expectNear(counts->normalisedGain, 0.4375, "normalised_gain");
            EXPECT_EQ(counts->gainUndefined, byActivity.totals.gainUndefined);
        }
        EXPECT_TRUE(t.notes.join(QLatin1Char(' ')).contains(QStringLiteral("add up to the totals.")));
    }
}

} // namespace
