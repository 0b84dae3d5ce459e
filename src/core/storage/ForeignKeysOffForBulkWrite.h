#pragma once

#include "common/Result.h"

namespace sd {

class Database;

// Switches a connection's foreign-key enforcement off for one bulk write and back on when it goes
// out of scope, whatever happened in between. The bulk writer must check the references itself
// before it commits (PRAGMA foreign_key_check inside its transaction): one pass over the file costs
// far less than two index look-ups for every row written. SQLite ignores the pragma inside a
// transaction, so create the guard before the Transaction and let it outlive it.
class ForeignKeysOffForBulkWrite
{
public:
    explicit ForeignKeysOffForBulkWrite(Database& database);
    ~ForeignKeysOffForBulkWrite();
    ForeignKeysOffForBulkWrite(const ForeignKeysOffForBulkWrite&) = delete;
    ForeignKeysOffForBulkWrite& operator=(const ForeignKeysOffForBulkWrite&) = delete;

    // Whether enforcement is off now; the error says why not.
    Status switched() const { return m_switched; }

private:
    Database& m_database;
    Status m_switched;
};

} // namespace sd
