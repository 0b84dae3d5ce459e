#pragma once

#include "common/Result.h"

#include <QPageLayout>
#include <QString>
#include <QStringList>

class QIODevice;
#include <optional>

namespace sd {

class CoordinatorDocument;

// The paper sizes coordinators print on: A4, and Letter (Mexico uses Letter).
enum class PaperSize
{
    A4,
    Letter
};

QString paperSizeCode(PaperSize size); // "a4", "letter"
std::optional<PaperSize> paperSizeFromCode(const QString& code);
QStringList paperSizeCodes();

// "portrait", "landscape": the orientations a document is printed in.
std::optional<QPageLayout::Orientation> orientationFromCode(const QString& code);

// Writes the document as a PDF at `path` through writeFileAtomically, so a failed write leaves no half
// file: pages of the given size and orientation with 18 mm margins, every font embedded (subset), so
// accents print exactly on any computer. Needs a QGuiApplication.
Status writePdf(const QString& path, const CoordinatorDocument& document, PaperSize size,
                QPageLayout::Orientation orientation = QPageLayout::Portrait);
// The same PDF written to a device (an entry of a zip archive), which the caller makes safe.
Status writePdf(QIODevice* device, const CoordinatorDocument& document, PaperSize size,
                QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace sd
