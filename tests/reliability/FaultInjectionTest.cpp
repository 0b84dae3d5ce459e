// Every bulk operation run under every fault the test VFS can inject, at every
// point: for each kind, N = 1, 2, 3 ... until the operation runs through without meeting the fault.
// After each fault the file is reopened with the plain VFS and must pass integrity_check, open
// through sd::Database::open, pass the real `seminardesk-cli check`, and hold the change all or
// nothing: exactly the state before, or exactly the state a fault-free run leaves.
#include "FaultVfs.h"
#include "ImportFixture.h"
#include "ReliabilitySupport.h"
#include "TempDir.h"
#include "demo/Generator.h"
#include "import/Importer.h"
#include "import/ParticipantMerge.h"
#include "io/TabularFile.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <set>
#include <sqlite3.h>

using namespace sd;
using namespace sd::test;

namespace {

constexpr FaultKind kKinds[] = {FaultKind::WriteError, FaultKind::SyncError,     FaultKind::TruncateError,
                                FaultKind::DiskFull,   FaultKind::PowerCutWrite, FaultKind::PowerCutSync};

// A guard against an operation that never stops meeting its fault (a test bug, not a finding).
constexpr std::int64_t kMaxN = 5000;

// One operation under test. prepare() writes the starting files into a folder with the plain VFS;
// run() does the operation (opening and closing the file included) on a copy; target() names the
// programme file whose state is judged.
struct Operation
{
    std::function<void(const QString& folder)> prepare;
    std::function<Status(const QString& folder)> run;
    QString fileName;
    QStringList copiedFiles; // what prepare() writes, copied into each trial's folder
    bool checkAfterOpening = false;
};

void copyFolder(const QString& from, const QString& to, const QStringList& names)
{
    QDir().mkpath(to);
    for (const QString& name : names)
        ASSERT_TRUE(QFile::copy(from + u'/' + name, to + u'/' + name)) << name.toStdString();
}

void removeFolder(const QString& folder)
{
    QDir(folder).removeRecursively();
}

struct Tally
{
    std::int64_t faults = 0;
    std::int64_t rolledBack = 0;           // file exactly as before
    std::int64_t committed = 0;            // file exactly as after a clean run
    std::int64_t committedButReported = 0; // of those, the operation reported the fault (after its commit)
};

class FaultInjection : public ::testing::Test
{
protected:
    void TearDown() override { FaultVfs::uninstall(); }

    // The whole walk for one operation; returns how many faults were injected.
    void walk(const char* operationName, const Operation& operation, bool absentBefore = false)
    {
        const QString templateDir = m_dir.path(QStringLiteral("template"));
        QDir().mkpath(templateDir);
        operation.prepare(templateDir);
        const FileState before =
            absentBefore ? FileState{} : inspectFile(templateDir + u'/' + operation.fileName);
        ASSERT_TRUE(absentBefore || before.integrity == QLatin1String("ok"))
            << before.integrity.toStdString();

        // The fault-free run: the state after, and proof that the VFS sees the core's writes.
        const QString cleanDir = m_dir.path(QStringLiteral("clean"));
        copyFolder(templateDir, cleanDir, operation.copiedFiles);
        FaultVfs::install();
        const Status clean = operation.run(cleanDir);
        const FaultCounters cleanCounters = FaultVfs::counters();
        FaultVfs::uninstall();
        ASSERT_TRUE(clean.ok()) << clean.error().message.toStdString();
        ASSERT_GT(cleanCounters.writes, 0) << "the fault VFS saw no write: Qt's SQLite is not the one linked";
        ASSERT_GT(cleanCounters.syncs, 0);
        const FileState after = inspectFile(cleanDir + u'/' + operation.fileName);
        ASSERT_EQ(after.integrity, QStringLiteral("ok"));
        ASSERT_NE(after.content, before.content) << "the operation changed nothing";
        std::cout << "[faults] " << operationName << ": a clean run makes " << cleanCounters.writes
                  << " writes, " << cleanCounters.syncs << " syncs, " << cleanCounters.truncates
                  << " truncates\n";

        for (const FaultKind kind : kKinds) {
            Tally tally;
            for (std::int64_t n = 1; n <= kMaxN; ++n) {
                const QString folder =
                    m_dir.path(QStringLiteral("%1-%2").arg(QLatin1String(faultKindName(kind))).arg(n));
                copyFolder(templateDir, folder, operation.copiedFiles);
                FaultVfs::install();
                FaultVfs::arm(kind, n);
                const Status status = operation.run(folder);
                const FaultCounters counters = FaultVfs::counters();
                FaultVfs::uninstall();
                const std::string where =
                    std::string(operationName) + ", " + faultKindName(kind) + " at N=" + std::to_string(n);
                if (!counters.hit) {
                    // Past the last point of this kind: the operation runs through as in the clean run.
                    EXPECT_TRUE(status.ok()) << where << ": " << status.error().message.toStdString();
                    EXPECT_EQ(inspectFile(folder + u'/' + operation.fileName).content, after.content)
                        << where;
                    removeFolder(folder);
                    break;
                }
                ++tally.faults;
                judge(where, folder, operation, status, before, after, absentBefore, tally);
                removeFolder(folder);
                if (::testing::Test::HasFailure())
                    return;
                ASSERT_LT(n, kMaxN) << where << ": the operation met the fault at every point";
            }
            std::cout << "[faults] " << operationName << " " << faultKindName(kind) << ": " << tally.faults
                      << " faults injected, " << tally.rolledBack << " left the file as before, "
                      << tally.committed << " left the whole change (" << tally.committedButReported
                      << " of them with an error reported), 0 damaged\n";
            m_total += tally.faults;
        }
        std::cout << "[faults] " << operationName << ": " << m_total << " faults in all; the messages:\n";
        for (const std::string& message : m_messages)
            std::cout << "[faults]   " << message << '\n';
    }

    void judge(const std::string& where, const QString& folder, const Operation& operation,
               const Status& status, const FileState& before, const FileState& after, bool absentBefore,
               Tally& tally)
    {
        const QString path = folder + u'/' + operation.fileName;
        if (!status.ok()) {
            EXPECT_FALSE(status.error().message.isEmpty()) << where;
            QString message = status.error().message;
            m_messages.insert(message.replace(folder, QStringLiteral("FOLDER")).toStdString());
        }
        // The next command a user runs sees the file exactly as the fault left it (a write-ahead
        // log not checkpointed included): check it so first. A file left at an older version is
        // upgraded by its next opening for writing, so that one is checked after the opening below.
        if (!operation.checkAfterOpening && QFileInfo::exists(path))
            expectCheckPasses(where, path);
        const FileState state = inspectFile(path);
        if (absentBefore && !state.exists) {
            // generate: nothing at the name, and nothing half-built left beside it.
            EXPECT_FALSE(status.ok()) << where << ": reported success but wrote no file";
            EXPECT_FALSE(QFileInfo::exists(partialGeneratedPath(path))) << where << ": .partial left behind";
            ++tally.rolledBack;
            return;
        }
        ASSERT_TRUE(state.exists) << where << ": the file is gone";
        ASSERT_EQ(state.integrity, QStringLiteral("ok")) << where;
        if (state.content == after.content) {
            ++tally.committed;
            if (!status.ok())
                ++tally.committedButReported;
        } else {
            EXPECT_EQ(state.content, before.content) << where << ": neither the state before nor after";
            EXPECT_FALSE(status.ok()) << where << ": reported success but the change is not in the file";
            ++tally.rolledBack;
        }
        // A backup written beside the file (migration) is a whole copy of the state before.
        for (const QString& name : QDir(folder).entryList({QStringLiteral("*.bak")}, QDir::Files)) {
            const FileState backup = inspectFile(folder + u'/' + name);
            EXPECT_EQ(backup.integrity, QStringLiteral("ok")) << where << ": backup " << name.toStdString();
            EXPECT_EQ(backup.content, before.content) << where << ": backup " << name.toStdString();
        }
        {
            Result<std::unique_ptr<Database>> reopened = Database::open(path);
            EXPECT_TRUE(reopened.ok()) << where << ": " << reopened.error().message.toStdString();
        }
        if (operation.checkAfterOpening)
            expectCheckPasses(where, path);
    }

    static void expectCheckPasses(const std::string& where, const QString& path)
    {
        const ProcessRun check = cli({QStringLiteral("check"), path});
        EXPECT_EQ(check.exitCode, 0) << where << ": check said " << check.out.toStdString()
                                     << check.err.toStdString();
    }

    TempDir m_dir;
    std::int64_t m_total = 0;
    std::set<std::string> m_messages; // what the operation told its user, one of each
};

Status closeAfter(std::unique_ptr<Database> database, const Status& status)
{
    database.reset();
    return status;
}

// An operation on the import fixture, written to p.sdesk before the trials.
Operation onImportFixture()
{
    Operation operation;
    operation.fileName = QStringLiteral("p.sdesk");
    operation.copiedFiles = {operation.fileName};
    operation.prepare = [](const QString& folder) {
        writeImportFixture(folder + QStringLiteral("/p.sdesk"));
    };
    return operation;
}

// Opens the trial's p.sdesk, runs body on it and closes it before answering, as the window and the
// command line do: the close's checkpoint is part of what a fault may hit.
Status onProgrammeFile(const QString& folder, const std::function<Status(Database&)>& body)
{
    Result<std::unique_ptr<Database>> opened = Database::open(folder + QStringLiteral("/p.sdesk"));
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    const Status status = body(*database);
    return closeAfter(std::move(database), status);
}

Id projectIdOf(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM project WHERE code = 'TEST'")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

// The VFS itself: a power cut drops exactly what was not synced. With synchronous=OFF a commit is
// never synced and a cut loses it; with synchronous=FULL the commit's sync makes it survive.
TEST(FaultVfsTest, APowerCutDropsWhatWasNotSynced)
{
    TempDir dir;
    for (const bool synced : {false, true}) {
        const QString path = dir.path(synced ? QStringLiteral("full.db") : QStringLiteral("off.db"));
        FaultVfs::install();
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db,
                               "PRAGMA journal_mode=WAL; CREATE TABLE t(x); PRAGMA synchronous=FULL;"
                               "INSERT INTO t VALUES (1)",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, synced ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF", nullptr,
                               nullptr, nullptr),
                  SQLITE_OK);
        const std::int64_t syncsBefore = FaultVfs::counters().syncs;
        ASSERT_GT(syncsBefore, 0) << "the connection did not go through the fault VFS";
        ASSERT_EQ(sqlite3_exec(db, "INSERT INTO t VALUES (2)", nullptr, nullptr, nullptr), SQLITE_OK);
        // The next write is the cut: the third row never arrives, the second only if its commit was synced.
        FaultVfs::arm(FaultKind::PowerCutWrite, 1);
        EXPECT_NE(sqlite3_exec(db, "INSERT INTO t VALUES (3)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const FaultCounters counters = FaultVfs::counters();
        FaultVfs::uninstall();
        EXPECT_TRUE(counters.hit);
        const FileState state = inspectFile(path);
        EXPECT_EQ(state.integrity, QStringLiteral("ok"));
        EXPECT_EQ(countOf(state, QStringLiteral("t")), synced ? 2 : 1) << (synced ? "FULL" : "OFF");
    }
}

// The import of a registration list, enrolling everyone in activity 1: a preview, then run().
TEST_F(FaultInjection, ImportEveryWriteSyncAndTruncate)
{
    Operation operation = onImportFixture();
    operation.run = [](const QString& folder) {
        return onProgrammeFile(folder, [](Database& database) -> Status {
            Result<CsvTable> list = readTabularFile(dataPath(QStringLiteral("import/utf8-comma/input.csv")));
            if (!list)
                return list.error();
            ImportOptions options;
            options.kind = ImportKind::Participants;
            options.projectId = projectIdOf(database);
            options.activityCode = QStringLiteral("1");
            // As the window does: a preview, then the import of the plan the user approved.
            Importer importer(database);
            Result<ImportPlan> preview = importer.plan(*list, QStringLiteral("input.csv"), options);
            if (!preview)
                return preview.error();
            Result<ImportRun> written =
                importer.run(*list, QStringLiteral("input.csv"), options,
                             Importer::acceptOnly(*preview, QStringLiteral("p.sdesk")));
            return written ? Status() : Status(written.error());
        });
    };
    walk("import", operation);
}

// 300 people: the import grows the file by many pages, so the checkpoint on closing extends the main
// file, and a fault in the middle of it leaves the header ahead of the file's size.
TEST_F(FaultInjection, ImportOfALongListEveryWriteSyncAndTruncate)
{
    Operation operation = onImportFixture();
    operation.copiedFiles.append(QStringLiteral("long-list.csv"));
    operation.prepare = [](const QString& folder) {
        writeImportFixture(folder + QStringLiteral("/p.sdesk"));
        QFile list(folder + QStringLiteral("/long-list.csv"));
        ASSERT_TRUE(list.open(QIODevice::WriteOnly));
        list.write(longRegistrationList(300));
    };
    operation.run = [](const QString& folder) {
        return onProgrammeFile(folder, [&folder](Database& database) -> Status {
            Result<CsvTable> list = readTabularFile(folder + QStringLiteral("/long-list.csv"));
            if (!list)
                return list.error();
            ImportOptions options;
            options.kind = ImportKind::Participants;
            // As the command line does: planned and written in one write transaction.
            Importer importer(database);
            Result<ImportRun> written = importer.run(*list, QStringLiteral("long-list.csv"), options,
                                                     [](const ImportPlan&) { return Status(); });
            return written ? Status() : Status(written.error());
        });
    };
    walk("import (300 rows)", operation);
}

// What the attendance dialog's Save does (SaveAttendanceCommand::apply): one setAttendance call with
// the grid's changes, here every mark of activity 1, one of them replacing a stored mark.
TEST_F(FaultInjection, AttendanceSaveEveryWriteSyncAndTruncate)
{
    Operation operation = onImportFixture();
    operation.run = [](const QString& folder) {
        return onProgrammeFile(folder, [](Database& database) -> Status {
            ProgrammeStore store(database);
            QSqlQuery query(database.connection());
            QList<ProgrammeStore::MarkChange> changes;
            const AttendanceStatus statuses[] = {AttendanceStatus::Late, AttendanceStatus::Present,
                                                 AttendanceStatus::Excused, AttendanceStatus::Absent};
            if (!query.exec(
                    QStringLiteral("SELECT e.id, s.id FROM enrolment e JOIN session s ON s.activity_id = "
                                   "e.activity_id ORDER BY e.id, s.id")))
                return database.errorFor(query, QStringLiteral("reading the enrolments"));
            while (query.next())
                changes.append(
                    {query.value(0).toLongLong(), query.value(1).toLongLong(), statuses[changes.size() % 4]});
            query.finish();
            if (changes.size() < 4)
                return Error::badInput(QStringLiteral("the fixture has too few enrolments"));
            return store.setAttendance(changes);
        });
    };
    walk("attendance save", operation);
}

// Merging the two "Juan Carlos López Díaz", each enrolled and marked, one of them in both activities.
TEST_F(FaultInjection, MergeEveryWriteSyncAndTruncate)
{
    static ImportFixtureIds ids;
    Operation operation;
    operation.fileName = QStringLiteral("p.sdesk");
    operation.copiedFiles = {operation.fileName};
    operation.prepare = [](const QString& folder) {
        const QString path = folder + QStringLiteral("/p.sdesk");
        ids = writeImportFixture(path);
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        ASSERT_TRUE(opened.ok());
        ProgrammeStore store(**opened);
        Result<Id> keptIn1 = store.enrol(ids.activity1, ids.juanCarlosInm);
        Result<Id> otherIn1 = store.enrol(ids.activity1, ids.juanCarlosComar);
        Result<Id> otherIn2 = store.enrol(ids.activity2, ids.juanCarlosComar);
        ASSERT_TRUE(keptIn1.ok() && otherIn1.ok() && otherIn2.ok());
        Result<QList<Session>> sessions1 = store.sessions(ids.activity1);
        Result<QList<Session>> sessions2 = store.sessions(ids.activity2);
        ASSERT_TRUE(sessions1.ok() && sessions2.ok() && sessions1->size() == 3 && sessions2->size() == 2);
        ASSERT_TRUE(store
                        .setAttendance({{*keptIn1, (*sessions1)[0].id, AttendanceStatus::Absent},
                                        {*otherIn1, (*sessions1)[0].id, AttendanceStatus::Present},
                                        {*otherIn1, (*sessions1)[1].id, AttendanceStatus::Late},
                                        {*otherIn2, (*sessions2)[0].id, AttendanceStatus::Present},
                                        {*otherIn2, (*sessions2)[1].id, AttendanceStatus::Present}})
                        .ok());
    };
    operation.run = [](const QString& folder) {
        return onProgrammeFile(folder, [](Database& database) -> Status {
            Result<MergeRecord> merged =
                ParticipantMerge::merge(database, ids.juanCarlosInm, ids.juanCarlosComar);
            return merged ? Status() : Status(merged.error());
        });
    };
    walk("merge", operation);
}

// Opening a version-1 file: the backup beside it, then the migration to the current schema.
TEST_F(FaultInjection, MigrationEveryWriteSyncAndTruncate)
{
    Operation operation;
    operation.fileName = QStringLiteral("v1.sdesk");
    operation.copiedFiles = {operation.fileName};
    operation.checkAfterOpening = true;
    operation.prepare = [](const QString& folder) {
        ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("migrations/v1-programme.sdesk")),
                                folder + QStringLiteral("/v1.sdesk")));
    };
    operation.run = [](const QString& folder) -> Status {
        Result<std::unique_ptr<Database>> opened = Database::open(folder + QStringLiteral("/v1.sdesk"));
        return opened ? Status() : Status(opened.error());
    };
    walk("migration", operation);
}

// generate: a small programme built under FILE.partial and named FILE when complete.
TEST_F(FaultInjection, GenerateEveryWriteSyncAndTruncate)
{
    Operation operation;
    operation.fileName = QStringLiteral("g.sdesk");
    operation.prepare = [](const QString&) {
    };
    operation.run = [](const QString& folder) -> Status {
        GeneratorOptions options;
        options.participants = 40;
        options.activities = 4;
        options.seed = 7;
        options.sessionsPerActivity = 2;
        options.enrolmentsPerActivity = 10;
        Result<GeneratorReport> report = generateProgrammeFile(folder + QStringLiteral("/g.sdesk"), options);
        return report ? Status() : Status(report.error());
    };
    walk("generate", operation, true);
}
