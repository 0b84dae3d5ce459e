#include "counting/ResultsTable.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace sd {
namespace {

constexpr std::array<std::pair<ResultsKey, const char*>, 7> kKeyCodes{{
    {ResultsKey::Activity, "activity"},
    {ResultsKey::Component, "component"},
    {ResultsKey::Institution, "institution"},
    {ResultsKey::InstitutionType, "institution-type"},
    {ResultsKey::Gender, "gender"},
    {ResultsKey::Region, "region"},
    {ResultsKey::ExpertCountry, "expert-country"},
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
    }
    return {};
}

} // namespace sd
