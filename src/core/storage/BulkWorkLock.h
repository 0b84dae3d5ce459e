#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace sd {

class Database;

// Bulk work (an import, a merge, a copy or generate into the programme) is serialised, so that what
// it plans from is what it writes over. On a file BEGIN IMMEDIATE already does it. On a server,
// called first inside the work's transaction, this waits at most kBulkWorkWaitMs for the bulk work
// of others on the same programme to end, and keeps theirs waiting until this transaction ends (a
// transaction-level advisory lock, let go at commit or rollback, also when the connection is
// lost). Waiting longer is refused in one sentence: another import is running, try again.
inline constexpr int kBulkWorkWaitMs = 10000;
Status lockForBulkWork(Database& database);
// The same on a server connection that no Database holds (the copy's target); where names it.
Status lockForBulkWork(QSqlDatabase& db, const QString& where);

} // namespace sd
