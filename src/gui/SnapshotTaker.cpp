#include "SnapshotTaker.h"

#include "ProgrammeDocument.h"
#include "storage/OnlineBackup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

} // namespace

QString SnapshotTaker::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

SnapshotTaker::SnapshotTaker(ProgrammeDocument& document, BackupStore store, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_store(std::move(store))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &SnapshotTaker::step);
}

SnapshotTaker::~SnapshotTaker() = default; // an unfinished copy removes its partial file

bool SnapshotTaker::startIfDue(const QDateTime& now)
{
    if (running() || m_store.hasSnapshotOn(m_document.path(), now.date()))
        return false;
    Result<QString> target = m_store.pathForNew(m_document.path(), now, BackupStore::Kind::Opened);
    if (!target) {
        spdlog::warn("no snapshot taken: {}", target.error().message.toStdString());
        Q_EMIT finished(QString(), target.error().message);
        return false;
    }
    Result<std::unique_ptr<OnlineBackup>> backup = m_document.startOnlineBackup(*target);
    if (!backup) {
        spdlog::warn("no snapshot taken: {}", backup.error().message.toStdString());
        Q_EMIT finished(QString(), backup.error().message);
        return false;
    }
    m_backup = std::move(backup.value());
    m_day = now.date();
    m_timing = {};
    m_startedAt = monotonicMs();
    m_timer->start();
    return true;
}

void SnapshotTaker::step()
{
    if (!m_backup) {
        m_timer->stop();
        return;
    }
    const qint64 before = monotonicMs();
    Result<bool> done = m_backup->step(kPagesPerStep);
    m_timing.longestStepMs = std::max(m_timing.longestStepMs, monotonicMs() - before);
    if (done && !*done)
        return;
    m_timer->stop();
    std::unique_ptr<OnlineBackup> backup = std::move(m_backup);
    m_timing.pages = backup->pageCount();
    Status written = done ? backup->finish() : Status(done.error());
    m_timing.totalMs = monotonicMs() - m_startedAt;
    if (!written) {
        spdlog::warn("snapshot not written: {}", written.error().message.toStdString());
        Q_EMIT finished(QString(), written.error().message);
        return;
    }
    const int removed = m_store.rotate(m_document.path(), m_day);
    spdlog::info("snapshot written: {} pages in {} ms (longest step {} ms); {} old snapshot(s) removed",
                 m_timing.pages, m_timing.totalMs, m_timing.longestStepMs, removed);
    Q_EMIT finished(backup->target(), QString());
}

} // namespace sd
