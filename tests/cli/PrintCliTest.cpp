// The coordinator's documents from the command line: PDFs read back with poppler's pdftotext, pdfinfo
// and pdffonts, on the demo programme and on the hand-checked fixture (tests/data/golden-small).
#include "Backends.h"
#include "CliDemoSuite.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sd::test;

namespace {

// An activity with accents in its title and venue, and a person whose name is longer than any column.
const char* const kAccentsAndLongNames = R"sql(
INSERT INTO activity (id, project_id, code, title, type, venue_city, venue_country, start_date, end_date, status) VALUES
    (7, 1, '11', 'Taller sobre protección de niñas, niños y adolescentes en Mérida', 'workshop', 'Mérida', 'México', '2017-10-02', '2017-10-03', 'held');
INSERT INTO activity_component (activity_id, component_id) VALUES
    (7, 1);
INSERT INTO session (id, activity_id, date, part) VALUES
    (13, 7, '2017-10-02', 'full_day'),
    (14, 7, '2017-10-03', 'morning');
INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region) VALUES
    (12, 'María de los Ángeles Guadalupe Concepción', 'Hernández-Villaseñor de la Santísima Trinidad y Bustamante Ñúñez', 'female', 5, 'Investigadora', 'Querétaro');
INSERT INTO enrolment (id, activity_id, participant_id) VALUES
    (23, 7, 12),
    (24, 7, 3);
INSERT INTO attendance (enrolment_id, session_id, status) VALUES
    (23, 13, 'present'),
    (23, 14, 'late'),
    (24, 13, 'absent'),
    (24, 14, 'present');
)sql";

const QString kLongGiven = QStringLiteral("María de los Ángeles Guadalupe Concepción");
const QString kLongFamily =
    QStringLiteral("Hernández-Villaseñor de la Santísima Trinidad y Bustamante Ñúñez");

// On the demo and the fixture in files, and on their copies on the server (Backends.h).
class PrintCliTest : public CliDemoSuite, public ::testing::WithParamInterface<Backend>
{
protected:
    static void SetUpTestSuite()
    {
        CliDemoSuite::SetUpTestSuite();
        s_golden = s_dir->path(QStringLiteral("golden.sdesk"));
        ASSERT_NE(newProgramme(s_golden, {fixtureScript(QStringLiteral("golden-small/fixture.sql")),
                                          QString::fromUtf8(kAccentsAndLongNames)}),
                  nullptr);
    }

    void SetUp() override
    {
        ASSERT_NE(m_demoPlace.open(GetParam(), s_demo), nullptr);
        ASSERT_NE(m_goldenPlace.open(GetParam(), s_golden), nullptr);
        m_demo = m_demoPlace.address();
        m_golden = m_goldenPlace.address();
    }

    // Prints a document to a new PDF and returns its path; expects success and a silent standard error.
    QString print(const QString& file, const QStringList& options)
    {
        const QString path = m_dir.path(QStringLiteral("out-%1.pdf").arg(++m_count));
        const ProcessRun run = cli(QStringList{QStringLiteral("print"), file} + options +
                                   QStringList{QStringLiteral("-o"), path});
        EXPECT_EQ(run.exitCode, 0) << options.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << "nothing on standard error: " << run.err.toStdString();
        return path;
    }

    static int pages(const QString& pdf) { return pdfInfo(pdf, QStringLiteral("Pages")).toInt(); }

    // A document is one part or several (a certificate each, a sign-in sheet per session): every page
    // of a part that runs over several pages says "Page x of y", counting from 1 to y, and a part of one
    // page says no page number.
    static void expectPageNumbers(const QString& pdf)
    {
        const int count = pages(pdf);
        ASSERT_GT(count, 0);
        static const QRegularExpression number(QStringLiteral("Page (\\d+) of (\\d+)"));
        int partSize = 0; // of the part being read; 0 between parts
        int expected = 0;
        for (int page = 1; page <= count; ++page) {
            const QRegularExpressionMatch match = number.match(pdfText(pdf, page));
            if (partSize == 0) {
                if (!match.hasMatch())
                    continue; // a part of one page
                partSize = match.captured(2).toInt();
                expected = 1;
                EXPECT_GT(partSize, 1) << "page " << page << ": a part of one page has no number";
            }
            ASSERT_TRUE(match.hasMatch()) << "page " << page << " is inside a part of " << partSize;
            EXPECT_EQ(match.captured(1).toInt(), expected) << "page " << page;
            EXPECT_EQ(match.captured(2).toInt(), partSize) << "page " << page;
            if (++expected > partSize)
                partSize = 0;
        }
        EXPECT_EQ(partSize, 0) << "the last part ends with the document";
    }

    // Certificates are one page each: none carries a page number.
    static void expectNoPageNumbers(const QString& pdf)
    {
        EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("Page "))) << pdf.toStdString();
    }

    static inline QString s_golden;
    BackendPlace m_demoPlace;
    BackendPlace m_goldenPlace;
    QString m_demo;   // the demo's address: the file, or the server database holding its copy
    QString m_golden; // the same for the fixture
    int m_count = 0;
};

INSTANTIATE_TEST_SUITE_P(Backends, PrintCliTest, bothBackends(), backendName);

QJsonArray participantsJson(const QStringList& arguments)
{
    const ProcessRun run = cli(QStringList{QStringLiteral("participants")} + arguments +
                               QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.bytes).array();
}

} // namespace

TEST_P(PrintCliTest, TheSignInSheetOfActivity21HoldsEveryoneItsNumberCounts)
{
    const QJsonArray persons =
        participantsJson({m_demo, QStringLiteral("--activity"), QStringLiteral("2.1")});
    ASSERT_EQ(persons.size(), 120);
    const QString pdf = print(m_demo, {QStringLiteral("--kind"), QStringLiteral("sign-in-sheet"),
                                       QStringLiteral("--activity"), QStringLiteral("2.1")});
    const QString text = withoutSpaces(pdfText(pdf));
    for (const QJsonValue& value : persons) {
        const QJsonObject person = value.toObject();
        const QString listed = person.value(QStringLiteral("family_names")).toString() +
                               QStringLiteral(", ") + person.value(QStringLiteral("given_names")).toString();
        EXPECT_TRUE(text.contains(withoutSpaces(listed))) << listed.toStdString();
    }
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    expectPageNumbers(pdf);
}

// The evaluation report says what the evaluation table by activity says, and carries no name: not the
// enrolled persons', not in the comments.
TEST_P(PrintCliTest, TheEvaluationReportOfActivity21AgreesWithTheTableAndNamesNoOne)
{
    const ProcessRun results =
        cli({QStringLiteral("results"), m_demo, QStringLiteral("--by"), QStringLiteral("activity"),
             QStringLiteral("--measure"), QStringLiteral("evaluation"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(results.exitCode, 0) << results.err.toStdString();
    QJsonObject row;
    for (const QJsonValue& value :
         QJsonDocument::fromJson(results.bytes).object().value(QStringLiteral("rows")).toArray()) {
        if (value.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("2.1"))
            row = value.toObject();
    }
    ASSERT_FALSE(row.isEmpty());
    const QString pdf = print(m_demo, {QStringLiteral("--kind"), QStringLiteral("evaluation-report"),
                                       QStringLiteral("--activity"), QStringLiteral("2.1")});
    const QString text = withoutSpaces(pdfText(pdf));
    const auto count = [&](const char* key) {
        return QString::number(row.value(QString::fromLatin1(key)).toInteger());
    };
    EXPECT_TRUE(text.contains(QStringLiteral("Tookpart") + count("took_part"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tookboth(paired)") + count("paired")));
    EXPECT_TRUE(text.contains(QStringLiteral("Improvedtheirscore") + count("improved")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reachedmastery") + count("mastery")));
    EXPECT_TRUE(text.contains(QStringLiteral("Comments")));
    EXPECT_TRUE(text.contains(
        withoutSpaces(QStringLiteral("Muy útil para mi trabajo diario en la estación migratoria."))));
    for (const QJsonValue& value :
         participantsJson({m_demo, QStringLiteral("--activity"), QStringLiteral("2.1")})) {
        const QJsonObject person = value.toObject();
        const QString family = person.value(QStringLiteral("family_names")).toString();
        EXPECT_FALSE(text.contains(withoutSpaces(family))) << family.toStdString();
    }
    expectPageNumbers(pdf);
}

TEST_P(PrintCliTest, OneSheetPerSessionWithItsDateAndRowsForWalkIns)
{
    const QString pdf =
        print(m_golden, {QStringLiteral("--project"), QStringLiteral("GS"), QStringLiteral("--kind"),
                         QStringLiteral("sign-in-sheet"), QStringLiteral("--activity"), QStringLiteral("2.2"),
                         QStringLiteral("--walk-in-rows"), QStringLiteral("4")});
    // Three half-day sessions, four enrolled and four walk-in rows: one page each.
    EXPECT_EQ(pages(pdf), 3);
    EXPECT_TRUE(pdfText(pdf, 1).contains(QStringLiteral("Date: Wednesday 10 May 2017, morning")));
    EXPECT_TRUE(pdfText(pdf, 2).contains(QStringLiteral("Date: Wednesday 10 May 2017, afternoon")));
    EXPECT_TRUE(pdfText(pdf, 3).contains(QStringLiteral("Date: Thursday 11 May 2017, morning")));
    const QString first = pdfText(pdf, 1);
    EXPECT_TRUE(first.contains(QStringLiteral("Venue: Tapachula, Mexico")));
    for (const char* row : {"1 Hernández Ruiz, María José", "4 Ramírez Vidal, José Ángel", "\n8\n"})
        EXPECT_TRUE(first.contains(QString::fromUtf8(row))) << row;
    EXPECT_FALSE(first.contains(QStringLiteral("\n9\n"))) << "four walk-in rows after four names";
    // Walk-ins write what they would be entered with: gender, position and email too.
    const QString walkIns = first.mid(first.indexOf(QStringLiteral("Not on the list\n")));
    for (const char* heading : {"Name", "Institution", "Position", "Gender", "Email", "Signature"})
        EXPECT_TRUE(walkIns.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_LT(first.indexOf(QStringLiteral("Not on the list\n")), first.indexOf(QStringLiteral("\n5\n")))
        << "the walk-in lines are in their own table";
    expectPageNumbers(pdf);
}

TEST_P(PrintCliTest, ACertificateHoldsTheNameAndTheTitlesWithTheirAccents)
{
    const QString pdf = print(m_golden, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                                         QStringLiteral("--participant"), QStringLiteral("3")});
    // María José took part in 2.1 (2 of 3 sessions) and in 11 (1 of 2): one certificate each.
    ASSERT_EQ(pages(pdf), 2);
    const QString seminar = pdfText(pdf, 1);
    EXPECT_TRUE(seminar.contains(QStringLiteral("María José Hernández Ruiz")));
    EXPECT_TRUE(seminar.contains(QStringLiteral("2.1 Seminar on international protection")));
    EXPECT_TRUE(seminar.contains(QStringLiteral("Tapachula, Mexico, 13–15 March 2017")));
    EXPECT_TRUE(seminar.contains(QStringLiteral("National Commission for Refugee Assistance (COMAR)")));
    EXPECT_TRUE(seminar.contains(QStringLiteral("2 of 3")));
    EXPECT_TRUE(seminar.contains(QStringLiteral("66 %"))) << "2 of 3 sessions, rounded down";
    EXPECT_TRUE(seminar.contains(QStringLiteral("within the project GS, Golden small programme")));
    const QString workshop = withoutSpaces(pdfText(pdf, 2));
    EXPECT_TRUE(workshop.contains(withoutSpaces(
        QStringLiteral("11 Taller sobre protección de niñas, niños y adolescentes en Mérida"))));
    EXPECT_TRUE(workshop.contains(withoutSpaces(QStringLiteral("Mérida, México, 2–3 October 2017"))));
    EXPECT_TRUE(workshop.contains(withoutSpaces(QStringLiteral("0.5 of 1.5"))))
        << "a morning counts half a day";
    EXPECT_TRUE(workshop.contains(QStringLiteral("50%")));
    for (const char* place :
         {"Place and date", "Signature, programme coordinator", "Signature, beneficiary institution"})
        EXPECT_TRUE(pdfText(pdf, 1).contains(QString::fromUtf8(place))) << place;
    expectPageNumbers(pdf);
    const QString one =
        print(m_golden, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                         QStringLiteral("--participant"), QStringLiteral("3"), QStringLiteral("--activity"),
                         QStringLiteral("11"), QStringLiteral("--project"), QStringLiteral("GS")});
    EXPECT_EQ(pages(one), 1) << "--participant with --activity: that one certificate";
    EXPECT_TRUE(pdfText(one).contains(QStringLiteral("María José Hernández Ruiz")));

    // Every font is embedded, so the accents print the same on any computer.
    const ProcessRun fonts = runProgram(QStringLiteral("pdffonts"), {pdf});
    ASSERT_EQ(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        EXPECT_TRUE(line.startsWith(QStringLiteral("DejaVuSans"))) << line.toStdString();
        EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << "embedded: " << line.toStdString();
    }
}

TEST_P(PrintCliTest, ACertificateOfTheDemoNamesEveryActivityAttended)
{
    const QJsonObject person =
        participantsJson({m_demo, QStringLiteral("--activity"), QStringLiteral("2.1")}).at(0).toObject();
    const ProcessRun results =
        cli({QStringLiteral("results"), m_demo, QStringLiteral("--by"), QStringLiteral("activity"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QHash<QString, QString> titles;
    for (const QJsonValue& row :
         QJsonDocument::fromJson(results.bytes).object().value(QStringLiteral("rows")).toArray())
        titles.insert(row.toObject().value(QStringLiteral("key")).toString(),
                      row.toObject().value(QStringLiteral("label")).toString());
    const QString pdf = print(m_demo, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                                       QStringLiteral("--participant"),
                                       QString::number(person.value(QStringLiteral("id")).toInt())});
    const QJsonArray activities = person.value(QStringLiteral("activities")).toArray();
    EXPECT_EQ(pages(pdf), activities.size());
    const QString text = withoutSpaces(pdfText(pdf));
    const QString name = person.value(QStringLiteral("given_names")).toString() + QLatin1Char(' ') +
                         person.value(QStringLiteral("family_names")).toString();
    EXPECT_EQ(text.count(withoutSpaces(name)), activities.size()) << name.toStdString();
    for (const QJsonValue& code : activities)
        EXPECT_TRUE(text.contains(withoutSpaces(titles.value(code.toString()))))
            << code.toString().toStdString();
}

TEST_P(PrintCliTest, CertificatesOfAnActivityForThoseWhoReachTheThreshold)
{
    const QStringList activity{QStringLiteral("--project"),  QStringLiteral("GS"),
                               QStringLiteral("--kind"),     QStringLiteral("certificate"),
                               QStringLiteral("--activity"), QStringLiteral("2.1")};
    // 2.1 has three sessions: P1 and P6 came to all three, P3 and P8 to two, P7 to one, P5 to none.
    const QString defaultThreshold = print(m_golden, activity);
    EXPECT_EQ(pages(defaultThreshold), 2);
    const QString text = pdfText(defaultThreshold);
    EXPECT_TRUE(text.contains(QStringLiteral("Ana Lucía López Soto")));
    EXPECT_TRUE(text.contains(QStringLiteral("Alex Rivera Castro")));
    EXPECT_FALSE(text.contains(QStringLiteral("Jorge Díaz Mora")));
    EXPECT_LT(text.indexOf(QStringLiteral("Ana Lucía López Soto")),
              text.indexOf(QStringLiteral("Alex Rivera Castro")))
        << "sorted by family name";
    EXPECT_EQ(
        pages(print(m_golden, activity + QStringList{QStringLiteral("--threshold"), QStringLiteral("60")})),
        4);
    EXPECT_EQ(
        pages(print(m_golden, activity + QStringList{QStringLiteral("--threshold"), QStringLiteral("0")})), 5)
        << "everyone who took part, never P5";
    expectPageNumbers(defaultThreshold);

    const QString letter =
        print(m_golden, activity + QStringList{QStringLiteral("--page-size"), QStringLiteral("letter")});
    EXPECT_EQ(pdfInfo(letter, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    expectNoPageNumbers(defaultThreshold);

    // Landscape, the usual orientation of certificates, on both paper sizes: still one page each, the
    // signature lines on the page of the name.
    for (const QString& size : {QStringLiteral("a4"), QStringLiteral("letter")}) {
        const QString landscape = print(
            m_golden, activity + QStringList{QStringLiteral("--threshold"), QStringLiteral("0"),
                                             QStringLiteral("--orientation"), QStringLiteral("landscape"),
                                             QStringLiteral("--page-size"), size});
        EXPECT_EQ(pages(landscape), 5) << size.toStdString();
        EXPECT_TRUE(pdfInfo(landscape, QStringLiteral("Page size"))
                        .startsWith(size == QLatin1String("a4") ? QStringLiteral("842 x 595")
                                                                : QStringLiteral("792 x 612")))
            << pdfInfo(landscape, QStringLiteral("Page size")).toStdString();
        for (int page = 1; page <= pages(landscape); ++page)
            EXPECT_TRUE(
                pdfText(landscape, page).contains(QStringLiteral("Signature, beneficiary institution")))
                << size.toStdString() << " page " << page;
        expectNoPageNumbers(landscape);
    }

    const ProcessRun nobody =
        cli({QStringLiteral("print"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--kind"), QStringLiteral("certificate"), QStringLiteral("--activity"),
             QStringLiteral("3"), QStringLiteral("-o"), m_dir.path(QStringLiteral("none.pdf"))});
    EXPECT_EQ(nobody.exitCode, 3);
    EXPECT_TRUE(nobody.err.contains(QStringLiteral("activity 3"))) << nobody.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.path(QStringLiteral("none.pdf"))));
}

// Certificates saved one a person: a PDF each, named after the activity and the person, and a
// mailing list whose rows are those files.
TEST_P(PrintCliTest, SplitCertificatesAreOneFileAPersonWithAMailingList)
{
    const QString folder = m_dir.path(QStringLiteral("mail/2.1"));
    const ProcessRun run =
        cli({QStringLiteral("print"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--kind"), QStringLiteral("certificate"), QStringLiteral("--activity"),
             QStringLiteral("2.1"), QStringLiteral("--threshold"), QStringLiteral("60"),
             QStringLiteral("--split"), QStringLiteral("--orientation"), QStringLiteral("landscape"),
             QStringLiteral("-o"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Wrote 4 certificates and mailing.csv")))
        << run.out.toStdString();
    const QList<QStringList> rows =
        parseCsv(QString::fromUtf8(readBytes(folder + QStringLiteral("/mailing.csv"))));
    ASSERT_EQ(rows.size(), 5) << "a header and the four persons at 60 % or more";
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("email"), QStringLiteral("family_names"),
                                    QStringLiteral("given_names"), QStringLiteral("language"),
                                    QStringLiteral("activity"), QStringLiteral("file")}));
    QStringList listed;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList& row = rows[i];
        ASSERT_EQ(row.size(), 6);
        EXPECT_EQ(row[5], QStringLiteral("2.1 %1 %2.pdf").arg(row[1], row[2]));
        const QString pdf = folder + QLatin1Char('/') + row[5];
        EXPECT_EQ(pages(pdf), 1) << row[5].toStdString();
        EXPECT_TRUE(withoutSpaces(pdfText(pdf)).contains(withoutSpaces(row[2] + QLatin1Char(' ') + row[1])))
            << row[5].toStdString();
        listed << row[5];
    }
    QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    listed.sort();
    files.sort();
    EXPECT_EQ(listed, files) << "every file is on the list and every row has its file";

    // Only certificates are split, and the folder must not be a file.
    EXPECT_EQ(cli({QStringLiteral("print"), m_golden, QStringLiteral("--kind"), QStringLiteral("summary"),
                   QStringLiteral("--participant"), QStringLiteral("1"), QStringLiteral("--split"),
                   QStringLiteral("-o"), folder})
                  .exitCode,
              2);
    const QString file = m_dir.write(QStringLiteral("not-a-folder"), "x");
    const ProcessRun onFile =
        cli({QStringLiteral("print"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--kind"), QStringLiteral("certificate"), QStringLiteral("--activity"),
             QStringLiteral("2.1"), QStringLiteral("--split"), QStringLiteral("-o"), file});
    EXPECT_EQ(onFile.exitCode, 3);
    EXPECT_TRUE(onFile.err.contains(QStringLiteral("is a file, not a folder"))) << onFile.err.toStdString();
}

TEST_P(PrintCliTest, LongNamesAreWrappedNotCut)
{
    const QStringList activity{QStringLiteral("--project"), QStringLiteral("GS"),
                               QStringLiteral("--activity"), QStringLiteral("11")};
    const QString sheet =
        print(m_golden, activity + QStringList{QStringLiteral("--kind"), QStringLiteral("sign-in-sheet")});
    const QString listed = kLongFamily + QStringLiteral(", ") + kLongGiven;
    EXPECT_TRUE(withoutSpaces(pdfText(sheet)).contains(withoutSpaces(listed)));
    const QString list =
        print(m_golden, activity + QStringList{QStringLiteral("--kind"), QStringLiteral("activity-list")});
    EXPECT_TRUE(withoutSpaces(pdfText(list)).contains(withoutSpaces(listed)));
    const QString certificate = print(m_golden, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                                                 QStringLiteral("--participant"), QStringLiteral("12"),
                                                 QStringLiteral("--page-size"), QStringLiteral("letter")});
    EXPECT_EQ(pages(certificate), 1);
    EXPECT_TRUE(withoutSpaces(pdfText(certificate))
                    .contains(withoutSpaces(kLongGiven + QLatin1Char(' ') + kLongFamily)));
    // In landscape the long name is smaller, not cut, and the certificate stays on one page.
    const QString landscape = print(m_golden, {QStringLiteral("--kind"), QStringLiteral("certificate"),
                                               QStringLiteral("--participant"), QStringLiteral("12"),
                                               QStringLiteral("--page-size"), QStringLiteral("letter"),
                                               QStringLiteral("--orientation"), QStringLiteral("landscape")});
    EXPECT_EQ(pages(landscape), 1);
    const QString text = withoutSpaces(pdfText(landscape));
    EXPECT_TRUE(text.contains(withoutSpaces(kLongGiven + QLatin1Char(' ') + kLongFamily)));
    EXPECT_TRUE(text.contains(withoutSpaces(QStringLiteral("Signature, beneficiary institution"))));
}

TEST_P(PrintCliTest, ASummaryListsEveryActivityTakenPart)
{
    const QString everyProject = print(m_golden, {QStringLiteral("--kind"), QStringLiteral("summary"),
                                                  QStringLiteral("--participant"), QStringLiteral("1")});
    const QString text = pdfText(everyProject);
    // WORKINGS.md: P1 took part in 1, 2.1 and 10 of GS (2 + 3 + 2 days) and in 1 of OT (1 day).
    EXPECT_TRUE(text.contains(QStringLiteral("Ana Lucía López Soto")));
    EXPECT_TRUE(text.contains(QStringLiteral("Took part in 4 activities, 8 participant-days in total.")));
    for (const char* title : {"1 Identification mission", "2.1 Seminar on international protection",
                              "10 Study visit to Spain", "1 Other seminar"})
        EXPECT_TRUE(withoutSpaces(text).contains(withoutSpaces(QString::fromUtf8(title)))) << title;
    EXPECT_FALSE(text.contains(QStringLiteral("Workshop on child protection"))) << "P1 was not in 2.2";
    const QString oneProject = pdfText(
        print(m_golden, {QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--participant"),
                         QStringLiteral("1"), QStringLiteral("--project"), QStringLiteral("GS")}));
    EXPECT_TRUE(
        oneProject.contains(QStringLiteral("Took part in 3 activities, 7 participant-days in total.")));
    EXPECT_FALSE(oneProject.contains(QStringLiteral("Other seminar")));
    expectPageNumbers(everyProject);
}

TEST_P(PrintCliTest, AnActivityListIsGroupedByInstitution)
{
    const QString pdf = print(m_golden, {QStringLiteral("--project"), QStringLiteral("GS"),
                                         QStringLiteral("--kind"), QStringLiteral("activity-list"),
                                         QStringLiteral("--activity"), QStringLiteral("2.1")});
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("6 enrolled, 5 took part")));
    const QStringList groups{QStringLiteral("Albergue Belén (1)"),
                             QStringLiteral("National Commission for Refugee Assistance (COMAR) (2)"),
                             QStringLiteral("National Institute of Migration (INM) (2)"),
                             QStringLiteral("No institution recorded (1)")};
    qsizetype previous = -1;
    for (const QString& group : groups) {
        const qsizetype at = text.indexOf(group);
        EXPECT_GT(at, previous) << group.toStdString();
        previous = at;
    }
    // Within COMAR, by family name: Hernández before Ruiz.
    EXPECT_LT(text.indexOf(QStringLiteral("Hernández Ruiz, María José")),
              text.indexOf(QStringLiteral("Ruiz Ortega, Carmen")));
    EXPECT_TRUE(text.contains(QStringLiteral("Núñez Gil, Sofía")));
    expectPageNumbers(pdf);
}

TEST_P(PrintCliTest, WrongUsageAndMissingRecords)
{
    const QString out = m_dir.path(QStringLiteral("x.pdf"));
    const auto run = [&](const QStringList& arguments) {
        return cli(QStringList{QStringLiteral("print"), m_golden} + arguments);
    };
    EXPECT_EQ(run({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--participant"),
                   QStringLiteral("1")})
                  .exitCode,
              2)
        << "-o is required";
    EXPECT_EQ(run({QStringLiteral("--kind"), QStringLiteral("poster"), QStringLiteral("--participant"),
                   QStringLiteral("1"), QStringLiteral("-o"), out})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("-o"), out}).exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--participant"),
                   QStringLiteral("1"), QStringLiteral("--page-size"), QStringLiteral("a3"),
                   QStringLiteral("-o"), out})
                  .exitCode,
              2);
    const ProcessRun sideways =
        run({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--participant"),
             QStringLiteral("1"), QStringLiteral("--orientation"), QStringLiteral("sideways"),
             QStringLiteral("-o"), out});
    EXPECT_EQ(sideways.exitCode, 2);
    EXPECT_TRUE(sideways.err.contains(QStringLiteral("use portrait or landscape")))
        << sideways.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("--kind"), QStringLiteral("certificate"), QStringLiteral("--activity"),
                   QStringLiteral("2.1"), QStringLiteral("--project"), QStringLiteral("GS"),
                   QStringLiteral("--threshold"), QStringLiteral("120"), QStringLiteral("-o"), out})
                  .exitCode,
              2);
    const ProcessRun missing =
        run({QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--participant"),
             QStringLiteral("999"), QStringLiteral("-o"), out});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("999"))) << missing.err.toStdString();
    EXPECT_FALSE(missing.err.trimmed().contains(QLatin1Char('\n')));
    EXPECT_FALSE(QFile::exists(out));
}

TEST_P(PrintCliTest, RunsWithoutADisplayAndSaysNothingOnStandardError)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString out = m_dir.path(QStringLiteral("quiet.pdf"));
    const ProcessRun run =
        cli({QStringLiteral("print"), m_golden, QStringLiteral("--kind"), QStringLiteral("summary"),
             QStringLiteral("--participant"), QStringLiteral("2"), QStringLiteral("-o"), out},
            withEnvironment(environment));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.err, QString());
    EXPECT_TRUE(pdfText(out).contains(QStringLiteral("José Ángel Ramírez Vidal")));
}
