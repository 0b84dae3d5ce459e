#pragma once

#include "common/Result.h"
#include "counting/ResultsTable.h"
#include "domain/Records.h"

#include <QStringList>

namespace sd {

class Database;

// How to read a results table: what its rows add up to and why, naming the activities that make
// them add up differently (in the period's sessions when it has one).
Result<QStringList> notesFor(Database& database, Id projectId, ResultsKey by, const ResultsPeriod& period);

// The SQL expression of the row key of a session `s` in a table by year ("2017") or quarter ("2017-Q4"),
// from its ISO date.
QString periodKeyOf(ResultsKey by);

} // namespace sd
