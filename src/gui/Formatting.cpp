#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace sd {

QString dateRangeText(const QDate& start, const QDate& end)
{
    const QLocale locale;
    const QString full = QStringLiteral("d MMM yyyy");
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return locale.toString(start, full);
    QString from;
    if (start.year() != end.year())
        from = locale.toString(start, full);
    else if (start.month() != end.month())
        from = locale.toString(start, QStringLiteral("d MMM"));
    else
        from = locale.toString(start, QStringLiteral("d"));
    return QCoreApplication::translate("sd::Formatting", "%1 – %2").arg(from, locale.toString(end, full));
}

QString dayText(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString daysText(double days)
{
    const bool whole = std::fmod(days, 1.0) == 0.0;
    return QLocale().toString(days, 'f', whole ? 0 : 1);
}

} // namespace sd
