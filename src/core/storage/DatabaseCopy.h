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

// Writes a consistent copy of an open programme file to target (SQLite's VACUUM INTO: one
// snapshot, compacted, with whatever sits in the write-ahead log). An existing target is replaced
// only once the copy is complete; the open file is never changed.
Status writeDatabaseCopy(Database& database, const QString& target);

} // namespace sd
