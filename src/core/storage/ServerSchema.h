#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sd {

// The programme's tables in a PostgreSQL 15 database: the steps of resources/schema/postgresql, one
// for each step of the file's schema and numbered alike, so that a server at schema version N holds
// the tables and columns of a file at format version N. The version lives in the table meta (a file
// keeps it in its header), with the application id that marks the database as Seminar Desk's.
//
// Every function works on an open QPSQL connection (ServerConnection::open) that is not inside a
// transaction; each write is one transaction of its own, so a database is either left as it was or
// brought to the current version whole.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(sd::ServerSchema)

public:
    static constexpr int kVersion = Database::kSchemaVersion;
    static constexpr qint32 kApplicationId = Database::kApplicationId;

    // Creates the schema at the current version in an empty database (no tables, views, sequences,
    // functions, types or collations outside PostgreSQL's own schemas). Refuses, with nothing
    // written, a database that holds anything (BadInput), whose encoding is not UTF8 (BadInput), or
    // where the user may not create tables (Database).
    static Status create(QSqlDatabase& db);

    // The schema version of a Seminar Desk database; BadInput when the database does not hold a
    // Seminar Desk programme.
    static Result<int> version(QSqlDatabase& db);

    // Brings an older schema to the current version: every step after the database's version in one
    // transaction, the version read again under a lock so that two programs never both upgrade.
    // A newer schema is refused (Database) and left untouched; the current one is left as it is.
    static Status upgrade(QSqlDatabase& db);

    // For a copy into the database (seminardesk-cli copy), inside the caller's transaction: takes the
    // schema lock for the rest of it, then creates the schema in an empty database, or accepts one
    // that holds the current schema and no rows in any of the programme's tables (as `server init`
    // leaves it). Anything else is refused (BadInput) before a thing is written; the caller rolls
    // back. The copy then writes its rows in the same transaction, so a failed copy leaves the
    // database as it found it.
    static Status prepareForCopy(QSqlDatabase& db, const QStringList& tables);

    // For tests of upgrading: creates the schema at an older version (1 to kVersion) in an empty
    // database, as a server set up by that older version would hold it.
    static Status createAtVersion(QSqlDatabase& db, int version);

    // The SQL text of step n (1-based), from the embedded resources.
    static QString migrationScript(int step);
};

} // namespace sd
