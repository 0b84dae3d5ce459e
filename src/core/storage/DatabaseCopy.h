#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// The sentences of a copy that fails.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(sd::DatabaseCopy)
};

class Database;

// Writes a consistent copy of an open programme to the file target: of a file through SQLite's
// VACUUM INTO (one snapshot, compacted, with whatever sits in the write-ahead log); of a programme
// on a server through ProgrammeCopy (one repeatable-read snapshot, every table with its ids: an
// offline copy). An existing target is replaced only once the copy is complete; the programme is
// never changed.
Status writeDatabaseCopy(Database& database, const QString& target);

} // namespace sd
