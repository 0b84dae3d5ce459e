#pragma once

#include "counting/EvaluationIndicator.h"
#include "counting/EvaluationTable.h"
#include "counting/ResultsTable.h"

#include <QString>
#include <optional>

namespace sd {

// Which persons stand behind a number of a results table: each set field narrows the list, and
// the activity-level fields (activity, component, expert country) must hold for the same activity.
// Values are the keys of the results rows; an empty institution, institution type or region
// means "none recorded" (the "(no institution)" and "(not stated)" rows).
struct ParticipantFilter
{
    std::optional<QString> activityCode;
    std::optional<QString> componentNumber;
    std::optional<QString> institution;     // acronym or name, as in the institution row's key
    std::optional<QString> institutionType; // type code, e.g. "federal"
    std::optional<QString> gender;          // gender code, e.g. "female"
    std::optional<QString> region;
    std::optional<QString> expertCountry;
    std::optional<QString> year;    // a row of the table by year: took part at a session of that year
    std::optional<QString> quarter; // a row of the table by quarter, e.g. "2017-Q4"
    // Only sessions in this period count (the table's period); whole by default.
    ResultsPeriod period;
    // Only for the evaluation tables (EvaluationQuery): the participations that this count of the
    // row counts. ResultsQuery does not read it.
    std::optional<EvaluationIndicator> indicator;

    // The persons behind a row of a table broken down by `key`: as many as the row's unique
    // participants.
    static ParticipantFilter forRow(ResultsKey key, const ResultsRow& row);
    // The persons behind a row of `table`, in the table's period.
    static ParticipantFilter forRow(const ResultsTable& table, const ResultsRow& row);
    // The participations behind a row of an evaluation table, in the table's period; set `indicator`
    // for the count wanted (took_part when unset).
    static ParticipantFilter forRow(const EvaluationTable& table, const EvaluationRow& row);
};

} // namespace sd
