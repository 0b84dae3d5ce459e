#include "io/TabularFile.h"

#include "TempDir.h"

#include <QFile>
#include <gtest/gtest.h>

namespace sd {
namespace {

QString writeFile(const test::TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.path(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST(TabularFileTest, CsvIsReadAsCsv)
{
    test::TempDir dir;
    const Result<CsvTable> table =
        readTabularFile(writeFile(dir, QStringLiteral("list.csv"), QByteArrayLiteral("a;b\r\n1;2\r\n")));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->separator, u';');
    EXPECT_EQ(table->encoding, QStringLiteral("UTF-8"));
}

TEST(TabularFileTest, ZipContentIsReadAsXlsxWhateverTheName)
{
    test::TempDir dir;
    const QByteArray workbook = fileBytes(test::dataPath(QStringLiteral("xlsx/participants.xlsx")));
    const Result<CsvTable> table = readTabularFile(writeFile(dir, QStringLiteral("renamed.csv"), workbook));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->encoding, QStringLiteral("XLSX"));
    EXPECT_EQ(table->rows.size(), 2);
}

TEST(TabularFileTest, XlsxNameWithTextContentIsRefusedAsAWorkbook)
{
    test::TempDir dir;
    const QString path = writeFile(dir, QStringLiteral("list.XLSX"), QByteArrayLiteral("a,b\n1,2\n"));
    const Result<CsvTable> table = readTabularFile(path);
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.error().message.startsWith(path + QStringLiteral(" is not an XLSX workbook")))
        << table.error().message.toStdString();
}

TEST(TabularFileTest, OldExcelWorkbookIsRefusedWithAWayOut)
{
    test::TempDir dir;
    QByteArray oldWorkbook = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    oldWorkbook.append(512, '\0');
    const QString path = writeFile(dir, QStringLiteral("lista.xls"), oldWorkbook);
    const Result<CsvTable> table = readTabularFile(path);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(table.error().message.startsWith(path + QStringLiteral(" is an Excel 97-2003 workbook")))
        << table.error().message.toStdString();
}

TEST(TabularFileTest, BinaryFilePassedAsCsvIsRefused)
{
    const QString path = test::dataPath(QStringLiteral("csv/binary-file/input.csv"));
    const Result<CsvTable> table = readTabularFile(path);
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.error().message.contains(QStringLiteral("binary data at byte 8")))
        << table.error().message.toStdString();
}

TEST(TabularFileTest, MissingFileAndFolderAreNamed)
{
    test::TempDir dir;
    const Result<CsvTable> missing = readTabularFile(dir.path(QStringLiteral("nope.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nope.csv does not exist")));
    const Result<CsvTable> folder = readTabularFile(dir.root());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("is a folder")));
}

} // namespace
} // namespace sd
