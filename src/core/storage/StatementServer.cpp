#include "storage/StatementServer.h"

#include "storage/Database.h"
#include "storage/StatementCache.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace sd {

std::string ServerStatement::numbered(std::string_view sql, int& count)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int highest = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            // A quoted text or name, its quote doubled inside: copied as it is.
            const std::size_t end = sql.find(c, i + 1);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?') {
            std::size_t digits = i + 1;
            while (digits < sql.size() && sql[digits] >= '0' && sql[digits] <= '9')
                ++digits;
            int n = 0;
            if (digits > i + 1)
                std::from_chars(sql.data() + i + 1, sql.data() + digits, n);
            else
                n = highest + 1;
            highest = std::max(highest, n);
            out += '$';
            out += std::to_string(n);
            i = digits - 1;
        } else {
            out += c;
        }
    }
    count = highest;
    return out;
}

ServerStatement::ServerStatement(Database& database, std::string_view sql, const QString& doing, bool cached)
    : m_database(database)
    , m_doing(doing)
    , m_connection(database.serverHandle())
{
    if (!m_connection) {
        m_status = database.errorForServer(QStringLiteral("08003"), m_doing);
        return;
    }
    StatementCache& cache = database.statementCache();
    m_sql = numbered(sql, m_parameters);
    m_values.resize(static_cast<std::size_t>(m_parameters));
    m_null.assign(static_cast<std::size_t>(m_parameters), 1);
    if (!cached)
        return;
    if (const std::string* name = cache.serverName(sql)) {
        m_name = *name;
        return;
    }
    std::string name = cache.newServerName();
    if (name.empty())
        return;
    PGresult* prepared = PQprepare(m_connection, name.c_str(), m_sql.c_str(), m_parameters, nullptr);
    const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    if (!ok)
        m_status = failure(prepared);
    PQclear(prepared);
    if (ok) {
        cache.keepServerName(sql, name);
        m_name = std::move(name);
    }
}

ServerStatement::~ServerStatement()
{
    rewind();
}

Error ServerStatement::failure(const pg_result* result) const
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    // The primary message names tables and constraints, never values (the detail, which may quote a
    // row's values, is left out of the log).
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString words = QString::fromUtf8(primary ? primary : PQerrorMessage(m_connection)).simplified();
    spdlog::error("{}: {}: {} (SQLSTATE {})", m_database.path().toStdString(), m_doing.toStdString(),
                  words.toStdString(), state ? state : "none");
    return m_database.errorForServer(state ? QString::fromLatin1(state) : QString(), m_doing);
}

void ServerStatement::bind(int position, QByteArray value)
{
    rewind();
    if (position < 1 || position > m_parameters)
        return;
    m_values[static_cast<std::size_t>(position - 1)] = std::move(value);
    m_null[static_cast<std::size_t>(position - 1)] = 0;
}

void ServerStatement::bind(int position, std::string_view utf8)
{
    bind(position, QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

void ServerStatement::bindNull(int position)
{
    rewind();
    if (position >= 1 && position <= m_parameters)
        m_null[static_cast<std::size_t>(position - 1)] = 1;
}

void ServerStatement::rewind()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_row = -1;
    m_rows = 0;
}

std::vector<const char*> ServerStatement::values() const
{
    std::vector<const char*> values(static_cast<std::size_t>(m_parameters));
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = m_null[i] ? nullptr : m_values[i].constData();
    return values;
}

Status ServerStatement::execute()
{
    rewind();
    const std::vector<const char*> values = this->values();
    m_result = m_name.empty() ? PQexecParams(m_connection, m_sql.c_str(), m_parameters, nullptr,
                                             values.data(), nullptr, nullptr, 0)
                              : PQexecPrepared(m_connection, m_name.c_str(), m_parameters, values.data(),
                                               nullptr, nullptr, 0);
    const ExecStatusType state = PQresultStatus(m_result);
    if (state != PGRES_COMMAND_OK && state != PGRES_TUPLES_OK) {
        Error error = failure(m_result);
        rewind();
        return error;
    }
    m_rows = PQntuples(m_result);
    return {};
}

Status ServerStatement::run(qint64& insertedId, qint64& changes)
{
    if (!m_status)
        return m_status;
    if (Status executed = execute(); !executed)
        return executed;
    insertedId =
        m_rows > 0 && PQnfields(m_result) > 0 ? std::strtoll(PQgetvalue(m_result, 0, 0), nullptr, 10) : 0;
    changes = std::strtoll(PQcmdTuples(m_result), nullptr, 10);
    rewind();
    return {};
}

Status ServerStatement::send()
{
    if (!m_status)
        return m_status;
    rewind();
    // libpq copies the values into its output buffer here: the next bind may overwrite them.
    const std::vector<const char*> values = this->values();
    const int sent = m_name.empty() ? PQsendQueryParams(m_connection, m_sql.c_str(), m_parameters, nullptr,
                                                        values.data(), nullptr, nullptr, 0)
                                    : PQsendQueryPrepared(m_connection, m_name.c_str(), m_parameters,
                                                          values.data(), nullptr, nullptr, 0);
    if (sent != 1)
        return failure(nullptr);
    return {};
}

bool ServerStatement::next(Status& status)
{
    if (!m_status) {
        status = m_status;
        return false;
    }
    if (!m_result) {
        if (m_row >= 0)
            return false; // the rows were read to their end
        if (Status executed = execute(); !executed) {
            status = executed;
            return false;
        }
    }
    if (++m_row < m_rows)
        return true;
    // Read to the end: the rows are let go, and a next() without new values stays at the end.
    PQclear(m_result);
    m_result = nullptr;
    return false;
}

qint64 ServerStatement::integer(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows)
        return 0;
    const char* value = PQgetvalue(m_result, m_row, column);
    // A boolean reads 't' or 'f', as SQLite's 1 or 0.
    if (value[0] == 't' && value[1] == '\0')
        return 1;
    if (value[0] == 'f' && value[1] == '\0')
        return 0;
    // A numeric or double read as a whole number is cut towards zero, as SQLite does.
    if (std::strpbrk(value, ".eE"))
        return static_cast<qint64>(std::strtod(value, nullptr));
    return std::strtoll(value, nullptr, 10);
}

double ServerStatement::real(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows)
        return 0;
    return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

std::string_view ServerStatement::utf8(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column))
        return {};
    return {PQgetvalue(m_result, m_row, column),
            static_cast<std::size_t>(PQgetlength(m_result, m_row, column))};
}

bool ServerStatement::isNull(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows)
        return true;
    return PQgetisnull(m_result, m_row, column) != 0;
}

ServerPipeline::ServerPipeline(Database& database)
    : m_database(database)
    , m_connection(database.serverHandle())
{
}

ServerPipeline::~ServerPipeline()
{
    if (m_piping)
        static_cast<void>(collect({}));
}

Status ServerPipeline::send(ServerStatement& statement)
{
    m_last = &statement;
    if (!m_connection)
        return statement.failure(nullptr);
    if (!m_piping) {
        if (PQenterPipelineMode(m_connection) != 1)
            return statement.failure(nullptr);
        m_piping = true;
    }
    if (Status sent = statement.send(); !sent)
        return sent;
    m_sent.push_back(&statement);
    return {};
}

Status ServerPipeline::collect(const std::function<void(qint64)>& answered)
{
    if (!m_piping)
        return {};
    Status first;
    const auto failed = [&](const pg_result* result, std::size_t index) {
        if (first)
            first = index < m_sent.size() ? m_sent[index]->failure(result) : m_last->failure(result);
    };
    if (PQpipelineSync(m_connection) != 1) {
        failed(nullptr, 0);
    } else {
        // Each statement gives one result, then a null; the sync's own result ends the batch. A lost
        // connection gives an error, then nulls only.
        std::size_t index = 0;
        bool lastWasNull = false;
        for (;;) {
            PGresult* result = PQgetResult(m_connection);
            if (!result) {
                if (lastWasNull || PQstatus(m_connection) != CONNECTION_OK) {
                    failed(nullptr, index);
                    break;
                }
                lastWasNull = true;
                continue;
            }
            lastWasNull = false;
            const ExecStatusType state = PQresultStatus(result);
            if (state == PGRES_PIPELINE_SYNC) {
                PQclear(result);
                break;
            }
            if (state == PGRES_COMMAND_OK || state == PGRES_TUPLES_OK) {
                const qint64 id = PQntuples(result) > 0 && PQnfields(result) > 0
                                      ? std::strtoll(PQgetvalue(result, 0, 0), nullptr, 10)
                                      : 0;
                if (first && answered)
                    answered(id);
            } else if (state != PGRES_PIPELINE_ABORTED) {
                failed(result, index);
            }
            PQclear(result);
            ++index;
        }
    }
    m_sent.clear();
    m_piping = false;
    if (PQexitPipelineMode(m_connection) != 1 && first)
        first = m_last->failure(nullptr);
    return first;
}

} // namespace sd
