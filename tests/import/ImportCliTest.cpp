// The bulk-entry acceptance through the real seminardesk-cli: the Windows-1252 list with two bad rows,
// an import killed inside its transaction, and a merge that the results then count once.
#include "ImportFixture.h"
#include "TempDir.h"
#include "io/TabularFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

qint64 uniqueParticipants(const QString& db)
{
    const ProcessRun run = cli({s("results"), db, s("--by"), s("activity"), s("--format"), s("json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(s("totals"))
        .toObject()
        .value(s("unique_participants"))
        .toInteger(-1);
}

TEST(ImportCliTest, AcceptanceWindows1252ListWithTwoBadRows)
{
    TempDir dir;
    const QString db = dir.path(s("programme.sdesk"));
    writeImportFixture(db);
    const QString list = dir.path(s("lista.csv"));
    ASSERT_TRUE(QFile::copy(dataPath(s("import/cp1252-semicolon-acceptance/input.csv")), list));
    const QByteArray pristine = fileHash(db);
    const qint64 participantsBefore = countRows(db, "participant");

    // Without --skip-invalid: exit 3, both lines named, the file byte for byte as it was.
    const ProcessRun refused = cli({s("import"), db, s("participants"), list});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(s("lines 9, 10"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.contains(s("line 9, field Nombre(s)"))) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains(s("line 10, field Sexo"))) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains(s("line 10, field Correo electrónico"))) << refused.out.toStdString();
    EXPECT_EQ(fileHash(db), pristine);
    EXPECT_FALSE(QFileInfo::exists(list + s(".rejected.csv")));

    // With it: the three distinct valid people, the two bad rows kept in the rejected file.
    const ProcessRun imported = cli({s("import"), db, s("participants"), list, s("--skip-invalid")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(countRows(db, "participant"), participantsBefore + 3);
    Result<CsvTable> rejected = readTabularFile(list + s(".rejected.csv"));
    ASSERT_TRUE(rejected.ok()) << rejected.error().message.toStdString();
    EXPECT_EQ(rejected->encoding, s("UTF-8 with BOM"));
    ASSERT_EQ(rejected->rows.size(), 2);
    EXPECT_EQ(rejected->rows[0].value(1), s("Sánchez Flores"));
    EXPECT_EQ(rejected->rows[1].value(0), s("Mónica"));
    EXPECT_TRUE(rejected->rows[1].last().startsWith(s("line 10"))) << rejected->rows[1].last().toStdString();

    // Again: nothing added, the file not touched.
    const QByteArray afterFirst = fileHash(db);
    const ProcessRun again = cli({s("import"), db, s("participants"), list, s("--skip-invalid")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(s("Nothing to write"))) << again.out.toStdString();
    EXPECT_EQ(countRows(db, "participant"), participantsBefore + 3);
    EXPECT_EQ(fileHash(db), afterFirst);
}

TEST(ImportCliTest, KilledInsideTheTransactionLeavesTheFileAsBefore)
{
    TempDir dir;
    const QString db = dir.path(s("programme.sdesk"));
    writeImportFixture(db);
    const QString list = dir.path(s("big.csv"));
    {
        QFile file(list);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Given names,Family names,Email\n");
        // At most ListLimits::kMaxRows (30,000) rows, the most a list may hold.
        for (int i = 1; i <= 30000; ++i)
            file.write(QStringLiteral("Persona %1,Apellido %1,persona%1@example.org\n").arg(i).toUtf8());
    }
    const QString dumpBefore = dumpImportTables(db);
    const QByteArray hashBefore = fileHash(db);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(s("SEMINARDESK_TEST_PAUSE_IMPORT_AFTER_ROWS"), s("20000"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SD_CLI_PATH),
                  {s("import"), db, s("participants"), list, s("--activity"), s("1")});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains("paused after 20000 rows") && timer.elapsed() < 60000) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
        ASSERT_EQ(process.state(), QProcess::Running) << err.toStdString();
    }
    ASSERT_TRUE(err.contains("paused after 20000 rows")) << err.toStdString();
    // Rows beyond what SQLite's page cache holds are already in the write-ahead log, uncommitted.
    EXPECT_GT(QFileInfo(db + s("-wal")).size(), 0);
    process.kill(); // SIGKILL: no clean-up of any kind
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::CrashExit);

    {
        Result<std::unique_ptr<Database>> reopened = Database::open(db);
        ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    }
    EXPECT_EQ(fileHash(db), hashBefore);
    EXPECT_EQ(dumpImportTables(db), dumpBefore);
    EXPECT_EQ(cli({s("check"), db}).exitCode, 0);
}

TEST(ImportCliTest, AfterMergeResultsCountThePersonOnce)
{
    TempDir dir;
    const QString db = dir.path(s("programme.sdesk"));
    const ImportFixtureIds ids = writeImportFixture(db);
    const QString sheet = dir.path(s("firmas.csv"));
    {
        QFile file(sheet);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // The same woman signs day two under a retyped name and a private email: a second record.
        file.write(QStringLiteral("Nombre(s);Apellidos;Correo;Fecha;Asistencia\n"
                                  "Ma. José;Hernández Ruiz;mariajose@example.net;14/03/2017;P\n")
                       .toUtf8());
    }
    const ProcessRun imported =
        cli({s("import"), db, s("attendance"), sheet, s("--activity"), s("1"), s("--create-missing")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(s("names abbreviated or shortened"))) << imported.out.toStdString();
    const qint64 before = uniqueParticipants(db);

    const ProcessRun duplicates = cli({s("duplicates"), db, s("--format"), s("json")});
    ASSERT_EQ(duplicates.exitCode, 0) << duplicates.err.toStdString();
    const QJsonArray pairs = QJsonDocument::fromJson(duplicates.out.toUtf8()).array();
    ASSERT_EQ(pairs.size(), 1) << duplicates.out.toStdString();
    const QJsonObject pair = pairs.first().toObject();
    EXPECT_EQ(pair.value(s("first_id")).toInteger(), ids.mariaJose);
    EXPECT_EQ(pair.value(s("reason")).toString(), s("abbreviated"));
    const Id twin = pair.value(s("second_id")).toInteger();

    const ProcessRun merged = cli({s("merge"), db, QString::number(ids.mariaJose), QString::number(twin)});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_EQ(uniqueParticipants(db), before - 1);
    EXPECT_TRUE(cli({s("duplicates"), db}).out.startsWith(s("0 probable duplicate pairs")));
    EXPECT_EQ(cli({s("merge"), db, QString::number(ids.mariaJose), QString::number(twin)}).exitCode, 3);
    EXPECT_EQ(cli({s("merge"), db, s("one"), s("two")}).exitCode, 2);
    EXPECT_EQ(cli({s("check"), db}).exitCode, 0);
}

TEST(ImportCliTest, UsageErrors)
{
    TempDir dir;
    const QString db = dir.path(s("programme.sdesk"));
    writeImportFixture(db);
    EXPECT_EQ(cli({s("import"), db, s("experts"), s("list.csv")}).exitCode, 2);
    EXPECT_EQ(cli({s("import"), db, s("participants")}).exitCode, 2);
    EXPECT_EQ(cli({s("import"), db, s("participants"), s("list.csv"), s("--map"), s("Correo")}).exitCode, 2);
    EXPECT_EQ(cli({s("import"), db, s("participants"), s("list.csv"), s("--create-missing")}).exitCode, 2);
    const ProcessRun missing = cli({s("import"), db, s("participants"), dir.path(s("missing.csv"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(s("missing.csv")));
}

} // namespace
