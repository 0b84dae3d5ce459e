#pragma once

#include "counting/EvaluationTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sd {

// An evaluation table as the command line and exports write it, in the shapes of ResultsFormatter:
// the rows, then the totals (a last row in text and CSV, an object in JSON), then the notes. An empty
// value (no denominator) is null in JSON, an empty cell in CSV and "–" in text, never 0.
class EvaluationFormatter
{
    Q_DECLARE_TR_FUNCTIONS(sd::EvaluationFormatter)

public:
    // Aligned columns for a terminal: percents to one decimal, gains and means to two.
    static QString toText(const EvaluationTable& table);
    // RFC 4180, UTF-8, a header row of the JSON keys and a totals row keyed "(total)"; numbers in
    // full precision.
    static QByteArray toCsv(const EvaluationTable& table);
    // project, project_title, by, measure ("evaluation"), rows, totals, notes. Rows by activity carry
    // test_max_score and mastery_threshold_pct; the totals and other rows do not.
    static QByteArray toJson(const EvaluationTable& table);
};

} // namespace sd
