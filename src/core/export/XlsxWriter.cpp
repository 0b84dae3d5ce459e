#include "export/XlsxWriter.h"

#include "common/WriteFailure.h"
#include "export/CellSafety.h"
#include "export/ExportText.h"
#include "export/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <memory>
#include <xlsxwriter.h>

namespace sd {

namespace {

// Column widths in Excel's units (about one character of the default font each).
constexpr double MinColumnWidth = 6;
constexpr double MaxColumnWidth = 60;
constexpr double MaxAboutValueWidth = 100;
constexpr double WidthPadding = 2;

constexpr qsizetype MaxSheetNameLength = LXW_SHEETNAME_MAX;

// The workbook is streamed row by row to a temporary file (libxlsxwriter's constant_memory mode), so
// that a table of 100,000 participants needs a few megabytes instead of hundreds; rows are written
// strictly top to bottom, which that mode requires.
constexpr bool StreamRows = true;

struct WorkbookDeleter
{
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookDeleter>;

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* decimal = nullptr;
    lxw_format* totalText = nullptr;
    lxw_format* totalInteger = nullptr;
    lxw_format* totalDecimal = nullptr;
    lxw_format* wrapped = nullptr;
};

// The formats of one row: plain rows or the bold totals row.
struct RowFormats
{
    lxw_format* text = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* decimal = nullptr;
};

Formats createFormats(lxw_workbook* workbook)
{
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    formats.integer = workbook_add_format(workbook);
    format_set_num_format(formats.integer, "0");
    formats.decimal = workbook_add_format(workbook);
    format_set_num_format(formats.decimal, "0.0");
    formats.totalText = workbook_add_format(workbook);
    format_set_bold(formats.totalText);
    formats.totalInteger = workbook_add_format(workbook);
    format_set_bold(formats.totalInteger);
    format_set_num_format(formats.totalInteger, "0");
    formats.totalDecimal = workbook_add_format(workbook);
    format_set_bold(formats.totalDecimal);
    format_set_num_format(formats.totalDecimal, "0.0");
    formats.wrapped = workbook_add_format(workbook);
    format_set_text_wrap(formats.wrapped);
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
    return formats;
}

bool isWholeNumber(const QVariant& value)
{
    if (isIntegralNumber(value))
        return true;
    const double number = value.toDouble();
    return std::isfinite(number) && number == std::trunc(number);
}

qsizetype longestLineLength(const QString& text)
{
    qsizetype longest = 0;
    qsizetype current = 0;
    for (const QChar character : text) {
        if (character == u'\n') {
            longest = std::max(longest, current);
            current = 0;
        } else {
            ++current;
        }
    }
    return std::max(longest, current);
}

// How many characters a cell shows, for the column width; numbers are measured without formatting
// them to text, which matters for a table of a million cells.
qsizetype displayLength(TableColumn::Kind kind, const QVariant& value)
{
    if (value.isNull())
        return 0;
    if (!isNumberCell(kind, value))
        return longestLineLength(value.toString());
    const double number = value.toDouble();
    qsizetype length = number < 0 ? 2 : 1;
    for (double magnitude = std::abs(number); magnitude >= 10 && length < 20; magnitude /= 10)
        ++length;
    if (kind == TableColumn::Kind::Decimal || !isWholeNumber(value))
        length += 2;
    return length;
}

QList<double> columnWidths(const Table& table)
{
    QList<qsizetype> longest(table.columns.size(), 0);
    for (qsizetype column = 0; column < table.columns.size(); ++column)
        longest[column] = longestLineLength(table.columns[column].title);
    const auto measure = [&](const QList<QVariant>& values) {
        const qsizetype count = std::min(values.size(), table.columns.size());
        for (qsizetype column = 0; column < count; ++column)
            longest[column] =
                std::max(longest[column], displayLength(table.columns[column].kind, values[column]));
    };
    for (const QList<QVariant>& row : table.rows)
        measure(row);
    if (table.totals)
        measure(*table.totals);

    QList<double> widths;
    widths.reserve(longest.size());
    for (const qsizetype length : longest)
        widths.append(std::clamp(double(length) + WidthPadding, MinColumnWidth, MaxColumnWidth));
    return widths;
}

// Excel refuses sheet names longer than 31 characters, holding any of []:*?/\ or beginning or ending
// with an apostrophe; names are also unique regardless of case.
QString sanitisedSheetName(const QString& title, const QString& fallback)
{
    QString name = title;
    for (QChar& character : name) {
        if (QStringView(u"[]:*?/\\").contains(character) || character.category() == QChar::Other_Control)
            character = u'_';
    }
    name = name.trimmed();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.isEmpty())
        name = fallback;
    if (name.size() > MaxSheetNameLength) {
        name.truncate(MaxSheetNameLength);
        if (name.back().isHighSurrogate())
            name.chop(1);
    }
    return name;
}

QString uniqueSheetName(const QString& name, QStringList& taken)
{
    QString candidate = name;
    for (int suffix = 2; taken.contains(candidate, Qt::CaseInsensitive); ++suffix) {
        const QString ending = QStringLiteral(" (%1)").arg(suffix);
        QString base = name.left(MaxSheetNameLength - ending.size());
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
        candidate = base + ending;
    }
    taken.append(candidate);
    return candidate;
}

class SheetWriter
{
public:
    SheetWriter(lxw_worksheet* worksheet, QString sheetName)
        : m_worksheet(worksheet)
        , m_sheetName(std::move(sheetName))
    {
    }

    Status text(lxw_row_t row, lxw_col_t column, const QString& value, lxw_format* format) const
    {
        const QByteArray utf8 = neutraliseCell(value).toUtf8();
        return check(worksheet_write_string(m_worksheet, row, column, utf8.constData(), format), row, column);
    }

    Status number(lxw_row_t row, lxw_col_t column, double value, lxw_format* format) const
    {
        return check(worksheet_write_number(m_worksheet, row, column, value, format), row, column);
    }

    Status value(lxw_row_t row, lxw_col_t column, TableColumn::Kind kind, const QVariant& value,
                 const RowFormats& formats) const
    {
        if (value.isNull())
            return {};
        if (!isNumberCell(kind, value))
            return text(row, column, value.toString(), formats.text);
        lxw_format* format = formats.decimal;
        if (kind == TableColumn::Kind::Integer)
            format = isWholeNumber(value) ? formats.integer : formats.text; // a half day keeps its half
        return number(row, column, value.toDouble(), format);
    }

    Status width(lxw_col_t column, double characters, lxw_format* format = nullptr) const
    {
        return check(worksheet_set_column(m_worksheet, column, column, characters, format), 0, column);
    }

    lxw_worksheet* worksheet() const { return m_worksheet; }

private:
    Status check(lxw_error error, lxw_row_t row, lxw_col_t column) const
    {
        if (error == LXW_NO_ERROR)
            return {};
        char cell[LXW_MAX_CELL_NAME_LENGTH];
        lxw_rowcol_to_cell(cell, row, column);
        return Error::badInput(
            Export::tr("Could not write cell %1 of sheet \"%2\" (%3); shorten or correct that value "
                       "and export again.")
                .arg(QString::fromLatin1(cell), m_sheetName, QString::fromUtf8(lxw_strerror(error))));
    }

    lxw_worksheet* m_worksheet;
    QString m_sheetName;
};

Status checkFits(const Table& table, const QString& sheetName)
{
    const qsizetype rowsNeeded =
        1 + table.rows.size() + (table.totals ? 1 : 0) + (table.notes.isEmpty() ? 0 : 1 + table.notes.size());
    if (table.columns.size() > LXW_COL_MAX || rowsNeeded > LXW_ROW_MAX) {
        return Error::badInput(
            Export::tr("The table \"%1\" has %2 rows and %3 columns, more than an Excel sheet holds "
                       "(%4 rows, %5 columns); export it as CSV or narrow it with filters.")
                .arg(sheetName)
                .arg(rowsNeeded)
                .arg(table.columns.size())
                .arg(LXW_ROW_MAX)
                .arg(LXW_COL_MAX));
    }
    return {};
}

Status writeRecord(const SheetWriter& sheet, lxw_row_t row, const Table& table, const QList<QVariant>& values,
                   const RowFormats& formats)
{
    const qsizetype count = std::min(values.size(), table.columns.size());
    for (qsizetype column = 0; column < count; ++column) {
        if (Status written =
                sheet.value(row, lxw_col_t(column), table.columns[column].kind, values[column], formats);
            !written)
            return written;
    }
    return {};
}

Status writeTableSheet(const SheetWriter& sheet, const Table& table, const Formats& formats)
{
    const QList<double> widths = columnWidths(table);
    for (qsizetype column = 0; column < widths.size(); ++column) {
        if (Status set = sheet.width(lxw_col_t(column), widths[column]); !set)
            return set;
    }

    lxw_row_t row = 0;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        if (Status written = sheet.text(row, lxw_col_t(column), table.columns[column].title, formats.header);
            !written)
            return written;
    }
    worksheet_freeze_panes(sheet.worksheet(), 1, 0);

    const RowFormats plain{nullptr, formats.integer, formats.decimal};
    for (const QList<QVariant>& values : table.rows) {
        if (Status written = writeRecord(sheet, ++row, table, values, plain); !written)
            return written;
    }
    if (table.totals) {
        const RowFormats bold{formats.totalText, formats.totalInteger, formats.totalDecimal};
        if (Status written = writeRecord(sheet, ++row, table, *table.totals, bold); !written)
            return written;
    }
    if (!table.notes.isEmpty())
        ++row; // one empty row between the table and its notes
    for (const QString& note : table.notes) {
        if (Status written = sheet.text(++row, 0, note, nullptr); !written)
            return written;
    }
    return {};
}

Status writeAboutSheet(const SheetWriter& sheet, const AboutLines& lines, const Formats& formats)
{
    qsizetype longestKey = 0;
    qsizetype longestValue = 0;
    for (const auto& [key, value] : lines) {
        longestKey = std::max(longestKey, longestLineLength(key));
        longestValue = std::max(longestValue, longestLineLength(value));
    }
    if (Status set =
            sheet.width(0, std::clamp(double(longestKey) + WidthPadding, MinColumnWidth, MaxColumnWidth));
        !set)
        return set;
    if (Status set = sheet.width(
            1, std::clamp(double(longestValue) + WidthPadding, MinColumnWidth, MaxAboutValueWidth),
            formats.wrapped);
        !set)
        return set;

    lxw_row_t row = 0;
    for (const auto& [key, value] : lines) {
        if (Status written = sheet.text(row, 0, key, formats.header); !written)
            return written;
        if (Status written = sheet.text(row, 1, value, formats.wrapped); !written)
            return written;
        ++row;
    }
    return {};
}

Status copyFile(const QString& sourcePath, QIODevice* destination)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error::badInput(
            Export::tr("Could not read back the workbook just written to %1 (%2); check the free disk "
                       "space and export again.")
                .arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    }
    while (!source.atEnd()) {
        const QByteArray block = source.read(1024 * 1024);
        if (block.isEmpty() && source.error() != QFileDevice::NoError) {
            return Error::badInput(
                Export::tr("Could not read back the workbook just written to %1 (%2); check the free "
                           "disk space and export again.")
                    .arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
        }
        errno = 0;
        if (destination->write(block) != block.size()) {
            return Error::badInput(
                Export::tr("Could not write the workbook: %1. Nothing was written; free some space "
                           "or choose another folder, then export again.")
                    .arg(WriteFailure::reason(destination, errno)));
        }
    }
    return {};
}

} // namespace

void XlsxWorkbookWriter::addTable(const Table& table)
{
    m_tables.append(table);
}

void XlsxWorkbookWriter::setAbout(const AboutLines& lines)
{
    m_about = lines;
}

Status XlsxWorkbookWriter::write(const QString& path) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error::badInput(
            Export::tr("No file name was given for the workbook; choose a file to export to."));

    // The About sheet keeps its name; a table called "About" gets a suffix instead.
    QStringList takenNames;
    const QString aboutName = uniqueSheetName(Export::tr("About"), takenNames);
    QStringList tableNames;
    for (qsizetype index = 0; index < m_tables.size(); ++index) {
        const QString fallback = Export::tr("Sheet %1").arg(index + 1);
        tableNames.append(uniqueSheetName(sanitisedSheetName(m_tables[index].title, fallback), takenNames));
        if (Status fits = checkFits(m_tables[index], tableNames.back()); !fits)
            return fits;
    }

    return writeWorkbookFile(path, StreamRows, [&](lxw_workbook* workbook) -> Status {
        const Formats formats = createFormats(workbook);
        const auto addSheet = [&](const QString& name) -> lxw_worksheet* {
            return workbook_add_worksheet(workbook, name.toUtf8().constData());
        };
        const auto sheetError = [&](const QString& name) {
            return Error::badInput(
                Export::tr("Could not add the sheet \"%1\" to %2 (it needs a temporary file in %3); check "
                           "the free space there and export again.")
                    .arg(name, shownPath, QDir::toNativeSeparators(QDir::tempPath())));
        };

        // In constant_memory mode each sheet is finished before the next one starts.
        for (qsizetype index = 0; index < m_tables.size(); ++index) {
            lxw_worksheet* worksheet = addSheet(tableNames[index]);
            if (worksheet == nullptr)
                return sheetError(tableNames[index]);
            if (Status written =
                    writeTableSheet(SheetWriter(worksheet, tableNames[index]), m_tables[index], formats);
                !written)
                return written;
        }
        lxw_worksheet* about = addSheet(aboutName);
        if (about == nullptr)
            return sheetError(aboutName);
        return writeAboutSheet(SheetWriter(about, aboutName), m_about, formats);
    });
}

Status writeWorkbookFile(const QString& path, bool streamRows,
                         const std::function<Status(lxw_workbook*)>& fill)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo destination(path);
    QTemporaryFile temporary(
        destination.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(destination.fileName())));
    errno = 0;
    if (!temporary.open()) {
        return Error::badInput(
            Export::tr("Could not create %1: %2. Nothing was written; choose another folder, or "
                       "free some space, then export again.")
                .arg(shownPath, WriteFailure::reason(&temporary, errno)));
    }
    temporary.close(); // libxlsxwriter opens the file by name; the object removes it when done

    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    QByteArray scratchFolder = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = streamRows ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = scratchFolder.data();
    WorkbookPtr workbook(workbook_new_opt(temporaryName.constData(), &options));
    if (!workbook)
        return Error::badInput(
            Export::tr("Could not start the workbook %1; free some memory and export again.").arg(shownPath));
    if (Status filled = fill(workbook.get()); !filled)
        return filled;

    // workbook_close frees the workbook whatever it returns.
    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR) {
        return Error::badInput(
            Export::tr("Could not write the workbook %1 (%2); check the free disk space and your "
                       "permissions on the folder, then export again.")
                .arg(shownPath, QString::fromUtf8(lxw_strerror(closed))));
    }
    return writeFileAtomically(path,
                               [&](QIODevice* device) { return copyFile(temporary.fileName(), device); });
}

Status writeTableToXlsx(const QString& path, const Table& table, const AboutLines& about)
{
    XlsxWorkbookWriter writer;
    writer.addTable(table);
    writer.setAbout(about);
    return writer.write(path);
}

} // namespace sd
