#pragma once

#include "common/Result.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sd {

class Database;

// A prepared read statement on the SQLite handle under a Database's Qt connection, for exports of
// every row of a large table (100,000 participants), where Qt Sql's QVariant per value costs several
// times SQLite's own work. It reads on the same connection, so it sees the caller's transaction.
// Values are bound by 1-based position, never spliced into the SQL.
class ReadStatement
{
public:
    // `doing` says what the statement is for, in error messages ("reading the participants").
    ReadStatement(Database& database, const char* sql, QString doing);
    ~ReadStatement();
    ReadStatement(const ReadStatement&) = delete;
    ReadStatement& operator=(const ReadStatement&) = delete;

    ReadStatement& bind(int position, qint64 value);

    // Moves to the next row: true while there is one; false at the end or on an error, which
    // status() then holds.
    bool next();
    Status status() const { return m_status; }

    // The values of the current row, by 0-based column; NULL reads as 0 and as an empty text.
    qint64 integer(int column) const;
    QString text(int column) const;

private:
    Database& m_database;
    QString m_doing;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    Status m_status;
};

} // namespace sd
