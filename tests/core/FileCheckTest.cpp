// The rules of `seminardesk-cli check` and Help ▸ Check this file, as structured findings.
#include "check/FileCheck.h"

#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace sd {
namespace {

class FileCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("demo.sdesk"));
        ASSERT_NE(test::newDemoProgramme(m_path), nullptr);
    }

    Result<FileCheckReport> check(const std::atomic<bool>* stop = nullptr)
    {
        Result<std::unique_ptr<Database>> database = FileCheck::open(m_path, false);
        if (!database)
            return database.error();
        return FileCheck::run(**database, stop);
    }

    void change(const QString& sql)
    {
        Result<std::unique_ptr<Database>> database = Database::open(m_path);
        ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
        QSqlQuery query((*database)->connection());
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }

    test::TempDir m_dir;
    QString m_path;
};

TEST_F(FileCheckTest, EveryRuleHoldsOnTheDemo)
{
    Result<FileCheckReport> report = check();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    // The file (integrity, references, format marks), seven invariants, ten counting rules of MX-II.
    EXPECT_EQ(report->findings.size(), 22);
    EXPECT_EQ(report->failures(), 0);
    EXPECT_FALSE(report->damaged);
    EXPECT_EQ(report->findings.first().name, QStringLiteral("the database file is intact (integrity_check)"));
    EXPECT_EQ(report->findings.last().name,
              QStringLiteral("MX-II: participations by component cover the total"));
}

TEST_F(FileCheckTest, ABrokenRuleIsAFindingThatAsksForCorrectedRecords)
{
    change(QStringLiteral("UPDATE session SET date = '2030-01-01' WHERE id = (SELECT min(id) FROM session)"));
    Result<FileCheckReport> report = check();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_EQ(report->failures(), 1);
    EXPECT_FALSE(report->damaged);
    for (const CheckFinding& finding : report->findings) {
        if (finding.passed)
            continue;
        EXPECT_EQ(finding.name, QStringLiteral("sessions lie within their activity's dates"));
        EXPECT_EQ(finding.detail, QStringLiteral("1 record(s) break it"));
        EXPECT_EQ(finding.remedy, CheckFinding::Remedy::CorrectRecords);
    }
}

TEST_F(FileCheckTest, AStoppedCheckEndsWithAnErrorAndNoReport)
{
    const std::atomic<bool> stop{true};
    Result<FileCheckReport> report = check(&stop);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("stopped")))
        << report.error().message.toStdString();
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("demo.sdesk")));
}

} // namespace
} // namespace sd
