#pragma once

#include "counting/EvaluationTable.h"
#include "counting/ResultsTable.h"
#include "export/Table.h"

#include <QByteArray>
#include <QList>

namespace sd {

// A results table as an exported sheet: the breakdown's key and label, then the numbers of every JSON
// field (counts as integers, participant-days as decimals), a totals row and the table's notes.
Table resultsSheet(const ResultsTable& results);

// Several results tables of one project as one JSON object, one member per breakdown
// ({"activity": {...}, "component": {...}}), each member what `results --format json` writes for it.
QByteArray resultsJsonByKey(const QList<ResultsTable>& tables);

// An evaluation table as an exported sheet: key and label, then every indicator (counts as integers,
// the rest as decimals, an empty cell where there is no denominator), a totals row and the notes.
Table evaluationSheet(const EvaluationTable& evaluation);

// The "Indicators" sheet: each evaluation indicator's definition, unit, denominator and counting
// rule, in the manner of an indicator reference sheet.
Table indicatorsSheet();

// Several evaluation tables of one project as one JSON object, one member per breakdown, each
// what `results --measure evaluation --format json` writes for it.
QByteArray evaluationJsonByKey(const QList<EvaluationTable>& tables);

} // namespace sd
