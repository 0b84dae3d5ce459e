#include "documents/CertificateDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>
#include <QSet>

namespace sd {

namespace {

constexpr qreal kLogoHeightMm = 25;
constexpr qreal kLogoWidthMm = 60;
constexpr qreal kSignatureBlockMm = 38;
constexpr qreal kSignatureLineMm = 70;

// "took part in the seminar": the activity's type as the sentence needs it.
QString typePhrase(ActivityType type)
{
    switch (type) {
    case ActivityType::IdentificationMission:
        return Documents::tr("took part in the identification mission");
    case ActivityType::KnowledgeExchange:
        return Documents::tr("took part in the knowledge-exchange session");
    case ActivityType::Seminar:
        return Documents::tr("took part in the seminar");
    case ActivityType::Workshop:
        return Documents::tr("took part in the workshop");
    case ActivityType::StudyVisit:
        return Documents::tr("took part in the study visit");
    case ActivityType::Other:
        return Documents::tr("took part in the activity");
    }
    return Documents::tr("took part in the activity");
}

} // namespace

CertificateDocument::CertificateDocument(QList<CertificateData> certificates)
    : m_certificates(std::move(certificates))
{
}

QString CertificateDocument::title() const
{
    if (m_certificates.size() == 1)
        return Documents::tr("Certificate of attendance, %1").arg(m_certificates.first().person.fullName());
    QSet<Id> people;
    QSet<Id> activities;
    for (const CertificateData& certificate : m_certificates) {
        people.insert(certificate.person.id);
        activities.insert(certificate.attendance.activity.id);
    }
    if (!m_certificates.isEmpty() && activities.size() == 1) {
        const DocumentActivity& activity = m_certificates.first().attendance.activity;
        return Documents::tr("Certificates of attendance, %1 %2").arg(activity.code, activity.title);
    }
    if (!m_certificates.isEmpty() && people.size() == 1)
        return Documents::tr("Certificates of attendance, %1").arg(m_certificates.first().person.fullName());
    return Documents::tr("Certificates of attendance");
}

QString CertificateDocument::footerText() const
{
    return Documents::tr("Certificate of attendance");
}

void CertificateDocument::compose(PageComposer& composer) const
{
    for (const CertificateData& certificate : m_certificates) {
        composer.setRunningHeader(QString());
        composer.startPage();
        composeOne(composer, certificate);
    }
}

namespace {

// One centred paragraph of a certificate and the space above it, in points and millimetres at full
// size; the certificate is drawn smaller, as a whole, when its text does not fit one page.
struct CertificateLine
{
    QString text;
    qreal points = 12;
    bool bold = false;
    bool italic = false;
    qreal spaceAboveMm = 0;
};

constexpr qreal kLogoGapMm = 14;
constexpr qreal kFactsGapMm = 12;
constexpr qreal kFactGapMm = 1.5;
constexpr qreal kScaleStep = 0.05;
constexpr qreal kSmallestScale = 0.5;

QList<CertificateLine> certificateLines(const CertificateData& certificate)
{
    const DocumentPerson& person = certificate.person;
    const DocumentActivity& activity = certificate.attendance.activity;
    QList<CertificateLine> lines{
        {Documents::tr("Certificate of Attendance"), 24, true, false, 0},
        {Documents::tr("This is to certify that"), 12, false, false, 12},
        {person.fullName(), 22, true, false, 6},
    };
    if (!person.institutionName.isEmpty())
        lines.append({person.institutionLabel(), 12, false, false, 2});
    const QString venue = activity.venue();
    const QString when = documentDateRange(activity.startDate, activity.endDate);
    lines << CertificateLine{typePhrase(activity.type), 12, false, false, 8}
          << CertificateLine{QStringLiteral("%1 %2").arg(activity.code, activity.title), 16, true, false, 3}
          << CertificateLine{venue.isEmpty() ? when : Documents::tr("%1, %2").arg(venue, when), 12, false,
                             false, 3}
          << CertificateLine{
                 Documents::tr("within the project %1, %2").arg(activity.projectCode, activity.projectTitle),
                 11, false, true, 2};
    return lines;
}

QList<QPair<QString, QString>> certificateFacts(const CertificateData& certificate)
{
    const ActivityAttendance& attendance = certificate.attendance;
    const DocumentActivity& activity = attendance.activity;
    return {
        {Documents::tr("Dates"), documentDateRange(activity.startDate, activity.endDate)},
        {Documents::tr("Sessions attended"),
         Documents::tr("%1 of %2").arg(attendance.sessionsAttended).arg(activity.sessionCount)},
        {Documents::tr("Days attended"),
         Documents::tr("%1 of %2")
             .arg(documentDays(attendance.daysAttended), documentDays(activity.sessionDays))},
        {Documents::tr("Attendance rate"), documentRate(attendance.ratePercent())},
    };
}

} // namespace

void CertificateDocument::composeOne(PageComposer& composer, const CertificateData& certificate) const
{
    const qreal width = composer.contentWidth();
    const DocumentPerson& person = certificate.person;
    composer.setRunningHeader(
        Documents::tr("Certificate of attendance, %1 (continued)").arg(person.fullName()));
    const QList<CertificateLine> lines = certificateLines(certificate);
    const QList<QPair<QString, QString>> facts = certificateFacts(certificate);
    const qreal left = width * 0.2;
    const qreal labelWidth = width * 0.25;
    const qreal valueWidth = width * 0.4;
    const auto factHeight = [&](const QPair<QString, QString>& fact, qreal scale) {
        return std::max(composer.textHeight(fact.first, PageComposer::font(11 * scale, true), labelWidth),
                        composer.textHeight(fact.second, PageComposer::font(11 * scale), valueWidth));
    };
    // Everything above the signature lines at a scale, to find the largest that fits one page: a long
    // title or name, a landscape page, Letter paper shrink the whole certificate rather than pushing its
    // signature lines onto a second page.
    const auto flowHeight = [&](qreal scale) {
        qreal height = composer.millimetres((kLogoHeightMm + kLogoGapMm + kFactsGapMm) * scale);
        for (const CertificateLine& line : lines)
            height += composer.millimetres(line.spaceAboveMm * scale) +
                      composer.textHeight(
                          line.text, PageComposer::font(line.points * scale, line.bold, line.italic), width);
        for (const auto& fact : facts)
            height += factHeight(fact, scale) + composer.millimetres(kFactGapMm * scale);
        return height;
    };
    const qreal available = composer.remaining() - composer.millimetres(kSignatureBlockMm);
    qreal scale = 1;
    while (scale - kScaleStep >= kSmallestScale && flowHeight(scale) > available)
        scale -= kScaleStep;

    // The space for a logo: left empty for a printed letterhead, or holding the logo given.
    const QRectF logoArea(0, composer.cursor(), composer.millimetres(kLogoWidthMm * scale),
                          composer.millimetres(kLogoHeightMm * scale));
    if (!m_logo.isNull()) {
        QSizeF size = QSizeF(m_logo.size()).scaled(logoArea.size(), Qt::KeepAspectRatio);
        composer.image(QRectF(logoArea.topLeft(), size), m_logo);
    }
    composer.space(logoArea.height() + composer.millimetres(kLogoGapMm * scale));
    for (const CertificateLine& line : lines) {
        composer.space(composer.millimetres(line.spaceAboveMm * scale));
        composer.paragraph(line.text, PageComposer::font(line.points * scale, line.bold, line.italic),
                           Qt::AlignHCenter);
    }
    composer.space(composer.millimetres(kFactsGapMm * scale));

    // The facts, as a small two-column table in the middle of the page.
    const QFont labelFont = PageComposer::font(11 * scale, true);
    const QFont valueFont = PageComposer::font(11 * scale);
    for (const auto& fact : facts) {
        const qreal height = factHeight(fact, scale);
        composer.ensureSpace(height);
        composer.textAt(QRectF(left, composer.cursor(), labelWidth, height), fact.first, labelFont,
                        Qt::AlignLeft);
        composer.textAt(QRectF(left + labelWidth, composer.cursor(), valueWidth, height), fact.second,
                        valueFont, Qt::AlignLeft);
        composer.space(height + composer.millimetres(kFactGapMm * scale));
    }

    // The signature lines sit at the foot of the page, below whatever the text above took.
    const qreal blockHeight = composer.millimetres(kSignatureBlockMm);
    composer.ensureSpace(blockHeight);
    composer.moveDownTo(composer.contentHeight() - blockHeight);
    const QFont smallFont = PageComposer::font(9);
    const qreal lineWidth = composer.millimetres(kSignatureLineMm);
    const qreal placeTop = composer.cursor();
    composer.line(QPointF(0, placeTop + composer.millimetres(8)),
                  QPointF(lineWidth, placeTop + composer.millimetres(8)));
    composer.textAt(QRectF(0, placeTop + composer.millimetres(9), lineWidth, composer.millimetres(6)),
                    Documents::tr("Place and date"), smallFont, Qt::AlignLeft);
    const qreal signTop = placeTop + composer.millimetres(28);
    const QList<QPair<qreal, QString>> signatures{
        {0, Documents::tr("Signature, programme coordinator")},
        {width - lineWidth, Documents::tr("Signature, beneficiary institution")},
    };
    for (const auto& [x, label] : signatures) {
        composer.line(QPointF(x, signTop), QPointF(x + lineWidth, signTop));
        composer.textAt(QRectF(x, signTop + composer.millimetres(1), lineWidth, composer.millimetres(6)),
                        label, smallFont, Qt::AlignLeft);
    }
    composer.moveDownTo(placeTop + blockHeight);
}

} // namespace sd
