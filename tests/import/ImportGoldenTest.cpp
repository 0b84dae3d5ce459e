// Golden cases of bulk entry on a file: every folder of tests/data/import/ runs its command.txt through
// the real seminardesk-cli against a copy of the fixture programme, and compares what it printed
// (expected-report.txt), what the file holds afterwards (expected-counts.json) and the rejected rows
// it wrote (expected-rejected.csv). The server's run of the same cases is in
// tests/server/ImportGoldenOnServerTest.cpp; the runner (ImportGolden.h) is theirs in common.
#include "ImportGolden.h"

using namespace sd;
using namespace sd::test;

namespace {

class ImportGoldenTest : public ::testing::TestWithParam<QString>
{
};

TEST_P(ImportGoldenTest, MatchesExpectedReportCountsAndRejectedRows)
{
    const QString caseName = GetParam();
    TempDir dir;
    copyGoldenInputs(caseName, dir);
    if (HasFatalFailure())
        return;
    const QString db = dir.path(QStringLiteral("programme.sdesk"));
    writeImportFixture(db);
    const GoldenOutcome outcome = runGoldenCase(caseName, dir, {db, QStringLiteral("programme.sdesk"), [&db] {
                                                                    return fileHash(db);
                                                                }});
    expectGoldenOutcome(caseName, outcome, true);
}

INSTANTIATE_TEST_SUITE_P(Cases, ImportGoldenTest, ::testing::ValuesIn(importGoldenCases()),
                         importGoldenCaseName);

} // namespace
