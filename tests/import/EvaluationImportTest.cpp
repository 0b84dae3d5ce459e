// Evaluation lists (import/EvaluationImport): the headings of real form exports, the refusals that
// name a line, and two imports into one file at once through the real seminardesk-cli. The golden
// folders tests/data/import/evaluation-* hold whole exports end to end.
#include "import/EvaluationImport.h"

#include "ImportFixture.h"
#include "TempDir.h"
#include "storage/EvaluationStore.h"

#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

TEST(EvaluationImportTest, RecognisesTheHeadingsOfFormExportsInSpanishAndEnglish)
{
    const QList<std::pair<const char*, EvaluationListField>> headings{
        // Google Forms, Spanish and English
        {"Marca temporal", EvaluationListField::Timestamp},
        {"Timestamp", EvaluationListField::Timestamp},
        {"Dirección de correo electrónico", EvaluationListField::Email},
        {"Email Address", EvaluationListField::Email},
        {"Nombre completo", EvaluationListField::Name},
        {"Full name", EvaluationListField::Name},
        {"Calificación del examen inicial", EvaluationListField::Pre},
        {"Calificación del examen final", EvaluationListField::Post},
        {"Pre-test score", EvaluationListField::Pre},
        {"Post-test score", EvaluationListField::Post},
        {"¿Qué tan satisfecho(a) está con el taller en general?", EvaluationListField::SatisfactionOverall},
        {"Overall, how satisfied are you with the seminar?", EvaluationListField::SatisfactionOverall},
        {"¿Qué tan relevante fue para su trabajo?", EvaluationListField::SatisfactionRelevance},
        {"How relevant was the seminar to your work?", EvaluationListField::SatisfactionRelevance},
        {"¿Cómo califica a los ponentes?", EvaluationListField::SatisfactionExperts},
        {"Quality of the experts", EvaluationListField::SatisfactionExperts},
        {"Organización y logística", EvaluationListField::SatisfactionOrganisation},
        {"How well was it organised? (organisation)", EvaluationListField::SatisfactionOrganisation},
        {"¿Recomendaría el curso a un colega?", EvaluationListField::SatisfactionRecommend},
        {"Would you recommend it to a colleague?", EvaluationListField::SatisfactionRecommend},
        {"Comentarios y sugerencias", EvaluationListField::Comment},
        {"Any other comments?", EvaluationListField::Comment},
        {"¿Ha aplicado lo aprendido en su trabajo?", EvaluationListField::Applied},
        {"Have you applied what you learnt in your work?", EvaluationListField::Applied},
        // Microsoft Forms: the completion time is when the form was sent; the start time is not
        {"Hora de finalización", EvaluationListField::Timestamp},
        {"Completion time", EvaluationListField::Timestamp},
        // KoboToolbox: group paths and XML names
        {"grupo_evaluacion/puntaje_pre", EvaluationListField::Pre},
        {"grupo_evaluacion/puntaje_post", EvaluationListField::Post},
        {"_submission_time", EvaluationListField::Timestamp},
        {"satisfaction_recommend", EvaluationListField::SatisfactionRecommend},
        // A hand-made sheet
        {"Pre", EvaluationListField::Pre},
        {"Post", EvaluationListField::Post},
        {"Nombre(s)", EvaluationListField::GivenNames},
        {"Apellidos", EvaluationListField::FamilyNames},
    };
    for (const auto& [heading, field] : headings) {
        const std::optional<EvaluationListField> recognised = recogniseEvaluationHeading(s(heading));
        ASSERT_TRUE(recognised.has_value()) << heading;
        EXPECT_EQ(evaluationListFieldCode(*recognised), evaluationListFieldCode(field)) << heading;
    }
    for (const char* other : {"Hora de inicio", "Start time", "ID", "_uuid", "Sede", "Institución"})
        EXPECT_FALSE(recogniseEvaluationHeading(s(other)).has_value()) << other;
}

// On both backends: the file, and a copy of it on the test server.
class EvaluationPlanTest : public ImportFixtureOnBackendTest
{
protected:
    Database& db() { return *m_database; }
    const ImportFixtureIds& ids() const { return m_ids; }
    CsvTable table(const QStringList& header, const QList<QStringList>& rows)
    {
        CsvTable list;
        list.header = header;
        list.rows = rows;
        for (qsizetype i = 0; i < rows.size(); ++i)
            list.lineNumbers.append(static_cast<int>(i + 2));
        list.encoding = s("UTF-8");
        list.separator = u',';
        return list;
    }
};

TEST_P(EvaluationPlanTest, ANameTwoEnrolledPersonsBearIsRefusedAndAsksForTheEmail)
{
    ProgrammeStore store(db());
    ASSERT_TRUE(store.enrol(ids().activity1, ids().juanCarlosInm).ok());
    ASSERT_TRUE(store.enrol(ids().activity1, ids().juanCarlosComar).ok());
    EvaluationImporter importer(db());
    Result<EvaluationPlan> plan =
        importer.plan(table({s("Nombre completo"), s("Pre")},
                            {{s("Juan Carlos López Díaz"), s("12")}, {s("José Luis Pérez"), s("9")}}),
                      s("lista.csv"), ids().activity1, {});
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    ASSERT_EQ(plan->rejected.size(), 1);
    EXPECT_EQ(plan->rejected[0].line, 2);
    EXPECT_TRUE(plan->rejected[0].problems[0].message.contains(s("give the email")))
        << plan->rejected[0].problems[0].message.toStdString();
    ASSERT_EQ(plan->answers.size(), 1);
    EXPECT_EQ(plan->answers[0].preScore, 9.0);
}

TEST_P(EvaluationPlanTest, ScoresForAnActivityWithoutATestAreRefusedAndMapChoosesTheColumns)
{
    ProgrammeStore store(db());
    ASSERT_TRUE(store.enrol(ids().activity2, ids().anaLucia).ok());
    EvaluationImporter importer(db());
    // Activity 2 has no knowledge test.
    Result<EvaluationPlan> refused =
        importer.plan(table({s("Participante"), s("Pre")}, {{s("Ana Lucía Ramírez Soto"), s("5")}}),
                      s("lista.csv"), ids().activity2, {{s("Participante"), EvaluationListField::Name}});
    ASSERT_TRUE(refused.ok()) << refused.error().message.toStdString();
    ASSERT_EQ(refused->rejected.size(), 1);
    EXPECT_TRUE(refused->rejected[0].problems[0].message.contains(s("no knowledge test")));

    // Without a column that says who answered, the list is refused as a whole, with what to do.
    Result<EvaluationPlan> nobody =
        importer.plan(table({s("Persona"), s("Pre")}, {{s("Ana Lucía Ramírez Soto"), s("5")}}),
                      s("lista.csv"), ids().activity1, {});
    ASSERT_FALSE(nobody.ok());
    EXPECT_TRUE(nobody.error().message.contains(s("--map"))) << nobody.error().message.toStdString();

    // Two columns that look like one field are refused, naming both.
    Result<EvaluationPlan> twice = importer.plan(table({s("Nombre completo"), s("Pre"), s("Examen inicial")},
                                                       {{s("Ana Lucía Ramírez Soto"), s("5"), s("6")}}),
                                                 s("lista.csv"), ids().activity1, {});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(s("\"Examen inicial\"")))
        << twice.error().message.toStdString();
}

TEST_P(EvaluationPlanTest, ARefusedListWritesNothingAndAnEmptyCellKeepsTheStoredAnswer)
{
    ProgrammeStore store(db());
    Result<QList<EvaluationStore::Line>> sheet = EvaluationStore(db()).sheet(ids().activity1);
    ASSERT_TRUE(sheet.ok());
    Id mariaJose = 0;
    for (const EvaluationStore::Line& line : *sheet) {
        if (line.participantId == ids().mariaJose)
            mariaJose = line.enrolmentId;
    }
    ASSERT_NE(mariaJose, 0);
    EvaluationAnswers stored;
    stored.enrolmentId = mariaJose;
    stored.preScore = 8;
    ASSERT_TRUE(EvaluationStore(db()).put(ids().activity1, {stored}).ok());

    EvaluationImporter importer(db());
    const CsvTable list =
        table({s("Correo"), s("Pre"), s("Post")}, {{s("MJ.HERNANDEZ@example.org"), QString(), s("17")},
                                                   {s("nadie@example.org"), s("3"), s("4")}});
    Result<EvaluationPlan> refused =
        importer.run(list, s("lista.csv"), ids().activity1, {}, [](const EvaluationPlan& plan) -> Status {
            return plan.rejected.isEmpty() ? Status() : Status(Error::badInput(s("invalid rows")));
        });
    ASSERT_FALSE(refused.ok());
    Result<QList<EvaluationStore::Line>> after = EvaluationStore(db()).sheet(ids().activity1);
    ASSERT_TRUE(after.ok());
    for (const EvaluationStore::Line& line : *after) {
        if (line.enrolmentId == mariaJose) {
            ASSERT_TRUE(line.answers.has_value());
            EXPECT_EQ(line.answers->preScore, 8.0);
            EXPECT_FALSE(line.answers->postScore.has_value());
        }
    }

    Result<EvaluationPlan> written = importer.run(list, s("lista.csv"), ids().activity1, {}, {});
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written->changed, 1);
    Result<QList<EvaluationStore::Line>> filled = EvaluationStore(db()).sheet(ids().activity1);
    ASSERT_TRUE(filled.ok());
    for (const EvaluationStore::Line& line : *filled) {
        if (line.enrolmentId == mariaJose) {
            ASSERT_TRUE(line.answers.has_value());
            EXPECT_EQ(line.answers->preScore, 8.0); // the empty cell kept it
            EXPECT_EQ(line.answers->postScore, 17.0);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, EvaluationPlanTest, bothBackends(), backendName);

// Two officers import two halves of an export into one file at the same moment: each import plans
// and writes under the write lock, one after the other, and both halves are there afterwards.
TEST(EvaluationImportCliTest, TwoImportsAtOnceIntoOneFileBothLand)
{
    TempDir dir;
    const QString db = dir.path(s("programme.sdesk"));
    writeImportFixture(db);
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile file(dir.path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(s("inscripcion.csv"), "Nombre(s),Apellidos\nAna Lucía,Ramírez Soto\nJorge,Cruz Peña\n");
    ASSERT_EQ(
        cli({s("import"), db, s("participants"), dir.path(s("inscripcion.csv")), s("--activity"), s("1")})
            .exitCode,
        0);
    write(s("primera.csv"),
          "Nombre completo,Pre,Post\nMaría José Hernández Ruiz,9,15\nAna Lucía Ramírez Soto,11,16\n");
    write(s("segunda.csv"), "Nombre completo,Pre,Post\nJosé Luis Pérez Gómez,7,12\nJorge Cruz Peña,10,18\n");

    QProcess first;
    QProcess second;
    for (auto [process, list] : {std::pair{&first, s("primera.csv")}, std::pair{&second, s("segunda.csv")}})
        process->start(s(SD_CLI_PATH),
                       {s("import"), db, s("evaluation"), dir.path(list), s("--activity"), s("1")});
    for (QProcess* process : {&first, &second}) {
        ASSERT_TRUE(process->waitForFinished(60000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }
    EXPECT_EQ(countRows(db, "evaluation"), 4);
    const ProcessRun check = cli({s("check"), db});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
}

} // namespace
