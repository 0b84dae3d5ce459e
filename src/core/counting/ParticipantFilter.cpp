#include "counting/ParticipantFilter.h"

#include <utility>

namespace sd {
namespace {

// The field a row's key fills, for each breakdown.
using FilterField = std::optional<QString> ParticipantFilter::*;

constexpr std::pair<ResultsKey, FilterField> kRowFields[] = {
    {ResultsKey::Activity, &ParticipantFilter::activityCode},
    {ResultsKey::Component, &ParticipantFilter::componentNumber},
    {ResultsKey::Institution, &ParticipantFilter::institution},
    {ResultsKey::InstitutionType, &ParticipantFilter::institutionType},
    {ResultsKey::Gender, &ParticipantFilter::gender},
    {ResultsKey::Region, &ParticipantFilter::region},
    {ResultsKey::ExpertCountry, &ParticipantFilter::expertCountry},
    {ResultsKey::Year, &ParticipantFilter::year},
    {ResultsKey::Quarter, &ParticipantFilter::quarter},
};

ParticipantFilter filterForKey(ResultsKey key, const QString& rowKey)
{
    ParticipantFilter filter;
    for (const auto& [breakdown, field] : kRowFields) {
        if (breakdown == key)
            filter.*field = rowKey;
    }
    return filter;
}

} // namespace

ParticipantFilter ParticipantFilter::forRow(ResultsKey key, const ResultsRow& row)
{
    return filterForKey(key, row.key);
}

ParticipantFilter ParticipantFilter::forRow(const ResultsTable& table, const ResultsRow& row)
{
    ParticipantFilter filter = forRow(table.by, row);
    filter.period = table.period;
    return filter;
}

ParticipantFilter ParticipantFilter::forRow(const EvaluationTable& table, const EvaluationRow& row)
{
    ParticipantFilter filter = filterForKey(table.by, row.key);
    filter.period = table.period;
    return filter;
}

} // namespace sd
