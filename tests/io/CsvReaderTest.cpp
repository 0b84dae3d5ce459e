#include "io/CsvReader.h"

#include "TempDir.h"
#include "io/FileBytes.h"

#include <QFile>
#include <gtest/gtest.h>

namespace sd {
namespace {

const QString kName = QStringLiteral("list.csv");

CsvTable readOk(const QByteArray& bytes)
{
    Result<CsvTable> table = CsvReader::read(bytes, kName);
    EXPECT_TRUE(table.ok()) << (table.ok() ? std::string() : table.error().message.toStdString());
    return table.ok() ? *table : CsvTable{};
}

QString readError(const QByteArray& bytes)
{
    Result<CsvTable> table = CsvReader::read(bytes, kName);
    EXPECT_FALSE(table.ok());
    if (table.ok())
        return {};
    EXPECT_EQ(table.error().kind, ErrorKind::BadInput);
    return table.error().message;
}

TEST(CsvReaderTest, SeparatorIsTheOneThatSplitsRowsLikeTheHeader)
{
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a,b,c\n1,2,3\n")), u',');
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a;b;c\n1;2;3\n")), u';');
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a\tb\tc\n1\t2\t3\n")), u'\t');
    // Decimal commas in a semicolon list.
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("name;hours\nAna;1,5\nLuis;2,25\n")), u';');
    // Semicolons inside quoted cells of a comma list do not count.
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n")), u',');
    // One column: nothing splits, comma by default.
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("email\nana@example.org\n")), u',');
    // A header alone decides by its width.
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a;b;c,d")), u';');
}

TEST(CsvReaderTest, SeparatorHintLineWins)
{
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("sep=|\na|b\n1|2\n")), u'|');
    const CsvTable table = readOk(QByteArrayLiteral("SEP=|\r\na|b\r\n1|2\r\n"));
    EXPECT_EQ(table.separator, u'|');
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(table.lineNumbers, QList<int>{3});
}

TEST(CsvReaderTest, LineBreaksMayBeCrLfLfOrCr)
{
    for (const QByteArray& lineBreak :
         {QByteArrayLiteral("\r\n"), QByteArrayLiteral("\n"), QByteArrayLiteral("\r")}) {
        const QByteArray bytes =
            "a,b" + lineBreak + "1,2" + lineBreak + "\"x" + lineBreak + "y\",3" + lineBreak;
        const CsvTable table = readOk(bytes);
        ASSERT_EQ(table.rows.size(), 2);
        EXPECT_EQ(table.rows[1][0], QStringLiteral("x\ny"));
        EXPECT_EQ(table.lineNumbers, (QList<int>{2, 3}));
    }
}

TEST(CsvReaderTest, LastLineWithoutLineBreakIsRead)
{
    const CsvTable table = readOk(QByteArrayLiteral("a,b\n1,2"));
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

TEST(CsvReaderTest, EmptyCellsAndTrailingSeparatorKeepTheirPlace)
{
    const CsvTable table = readOk(QByteArrayLiteral("a,b,c\n,2,\n1,,\n"));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows[0], (QStringList{QString(), QStringLiteral("2"), QString()}));
    EXPECT_EQ(table.rows[1], (QStringList{QStringLiteral("1"), QString(), QString()}));
}

TEST(CsvReaderTest, HeaderCellsAreTrimmedAndTrailingEmptyOnesDropped)
{
    const CsvTable table = readOk(QByteArrayLiteral(" Nombre ; Apellidos ;;\nAna ;Ruiz;;\n"));
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("Nombre"), QStringLiteral("Apellidos")}));
    ASSERT_EQ(table.rows.size(), 1);
    // Data cells stay as written.
    EXPECT_EQ(table.rows[0], (QStringList{QStringLiteral("Ana "), QStringLiteral("Ruiz")}));
}

TEST(CsvReaderTest, TextAfterAClosingQuoteIsKept)
{
    const CsvTable table = readOk(QByteArrayLiteral("a,b\n\"Ana\" Mar\xC3\xAD"
                                                    "a,2\n"));
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows[0][0], QStringLiteral(u"Ana María"));
}

TEST(CsvReaderTest, HeaderOnlyGivesNoRows)
{
    const CsvTable table = readOk(QByteArrayLiteral("Nombre;Apellidos\r\n"));
    EXPECT_EQ(table.header.size(), 2);
    EXPECT_TRUE(table.rows.isEmpty());
    EXPECT_TRUE(table.lineNumbers.isEmpty());
}

TEST(CsvReaderTest, EmptyFileIsRefused)
{
    EXPECT_EQ(
        readError(QByteArray()),
        QStringLiteral("list.csv holds no rows, not even a header; check that you chose the right file."));
    EXPECT_FALSE(readError(QByteArrayLiteral("\xEF\xBB\xBF\r\n;;;\r\n   \r\n")).isEmpty());
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheLineWhereItOpened)
{
    const QString message = readError(QByteArrayLiteral("a,b\n1,2\n3,\"four\n5,6\n7,8\n"));
    EXPECT_TRUE(message.startsWith(QStringLiteral("list.csv, line 3: a quoted cell opens here")))
        << message.toStdString();
    // In the header too.
    EXPECT_TRUE(readError(QByteArrayLiteral("\"a,b\n")).startsWith(QStringLiteral("list.csv, line 1:")));
}

TEST(CsvReaderTest, RowWiderThanTheHeaderNamesItsLineAfterQuotedLineBreaks)
{
    const QString message = readError(QByteArrayLiteral("a,b\n\"x\ny\",1\n1,2,3\n"));
    EXPECT_TRUE(
        message.startsWith(QStringLiteral("list.csv, line 4: the row has 3 cells but the header has 2")))
        << message.toStdString();
}

TEST(CsvReaderTest, NulByteIsBinaryData)
{
    EXPECT_EQ(CsvReader::findBinaryData(QByteArrayLiteral("a,b\n1,\0"
                                                          "2\n")),
              6);
    EXPECT_EQ(
        readError(QByteArrayLiteral("a,b\n1,\0"
                                    "2\n")),
        QStringLiteral("list.csv is not a text CSV file (it contains binary data at byte 6). Save the list "
                       "as CSV or XLSX and try again."));
}

TEST(CsvReaderTest, ManyControlCharactersAreBinaryDataButAFewAreTolerated)
{
    QByteArray mostlyControls;
    for (int i = 0; i < 200; ++i)
        mostlyControls.append(char(1 + i % 8)).append('x');
    EXPECT_EQ(CsvReader::findBinaryData(mostlyControls), 0);

    // A stray vertical tab (how some programs write a line break in a cell) is text.
    QByteArray text = QByteArrayLiteral("name,notes\n");
    for (int i = 0; i < 50; ++i)
        text.append("Ana Ruiz,first\x0Bsecond line of notes for the session\n");
    EXPECT_EQ(CsvReader::findBinaryData(text), -1);
    const CsvTable table = readOk(text);
    EXPECT_EQ(table.rows.size(), 50);
}

TEST(CsvReaderTest, Utf16FileIsJudgedByItsUnits)
{
    QByteArray bytes = QByteArrayLiteral("\xFF\xFE");
    for (char c : QByteArrayLiteral("a\tb\n1\t2\n"))
        bytes.append(c).append('\0');
    EXPECT_EQ(CsvReader::findBinaryData(bytes), -1);
    const CsvTable table = readOk(bytes);
    EXPECT_EQ(table.encoding, QStringLiteral("UTF-16LE with BOM"));
    EXPECT_EQ(table.rows, (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}}));

    bytes.append('\0').append('\0');
    EXPECT_EQ(CsvReader::findBinaryData(bytes), bytes.size() - 2);
}

TEST(CsvReaderTest, TooManyCellsOnALineIsRefusedEarly)
{
    const QByteArray line = QByteArray(CsvReader::kMaxColumns + 1, ',');
    const QString message = readError("a,b\n" + line + "\n");
    EXPECT_TRUE(message.startsWith(QStringLiteral("list.csv, line 2: the line has more than 16384 cells")))
        << message.toStdString();
}

TEST(CsvReaderTest, InputAboveTheLimitIsRefused)
{
    const QByteArray bytes(FileBytes::kMaxListFileBytes + 1, 'a');
    const QString message = readError(bytes);
    EXPECT_TRUE(message.startsWith(
        QStringLiteral("list.csv is too large for a list (32.0 MiB, the limit is 32.0 MiB)")))
        << message.toStdString();
}

TEST(CsvReaderTest, ReadFileNamesTheMissingFile)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("missing.csv"));
    Result<CsvTable> table = CsvReader::readFile(path);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().message, path + QStringLiteral(" does not exist; check the path and try again."));
}

TEST(CsvReaderTest, ReadFileReadsFromDisk)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("list.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("Nombre;Apellidos\r\nAna;Ruiz\r\n"));
    file.close();
    Result<CsvTable> table = CsvReader::readFile(path);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->separator, u';');
    EXPECT_EQ(table->rows.size(), 1);
}

} // namespace
} // namespace sd
