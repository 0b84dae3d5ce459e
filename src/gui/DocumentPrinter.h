#pragma once

#include "common/Result.h"
#include "documents/PdfOutput.h"

#include <QCoreApplication>
#include <QString>

class QPageLayout;
class QPrinter;
class QWidget;

namespace sd {

class CoordinatorDocument;

// Prints a coordinator's document from the window: a print preview (Qt's QPrintPreviewDialog, with its
// own page setup for A4 or Letter) painting the same document classes the PDFs are made of, with
// "Save as PDF…" beside Print for users without a printer (written through writePdf, so through
// QSaveFile). The preview opens behind a seam: tests name a PDF file instead (setNextPreviewOutput),
// and the preview's painting goes to a QPrinter writing that file.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(sd::DocumentPrinter)

public:
    // Shows the preview, modal, until the user prints or closes it; the paper size chosen is kept for
    // the next time. `fileStem` suggests the PDF's name. Says in a message box what failed.
    static void preview(QWidget* parent, const CoordinatorDocument& document, const QString& fileStem);

    // Asks for a file and writes the document as a PDF of the given paper size; false when cancelled or
    // failed (said in a message box).
    static bool saveAsPdf(QWidget* parent, const CoordinatorDocument& document, const QString& fileStem,
                          PaperSize size);

    // What the preview and the printer are asked to paint: the document laid out for the printer's page.
    static Status paint(QPrinter* printer, const CoordinatorDocument& document);

    // The paper the window prints on (A4 or Letter): the last one chosen in a page setup, else the usual
    // paper of the user's country.
    static PaperSize preferredPaper();
    // A4 or Letter for a page layout (another size: the nearer of the two).
    static PaperSize paperOf(const QPageLayout& layout);
    // The printer set up for the document: the paper, portrait, 18 mm margins as the PDFs have.
    static void setUp(QPrinter& printer, const CoordinatorDocument& document, PaperSize size);

    // Tests only: the next preview does not open; it paints on a QPrinter writing a PDF at `pdfPath`
    // on `size` paper, as the preview's Print would. An empty path takes such an answer back.
    static void setNextPreviewOutput(const QString& pdfPath, PaperSize size = PaperSize::A4);
};

} // namespace sd
