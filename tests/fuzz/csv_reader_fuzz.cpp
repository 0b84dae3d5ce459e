// libFuzzer entry point for the CSV reader and the encoding detection (docs/fuzzing.md).
// Besides crashes and sanitizer reports, it stops on any broken promise of the reader's
// interface, so a wrong table counts as a finding too.

#include "ReaderPromises.h"
#include "io/CsvReader.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace {

using sd::fuzz::require;

void checkDecoding(const QByteArray& bytes)
{
    const sd::TextDecoding::Decoded decoded = sd::TextDecoding::decode(bytes);
    const qsizetype lineBreaks = bytes.count('\n') + bytes.count('\r');
    int previousLine = 0;
    for (int line : decoded.invalidLines) {
        require(line > previousLine, "lines with stray bytes are listed once each, in order");
        require(line <= lineBreaks + 1, "lines with stray bytes lie within the file");
        previousLine = line;
    }
    if (decoded.encoding == sd::TextDecoding::kUtf8) {
        if (decoded.invalidLines.isEmpty()) {
            require(sd::TextDecoding::isValidUtf8(bytes), "UTF-8 without stray bytes is valid UTF-8");
            require(decoded.text.toUtf8() == bytes, "valid UTF-8 round-trips through QString");
        } else {
            require(!sd::TextDecoding::isValidUtf8(bytes), "stray bytes are reported only in invalid UTF-8");
        }
    } else if (decoded.encoding == sd::TextDecoding::kWindows1252) {
        require(!sd::TextDecoding::isValidUtf8(bytes), "Windows-1252 is chosen only for invalid UTF-8");
        require(decoded.text.size() == bytes.size(), "Windows-1252 gives one character per byte");
    } else {
        require(decoded.bomBytes > 0, "other encodings come from a byte order mark");
        require(decoded.encoding == sd::TextDecoding::kUtf8WithBom || decoded.invalidLines.isEmpty(),
                "stray bytes are reported only for UTF-8");
    }
}

void checkTable(const QByteArray& bytes, const QString& fileName)
{
    const sd::Result<sd::CsvTable> table = sd::CsvReader::read(bytes, fileName);
    if (sd::fuzz::failedAsPromised(table, fileName))
        return;
    sd::fuzz::checkRows(*table);
    require(!table->header.last().isEmpty(), "the header does not end in an empty name");
    int previousLine = 0;
    for (int line : table->lineNumbers) {
        require(line > previousLine, "line numbers increase");
        previousLine = line;
    }
    require(previousLine <= bytes.count('\n') + bytes.count('\r') + 1, "line numbers stay within the file");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkDecoding(bytes);
    checkTable(bytes, QStringLiteral("fuzz.csv"));
    return 0;
}
