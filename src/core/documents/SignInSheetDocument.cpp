#include "documents/SignInSheetDocument.h"

#include "documents/CertificateDesign.h"
#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>

namespace sd {

namespace {

constexpr qreal kSignatureRowMm = 9; // room for a signature by hand

} // namespace

SignInSheetDocument::SignInSheetDocument(SignInSheetData sheet)
    : m_sheet(std::move(sheet))
{
}

QString SignInSheetDocument::title() const
{
    return Documents::tr("Sign-in sheets, %1 %2").arg(m_sheet.activity.code, m_sheet.activity.title);
}

QString SignInSheetDocument::footerText() const
{
    return Documents::tr("Sign-in sheet, %1 %2").arg(m_sheet.activity.projectCode, m_sheet.activity.code);
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
        Documents::tr("Sign-in sheet, %1 %2, %3 (continued)").arg(activity.code, activity.title, shownDate));

    composer.heading(Documents::tr("Sign-in sheet"),
                     QStringLiteral("%1 %2").arg(activity.code, activity.title), 13, 3);
    const QFont detailFont = PageComposer::font(10);
    composer.paragraph(Documents::tr("Date: %1").arg(shownDate), detailFont);
    composer.paragraph(
        Documents::tr("Venue: %1")
            .arg(activity.venue().isEmpty() ? QStringLiteral("____________________") : activity.venue()),
        detailFont);
    composer.paragraph(Documents::tr("Project: %1, %2").arg(activity.projectCode, activity.projectTitle),
                       detailFont);
    composer.space(composer.millimetres(2));
    composer.paragraph(Documents::tr("Please sign on the line with your name. Not on the list? Fill in a "
                                     "line of the second table with your details."),
                       PageComposer::font(9, false, true));
    // The project's privacy notice, which Mexican law asks for where personal data is collected.
    if (const QString notice = CertificateDesign::inLanguage(m_sheet.privacyNoticeEs, m_sheet.privacyNoticeEn,
                                                             documentLanguage());
        !notice.isEmpty()) {
        composer.space(composer.millimetres(2));
        composer.paragraph(Documents::tr("Privacy notice: %1").arg(notice), PageComposer::font(8));
    }
    composer.space(composer.millimetres(4));

    PageComposer::TableStyle style;
    style.font = PageComposer::font(10);
    style.headerFont = PageComposer::font(10, true);
    style.minimumRowHeightMm = kSignatureRowMm;
    const QList<PageComposer::Column> columns{
        {Documents::tr("No."), 7, Qt::AlignRight},
        {Documents::tr("Name"), 32},
        {Documents::tr("Institution"), 30},
        {Documents::tr("Signature"), 32},
    };
    QList<PageComposer::Row> rows;
    int number = 0;
    for (const DocumentPerson& person : m_sheet.enrolled)
        rows.append(
            {{QString::number(++number), person.listName(), person.institutionShort(), QString()}, false});
    if (!rows.isEmpty())
        composer.table(columns, rows, style);
    if (m_sheet.walkInRows == 0)
        return;

    // Walk-ins write what the register and the results need of them, so that they can be entered
    // afterwards like anyone enrolled: gender for the results by gender, position and email for the
    // certificate and for reaching them.
    composer.space(composer.millimetres(6));
    // The heading stays with the table's header and first two lines.
    composer.ensureSpace(composer.millimetres(18 + 3 * kSignatureRowMm));
    composer.paragraph(Documents::tr("Not on the list"), PageComposer::font(11, true));
    composer.paragraph(Documents::tr("Please write your name, institution, position, gender (F, M or "
                                     "other) and email, and sign."),
                       PageComposer::font(9, false, true));
    composer.space(composer.millimetres(2));
    // One column a line, so that the table reads as the sheet does.
    // clang-format off
    const QList<PageComposer::Column> walkInColumns{
        {Documents::tr("No."), 6, Qt::AlignRight},
        {Documents::tr("Name"), 22},
        {Documents::tr("Institution"), 18},
        {Documents::tr("Position"), 14},
        {Documents::tr("Gender"), 13},
        {Documents::tr("Email"), 21},
        {Documents::tr("Signature"), 20},
    };
    // clang-format on
    QList<PageComposer::Row> walkIns;
    for (int walkIn = 0; walkIn < m_sheet.walkInRows; ++walkIn)
        walkIns.append(
            {{QString::number(++number), QString(), QString(), QString(), QString(), QString(), QString()},
             false});
    composer.table(walkInColumns, walkIns, style);
}

} // namespace sd
