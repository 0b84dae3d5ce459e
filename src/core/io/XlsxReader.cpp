#include "io/XlsxReader.h"

#include "io/FileBytes.h"
#include "io/ZipArchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QList>
#include <QXmlStreamReader>
#include <cmath>
#include <optional>

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

// A part of the zip, or nothing when the workbook does not have it.
Result<std::optional<QByteArray>> readPart(ZipArchive& zip, const QString& part, const QString& fileName)
{
    ZipArchive::Part read = zip.read(part, XlsxReader::kMaxPartBytes);
    switch (read.status) {
    case ZipArchive::PartStatus::Missing:
        return std::optional<QByteArray>();
    case ZipArchive::PartStatus::Damaged:
        return damagedPart(fileName, part, tr("zip error %1").arg(read.zipError));
    case ZipArchive::PartStatus::TooLarge:
        return damagedPart(
            fileName, part,
            tr("it expands to more than %1 MiB").arg(XlsxReader::kMaxPartBytes / (1024 * 1024)));
    case ZipArchive::PartStatus::Read:
        break;
    }
    return std::optional<QByteArray>(std::move(read.bytes));
}

// The text of a rich-text holder (<si>, <is>, <r>): its <t> runs, without phonetic guides.
void appendRunText(QXmlStreamReader& xml, QString& text)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.name() == u"r")
            appendRunText(xml, text);
        else
            xml.skipCurrentElement();
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
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
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
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
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

Result<QStringList> parseSharedStrings(const QByteArray& xmlBytes, const QString& fileName)
{
    QStringList strings;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            QString text;
            appendRunText(xml, text);
            strings.append(text);
        }
    }
    if (xml.hasError())
        return xmlError(fileName, QStringLiteral("xl/sharedStrings.xml"), xml);
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

struct SheetRow
{
    int number = 0;
    QStringList cells;
};

struct SheetContext
{
    const QString& fileName;
    const QString& part;
    const QStringList& sharedStrings;
};

Result<QString> readCell(QXmlStreamReader& xml, const SheetContext& context, const QString& reference)
{
    const QString type = xml.attributes().value(QLatin1String("t")).toString();
    QString stored;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            stored = xml.readElementText();
        else if (xml.name() == u"is")
            appendRunText(xml, inlineText);
        else
            xml.skipCurrentElement();
    }
    if (type == u"s") {
        bool ok = false;
        const int index = stored.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size()) {
            return damagedPart(
                context.fileName, context.part,
                tr("cell %1 refers to shared string %2, which does not exist").arg(reference, stored));
        }
        return context.sharedStrings[index];
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"b")
        return stored.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e" || type == u"d")
        return stored;
    return stored.isEmpty() ? QString() : numberText(stored);
}

Result<QList<SheetRow>> parseSheet(const QByteArray& xmlBytes, const SheetContext& context)
{
    QList<SheetRow> rows;
    QXmlStreamReader xml(xmlBytes);
    int previousRow = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        SheetRow row;
        bool ok = false;
        const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        row.number = ok && number > 0 ? number : previousRow + 1;
        previousRow = row.number;
        int previousColumn = -1;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            QString reference = xml.attributes().value(QLatin1String("r")).toString();
            const int column = reference.isEmpty() ? previousColumn + 1 : XlsxReader::columnIndex(reference);
            if (column < 0 || column >= kExcelColumns) {
                return damagedPart(
                    context.fileName, context.part,
                    tr("cell reference \"%1\" in row %2 is not a valid cell").arg(reference).arg(row.number));
            }
            if (reference.isEmpty())
                reference = XlsxReader::columnLetters(column) + QString::number(row.number);
            previousColumn = column;
            Result<QString> value = readCell(xml, context, reference);
            if (!value)
                return value.error();
            if (value->isEmpty())
                continue;
            if (row.cells.size() <= column)
                row.cells.resize(column + 1);
            row.cells[column] = std::move(*value);
        }
        rows.append(std::move(row));
    }
    if (xml.hasError())
        return xmlError(context.fileName, context.part, xml);
    return rows;
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
    Result<std::optional<QByteArray>> sheetXml = readPart(zip, *sheetPart, fileName);
    if (!sheetXml)
        return sheetXml.error();
    if (!sheetXml->has_value())
        return noWorksheet(fileName);

    QStringList sharedStrings;
    Result<std::optional<QByteArray>> sharedXml =
        readPart(zip, QStringLiteral("xl/sharedStrings.xml"), fileName);
    if (!sharedXml)
        return sharedXml.error();
    if (sharedXml->has_value()) {
        Result<QStringList> parsed = parseSharedStrings(**sharedXml, fileName);
        if (!parsed)
            return parsed.error();
        sharedStrings = std::move(*parsed);
    }

    const QString part = *sheetPart;
    Result<QList<SheetRow>> rows = parseSheet(**sheetXml, SheetContext{fileName, part, sharedStrings});
    if (!rows)
        return rows.error();

    CsvTable table;
    table.encoding = QString(kXlsxEncoding);
    bool haveHeader = false;
    for (SheetRow& row : *rows) {
        if (isBlank(row.cells))
            continue;
        if (!haveHeader) {
            row.cells.resize(filledWidth(row.cells));
            for (QString& name : row.cells)
                name = name.trimmed();
            table.header = std::move(row.cells);
            haveHeader = true;
            continue;
        }
        const qsizetype width = table.header.size();
        const qsizetype filled = filledWidth(row.cells);
        if (filled > width) {
            return Error::badInput(
                tr("%1, row %2: cell %3 holds a value but the header has only %4 columns; give "
                   "the column a header or clear the cell and try again.")
                    .arg(fileName)
                    .arg(row.number)
                    .arg(columnLetters(int(filled - 1)) + QString::number(row.number))
                    .arg(width));
        }
        row.cells.resize(width);
        table.rows.append(std::move(row.cells));
        table.lineNumbers.append(row.number);
    }
    if (!haveHeader) {
        return Error::badInput(
            tr("%1: the first worksheet holds no rows; put the list on the first worksheet and try again.")
                .arg(fileName));
    }
    return table;
}

} // namespace sd
