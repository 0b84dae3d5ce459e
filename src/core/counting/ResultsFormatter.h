#pragma once

#include "counting/ResultsTable.h"

#include <QByteArray>
#include <QString>

namespace sd {

// A results table as the command line and exports write it. Every format holds the same numbers:
// the rows, then the totals (a last row in text and CSV, an object in JSON).
class ResultsFormatter
{
public:
    // Aligned columns for a terminal, with a totals row and the notes below.
    static QString toText(const ResultsTable& table);
    // RFC 4180 (CRLF, quoted where needed), UTF-8, a header row of the JSON field names and a
    // totals row keyed "(total)". Text cells that a spreadsheet would run as a formula are
    // neutralised with a leading apostrophe.
    static QByteArray toCsv(const ResultsTable& table);
    // The JSON shape (docs/exports.md): project, by, rows, totals, notes (and project_title);
    // counts as integers, participant_days always as a decimal number.
    static QByteArray toJson(const ResultsTable& table);

    // The key of the totals row in text and CSV.
    static QString totalsKey();
};

} // namespace sd
