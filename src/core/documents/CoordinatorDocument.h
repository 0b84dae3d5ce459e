#pragma once

#include "common/Result.h"
#include "documents/DocumentRecords.h"
#include "documents/PdfOutput.h"
#include "domain/Language.h"

#include <QPageLayout>
#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace sd {

class PageComposer;

// A document a coordinator prints: a certificate, a summary, a list, a sign-in sheet. It renders on
// any paged device, so the same object writes a PDF (writePdf) and, in the window, paints the QPrinter
// of a print preview. Needs a QGuiApplication (fonts).
class CoordinatorDocument
{
public:
    virtual ~CoordinatorDocument() = default;

    // The document's name: the PDF's title, the print job's name.
    virtual QString title() const = 0;
    // The left part of every page's footer ("Sign-in sheet, MX-II 2.1"); holds no personal data.
    virtual QString footerText() const = 0;
    // The page the document asks for (a project's certificate design), where the window's print
    // preview starts; none: the window's usual paper, portrait.
    virtual std::optional<PaperSize> preferredPaper() const { return std::nullopt; }
    virtual QPageLayout::Orientation preferredOrientation() const { return QPageLayout::Portrait; }

    // Lays the document out for the device's page layout (size, margins) and paints every page with
    // "Page x of y" in its footer. The device is asked for new pages; the painter is begun and ended here.
    Status render(QPagedPaintDevice* device) const;
    // How many pages the document takes on the device, without painting it.
    int pageCount(QPagedPaintDevice* device) const;

    // The language of the document's fixed texts (documents/DocumentLanguage); none: the application's.
    // The programme's texts come in the language DocumentData read them in.
    void setLanguage(std::optional<Language> language) { m_language = language; }
    std::optional<Language> language() const { return m_language; }

protected:
    virtual void compose(PageComposer& composer) const = 0;

    // The top of a document about one activity: `what` ("Participant list") in large type, the
    // activity's code and title below it, then its project, dates and venue; the pages it runs onto
    // start with "what, code title (continued)".
    static void activityHeading(PageComposer& composer, const QString& what,
                                const DocumentActivity& activity);

private:
    std::optional<Language> m_language;
};

} // namespace sd
