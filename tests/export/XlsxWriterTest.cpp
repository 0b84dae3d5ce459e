#include "export/XlsxWriter.h"

#include "ExportFixture.h"
#include "Readers.h"
#include "TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace sd {
namespace {

QJsonObject sheetNamed(const QJsonObject& workbook, const QString& name)
{
    const QJsonArray sheets = workbook.value(QStringLiteral("sheets")).toArray();
    for (const QJsonValue& sheet : sheets) {
        if (sheet.toObject().value(QStringLiteral("name")).toString() == name)
            return sheet.toObject();
    }
    ADD_FAILURE() << "no sheet named " << name.toStdString();
    return {};
}

QStringList sheetNames(const QJsonObject& workbook)
{
    QStringList names;
    const QJsonArray sheets = workbook.value(QStringLiteral("sheets")).toArray();
    for (const QJsonValue& sheet : sheets)
        names.append(sheet.toObject().value(QStringLiteral("name")).toString());
    return names;
}

// Cell (row, column), both counted from 0, as {value, type, bold, number_format}.
QJsonObject cellAt(const QJsonObject& sheet, int row, int column)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(row).toArray().at(column).toObject();
}

QJsonValue valueAt(const QJsonObject& sheet, int row, int column)
{
    return cellAt(sheet, row, column).value(QStringLiteral("value"));
}

QString typeAt(const QJsonObject& sheet, int row, int column)
{
    return cellAt(sheet, row, column).value(QStringLiteral("type")).toString();
}

bool boldAt(const QJsonObject& sheet, int row, int column)
{
    return cellAt(sheet, row, column).value(QStringLiteral("bold")).toBool();
}

std::string messageOf(const Status& status)
{
    return status.ok() ? std::string() : status.error().message.toStdString();
}

AboutLines aboutLines()
{
    return {{QStringLiteral("Source file"), QStringLiteral("/data/mexico-ii.sdesk")},
            {QStringLiteral("Project"), QStringLiteral("MX-II")},
            {QStringLiteral("Time of export"), QStringLiteral("2024-05-06 10:30")},
            {QStringLiteral("Counting rules"),
             QStringLiteral("A participant took part when present or late at one session or more.\n"
                            "A half-day session counts 0.5 participant-days.")}};
}

class XlsxWriterTest : public ::testing::Test
{
protected:
    // The fixture table written once and read back by openpyxl.
    QJsonObject writePeopleWorkbook()
    {
        const QString path = m_folder.path(QStringLiteral("people.xlsx"));
        const Status written = writeTableToXlsx(path, test::peopleTable(), aboutLines());
        EXPECT_TRUE(written.ok()) << messageOf(written);
        EXPECT_EQ(test::folderEntries(m_folder.root()), QStringList{QStringLiteral("people.xlsx")});
        return test::readWorkbook(path);
    }

    test::TempDir m_folder;
};

TEST_F(XlsxWriterTest, TheHeaderIsBoldAndFrozen)
{
    const QJsonObject sheet = sheetNamed(writePeopleWorkbook(), QStringLiteral("Participants"));
    EXPECT_EQ(sheet.value(QStringLiteral("freeze_panes")).toString(), QStringLiteral("A2"));
    const Table table = test::peopleTable();
    for (int column = 0; column < table.columns.size(); ++column) {
        EXPECT_EQ(valueAt(sheet, 0, column).toString(), table.columns[column].title);
        EXPECT_TRUE(boldAt(sheet, 0, column));
    }
}

TEST_F(XlsxWriterTest, NumbersAreStoredAsNumbers)
{
    const QJsonObject sheet = sheetNamed(writePeopleWorkbook(), QStringLiteral("Participants"));
    EXPECT_EQ(typeAt(sheet, 1, 3), QStringLiteral("n"));
    EXPECT_EQ(valueAt(sheet, 1, 3).toDouble(), 3);
    EXPECT_EQ(typeAt(sheet, 1, 4), QStringLiteral("n"));
    EXPECT_EQ(valueAt(sheet, 1, 4).toDouble(), 4.5);
    EXPECT_EQ(cellAt(sheet, 1, 4).value(QStringLiteral("number_format")).toString(), QStringLiteral("0.0"));
    // A negative number stays a number; only text is neutralised.
    EXPECT_EQ(typeAt(sheet, 3, 3), QStringLiteral("n"));
    EXPECT_EQ(valueAt(sheet, 3, 3).toDouble(), -2);
    // Text in a number column stays text.
    EXPECT_EQ(typeAt(sheet, 5, 3), QStringLiteral("s"));
    EXPECT_EQ(valueAt(sheet, 5, 3).toString(), QStringLiteral("n/a"));
}

TEST_F(XlsxWriterTest, FormulaLikeTextIsInertText)
{
    const QJsonObject sheet = sheetNamed(writePeopleWorkbook(), QStringLiteral("Participants"));
    EXPECT_EQ(typeAt(sheet, 2, 0), QStringLiteral("s"));
    EXPECT_EQ(valueAt(sheet, 2, 0).toString(),
              QStringLiteral("'=HYPERLINK(\"http://example.invalid\",\"x\")"));
    EXPECT_EQ(valueAt(sheet, 3, 0).toString(), QStringLiteral("'+1"));
    EXPECT_EQ(valueAt(sheet, 3, 1).toString(), QStringLiteral("'-2"));
    EXPECT_EQ(valueAt(sheet, 3, 2).toString(), QStringLiteral("'@SUM(A1:A2)"));
    EXPECT_EQ(valueAt(sheet, 4, 0).toString(), QStringLiteral("'\tTabbed"));
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue& row : rows) {
        for (const QJsonValue& cell : row.toArray())
            EXPECT_NE(cell.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("f"));
    }
}

TEST_F(XlsxWriterTest, AccentsAndLineBreaksSurvive)
{
    const QJsonObject sheet = sheetNamed(writePeopleWorkbook(), QStringLiteral("Participants"));
    EXPECT_EQ(valueAt(sheet, 1, 0).toString(), QString::fromUtf8("Lucía"));
    EXPECT_EQ(valueAt(sheet, 1, 1).toString(), QString::fromUtf8("Peña Núñez"));
    EXPECT_EQ(valueAt(sheet, 1, 2).toString(), QString::fromUtf8("Comisión \"Sur\", Oficina 2"));
    EXPECT_EQ(valueAt(sheet, 2, 2).toString(), QStringLiteral("Line one\nLine two"));
}

TEST_F(XlsxWriterTest, TotalsRowIsBoldAndNotesFollowTheTable)
{
    const QJsonObject sheet = sheetNamed(writePeopleWorkbook(), QStringLiteral("Participants"));
    const int totalsRow = 1 + int(test::peopleTable().rows.size());
    EXPECT_EQ(valueAt(sheet, totalsRow, 0).toString(), QStringLiteral("Total"));
    EXPECT_TRUE(boldAt(sheet, totalsRow, 0));
    EXPECT_EQ(typeAt(sheet, totalsRow, 3), QStringLiteral("n"));
    EXPECT_EQ(valueAt(sheet, totalsRow, 3).toDouble(), 2);
    EXPECT_TRUE(boldAt(sheet, totalsRow, 3));
    EXPECT_EQ(valueAt(sheet, totalsRow, 4).toDouble(), 8.25);
    EXPECT_TRUE(boldAt(sheet, totalsRow, 4));
    EXPECT_TRUE(valueAt(sheet, totalsRow + 1, 0).isNull());
    EXPECT_EQ(valueAt(sheet, totalsRow + 2, 0).toString(),
              QStringLiteral("Participant-days count a half-day session as 0.5."));
}

TEST_F(XlsxWriterTest, ColumnWidthsFollowTheLongestValue)
{
    const QJsonObject sheet = sheetNamed(writePeopleWorkbook(), QStringLiteral("Participants"));
    const QJsonObject widths = sheet.value(QStringLiteral("column_widths")).toObject();
    ASSERT_EQ(widths.size(), test::peopleTable().columns.size());
    // "=HYPERLINK(...)" with its quote is the longest given name; "Line one\nLine two" counts one line.
    const double givenNames = widths.value(QStringLiteral("A")).toDouble();
    const double sessions = widths.value(QStringLiteral("D")).toDouble();
    EXPECT_GT(givenNames, 40.0);
    EXPECT_LT(sessions, 15.0);
    EXPECT_GE(sessions, double(QStringLiteral("Sessions").size()));
}

TEST_F(XlsxWriterTest, TheAboutSheetComesLastWithItsLines)
{
    const QJsonObject workbook = writePeopleWorkbook();
    EXPECT_EQ(sheetNames(workbook), (QStringList{QStringLiteral("Participants"), QStringLiteral("About")}));
    const QJsonObject about = sheetNamed(workbook, QStringLiteral("About"));
    const AboutLines lines = aboutLines();
    for (int row = 0; row < lines.size(); ++row) {
        EXPECT_EQ(valueAt(about, row, 0).toString(), lines[row].first);
        EXPECT_TRUE(boldAt(about, row, 0));
        EXPECT_EQ(valueAt(about, row, 1).toString(), lines[row].second);
        EXPECT_EQ(typeAt(about, row, 1), QStringLiteral("s"));
    }
}

TEST_F(XlsxWriterTest, SheetNamesAreMadeValidAndUnique)
{
    Table results = test::peopleTable();
    results.title = QStringLiteral("Results: by [activity] / component * region?");
    Table same = results;
    Table about = test::peopleTable();
    about.title = QStringLiteral("About");
    Table untitled = test::peopleTable();
    untitled.title.clear();

    XlsxWorkbookWriter writer;
    writer.addTable(results);
    writer.addTable(same);
    writer.addTable(about);
    writer.addTable(untitled);
    writer.setAbout(aboutLines());
    const QString path = m_folder.path(QStringLiteral("results.xlsx"));
    const Status written = writer.write(path);
    ASSERT_TRUE(written.ok()) << messageOf(written);

    const QStringList names = sheetNames(test::readWorkbook(path));
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Results_ by _activity_ _ compon"),
                           QStringLiteral("Results_ by _activity_ _ co (2)"), QStringLiteral("About (2)"),
                           QStringLiteral("Sheet 4"), QStringLiteral("About")}));
}

TEST_F(XlsxWriterTest, AMissingFolderIsAnErrorAndWritesNothing)
{
    const QString path = m_folder.path(QStringLiteral("no-such-folder/people.xlsx"));
    const Status written = writeTableToXlsx(path, test::peopleTable(), aboutLines());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("people.xlsx")));
    EXPECT_TRUE(test::folderEntries(m_folder.root()).isEmpty());
}

TEST_F(XlsxWriterTest, ATableTooWideForExcelLeavesTheExistingFileIdentical)
{
    const QString path = m_folder.path(QStringLiteral("people.xlsx"));
    ASSERT_TRUE(writeTableToXlsx(path, test::peopleTable(), aboutLines()).ok());
    const QByteArray before = test::fileHash(path);

    Table wide;
    wide.title = QStringLiteral("Wide");
    for (int column = 0; column < 16385; ++column)
        wide.columns.append({QStringLiteral("C%1").arg(column), TableColumn::Kind::Integer});
    const Status written = writeTableToXlsx(path, wide, aboutLines());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("Wide")));
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_EQ(test::folderEntries(m_folder.root()), QStringList{QStringLiteral("people.xlsx")});
}

TEST_F(XlsxWriterTest, ACellExcelCannotHoldStopsTheExportAndLeavesTheExistingFileIdentical)
{
    const QString path = m_folder.path(QStringLiteral("people.xlsx"));
    ASSERT_TRUE(writeTableToXlsx(path, test::peopleTable(), aboutLines()).ok());
    const QByteArray before = test::fileHash(path);

    // Excel holds at most 32,767 characters in a cell; the failure comes half way through the sheet.
    Table table = test::peopleTable();
    table.rows[2][2] = QString(40000, u'x');
    const Status written = writeTableToXlsx(path, table, aboutLines());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("C4"))) << messageOf(written);
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_EQ(test::folderEntries(m_folder.root()), QStringList{QStringLiteral("people.xlsx")});
}

TEST_F(XlsxWriterTest, AReadOnlyFolderLeavesTheExistingFileIdentical)
{
    const QString folder = m_folder.path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/people.xlsx");
    ASSERT_TRUE(writeTableToXlsx(path, test::peopleTable(), aboutLines()).ok());
    const QByteArray before = test::fileHash(path);

    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        GTEST_SKIP() << "this user may write in read-only folders (root); the missing-folder test covers it";
    }

    Table table = test::peopleTable();
    table.rows.append({QStringLiteral("Nuevo"), QStringLiteral("Registro"), QVariant(), 1, 1.0});
    const Status written = writeTableToXlsx(path, table, aboutLines());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_EQ(test::folderEntries(folder), QStringList{QStringLiteral("people.xlsx")});
}

} // namespace
} // namespace sd
