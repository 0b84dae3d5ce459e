#pragma once

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

} // namespace sd
