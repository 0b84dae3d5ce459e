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

void CertificateDocument::composeOne(PageComposer& composer, const CertificateData& certificate) const
{
    const qreal width = composer.contentWidth();
    const DocumentPerson& person = certificate.person;
    const ActivityAttendance& attendance = certificate.attendance;
    const DocumentActivity& activity = attendance.activity;
    composer.setRunningHeader(
        Documents::tr("Certificate of attendance, %1 (continued)").arg(person.fullName()));

    // The space for a logo: left empty for a printed letterhead, or holding the logo given.
    const QRectF logoArea(0, composer.cursor(), composer.millimetres(kLogoWidthMm),
                          composer.millimetres(kLogoHeightMm));
    if (!m_logo.isNull()) {
        QSizeF size = QSizeF(m_logo.size()).scaled(logoArea.size(), Qt::KeepAspectRatio);
        composer.image(QRectF(logoArea.topLeft(), size), m_logo);
    }
    composer.space(logoArea.height() + composer.millimetres(14));

    composer.paragraph(Documents::tr("Certificate of Attendance"), PageComposer::font(24, true),
                       Qt::AlignHCenter);
    composer.space(composer.millimetres(12));
    composer.paragraph(Documents::tr("This is to certify that"), PageComposer::font(12), Qt::AlignHCenter);
    composer.space(composer.millimetres(6));
    composer.paragraph(person.fullName(), PageComposer::font(22, true), Qt::AlignHCenter);
    if (!person.institutionName.isEmpty()) {
        composer.space(composer.millimetres(2));
        composer.paragraph(person.institutionLabel(), PageComposer::font(12), Qt::AlignHCenter);
    }
    composer.space(composer.millimetres(8));
    composer.paragraph(typePhrase(activity.type), PageComposer::font(12), Qt::AlignHCenter);
    composer.space(composer.millimetres(3));
    composer.paragraph(QStringLiteral("%1 %2").arg(activity.code, activity.title),
                       PageComposer::font(16, true), Qt::AlignHCenter);
    composer.space(composer.millimetres(3));
    const QString venue = activity.venue();
    const QString when = documentDateRange(activity.startDate, activity.endDate);
    composer.paragraph(venue.isEmpty() ? when : Documents::tr("%1, %2").arg(venue, when),
                       PageComposer::font(12), Qt::AlignHCenter);
    composer.space(composer.millimetres(2));
    composer.paragraph(
        Documents::tr("within the project %1, %2").arg(activity.projectCode, activity.projectTitle),
        PageComposer::font(11, false, true), Qt::AlignHCenter);
    composer.space(composer.millimetres(12));

    // The facts, as a small two-column table in the middle of the page.
    const QList<QPair<QString, QString>> facts{
        {Documents::tr("Dates"), when},
        {Documents::tr("Sessions attended"),
         Documents::tr("%1 of %2").arg(attendance.sessionsAttended).arg(activity.sessionCount)},
        {Documents::tr("Days attended"),
         Documents::tr("%1 of %2")
             .arg(documentDays(attendance.daysAttended), documentDays(activity.sessionDays))},
        {Documents::tr("Attendance rate"), documentRate(attendance.ratePercent())},
    };
    const QFont labelFont = PageComposer::font(11, true);
    const QFont valueFont = PageComposer::font(11);
    const qreal left = width * 0.2;
    const qreal labelWidth = width * 0.25;
    const qreal valueWidth = width * 0.4;
    for (const auto& [label, value] : facts) {
        const qreal height = std::max(composer.textHeight(label, labelFont, labelWidth),
                                      composer.textHeight(value, valueFont, valueWidth));
        composer.ensureSpace(height);
        composer.textAt(QRectF(left, composer.cursor(), labelWidth, height), label, labelFont, Qt::AlignLeft);
        composer.textAt(QRectF(left + labelWidth, composer.cursor(), valueWidth, height), value, valueFont,
                        Qt::AlignLeft);
        composer.space(height + composer.millimetres(1.5));
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
