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

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QString documentDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return english().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString documentDateRange(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || start == end)
        return documentDate(start.isValid() ? start : end);
    const QLocale locale = english();
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
    const QString day = english().toString(session.date, QStringLiteral("dddd d MMMM yyyy"));
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
