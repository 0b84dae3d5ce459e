#include "counting/ParticipantFilter.h"

namespace sd {

ParticipantFilter ParticipantFilter::forRow(ResultsKey key, const ResultsRow& row)
{
    ParticipantFilter filter;
    switch (key) {
    case ResultsKey::Activity:
        filter.activityCode = row.key;
        break;
    case ResultsKey::Component:
        filter.componentNumber = row.key;
        break;
    case ResultsKey::Institution:
        filter.institution = row.key;
        break;
    case ResultsKey::InstitutionType:
        filter.institutionType = row.key;
        break;
    case ResultsKey::Gender:
        filter.gender = row.key;
        break;
    case ResultsKey::Region:
        filter.region = row.key;
        break;
    case ResultsKey::ExpertCountry:
        filter.expertCountry = row.key;
        break;
    }
    return filter;
}

} // namespace sd
