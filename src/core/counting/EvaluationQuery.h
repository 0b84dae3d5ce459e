#pragma once

#include "common/Result.h"
#include "counting/EvaluationTable.h"
#include "counting/ParticipantFilter.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QList>

namespace sd {

class Database;

// The evaluation indicators of a project (docs/counting.md, "Evaluation"), computed in SQL under the
// same rule as the attendance tables: only participations count, a person who took part (present or
// late at one session or more) in an activity of the project. Each table is one statement.
class EvaluationQuery
{
    Q_DECLARE_TR_FUNCTIONS(sd::EvaluationQuery)

public:
    // One participation behind an evaluation number: a person in an activity.
    struct Participation
    {
        Id participantId = 0;
        Id activityId = 0;
        bool operator==(const Participation&) const = default;
    };

    explicit EvaluationQuery(Database& database);

    // The evaluation table of a project by `by`, with totals over every participation once. With a
    // period, only the participations with a session attended in it count.
    Result<EvaluationTable> evaluation(Id projectId, ResultsKey by, const ResultsPeriod& period = {}) const;

    // The participations behind a count: those under the filter (as the row's key) that its
    // indicator counts (took_part when it has none), ordered by person then activity. With a row's
    // filter, as many as the row's number for that indicator.
    Result<QList<Participation>> participations(Id projectId, const ParticipantFilter& filter) const;
    // The persons of those participations, each once, ascending.
    Result<QList<Id>> participantIds(Id projectId, const ParticipantFilter& filter) const;

private:
    Database& m_database;
};

} // namespace sd
