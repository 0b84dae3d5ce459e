#include "documents/CertificateDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>
#include <QSet>

namespace sd {

namespace {

constexpr qreal kLogoHeightMm = 25;
constexpr qreal kLogoWidthMm = 60;
constexpr qreal kSignatureLineMm = 70;
// The foot of the page, from the top: "place, date" over its line and label, room to sign, the
// signature lines with a name and a title of up to two lines under each, the number line.
constexpr qreal kPlaceBlockMm = 15;
constexpr qreal kSigningRoomMm = 13;
constexpr qreal kSignatoryBlockMm = 15;
constexpr qreal kNumberLineMm = 6;
constexpr qreal kFootMm = kPlaceBlockMm + kSigningRoomMm + kSignatoryBlockMm + kNumberLineMm;
constexpr qreal kSignatoryGapMm = 8;

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

void CertificateDocument::setDesign(const CertificateDesign& design)
{
    m_logos = design.logoImages();
    m_signatories = design.signatories;
    m_placeOfIssue = design.placeOfIssue.trimmed();
    m_statement = design.statement.trimmed();
    m_paper = design.paper;
    m_orientation = design.orientation;
}

void CertificateDocument::setLogo(const QImage& logo)
{
    m_logos.clear();
    if (!logo.isNull())
        m_logos.append(logo);
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

QList<CertificateLine> certificateLines(const CertificateData& certificate, const QString& statement)
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
    if (!statement.isEmpty())
        lines.append({statement, 11, false, true, 4});
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

// The largest size up to `points` at which `text` takes at most `lines` lines of `width`; 6 points at
// the least, where a text still too long wraps further rather than being cut.
QFont fitted(const PageComposer& composer, const QString& text, qreal points, bool bold, qreal width,
             int lines)
{
    constexpr qreal kSmallestPoints = 6;
    for (qreal size = points; size > kSmallestPoints; size -= 0.5) {
        const QFont font = PageComposer::font(size, bold);
        if (composer.textHeight(text, font, width) <=
            lines * composer.textHeight(QStringLiteral("X"), font, width) + 0.5)
            return font;
    }
    return PageComposer::font(kSmallestPoints, bold);
}

} // namespace

void CertificateDocument::composeOne(PageComposer& composer, const CertificateData& certificate) const
{
    const qreal width = composer.contentWidth();
    const DocumentPerson& person = certificate.person;
    composer.setRunningHeader(
        Documents::tr("Certificate of attendance, %1 (continued)").arg(person.fullName()));
    const QList<CertificateLine> lines = certificateLines(certificate, m_statement);
    const QList<QPair<QString, QString>> facts = certificateFacts(certificate);
    const qreal left = width * 0.2;
    const qreal labelWidth = width * 0.25;
    const qreal valueWidth = width * 0.4;
    const auto factHeight = [&](const QPair<QString, QString>& fact, qreal scale) {
        return std::max(composer.textHeight(fact.first, PageComposer::font(11 * scale, true), labelWidth),
                        composer.textHeight(fact.second, PageComposer::font(11 * scale), valueWidth));
    };
    // Everything above the foot at a scale, to find the largest that fits one page: a long title or
    // name, a landscape page, Letter paper shrink the whole certificate rather than pushing its
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
    const qreal available = composer.remaining() - composer.millimetres(kFootMm);
    qreal scale = 1;
    while (scale - kScaleStep >= kSmallestScale && flowHeight(scale) > available)
        scale -= kScaleStep;

    // The band for the logos: left empty for a printed letterhead when there are none.
    composeLogos(composer, composer.millimetres(kLogoHeightMm * scale));
    composer.space(composer.millimetres((kLogoHeightMm + kLogoGapMm) * scale));
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
    composeFoot(composer, certificate);
}

void CertificateDocument::composeLogos(PageComposer& composer, qreal height) const
{
    const qreal width = composer.contentWidth();
    const qsizetype count = m_logos.size();
    if (count == 0)
        return;
    // Each logo in a cell of its own: the first at the left, the last at the right, one between them
    // in the middle.
    const qreal gap = composer.millimetres(6);
    const qreal cell = (width - gap * qreal(count - 1)) / qreal(count);
    const qreal widest = std::min(cell, composer.millimetres(kLogoWidthMm * 1.5));
    for (qsizetype i = 0; i < count; ++i) {
        const QImage& logo = m_logos[i];
        const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(widest, height), Qt::KeepAspectRatio);
        qreal x = (width - size.width()) / 2;
        if (i == 0 && count > 1)
            x = 0;
        else if (i == count - 1 && count > 1)
            x = width - size.width();
        else if (count == 1)
            x = 0;
        composer.image(QRectF(QPointF(x, composer.cursor() + (height - size.height()) / 2), size), logo);
    }
}

void CertificateDocument::composeFoot(PageComposer& composer, const CertificateData& certificate) const
{
    // The foot sits at the bottom of the page, below whatever the text above took.
    const qreal width = composer.contentWidth();
    const qreal footHeight = composer.millimetres(kFootMm);
    composer.ensureSpace(footHeight);
    composer.moveDownTo(composer.contentHeight() - footHeight);
    const qreal top = composer.cursor();
    const qreal lineWidth = std::min(composer.millimetres(kSignatureLineMm * 1.4), width);
    if (certificate.issuedOn.isValid()) {
        const QString date = documentDate(certificate.issuedOn);
        const QString placeDate =
            m_placeOfIssue.isEmpty() ? date : Documents::tr("%1, %2").arg(m_placeOfIssue, date);
        composer.textAt(QRectF(0, top + composer.millimetres(1), lineWidth, composer.millimetres(6)),
                        placeDate, fitted(composer, placeDate, 10, false, lineWidth, 1), Qt::AlignLeft);
    }
    composer.line(QPointF(0, top + composer.millimetres(8)),
                  QPointF(lineWidth, top + composer.millimetres(8)));
    composer.textAt(QRectF(0, top + composer.millimetres(9), lineWidth, composer.millimetres(5)),
                    Documents::tr("Place and date of issue"), PageComposer::font(8), Qt::AlignLeft);
    composeSignatures(composer, top + composer.millimetres(kPlaceBlockMm + kSigningRoomMm));
    if (!certificate.number.isEmpty()) {
        const QString number = Documents::tr("Certificate No. %1 · verification code %2")
                                   .arg(certificate.number, certificate.verificationCode);
        composer.textAt(QRectF(0, top + footHeight - composer.millimetres(kNumberLineMm - 1), width,
                               composer.millimetres(kNumberLineMm - 1)),
                        number, fitted(composer, number, 8, false, width, 1), Qt::AlignHCenter);
    }
    composer.moveDownTo(top + footHeight);
}

void CertificateDocument::composeSignatures(PageComposer& composer, qreal top) const
{
    const qreal width = composer.contentWidth();
    QList<Signatory> signatories = m_signatories;
    signatories.removeIf([](const Signatory& signatory) { return signatory.isEmpty(); });
    // Without signatories in the design, the two lines of a certificate signed by hand.
    const bool byHand = signatories.isEmpty();
    if (byHand)
        signatories = {{QString(), Documents::tr("Signature, programme coordinator")},
                       {QString(), Documents::tr("Signature, beneficiary institution")}};
    const qsizetype count = signatories.size();
    const qreal gap = composer.millimetres(kSignatoryGapMm);
    const qreal cell = (width - gap * qreal(count - 1)) / qreal(count);
    const qreal lineWidth = std::min(cell, composer.millimetres(kSignatureLineMm));
    const qreal nameHeight = composer.millimetres(5);
    const qreal titleHeight = composer.millimetres(kSignatoryBlockMm - 6);
    for (qsizetype i = 0; i < count; ++i) {
        const Signatory& signatory = signatories[i];
        // The cells share the width; with two, they are at the left and right edges as before.
        const qreal cellLeft = count == 1 ? (width - cell) / 2 : qreal(i) * (cell + gap);
        const qreal x = i == 0 && count > 1           ? cellLeft
                        : i == count - 1 && count > 1 ? cellLeft + cell - lineWidth
                                                      : cellLeft + (cell - lineWidth) / 2;
        const Qt::Alignment align = byHand ? Qt::AlignLeft : Qt::AlignHCenter;
        composer.line(QPointF(x, top), QPointF(x + lineWidth, top));
        qreal y = top + composer.millimetres(1);
        if (!signatory.name.isEmpty()) {
            composer.textAt(QRectF(x, y, lineWidth, nameHeight), signatory.name,
                            fitted(composer, signatory.name, 10, true, lineWidth, 1), align);
            y += nameHeight;
        }
        if (!signatory.title.isEmpty())
            composer.textAt(QRectF(x, y, lineWidth, titleHeight), signatory.title,
                            fitted(composer, signatory.title, 9, false, lineWidth, 2), align);
    }
}

} // namespace sd
