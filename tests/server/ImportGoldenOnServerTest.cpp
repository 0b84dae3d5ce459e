// The bulk-entry golden cases on a server: each case of tests/data/import/ runs its command.txt through
// the real seminardesk-cli once on the fixture programme in a file and once on the same programme
// copied into a new database on the test server. The server is held to the case's expected report,
// counts and rejected rows, as the file is (tests/import/ImportGoldenTest.cpp), and its tables
// afterwards are compared row by row with the file's.
#include "ImportGolden.h"
#include "PgTestServer.h"
#include "SmallProgramme.h"
#include "storage/ProgrammeCopy.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

namespace sd::test {
namespace {

// Every row of every content table and of the change log as the database holds it, row versions
// included: what "nothing was written" compares.
QByteArray contentFingerprint(const QString& address)
{
    Database::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> database = Database::open(address, options);
    EXPECT_TRUE(database.ok()) << database.error().message.toStdString();
    if (!database)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : contentTables() + QStringList{QStringLiteral("change_log")}) {
        QSqlQuery query((*database)->connection());
        query.setForwardOnly(true);
        // The table names are the tests' own list.
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                hash.addData(
                    (query.value(column).isNull() ? QStringLiteral("NULL") : query.value(column).toString())
                        .toUtf8() +
                    '|');
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

// The content of every table, row by row (NULL spelled out), with the change log's lines: what the two
// places must hold alike after a case. The row versions are left out (dumpContent).
QStringList everyRow(const QString& address)
{
    Database::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> database = Database::open(address, options);
    EXPECT_TRUE(database.ok()) << database.error().message.toStdString();
    if (!database)
        return {};
    QStringList rows = dumpContent((*database)->connection());
    QSqlQuery log((*database)->connection());
    EXPECT_TRUE(log.exec(QStringLiteral("SELECT id, kind, description FROM change_log ORDER BY id")));
    while (log.next())
        rows.append(QStringLiteral("change_log:%1|%2|%3")
                        .arg(log.value(0).toString(), log.value(1).toString(), log.value(2).toString()));
    return rows;
}

// The rows one place holds and the other does not, in a failure's words; empty when both hold the same.
std::string rowDifferences(const QStringList& server, const QStringList& file)
{
    QString said;
    for (const QString& row : server) {
        if (!file.contains(row))
            said += QStringLiteral("only on the server: %1\n").arg(row);
    }
    for (const QString& row : file) {
        if (!server.contains(row))
            said += QStringLiteral("only in the file:   %1\n").arg(row);
    }
    if (said.isEmpty() && server != file)
        said = QStringLiteral("the same rows in another order or number\n");
    return said.toStdString();
}

class ImportGoldenOnServerTest : public PgDatabaseTest, public ::testing::WithParamInterface<QString>
{
};

TEST_P(ImportGoldenOnServerTest, GivesTheFilesOutcomeAndTables)
{
    const QString caseName = GetParam();
    TempDir fileDir;
    TempDir serverDir;
    copyGoldenInputs(caseName, fileDir);
    copyGoldenInputs(caseName, serverDir);
    if (HasFatalFailure())
        return;
    const QString file = fileDir.path(QStringLiteral("programme.sdesk"));
    writeImportFixture(file);
    const QString url = m_database->socketUri();
    {
        // The fixture published as an IT officer does it (`seminardesk-cli copy FILE URL`), through
        // the same core copy; ids and row versions are kept.
        const Result<ProgrammeCopyReport> copied = ProgrammeCopy::copy(
            valueOf(ProgrammeLocation::parse(file)), valueOf(ProgrammeLocation::parse(url)));
        ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    }
    ASSERT_EQ(rowDifferences(everyRow(url), everyRow(file)), "");

    const GoldenOutcome onFile =
        runGoldenCase(caseName, fileDir, {file, QStringLiteral("programme.sdesk"), [&file] {
                                              return fileHash(file);
                                          }});
    QElapsedTimer timer;
    timer.start();
    const GoldenOutcome onServer = runGoldenCase(
        caseName, serverDir, {url, valueOf(ProgrammeLocation::parse(url)).displayText(), [&url] {
                                  return contentFingerprint(url);
                              }});
    RecordProperty("server_ms", int(timer.elapsed()));

    expectGoldenOutcome(caseName, onServer, false);
    EXPECT_EQ(onServer.transcript.toStdString(), onFile.transcript.toStdString());
    EXPECT_EQ(onServer.counts, onFile.counts);
    EXPECT_EQ(readGoldenFile(onServer.rejectedPath), readGoldenFile(onFile.rejectedPath));
    EXPECT_EQ(rowDifferences(everyRow(url), everyRow(file)), "");

    const ProcessRun check = cli({QStringLiteral("check"), url});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Cases, ImportGoldenOnServerTest, ::testing::ValuesIn(importGoldenCases()),
                         importGoldenCaseName);

} // namespace
} // namespace sd::test
