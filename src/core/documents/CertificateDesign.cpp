#include "documents/CertificateDesign.h"

#include "documents/DocumentText.h"

#include <QBuffer>
#include <algorithm>

namespace sd {

namespace {

constexpr int kLogoLongestSide = 1200;

} // namespace

QList<QImage> CertificateDesign::logoImages() const
{
    QList<QImage> images;
    for (const QByteArray& logo : logos) {
        QImage image;
        if (image.loadFromData(logo))
            images.append(image);
    }
    return images;
}

QString CertificateDesign::inLanguage(const QString& spanish, const QString& english, const QString& language)
{
    const bool inSpanish = language == QLatin1String("es");
    const QString wanted = (inSpanish ? spanish : english).trimmed();
    return wanted.isEmpty() ? (inSpanish ? english : spanish).trimmed() : wanted;
}

QString CertificateDesign::problem() const
{
    if (logos.size() > kMaxLogos)
        return Documents::tr("A certificate holds at most %1 logos; remove one.").arg(kMaxLogos);
    for (const QByteArray& logo : logos) {
        if (logo.size() > kMaxLogoBytes)
            return Documents::tr("A logo is larger than %1 MB; use a smaller image.")
                .arg(kMaxLogoBytes >> 20);
        if (QImage image; !image.loadFromData(logo))
            return Documents::tr("A logo is not an image that can be read; choose a PNG or JPEG file.");
    }
    if (signatories.size() > kMaxSignatories)
        return Documents::tr("A certificate holds at most %1 signatories; remove one.").arg(kMaxSignatories);
    QStringList texts{placeOfIssue, statement};
    for (const Signatory& signatory : signatories)
        texts << signatory.name << signatory.title;
    for (const QString& text : texts)
        if (text.size() > kMaxTextLength)
            return Documents::tr("'%1…' is longer than %2 characters; shorten it.")
                .arg(text.left(30))
                .arg(kMaxTextLength);
    if (privacyNoticeEs.size() > kMaxNoticeLength || privacyNoticeEn.size() > kMaxNoticeLength)
        return Documents::tr("The privacy notice is longer than %1 characters; shorten it to one short "
                             "paragraph.")
            .arg(kMaxNoticeLength);
    return {};
}

QByteArray CertificateDesign::logoFromImage(const QImage& image)
{
    QImage scaled = image;
    if (std::max(image.width(), image.height()) > kLogoLongestSide)
        scaled =
            image.scaled(kLogoLongestSide, kLogoLongestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    return bytes;
}

QString orientationCode(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait");
}

} // namespace sd
