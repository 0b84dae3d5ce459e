#pragma once

#include "documents/CoordinatorDocument.h"
#include "documents/DocumentRecords.h"

#include <QImage>
#include <QList>

namespace sd {

// Certificates of attendance, one page each: the person, the activity with its dates and venue, the
// project, sessions and days attended and the attendance rate, a space for a logo at the top and
// signature lines at the bottom.
class CertificateDocument : public CoordinatorDocument
{
public:
    explicit CertificateDocument(QList<CertificateData> certificates);

    // A logo for the space at the top left (scaled to fit, keeping its proportions); none by default.
    void setLogo(const QImage& logo) { m_logo = logo; }

    QString title() const override;
    QString footerText() const override;

protected:
    void compose(PageComposer& composer) const override;

private:
    void composeOne(PageComposer& composer, const CertificateData& certificate) const;

    QList<CertificateData> m_certificates;
    QImage m_logo;
};

} // namespace sd
