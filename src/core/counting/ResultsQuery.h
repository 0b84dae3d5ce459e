#pragma once

#include "common/Result.h"
#include "counting/ParticipantFilter.h"
#include "counting/ResultsTable.h"
#include "counting/SmallCells.h"
#include "domain/Language.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QList>

namespace sd {

class Database;

// The evaluator's numbers, computed in SQL under the counting rules of docs/counting.md: a participant
// took part in an activity when marked present or late at one of its sessions or more;
// participations add up who took part in each activity, unique participants count each person
// once, participant-days count present or late sessions (a half day counts 0.5).
// Each table is one statement that aggregates the attendance marks once, by enrolment.
class ResultsQuery
{
    Q_DECLARE_TR_FUNCTIONS(sd::ResultsQuery)

public:
    // The rows' labels and the project's title in `language` (domain/Language), falling back to the other
    // form where one is empty; the rows' keys (codes, numbers, acronyms) are the same in both.
    explicit ResultsQuery(Database& database, Language language = Language::English);

    // One results table of a project, with totals over the whole project and notes on how its
    // rows add up. With a period, only the sessions held in it count (docs/counting.md, "Periods").
    // Rows that could single a person out are named in a note, and blanked on request (SmallCells).
    Result<ResultsTable> results(Id projectId, ResultsKey by, const ResultsPeriod& period = {},
                                 const SmallCellOptions& smallCells = {}) const;

    // The persons (participant ids, ascending) behind a number: those who took part in an activity
    // of the project under the filter (in its period). With the filter of a row, as many as its unique
    // participants.
    Result<QList<Id>> participantIds(Id projectId, const ParticipantFilter& filter) const;

private:
    Database& m_database;
    Language m_language;
};

} // namespace sd
