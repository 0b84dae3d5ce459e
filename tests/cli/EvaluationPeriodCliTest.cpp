// The evaluation tables in a reporting period and by year and quarter from the command line, in every
// format, and the persons behind their numbers through `participants --indicator`, on the programme
// whose activity 2 runs across the end of 2017 (tests/data/period-span/fixture.sql, where the numbers
// are worked out by hand), on the file and on the server.
#include "Backends.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sd::test;

namespace {

class EvaluationPeriodCliTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        const QString file = m_fixtureDir.path(QStringLiteral("span.sdesk"));
        ASSERT_NE(newProgramme(file, {fixtureScript(QStringLiteral("period-span/fixture.sql"))}), nullptr);
        ASSERT_NE(m_place.open(GetParam(), file), nullptr);
        m_span = m_place.address();
    }

    // `results` of the evaluation with the extra arguments; expects success, returns standard output.
    QByteArray evaluation(const QStringList& extra) const
    {
        const QStringList arguments = QStringList{QStringLiteral("results"), m_span,
                                                  QStringLiteral("--measure"), QStringLiteral("evaluation")} +
                                      extra;
        const ProcessRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        return run.bytes;
    }

    // The participant ids `participants` lists with these filters.
    QList<qint64> persons(const QStringList& filters) const
    {
        const ProcessRun run = cli(QStringList{QStringLiteral("participants"), m_span} + filters +
                                   QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << filters.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
        QList<qint64> ids;
        for (const QJsonValue& person : QJsonDocument::fromJson(run.bytes).array())
            ids.append(person.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }

    TempDir m_fixtureDir;
    BackendPlace m_place;
    QString m_span; // the fixture's address: the file, or the server database holding its copy
    TempDir m_dir;
};

INSTANTIATE_TEST_SUITE_P(Backends, EvaluationPeriodCliTest, bothBackends(), backendName);

const QStringList k2017{QStringLiteral("--from"), QStringLiteral("2017-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2017-12-31")};

TEST_P(EvaluationPeriodCliTest, APeriodInTextCsvAndJson)
{
    const QStringList byActivity{QStringLiteral("--by"), QStringLiteral("activity")};
    const QJsonObject json =
        QJsonDocument::fromJson(
            evaluation(byActivity + k2017 + QStringList{QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    EXPECT_EQ(json.value(QStringLiteral("from")).toString(), QStringLiteral("2017-01-01"));
    EXPECT_EQ(json.value(QStringLiteral("to")).toString(), QStringLiteral("2017-12-31"));
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("took_part")).toInteger(), 5);
    EXPECT_EQ(totals.value(QStringLiteral("paired")).toInteger(), 4);
    EXPECT_EQ(totals.value(QStringLiteral("improved")).toInteger(), 3);
    EXPECT_DOUBLE_EQ(totals.value(QStringLiteral("mean_pre_pct")).toDouble(), 45.0);
    EXPECT_EQ(json.value(QStringLiteral("rows")).toArray().size(), 2) << "activities 1 and 2";

    const QString text = QString::fromUtf8(evaluation(byActivity + k2017));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Evaluation by activity, sessions held from 2017-01-01 to 2017-12-31")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Only the sessions held from 2017-01-01 to 2017-12-31 count")));

    const QList<QStringList> csv = parseCsv(QString::fromUtf8(
        evaluation(byActivity + k2017 + QStringList{QStringLiteral("--format"), QStringLiteral("csv")})));
    ASSERT_EQ(csv.size(), 4) << "header, activities 1 and 2, totals";
    const qsizetype tookPart = csv.at(0).indexOf(QStringLiteral("took_part"));
    ASSERT_GE(tookPart, 0);
    EXPECT_EQ(csv.at(1).at(tookPart), QStringLiteral("2"));
    EXPECT_EQ(csv.at(2).at(tookPart), QStringLiteral("3"));
    EXPECT_EQ(csv.at(3).at(tookPart), QStringLiteral("5"));
}

TEST_P(EvaluationPeriodCliTest, ByYearAndQuarterInEveryFormat)
{
    const QJsonObject years =
        QJsonDocument::fromJson(evaluation({QStringLiteral("--by"), QStringLiteral("year"),
                                            QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    const QJsonArray rows = years.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("took_part")).toInteger(), 5);
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("took_part")).toInteger(), 4);
    EXPECT_EQ(years.value(QStringLiteral("totals")).toObject().value(QStringLiteral("took_part")).toInteger(),
              8)
        << "Ana's participation in activity 2 counts in both years and once in the totals";
    bool said = false;
    for (const QJsonValue& note : years.value(QStringLiteral("notes")).toArray())
        said = said || note.toString().contains(QStringLiteral("more than one row: 2."));
    EXPECT_TRUE(said);

    const QString text = QString::fromUtf8(evaluation({QStringLiteral("--by"), QStringLiteral("quarter")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Evaluation by quarter"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2017-Q4")));
    EXPECT_TRUE(text.contains(QStringLiteral("Q1 2018")));

    const QList<QStringList> csv =
        parseCsv(QString::fromUtf8(evaluation(QStringList{QStringLiteral("--by"), QStringLiteral("quarter"),
                                                          QStringLiteral("--format"), QStringLiteral("csv")} +
                                              k2017)));
    ASSERT_EQ(csv.size(), 4) << "header, 2017-Q2, 2017-Q4, totals";
    EXPECT_EQ(csv.at(1).at(0), QStringLiteral("2017-Q2"));
    EXPECT_EQ(csv.at(2).at(0), QStringLiteral("2017-Q4"));

    // A workbook of one breakdown in a period: the evaluation sheet and the period in About.
    const QString path = m_dir.path(QStringLiteral("year.xlsx"));
    evaluation(QStringList{QStringLiteral("--by"), QStringLiteral("year"), QStringLiteral("--format"),
                           QStringLiteral("xlsx"), QStringLiteral("-o"), path} +
               k2017);
    const QJsonObject workbook = readWorkbook(path);
    QStringList names;
    QString everyCell;
    for (const QJsonValue& sheet : workbook.value(QStringLiteral("sheets")).toArray()) {
        names.append(sheet.toObject().value(QStringLiteral("name")).toString());
        for (const QJsonValue& row : sheet.toObject().value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue& cell : row.toArray())
                everyCell +=
                    cell.toObject().value(QStringLiteral("value")).toVariant().toString() + QLatin1Char('\n');
        }
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("Year evaluation"), QStringLiteral("Indicators"),
                                  QStringLiteral("About")}));
    EXPECT_TRUE(everyCell.contains(QStringLiteral("sessions held from 2017-01-01 to 2017-12-31")))
        << everyCell.toStdString();
}

// --by all in a period: every breakdown's evaluation, year and quarter included, with the period's totals.
TEST_P(EvaluationPeriodCliTest, EveryBreakdownInAPeriod)
{
    const QJsonObject all =
        QJsonDocument::fromJson(evaluation(QStringList{QStringLiteral("--by"), QStringLiteral("all"),
                                                       QStringLiteral("--format"), QStringLiteral("json")} +
                                           k2017))
            .object();
    EXPECT_EQ(all.keys().size(), 9);
    for (const QString& key : all.keys()) {
        SCOPED_TRACE(key.toStdString());
        const QJsonObject table = all.value(key).toObject();
        EXPECT_EQ(table.value(QStringLiteral("from")).toString(), QStringLiteral("2017-01-01"));
        EXPECT_EQ(
            table.value(QStringLiteral("totals")).toObject().value(QStringLiteral("took_part")).toInteger(),
            5);
    }

    const QString path = m_dir.path(QStringLiteral("all.xlsx"));
    const ProcessRun run =
        cli(QStringList{QStringLiteral("results"), m_span, QStringLiteral("--by"), QStringLiteral("all"),
                        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), path} +
            k2017);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList names;
    for (const QJsonValue& sheet : readWorkbook(path).value(QStringLiteral("sheets")).toArray())
        names.append(sheet.toObject().value(QStringLiteral("name")).toString());
    EXPECT_TRUE(names.contains(QStringLiteral("Activity"))) << "the attendance sheets of the period";
    EXPECT_TRUE(names.contains(QStringLiteral("Year evaluation")));
    EXPECT_TRUE(names.contains(QStringLiteral("Quarter evaluation")));
    EXPECT_TRUE(names.contains(QStringLiteral("Indicators")));
}

// The persons behind an evaluation number in a period, by year or by quarter.
TEST_P(EvaluationPeriodCliTest, ParticipantsOfAnIndicatorInAPeriod)
{
    // 2017: Ana, José and Alex took part; improved: Ana (activities 1 and 2) and Alex.
    EXPECT_EQ(persons({QStringLiteral("--indicator"), QStringLiteral("took_part"), QStringLiteral("--year"),
                       QStringLiteral("2017")}),
              (QList<qint64>{1, 2, 6}));
    EXPECT_EQ(persons(QStringList{QStringLiteral("--indicator"), QStringLiteral("improved")} + k2017),
              (QList<qint64>{1, 6}));
    // 2018-Q1: Luis's pre-test was 100 %; mastery Ana and Luis.
    EXPECT_EQ(persons({QStringLiteral("--indicator"), QStringLiteral("gain_undefined"),
                       QStringLiteral("--quarter"), QStringLiteral("2018-Q1")}),
              QList<qint64>{4});
    EXPECT_EQ(persons({QStringLiteral("--indicator"), QStringLiteral("mastery"), QStringLiteral("--quarter"),
                       QStringLiteral("2018-Q1")}),
              (QList<qint64>{1, 4}));
    // From 30 Dec 2017 in activity 2: Ana, Luis and Alex, not José (the 29th only).
    EXPECT_EQ(
        persons({QStringLiteral("--indicator"), QStringLiteral("took_part"), QStringLiteral("--activity"),
                 QStringLiteral("2"), QStringLiteral("--from"), QStringLiteral("2017-12-30")}),
        (QList<qint64>{1, 4, 6}));
    // A year that is not one: wrong usage, named.
    const ProcessRun bad = cli({QStringLiteral("participants"), m_span, QStringLiteral("--indicator"),
                                QStringLiteral("paired"), QStringLiteral("--year"), QStringLiteral("17")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("17"))) << bad.err.toStdString();
}

} // namespace
