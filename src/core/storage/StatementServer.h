#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
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

private:
    Status execute();
    Error failure(const pg_result* result) const;

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

} // namespace sd
