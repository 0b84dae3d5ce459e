#pragma once

#include "common/Result.h"
#include "export/Table.h"

#include <QChar>
#include <QString>

class QIODevice;

namespace sd {

struct CsvOptions
{
    bool bom = false;       // a UTF-8 byte order mark, so that Excel reads accents right
    QChar separator = u','; // ';' for spreadsheets set up for a decimal comma
};

// Writes a Table as RFC 4180 CSV in UTF-8: CRLF line ends; a field holding the separator, a double
// quote, CR or LF is quoted and its quotes doubled. The header row comes first, then the rows, then
// the totals row if there is one; the notes are not written, so the file stays one rectangular
// table. Text cells are neutralised (see neutraliseCell); numbers are written with a decimal point
// whatever the separator, in the shortest form that reads back to the same value.
class CsvWriter
{
public:
    explicit CsvWriter(CsvOptions options = {});

    // Writes to an open device; a QBuffer in tests, a QSaveFile through writeCsvFile.
    Status write(const Table& table, QIODevice* device) const;

private:
    QString field(const QString& text) const;
    QString cell(TableColumn::Kind kind, const QVariant& value) const;
    void appendRecord(QString& out, const QList<TableColumn>& columns, const QList<QVariant>& values) const;

    CsvOptions m_options;
};

// Writes `table` to `path` through writeFileAtomically, so a failed export leaves no half file.
Status writeCsvFile(const QString& path, const Table& table, const CsvOptions& options = {});

} // namespace sd
