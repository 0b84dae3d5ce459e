#include "storage/BackupStore.h"

#include "Process.h"
#include "Programmes.h"
#include "TempDir.h"
#include "demo/DemoProgramme.h"
#include "storage/Database.h"
#include "storage/OnlineBackup.h"
#include "storage/ProgrammeStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace sd;
using sd::test::TempDir;

namespace {

const QDate kToday(2026, 3, 18); // a Wednesday

BackupStore::Snapshot snapshotAged(int days, int hour = 9)
{
    const QDateTime at(kToday.addDays(-days), QTime(hour, 30));
    return {QStringLiteral("/backups/%1.sdesk").arg(at.toString(Qt::ISODate)), at, BackupStore::Kind::Opened};
}

// The ages in days (and hours) of the snapshots the rule keeps.
QSet<QString> keptOf(const QList<BackupStore::Snapshot>& all)
{
    QSet<QString> kept;
    for (const BackupStore::Snapshot& snapshot : all)
        kept.insert(snapshot.path);
    for (const BackupStore::Snapshot& gone : BackupStore::expired(all, kToday))
        kept.remove(gone.path);
    return kept;
}

qint64 count(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// What the sqlite3 shell says (its output, then its errors) of `sql` on the file at path.
QString shellSays(const QString& path, const QString& sql)
{
    const test::ProcessRun run = test::sqliteShell(path, sql);
    return run.out.trimmed() + run.err.trimmed();
}

} // namespace

TEST(BackupRotation, KeepsOneADayForSevenDaysAndOneAWeekForFourWeeks)
{
    // A snapshot every day for 60 days, two on some days.
    QList<BackupStore::Snapshot> all;
    for (int age = 0; age < 60; ++age)
        all.append(snapshotAged(age));
    all.append(snapshotAged(0, 17));
    all.append(snapshotAged(3, 7));
    all.append(snapshotAged(9, 20));

    QSet<QString> expected;
    // Days 0..6: the newest of each day (the evening one on day 0, the 9:30 one on day 3).
    expected.insert(snapshotAged(0, 17).path);
    for (int age = 1; age < 7; ++age)
        expected.insert(snapshotAged(age).path);
    // Weeks 1..3 (ages 7-13, 14-20, 21-27): the newest of each, which is its youngest day.
    expected.insert(snapshotAged(7).path);
    expected.insert(snapshotAged(14).path);
    expected.insert(snapshotAged(21).path);

    EXPECT_EQ(keptOf(all), expected);
    EXPECT_EQ(BackupStore::expired(all, kToday).size(), all.size() - expected.size());
}

TEST(BackupRotation, SparseSnapshotsKeepTheNewestOfEachWeek)
{
    // Opened now and then: days 2, 10, 12, 16, 27, 28, 45 ago, and one dated tomorrow (clock change).
    QList<BackupStore::Snapshot> all;
    for (int age : {2, 10, 12, 16, 27, 28, 45, -1})
        all.append(snapshotAged(age));
    const QSet<QString> expected{snapshotAged(2).path,  // daily
                                 snapshotAged(10).path, // week 1: 10 is newer than 12
                                 snapshotAged(16).path, // week 2
                                 snapshotAged(27).path, // week 3: its only one
                                 snapshotAged(-1).path};
    EXPECT_EQ(keptOf(all), expected);
}

TEST(BackupRotation, NothingToRemoveWhenFewerThanTheRuleKeeps)
{
    QList<BackupStore::Snapshot> all{snapshotAged(0), snapshotAged(1), snapshotAged(8)};
    EXPECT_TRUE(BackupStore::expired(all, kToday).isEmpty());
}

TEST(BackupStore, RotateRemovesExpiredFilesOfThatProgrammeOnly)
{
    TempDir dir;
    BackupStore store(dir.path(QStringLiteral("backups")));
    const QString programme = dir.path(QStringLiteral("p.sdesk"));
    const QString other = dir.path(QStringLiteral("q.sdesk"));
    EXPECT_NE(store.folderFor(programme), store.folderFor(other));
    QStringList written;
    for (int age = 0; age < 40; ++age) {
        const QDateTime at(kToday.addDays(-age), QTime(8, 0));
        for (const QString& file : {programme, other}) {
            Result<QString> path = store.pathForNew(file, at, BackupStore::Kind::Opened);
            ASSERT_TRUE(path.ok());
            QFile out(*path);
            ASSERT_TRUE(out.open(QIODevice::WriteOnly)); // a stand-in: no SQLite connection involved
            if (file == programme)
                written << *path;
        }
    }
    // A file that is not one of the store's is never touched.
    const QString foreign = QDir(store.folderFor(programme)).filePath(QStringLiteral("notes.sdesk"));
    EXPECT_TRUE(QFile(foreign).open(QIODevice::WriteOnly));

    EXPECT_EQ(store.snapshots(programme).size(), 40);
    EXPECT_EQ(store.rotate(programme, kToday), 40 - 10);
    const QList<BackupStore::Snapshot> left = store.snapshots(programme);
    ASSERT_EQ(left.size(), 10);
    EXPECT_EQ(left.first().takenAt.date(), kToday);
    EXPECT_EQ(left.last().takenAt.date(), kToday.addDays(-21));
    EXPECT_TRUE(QFileInfo::exists(foreign));
    EXPECT_EQ(store.snapshots(other).size(), 40);
    EXPECT_TRUE(store.hasSnapshotOn(programme, kToday));
    EXPECT_FALSE(store.hasSnapshotOn(programme, kToday.addDays(-2 * 7 - 3)));
}

TEST(BackupStore, SnapshotNamesTellTheKindAndNeverCollide)
{
    TempDir dir;
    BackupStore store(dir.path(QStringLiteral("backups")));
    const QString programme = dir.path(QStringLiteral("p.sdesk"));
    const QDateTime at(kToday, QTime(12, 0, 5));
    Result<QString> first = store.pathForNew(programme, at, BackupStore::Kind::BeforeRestore);
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(QFile(*first).open(QIODevice::WriteOnly));
    Result<QString> second = store.pathForNew(programme, at, BackupStore::Kind::BeforeRestore);
    ASSERT_TRUE(second.ok());
    EXPECT_NE(*first, *second);
    EXPECT_TRUE(QFile(*second).open(QIODevice::WriteOnly));
    const QList<BackupStore::Snapshot> listed = store.snapshots(programme);
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[0].kind, BackupStore::Kind::BeforeRestore);
    EXPECT_EQ(listed[1].takenAt, at);
}

TEST(OnlineBackup, CopyIsCompleteSelfContainedAndRefusesAnExistingTarget)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.sdesk"));
    std::unique_ptr<Database> database = test::newDemoProgramme(path);
    ASSERT_TRUE(database);
    const QString copy = dir.path(QStringLiteral("copy.sdesk"));
    const Status written = backupDatabase(*database, copy);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral(".partial")));
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    // Read by the real sqlite3: intact, one file in rollback mode, the same rows.
    EXPECT_EQ(shellSays(copy, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(shellSays(copy, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
    EXPECT_EQ(shellSays(copy, QStringLiteral("SELECT count(*) FROM attendance")),
              QString::number(count(*database, QStringLiteral("SELECT count(*) FROM attendance"))));
    Result<BackupStore::Counts> counts = BackupStore::countsOf(copy);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->participants, count(*database, QStringLiteral("SELECT count(*) FROM participant")));
    EXPECT_EQ(counts->activities, count(*database, QStringLiteral("SELECT count(*) FROM activity")));
    EXPECT_EQ(counts->attendanceMarks, count(*database, QStringLiteral("SELECT count(*) FROM attendance")));

    const QByteArray before = sd::test::fileHash(copy);
    const Status again = backupDatabase(*database, copy);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already exists")));
    EXPECT_EQ(sd::test::fileHash(copy), before);
}

TEST(BackupStore, RestoreRoundTripThroughTheOpenConnection)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.sdesk"));
    std::unique_ptr<Database> database = test::newDemoProgramme(path);
    ASSERT_TRUE(database);
    const qint64 participants = count(*database, QStringLiteral("SELECT count(*) FROM participant"));
    const qint64 marks = count(*database, QStringLiteral("SELECT count(*) FROM attendance"));
    const QString snapshot = dir.path(QStringLiteral("snapshot.sdesk"));
    ASSERT_TRUE(backupDatabase(*database, snapshot).ok());

    // Later work: marks cleared and a participant added.
    {
        QSqlQuery query(database->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM "
                                              "enrolment ORDER BY id LIMIT 20)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO participant (given_names, family_names, gender) "
                                              "VALUES ('Nueva', 'Persona', 'female')")));
    }
    ASSERT_LT(count(*database, QStringLiteral("SELECT count(*) FROM attendance")), marks);

    const Status restored = BackupStore::restore(*database, snapshot);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    // The same connection reads the restored contents; the file stays a WAL programme file.
    EXPECT_EQ(count(*database, QStringLiteral("SELECT count(*) FROM participant")), participants);
    EXPECT_EQ(count(*database, QStringLiteral("SELECT count(*) FROM attendance")), marks);
    QSqlQuery mode(database->connection());
    ASSERT_TRUE(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
    database.reset();
    EXPECT_EQ(shellSays(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(shellSays(path, QStringLiteral("PRAGMA foreign_key_check")), QString());
    EXPECT_EQ(shellSays(path, QStringLiteral("SELECT count(*) FROM participant")),
              QString::number(participants));
    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    EXPECT_TRUE(reopened.ok());
}

TEST(BackupStore, RestoreRefusesWhatIsNotAProgrammeSnapshot)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.sdesk"));
    std::unique_ptr<Database> database = test::newDemoProgramme(path);
    ASSERT_TRUE(database);
    const qint64 participants = count(*database, QStringLiteral("SELECT count(*) FROM participant"));

    const QString stranger = dir.path(QStringLiteral("other.db"));
    EXPECT_EQ(shellSays(stranger,
                        QStringLiteral("CREATE TABLE participant (x); INSERT INTO participant VALUES (1);")),
              QString());
    const Status refused = BackupStore::restore(*database, stranger);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not a programme file")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("demo.sdesk was not changed")));

    const Status missing = BackupStore::restore(*database, dir.path(QStringLiteral("gone.sdesk")));
    EXPECT_FALSE(missing.ok());
    EXPECT_EQ(count(*database, QStringLiteral("SELECT count(*) FROM participant")), participants);
}
