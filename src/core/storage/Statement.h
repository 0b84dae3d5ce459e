#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace sd {

class Database;
class ServerPipeline;
class ServerStatement;

// A prepared statement on a Database's connection, run through SQLite's own API: every row the
// store writes or reads goes through here. Qt Sql's QVariant per value costs several times SQLite's
// own work on a bulk write (the generator) or a read of every participant (export, import), so this
// class never goes through it. It runs on the same connection as the Database's Qt Sql queries,
// so it shares their transaction and foreign-key settings.
//
// Values are bound by 1-based position, never spliced into the SQL; the SQL text itself comes from
// the table specs (storage/Tables.h) or from string literals, never from input. A failure is an
// Error in plain words (Database::errorForCode); SQLite's own words go to the log only.
//
// Statements are cached per connection: a Cached statement is prepared once and handed out again,
// reset, to the next Statement with the same text (a text that is already in use is prepared anew
// for the second user, so nesting is safe).
//
// On a server the same statement runs through libpq on the QPSQL connection (StatementServer.cpp):
// '?' and '?N' become $N, values go as text, a read fetches its rows whole, and insertedId() is the
// first value an INSERT … RETURNING id returns (never lastval()). The file's path stays branch-free
// of virtual calls: one test of a pointer per call.
class Statement
{
public:
    enum class Reuse
    {
        Cached, // a statement the program runs again and again: prepared once per connection
        Once    // a text made for one run (a multi-row insert of a given size)
    };

    // `doing` says what the statement is for, in error messages ("adding a participant").
    Statement(Database& database, std::string_view sql, QString doing, Reuse reuse = Reuse::Cached);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Whether the statement was prepared; the error says why not.
    const Status& status() const { return m_status; }

    Statement& bind(int position, qint64 value);
    Statement& bind(int position, int value) { return bind(position, static_cast<qint64>(value)); }
    Statement& bind(int position, double value);
    // Text, written as UTF-8 into a buffer this statement keeps for the position, so that SQLite
    // neither copies nor converts it. A null QString binds '' (text columns hold '' for "empty").
    Statement& bind(int position, const QString& text);
    Statement& bind(int position, std::string_view utf8);
    // Text that lives as long as the program (the codes of fixed sets): bound as it is.
    Statement& bindStatic(int position, std::string_view utf8);
    Statement& bindNull(int position);

    // Runs a write to its end and makes the statement ready for the next values. A statement that
    // returns rows (INSERT … RETURNING id) keeps the first value of its first row as insertedId().
    Status run();
    // The id the last run() inserted.
    qint64 insertedId() const { return m_insertedId; }
    // The rows the last run() changed.
    qint64 changes() const { return m_changes; }

    // Moves to the next row of a read: true while there is one; false at the end, or on an error,
    // which status() then holds.
    bool next();
    // The values of the current row, by 0-based column. NULL reads as 0 and as a null QString.
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;
    bool isNull(int column) const;

    // Runs a read and returns the first column of its first row (0 when there is no row).
    Result<qint64> scalar();

private:
    friend class WriteBatch;
    Error failure();
    bool onServer() const { return m_server != nullptr; }
    // Makes a statement that has been stepped ready for new values.
    void rewind();
    QByteArray& textBuffer(int position);

    Database& m_database;
    QString m_doing;
    sqlite3_stmt* m_statement = nullptr;
    bool m_cached = false;
    bool m_stepped = false;
    std::vector<QByteArray> m_texts; // by position: the UTF-8 of the text bound there
    Status m_status;
    qint64 m_insertedId = 0;
    qint64 m_changes = 0;
    std::unique_ptr<ServerStatement> m_server; // set on a server only
};

// Writes of many rows that do not need each other's answers (the rows of one table an import adds),
// run in the caller's transaction. On a file each add() runs at once, as Statement::run() does. On a
// server the runs are sent without waiting (libpq's pipeline mode) and their answers are read
// together every kChunk rows and at finish(): a loopback round trip costs more than the server's own
// work on one row, so waiting for each answer would make an import of 10,000 people take seconds of
// waiting. Every statement added must be prepared before the first add() and live until finish();
// no other statement may run on the connection in between.
class WriteBatch
{
public:
    // Rows whose answers are read at once: small enough that the server's answers fit in the
    // socket's buffer, which keeps the server from waiting on us while we still send.
    static constexpr std::size_t kChunk = 500;

    // done(id) runs for each row as it is known to be written, in the order added, with the id an
    // INSERT … RETURNING id returned (0 for other statements).
    WriteBatch(Database& database, std::function<void(qint64)> done);
    ~WriteBatch();
    WriteBatch(const WriteBatch&) = delete;
    WriteBatch& operator=(const WriteBatch&) = delete;

    // Runs the statement with the values bound now (on a server: sends it). A failure here or at
    // finish() leaves the transaction to be rolled back.
    Status add(Statement& statement);
    // Waits for every row added.
    Status finish();

private:
    std::function<void(qint64)> m_done;
    std::unique_ptr<ServerPipeline> m_pipeline; // set on a server only
};

} // namespace sd
