#include "export/CsvWriter.h"

#include "ExportFixture.h"
#include "TempDir.h"

#include <QBuffer>
#include <QFile>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace sd {
namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QByteArray writeToBuffer(const Table& table, const CsvOptions& options)
{
    QBuffer buffer;
    EXPECT_TRUE(buffer.open(QIODevice::WriteOnly));
    const Status written = CsvWriter(options).write(table, &buffer);
    EXPECT_TRUE(written.ok()) << (written.ok() ? std::string() : written.error().message.toStdString());
    return buffer.data();
}

TEST(CsvWriter, MatchesTheGoldenFileWithoutBom)
{
    EXPECT_EQ(writeToBuffer(test::peopleTable(), {}),
              readFile(test::dataPath(QStringLiteral("export/people.csv"))));
}

TEST(CsvWriter, MatchesTheGoldenFileWithBom)
{
    CsvOptions options;
    options.bom = true;
    const QByteArray csv = writeToBuffer(test::peopleTable(), options);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(csv, readFile(test::dataPath(QStringLiteral("export/people-bom.csv"))));
}

TEST(CsvWriter, QuotesFieldsHoldingTheChosenSeparator)
{
    CsvOptions options;
    options.separator = u';';
    const QString csv = QString::fromUtf8(writeToBuffer(test::peopleTable(), options));
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\nAna;Ruiz;\"Instituto; Sede Norte\";n/a;1\r\n")));
    // A comma is no longer special, but quotes still are.
    EXPECT_TRUE(csv.contains(QString::fromUtf8("\"Comisión \"\"Sur\"\", Oficina 2\"")));
}

TEST(CsvWriter, NeutralisesTextEvenWhenItHoldsANumber)
{
    Table table;
    table.columns = {{QStringLiteral("Code"), TableColumn::Kind::Text},
                     {QStringLiteral("Balance"), TableColumn::Kind::Integer}};
    table.rows = {{-5, -5}};
    EXPECT_EQ(writeToBuffer(table, {}), QByteArray("Code,Balance\r\n'-5,-5\r\n"));
}

TEST(CsvWriter, NotANumberIsWrittenAsText)
{
    Table table;
    table.columns = {{QStringLiteral("Rate"), TableColumn::Kind::Decimal}};
    table.rows = {{std::nan("")}, {-std::numeric_limits<double>::infinity()}, {-0.25}};
    EXPECT_EQ(writeToBuffer(table, {}), QByteArray("Rate\r\nnan\r\n'-inf\r\n-0.25\r\n"));
}

TEST(CsvWriter, RefusesADeviceNotOpenForWriting)
{
    QBuffer buffer;
    const Status written = CsvWriter().write(test::peopleTable(), &buffer);
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(written.error().message.isEmpty());
}

TEST(CsvWriter, WritesAFileThroughSaveFile)
{
    test::TempDir folder;
    const QString path = folder.path(QStringLiteral("people.csv"));
    ASSERT_TRUE(writeCsvFile(path, test::peopleTable()).ok());
    EXPECT_EQ(readFile(path), readFile(test::dataPath(QStringLiteral("export/people.csv"))));
    EXPECT_EQ(test::folderEntries(folder.root()), QStringList{QStringLiteral("people.csv")});
}

TEST(CsvWriter, AFileInAMissingFolderIsAnErrorNamingTheFile)
{
    test::TempDir folder;
    const QString path = folder.path(QStringLiteral("missing/people.csv"));
    const Status written = writeCsvFile(path, test::peopleTable());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("people.csv")));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace sd
