#pragma once

#include <QtGlobal>

namespace sd {

// How much a list file (CSV or XLSX) may hold, so that a hostile or mistaken file is refused
// before it costs more than about 200 MB of memory or ten seconds, while lists far larger than a
// programme's (a few thousand people, a dozen columns) still read. The readers count as they go
// and stop at the first limit passed, with a message naming the file, the limit and what to do.
struct ListLimits
{
    // Data rows: ten times a large programme's list, few enough for the importer's plan of that
    // many new people to stay within the budget (measured: 30,000 people with eight columns and
    // 9.6 million characters, docs/performance.md).
    static constexpr qsizetype kMaxRows = 30'000;
    // Cells of the table: data rows times the header's columns (short rows are padded, so an
    // empty cell costs as much as a full one).
    static constexpr qsizetype kMaxCells = 1'000'000;
    // Characters of all the cells together, and of a workbook's shared strings together.
    static constexpr qsizetype kMaxCharacters = 10'000'000;
    // The most a spreadsheet cell holds (Excel's limit). A longer cell is kept cut to one
    // character more than this, so that whoever checks lengths still sees it is too long
    // without the reader having held all of it.
    static constexpr qsizetype kMaxCellCharacters = 32767;
};

} // namespace sd
