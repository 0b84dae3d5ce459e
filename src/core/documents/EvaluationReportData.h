#pragma once

#include "common/Result.h"
#include "documents/EvaluationReportDocument.h"
#include "domain/Language.h"

namespace sd {

class Database;

// Reads an activity's evaluation report: the activity and its design, its row of the evaluation table
// by activity (counting/EvaluationQuery, so that the report and the tables give the same numbers), the
// spread of the scores and the comments of those who took part, in alphabetical order so that their
// order says nothing of who wrote them. The activity's and project's titles are read in `language`.
Result<EvaluationReportData> readEvaluationReport(Database& database, Id activityId,
                                                  Language language = Language::English);

} // namespace sd
