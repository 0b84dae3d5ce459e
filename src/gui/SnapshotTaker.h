#pragma once

#include "common/Result.h"
#include "storage/BackupStore.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class QTimer;

namespace sd {

class ProgrammeDocument;
class OnlineBackup;

// Takes the day's rolling snapshot of the open file (see BackupStore) without holding up the window:
// SQLite's online backup copies a few hundred pages per turn of the event loop, on the document's
// own connection, so the officer keeps working while it runs. When it is complete the snapshots
// past the rotation rule are removed.
class SnapshotTaker : public QObject
{
    Q_OBJECT

public:
    // Pages copied per turn of the event loop (4 KiB each): a millisecond or two of work.
    static constexpr int kPagesPerStep = 64;

    // The user's data folder's "backups" folder.
    static QString defaultRoot();

    SnapshotTaker(ProgrammeDocument& document, BackupStore store, QObject* parent = nullptr);
    ~SnapshotTaker() override;

    const BackupStore& store() const { return m_store; }

    // Starts the snapshot unless the file already has one dated today; false when none was due.
    bool startIfDue(const QDateTime& now = QDateTime::currentDateTime());
    bool running() const { return m_backup != nullptr; }

    // What the last complete snapshot cost: wall time, the longest single step, pages copied.
    struct Timing
    {
        qint64 totalMs = 0;
        qint64 longestStepMs = 0;
        int pages = 0;
    };
    const Timing& lastTiming() const { return m_timing; }

Q_SIGNALS:
    // path is the new snapshot; error is set (and path empty) when it could not be written.
    void finished(const QString& path, const QString& error);

private:
    void step();

    ProgrammeDocument& m_document;
    BackupStore m_store;
    std::unique_ptr<OnlineBackup> m_backup;
    QTimer* m_timer = nullptr;
    QDate m_day;
    qint64 m_startedAt = 0;
    Timing m_timing;
};

} // namespace sd
