#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

class Database;

// The evaluation answers of an activity's enrolled persons (docs/schema.md, `evaluation`): read as a
// sheet, one line per enrolment, and written in one transaction that checks them against the
// activity's design as the file holds it at the time of writing.
class EvaluationStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::EvaluationStore)

public:
    // One enrolled person of the activity and their answers, if any.
    struct Line
    {
        Id enrolmentId = 0;
        Id participantId = 0;
        QString givenNames;
        QString familyNames;
        int sessionsAttended = 0;                 // present or late: the person took part when > 0
        std::optional<EvaluationAnswers> answers; // none stored yet
    };

    explicit EvaluationStore(Database& database);

    // The activity's enrolled persons in family-name order (as every list orders names, NameCollation.h),
    // with their answers.
    Result<QList<Line>> sheet(Id activityId) const;

    // The problem with one person's answers under the activity's design, or an empty text: a score
    // below 0 or above the test's maximum, a score where the activity has no knowledge test, a
    // satisfaction item outside 1-5. `who` names the person in the message.
    static QString problemWith(const EvaluationAnswers& answers, const Activity& design, const QString& who);

    // Writes each person's answers (an empty one removes the row), in one transaction. Every
    // enrolment must belong to `activityId`, and every answer must fit the activity's design read
    // inside the transaction; otherwise nothing is written. Row versions are moved on, not checked:
    // callers that edit what they read check them first (in the same transaction).
    Status put(Id activityId, const QList<EvaluationAnswers>& answers);

private:
    Database& m_database;
};

} // namespace sd
