// Certificate numbers, verification codes and the project's certificate design, on a file and on the
// server: numbers sequential per activity, stable across reprints and never given twice; a code that
// verifies only with the programme's own secret; a design that round-trips and refuses a stale save.
#include "storage/CertificateRegistry.h"

#include "Backends.h"
#include "SmallProgramme.h"
#include "storage/CertificateDesignStore.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace sd;

namespace {

class CertificateRegistryTest : public ::testing::TestWithParam<test::Backend>, protected test::SmallProgramme
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("certificates.sdesk"));
        {
            Result<std::unique_ptr<Database>> created = Database::create(path);
            ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            ProgrammeStore store(**created);
            writeSmallProgramme(store);
        }
        m_database = m_place.open(GetParam(), path);
        ASSERT_NE(m_database, nullptr);
    }

    CertificateData certificateOf(Id participant) const
    {
        CertificateData certificate;
        certificate.person.id = participant;
        certificate.attendance.activity.id = m_activity;
        certificate.attendance.activity.code = QStringLiteral("2.1");
        return certificate;
    }

    QList<CertificateData> issued(const QList<Id>& participants, const QDate& day)
    {
        QList<CertificateData> certificates;
        for (Id participant : participants)
            certificates.append(certificateOf(participant));
        const Status done = CertificateRegistry(*m_database).issue(certificates, day);
        EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
        return certificates;
    }

    test::TempDir m_dir;
    test::BackendPlace m_place;
    std::unique_ptr<Database> m_database;
};

INSTANTIATE_TEST_SUITE_P(Backends, CertificateRegistryTest, test::bothBackends(), test::backendName);

QByteArray pngOf(const QColor& colour, const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return CertificateDesign::logoFromImage(image);
}

} // namespace

TEST_P(CertificateRegistryTest, NumbersAreSequentialStableAcrossReprintsAndNeverGivenTwice)
{
    const QDate first(2017, 3, 16);
    const QList<CertificateData> printed = issued({m_ana, m_jose}, first);
    ASSERT_EQ(printed.size(), 2);
    EXPECT_EQ(printed[0].number, QStringLiteral("MX-T/2.1/0001"));
    EXPECT_EQ(printed[1].number, QStringLiteral("MX-T/2.1/0002"));
    EXPECT_EQ(printed[0].issuedOn, first);
    static const QRegularExpression crockford(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{8}$"));
    for (const CertificateData& certificate : printed)
        EXPECT_TRUE(crockford.match(certificate.verificationCode).hasMatch())
            << certificate.verificationCode.toStdString();
    EXPECT_NE(printed[0].verificationCode, printed[1].verificationCode);

    // A reprint a week later with one more person: the same numbers, codes and dates for the two, the
    // next number for the new one.
    const QDate later(2017, 3, 23);
    const QList<CertificateData> reprinted = issued({m_maria, m_ana, m_jose}, later);
    ASSERT_EQ(reprinted.size(), 3);
    EXPECT_EQ(reprinted[0].number, QStringLiteral("MX-T/2.1/0003"));
    EXPECT_EQ(reprinted[0].issuedOn, later);
    EXPECT_EQ(reprinted[1].number, printed[0].number);
    EXPECT_EQ(reprinted[1].verificationCode, printed[0].verificationCode);
    EXPECT_EQ(reprinted[1].issuedOn, first);
    EXPECT_EQ(reprinted[2].number, printed[1].number);

    // A person deleted keeps their number to themselves: the next person gets a new one.
    ProgrammeStore store(*m_database);
    const Status deleted = store.deleteParticipant(m_maria, DeleteMode::Cascade);
    ASSERT_TRUE(deleted.ok()) << deleted.error().message.toStdString();
    const QList<CertificateData> after = issued({m_pedro}, later);
    EXPECT_EQ(after[0].number, QStringLiteral("MX-T/2.1/0004"));
}

TEST_P(CertificateRegistryTest, VerifySaysForWhomAndRefusesAWrongCodeOrAnUnknownNumber)
{
    const CertificateData ana = issued({m_ana}, QDate(2017, 3, 16)).value(0);
    CertificateRegistry registry(*m_database);
    Result<CertificateRegistry::Issued> genuine = registry.verify(ana.number, ana.verificationCode);
    ASSERT_TRUE(genuine.ok()) << genuine.error().message.toStdString();
    EXPECT_EQ(genuine->number, QStringLiteral("MX-T/2.1/0001"));
    EXPECT_EQ(genuine->personName, QStringLiteral("Ana Lucía Ramírez Soto"));
    EXPECT_EQ(genuine->activityCode, QStringLiteral("2.1"));
    EXPECT_EQ(genuine->activityTitle, QStringLiteral("Seminar on international protection"));
    EXPECT_EQ(genuine->issuedOn, QDate(2017, 3, 16));
    // Typed as a person would read it off the page.
    const QString typed = ana.verificationCode.toLower().insert(4, QLatin1Char('-'));
    EXPECT_TRUE(registry.verify(ana.number, typed).ok()) << typed.toStdString();

    QString changed = ana.verificationCode;
    changed[7] = changed[7] == u'A' ? QLatin1Char('B') : QLatin1Char('A');
    Result<CertificateRegistry::Issued> forged = registry.verify(ana.number, changed);
    ASSERT_FALSE(forged.ok());
    EXPECT_EQ(forged.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(
        forged.error().message.contains(QStringLiteral("does not belong to certificate MX-T/2.1/0001")))
        << forged.error().message.toStdString();

    Result<CertificateRegistry::Issued> unknown =
        registry.verify(QStringLiteral("MX-T/2.1/0099"), ana.verificationCode);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("No certificate numbered MX-T/2.1/0099")))
        << unknown.error().message.toStdString();
    Result<CertificateRegistry::Issued> malformed =
        registry.verify(QStringLiteral("0001"), ana.verificationCode);
    ASSERT_FALSE(malformed.ok());
    EXPECT_TRUE(malformed.error().message.contains(QStringLiteral("is not a certificate number")));
}

TEST_P(CertificateRegistryTest, TheDesignRoundTripsAndAStaleSaveIsRefused)
{
    CertificateDesignStore designs(*m_database);
    Result<CertificateDesign> none = designs.read(m_project);
    ASSERT_TRUE(none.ok()) << none.error().message.toStdString();
    EXPECT_EQ(none->rowVersion, 0);
    EXPECT_TRUE(none->logos.isEmpty());
    EXPECT_EQ(none->orientation, QPageLayout::Portrait);

    CertificateDesign design = *none;
    design.logos = {pngOf(Qt::blue, QSize(300, 200)), pngOf(Qt::darkGreen, QSize(160, 160))};
    design.signatories = {
        {QStringLiteral("María López Ruiz"), QStringLiteral("Coordinadora del programa")},
        {QStringLiteral("John Smith"), QStringLiteral("Head of Cooperation, EU Delegation")},
        {QStringLiteral("Tomás Ñúñez"), QStringLiteral("Director, INM")}};
    design.placeOfIssue = QStringLiteral("Tapachula, Chiapas");
    design.statement = QStringLiteral("Funded by the European Union");
    design.orientation = QPageLayout::Landscape;
    design.paper = PaperSize::Letter;
    design.privacyNoticeEs =
        QStringLiteral("Sus datos personales se tratan conforme al aviso de privacidad.");
    design.privacyNoticeEn = QStringLiteral("Your personal data are processed under the privacy notice.");
    Result<qint64> written = designs.write(design, 0);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(*written, 1);

    Result<CertificateDesign> read = designs.read(m_project);
    ASSERT_TRUE(read.ok());
    CertificateDesign expected = design;
    expected.rowVersion = 1;
    EXPECT_EQ(*read, expected);
    EXPECT_EQ(read->logoImages().size(), 2);

    // Someone else's save since: nothing written.
    CertificateDesign stale = design;
    stale.placeOfIssue = QStringLiteral("Mérida");
    Result<qint64> refused = designs.write(stale, 0);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_EQ(designs.read(m_project)->placeOfIssue, QStringLiteral("Tapachula, Chiapas"));

    // Four signatories are one too many: refused inside the write, nothing written.
    CertificateDesign crowded = *read;
    crowded.signatories.append({QStringLiteral("Otra Persona"), QString()});
    Result<qint64> tooMany = designs.write(crowded, 1);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(designs.read(m_project)->signatories.size(), 3);
}

TEST(CertificateCode, IsCrockfordBase32OfTheNumbersMacUnderTheSecret)
{
    const QByteArray secret =
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    const QString code = CertificateRegistry::verificationCode(secret, QStringLiteral("MX-II/2.1/0007"));
    EXPECT_EQ(code.size(), 8);
    EXPECT_EQ(code, CertificateRegistry::verificationCode(secret, QStringLiteral("MX-II/2.1/0007")));
    EXPECT_NE(code, CertificateRegistry::verificationCode(secret, QStringLiteral("MX-II/2.1/0008")));
    QByteArray otherSecret = secret;
    otherSecret[0] = 'x';
    EXPECT_NE(code, CertificateRegistry::verificationCode(otherSecret, QStringLiteral("MX-II/2.1/0007")));
    EXPECT_EQ(CertificateRegistry::normalisedCode(QStringLiteral(" 7k3m-9qxo ")), QStringLiteral("7K3M9QX0"));
    EXPECT_EQ(CertificateRegistry::normalisedCode(QStringLiteral("il")), QStringLiteral("11"));
    EXPECT_EQ(CertificateRegistry::numberText(QStringLiteral("MX-II"), QStringLiteral("2.1"), 7),
              QStringLiteral("MX-II/2.1/0007"));
}
