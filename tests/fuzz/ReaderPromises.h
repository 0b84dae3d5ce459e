#pragma once

// The promises every list reader (CSV, XLSX) makes of the table it returns, checked by the fuzz
// targets: a broken one stops the run like a crash, so a wrong table counts as a finding too.

#include "common/Result.h"
#include "io/CsvReader.h"
#include "io/ListLimits.h"

#include <QString>
#include <cstdio>
#include <cstdlib>

namespace sd::fuzz {

inline void require(bool condition, const char* promise)
{
    if (condition)
        return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

// A failed read is bad input and names the file. True when the read failed.
inline bool failedAsPromised(const Result<CsvTable>& table, const QString& fileName)
{
    if (table.ok())
        return false;
    require(table.error().kind == ErrorKind::BadInput, "reading errors are bad input");
    require(table.error().message.startsWith(fileName), "every error names the file");
    return true;
}

// The rows of a table read: a header, one line number per row, every row as wide as the header, no
// blank row, no cell longer than the limit (and its mark).
inline void checkRows(const CsvTable& table)
{
    require(!table.header.isEmpty(), "a table has a header");
    require(table.rows.size() == table.lineNumbers.size(), "one line number per row");
    for (const QStringList& row : table.rows) {
        require(row.size() == table.header.size(), "every row is as wide as the header");
        bool blank = true;
        for (const QString& cell : row) {
            blank = blank && cell.trimmed().isEmpty();
            require(cell.size() <= ListLimits::kMaxCellCharacters + 1, "cells are cut past the limit");
        }
        require(!blank, "empty rows are left out");
    }
}

} // namespace sd::fuzz
