// The evaluation export's reading and pseudonymising, on the golden fixture with its evaluation answers
// (tests/data/golden-small/evaluation-answers.sql). The command line's formats are
// tests/cli/EvaluationExportCliTest.cpp.
#include "export/EvaluationExport.h"

#include "Programmes.h"
#include "export/Pseudonymiser.h"

#include <gtest/gtest.h>

using namespace sd;

namespace {

class EvaluationExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_database =
            test::newProgramme(m_dir.path(QStringLiteral("golden.sdesk")),
                               {test::fixtureScript(QStringLiteral("golden-small/fixture.sql")),
                                test::fixtureScript(QStringLiteral("golden-small/evaluation-answers.sql"))});
        ASSERT_NE(m_database, nullptr);
    }

    QList<EvaluationExportRow> load(Id activityId, const std::optional<QList<Id>>& ids,
                                    ParticipantExport::Persons persons)
    {
        Result<QList<EvaluationExportRow>> rows =
            EvaluationExport(*m_database).load(1, activityId, ids, persons);
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        return rows ? *rows : QList<EvaluationExportRow>{};
    }

    test::TempDir m_dir;
    std::unique_ptr<Database> m_database;
};

TEST_F(EvaluationExportTest, OneRowPerPersonAndEvaluatedActivityTheyTookPartIn)
{
    const QList<EvaluationExportRow> rows = load(0, std::nullopt, ParticipantExport::Persons::Named);
    QStringList seen;
    for (const EvaluationExportRow& row : rows)
        seen.append(QStringLiteral("%1:%2").arg(row.participantId).arg(row.activityCode));
    // By person, then the activities' dates: 2.1 in March, 10 in September. Activities 1, 2.2 and 3
    // have no evaluation; Sofía (5) was absent from 2.1; the other project's activity is not GS's.
    EXPECT_EQ(seen, (QStringList{QStringLiteral("1:2.1"), QStringLiteral("1:10"), QStringLiteral("3:2.1"),
                                 QStringLiteral("6:2.1"), QStringLiteral("6:10"), QStringLiteral("7:2.1"),
                                 QStringLiteral("8:2.1"), QStringLiteral("8:10"), QStringLiteral("9:10")}));
    const EvaluationExportRow& ana = rows.first();
    EXPECT_EQ(ana.familyNames, QStringLiteral("López Soto"));
    EXPECT_EQ(ana.gender, Gender::Female);
    EXPECT_EQ(ana.institutionAcronym, QStringLiteral("INM"));
    EXPECT_EQ(ana.institutionType, QStringLiteral("federal"));
    EXPECT_EQ(ana.region, QStringLiteral("Chiapas"));
    EXPECT_EQ(ana.preScore, 10.0);
    EXPECT_EQ(ana.postScore, 16.0);
    EXPECT_EQ(ana.prePct, 50.0);
    EXPECT_EQ(ana.postPct, 80.0);
    EXPECT_EQ(ana.satisfaction, (std::array<std::optional<int>, 5>{5, 4, 5, 4, 5}));
    EXPECT_EQ(ana.applied, AppliedAnswer::Yes);
    EXPECT_EQ(ana.comment, QStringLiteral("Ana Lucía López explained the procedure best"));
    // Her row in 10 (questionnaire only) has no scores and no percent of a maximum.
    EXPECT_FALSE(rows[1].preScore.has_value());
    EXPECT_FALSE(rows[1].prePct.has_value());
    EXPECT_EQ(rows[1].satisfaction[0], 4);
    // Carmen (7) took part but answered nothing: a row of empty answers.
    EXPECT_FALSE(rows[5].preScore || rows[5].satisfaction[0] || rows[5].applied);

    // Narrowed to one activity and to some persons.
    EXPECT_EQ(load(2, std::nullopt, ParticipantExport::Persons::Named).size(), 5);
    const QList<EvaluationExportRow> some = load(0, QList<Id>{1, 9}, ParticipantExport::Persons::Named);
    ASSERT_EQ(some.size(), 3);
    EXPECT_EQ(some.last().participantId, 9);
}

TEST_F(EvaluationExportTest, PseudonymisedRowsHoldNoNamesIdsOrComments)
{
    QList<EvaluationExportRow> rows = load(0, std::nullopt, ParticipantExport::Persons::Withheld);
    ASSERT_EQ(rows.size(), 9);
    for (const EvaluationExportRow& row : rows) {
        EXPECT_TRUE(row.givenNames.isEmpty());
        EXPECT_TRUE(row.familyNames.isEmpty());
        EXPECT_TRUE(row.comment.isEmpty()) << "the comment is not even read";
    }
    Result<Pseudonymiser> made = Pseudonymiser::forProject(*m_database, QStringLiteral("GS"));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    const Pseudonymiser& pseudonymiser = *made;
    EvaluationExport::pseudonymise(rows, pseudonymiser);
    QString previous;
    for (const EvaluationExportRow& row : rows) {
        EXPECT_EQ(row.participantId, 0);
        EXPECT_TRUE(row.pseudonym.startsWith(QStringLiteral("P-")));
        EXPECT_LE(previous, row.pseudonym);
        previous = row.pseudonym;
    }
    // Ana Lucía's rows under her pseudonym, still in date order.
    const QString ana = pseudonymiser.pseudonym(1);
    QStringList hers;
    for (const EvaluationExportRow& row : rows) {
        if (row.pseudonym == ana)
            hers.append(row.activityCode);
    }
    EXPECT_EQ(hers, (QStringList{QStringLiteral("2.1"), QStringLiteral("10")}));

    const Table table = EvaluationExport::toTable(rows, true, ParticipantExport::Headings::Keys);
    QStringList columns;
    for (const TableColumn& column : table.columns)
        columns.append(column.title);
    EXPECT_EQ(columns.first(), QStringLiteral("pseudonym"));
    for (const char* withheld : {"id", "given_names", "family_names", "comment", "email"})
        EXPECT_FALSE(columns.contains(QLatin1String(withheld))) << withheld;
    const QByteArray json = EvaluationExport::toJson(rows, true);
    for (const char* text : {"López", "explained", "Carmen", "\"id\""})
        EXPECT_FALSE(json.contains(text)) << text;

    // Named, the table carries the comment last.
    const Table named = EvaluationExport::toTable(load(0, std::nullopt, ParticipantExport::Persons::Named),
                                                  false, ParticipantExport::Headings::Keys);
    EXPECT_EQ(named.columns.last().title, QStringLiteral("comment"));
    EXPECT_EQ(named.columns.first().title, QStringLiteral("id"));
}

} // namespace
