#include "documents/EvaluationChartData.h"

#include "documents/DocumentData.h"
#include "storage/Statement.h"

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

// The tenth of the maximum a score falls in: 0-10 % is 0, ..., 90-100 % is 9 (100 % included).
std::size_t tenthOf(double score, double maximum)
{
    const int tenth = static_cast<int>(std::floor(score / maximum * 10.0));
    return static_cast<std::size_t>(std::clamp(tenth, 0, EvaluationChartData::kTenths - 1));
}

Status readScores(Database& database, Id activityId, EvaluationChartData& data, const QString& doing)
{
    Statement scores(
        database,
        "SELECT v.pre_score, v.post_score FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id"
        " WHERE e.activity_id = ? AND e.sessions_attended > 0",
        doing);
    scores.bind(1, activityId);
    double preSum = 0.0;
    double postSum = 0.0;
    while (scores.next()) {
        const bool hasPre = !scores.isNull(0);
        const bool hasPost = !scores.isNull(1);
        // Percent of the maximum multiplied first, as the evaluation tables do (7 of 10 is exactly 70).
        const double prePct = hasPre ? 100.0 * scores.real(0) / data.testMaxScore : 0.0;
        const double postPct = hasPost ? 100.0 * scores.real(1) / data.testMaxScore : 0.0;
        if (hasPre) {
            ++data.preTested;
            ++data.preSpread[tenthOf(scores.real(0), data.testMaxScore)];
        }
        if (hasPost) {
            ++data.postTested;
            ++data.postSpread[tenthOf(scores.real(1), data.testMaxScore)];
        }
        if (hasPre && hasPost) {
            ++data.paired;
            preSum += prePct;
            postSum += postPct;
        }
    }
    if (!scores.status())
        return scores.status();
    if (data.paired > 0) {
        data.meanPrePct = preSum / double(data.paired);
        data.meanPostPct = postSum / double(data.paired);
    }
    return {};
}

Status readSatisfaction(Database& database, Id activityId, EvaluationChartData& data, const QString& doing)
{
    Statement items(
        database,
        "SELECT AVG(CAST(v.satisfaction_overall AS DOUBLE PRECISION)), COUNT(v.satisfaction_overall),"
        " AVG(CAST(v.satisfaction_relevance AS DOUBLE PRECISION)), COUNT(v.satisfaction_relevance),"
        " AVG(CAST(v.satisfaction_experts AS DOUBLE PRECISION)), COUNT(v.satisfaction_experts),"
        " AVG(CAST(v.satisfaction_organisation AS DOUBLE PRECISION)), COUNT(v.satisfaction_organisation),"
        " AVG(CAST(v.satisfaction_recommend AS DOUBLE PRECISION)), COUNT(v.satisfaction_recommend),"
        " COUNT(CASE WHEN v.satisfaction_overall IS NOT NULL OR v.satisfaction_relevance IS NOT NULL"
        "  OR v.satisfaction_experts IS NOT NULL OR v.satisfaction_organisation IS NOT NULL"
        "  OR v.satisfaction_recommend IS NOT NULL THEN 1 END)"
        " FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id"
        " WHERE e.activity_id = ? AND e.sessions_attended > 0",
        doing);
    items.bind(1, activityId);
    if (items.next()) {
        for (int item = 0; item < EvaluationChartData::kItems; ++item) {
            const auto at = static_cast<std::size_t>(item);
            if (!items.isNull(2 * item))
                data.itemMeans[at] = items.real(2 * item);
            data.itemResponses[at] = items.integer(2 * item + 1);
        }
        data.satisfactionResponses = items.integer(2 * EvaluationChartData::kItems);
    }
    return items.status();
}

} // namespace

Result<EvaluationChartData> readEvaluationCharts(Database& database, const Activity& design)
{
    const QString doing = DocumentData::tr("reading the evaluation of an activity");
    EvaluationChartData data;
    data.testMaxScore = design.testMaxScore;
    data.satisfactionSurvey = design.satisfactionSurvey;
    if (data.hasTest()) {
        if (Status read = readScores(database, design.id, data, doing); !read)
            return read.error();
    }
    if (data.satisfactionSurvey) {
        if (Status read = readSatisfaction(database, design.id, data, doing); !read)
            return read.error();
    }
    return data;
}

} // namespace sd
