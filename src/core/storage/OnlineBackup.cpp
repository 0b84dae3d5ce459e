#include "storage/OnlineBackup.h"

#include "common/WriteFailure.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::OnlineBackup", text);
}

void removeWithJournals(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

OnlineBackup::OnlineBackup(QString sourceName, QString target)
    : m_sourceName(std::move(sourceName))
    , m_target(std::move(target))
    , m_partial(m_target + QStringLiteral(".partial"))
{
}

OnlineBackup::~OnlineBackup()
{
    abandon();
}

void OnlineBackup::abandon()
{
    if (m_backup) {
        sqlite3_backup_finish(m_backup);
        m_backup = nullptr;
    }
    if (m_destination) {
        sqlite3_close(m_destination);
        m_destination = nullptr;
        // The partial copy belongs to this object alone: no connection to it is left.
        removeWithJournals(m_partial);
    }
}

Error OnlineBackup::failure(const QString& what) const
{
    return Error::database(tr("The backup of %1 could not be written to %2: %3. The programme file "
                              "itself was not changed; free some disk space or choose another folder.")
                               .arg(m_sourceName, QDir::toNativeSeparators(m_target), what));
}

Result<std::unique_ptr<OnlineBackup>> OnlineBackup::start(Database& source, const QString& target)
{
    const QFileInfo targetInfo(target);
    const QString sourceName = QFileInfo(source.path()).fileName();
    if (targetInfo.absoluteFilePath() == QFileInfo(source.path()).absoluteFilePath())
        return Error::badInput(
            tr("%1 is the programme file itself. Name another file for the backup.").arg(target));
    if (targetInfo.exists())
        return Error::badInput(tr("%1 already exists; a backup never replaces a file. Choose another name "
                                  "or remove the file first.")
                                   .arg(target));
    if (!targetInfo.absoluteDir().exists())
        return Error::badInput(
            tr("The folder of %1 does not exist. Create it first or choose another folder.").arg(target));
    sqlite3* handle = source.handle();
    if (!handle)
        return Error::database(
            tr("%1 is not open through SQLite, so it cannot be backed up.").arg(sourceName));

    std::unique_ptr<OnlineBackup> backup(new OnlineBackup(sourceName, targetInfo.absoluteFilePath()));
    backup->m_source = handle;
    // A partial file left by an interrupted backup is ours to replace.
    removeWithJournals(backup->m_partial);
    const QByteArray partial = QFile::encodeName(backup->m_partial);
    const int opened = sqlite3_open_v2(partial.constData(), &backup->m_destination,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (opened != SQLITE_OK)
        return backup->failure(WriteFailure::reasonForSqlite(opened));
    backup->m_backup = sqlite3_backup_init(backup->m_destination, "main", handle, "main");
    if (!backup->m_backup)
        return backup->failure(WriteFailure::reasonForSqlite(sqlite3_errcode(backup->m_destination)));
    return backup;
}

Result<bool> OnlineBackup::step(int pages)
{
    if (m_done)
        return true;
    if (!m_backup)
        return failure(tr("the copy was already abandoned"));
    if (sqlite3_get_autocommit(m_source) == 0)
        return false;
    const int result = sqlite3_backup_step(m_backup, pages);
    if (result == SQLITE_DONE) {
        m_done = true;
        return true;
    }
    if (result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED)
        return false; // more to copy, or the source is busy for a moment: the next step tries again
    const Error error = failure(WriteFailure::reasonForSqlite(result));
    abandon();
    return error;
}

int OnlineBackup::pageCount() const
{
    return m_backup ? sqlite3_backup_pagecount(m_backup) : 0;
}

int OnlineBackup::remaining() const
{
    return m_backup ? sqlite3_backup_remaining(m_backup) : 0;
}

Status OnlineBackup::finish()
{
    if (!m_done || !m_backup)
        return failure(tr("the copy is not complete"));
    const int finished = sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    if (finished != SQLITE_OK) {
        const Error error = failure(WriteFailure::reasonForSqlite(finished));
        abandon();
        return error;
    }
    // The pages say WAL, as the programme file does: make the copy one self-contained file.
    char* message = nullptr;
    const int mode = sqlite3_exec(m_destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message);
    sqlite3_free(message);
    if (mode != SQLITE_OK) {
        const Error error = failure(WriteFailure::reasonForSqlite(sqlite3_errcode(m_destination)));
        abandon();
        return error;
    }
    const int closed = sqlite3_close(m_destination);
    m_destination = nullptr;
    if (closed != SQLITE_OK) {
        removeWithJournals(m_partial);
        return failure(WriteFailure::reasonForSqlite(closed));
    }
    if (QFileInfo::exists(m_target)) {
        removeWithJournals(m_partial);
        return Error::badInput(tr("%1 appeared while the backup was written; it was left as it was. Choose "
                                  "another name.")
                                   .arg(QDir::toNativeSeparators(m_target)));
    }
    if (!QFile::rename(m_partial, m_target)) {
        removeWithJournals(m_partial);
        return failure(tr("the finished copy could not be given its name"));
    }
    return {};
}

Status backupDatabase(Database& source, const QString& target)
{
    Result<std::unique_ptr<OnlineBackup>> backup = OnlineBackup::start(source, target);
    if (!backup)
        return backup.error();
    // One step holds SQLite's read lock for the whole copy, so it is one snapshot even while other
    // processes write (in WAL mode they are not held up meanwhile).
    Result<bool> copied = (*backup)->step(-1);
    for (int attempt = 0; copied && !*copied && attempt < 50; ++attempt) {
        sqlite3_sleep(100);
        copied = (*backup)->step(-1);
    }
    if (!copied)
        return copied.error();
    if (!*copied)
        return Error::database(tr("%1 stayed locked by another program, so no backup was written. Try again "
                                  "when the other program has finished.")
                                   .arg(QFileInfo(source.path()).fileName()));
    return (*backup)->finish();
}

} // namespace sd
