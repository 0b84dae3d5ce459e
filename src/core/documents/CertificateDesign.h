#pragma once

#include "documents/PdfOutput.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>

namespace sd {

// Who signs a project's certificates: a name ("María López Ruiz") and a title ("Programme
// coordinator, FIIAPP"), either of which may be empty.
struct Signatory
{
    QString name;
    QString title;

    bool isEmpty() const { return name.trimmed().isEmpty() && title.trimmed().isEmpty(); }
    bool operator==(const Signatory&) const = default;
};

// How a project's certificates look and the privacy notice of its sign-in sheets (docs/schema.md,
// `certificate_design`); a project without a stored design has these defaults.
struct CertificateDesign
{
    static constexpr int kMaxLogos = 3;
    static constexpr int kMaxSignatories = 3;
    static constexpr int kMaxLogoBytes = 2 * 1024 * 1024;
    static constexpr int kMaxTextLength = 300;
    static constexpr int kMaxNoticeLength = 2000;

    Id projectId = 0;
    QList<QByteArray> logos;      // PNG images, left to right across the top, at most kMaxLogos
    QList<Signatory> signatories; // left to right, at most kMaxSignatories, none empty
    QString placeOfIssue;         // "Tapachula, Chiapas": printed before the date of issue
    QString statement;            // an optional line below the activity ("Funded by the European Union")
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    PaperSize paper = PaperSize::A4;
    QString privacyNoticeEs;
    QString privacyNoticeEn;
    qint64 rowVersion = 0; // 0: none stored yet

    bool operator==(const CertificateDesign&) const = default;

    // The logos as images (those that do not decode are left out).
    QList<QImage> logoImages() const;
    // The privacy notice in `language` ("es" or "en"), or in the other one when that one is empty.
    QString privacyNotice(const QString& language) const
    {
        return inLanguage(privacyNoticeEs, privacyNoticeEn, language);
    }
    // The Spanish or the English form of a text by `language` ("es", "en"), or the other one when that
    // one is empty.
    static QString inLanguage(const QString& spanish, const QString& english, const QString& language);
    // The problem with this design in one plain sentence, or an empty text.
    QString problem() const;
    // A logo as the design keeps it: the image as PNG, at most 1200 pixels on its longer side.
    static QByteArray logoFromImage(const QImage& image);
};

// "portrait", "landscape"
QString orientationCode(QPageLayout::Orientation orientation);

} // namespace sd
