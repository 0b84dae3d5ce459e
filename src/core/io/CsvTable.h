#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// A list read from a CSV or XLSX file: the header and the rows below it, every row exactly as
// wide as the header. Empty rows are already left out; lineNumbers keeps where each row was,
// so messages can send the officer to the right line. A cell longer than a spreadsheet cell
// (ListLimits::kMaxCellCharacters) is cut to one character more, for the importer to refuse it.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    // For CSV, the physical line where each row starts (1-based, counting line breaks inside
    // quoted cells); for XLSX, the worksheet's row number as the spreadsheet shows it.
    QList<int> lineNumbers;
    // "UTF-8", "UTF-8 with BOM", "Windows-1252", ... (see TextDecoding), or "XLSX".
    QString encoding;
    // ',', ';' or '\t'; a null QChar for XLSX.
    QChar separator;
    // For a UTF-8 CSV: the lines holding bytes that are not UTF-8, which were read as
    // Windows-1252 (see TextDecoding::decode), for the report to point at.
    QList<int> invalidTextLines;
};

} // namespace sd
