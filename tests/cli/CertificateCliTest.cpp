// Certificates in a project's design, numbered as they are printed, and `verify`, from the command
// line on a file and on the server: read back with poppler's pdftotext, pdfinfo and pdfimages.
#include "Backends.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"
#include "storage/CertificateDesignStore.h"

#include <QImage>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

const QString kEnglishNotice =
    QStringLiteral("Your personal data are processed by FIIAPP under the privacy notice.");
const QString kLongTitle =
    QStringLiteral("Director General de Cooperación Internacional para el Desarrollo y "
                   "la Protección de Personas Refugiadas");

class CertificateCliTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("golden.sdesk"));
        ASSERT_NE(newProgramme(path, {fixtureScript(QStringLiteral("golden-small/fixture.sql"))}), nullptr);
        std::unique_ptr<Database> database = m_place.open(GetParam(), path);
        ASSERT_NE(database, nullptr);
        // Two logos and three signatories, one with a long title: the design the tests print with.
        CertificateDesign design;
        design.projectId = 1;
        for (const auto& [colour, size] : {std::pair{QColor(Qt::darkBlue), QSize(600, 400)},
                                           std::pair{QColor(Qt::darkGreen), QSize(300, 300)}}) {
            QImage logo(size, QImage::Format_RGB32);
            logo.fill(colour);
            design.logos.append(CertificateDesign::logoFromImage(logo));
        }
        design.signatories = {
            {QStringLiteral("María López Ruiz"), QStringLiteral("Programme coordinator")},
            {QStringLiteral("John Smith"), QStringLiteral("Head of Cooperation, EU Delegation")},
            {QStringLiteral("Tomás Ñúñez Bustamante"), kLongTitle}};
        design.placeOfIssue = QStringLiteral("Tapachula, Chiapas");
        design.statement = QStringLiteral("Funded by the European Union");
        design.orientation = QPageLayout::Landscape;
        design.paper = PaperSize::Letter;
        design.privacyNoticeEs =
            QStringLiteral("Sus datos personales son tratados por la FIIAPP conforme al aviso.");
        design.privacyNoticeEn = kEnglishNotice;
        Result<qint64> written = CertificateDesignStore(*database).write(design, 0);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        m_file = m_place.address();
    }

    QString print(const QStringList& options)
    {
        const QString path = m_dir.path(QStringLiteral("out-%1.pdf").arg(++m_count));
        const ProcessRun run = cli(
            QStringList{QStringLiteral("print"), m_file, QStringLiteral("--project"), QStringLiteral("GS")} +
            options + QStringList{QStringLiteral("-o"), path});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return path;
    }

    static int pages(const QString& pdf) { return pdfInfo(pdf, QStringLiteral("Pages")).toInt(); }

    // "Certificate No. GS/2.1/0001 · verification code 7K3M9QXZ" on a page: the number and the code.
    static std::pair<QString, QString> numberAndCode(const QString& pdf, int page)
    {
        static const QRegularExpression printed(
            QStringLiteral("Certificate No\\. (\\S+) · verification code ([0-9A-Z]{8})"));
        const QRegularExpressionMatch match = printed.match(pdfText(pdf, page));
        EXPECT_TRUE(match.hasMatch()) << pdfText(pdf, page).toStdString();
        return {match.captured(1), match.captured(2)};
    }

    static int imagesOnPage(const QString& pdf, int page)
    {
        const ProcessRun run =
            runProgram(QStringLiteral("pdfimages"),
                       {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(page),
                        QStringLiteral("-l"), QString::number(page), pdf});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        // Two header lines, then one line an image.
        return int(run.out.trimmed().split(QLatin1Char('\n')).size()) - 2;
    }

    TempDir m_dir;
    BackendPlace m_place;
    QString m_file;
    int m_count = 0;
};

INSTANTIATE_TEST_SUITE_P(Backends, CertificateCliTest, bothBackends(), backendName);

const QStringList kActivity21{QStringLiteral("--kind"),      QStringLiteral("certificate"),
                              QStringLiteral("--activity"),  QStringLiteral("2.1"),
                              QStringLiteral("--threshold"), QStringLiteral("0")};

} // namespace

// Two logos, three signatories with names and titles, place and date of issue, the statement and the
// number: one page a certificate in both orientations on A4 and Letter, nothing left out.
TEST_P(CertificateCliTest, TheDesignIsOnePageACertificateInBothOrientationsAndSizes)
{
    for (const QString& orientation : {QStringLiteral("portrait"), QStringLiteral("landscape")}) {
        for (const QString& size : {QStringLiteral("a4"), QStringLiteral("letter")}) {
            const QString pdf = print(kActivity21 + QStringList{QStringLiteral("--orientation"), orientation,
                                                                QStringLiteral("--page-size"), size});
            const std::string where = (orientation + QLatin1Char(' ') + size).toStdString();
            ASSERT_EQ(pages(pdf), 5) << where << ": everyone who took part, one page each";
            for (int page = 1; page <= 5; ++page) {
                const QString text = withoutSpaces(pdfText(pdf, page));
                for (const QString& expected :
                     {QStringLiteral("María López Ruiz"), QStringLiteral("Programme coordinator"),
                      QStringLiteral("John Smith"), QStringLiteral("Head of Cooperation, EU Delegation"),
                      QStringLiteral("Tomás Ñúñez Bustamante"), kLongTitle,
                      QStringLiteral("Tapachula, Chiapas,"), QStringLiteral("Funded by the European Union"),
                      QStringLiteral("Certificate No. GS/2.1/")})
                    EXPECT_TRUE(text.contains(withoutSpaces(expected)))
                        << where << " page " << page << ": " << expected.toStdString();
                EXPECT_EQ(imagesOnPage(pdf, page), 2) << where << " page " << page;
                EXPECT_FALSE(text.contains(QStringLiteral("Page"))) << where;
            }
        }
    }
}

// Without --orientation and --page-size the project's design says: Letter, landscape.
TEST_P(CertificateCliTest, ThePrintTakesTheProjectsPaperAndOrientationUnlessGiven)
{
    const QString pdf = print(kActivity21);
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("792 x 612")))
        << pdfInfo(pdf, QStringLiteral("Page size")).toStdString();
    const QString portrait =
        print(kActivity21 + QStringList{QStringLiteral("--orientation"), QStringLiteral("portrait"),
                                        QStringLiteral("--page-size"), QStringLiteral("a4")});
    EXPECT_TRUE(pdfInfo(portrait, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842")));
}

// The numbers are given once: a reprint, alone or with the others, carries the same number and code;
// one PDF a person (--split) too.
TEST_P(CertificateCliTest, AReprintCarriesTheSameNumbersAndCodes)
{
    const QString first = print(kActivity21);
    QStringList numbers;
    QList<std::pair<QString, QString>> printed;
    for (int page = 1; page <= pages(first); ++page) {
        printed.append(numberAndCode(first, page));
        numbers.append(printed.last().first);
    }
    QStringList sorted = numbers;
    sorted.sort();
    EXPECT_EQ(sorted, (QStringList{QStringLiteral("GS/2.1/0001"), QStringLiteral("GS/2.1/0002"),
                                   QStringLiteral("GS/2.1/0003"), QStringLiteral("GS/2.1/0004"),
                                   QStringLiteral("GS/2.1/0005")}));
    const QString again = print(kActivity21);
    for (int page = 1; page <= pages(again); ++page)
        EXPECT_EQ(numberAndCode(again, page), printed.value(page - 1)) << "page " << page;

    const QString folder = m_dir.path(QStringLiteral("split"));
    const ProcessRun split =
        cli(QStringList{QStringLiteral("print"), m_file, QStringLiteral("--project"), QStringLiteral("GS")} +
            kActivity21 + QStringList{QStringLiteral("--split"), QStringLiteral("-o"), folder});
    ASSERT_EQ(split.exitCode, 0) << split.err.toStdString();
    QStringList splitNumbers;
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files))
        splitNumbers.append(numberAndCode(folder + QLatin1Char('/') + name, 1).first);
    splitNumbers.sort();
    EXPECT_EQ(splitNumbers, sorted);
}

TEST_P(CertificateCliTest, VerifyAcceptsThePrintedNumberAndCodeAndRefusesAChangedCode)
{
    const QString pdf = print(kActivity21);
    const auto [number, code] = numberAndCode(pdf, 1);
    const ProcessRun genuine = cli({QStringLiteral("verify"), m_file, number, code});
    EXPECT_EQ(genuine.exitCode, 0) << genuine.err.toStdString();
    EXPECT_TRUE(genuine.out.contains(QStringLiteral("Certificate %1 is genuine: issued to").arg(number)))
        << genuine.out.toStdString();
    EXPECT_TRUE(genuine.out.contains(QStringLiteral("2.1 Seminar on international protection")))
        << genuine.out.toStdString();
    // The person named is the one on the certificate.
    static const QRegularExpression issuedTo(QStringLiteral("issued to (.+) for activity"));
    const QString person = issuedTo.match(genuine.out).captured(1);
    ASSERT_FALSE(person.isEmpty()) << genuine.out.toStdString();
    EXPECT_TRUE(withoutSpaces(pdfText(pdf, 1)).contains(withoutSpaces(person))) << person.toStdString();

    QString changed = code;
    changed[0] = changed[0] == u'7' ? QLatin1Char('8') : QLatin1Char('7');
    const ProcessRun forged = cli({QStringLiteral("verify"), m_file, number, changed});
    EXPECT_EQ(forged.exitCode, 3);
    EXPECT_TRUE(forged.out.isEmpty());
    EXPECT_TRUE(forged.err.contains(QStringLiteral("is not genuine"))) << forged.err.toStdString();
    const ProcessRun unknown = cli({QStringLiteral("verify"), m_file, QStringLiteral("GS/2.1/0077"), code});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("No certificate numbered GS/2.1/0077")))
        << unknown.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("verify"), m_file, number}).exitCode, 2) << "the code is missing";
}

// The project's privacy notice is on each sign-in sheet, in the document's language (English here).
TEST_P(CertificateCliTest, EachSignInSheetHoldsThePrivacyNotice)
{
    const QString pdf = print({QStringLiteral("--kind"), QStringLiteral("sign-in-sheet"),
                               QStringLiteral("--activity"), QStringLiteral("2.1")});
    ASSERT_EQ(pages(pdf), 3) << "one sheet for each of the three sessions";
    for (int page = 1; page <= 3; ++page)
        EXPECT_TRUE(withoutSpaces(pdfText(pdf, page))
                        .contains(withoutSpaces(QStringLiteral("Privacy notice: ") + kEnglishNotice)))
            << "page " << page;
}
