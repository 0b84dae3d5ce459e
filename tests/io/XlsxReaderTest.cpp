#include "io/XlsxReader.h"

#include "TempDir.h"

#include <QFile>
#include <gtest/gtest.h>

namespace sd {
namespace {

// The workbooks are made by tests/data/xlsx/make_xlsx_files.py.
QString workbook(const char* name)
{
    return test::dataPath(QStringLiteral("xlsx/") + QString::fromLatin1(name));
}

QStringList cells(std::initializer_list<const char16_t*> values)
{
    QStringList list;
    for (const char16_t* value : values)
        list.append(QString::fromUtf16(value));
    return list;
}

TEST(XlsxReaderTest, ColumnLettersAndIndexesRoundTrip)
{
    EXPECT_EQ(XlsxReader::columnIndex(u"A1"), 0);
    EXPECT_EQ(XlsxReader::columnIndex(u"z9"), 25);
    EXPECT_EQ(XlsxReader::columnIndex(u"AA1"), 26);
    EXPECT_EQ(XlsxReader::columnIndex(u"AB12"), 27);
    EXPECT_EQ(XlsxReader::columnIndex(u"XFD1048576"), 16383);
    EXPECT_EQ(XlsxReader::columnIndex(u"XFE1"), -1);
    EXPECT_EQ(XlsxReader::columnIndex(u"12"), -1);
    EXPECT_EQ(XlsxReader::columnIndex(u""), -1);
    for (int column : {0, 25, 26, 27, 51, 52, 701, 702, 16383})
        EXPECT_EQ(XlsxReader::columnIndex(XlsxReader::columnLetters(column) + QStringLiteral("1")), column);
    EXPECT_EQ(XlsxReader::columnLetters(27), QStringLiteral("AB"));
}

TEST(XlsxReaderTest, ReadsAWorkbookWrittenBySpreadsheetSoftware)
{
    const Result<CsvTable> table = XlsxReader::readFile(workbook("participants.xlsx"));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->encoding, QStringLiteral("XLSX"));
    EXPECT_TRUE(table->separator.isNull());
    // Rows 1 and 2 are empty; the header is row 3.
    EXPECT_EQ(table->header, cells({u"Nombre(s)", u"Apellidos", u"Institución", u"Teléfono", u"Horas",
                                    u"Asistió", u"Fecha"}));
    ASSERT_EQ(table->rows.size(), 2);
    // Whole numbers without ".0", a boolean, a date as its serial number (2024-04-01).
    EXPECT_EQ(table->rows[0], cells({u"María José", u"Ramírez Núñez", u"Secretaría de Salud, Oaxaca",
                                     u"9511234567", u"3.5", u"TRUE", u"45383"}));
    // Row 5 holds only spaces and is left out; row 6 has a gap in column C and is padded.
    EXPECT_EQ(table->rows[1], cells({u"Begoña", u"Peña", u"", u"42", u"12", u"FALSE", u""}));
    EXPECT_EQ(table->lineNumbers, (QList<int>{4, 6}));
}

TEST(XlsxReaderTest, ReadsSharedAndInlineStringsFromTheFirstVisibleSheet)
{
    const Result<CsvTable> table = XlsxReader::readFile(workbook("handmade.xlsx"));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    // The formatted empty cell F1 does not widen the header.
    EXPECT_EQ(table->header, cells({u"Nombre(s)", u"Apellidos", u"Institución", u"Valor", u"Nota"}));
    ASSERT_EQ(table->rows.size(), 3);
    // Rich text runs joined, the phonetic guide left out; cells without references in order.
    EXPECT_EQ(table->rows[0],
              cells({u"Ana", u"Peña Ortiz", u"Secretaría de Salud", u"0.0025", u"formula text"}));
    EXPECT_EQ(table->rows[1], cells({u"Luis", u"FALSE", u"", u"", u"#N/A"}));
    EXPECT_EQ(table->rows[2], cells({u"0.3", u"-7", u"1e+20", u"100", u""}));
    EXPECT_EQ(table->lineNumbers, (QList<int>{2, 7, 8}));
}

TEST(XlsxReaderTest, ValueBeyondTheHeaderNamesTheCell)
{
    const QString path = workbook("extra-cell.xlsx");
    const Result<CsvTable> table = XlsxReader::readFile(path);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(table.error().message,
              path + QStringLiteral(", row 3: cell D3 holds a value but the header has only 2 "
                                    "columns; give the column a header or clear the cell and "
                                    "try again."));
}

TEST(XlsxReaderTest, ZipWithoutWorkbookIsRefused)
{
    const QString path = workbook("no-worksheet.xlsx");
    const Result<CsvTable> table = XlsxReader::readFile(path);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(table.error().message,
              path + QStringLiteral(" holds no worksheet (it is a zip archive but not an Excel "
                                    "workbook); open it in the spreadsheet program, save it "
                                    "as .xlsx or CSV and try again."));
}

TEST(XlsxReaderTest, EmptyFirstSheetIsRefused)
{
    const Result<CsvTable> table = XlsxReader::readFile(workbook("empty-sheet.xlsx"));
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.error().message.contains(QStringLiteral("the first worksheet holds no rows")))
        << table.error().message.toStdString();
}

TEST(XlsxReaderTest, BytesThatAreNotAZipAreRefused)
{
    const Result<CsvTable> table =
        XlsxReader::read(QByteArrayLiteral("Nombre;Apellidos\r\n"), QStringLiteral("a.xlsx"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().message,
              QStringLiteral(
                  "a.xlsx is not an XLSX workbook (it is not a zip archive, or a damaged one); open it in "
                  "the spreadsheet program, save it as .xlsx or CSV and try again."));
}

TEST(XlsxReaderTest, TruncatedZipIsRefusedNotCrashed)
{
    QFile file(workbook("handmade.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (qsizetype size : {qsizetype(4), qsizetype(100), bytes.size() / 2, bytes.size() - 10}) {
        const Result<CsvTable> table = XlsxReader::read(bytes.left(size), QStringLiteral("cut.xlsx"));
        EXPECT_FALSE(table.ok()) << size;
        if (!table.ok()) {
            EXPECT_TRUE(table.error().message.startsWith(QStringLiteral("cut.xlsx"))) << size;
        }
    }
}

} // namespace
} // namespace sd
