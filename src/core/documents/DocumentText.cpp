#include "documents/DocumentText.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Documents", text);
}

// English dates (en_GB) unless the installed translation names the locale of its language, so that
// a certificate printed from the Spanish window reads "12 marzo 2025"; the command line stays English.
QLocale documentLocale()
{
    //: The locale whose month and day names the documents' dates use: this language's, e.g. es_MX.
    return QLocale(tr("en_GB"));
}

} // namespace

QString documentDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return documentLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString documentDateRange(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || start == end)
        return documentDate(start.isValid() ? start : end);
    const QLocale locale = documentLocale();
    const QChar dash(0x2013);
    if (start.year() == end.year() && start.month() == end.month())
        return QStringLiteral("%1%2%3").arg(QString::number(start.day()), dash, documentDate(end));
    if (start.year() == end.year())
        return QStringLiteral("%1 %2 %3")
            .arg(locale.toString(start, QStringLiteral("d MMMM")), dash, documentDate(end));
    return QStringLiteral("%1 %2 %3").arg(documentDate(start), dash, documentDate(end));
}

QString documentSessionDate(const Session& session)
{
    const QString day = documentLocale().toString(session.date, QStringLiteral("dddd d MMMM yyyy"));
    switch (session.part) {
    case SessionPart::FullDay:
        return day;
    case SessionPart::Morning:
        return tr("%1, morning").arg(day);
    case SessionPart::Afternoon:
        return tr("%1, afternoon").arg(day);
    }
    return day;
}

QString documentDays(double days)
{
    if (days == std::trunc(days))
        return QString::number(qint64(days));
    return QString::number(days, 'f', 1);
}

QString documentRate(double percent)
{
    // The small allowance keeps a rate of exactly 3 of 5 sessions (60.000000000000007) at 60.
    return QStringLiteral("%1 %").arg(qint64(std::floor(percent + 1e-9)));
}

} // namespace sd
