#include "TempDir.h"
#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace sd {
namespace {

// Each folder under tests/data/csv/ is one case: input.csv and expected.json (the table, or the
// error with "{file}" standing for the input's path). make_golden_cases.py there writes them.
std::vector<std::string> goldenCases()
{
    std::vector<std::string> cases;
    const QDir root(test::dataPath(QStringLiteral("csv")));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        cases.push_back(name.toStdString());
    return cases;
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

class CsvGoldenTest : public ::testing::TestWithParam<std::string>
{
protected:
    QString folder() const
    {
        return test::dataPath(QStringLiteral("csv/") + QString::fromStdString(GetParam()));
    }

    QJsonObject expected() const
    {
        QFile file(folder() + QStringLiteral("/expected.json"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        EXPECT_EQ(parseError.error, QJsonParseError::NoError) << parseError.errorString().toStdString();
        return document.object();
    }
};

TEST_P(CsvGoldenTest, ReadsAsExpected)
{
    const QString input = folder() + QStringLiteral("/input.csv");
    const QJsonObject want = expected();
    const Result<CsvTable> table = CsvReader::readFile(input);

    if (want.contains(QStringLiteral("error"))) {
        const QJsonObject error = want.value(QStringLiteral("error")).toObject();
        ASSERT_FALSE(table.ok()) << "expected an error";
        EXPECT_EQ(error.value(QStringLiteral("kind")).toString(), QStringLiteral("BadInput"));
        EXPECT_EQ(table.error().kind, ErrorKind::BadInput);
        QString message = error.value(QStringLiteral("message")).toString();
        message.replace(QStringLiteral("{file}"), input);
        EXPECT_EQ(table.error().message, message);
        return;
    }

    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->encoding, want.value(QStringLiteral("encoding")).toString());
    EXPECT_EQ(QString(table->separator), want.value(QStringLiteral("separator")).toString());
    EXPECT_EQ(table->header, toStringList(want.value(QStringLiteral("header"))));

    const QJsonArray rows = want.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(table->rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(table->rows[i], toStringList(rows[i]));
        EXPECT_EQ(table->rows[i].size(), table->header.size());
    }
    QList<int> lines;
    for (const QJsonValue& line : want.value(QStringLiteral("lineNumbers")).toArray())
        lines.append(line.toInt());
    EXPECT_EQ(table->lineNumbers, lines);
}

std::string caseName(const ::testing::TestParamInfo<std::string>& info)
{
    std::string name = info.param;
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Folders, CsvGoldenTest, ::testing::ValuesIn(goldenCases()), caseName);

// Guards against a data folder that moved: the cases above would then silently be none.
TEST(CsvGoldenCases, AllRequiredCasesArePresent)
{
    const std::vector<std::string> cases = goldenCases();
    for (const char* required : {"utf8-bom-comma", "utf8-semicolon", "cp1252-semicolon-spanish-headers",
                                 "tab-separated", "quoted-line-break", "quoted-separator-and-doubled-quotes",
                                 "empty-rows", "binary-file", "unterminated-quote"}) {
        EXPECT_NE(std::find(cases.begin(), cases.end(), required), cases.end()) << required;
    }
}

} // namespace
} // namespace sd
