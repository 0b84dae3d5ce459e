#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "export/ParticipantExport.h"
#include "export/Table.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace sd {

class Database;

// One participation in an evaluated activity, as `participants --evaluation` exports it: who (or
// their pseudonym), the activity, the attributes the results tables break down by, and the answers.
struct EvaluationExportRow
{
    Id participantId = 0; // 0 once pseudonymised
    QString pseudonym;    // set when pseudonymised
    QString givenNames;   // named only
    QString familyNames;  // named only
    QString activityCode;
    Gender gender = Gender::NotStated;
    QString institution;
    QString institutionAcronym;
    QString institutionType; // type code, empty when no institution
    QString region;
    std::optional<double> preScore;
    std::optional<double> postScore;
    std::optional<double> prePct; // percent of the activity's maximum score
    std::optional<double> postPct;
    // overall, relevance, experts, organisation, recommend; 1-5
    std::array<std::optional<int>, 5> satisfaction{};
    std::optional<AppliedAnswer> applied;
    QString comment; // named only: free text may name people
};

// The evaluation answers of a project's participations, for the evaluator: one row per person and
// activity with an evaluation design (a test, the questionnaire or the follow-up) that the person took
// part in (present or late at one session or more, docs/counting.md), with empty cells for what they
// did not answer. Read in one statement. Pseudonymised, a row keeps the activity, gender, institution
// and region, replaces who the person is with the same pseudonym as the pseudonymised participant
// list, and carries no comment: free text may name the writer or others (docs/exports.md).
class EvaluationExport
{
public:
    explicit EvaluationExport(Database& database);

    // The participations of project `projectId`, of activity `activityId` only when not 0, of the
    // persons `ids` only when given; by person, then activity date and code.
    Result<QList<EvaluationExportRow>> load(Id projectId, Id activityId, const std::optional<QList<Id>>& ids,
                                            ParticipantExport::Persons persons) const;

    // Replaces who the persons are with their pseudonyms (Pseudonymiser::forProject) and drops the comments;
    // the rows are then ordered by pseudonym, so that their order says nothing of the ids.
    static void pseudonymise(QList<EvaluationExportRow>& rows, const Pseudonymiser& pseudonymiser);

    static Table toTable(const QList<EvaluationExportRow>& rows, bool pseudonymised,
                         ParticipantExport::Headings headings);
    // An array of objects, one a row, keys in the order of the table's columns; empty answers are null.
    static QByteArray toJson(const QList<EvaluationExportRow>& rows, bool pseudonymised);

private:
    Database& m_database;
};

} // namespace sd
