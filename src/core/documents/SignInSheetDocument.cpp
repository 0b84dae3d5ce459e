#include "documents/SignInSheetDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Documents", text);
}

constexpr qreal kSignatureRowMm = 9; // room for a signature by hand

} // namespace

SignInSheetDocument::SignInSheetDocument(SignInSheetData sheet)
    : m_sheet(std::move(sheet))
{
}

QString SignInSheetDocument::title() const
{
    return tr("Sign-in sheets, %1 %2").arg(m_sheet.activity.code, m_sheet.activity.title);
}

QString SignInSheetDocument::footerText() const
{
    return tr("Sign-in sheet, %1 %2").arg(m_sheet.activity.projectCode, m_sheet.activity.code);
}

void SignInSheetDocument::compose(PageComposer& composer) const
{
    if (m_sheet.sessions.isEmpty()) {
        // An activity without sessions still gets a sheet, with the date left to fill in by hand.
        composeSession(composer, QString());
        return;
    }
    for (const Session& session : m_sheet.sessions)
        composeSession(composer, documentSessionDate(session));
}

void SignInSheetDocument::composeSession(PageComposer& composer, const QString& date) const
{
    const DocumentActivity& activity = m_sheet.activity;
    const QString shownDate = date.isEmpty() ? QStringLiteral("____________________") : date;
    composer.setRunningHeader(QString());
    composer.startPage();
    composer.setRunningHeader(
        tr("Sign-in sheet, %1 %2, %3 (continued)").arg(activity.code, activity.title, shownDate));

    composer.heading(tr("Sign-in sheet"), QStringLiteral("%1 %2").arg(activity.code, activity.title), 13, 3);
    const QFont detailFont = PageComposer::font(10);
    composer.paragraph(tr("Date: %1").arg(shownDate), detailFont);
    composer.paragraph(
        tr("Venue: %1")
            .arg(activity.venue().isEmpty() ? QStringLiteral("____________________") : activity.venue()),
        detailFont);
    composer.paragraph(tr("Project: %1, %2").arg(activity.projectCode, activity.projectTitle), detailFont);
    composer.space(composer.millimetres(2));
    composer.paragraph(tr("Please sign on the line with your name. Not on the list? Write your name and "
                          "institution on an empty line at the end."),
                       PageComposer::font(9, false, true));
    composer.space(composer.millimetres(4));

    const QList<PageComposer::Column> columns{
        {tr("No."), 7, Qt::AlignRight},
        {tr("Name"), 32},
        {tr("Institution"), 30},
        {tr("Signature"), 32},
    };
    QList<PageComposer::Row> rows;
    int number = 0;
    for (const DocumentPerson& person : m_sheet.enrolled)
        rows.append(
            {{QString::number(++number), person.listName(), person.institutionShort(), QString()}, false});
    for (int walkIn = 0; walkIn < m_sheet.walkInRows; ++walkIn)
        rows.append({{QString::number(++number), QString(), QString(), QString()}, false});
    PageComposer::TableStyle style;
    style.font = PageComposer::font(10);
    style.headerFont = PageComposer::font(10, true);
    style.minimumRowHeightMm = kSignatureRowMm;
    composer.table(columns, rows, style);
}

} // namespace sd
