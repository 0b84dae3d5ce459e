#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>
#include <cstdlib>

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

QString headingOnTwoLines(const QString& title)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < title.size(); ++i) {
        const bool breaks =
            title.at(i) == QLatin1Char(' ') || (title.at(i) == QLatin1Char('-') && i + 1 < title.size());
        if (breaks && (best < 0 || std::abs(title.size() / 2 - i) < std::abs(title.size() / 2 - best)))
            best = i;
    }
    if (best < 0)
        return title;
    if (title.at(best) == QLatin1Char(' '))
        return title.left(best) + QLatin1Char('\n') + title.mid(best + 1);
    return title.left(best + 1) + QLatin1Char('\n') + title.mid(best + 1);
}

QString resultsRowHeading(ResultsKey by, const QString& key, const QString& label)
{
    switch (by) {
    case ResultsKey::Activity:
    case ResultsKey::Component:
        return key + QStringLiteral("  ") + label;
    case ResultsKey::Institution:
        if (!key.isEmpty() && key != label)
            return QCoreApplication::translate("sd::ResultsTableModel", "%1 (%2)").arg(label, key);
        return label;
    default:
        return label;
    }
}

} // namespace sd
