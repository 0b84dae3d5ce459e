// Documents and results in a chosen language (`--language es|en`), independent of the command line's own
// language: the documents' fixed texts from the translation of that language, the programme's titles
// and names in their form of that language, the other form where one is empty. PDFs read back with
// poppler's pdftotext and pdfinfo, on the demo and on the hand-checked fixture, in files and on the server.
#include "Backends.h"
#include "CliDemoSuite.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"
#include "storage/ProgrammeStore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

// A certificate at the edge of what fits: a title of 120 characters in each language and a person whose
// name is 60 characters long. Activity 2.1 and COMAR get Spanish forms; the other records of the
// fixture have none, so their English forms stand in.
const char* const kBilingual = R"sql(
INSERT INTO activity (id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country,
                      start_date, end_date, status) VALUES
    (8, 1, '12', 'Regional workshop on the identification, referral and protection of unaccompanied children at the southern border',
     'Taller regional sobre la identificación, canalización y protección de la niñez no acompañada en la frontera sur del país',
     'workshop', 'Mexico City', 'Ciudad de México', 'Mexico', '2017-11-06', '2017-11-07', 'held');
INSERT INTO activity_component (activity_id, component_id) VALUES (8, 1);
INSERT INTO session (id, activity_id, date, part) VALUES (15, 8, '2017-11-06', 'full_day'), (16, 8, '2017-11-07', 'full_day');
INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region) VALUES
    (13, 'María Guadalupe Fernanda', 'Altamirano Villaseñor de la Barrera Ochoa', 'female', 2, 'Oficial', 'Chiapas');
INSERT INTO enrolment (id, activity_id, participant_id) VALUES (25, 8, 13);
INSERT INTO attendance (enrolment_id, session_id, status) VALUES (25, 15, 'present'), (25, 16, 'present');
UPDATE project SET title_es = 'Programa pequeño de referencia' WHERE id = 1;
UPDATE activity SET title_es = 'Seminario sobre protección internacional' WHERE id = 2;
UPDATE institution SET name_es = 'Comisión Mexicana de Ayuda a Refugiados' WHERE id = 2;
)sql";

const QString kLongTitleEn = QStringLiteral(
    "Regional workshop on the identification, referral and protection of unaccompanied children at the "
    "southern border");
const QString kLongTitleEs = QStringLiteral(
    "Taller regional sobre la identificación, canalización y protección de la niñez no acompañada en la "
    "frontera sur del país");
const QString kLongName =
    QStringLiteral("María Guadalupe Fernanda Altamirano Villaseñor de la Barrera Ochoa");

class BilingualPrintCliTest : public CliDemoSuite, public ::testing::WithParamInterface<Backend>
{
protected:
    static void SetUpTestSuite()
    {
        CliDemoSuite::SetUpTestSuite();
        s_fixture = s_dir->path(QStringLiteral("bilingual.sdesk"));
        ASSERT_NE(newProgramme(s_fixture, {fixtureScript(QStringLiteral("golden-small/fixture.sql")),
                                           QString::fromUtf8(kBilingual)}),
                  nullptr);
    }

    void SetUp() override
    {
        m_demoDatabase = m_demoPlace.open(GetParam(), s_demo);
        ASSERT_NE(m_demoDatabase, nullptr);
        ASSERT_NE(m_fixturePlace.open(GetParam(), s_fixture), nullptr);
        m_demo = m_demoPlace.address();
        m_fixture = m_fixturePlace.address();
    }

    QString print(const QString& file, const QStringList& options)
    {
        const QString path = m_dir.path(QStringLiteral("out-%1.pdf").arg(++m_count));
        const ProcessRun run = cli(QStringList{QStringLiteral("print"), file} + options +
                                   QStringList{QStringLiteral("-o"), path});
        EXPECT_EQ(run.exitCode, 0) << options.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
        return path;
    }

    static int pages(const QString& pdf) { return pdfInfo(pdf, QStringLiteral("Pages")).toInt(); }

    static inline QString s_fixture;
    BackendPlace m_demoPlace;
    BackendPlace m_fixturePlace;
    std::unique_ptr<Database> m_demoDatabase;
    QString m_demo;
    QString m_fixture;
    int m_count = 0;
};

INSTANTIATE_TEST_SUITE_P(Backends, BilingualPrintCliTest, bothBackends(), backendName);

// The English forms of the demo's programme texts that a Spanish document must not show: those whose
// Spanish form is given and differs (an institution named in Spanish only reads the same either way).
QStringList englishOnlyForms(ProgrammeStore& store)
{
    QStringList forms;
    const auto add = [&forms](const QString& english, const QString& spanish) {
        if (!spanish.isEmpty() && spanish != english)
            forms.append(english);
    };
    const QList<Project> projects = store.projects().value();
    for (const Project& project : projects) {
        add(project.title, project.titleEs);
        const QList<Activity> activities = store.activities(project.id).value();
        for (const Activity& activity : activities) {
            add(activity.title, activity.titleEs);
            add(activity.venueCity, activity.venueCityEs);
        }
    }
    const QList<Institution> institutions = store.institutions().value();
    for (const Institution& institution : institutions) {
        add(institution.name, institution.nameEs);
        add(institution.acronym, institution.acronymEs);
    }
    return forms;
}

} // namespace

TEST_P(BilingualPrintCliTest, ASpanishCertificateOf21HoldsNoEnglishProgrammeText)
{
    const QString pdf =
        print(m_demo, {QStringLiteral("--kind"), QStringLiteral("certificate"), QStringLiteral("--activity"),
                       QStringLiteral("2.1"), QStringLiteral("--language"), QStringLiteral("es"),
                       QStringLiteral("--page-size"), QStringLiteral("letter")});
    const QString text = withoutSpaces(pdfText(pdf));
    ProgrammeStore store(*m_demoDatabase);
    const QStringList english = englishOnlyForms(store);
    ASSERT_GT(english.size(), 30) << "the demo's titles and institutions have Spanish forms";
    for (const QString& form : english)
        EXPECT_FALSE(text.contains(withoutSpaces(form)))
            << "English in a Spanish certificate: " << form.toStdString();
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral(
        "2.1 Seminario sobre protección internacional y el papel de los servidores públicos"))));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("Instituto Nacional de Migración (INM)"))));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("México II: Seminarios sobre protección"))));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("Constancia de Asistencia"))));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("de mayo de 2017"))));
    EXPECT_FALSE(text.contains(withoutSpaces(QStringLiteral("Certificate of Attendance"))));
    EXPECT_FALSE(text.contains(QStringLiteral("Page"))) << "one page each: no page numbers";

    // The same in English: the English forms, the English fixed texts.
    const QString inEnglish = withoutSpaces(pdfText(
        print(m_demo, {QStringLiteral("--kind"), QStringLiteral("certificate"), QStringLiteral("--activity"),
                       QStringLiteral("2.1"), QStringLiteral("--language"), QStringLiteral("en")})));
    EXPECT_TRUE(inEnglish.contains(withoutSpaces(QStringLiteral("National Institute of Migration (INM)"))));
    EXPECT_TRUE(inEnglish.contains(withoutSpaces(QStringLiteral("Certificate of Attendance"))));
    EXPECT_FALSE(inEnglish.contains(withoutSpaces(QStringLiteral("Instituto Nacional de Migración"))));
    EXPECT_EQ(pages(pdf), pages(print(m_demo, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                                               QStringLiteral("--activity"), QStringLiteral("2.1")})))
        << "the same persons qualify in either language";
}

TEST_P(BilingualPrintCliTest, AMissingFormFallsBackToTheOtherLanguage)
{
    // María José: 2.1 (Spanish title given) and 11, whose Spanish title is not (the fixture's other
    // activities have none either). COMAR has a Spanish name; the project a Spanish title.
    const QString pdf = print(m_fixture, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                                          QStringLiteral("--participant"), QStringLiteral("3"),
                                          QStringLiteral("--language"), QStringLiteral("es")});
    const QString text = withoutSpaces(pdfText(pdf));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("2.1 Seminario sobre protección internacional"))));
    EXPECT_TRUE(
        text.contains(withoutSpaces(QStringLiteral("Comisión Mexicana de Ayuda a Refugiados (COMAR)"))));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("Programa pequeño de referencia"))));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("participó en el seminario"))));
    // Ana Lucía's summary: activity 1 and INM have no Spanish form, so their English ones stand in,
    // inside Spanish fixed texts.
    const QString summary = withoutSpaces(pdfText(print(
        m_fixture, {QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--participant"),
                    QStringLiteral("1"), QStringLiteral("--language"), QStringLiteral("es")})));
    EXPECT_TRUE(summary.contains(withoutSpaces(QStringLiteral("Resumen del participante"))));
    EXPECT_TRUE(summary.contains(withoutSpaces(QStringLiteral("Identification mission"))));
    EXPECT_TRUE(summary.contains(withoutSpaces(QStringLiteral("National Institute of Migration"))))
        << "INM has no Spanish name in the fixture: its English one stands in";
}

// A certificate's text without what differs from one issue to the next: the date of issue (today) and
// the verification code (from the file's own random secret) become placeholders, and runs of spaces
// one space, since pdftotext -layout pads a line by the width of what it holds.
QString issueIndependent(QString text)
{
    const QString year = QString::number(QDate::currentDate().year());
    text.replace(QRegularExpression(QStringLiteral(R"(\b\d{1,2}(?: de)? \w+(?: de)? %1\b)").arg(year),
                                    QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("DATE-OF-ISSUE"));
    text.replace(
        QRegularExpression(QStringLiteral(R"(((?:verification code|código de verificación) )[0-9A-Z]{8})")),
        QStringLiteral("\\1CODE"));
    text.replace(QRegularExpression(QStringLiteral(" {2,}")), QStringLiteral(" "));
    return text;
}

// Golden text extracts (tests/data/documents): the certificate of the 60-character name for the
// activity of 120-character titles, in both languages, both orientations and both paper sizes, one
// page each. Run with SD_WRITE_GOLDEN=1 to rewrite them after a deliberate change of the layout or texts.
TEST_P(BilingualPrintCliTest, TheLongestCertificateIsOnePageInEveryLanguageOrientationAndSize)
{
    for (const QString& language : {QStringLiteral("es"), QStringLiteral("en")}) {
        for (const QString& paper : {QStringLiteral("a4"), QStringLiteral("letter")}) {
            for (const QString& orientation : {QStringLiteral("portrait"), QStringLiteral("landscape")}) {
                SCOPED_TRACE(
                    (language + QLatin1Char(' ') + paper + QLatin1Char(' ') + orientation).toStdString());
                const QString pdf =
                    print(m_fixture, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                                      QStringLiteral("--participant"), QStringLiteral("13"),
                                      QStringLiteral("--language"), language, QStringLiteral("--page-size"),
                                      paper, QStringLiteral("--orientation"), orientation});
                EXPECT_EQ(pages(pdf), 1);
                const QString text = pdfText(pdf, 0, PdfTextOrder::Layout);
                const QString compact = withoutSpaces(text);
                EXPECT_TRUE(compact.contains(withoutSpaces(kLongName)));
                EXPECT_TRUE(compact.contains(
                    withoutSpaces(language == QLatin1String("es") ? kLongTitleEs : kLongTitleEn)));
                EXPECT_FALSE(compact.contains(
                    withoutSpaces(language == QLatin1String("es") ? kLongTitleEn : kLongTitleEs)));
                const QString golden = dataPath(
                    QStringLiteral("documents/certificate-%1-%2-%3.txt").arg(language, paper, orientation));
                if (qEnvironmentVariableIsSet("SD_WRITE_GOLDEN") && GetParam() == Backend::File) {
                    QFile file(golden);
                    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                    file.write(issueIndependent(text).toUtf8());
                    continue;
                }
                EXPECT_EQ(issueIndependent(text), readText(golden)) << "pdftotext -layout of the certificate";
            }
        }
    }
}

TEST_P(BilingualPrintCliTest, ResultsAndParticipantsNameRowsAndInstitutionsInTheLanguageChosen)
{
    const auto json = [](const QStringList& arguments) {
        const ProcessRun run =
            cli(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.bytes);
    };
    const QByteArray spanish =
        json({QStringLiteral("results"), m_demo, QStringLiteral("--by"), QStringLiteral("institution"),
              QStringLiteral("--language"), QStringLiteral("es")})
            .toJson();
    EXPECT_TRUE(spanish.contains("Comisión Mexicana de Ayuda a Refugiados"));
    EXPECT_FALSE(spanish.contains("National Commission for Refugee Assistance"));
    const QByteArray english =
        json({QStringLiteral("results"), m_demo, QStringLiteral("--by"), QStringLiteral("activity")})
            .toJson();
    EXPECT_TRUE(english.contains("Workshop on Exclusion from International Protection"));
    const QByteArray activities =
        json({QStringLiteral("results"), m_demo, QStringLiteral("--by"), QStringLiteral("activity"),
              QStringLiteral("--language"), QStringLiteral("es")})
            .toJson();
    EXPECT_TRUE(activities.contains("Taller sobre la exclusión de la protección internacional"));

    const QJsonArray people =
        json({QStringLiteral("participants"), m_demo, QStringLiteral("--activity"), QStringLiteral("2.1"),
              QStringLiteral("--language"), QStringLiteral("es")})
            .array();
    ASSERT_FALSE(people.isEmpty());
    bool inmInSpanish = false;
    for (const QJsonValue& person : people) {
        EXPECT_NE(person.toObject().value(QStringLiteral("institution")).toString(),
                  QStringLiteral("National Institute of Migration"));
        inmInSpanish = inmInSpanish || person.toObject().value(QStringLiteral("institution")).toString() ==
                                           QStringLiteral("Instituto Nacional de Migración");
    }
    EXPECT_TRUE(inmInSpanish);

    const ProcessRun wrong =
        cli({QStringLiteral("print"), m_demo, QStringLiteral("--kind"), QStringLiteral("certificate"),
             QStringLiteral("--activity"), QStringLiteral("2.1"), QStringLiteral("--language"),
             QStringLiteral("fr"), QStringLiteral("-o"), m_dir.path(QStringLiteral("fr.pdf"))});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("use es or en"))) << wrong.err.toStdString();
}
