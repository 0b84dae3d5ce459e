#include "documents/EvaluationReportData.h"

#include "counting/EvaluationQuery.h"
#include "documents/DocumentData.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/TableRows.h"

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

// The tenth of the maximum a score falls in: 0-10 % is 0, ..., 90-100 % is 9 (100 % included).
int tenthOf(double score, double maximum)
{
    const int tenth = static_cast<int>(std::floor(score / maximum * 10.0));
    return std::clamp(tenth, 0, 9);
}

} // namespace

Result<EvaluationReportData> readEvaluationReport(Database& database, Id activityId)
{
    const QString doing = DocumentData::tr("reading the evaluation of an activity");
    EvaluationReportData data;
    Result<DocumentActivity> facts = DocumentData(database).activity(activityId);
    if (!facts)
        return facts.error();
    data.activity = std::move(facts).value();
    Result<std::optional<Activity>> design = rows::find<Activity>(database, activityId, doing);
    if (!design)
        return design.error();
    if (!design->has_value())
        return Error::notFound(DocumentData::tr("The activity is no longer in the file."));
    data.testMaxScore = (*design)->testMaxScore;
    data.masteryThresholdPct = (*design)->masteryThresholdPct;
    data.satisfactionSurvey = (*design)->satisfactionSurvey;
    data.followUp = (*design)->followUp;

    // The activity's row of the evaluation table, so that the report says what the tables say.
    Result<EvaluationTable> table =
        EvaluationQuery(database).evaluation((*design)->projectId, ResultsKey::Activity);
    if (!table)
        return table.error();
    for (const EvaluationRow& row : table->rows) {
        if (row.key == (*design)->code)
            data.counts = row;
    }

    if (data.testMaxScore > 0) {
        Statement scores(
            database,
            "SELECT v.pre_score, v.post_score FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id"
            " WHERE e.activity_id = ? AND e.sessions_attended > 0",
            doing);
        scores.bind(1, activityId);
        while (scores.next()) {
            if (!scores.isNull(0))
                ++data.preSpread[static_cast<std::size_t>(tenthOf(scores.real(0), data.testMaxScore))];
            if (!scores.isNull(1))
                ++data.postSpread[static_cast<std::size_t>(tenthOf(scores.real(1), data.testMaxScore))];
        }
        if (!scores.status())
            return scores.status().error();
    }
    Statement comments(database,
                       "SELECT v.comment FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id"
                       " WHERE e.activity_id = ? AND e.sessions_attended > 0 AND v.comment <> ''",
                       doing);
    comments.bind(1, activityId);
    while (comments.next())
        data.comments.append(comments.text(0));
    if (!comments.status())
        return comments.status().error();
    std::sort(data.comments.begin(), data.comments.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return data;
}

} // namespace sd
