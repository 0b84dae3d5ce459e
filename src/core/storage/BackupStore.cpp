#include "storage/BackupStore.h"

#include "storage/Database.h"
#include "storage/OnlineBackup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <sqlite3.h>

namespace sd {

namespace {

const QString kStampFormat = QStringLiteral("yyyy-MM-ddTHHmmss");
const QString kBeforeRestore = QStringLiteral("-before-restore");
const QString kSuffix = QStringLiteral(".sdesk");

// A snapshot opened read-only through SQLite; closed with the object.
class SnapshotConnection
{
public:
    explicit SnapshotConnection(const QString& path)
    {
        const QByteArray name = QFile::encodeName(path);
        m_result = sqlite3_open_v2(name.constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr);
    }
    ~SnapshotConnection() { sqlite3_close(m_handle); }
    SnapshotConnection(const SnapshotConnection&) = delete;
    SnapshotConnection& operator=(const SnapshotConnection&) = delete;

    bool ok() const { return m_result == SQLITE_OK; }
    sqlite3* handle() const { return m_handle; }

    // The first column of the first row of sql; nullopt when it fails.
    std::optional<qint64> integer(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        std::optional<qint64> value;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

    std::optional<QString> text(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        std::optional<QString> value;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_handle = nullptr;
    int m_result = SQLITE_ERROR;
};

QString describe(const QString& snapshotPath)
{
    return QDir::toNativeSeparators(snapshotPath);
}

} // namespace

BackupStore::BackupStore(QString root)
    : m_root(std::move(root))
{
}

QString BackupStore::folderFor(const QString& programmePath) const
{
    const QFileInfo info(programmePath);
    const QByteArray digest =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12);
    QString base = info.completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    return QDir(m_root).filePath(base.left(60) + QLatin1Char('-') + QString::fromLatin1(digest));
}

QList<BackupStore::Snapshot> BackupStore::snapshots(const QString& programmePath) const
{
    QList<Snapshot> found;
    const QDir folder(folderFor(programmePath));
    const QStringList names = folder.entryList({QStringLiteral("*") + kSuffix}, QDir::Files);
    for (const QString& name : names) {
        QString stem = name.chopped(kSuffix.size());
        Kind kind = Kind::Opened;
        if (stem.endsWith(kBeforeRestore)) {
            kind = Kind::BeforeRestore;
            stem.chop(kBeforeRestore.size());
        }
        const QDateTime at = QDateTime::fromString(stem, kStampFormat);
        if (!at.isValid())
            continue; // not one of ours
        found.append({folder.filePath(name), at, kind});
    }
    std::sort(found.begin(), found.end(),
              [](const Snapshot& a, const Snapshot& b) { return a.takenAt > b.takenAt; });
    return found;
}

bool BackupStore::hasSnapshotOn(const QString& programmePath, QDate day) const
{
    const QList<Snapshot> all = snapshots(programmePath);
    return std::any_of(all.cbegin(), all.cend(),
                       [day](const Snapshot& snapshot) { return snapshot.takenAt.date() == day; });
}

Result<QString> BackupStore::pathForNew(const QString& programmePath, const QDateTime& at, Kind kind) const
{
    const QString folder = folderFor(programmePath);
    if (!QDir().mkpath(folder))
        return Error::badInput(tr("The backup folder %1 cannot be created. Check that your data folder is "
                                  "writable.")
                                   .arg(QDir::toNativeSeparators(folder)));
    const QString stem =
        at.toString(kStampFormat) + (kind == Kind::BeforeRestore ? kBeforeRestore : QString());
    QString path = QDir(folder).filePath(stem + kSuffix);
    // Two snapshots within one second: the later waits for the next free second's name.
    for (int second = 1; QFileInfo::exists(path); ++second)
        path = QDir(folder).filePath(at.addSecs(second).toString(kStampFormat) +
                                     (kind == Kind::BeforeRestore ? kBeforeRestore : QString()) + kSuffix);
    return path;
}

QList<BackupStore::Snapshot> BackupStore::expired(const QList<Snapshot>& snapshots, QDate today)
{
    // For each day and each week kept, the newest snapshot in it.
    QHash<qint64, qsizetype> newestOfDay;
    QHash<qint64, qsizetype> newestOfWeek;
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const QDateTime& at = snapshots[i].takenAt;
        const qint64 age = at.date().daysTo(today);
        if (age < 0)
            continue;
        auto keepNewest = [&](QHash<qint64, qsizetype>& table, qint64 slot) {
            const auto it = table.constFind(slot);
            if (it == table.cend() || snapshots[*it].takenAt < at)
                table.insert(slot, i);
        };
        if (age < kDailyKept)
            keepNewest(newestOfDay, age);
        if (age < 7 * kWeeklyKept)
            keepNewest(newestOfWeek, age / 7);
    }
    QList<Snapshot> gone;
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        if (snapshots[i].takenAt.date() > today)
            continue;
        const bool kept = std::find(newestOfDay.cbegin(), newestOfDay.cend(), i) != newestOfDay.cend() ||
                          std::find(newestOfWeek.cbegin(), newestOfWeek.cend(), i) != newestOfWeek.cend();
        if (!kept)
            gone.append(snapshots[i]);
    }
    return gone;
}

int BackupStore::rotate(const QString& programmePath, QDate today) const
{
    int removed = 0;
    // Snapshots are closed files of this store's own: no connection to them is open.
    for (const Snapshot& snapshot : expired(snapshots(programmePath), today)) {
        if (QFile::remove(snapshot.path))
            ++removed;
    }
    return removed;
}

Result<BackupStore::Counts> BackupStore::countsOf(const QString& snapshotPath)
{
    SnapshotConnection snapshot(snapshotPath);
    if (!snapshot.ok())
        return Error::badInput(tr("The backup %1 cannot be read. It may have been moved or removed.")
                                   .arg(describe(snapshotPath)));
    const std::optional<qint64> participants = snapshot.integer("SELECT count(*) FROM participant");
    const std::optional<qint64> activities = snapshot.integer("SELECT count(*) FROM activity");
    const std::optional<qint64> marks = snapshot.integer("SELECT count(*) FROM attendance");
    if (!participants || !activities || !marks)
        return Error::database(
            tr("The backup %1 is damaged or is not a programme file; it cannot be restored.")
                .arg(describe(snapshotPath)));
    return Counts{*participants, *activities, *marks};
}

Status BackupStore::restore(Database& target, const QString& snapshotPath)
{
    const QString file = QFileInfo(target.path()).fileName();
    SnapshotConnection snapshot(snapshotPath);
    if (!snapshot.ok())
        return Error::badInput(
            tr("The backup %1 cannot be read. It may have been moved or removed; %2 was not changed.")
                .arg(describe(snapshotPath), file));
    const std::optional<qint64> applicationId = snapshot.integer("PRAGMA application_id");
    const std::optional<qint64> version = snapshot.integer("PRAGMA user_version");
    const std::optional<QString> check = snapshot.text("PRAGMA quick_check");
    if (!applicationId || *applicationId != Database::kApplicationId || !check ||
        *check != QLatin1String("ok"))
        return Error::database(tr("The backup %1 is damaged or is not a programme file; %2 was not changed. "
                                  "Choose another backup.")
                                   .arg(describe(snapshotPath), file));
    if (!version || *version != Database::kSchemaVersion)
        return Error::database(
            tr("The backup %1 is in file format %2 and this version writes format %3, so it cannot "
               "replace %4, which was not changed. Choose a more recent backup.")
                .arg(describe(snapshotPath))
                .arg(version.value_or(0))
                .arg(Database::kSchemaVersion)
                .arg(file));

    sqlite3* destination = target.handle();
    if (!destination)
        return Error::database(tr("%1 is not open through SQLite, so it cannot be restored.").arg(file));
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", snapshot.handle(), "main");
    if (!backup)
        return Error::database(tr("%1 is in use by another change, so the backup was not restored; it was "
                                  "not changed. Finish the other change and try again.")
                                   .arg(file));
    // One step: every page is written in one write transaction of the destination.
    int stepped = sqlite3_backup_step(backup, -1);
    for (int attempt = 0; (stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED) && attempt < 30; ++attempt) {
        sqlite3_sleep(100);
        stepped = sqlite3_backup_step(backup, -1);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED)
        return Error::database(tr("%1 is locked by another program, so the backup was not restored; the file "
                                  "was not changed. Close the other program (or wait for it to finish) and "
                                  "try again.")
                                   .arg(file));
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return Error::database(tr("The backup could not be written into %1 (SQLite code %2); the file was "
                                  "left as it was. Check that its folder is writable and has free space.")
                                   .arg(file)
                                   .arg(stepped != SQLITE_DONE ? stepped : finished));
    return {};
}

} // namespace sd
