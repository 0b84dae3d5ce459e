#pragma once

#include "common/Result.h"
#include "io/CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace sd {

// Reads the first worksheet of an Excel workbook (.xlsx) into the same shape as a CSV list:
// the header is the first non-empty row, rows are padded to the header's width, empty rows are
// left out and lineNumbers holds the row numbers the spreadsheet shows. Cells come out as text:
// shared and inline strings as written, whole numbers without ".0", other numbers with up to
// 15 significant digits (as Excel shows them), booleans as TRUE/FALSE, error cells as written
// (#N/A). Dates are numbers in Excel, told apart only by the cell's display format, so a date
// comes out as its serial number (45383 for 2024-04-01, days since 1899-12-30); whoever expects
// a date in a column converts such numbers. Formulas give their last computed value.
//
// The first worksheet is the first one in the workbook's tab order that is not hidden.
//
// A cell longer than a spreadsheet's (ListLimits::kMaxCellCharacters) comes out cut to one
// character more than that, for the importer to refuse its row.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(sd::XlsxReader)

public:
    // Limits against workbooks built to take memory or time (zip bombs, padded or huge parts):
    // parts are streamed, and each is refused as soon as it passes one of these, before the
    // memory is spent. The table itself is bounded by ListLimits (cells, characters).
    // The largest worksheet part, and the largest shared-strings part, uncompressed.
    static constexpr qint64 kMaxSheetBytes = qint64(128) * 1024 * 1024;
    static constexpr qint64 kMaxSharedStringsBytes = qint64(96) * 1024 * 1024;
    // Every other part read (the workbook, its relationships).
    static constexpr qint64 kMaxSmallPartBytes = qint64(16) * 1024 * 1024;
    // No part expands more than this many times its compressed size, past the first few MiB
    // (where repeated markup alone can compress that well).
    static constexpr qint64 kMaxCompressionRatio = 200;
    static constexpr qint64 kRatioFreeBytes = qint64(8) * 1024 * 1024;
    // The most bytes between two '<' or '>': a cell's 32,767 characters as character references.
    static constexpr qint64 kMaxRunBytes = qint64(512) * 1024;
    // The deepest nesting of elements read.
    static constexpr int kMaxXmlDepth = 64;

    static Result<CsvTable> read(const QByteArray& bytes, const QString& fileName);
    static Result<CsvTable> readFile(const QString& path);

    // The 0-based column of a cell reference ("A1" -> 0, "AB12" -> 27, "XFD1" -> 16383);
    // -1 when the reference has no column letters or lies beyond Excel's last column.
    static int columnIndex(QStringView reference);
    // The letters of a 0-based column (27 -> "AB").
    static QString columnLetters(int column);
};

} // namespace sd
