// libFuzzer entry point for the XLSX reader (docs/fuzzing.md). Besides crashes and sanitizer
// reports, it stops on any broken promise of the reader's interface, so a wrong table counts as a
// finding too.
//
// An input is read two ways: as a whole workbook (the zip archive as it arrives, so the zip
// reader and its limits are explored), and, split at the first "\n--\n", as the worksheet XML
// and the shared strings XML of a workbook the harness packs itself with stored (uncompressed)
// parts, so that mutations reach the XML parsing instead of dying on a broken deflate stream.

#include "ReaderPromises.h"
#include "io/ListLimits.h"
#include "io/XlsxReader.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <zlib.h>

namespace {

using sd::fuzz::require;

void appendLittleEndian(QByteArray& out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

// A zip archive of stored parts: local headers, data, central directory, end record.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>>& parts)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto& [name, data] : parts) {
        const quint32 crc =
            quint32(crc32(0L, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
        const auto offset = quint32(zip.size());
        zip.append("PK\x03\x04", 4);
        appendLittleEndian(zip, 20, 2); // version needed
        appendLittleEndian(zip, 0, 2);  // flags
        appendLittleEndian(zip, 0, 2);  // stored
        appendLittleEndian(zip, 0, 4);  // time, date
        appendLittleEndian(zip, crc, 4);
        appendLittleEndian(zip, quint32(data.size()), 4);
        appendLittleEndian(zip, quint32(data.size()), 4);
        appendLittleEndian(zip, quint32(name.size()), 2);
        appendLittleEndian(zip, 0, 2);
        zip.append(name);
        zip.append(data);

        directory.append("PK\x01\x02", 4);
        appendLittleEndian(directory, 20, 2); // version made by
        appendLittleEndian(directory, 20, 2);
        appendLittleEndian(directory, 0, 2);
        appendLittleEndian(directory, 0, 2);
        appendLittleEndian(directory, 0, 4);
        appendLittleEndian(directory, crc, 4);
        appendLittleEndian(directory, quint32(data.size()), 4);
        appendLittleEndian(directory, quint32(data.size()), 4);
        appendLittleEndian(directory, quint32(name.size()), 2);
        appendLittleEndian(directory, 0, 2); // extra
        appendLittleEndian(directory, 0, 2); // comment
        appendLittleEndian(directory, 0, 2); // disk
        appendLittleEndian(directory, 0, 2); // internal attributes
        appendLittleEndian(directory, 0, 4); // external attributes
        appendLittleEndian(directory, offset, 4);
        directory.append(name);
    }
    const auto directoryOffset = quint32(zip.size());
    zip.append(directory);
    zip.append("PK\x05\x06", 4);
    appendLittleEndian(zip, 0, 4);
    appendLittleEndian(zip, quint32(parts.size()), 2);
    appendLittleEndian(zip, quint32(parts.size()), 2);
    appendLittleEndian(zip, quint32(directory.size()), 4);
    appendLittleEndian(zip, directoryOffset, 4);
    appendLittleEndian(zip, 0, 2);
    return zip;
}

QByteArray workbookOf(const QByteArray& sheet, const QByteArray& sharedStrings)
{
    static const QByteArray workbook =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const QByteArray relationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    return storedZip({{"xl/workbook.xml", workbook},
                      {"xl/_rels/workbook.xml.rels", relationships},
                      {"xl/worksheets/sheet1.xml", sheet},
                      {"xl/sharedStrings.xml", sharedStrings}});
}

void checkTable(const QByteArray& bytes, const QString& fileName)
{
    const sd::Result<sd::CsvTable> table = sd::XlsxReader::read(bytes, fileName);
    if (sd::fuzz::failedAsPromised(table, fileName))
        return;
    sd::fuzz::checkRows(*table);
    require(table->encoding == QStringLiteral("XLSX"), "the encoding says XLSX");
    require(table->separator.isNull(), "a workbook has no separator");
    require(!table->header.last().trimmed().isEmpty(), "the header does not end in an empty name");
    require(table->rows.size() <= sd::ListLimits::kMaxRows, "no more rows than the limit");
    require(table->rows.size() * table->header.size() <= sd::ListLimits::kMaxCells,
            "no more cells than the limit");
    // Row numbers come from the sheet's own r attributes, which need not increase: only their
    // sign is promised.
    for (int row : table->lineNumbers)
        require(row > 0, "row numbers are positive");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkTable(bytes, QStringLiteral("fuzz.xlsx"));
    const qsizetype split = bytes.indexOf("\n--\n");
    const QByteArray sheet = split < 0 ? bytes : bytes.left(split);
    const QByteArray shared = split < 0 ? QByteArray() : bytes.mid(split + 4);
    checkTable(workbookOf(sheet, shared), QStringLiteral("packed.xlsx"));
    return 0;
}
