#include "counting/ResultsTable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <cmath>
#include <utility>

namespace sd {
namespace {

constexpr std::array<std::pair<ResultsKey, const char*>, 9> kKeyCodes{{
    {ResultsKey::Activity, "activity"},
    {ResultsKey::Component, "component"},
    {ResultsKey::Institution, "institution"},
    {ResultsKey::InstitutionType, "institution-type"},
    {ResultsKey::Gender, "gender"},
    {ResultsKey::Region, "region"},
    {ResultsKey::ExpertCountry, "expert-country"},
    {ResultsKey::Year, "year"},
    {ResultsKey::Quarter, "quarter"},
}};

} // namespace

QString resultsKeyCode(ResultsKey key)
{
    for (const auto& [value, code] : kKeyCodes) {
        if (value == key)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<ResultsKey> resultsKeyFromCode(const QString& code)
{
    for (const auto& [value, text] : kKeyCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<ResultsKey> allResultsKeys()
{
    QList<ResultsKey> keys;
    for (const auto& entry : kKeyCodes)
        keys.append(entry.first);
    return keys;
}

QString resultsKeyLabel(ResultsKey key)
{
    switch (key) {
    case ResultsKey::Activity:
        return QCoreApplication::translate("sd::ResultsTable", "Activity");
    case ResultsKey::Component:
        return QCoreApplication::translate("sd::ResultsTable", "Component");
    case ResultsKey::Institution:
        return QCoreApplication::translate("sd::ResultsTable", "Institution");
    case ResultsKey::InstitutionType:
        return QCoreApplication::translate("sd::ResultsTable", "Institution type");
    case ResultsKey::Gender:
        return QCoreApplication::translate("sd::ResultsTable", "Gender");
    case ResultsKey::Region:
        return QCoreApplication::translate("sd::ResultsTable", "Region");
    case ResultsKey::ExpertCountry:
        return QCoreApplication::translate("sd::ResultsTable", "Expert country");
    case ResultsKey::Year:
        return QCoreApplication::translate("sd::ResultsTable", "Year");
    case ResultsKey::Quarter:
        return QCoreApplication::translate("sd::ResultsTable", "Quarter");
    }
    return {};
}

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0;
}

QString ResultsPeriod::fromText() const
{
    return from.isNull() ? QStringLiteral("0000-01-01") : from.toString(Qt::ISODate);
}

QString ResultsPeriod::toText() const
{
    return to.isNull() ? QStringLiteral("9999-12-31") : to.toString(Qt::ISODate);
}

ResultsPeriod ResultsPeriod::intersected(const ResultsPeriod& other) const
{
    ResultsPeriod both = *this;
    if (!other.from.isNull() && (both.from.isNull() || other.from > both.from))
        both.from = other.from;
    if (!other.to.isNull() && (both.to.isNull() || other.to < both.to))
        both.to = other.to;
    return both;
}

std::optional<ResultsPeriod> ResultsPeriod::ofYear(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    return ResultsPeriod{QDate(year, 1, 1), QDate(year, 12, 31)};
}

std::optional<ResultsPeriod> ResultsPeriod::ofQuarter(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-Q([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int first = (match.captured(2).toInt() - 1) * 3 + 1;
    const QDate start(year, first, 1);
    return ResultsPeriod{start, start.addMonths(3).addDays(-1)};
}

QString ResultsPeriod::describe() const
{
    const QString start = from.toString(Qt::ISODate);
    const QString end = to.toString(Qt::ISODate);
    if (!from.isNull() && !to.isNull())
        return QCoreApplication::translate("sd::ResultsTable", "from %1 to %2").arg(start, end);
    if (!from.isNull())
        return QCoreApplication::translate("sd::ResultsTable", "from %1").arg(start);
    if (!to.isNull())
        return QCoreApplication::translate("sd::ResultsTable", "to %1").arg(end);
    return {};
}

QString periodRowLabel(ResultsKey key, const QString& rowKey)
{
    if (key == ResultsKey::Quarter && ResultsPeriod::ofQuarter(rowKey)) {
        //: A calendar quarter as a row of a results table: %1 the quarter (1-4), %2 the year.
        return QCoreApplication::translate("sd::ResultsTable", "Q%1 %2").arg(rowKey.right(1), rowKey.left(4));
    }
    return rowKey;
}

} // namespace sd
