#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace sd {

class Database;

// Statement's work on a server (storage/Statement.h says what it does): a statement prepared by
// name through libpq on the programme's QPSQL connection, with text values. Private to Statement.
class ServerStatement
{
public:
    ServerStatement(Database& database, std::string_view sql, const QString& doing, bool cached);
    ~ServerStatement();
    ServerStatement(const ServerStatement&) = delete;
    ServerStatement& operator=(const ServerStatement&) = delete;

    const Status& status() const { return m_status; }

    void bind(int position, QByteArray value);
    void bind(int position, std::string_view utf8);
    void bindNull(int position);

    Status run(qint64& insertedId, qint64& changes);
    // Sends a run with the values bound now without waiting for its answer: the caller's
    // ServerPipeline has put the connection in pipeline mode and reads the answer.
    Status send();
    // Runs the read at its first call, then moves row by row; false at the end or on an error.
    bool next(Status& status);
    // Forgets the rows of the last run, for new values.
    void rewind();

    qint64 integer(int column) const;
    double real(int column) const;
    std::string_view utf8(int column) const;
    bool isNull(int column) const;

    // '?' and SQLite's '?N' written as PostgreSQL's $N, outside quoted text, quoted names and
    // comments; count is set to the number of parameters.
    static std::string numbered(std::string_view sql, int& count);

    Error failure(const pg_result* result) const;

private:
    Status execute();
    std::vector<const char*> values() const;

    Database& m_database;
    QString m_doing;
    pg_conn* m_connection = nullptr;
    std::string m_sql;  // the numbered text, run unprepared when the statement has no name
    std::string m_name; // the prepared statement's name on the connection
    int m_parameters = 0;
    std::vector<QByteArray> m_values;
    std::vector<char> m_null;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    Status m_status;
};

// Statements sent one after another without waiting for each answer (libpq's pipeline mode), then
// their answers read together: one round trip for many rows instead of one each. Each statement
// still runs on its own on the server, in the caller's transaction; after a failure the server
// skips the rest of the batch, and the transaction can only be rolled back. No other statement may
// run on the connection between send() and collect(). Private to WriteBatch (storage/Statement.h).
class ServerPipeline
{
public:
    explicit ServerPipeline(Database& database);
    // A pipeline not collected is drained, so that the connection is usable (or known lost).
    ~ServerPipeline();
    ServerPipeline(const ServerPipeline&) = delete;
    ServerPipeline& operator=(const ServerPipeline&) = delete;

    // statement must live until collect().
    Status send(ServerStatement& statement);
    std::size_t pending() const { return m_sent.size(); }
    // Waits for the answers of every statement sent, in order, and leaves pipeline mode: answered()
    // gets the first value each returned (INSERT … RETURNING id) or 0. The first failure, if any.
    Status collect(const std::function<void(qint64)>& answered);

private:
    Database& m_database;
    pg_conn* m_connection = nullptr;
    std::vector<ServerStatement*> m_sent;
    ServerStatement* m_last = nullptr; // names what was being done when the connection fails
    bool m_piping = false;
};

} // namespace sd
