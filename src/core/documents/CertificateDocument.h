#pragma once

#include "documents/CertificateDesign.h"
#include "documents/CoordinatorDocument.h"
#include "documents/DocumentRecords.h"

#include <QImage>
#include <QList>

namespace sd {

// Certificates of attendance, one page each: the project's logos across the top, the person, the
// activity with its dates and venue, the project, the design's statement, sessions and days attended
// and the attendance rate; at the foot "place, date" of issue, the signatories' lines with their names
// and titles, and the certificate's number and verification code. A certificate whose text does not
// fit one page is drawn smaller as a whole.
class CertificateDocument : public CoordinatorDocument
{
public:
    explicit CertificateDocument(QList<CertificateData> certificates);

    // The project's design: its logos, signatories, place of issue and statement (CertificateDesign).
    void setDesign(const CertificateDesign& design);
    // One logo in place of the design's (scaled to fit, keeping its proportions): `print --logo`.
    void setLogo(const QImage& logo);

    QString title() const override;
    QString footerText() const override;
    // The design's paper and orientation, once a design is set.
    std::optional<PaperSize> preferredPaper() const override { return m_paper; }
    QPageLayout::Orientation preferredOrientation() const override { return m_orientation; }

protected:
    void compose(PageComposer& composer) const override;

private:
    void composeOne(PageComposer& composer, const CertificateData& certificate) const;
    // The logos across the top, in a band `height` tall.
    void composeLogos(PageComposer& composer, qreal height) const;
    // The foot of the page: place and date of issue, the signature lines, the number.
    void composeFoot(PageComposer& composer, const CertificateData& certificate) const;
    void composeSignatures(PageComposer& composer, qreal top) const;

    QList<CertificateData> m_certificates;
    QList<QImage> m_logos;
    QList<Signatory> m_signatories;
    QString m_placeOfIssue;
    QString m_statement;
    std::optional<PaperSize> m_paper;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
};

} // namespace sd
