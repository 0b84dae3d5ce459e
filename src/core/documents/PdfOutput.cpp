#include "documents/PdfOutput.h"

#include "documents/CoordinatorDocument.h"
#include "documents/DocumentText.h"
#include "export/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace sd {

namespace {

constexpr qreal kMarginMm = 18;
// Device pixels per inch of the PDF: fine enough for exact text placement; the file stores vectors.
constexpr int kResolution = 600;

} // namespace

QString paperSizeCode(PaperSize size)
{
    switch (size) {
    case PaperSize::A4:
        return QStringLiteral("a4");
    case PaperSize::Letter:
        return QStringLiteral("letter");
    }
    return QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromCode(const QString& code)
{
    for (PaperSize size : {PaperSize::A4, PaperSize::Letter}) {
        if (code.compare(paperSizeCode(size), Qt::CaseInsensitive) == 0)
            return size;
    }
    return std::nullopt;
}

QStringList paperSizeCodes()
{
    return {paperSizeCode(PaperSize::A4), paperSizeCode(PaperSize::Letter)};
}

std::optional<QPageLayout::Orientation> orientationFromCode(const QString& code)
{
    if (code.compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
        return QPageLayout::Portrait;
    if (code.compare(QLatin1String("landscape"), Qt::CaseInsensitive) == 0)
        return QPageLayout::Landscape;
    return std::nullopt;
}

Status writePdf(QIODevice* device, const CoordinatorDocument& document, PaperSize size,
                QPageLayout::Orientation orientation)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    const QPageLayout layout(QPageSize(size == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
                             orientation, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                             QPageLayout::Millimeter);
    if (!writer.setPageLayout(layout))
        return Error::badInput(Documents::tr("Could not set up the pages of %1; try the other paper size.")
                                   .arg(document.title()));
    writer.setTitle([&document] {
        const DocumentLanguageScope inLanguage(document.language());
        return document.title();
    }());
    writer.setCreator(QStringLiteral("Seminar Desk %1").arg(QStringLiteral(SEMINARDESK_VERSION)));
    return document.render(&writer);
}

Status writePdf(const QString& path, const CoordinatorDocument& document, PaperSize size,
                QPageLayout::Orientation orientation)
{
    return writeFileAtomically(
        path, [&](QIODevice* device) { return writePdf(device, document, size, orientation); });
}

} // namespace sd
