#include "documents/CoordinatorDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

// Fonts exist only under a QGuiApplication; without one Qt would abort the program.
Status checkFontsAvailable()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return Error::badInput(
            Documents::tr("Documents can only be drawn by a program that started Qt's graphical "
                          "application; run 'seminardesk-cli print' or print from the window."));
    return {};
}

} // namespace

Status CoordinatorDocument::render(QPagedPaintDevice* device) const
{
    if (Status available = checkFontsAvailable(); !available)
        return available;
    PageComposer composer(device);
    {
        const DocumentLanguageScope inLanguage(m_language);
        compose(composer);
    }
    QPainter painter;
    if (!painter.begin(device))
        return Error::badInput(
            Documents::tr("Could not start drawing \"%1\"; check that the printer or the file can be "
                          "written, then try again.")
                .arg(title()));
    painter.setRenderHint(QPainter::Antialiasing);
    Status painted = [&] {
        const DocumentLanguageScope inLanguage(m_language);
        return composer.paint(painter, device, footerText());
    }();
    if (!painter.end() && painted)
        return Error::badInput(
            Documents::tr(
                "Could not finish \"%1\"; check the free disk space and the printer, then try again.")
                .arg(title()));
    spdlog::info("document: {} pages", composer.pageCount());
    return painted;
}

int CoordinatorDocument::pageCount(QPagedPaintDevice* device) const
{
    if (!checkFontsAvailable())
        return 0;
    PageComposer composer(device);
    const DocumentLanguageScope inLanguage(m_language);
    compose(composer);
    return composer.pageCount();
}

void CoordinatorDocument::activityHeading(PageComposer& composer, const QString& what,
                                          const DocumentActivity& activity)
{
    composer.setRunningHeader(
        Documents::tr("%1, %2 %3 (continued)").arg(what, activity.code, activity.title));
    composer.heading(what, QStringLiteral("%1 %2").arg(activity.code, activity.title), 14, 3);
    const QFont detailFont = PageComposer::font(10);
    composer.paragraph(Documents::tr("Project: %1, %2").arg(activity.projectCode, activity.projectTitle),
                       detailFont);
    composer.paragraph(
        Documents::tr("Dates: %1").arg(documentDateRange(activity.startDate, activity.endDate)), detailFont);
    if (!activity.venue().isEmpty())
        composer.paragraph(Documents::tr("Venue: %1").arg(activity.venue()), detailFont);
}

} // namespace sd
