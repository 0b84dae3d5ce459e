#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_backup;

namespace sd {

class Database;

// A consistent copy of an open programme file made with SQLite's online backup API
// (sqlite3_backup_init/step/finish) on the connection's own handle: SQLite reads the pages under
// its own locks while other connections and processes keep reading and writing, and never opens the
// file outside SQLite. The copy is written as TARGET.partial and named TARGET only when complete,
// in rollback-journal mode so that it is one self-contained file.
class OnlineBackup
{
    Q_DECLARE_TR_FUNCTIONS(sd::OnlineBackup)

public:
    // Starts a copy of the database into target, which must not exist yet.
    static Result<std::unique_ptr<OnlineBackup>> start(Database& source, const QString& target);
    // Abandons an unfinished copy: its partial file is removed.
    ~OnlineBackup();
    OnlineBackup(const OnlineBackup&) = delete;
    OnlineBackup& operator=(const OnlineBackup&) = delete;

    // Copies up to `pages` pages (all of them when negative); true once every page is copied. A
    // change by another connection meanwhile makes SQLite start again from the first page. While the
    // source connection is inside a transaction of its own nothing is copied (false): the copy must
    // never hold what is not committed.
    Result<bool> step(int pages);
    // Names the complete copy TARGET; after step() returned true.
    Status finish();

    int pageCount() const;
    int remaining() const;
    const QString& target() const { return m_target; }

private:
    OnlineBackup(QString sourceName, QString target);
    void abandon();
    Error failure(const QString& what) const;

    QString m_sourceName;
    QString m_target;
    QString m_partial;
    sqlite3* m_source = nullptr;
    sqlite3* m_destination = nullptr;
    sqlite3_backup* m_backup = nullptr;
    bool m_done = false;
};

// The whole copy at once (the command line's `backup`, the snapshot taken before a restore).
Status backupDatabase(Database& source, const QString& target);

} // namespace sd
