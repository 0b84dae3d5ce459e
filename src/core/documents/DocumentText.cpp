#include "documents/DocumentText.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace sd {

namespace {

// English dates (en_GB) unless the document's translation names the locale of its language, so that
// a certificate printed in Spanish reads "12 de marzo de 2025" (documents/DocumentLanguage).
QLocale documentLocale()
{
    //: The locale whose month and day names the documents' dates use: this language's, e.g. es_MX.
    return QLocale(Documents::tr("en_GB"));
}

} // namespace

QString documentDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    //: A date in documents, as QLocale::toString formats it; Spanish: d 'de' MMMM 'de' yyyy.
    return documentLocale().toString(date, Documents::tr("d MMMM yyyy"));
}

QString documentDateRange(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || start == end)
        return documentDate(start.isValid() ? start : end);
    if (start.year() == end.year() && start.month() == end.month()) {
        //: Days of one month: %1 the first day's number, %2 the last date in full ("13–15 March 2017").
        return Documents::tr("%1–%2").arg(QString::number(start.day()), documentDate(end));
    }
    //: Dates that span months: %1 the first date, %2 the last ("28 February – 2 March 2017").
    const QString range = Documents::tr("%1 – %2");
    if (start.year() == end.year()) {
        //: The first date of a range within one year, without the year; Spanish: d 'de' MMMM.
        return range.arg(documentLocale().toString(start, Documents::tr("d MMMM")), documentDate(end));
    }
    return range.arg(documentDate(start), documentDate(end));
}

QString documentSessionDate(const Session& session)
{
    //: A session's date on sign-in sheets; Spanish: dddd d 'de' MMMM 'de' yyyy.
    const QString day = documentLocale().toString(session.date, Documents::tr("dddd d MMMM yyyy"));
    switch (session.part) {
    case SessionPart::FullDay:
        return day;
    case SessionPart::Morning:
        return Documents::tr("%1, morning").arg(day);
    case SessionPart::Afternoon:
        return Documents::tr("%1, afternoon").arg(day);
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

QString documentLanguage()
{
    //: The code of the language of this translation (es for Spanish): the printed documents pick the
    //: privacy notice in this language.
    return Documents::tr("en");
}

} // namespace sd
