#pragma once

#include "common/Result.h"
#include "io/CsvTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace sd {

// Reads registration lists and sign-in sheets saved as CSV by whatever program the other office
// used: the encoding (see TextDecoding) and the separator (comma, semicolon or tab) are
// detected, quoting follows RFC 4180 (quoted cells may hold separators, doubled quotes and line
// breaks), empty rows are left out and short rows are padded to the header's width. Every error
// names the file and, where there is one, the line.
//
// Lenient where spreadsheets are sloppy: a line break may be CRLF, LF or a lone CR (line breaks
// inside quoted cells come out as LF); characters after a closing quote are kept; cells beyond
// the header that are empty are dropped; a first line "sep=;" (which Excel writes and reads)
// sets the separator. Header cells are trimmed and empty ones at the end of the header dropped;
// data cells are returned as written.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(sd::CsvReader)

public:
    // Excel's column limit; a line with more cells is not a list.
    static constexpr int kMaxColumns = 16384;
    // How many non-empty records the separator detection looks at.
    static constexpr int kSeparatorSampleRecords = 20;

    // Bytes passed by value: handed over with std::move, they are freed once decoded, so that the
    // file and its text are not both held while the table is built. The table is bounded by
    // ListLimits (rows, cells, characters); a file passing one is refused with the line.
    static Result<CsvTable> read(QByteArray bytes, const QString& fileName);
    static Result<CsvTable> readFile(const QString& path);

    // The separator among ',', ';' and '\t' that splits the first records most consistently
    // into the same number of cells as the header; ',' when none splits anything.
    static QChar detectSeparator(const QString& text);

    // Where the bytes stop looking like text: the offset (from 0, as hex editors count) of the
    // first NUL, or of the first control character when control characters are more than a
    // twentieth of the start of the file; -1 for text. A file starting with a UTF-16 byte order
    // mark is judged by its 16-bit units instead.
    static qsizetype findBinaryData(QByteArrayView bytes);
};

} // namespace sd
