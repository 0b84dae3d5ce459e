// The file must never be damaged: two processes on one file, damaged files judged by
// SQLite, and a plain sentence for every fault of the file system — read-only files, folders and
// mounts, a full disk, no permission, a network share. Real executables on real files; mounts are
// made in a user and mount namespace of the test's own (unshare), so no privileges are needed.
#include "CliDemoSuite.h"
#include "ListFiles.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <sqlite3.h>

using namespace sd;
using namespace sd::test;

namespace {

qint64 scalar(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_stmt* statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

// What the sqlite3 shell says of the file's integrity, as a user would ask it.
QString sqliteShellIntegrity(const QString& path)
{
    const ProcessRun run = sqliteShell(path, QStringLiteral("PRAGMA integrity_check"));
    return run.out.trimmed() + run.err.trimmed();
}

// Runs `script` under sh in a user and mount namespace of its own, with $CLI set to the command line.
ProcessRun inNamespace(const QString& script)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLI"), QStringLiteral(SD_CLI_PATH));
    return runProgram(QStringLiteral("unshare"),
                      {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script},
                      withEnvironment(environment));
}

void expectPlainSentence(const ProcessRun& run, const QString& fileName)
{
    const QString err = run.err.trimmed();
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_TRUE(err.contains(fileName)) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Nothing was changed")) ||
                err.contains(QStringLiteral("nothing was")))
        << err.toStdString();
    // Never the driver's words.
    for (const char* raw : {"Unable to fetch row", "disk I/O error", "database or disk is full",
                            "attempt to write a readonly database", "unable to open database file",
                            "constraint failed", "(Unknown error)"})
        EXPECT_FALSE(err.contains(QLatin1String(raw))) << err.toStdString();
}

// The demo programme written once by the real executable; the copies may be read by others (the
// tests that run the command line as another user).
class FileSafetyTest : public CliDemoSuite
{
protected:
    QString demoCopy(const QString& name) const
    {
        return CliDemoSuite::demoCopy(name, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::ReadOther);
    }
};

// Two imports at once are written one after the other; the second sees
// the first's people and institution, so nobody is stored twice and no constraint message appears.
TEST_F(FileSafetyTest, TwoImportsOfOneListAtOnceStoreEachPersonOnce)
{
    const QString path = demoCopy(QStringLiteral("p.sdesk"));
    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("same.csv")),
                                               QStringLiteral("Mismo"), 40, QStringLiteral("Oficina Nueva"));
    const qint64 before = scalar(path, "SELECT count(*) FROM participant");
    constexpr int kRounds = 20;
    int written = 0;
    for (int round = 0; round < kRounds; ++round) {
        QProcess first;
        QProcess second;
        const QStringList arguments{QStringLiteral("import"), path, QStringLiteral("participants"), list};
        first.start(QStringLiteral(SD_CLI_PATH), arguments);
        second.start(QStringLiteral(SD_CLI_PATH), arguments);
        ASSERT_TRUE(first.waitForFinished(60000));
        ASSERT_TRUE(second.waitForFinished(60000));
        for (QProcess* process : {&first, &second}) {
            const QString err = QString::fromUtf8(process->readAllStandardError());
            ASSERT_EQ(process->exitStatus(), QProcess::NormalExit);
            if (process->exitCode() == 0) {
                ++written;
                continue;
            }
            // The only other outcome allowed: busy, try again (exit 4), nothing written.
            EXPECT_EQ(process->exitCode(), 4) << err.toStdString();
            EXPECT_TRUE(err.contains(QStringLiteral("busy")) && err.contains(QStringLiteral("try again")))
                << err.toStdString();
        }
        ASSERT_EQ(scalar(path, "SELECT count(*) FROM participant"), before + 40) << "round " << round;
    }
    EXPECT_GT(written, kRounds); // most runs get through; the first of each pair always does
    EXPECT_EQ(scalar(path, "SELECT count(*) FROM institution WHERE name = 'Oficina Nueva'"), 1);
    // A later import of the same list finds every person exactly once.
    const ProcessRun again = cli(
        {QStringLiteral("import"), path, QStringLiteral("participants"), list, QStringLiteral("--dry-run")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QRegularExpression(QStringLiteral("new participants: +0\\n"))))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QRegularExpression(QStringLiteral("matched participants: +40\\n"))))
        << again.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("check"), path}).exitCode, 0);
}

TEST_F(FileSafetyTest, TwoImportsOfDifferentListsAtOnceBothLandAndShareTheNewInstitution)
{
    for (int round = 0; round < 10; ++round) {
        const QString path = demoCopy(QStringLiteral("p%1.sdesk").arg(round));
        const QString a =
            writeRegistrationList(m_dir.path(QStringLiteral("a%1.csv").arg(round)), QStringLiteral("Alfa"),
                                  30, QStringLiteral("Oficina Compartida"));
        const QString b =
            writeRegistrationList(m_dir.path(QStringLiteral("b%1.csv").arg(round)), QStringLiteral("Beta"),
                                  30, QStringLiteral("Oficina Compartida"));
        const qint64 before = scalar(path, "SELECT count(*) FROM participant");
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(SD_CLI_PATH),
                    {QStringLiteral("import"), path, QStringLiteral("participants"), a});
        second.start(QStringLiteral(SD_CLI_PATH),
                     {QStringLiteral("import"), path, QStringLiteral("participants"), b});
        ASSERT_TRUE(first.waitForFinished(60000));
        ASSERT_TRUE(second.waitForFinished(60000));
        qint64 expected = before;
        for (QProcess* process : {&first, &second}) {
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0)
                expected += 30;
            else
                EXPECT_TRUE(process->exitCode() == 4 && err.contains(QStringLiteral("busy")))
                    << err.toStdString();
            EXPECT_FALSE(err.contains(QStringLiteral("UNIQUE"))) << err.toStdString();
        }
        EXPECT_EQ(scalar(path, "SELECT count(*) FROM participant"), expected);
        EXPECT_EQ(scalar(path, "SELECT count(*) FROM institution WHERE name = 'Oficina Compartida'"), 1);
    }
}

// `check` verifies CHECK constraints (a read-only connection would skip them) and calls damage damage:
// exit 4. A write refuses such a file and leaves it as it was.
TEST_F(FileSafetyTest, CheckFindsABrokenCheckConstraintAndWritesRefuseTheFile)
{
    const QString path = demoCopy(QStringLiteral("broken.sdesk"));
    {
        sqlite3* db = nullptr;
        const QByteArray name = QFile::encodeName(path);
        ASSERT_EQ(sqlite3_open(name.constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db,
                               "PRAGMA ignore_check_constraints = ON;"
                               "UPDATE attendance SET status = 'X' WHERE (enrolment_id, session_id) IN "
                               "(SELECT enrolment_id, session_id FROM attendance LIMIT 1);",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK)
            << sqlite3_errmsg(db);
        sqlite3_close(db);
    }
    ASSERT_TRUE(sqliteShellIntegrity(path).contains(QStringLiteral("CHECK constraint failed")));
    const QByteArray before = fileHash(path);

    const ProcessRun check = cli({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 4) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.err.contains(QStringLiteral("damaged"))) << check.err.toStdString();

    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("l.csv")), QStringLiteral("Nada"), 3,
                                               QStringLiteral("INM"));
    const ProcessRun import = cli({QStringLiteral("import"), path, QStringLiteral("participants"), list});
    EXPECT_EQ(import.exitCode, 4) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(QStringLiteral("damaged"))) << import.err.toStdString();
    expectPlainSentence(import, QStringLiteral("broken.sdesk"));
    EXPECT_EQ(fileHash(path), before);
}

// Bytes flipped where SQLite keeps its structures and values: `check` exits 4 for each, and an import
// refuses each file untouched.
TEST_F(FileSafetyTest, ByteFlippedFilesAreCalledDamagedAndNeverWritten)
{
    // Each page of the demo is 4096 bytes; root pages come from the schema.
    const qint64 pageSize = scalar(s_demo, "PRAGMA page_size");
    const qint64 attendanceRoot =
        scalar(s_demo, "SELECT rootpage FROM sqlite_master WHERE name = 'attendance'");
    const qint64 participantRoot =
        scalar(s_demo, "SELECT rootpage FROM sqlite_master WHERE name = 'participant'");
    const qint64 enrolmentRoot =
        scalar(s_demo, "SELECT rootpage FROM sqlite_master WHERE name = 'enrolment'");
    ASSERT_GT(pageSize, 0);
    ASSERT_GT(attendanceRoot, 1);
    struct Flip
    {
        const char* what;
        qint64 offset;
        char value;
    };
    const QList<Flip> flips{
        {"page type of the attendance table's root", (attendanceRoot - 1) * pageSize, char(0x07)},
        {"cell count of the participant table's root", (participantRoot - 1) * pageSize + 3, char(0x7f)},
        {"first cell pointer of the enrolment table's root", (enrolmentRoot - 1) * pageSize + 8, char(0x00)},
        {"page size in the file header", 16, char(0x03)},
        {"the free-page count in the file header", 39, char(0x05)},
    };
    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("l.csv")), QStringLiteral("Nada"), 3,
                                               QStringLiteral("INM"));
    for (const Flip& flip : flips) {
        const QString path = demoCopy(QStringLiteral("flipped.sdesk"));
        {
            QFile file(path); // no connection to this copy exists in this process
            ASSERT_TRUE(file.open(QIODevice::ReadWrite));
            ASSERT_TRUE(file.seek(flip.offset));
            char old = 0;
            ASSERT_EQ(file.read(&old, 1), 1);
            ASSERT_TRUE(file.seek(flip.offset));
            const char value = old == flip.value ? char(~flip.value) : flip.value;
            ASSERT_EQ(file.write(&value, 1), 1);
        }
        const QByteArray before = fileHash(path);
        const ProcessRun check = cli({QStringLiteral("check"), path});
        EXPECT_EQ(check.exitCode, 4) << flip.what << ": " << check.out.toStdString()
                                     << check.err.toStdString();
        const ProcessRun import = cli({QStringLiteral("import"), path, QStringLiteral("participants"), list});
        EXPECT_EQ(import.exitCode, 4) << flip.what << ": " << import.err.toStdString();
        EXPECT_EQ(fileHash(path), before) << flip.what;
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
}

// A file on a read-only mount is read (info, check, results) and refused for writing, in plain words.
TEST_F(FileSafetyTest, ReadOnlyMountIsReadAndNeverWritten)
{
    const QString mount = m_dir.path(QStringLiteral("media"));
    ASSERT_TRUE(QDir().mkpath(mount));
    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("l.csv")), QStringLiteral("Nada"), 3,
                                               QStringLiteral("INM"));
    const ProcessRun run = inNamespace(
        QStringLiteral(
            "set -e; mount -t tmpfs tmpfs '%1'; cp '%2' '%1/ro.sdesk'; mount -o remount,ro,bind '%1'; "
            "\"$CLI\" info '%1/ro.sdesk' >/dev/null; echo info=$?; "
            "\"$CLI\" check '%1/ro.sdesk' >/dev/null; echo check=$?; "
            "\"$CLI\" results '%1/ro.sdesk' --by activity >/dev/null; echo results=$?; "
            "set +e; \"$CLI\" import '%1/ro.sdesk' participants '%3'; echo import=$?")
            .arg(mount, s_demo, list));
    const QString out = run.out;
    EXPECT_TRUE(out.contains(QStringLiteral("info=0"))) << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("check=0"))) << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("results=0"))) << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("import=4"))) << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("read-only"))) << run.err.toStdString();
    ProcessRun importRun;
    importRun.err = run.err;
    expectPlainSentence(importRun, QStringLiteral("ro.sdesk"));
}

// A full disk: the import fails with a plain sentence and the file is exactly as before.
TEST_F(FileSafetyTest, FullDiskLeavesTheFileAsItWas)
{
    const QString mount = m_dir.path(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(mount));
    const qint64 demoSize = QFileInfo(s_demo).size();
    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("big.csv")),
                                               QStringLiteral("Grande"), 20000, QStringLiteral("INM"));
    const ProcessRun run =
        inNamespace(QStringLiteral("mount -t tmpfs -o size=%1 tmpfs '%2' && cp '%3' '%2/full.sdesk' && "
                                   "sha256sum '%2/full.sdesk' > '%2/../before.sum'; "
                                   "\"$CLI\" import '%2/full.sdesk' participants '%4'; echo import=$?; "
                                   "\"$CLI\" check '%2/full.sdesk' > /dev/null; echo check=$?; "
                                   "\"$CLI\" info '%2/full.sdesk' | grep -c . > /dev/null; echo info=$?; "
                                   "sqlite3 '%2/full.sdesk' 'SELECT count(*) FROM participant'")
                        .arg(demoSize + 256 * 1024)
                        .arg(mount, s_demo, list));
    const QString out = run.out;
    EXPECT_TRUE(out.contains(QStringLiteral("import=4"))) << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("check=0"))) << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("info=0"))) << out.toStdString();
    EXPECT_TRUE(out.trimmed().endsWith(QString::number(scalar(s_demo, "SELECT count(*) FROM participant"))))
        << out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("full"))) << run.err.toStdString();
    const QString firstError = run.err.section(QLatin1Char('\n'), 0, 0);
    ProcessRun importRun;
    importRun.err = firstError;
    expectPlainSentence(importRun, QStringLiteral("full.sdesk"));
}

// Permission denied, read-only file, read-only folder: each in plain words, as an ordinary user
// (the test runs as root, who may write anything, so the commands run as nobody).
TEST_F(FileSafetyTest, PermissionsAreNamedInPlainWords)
{
    const QString folder = m_dir.path(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/locked.sdesk");
    ASSERT_TRUE(QFile::copy(s_demo, path));
    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("l.csv")), QStringLiteral("Nada"), 3,
                                               QStringLiteral("INM"));
    QFile::setPermissions(list, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(m_dir.root(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ExeOther | QFile::ReadOther);
    const auto asNobody = [](const QStringList& arguments) {
        QStringList all{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                        QStringLiteral("--clear-groups"), QStringLiteral(SD_CLI_PATH)};
        all += arguments;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
        environment.insert(QStringLiteral("SEMINARDESK_LOG_DIR"), QStringLiteral("/tmp"));
        return runProgram(QStringLiteral("setpriv"), all, withEnvironment(environment));
    };

    // No permission to read at all.
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                      QFile::ExeOther);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ProcessRun denied = asNobody({QStringLiteral("info"), path});
    EXPECT_EQ(denied.exitCode, 3) << denied.err.toStdString();
    EXPECT_TRUE(denied.err.contains(QStringLiteral("no permission"))) << denied.err.toStdString();
    expectPlainSentence(denied, QStringLiteral("locked.sdesk"));

    // Readable, but the file is read-only: reading works, writing is refused.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                      QFile::WriteOther | QFile::ExeOther);
    EXPECT_EQ(asNobody({QStringLiteral("info"), path}).exitCode, 0);
    ProcessRun readOnlyFile =
        asNobody({QStringLiteral("import"), path, QStringLiteral("participants"), list});
    EXPECT_EQ(readOnlyFile.exitCode, 4) << readOnlyFile.err.toStdString();
    EXPECT_TRUE(readOnlyFile.err.contains(QStringLiteral("read-only"))) << readOnlyFile.err.toStdString();
    expectPlainSentence(readOnlyFile, QStringLiteral("locked.sdesk"));

    // The file may be written but its folder may not: the log cannot be made beside it.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                      QFile::ExeOther);
    EXPECT_EQ(asNobody({QStringLiteral("info"), path}).exitCode, 0);
    ProcessRun readOnlyFolder =
        asNobody({QStringLiteral("import"), path, QStringLiteral("participants"), list});
    EXPECT_EQ(readOnlyFolder.exitCode, 4) << readOnlyFolder.err.toStdString();
    EXPECT_TRUE(readOnlyFolder.err.contains(QStringLiteral("folder"))) << readOnlyFolder.err.toStdString();
    expectPlainSentence(readOnlyFolder, QStringLiteral("locked.sdesk"));
    EXPECT_EQ(cli({QStringLiteral("check"), path}).exitCode, 0);
}

// A network share is refused for writing (SQLite's log needs shared memory that NFS or SMB do not
// give) and pointed to the server; reading it is allowed. Tests cannot mount a share, so the probe is
// told which file system it would have found.
TEST_F(FileSafetyTest, NetworkShareIsReadOnly)
{
    const QString path = demoCopy(QStringLiteral("share.sdesk"));
    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("l.csv")), QStringLiteral("Nada"), 3,
                                               QStringLiteral("INM"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SEMINARDESK_TEST_NETWORK_FILESYSTEM"), QStringLiteral("NFS"));
    const QByteArray before = fileHash(path);
    const ProcessRun import = cli({QStringLiteral("import"), path, QStringLiteral("participants"), list},
                                  withEnvironment(environment));
    EXPECT_EQ(import.exitCode, 4) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(QStringLiteral("network share (NFS)"))) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(QStringLiteral("server"))) << import.err.toStdString();
    expectPlainSentence(import, QStringLiteral("share.sdesk"));
    const ProcessRun info = cli({QStringLiteral("info"), path}, withEnvironment(environment));
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

// The command line's errors reach its log too (never personal data).
TEST_F(FileSafetyTest, ErrorsGoToTheLog)
{
    const QString logs = m_dir.path(QStringLiteral("logs"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SEMINARDESK_LOG_DIR"), logs);
    const QString path = demoCopy(QStringLiteral("share.sdesk"));
    environment.insert(QStringLiteral("SEMINARDESK_TEST_NETWORK_FILESYSTEM"), QStringLiteral("SMB/CIFS"));
    const QString list = writeRegistrationList(m_dir.path(QStringLiteral("l.csv")), QStringLiteral("Nada"), 3,
                                               QStringLiteral("INM"));
    EXPECT_EQ(cli({QStringLiteral("import"), path, QStringLiteral("participants"), list},
                  withEnvironment(environment))
                  .exitCode,
              4);
    const QString log = QString::fromUtf8(readBytes(logs + QStringLiteral("/seminardesk-cli.log")));
    EXPECT_TRUE(log.contains(QStringLiteral("network share"))) << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("Persona"))) << log.toStdString();
}

} // namespace

namespace {

// An export to a full disk says so, in plain words, and leaves no half-written file.
TEST_F(FileSafetyTest, ExportToAFullDiskSaysTheDiskIsFull)
{
    const QString mount = m_dir.path(QStringLiteral("tiny"));
    ASSERT_TRUE(QDir().mkpath(mount));
    const ProcessRun run = inNamespace(
        QStringLiteral(
            "mount -t tmpfs -o size=16k tmpfs '%1' && "
            "\"$CLI\" participants '%2' --format csv -o '%1/everyone.csv'; echo csv=$?; "
            "\"$CLI\" results '%2' --by all --format xlsx -o '%1/results.xlsx'; echo xlsx=$?; ls -A '%1'")
            .arg(mount, s_demo));
    const QString out = run.out;
    EXPECT_TRUE(out.contains(QStringLiteral("csv=3")) || out.contains(QStringLiteral("csv=4")))
        << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("xlsx=3")) || out.contains(QStringLiteral("xlsx=4")))
        << out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("the disk is full"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("Unknown error"))) << run.err.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("everyone.csv"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("results.xlsx"))) << out.toStdString();
}

} // namespace
