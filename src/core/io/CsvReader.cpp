#include "io/CsvReader.h"

#include "io/FileBytes.h"
#include "io/ListLimits.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringView>
#include <array>

namespace sd {

namespace {

constexpr std::array<QChar, 3> kCandidateSeparators = {u',', u';', u'\t'};

// Control characters never typed into a list; tab, line feed, form feed and carriage return are.
bool isStrayControl(char16_t unit)
{
    return (unit < 0x20 && unit != u'\t' && unit != u'\n' && unit != u'\f' && unit != u'\r') || unit == 0x7F;
}

// Appends to a cell up to one character past the longest a cell may be: enough to tell that it
// is too long, without holding a hostile file's megabytes of one cell.
void appendCapped(QString& cell, QStringView text)
{
    const qsizetype room = ListLimits::kMaxCellCharacters + 1 - cell.size();
    if (room > 0)
        cell += text.first(std::min(room, text.size()));
}

void appendCapped(QString& cell, QChar c)
{
    if (cell.size() <= ListLimits::kMaxCellCharacters)
        cell += c;
}

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString separatorName(QChar separator)
{
    if (separator == u',')
        return CsvReader::tr("comma");
    if (separator == u';')
        return CsvReader::tr("semicolon");
    if (separator == u'\t')
        return CsvReader::tr("tab");
    return QString(separator);
}

// Splits decoded text into records one at a time, keeping count of physical lines.
class RecordParser
{
public:
    enum class Outcome
    {
        Record,
        End,
        UnterminatedQuote,
        TooManyCells,
    };

    RecordParser(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    // Skips a first line "sep=X", Excel's way of naming the separator, and returns X.
    QChar skipSeparatorHint()
    {
        if (m_pos != 0 || m_text.size() < 5 || !m_text.startsWith(u"sep=", Qt::CaseInsensitive))
            return {};
        const QChar hint = m_text[4];
        if (hint == u'"' || hint == u'\r' || hint == u'\n')
            return {};
        if (m_text.size() > 5 && m_text[5] != u'\r' && m_text[5] != u'\n')
            return {};
        m_pos = 5;
        if (m_pos < m_text.size())
            consumeLineBreak();
        return hint;
    }

    void setSeparator(QChar separator) { m_separator = separator; }

    Outcome next(QStringList& cells)
    {
        cells.clear();
        if (m_pos >= m_text.size())
            return Outcome::End;
        m_recordLine = m_line;
        QString cell;
        for (;;) {
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                if (!readQuoted(cell))
                    return Outcome::UnterminatedQuote;
            }
            // The unquoted cell, or what follows a closing quote, runs to a separator or line break.
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()) {
                const QChar c = m_text[m_pos];
                if (c == m_separator || c == u'\n' || c == u'\r')
                    break;
                ++m_pos;
            }
            appendCapped(cell, m_text.sliced(start, m_pos - start));
            cells.append(cell);
            cell.clear();
            if (cells.size() > CsvReader::kMaxColumns)
                return Outcome::TooManyCells;
            if (m_pos >= m_text.size())
                return Outcome::Record;
            if (m_text[m_pos] == m_separator) {
                ++m_pos;
                continue;
            }
            consumeLineBreak();
            return Outcome::Record;
        }
    }

    int recordLine() const { return m_recordLine; }
    int quoteLine() const { return m_quoteLine; }

private:
    // At an opening quote: reads to the closing one. Doubled quotes stand for one; line breaks
    // inside come out as LF.
    bool readQuoted(QString& cell)
    {
        m_quoteLine = m_line;
        ++m_pos;
        for (;;) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()) {
                const QChar c = m_text[m_pos];
                if (c == u'"' || c == u'\n' || c == u'\r')
                    break;
                ++m_pos;
            }
            appendCapped(cell, m_text.sliced(start, m_pos - start));
            if (m_pos >= m_text.size())
                return false;
            if (m_text[m_pos] == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    appendCapped(cell, QChar(u'"'));
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            consumeLineBreak();
            appendCapped(cell, QChar(u'\n'));
        }
    }

    void consumeLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 1;
};

// How well a separator splits the first records: rows as wide as the header first, then the
// header's width.
struct SeparatorScore
{
    int consistentRows = 0;
    qsizetype headerCells = 0;

    bool operator>(const SeparatorScore& other) const
    {
        if (consistentRows != other.consistentRows)
            return consistentRows > other.consistentRows;
        return headerCells > other.headerCells;
    }
};

SeparatorScore scoreSeparator(QStringView text, QChar separator)
{
    RecordParser parser(text, separator);
    parser.skipSeparatorHint();
    SeparatorScore score;
    QStringList cells;
    int records = 0;
    while (records < CsvReader::kSeparatorSampleRecords &&
           parser.next(cells) == RecordParser::Outcome::Record) {
        if (isBlank(cells))
            continue;
        if (records == 0)
            score.headerCells = cells.size();
        else if (cells.size() == score.headerCells)
            ++score.consistentRows;
        ++records;
    }
    // A separator that does not split the header is not the separator.
    if (score.headerCells <= 1)
        return {};
    return score;
}

// A count as messages show it: 1,000,000.
QString count(qsizetype value)
{
    return QLocale(QLocale::English).toString(qint64(value));
}

Error tooLarge(const QString& fileName, int line, const QString& what)
{
    return Error::badInput(
        CsvReader::tr("%1, line %2: the list is too large to import: %3. Split it into smaller "
                      "files and try again.")
            .arg(fileName)
            .arg(line)
            .arg(what));
}

Error unterminatedQuote(const QString& fileName, int line)
{
    return Error::badInput(
        CsvReader::tr("%1, line %2: a quoted cell opens here and is never closed; add the closing "
                      "quote (\") or remove the opening one and try again.")
            .arg(fileName)
            .arg(line));
}

} // namespace

QChar CsvReader::detectSeparator(const QString& text)
{
    RecordParser hintReader(text, u',');
    if (const QChar hint = hintReader.skipSeparatorHint(); !hint.isNull())
        return hint;
    QChar best = kCandidateSeparators.front();
    SeparatorScore bestScore;
    for (QChar candidate : kCandidateSeparators) {
        const SeparatorScore score = scoreSeparator(text, candidate);
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    if (bestScore.headerCells > 0)
        return best;
    // Nothing splits a header: a one-column list, or lines of separators only. The most frequent
    // candidate then at least makes rows of bare separators read as empty rows.
    const QStringView start = QStringView(text).first(qMin(text.size(), qsizetype(4096)));
    qsizetype bestCount = 0;
    for (QChar candidate : kCandidateSeparators) {
        const qsizetype count = start.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

qsizetype CsvReader::findBinaryData(QByteArrayView bytes)
{
    // Judged on the start only: a list is text from its first line.
    constexpr qsizetype kSampleUnits = 64 * 1024;
    constexpr int kMinStrayControls = 8;

    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const bool littleEndian16 = bytes.size() >= 2 && data[0] == 0xFF && data[1] == 0xFE;
    const bool bigEndian16 = bytes.size() >= 2 && data[0] == 0xFE && data[1] == 0xFF;
    const bool wide = littleEndian16 || bigEndian16;
    const qsizetype firstByte = wide ? 2 : 0;
    const qsizetype unitBytes = wide ? 2 : 1;
    const qsizetype units = (bytes.size() - firstByte) / unitBytes;
    auto unitAt = [&](qsizetype i) -> char16_t {
        const qsizetype at = firstByte + i * unitBytes;
        if (!wide)
            return data[at];
        return littleEndian16 ? char16_t(data[at] | (data[at + 1] << 8))
                              : char16_t((data[at] << 8) | data[at + 1]);
    };
    auto offsetOf = [&](qsizetype i) {
        return firstByte + i * unitBytes;
    };

    if (!wide) {
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            return nul;
    } else {
        for (qsizetype i = 0; i < units; ++i) {
            if (unitAt(i) == 0)
                return offsetOf(i);
        }
    }
    const qsizetype sample = qMin(units, kSampleUnits);
    qsizetype strayControls = 0;
    qsizetype firstStray = -1;
    for (qsizetype i = 0; i < sample; ++i) {
        if (isStrayControl(unitAt(i))) {
            if (firstStray < 0)
                firstStray = i;
            ++strayControls;
        }
    }
    if (strayControls >= kMinStrayControls && strayControls * 20 > sample)
        return offsetOf(firstStray);
    return -1;
}

Result<CsvTable> CsvReader::readFile(const QString& path)
{
    Result<QByteArray> bytes = FileBytes::read(path);
    if (!bytes)
        return bytes.error();
    return read(std::move(*bytes), path);
}

Result<CsvTable> CsvReader::read(QByteArray bytes, const QString& fileName)
{
    if (bytes.size() > FileBytes::kMaxListFileBytes)
        return FileBytes::tooLarge(fileName, bytes.size());
    if (const qsizetype offset = findBinaryData(bytes); offset >= 0) {
        return Error::badInput(
            tr("%1 is not a text CSV file (it contains binary data at byte %2). Save the list "
               "as CSV or XLSX and try again.")
                .arg(fileName)
                .arg(offset));
    }

    TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    bytes = QByteArray(); // freed here when the caller handed them over
    CsvTable table;
    table.encoding = decoded.encoding;
    table.invalidTextLines = std::move(decoded.invalidLines);
    table.separator = detectSeparator(decoded.text);

    RecordParser parser(decoded.text, table.separator);
    parser.skipSeparatorHint();
    QStringList cells;
    bool haveHeader = false;
    qsizetype tableCells = 0;
    qsizetype tableCharacters = 0;
    const auto charactersOf = [](const QStringList& list) {
        qsizetype characters = 0;
        for (const QString& cell : list)
            characters += cell.size();
        return characters;
    };
    for (;;) {
        const RecordParser::Outcome outcome = parser.next(cells);
        if (outcome == RecordParser::Outcome::End)
            break;
        if (outcome == RecordParser::Outcome::UnterminatedQuote)
            return unterminatedQuote(fileName, parser.quoteLine());
        if (outcome == RecordParser::Outcome::TooManyCells) {
            return Error::badInput(
                tr("%1, line %2: the line has more than %3 cells, so the file is not a list; "
                   "check that you chose the right file.")
                    .arg(fileName)
                    .arg(parser.recordLine())
                    .arg(kMaxColumns));
        }
        if (isBlank(cells))
            continue;
        if (!haveHeader) {
            // Trailing unnamed columns are what a spreadsheet leaves after formatted empty cells.
            for (QString& name : cells)
                name = name.trimmed();
            while (cells.last().isEmpty())
                cells.removeLast();
            table.header = cells;
            haveHeader = true;
            continue;
        }
        const qsizetype width = table.header.size();
        if (cells.size() > width) {
            if (!isBlank(cells.mid(width))) {
                qsizetype filledCells = cells.size();
                while (cells[filledCells - 1].trimmed().isEmpty())
                    --filledCells;
                return Error::badInput(
                    tr("%1, line %2: the row has %3 cells but the header has %4; put quotes "
                       "around cells that contain the separator (%5) or give the column a header and try "
                       "again.")
                        .arg(fileName)
                        .arg(parser.recordLine())
                        .arg(filledCells)
                        .arg(width)
                        .arg(separatorName(table.separator)));
            }
            cells.resize(width);
        } else if (cells.size() < width) {
            cells.resize(width);
        }
        if (table.rows.size() >= ListLimits::kMaxRows) {
            return tooLarge(fileName, parser.recordLine(),
                            tr("it has more than %1 rows").arg(count(ListLimits::kMaxRows)));
        }
        tableCells += width;
        if (tableCells > ListLimits::kMaxCells) {
            return tooLarge(fileName, parser.recordLine(),
                            tr("it passes %1 cells (rows times the %2 columns of the header)")
                                .arg(count(ListLimits::kMaxCells))
                                .arg(width));
        }
        tableCharacters += charactersOf(cells);
        if (tableCharacters > ListLimits::kMaxCharacters) {
            return tooLarge(fileName, parser.recordLine(),
                            tr("its cells pass %1 characters in all").arg(count(ListLimits::kMaxCharacters)));
        }
        table.rows.append(cells);
        table.lineNumbers.append(parser.recordLine());
    }
    if (!haveHeader) {
        return Error::badInput(
            tr("%1 holds no rows, not even a header; check that you chose the right file.").arg(fileName));
    }
    return table;
}

} // namespace sd
