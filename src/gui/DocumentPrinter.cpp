#include "DocumentPrinter.h"

#include "AppSettings.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "documents/CoordinatorDocument.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>
#include <cmath>
#include <optional>

namespace sd {

namespace {

constexpr qreal kMarginMm = 18;

struct PreviewOutput
{
    QString pdfPath;
    PaperSize size = PaperSize::A4;
};
std::optional<PreviewOutput> nextPreviewOutput;

// Countries whose offices print on Letter paper (Mexico among them); A4 elsewhere.
bool usesLetterPaper(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
        return true;
    default:
        return false;
    }
}

QString pdfFilter()
{
    return DocumentPrinter::tr("PDF documents (*.pdf)");
}

} // namespace

PaperSize DocumentPrinter::preferredPaper()
{
    if (std::optional<PaperSize> chosen = paperSizeFromCode(AppSettings::paperSize()))
        return *chosen;
    return usesLetterPaper(QLocale().territory()) ? PaperSize::Letter : PaperSize::A4;
}

PaperSize DocumentPrinter::paperOf(const QPageLayout& layout)
{
    const QPageSize::PageSizeId id = layout.pageSize().id();
    if (id == QPageSize::Letter)
        return PaperSize::Letter;
    if (id == QPageSize::A4)
        return PaperSize::A4;
    // Another size: the nearer of the two by the sheet's width and height.
    const QSizeF size = layout.pageSize().size(QPageSize::Millimeter);
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF letter = QPageSize(QPageSize::Letter).size(QPageSize::Millimeter);
    const auto distance = [&size](const QSizeF& other) {
        return std::abs(size.width() - other.width()) + std::abs(size.height() - other.height());
    };
    return distance(letter) < distance(a4) ? PaperSize::Letter : PaperSize::A4;
}

void DocumentPrinter::setUp(QPrinter& printer, const CoordinatorDocument& document, PaperSize size)
{
    printer.setPageLayout(QPageLayout(
        QPageSize(size == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    printer.setDocName(document.title());
    printer.setCreator(QStringLiteral("Seminar Desk %1").arg(QStringLiteral(SEMINARDESK_VERSION)));
}

Status DocumentPrinter::paint(QPrinter* printer, const CoordinatorDocument& document)
{
    return document.render(printer);
}

void DocumentPrinter::setNextPreviewOutput(const QString& pdfPath, PaperSize size)
{
    if (pdfPath.isEmpty())
        nextPreviewOutput.reset();
    else
        nextPreviewOutput = PreviewOutput{pdfPath, size};
}

bool DocumentPrinter::saveAsPdf(QWidget* parent, const CoordinatorDocument& document, const QString& fileStem,
                                PaperSize size)
{
    const QString suggestion = QDir(AppSettings::lastFolder()).filePath(fileStem + QStringLiteral(".pdf"));
    QString path = FileDialog::getSaveFileName(parent, tr("Save as PDF"), suggestion, pdfFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writePdf(path, document, size);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(parent, tr("The PDF was not saved"), written.error().message);
        return false;
    }
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    return true;
}

void DocumentPrinter::preview(QWidget* parent, const CoordinatorDocument& document, const QString& fileStem)
{
    if (nextPreviewOutput) {
        const PreviewOutput output = *nextPreviewOutput;
        nextPreviewOutput.reset();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(output.pdfPath);
        setUp(printer, document, output.size);
        if (Status painted = paint(&printer, document); !painted)
            MessageBox::critical(parent, tr("The document could not be drawn"), painted.error().message);
        return;
    }

    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, document, preferredPaper());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(document.title()));
    // A failure is said once, after the preview has finished painting, not on every repaint.
    bool failureShown = false;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        const Status painted = paint(target, document);
        if (painted || failureShown)
            return;
        failureShown = true;
        const QString message = painted.error().message;
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, message] {
                MessageBox::critical(&dialog, tr("The document could not be drawn"), message);
            },
            Qt::QueuedConnection);
    });

    // For users without a printer: the same document as a PDF of the paper chosen in the page setup.
    if (auto* toolBar = dialog.findChild<QToolBar*>()) {
        toolBar->addSeparator();
        QAction* save = toolBar->addAction(tr("Save as PDF…"));
        save->setObjectName(QStringLiteral("saveAsPdfAction"));
        save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        save->setToolTip(tr("Save the document as a PDF on the paper size chosen in the page setup (%1)")
                             .arg(save->shortcut().toString(QKeySequence::NativeText)));
        QObject::connect(save, &QAction::triggered, &dialog, [&dialog, &printer, &document, fileStem] {
            saveAsPdf(&dialog, document, fileStem, paperOf(printer.pageLayout()));
        });
    }
    if (parent) {
        const QSize available = parent->window()->size();
        dialog.resize(std::min(available.width(), 1100), std::max(600, available.height() - 60));
    }
    dialog.exec();

    const PaperSize chosen = paperOf(printer.pageLayout());
    const QPageSize::PageSizeId id = printer.pageLayout().pageSize().id();
    if (id == QPageSize::A4 || id == QPageSize::Letter)
        AppSettings::setPaperSize(paperSizeCode(chosen));
}

} // namespace sd
