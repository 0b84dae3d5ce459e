// `participants --evaluation`: one row per person and evaluated activity, named (with the comment)
// or pseudonymised (without names, ids or comments), in CSV, JSON and XLSX, on the hand-checked
// fixture tests/data/golden-small with its evaluation answers (evaluation-answers.sql), in a file and on
// the server.
#include "Backends.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace sd::test;

namespace {

const QStringList kPseudonymisedKeys{
    QStringLiteral("pseudonym"),
    QStringLiteral("activity"),
    QStringLiteral("gender"),
    QStringLiteral("institution"),
    QStringLiteral("institution_acronym"),
    QStringLiteral("institution_type"),
    QStringLiteral("region"),
    QStringLiteral("pre_score"),
    QStringLiteral("post_score"),
    QStringLiteral("pre_pct"),
    QStringLiteral("post_pct"),
    QStringLiteral("satisfaction_overall"),
    QStringLiteral("satisfaction_relevance"),
    QStringLiteral("satisfaction_experts"),
    QStringLiteral("satisfaction_organisation"),
    QStringLiteral("satisfaction_recommend"),
    QStringLiteral("applied"),
};

class EvaluationExportCliTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        const QString file = m_fixtureDir.path(QStringLiteral("golden.sdesk"));
        ASSERT_NE(newProgramme(file, {fixtureScript(QStringLiteral("golden-small/fixture.sql")),
                                      fixtureScript(QStringLiteral("golden-small/evaluation-answers.sql"))}),
                  nullptr);
        ASSERT_NE(m_place.open(GetParam(), file), nullptr);
        m_golden = m_place.address();
    }

    static QByteArray ok(const QStringList& arguments)
    {
        const ProcessRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        return run.bytes;
    }

    QByteArray evaluation(const QStringList& more)
    {
        // The fixture holds two projects (GS and OT): the evaluation is of one.
        return ok(QStringList{QStringLiteral("participants"), m_golden, QStringLiteral("--project"),
                              QStringLiteral("GS"), QStringLiteral("--evaluation")} +
                  more);
    }

    static QJsonArray jsonArray(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).array(); }

    // Every name, email and comment of the fixture's persons and answers.
    static QStringList identifying()
    {
        return {QStringLiteral("Ana Lucía"), QStringLiteral("López Soto"), QStringLiteral("María José"),
                QStringLiteral("Hernández"), QStringLiteral("Alex"),       QStringLiteral("Rivera"),
                QStringLiteral("Carmen"),    QStringLiteral("Ruiz"),       QStringLiteral("Jorge"),
                QStringLiteral("Díaz"),      QStringLiteral("Lucía"),      QStringLiteral("Ortega"),
                QStringLiteral("Sofía"),     QStringLiteral("explained"),  QStringLiteral("Thanks"),
                QStringLiteral("Madrid was")};
    }

    TempDir m_fixtureDir;
    BackendPlace m_place;
    QString m_golden;
    TempDir m_dir;
};

INSTANTIATE_TEST_SUITE_P(Backends, EvaluationExportCliTest, bothBackends(), backendName);

TEST_P(EvaluationExportCliTest, PseudonymisedRowsCarryTheAnswersUnderThePseudonymOnly)
{
    const QByteArray json =
        evaluation({QStringLiteral("--pseudonymise"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows = jsonArray(json);
    ASSERT_EQ(rows.size(), 9) << "five who took part in 2.1, four in 10: " << json.toStdString();
    for (const QString& text : identifying())
        EXPECT_FALSE(QString::fromUtf8(json).contains(text)) << text.toStdString();

    // The pseudonyms are those of the pseudonymised participant list.
    QSet<QString> listed;
    const ProcessRun list =
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--pseudonymise"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    // The fixture's nine persons are nine groups of one by gender, institution and region: flagged.
    EXPECT_TRUE(list.err.startsWith(QStringLiteral("seminardesk-cli participants: note: Small groups")))
        << list.err.toStdString();
    for (const QJsonValue& person : jsonArray(list.bytes))
        listed.insert(person.toObject().value(QStringLiteral("pseudonym")).toString());
    QSet<QString> pseudonyms;
    int answeredBoth = 0;
    QString previous;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        EXPECT_EQ(row.keys().size(), kPseudonymisedKeys.size());
        for (const QString& key : kPseudonymisedKeys)
            EXPECT_TRUE(row.contains(key)) << key.toStdString();
        const QString pseudonym = row.value(QStringLiteral("pseudonym")).toString();
        EXPECT_TRUE(listed.contains(pseudonym)) << pseudonym.toStdString();
        EXPECT_LE(previous, pseudonym) << "ordered by pseudonym, not by id";
        previous = pseudonym;
        pseudonyms.insert(pseudonym);
        // Ana Lucía (female, INM, Chiapas) in 2.1: 10 and 16 of 20, items 5 4 5 4 5, applied yes.
        if (row.value(QStringLiteral("activity")).toString() == QStringLiteral("2.1") &&
            row.value(QStringLiteral("pre_score")).toDouble() == 10.0) {
            ++answeredBoth;
            EXPECT_EQ(row.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
            EXPECT_EQ(row.value(QStringLiteral("region")).toString(), QStringLiteral("Chiapas"));
            EXPECT_EQ(row.value(QStringLiteral("post_score")).toDouble(), 16.0);
            EXPECT_EQ(row.value(QStringLiteral("pre_pct")).toDouble(), 50.0);
            EXPECT_EQ(row.value(QStringLiteral("post_pct")).toDouble(), 80.0);
            EXPECT_EQ(row.value(QStringLiteral("satisfaction_overall")).toInt(), 5);
            EXPECT_EQ(row.value(QStringLiteral("satisfaction_relevance")).toInt(), 4);
            EXPECT_EQ(row.value(QStringLiteral("applied")).toString(), QStringLiteral("yes"));
        }
        // María José answered the pre-test only: her post-test is empty, not 0.
        if (row.value(QStringLiteral("activity")).toString() == QStringLiteral("2.1") &&
            row.value(QStringLiteral("pre_score")).toDouble() == 7.0) {
            EXPECT_TRUE(row.value(QStringLiteral("post_score")).isNull());
            EXPECT_TRUE(row.value(QStringLiteral("post_pct")).isNull());
            EXPECT_EQ(row.value(QStringLiteral("pre_pct")).toDouble(), 35.0);
        }
        // Nobody's answers of the absent Sofía: no 0 pre-test anywhere.
        EXPECT_FALSE(row.value(QStringLiteral("pre_score")).toDouble() == 0.0 &&
                     !row.value(QStringLiteral("pre_score")).isNull());
    }
    EXPECT_EQ(answeredBoth, 1);
    EXPECT_EQ(pseudonyms.size(), 6) << "persons 1, 3, 6, 7, 8 and 9";

    const QByteArray csv = evaluation({QStringLiteral("--pseudonymise")});
    EXPECT_TRUE(csv.startsWith("pseudonym,activity,gender,institution,institution_acronym,institution_type,"
                               "region,pre_score,post_score,pre_pct,post_pct,satisfaction_overall,"
                               "satisfaction_relevance,satisfaction_experts,satisfaction_organisation,"
                               "satisfaction_recommend,applied\r\n") ||
                csv.startsWith("pseudonym,activity,gender,institution,institution_acronym,institution_type,"
                               "region,pre_score,post_score,pre_pct,post_pct,satisfaction_overall,"
                               "satisfaction_relevance,satisfaction_experts,satisfaction_organisation,"
                               "satisfaction_recommend,applied\n"))
        << csv.left(300).toStdString();
    for (const QString& text : identifying())
        EXPECT_FALSE(QString::fromUtf8(csv).contains(text)) << text.toStdString();
    EXPECT_EQ(evaluation({QStringLiteral("--pseudonymise")}), csv) << "stable from one export to the next";
}

TEST_P(EvaluationExportCliTest, NamedRowsCarryTheCommentAndActivityNarrowsToOne)
{
    const QJsonArray rows = jsonArray(evaluation({QStringLiteral("--activity"), QStringLiteral("2.1"),
                                                  QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(rows.size(), 5);
    QStringList comments;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        EXPECT_EQ(row.value(QStringLiteral("activity")).toString(), QStringLiteral("2.1"));
        EXPECT_FALSE(row.contains(QStringLiteral("pseudonym")));
        EXPECT_NE(row.value(QStringLiteral("id")).toInt(), 5) << "Sofía did not take part";
        comments.append(row.value(QStringLiteral("comment")).toString());
    }
    // By person id: Ana Lucía (1) first.
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("id")).toInt(), 1);
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("family_names")).toString(),
              QStringLiteral("López Soto"));
    EXPECT_TRUE(comments.contains(QStringLiteral("Ana Lucía López explained the procedure best")));
    EXPECT_TRUE(comments.contains(QStringLiteral("Thanks to Carmen Ruiz Ortega")));

    const ProcessRun refused = cli({QStringLiteral("participants"), m_golden, QStringLiteral("--evaluation"),
                                    QStringLiteral("--year"), QStringLiteral("2017")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--evaluation"))) << refused.err.toStdString();
}

TEST_P(EvaluationExportCliTest, PseudonymisedWorkbookReadByOpenpyxlHoldsTheJson)
{
    const QJsonArray json = jsonArray(
        evaluation({QStringLiteral("--pseudonymise"), QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(json.size(), 9);
    const QString path = m_dir.path(QStringLiteral("evaluation.xlsx"));
    evaluation({QStringLiteral("--pseudonymise"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                QStringLiteral("-o"), path});
    const QJsonObject workbook = readWorkbook(path);
    QJsonObject sheet;
    for (const QJsonValue& each : workbook.value(QStringLiteral("sheets")).toArray()) {
        if (each.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Evaluation"))
            sheet = each.toObject();
    }
    ASSERT_FALSE(sheet.isEmpty()) << "a sheet named Evaluation";
    const QJsonArray cells = sheet.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(cells.size(), 1 + json.size() + 1) << "header, participations, totals";
    for (qsizetype index = 0; index < json.size(); ++index) {
        const QJsonObject expected = json.at(index).toObject();
        const QJsonArray row = cells.at(index + 1).toArray();
        ASSERT_EQ(row.size(), kPseudonymisedKeys.size());
        for (qsizetype column = 0; column < kPseudonymisedKeys.size(); ++column) {
            const QJsonObject cell = row.at(column).toObject();
            const QJsonValue want = expected.value(kPseudonymisedKeys[column]);
            const QJsonValue got = cell.value(QStringLiteral("value"));
            if (want.isNull() || (want.isString() && want.toString().isEmpty())) {
                EXPECT_TRUE(got.isNull()) << kPseudonymisedKeys[column].toStdString(); // empty cell
            } else if (want.isDouble()) {
                EXPECT_EQ(cell.value(QStringLiteral("type")).toString(), QStringLiteral("n"))
                    << kPseudonymisedKeys[column].toStdString() << " is stored as a number";
                EXPECT_DOUBLE_EQ(got.toDouble(), want.toDouble()) << kPseudonymisedKeys[column].toStdString();
            } else {
                EXPECT_EQ(got.toString(), want.toString()) << kPseudonymisedKeys[column].toStdString();
            }
        }
    }
    const QString everything = QString::fromUtf8(QJsonDocument(workbook).toJson());
    for (const QString& text : identifying())
        EXPECT_FALSE(everything.contains(text)) << text.toStdString();
}

} // namespace
