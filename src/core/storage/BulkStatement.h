#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sd {

class Database;

// A prepared statement on the SQLite handle under a Database's Qt connection, for bulk writes
// (the generator) where Qt Sql's per-row QVariant handling would cost several times SQLite's own
// work. It runs inside the caller's Transaction, on the same connection, so it shares its
// transaction and foreign-key settings. Values are bound by 1-based position, never spliced.
class BulkStatement
{
public:
    BulkStatement(Database& database, const char* sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    // Whether the statement was prepared; error() says why not.
    Status status() const;

    BulkStatement& bind(int position, qint64 value);
    BulkStatement& bind(int position, int value) { return bind(position, static_cast<qint64>(value)); }
    // The text must stay alive until step(): pass strings that outlive the call (pools, locals).
    BulkStatement& bindText(int position, std::string_view utf8);
    BulkStatement& bindDouble(int position, double value);
    BulkStatement& bindNull(int position);

    // Runs the statement once and resets it for the next row.
    Status step();
    qint64 lastInsertId() const;

private:
    Database& m_database;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    Status m_status;
};

} // namespace sd
