#include "io/XlsxReader.h"

#include "io/FileBytes.h"
#include "io/ListLimits.h"
#include "io/ZipArchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QXmlStreamReader>
#include <cmath>
#include <optional>
#include <vector>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::XlsxReader", text);
}

constexpr int kExcelColumns = 16384;
constexpr QLatin1String kXlsxEncoding{"XLSX"};

Error notAWorkbook(const QString& fileName)
{
    return Error::badInput(
        tr("%1 is not an XLSX workbook (it is not a zip archive, or a damaged one); open it "
           "in the spreadsheet program, save it as .xlsx or CSV and try again.")
            .arg(fileName));
}

Error noWorksheet(const QString& fileName)
{
    return Error::badInput(
        tr("%1 holds no worksheet (it is a zip archive but not an Excel workbook); open it in "
           "the spreadsheet program, save it as .xlsx or CSV and try again.")
            .arg(fileName));
}

Error damagedPart(const QString& fileName, const QString& part, const QString& reason)
{
    return Error::badInput(tr("%1: the part %2 of the workbook cannot be read (%3); open the workbook in the "
                              "spreadsheet program, save it again as .xlsx or CSV and try again.")
                               .arg(fileName, part, reason));
}

Error xmlError(const QString& fileName, const QString& part, const QXmlStreamReader& xml)
{
    return damagedPart(fileName, part, tr("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber()));
}

// The list is larger than a list may be (ListLimits): what was passed and what to do.
Error tooLarge(const QString& fileName, const QString& what)
{
    return Error::badInput(tr("%1 is too large to import: %2. Split the list into smaller workbooks (or "
                              "save it as CSV) and try again.")
                               .arg(fileName, what));
}

// A count as the message shows it: 1,000,000.
QString count(qsizetype value)
{
    return QLocale(QLocale::English).toString(qint64(value));
}

// The limits a part is read with: small parts (the workbook, its relationships) and the big ones
// (the worksheet, the shared strings). No run between two tags is longer than a cell's text can
// make it (32,767 characters of up to 4 bytes, or character references of up to 10).
ZipArchive::Limits partLimits(const QString& part)
{
    ZipArchive::Limits limits;
    limits.maxRatio = XlsxReader::kMaxCompressionRatio;
    limits.ratioFreeBytes = XlsxReader::kRatioFreeBytes;
    limits.maxRunBytes = XlsxReader::kMaxRunBytes;
    if (part.compare(u"xl/sharedStrings.xml", Qt::CaseInsensitive) == 0)
        limits.maxBytes = XlsxReader::kMaxSharedStringsBytes;
    else if (part.startsWith(u"xl/worksheets/", Qt::CaseInsensitive))
        limits.maxBytes = XlsxReader::kMaxSheetBytes;
    else
        limits.maxBytes = XlsxReader::kMaxSmallPartBytes;
    return limits;
}

// Why a part could not be read to the end, or nothing when it could.
std::optional<Error> partError(const QString& fileName, const QString& part, ZipArchive::PartStatus status,
                               int zipError, const ZipArchive::Limits& limits)
{
    switch (status) {
    case ZipArchive::PartStatus::Read:
    case ZipArchive::PartStatus::Missing:
        return std::nullopt;
    case ZipArchive::PartStatus::Damaged:
        return damagedPart(fileName, part, tr("zip error %1").arg(zipError));
    case ZipArchive::PartStatus::TooLarge:
        return tooLarge(
            fileName,
            tr("its part %1 expands to more than %2 MiB").arg(part).arg(limits.maxBytes / (1024 * 1024)));
    case ZipArchive::PartStatus::TooCompressed:
        return tooLarge(fileName,
                        tr("its part %1 expands to more than %2 times its compressed size, which only a zip "
                           "bomb does")
                            .arg(part)
                            .arg(limits.maxRatio));
    case ZipArchive::PartStatus::RunTooLong:
        return tooLarge(fileName, tr("its part %1 holds more than %2 KiB of text without markup, more than "
                                     "any cell can hold")
                                      .arg(part)
                                      .arg(limits.maxRunBytes / 1024));
    }
    return std::nullopt;
}

// A small part of the zip, or nothing when the workbook does not have it.
Result<std::optional<QByteArray>> readPart(ZipArchive& zip, const QString& part, const QString& fileName)
{
    const ZipArchive::Limits limits = partLimits(part);
    ZipArchive::Part read = zip.read(part, limits);
    if (read.status == ZipArchive::PartStatus::Missing)
        return std::optional<QByteArray>();
    if (std::optional<Error> error = partError(fileName, part, read.status, read.zipError, limits))
        return *error;
    return std::optional<QByteArray>(std::move(read.bytes));
}

// Walks the tokens of a part, refusing elements nested deeper than any workbook nests them
// (QXmlStreamReader keeps a frame per open element).
class XmlWalk
{
public:
    explicit XmlWalk(QXmlStreamReader& xml)
        : m_xml(xml)
    {
    }

    QXmlStreamReader::TokenType next()
    {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            enter();
        else if (token == QXmlStreamReader::EndElement)
            --m_depth;
        return token;
    }

    // Reads to the next start element inside the current one (true), or to its end (false).
    bool nextChild()
    {
        const bool started = m_xml.readNextStartElement();
        if (started)
            enter();
        else
            --m_depth;
        return started;
    }

    // From a start element to its end, without keeping anything.
    void skip()
    {
        const int depth = m_depth;
        while (!m_xml.atEnd() && m_depth >= depth)
            next();
    }

    // The text of an element without children (<t>, <v>), cut after kMaxCellCharacters + 1.
    QString text()
    {
        QString text = m_xml.readElementText();
        --m_depth;
        if (text.size() > ListLimits::kMaxCellCharacters)
            text.truncate(ListLimits::kMaxCellCharacters + 1);
        return text;
    }

    QXmlStreamReader& xml() { return m_xml; }

private:
    void enter()
    {
        if (++m_depth > XlsxReader::kMaxXmlDepth)
            m_xml.raiseError(tr("elements are nested more than %1 deep").arg(XlsxReader::kMaxXmlDepth));
    }

    QXmlStreamReader& m_xml;
    int m_depth = 0;
};

// The text of a rich-text holder (<si>, <is>, <r>) the walk stands on: its <t> runs, without
// phonetic guides, cut after kMaxCellCharacters + 1.
void appendRunText(XmlWalk& walk, QString& text)
{
    int holders = 1;
    while (holders > 0 && !walk.xml().hasError()) {
        if (!walk.nextChild()) {
            --holders;
            continue;
        }
        const QStringView name = walk.xml().name();
        if (name == u"t") {
            const QString run = walk.text();
            if (text.size() <= ListLimits::kMaxCellCharacters)
                text += QStringView(run).first(
                    std::min(run.size(), ListLimits::kMaxCellCharacters + 1 - text.size()));
        } else if (name == u"r") {
            ++holders;
        } else {
            walk.skip();
        }
    }
}

QString relationshipId(const QXmlStreamReader& xml)
{
    for (const QXmlStreamAttribute& attribute : xml.attributes()) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

struct SheetEntry
{
    QString name;
    QString relationshipId;
    bool hidden = false;
};

Result<QList<SheetEntry>> parseWorkbook(const QByteArray& xmlBytes, const QString& fileName)
{
    QList<SheetEntry> sheets;
    QXmlStreamReader xml(xmlBytes);
    XmlWalk walk(xml);
    while (!xml.atEnd()) {
        if (walk.next() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            const QStringView state = xml.attributes().value(QLatin1String("state"));
            sheets.append({xml.attributes().value(QLatin1String("name")).toString(), relationshipId(xml),
                           state == u"hidden" || state == u"veryHidden"});
        }
    }
    if (xml.hasError())
        return xmlError(fileName, QStringLiteral("xl/workbook.xml"), xml);
    return sheets;
}

// Relationship id -> part name, resolved against the folder of the part the relationships belong to.
Result<QHash<QString, QString>> parseRelationships(const QByteArray& xmlBytes, const QString& baseFolder,
                                                   const QString& partName, const QString& fileName)
{
    QHash<QString, QString> targets;
    QXmlStreamReader xml(xmlBytes);
    XmlWalk walk(xml);
    while (!xml.atEnd()) {
        if (walk.next() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            QString target = xml.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(u'/'))
                target = target.mid(1);
            else
                target = QDir::cleanPath(baseFolder + u'/' + target);
            targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    if (xml.hasError())
        return xmlError(fileName, partName, xml);
    return targets;
}

// The shared strings, one after the other in one buffer: a string per <si> would cost a heap
// block each, more than the text itself for short names.
class SharedStrings
{
public:
    qsizetype size() const { return qsizetype(m_ends.size()); }
    qsizetype characters() const { return m_pool.size(); }
    QString at(qsizetype index) const
    {
        const qsizetype start = index == 0 ? 0 : m_ends[std::size_t(index - 1)];
        return m_pool.mid(start, m_ends[std::size_t(index)] - start);
    }
    void append(const QString& text)
    {
        m_pool += text;
        m_ends.push_back(m_pool.size());
    }
    void reserve(qsizetype count) { m_ends.reserve(std::size_t(std::min(count, ListLimits::kMaxCells))); }

private:
    QString m_pool;
    std::vector<qsizetype> m_ends;
};

// A stream of a big part, with the error to give when it stopped early.
struct StreamedPart
{
    ZipArchive::Limits limits;
    std::unique_ptr<ZipArchive::PartStream> stream;
};

Result<std::optional<StreamedPart>> openStream(ZipArchive& zip, const QString& part, const QString& fileName)
{
    StreamedPart streamed;
    streamed.limits = partLimits(part);
    ZipArchive::Opened opened = zip.openPart(part, streamed.limits);
    if (opened.status == ZipArchive::PartStatus::Missing)
        return std::optional<StreamedPart>();
    if (std::optional<Error> error =
            partError(fileName, part, opened.status, opened.zipError, streamed.limits))
        return *error;
    streamed.stream = std::move(opened.stream);
    return std::optional<StreamedPart>(std::move(streamed));
}

// The error of a streamed part that stopped: the stream's limit first (the XML reader only saw
// the bytes end), then the XML's own.
Error streamError(const QString& fileName, const QString& part, const StreamedPart& streamed,
                  const QXmlStreamReader& xml)
{
    if (std::optional<Error> error = partError(fileName, part, streamed.stream->status(),
                                               streamed.stream->zipError(), streamed.limits))
        return *error;
    return xmlError(fileName, part, xml);
}

Result<SharedStrings> parseSharedStrings(StreamedPart& streamed, const QString& fileName)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    SharedStrings strings;
    QXmlStreamReader xml(streamed.stream.get());
    XmlWalk walk(xml);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = walk.next();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            bool ok = false;
            const qsizetype unique = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong(&ok);
            if (ok && unique > 0)
                strings.reserve(unique);
            continue;
        }
        if (xml.name() != u"si")
            continue;
        if (strings.size() >= ListLimits::kMaxCells) {
            return tooLarge(fileName,
                            tr("it holds more than %1 shared strings").arg(count(ListLimits::kMaxCells)));
        }
        QString text;
        appendRunText(walk, text);
        if (strings.characters() + text.size() > ListLimits::kMaxCharacters) {
            return tooLarge(fileName, tr("its shared strings add up to more than %1 characters")
                                          .arg(count(ListLimits::kMaxCharacters)));
        }
        strings.append(text);
    }
    if (xml.hasError() || streamed.stream->status() != ZipArchive::PartStatus::Read)
        return streamError(fileName, part, streamed, xml);
    return strings;
}

// A number cell as Excel shows it in the General format: whole numbers without ".0", others
// with at most 15 significant digits.
QString numberText(const QString& stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return stored;
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

struct SheetContext
{
    const QString& fileName;
    const QString& part;
    const SharedStrings& sharedStrings;
};

Result<QString> readCell(XmlWalk& walk, const SheetContext& context, const QString& reference)
{
    QXmlStreamReader& xml = walk.xml();
    const QString type = xml.attributes().value(QLatin1String("t")).toString();
    QString stored;
    QString inlineText;
    while (walk.nextChild()) {
        if (xml.name() == u"v")
            stored = walk.text();
        else if (xml.name() == u"is")
            appendRunText(walk, inlineText);
        else
            walk.skip();
    }
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = stored.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size()) {
            return damagedPart(
                context.fileName, context.part,
                tr("cell %1 refers to shared string %2, which does not exist").arg(reference, stored));
        }
        return context.sharedStrings.at(index);
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"b")
        return stored.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e" || type == u"d")
        return stored;
    return stored.isEmpty() ? QString() : numberText(stored);
}

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

qsizetype filledWidth(const QStringList& cells)
{
    qsizetype width = cells.size();
    while (width > 0 && cells[width - 1].trimmed().isEmpty())
        --width;
    return width;
}

// Builds the table from the worksheet as it streams: the first non-empty row is the header, each
// later row is checked and padded to its width at once, so nothing but the table grows, and the
// table is stopped at ListLimits' cells and characters.
class SheetBuilder
{
public:
    SheetBuilder(const SheetContext& context, CsvTable& table)
        : m_context(context)
        , m_table(table)
    {
    }

    Status addRow(int number, QStringList& cells)
    {
        if (isBlank(cells))
            return {};
        if (!m_haveHeader) {
            cells.resize(filledWidth(cells));
            for (QString& name : cells)
                name = name.trimmed();
            m_characters += textOf(cells);
            m_table.header = std::move(cells);
            m_haveHeader = true;
            return {};
        }
        const qsizetype width = m_table.header.size();
        const qsizetype filled = filledWidth(cells);
        if (filled > width) {
            return Error::badInput(
                QCoreApplication::translate("sd::XlsxReader",
                                            "%1, row %2: cell %3 holds a value but the header has only %n "
                                            "column(s); give the column a header or clear the cell and try "
                                            "again.",
                                            nullptr, int(width))
                    .arg(m_context.fileName)
                    .arg(number)
                    .arg(XlsxReader::columnLetters(int(filled - 1)) + QString::number(number)));
        }
        if (m_table.rows.size() >= ListLimits::kMaxRows) {
            return tooLarge(
                m_context.fileName,
                tr("at row %1 its list passes %2 rows").arg(number).arg(count(ListLimits::kMaxRows)));
        }
        m_cells += width;
        if (m_cells > ListLimits::kMaxCells) {
            return tooLarge(m_context.fileName,
                            tr("at row %1 its list passes %2 cells (rows times the %3 columns of the header)")
                                .arg(number)
                                .arg(count(ListLimits::kMaxCells))
                                .arg(width));
        }
        m_characters += textOf(cells);
        if (m_characters > ListLimits::kMaxCharacters) {
            return tooLarge(m_context.fileName, tr("at row %1 its cells pass %2 characters in all")
                                                    .arg(number)
                                                    .arg(count(ListLimits::kMaxCharacters)));
        }
        cells.resize(width);
        m_table.rows.append(std::move(cells));
        m_table.lineNumbers.append(number);
        return {};
    }

    bool haveHeader() const { return m_haveHeader; }

private:
    static qsizetype textOf(const QStringList& cells)
    {
        qsizetype characters = 0;
        for (const QString& cell : cells)
            characters += cell.size();
        return characters;
    }

    const SheetContext& m_context;
    CsvTable& m_table;
    bool m_haveHeader = false;
    qsizetype m_cells = 0;
    qsizetype m_characters = 0;
};

Status parseSheet(StreamedPart& streamed, const SheetContext& context, SheetBuilder& builder)
{
    QXmlStreamReader xml(streamed.stream.get());
    XmlWalk walk(xml);
    int previousRow = 0;
    QStringList cells;
    while (!xml.atEnd()) {
        if (walk.next() != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        const int rowNumber = ok && number > 0 ? number : previousRow + 1;
        previousRow = rowNumber;
        cells.clear();
        int previousColumn = -1;
        while (walk.nextChild()) {
            if (xml.name() != u"c") {
                walk.skip();
                continue;
            }
            QString reference = xml.attributes().value(QLatin1String("r")).toString();
            const int column = reference.isEmpty() ? previousColumn + 1 : XlsxReader::columnIndex(reference);
            if (column < 0 || column >= kExcelColumns) {
                return damagedPart(
                    context.fileName, context.part,
                    tr("cell reference \"%1\" in row %2 is not a valid cell").arg(reference).arg(rowNumber));
            }
            if (reference.isEmpty())
                reference = XlsxReader::columnLetters(column) + QString::number(rowNumber);
            previousColumn = column;
            Result<QString> value = readCell(walk, context, reference);
            if (!value)
                return value.error();
            if (value->isEmpty())
                continue;
            if (cells.size() <= column)
                cells.resize(column + 1);
            cells[column] = std::move(*value);
        }
        if (xml.hasError())
            break;
        if (Status added = builder.addRow(rowNumber, cells); !added)
            return added;
    }
    if (xml.hasError() || streamed.stream->status() != ZipArchive::PartStatus::Read)
        return streamError(context.fileName, context.part, streamed, xml);
    return {};
}

// Finds the first worksheet in tab order that is not hidden, through the workbook's relationships.
Result<QString> firstWorksheetPart(ZipArchive& zip, const QString& fileName)
{
    Result<std::optional<QByteArray>> workbook = readPart(zip, QStringLiteral("xl/workbook.xml"), fileName);
    if (!workbook)
        return workbook.error();
    if (!workbook->has_value())
        return noWorksheet(fileName);
    Result<QList<SheetEntry>> sheets = parseWorkbook(**workbook, fileName);
    if (!sheets)
        return sheets.error();
    if (sheets->isEmpty())
        return noWorksheet(fileName);

    const QString relationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    Result<std::optional<QByteArray>> relationshipsXml = readPart(zip, relationshipsPart, fileName);
    if (!relationshipsXml)
        return relationshipsXml.error();
    QHash<QString, QString> targets;
    if (relationshipsXml->has_value()) {
        Result<QHash<QString, QString>> parsed =
            parseRelationships(**relationshipsXml, QStringLiteral("xl"), relationshipsPart, fileName);
        if (!parsed)
            return parsed.error();
        targets = std::move(*parsed);
    }

    const SheetEntry* chosen = &sheets->front();
    for (const SheetEntry& sheet : *sheets) {
        if (!sheet.hidden) {
            chosen = &sheet;
            break;
        }
    }
    const QString target = targets.value(chosen->relationshipId);
    if (target.isEmpty())
        return noWorksheet(fileName);
    return target;
}

} // namespace

int XlsxReader::columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (QChar c : reference) {
        const char16_t upper = c.toUpper().unicode();
        if (upper < u'A' || upper > u'Z')
            break;
        column = column * 26 + (upper - u'A' + 1);
        if (column > kExcelColumns)
            return -1;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString XlsxReader::columnLetters(int column)
{
    QString letters;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        letters.prepend(QChar(u'A' + (rest - 1) % 26));
    return letters;
}

Result<CsvTable> XlsxReader::readFile(const QString& path)
{
    Result<QByteArray> bytes = FileBytes::read(path);
    if (!bytes)
        return bytes.error();
    return read(*bytes, path);
}

Result<CsvTable> XlsxReader::read(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > FileBytes::kMaxListFileBytes)
        return FileBytes::tooLarge(fileName, bytes.size());
    if (!bytes.startsWith(QByteArrayLiteral("PK\x03\x04")))
        return notAWorkbook(fileName);
    std::unique_ptr<ZipArchive> archive = ZipArchive::open(bytes);
    if (!archive)
        return notAWorkbook(fileName);
    ZipArchive& zip = *archive;

    Result<QString> sheetPart = firstWorksheetPart(zip, fileName);
    if (!sheetPart)
        return sheetPart.error();

    // The shared strings first: the worksheet refers to them as it streams.
    SharedStrings sharedStrings;
    const QString sharedPart = QStringLiteral("xl/sharedStrings.xml");
    {
        Result<std::optional<StreamedPart>> shared = openStream(zip, sharedPart, fileName);
        if (!shared)
            return shared.error();
        if (shared->has_value()) {
            Result<SharedStrings> parsed = parseSharedStrings(**shared, fileName);
            if (!parsed)
                return parsed.error();
            sharedStrings = std::move(*parsed);
        }
    }

    const QString part = *sheetPart;
    Result<std::optional<StreamedPart>> sheet = openStream(zip, part, fileName);
    if (!sheet)
        return sheet.error();
    if (!sheet->has_value())
        return noWorksheet(fileName);

    CsvTable table;
    table.encoding = QString(kXlsxEncoding);
    const SheetContext context{fileName, part, sharedStrings};
    SheetBuilder builder(context, table);
    if (Status parsed = parseSheet(**sheet, context, builder); !parsed)
        return parsed.error();
    if (!builder.haveHeader()) {
        return Error::badInput(
            tr("%1: the first worksheet holds no rows; put the list on the first worksheet and try again.")
                .arg(fileName));
    }
    return table;
}

} // namespace sd
