#include "documents/EvaluationReportData.h"

#include "counting/EvaluationQuery.h"
#include "documents/DocumentData.h"
#include "documents/EvaluationChartData.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/TableRows.h"

#include <algorithm>

namespace sd {

Result<EvaluationReportData> readEvaluationReport(Database& database, Id activityId, Language language)
{
    const QString doing = DocumentData::tr("reading the evaluation of an activity");
    EvaluationReportData data;
    Result<DocumentActivity> facts = DocumentData(database, language).activity(activityId);
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

    // The spread of the scores as the activity's page charts it.
    Result<EvaluationChartData> charts = readEvaluationCharts(database, **design);
    if (!charts)
        return charts.error();
    data.preSpread = charts->preSpread;
    data.postSpread = charts->postSpread;

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
