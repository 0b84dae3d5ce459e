#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sd {

class Database;

// The rolling snapshots the window keeps of each programme file it opens, in a folder of their own
// per file under a root (the user's data folder): one a day for the last 7 days and one a week for
// the last 4 weeks. Each snapshot is a complete programme file written with SQLite's online backup
// API (see OnlineBackup), named after the moment it was taken.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::BackupStore)

public:
    enum class Kind
    {
        Opened,       // taken when the file was opened (at most once a day)
        BeforeRestore // the state just before a restore replaced it, so the restore can be undone
    };

    struct Snapshot
    {
        QString path;
        QDateTime takenAt; // local time
        Kind kind = Kind::Opened;
    };

    struct Counts
    {
        qint64 participants = 0;
        qint64 activities = 0;
        qint64 attendanceMarks = 0;
    };

    static constexpr int kDailyKept = 7;
    static constexpr int kWeeklyKept = 4;

    explicit BackupStore(QString root);

    const QString& root() const { return m_root; }
    // The folder of one programme file's snapshots: its name and a digest of its full path, so
    // that two files of the same name in different folders never share snapshots.
    QString folderFor(const QString& programmePath) const;

    // The file's snapshots, newest first.
    QList<Snapshot> snapshots(const QString& programmePath) const;
    bool hasSnapshotOn(const QString& programmePath, QDate day) const;
    // Where a snapshot taken at `at` goes (the folder is created if needed).
    Result<QString> pathForNew(const QString& programmePath, const QDateTime& at, Kind kind) const;

    // The rotation rule: which snapshots are no longer kept on `today`. Kept are the newest of each
    // of the last 7 days (today included) and the newest of each of the last 4 weeks (today and the
    // 6 days before it, the 7 days before those, ...); snapshots dated after today are kept too.
    static QList<Snapshot> expired(const QList<Snapshot>& snapshots, QDate today);
    // Deletes the expired snapshots of a file; returns how many were removed.
    int rotate(const QString& programmePath, QDate today) const;

    // A snapshot's counts, read through SQLite (read-only).
    static Result<Counts> countsOf(const QString& snapshotPath);

    // Replaces the contents of the open file with a snapshot's, through SQLite's backup API on the
    // file's own connection: one transaction, other connections see the old or the new contents,
    // never a mix. A snapshot of another file format or a damaged one is refused untouched.
    static Status restore(Database& target, const QString& snapshotPath);

private:
    QString m_root;
};

} // namespace sd
