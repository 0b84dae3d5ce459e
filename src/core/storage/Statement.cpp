#include "storage/Statement.h"

#include "storage/Database.h"
#include "storage/StatementCache.h"
#include "storage/StatementServer.h"

#include <QFileInfo>
#include <QStringEncoder>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace sd {

Statement::Statement(Database& database, std::string_view sql, QString doing, Reuse reuse)
    : m_database(database)
    , m_doing(std::move(doing))
{
    if (database.dialect() == Dialect::Postgres) {
        m_server = std::make_unique<ServerStatement>(database, sql, m_doing, reuse == Reuse::Cached);
        m_status = m_server->status();
        return;
    }
    StatementCache& cache = database.statementCache();
    sqlite3* handle = cache.handle();
    if (!handle) {
        m_status = database.errorForCode(SQLITE_MISUSE, m_doing);
        return;
    }
    if (reuse == Reuse::Cached) {
        if (sqlite3_stmt* ready = cache.take(sql)) {
            m_statement = ready;
            m_cached = true;
            return;
        }
    }
    const unsigned flags = reuse == Reuse::Cached ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare_v3(handle, sql.data(), static_cast<int>(sql.size()), flags, &m_statement, nullptr) !=
        SQLITE_OK) {
        m_statement = nullptr;
        m_status = failure();
        return;
    }
    if (reuse == Reuse::Cached)
        m_cached = cache.keep(sql, m_statement);
}

Statement::~Statement()
{
    if (!m_statement)
        return;
    if (m_cached) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_database.statementCache().giveBack(m_statement);
    } else {
        sqlite3_finalize(m_statement);
    }
}

Error Statement::failure()
{
    sqlite3* handle = m_database.statementCache().handle();
    if (!handle)
        return m_database.errorForCode(SQLITE_MISUSE, m_doing);
    // SQLite's words name tables and constraints, never values; they go to the log only.
    spdlog::error("{}: {}", QFileInfo(m_database.path()).fileName().toStdString(), sqlite3_errmsg(handle));
    return m_database.errorForCode(sqlite3_errcode(handle) & 0xff, m_doing);
}

void Statement::rewind()
{
    if (m_server) [[unlikely]] {
        if (m_stepped)
            m_server->rewind();
        m_stepped = false;
        return;
    }
    if (m_stepped && m_statement) {
        sqlite3_reset(m_statement);
        m_stepped = false;
    }
}

Statement& Statement::bind(int position, qint64 value)
{
    if (m_server) [[unlikely]] {
        m_server->bind(position, QByteArray::number(value));
        return *this;
    }
    rewind();
    sqlite3_bind_int64(m_statement, position, value);
    return *this;
}

Statement& Statement::bind(int position, double value)
{
    if (m_server) [[unlikely]] {
        // 17 significant digits read back as the same double.
        m_server->bind(position, QByteArray::number(value, 'g', 17));
        return *this;
    }
    rewind();
    sqlite3_bind_double(m_statement, position, value);
    return *this;
}

QByteArray& Statement::textBuffer(int position)
{
    if (position >= static_cast<int>(m_texts.size()))
        m_texts.resize(static_cast<std::size_t>(position) + 1);
    return m_texts[static_cast<std::size_t>(position)];
}

Statement& Statement::bind(int position, const QString& text)
{
    if (m_server) [[unlikely]] {
        m_server->bind(position, text.toUtf8());
        return *this;
    }
    rewind();
    // Most texts are a few dozen characters: the buffer keeps its capacity from row to row.
    QStringEncoder encoder(QStringConverter::Utf8);
    QByteArray& utf8 = textBuffer(position);
    utf8.resize(encoder.requiredSpace(text.size()));
    char* end = encoder.appendToBuffer(utf8.data(), text);
    const qsizetype size = end - utf8.constData();
    sqlite3_bind_text(m_statement, position, utf8.constData(), static_cast<int>(size), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int position, std::string_view utf8)
{
    if (m_server) [[unlikely]] {
        m_server->bind(position, utf8);
        return *this;
    }
    rewind();
    QByteArray& buffer = textBuffer(position);
    buffer.resize(static_cast<qsizetype>(utf8.size()));
    std::copy(utf8.begin(), utf8.end(), buffer.data());
    sqlite3_bind_text(m_statement, position, buffer.constData(), static_cast<int>(buffer.size()),
                      SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindStatic(int position, std::string_view utf8)
{
    if (m_server) [[unlikely]] {
        m_server->bind(position, utf8);
        return *this;
    }
    rewind();
    sqlite3_bind_text(m_statement, position, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int position)
{
    if (m_server) [[unlikely]] {
        m_server->bindNull(position);
        return *this;
    }
    rewind();
    sqlite3_bind_null(m_statement, position);
    return *this;
}

Status Statement::run()
{
    if (!m_status)
        return m_status;
    if (m_server) [[unlikely]]
        return m_server->run(m_insertedId, m_changes);
    rewind();
    m_stepped = true;
    bool returned = false;
    int result = SQLITE_OK;
    while ((result = sqlite3_step(m_statement)) == SQLITE_ROW) {
        if (!returned)
            m_insertedId = sqlite3_column_int64(m_statement, 0);
        returned = true;
    }
    if (result != SQLITE_DONE) {
        Error error = failure();
        rewind();
        return error;
    }
    sqlite3* handle = sqlite3_db_handle(m_statement);
    if (!returned)
        m_insertedId = sqlite3_last_insert_rowid(handle);
    m_changes = sqlite3_changes64(handle);
    rewind();
    return {};
}

bool Statement::next()
{
    if (!m_status)
        return false;
    m_stepped = true;
    if (m_server) [[unlikely]]
        return m_server->next(m_status);
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_status = failure();
    return false;
}

qint64 Statement::integer(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->integer(column);
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->real(column);
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    if (m_server) [[unlikely]] {
        if (m_server->isNull(column))
            return {};
        const std::string_view value = m_server->utf8(column);
        return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    }
    // sqlite3_column_text before sqlite3_column_bytes, as SQLite's documentation asks.
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

std::string_view Statement::utf8(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->utf8(column);
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return utf8 ? std::string_view(utf8, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

bool Statement::isNull(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Result<qint64> Statement::scalar()
{
    rewind();
    const qint64 value = next() ? integer(0) : 0;
    if (!m_status)
        return m_status.error();
    rewind();
    return value;
}

WriteBatch::WriteBatch(Database& database, std::function<void(qint64)> done)
    : m_done(std::move(done))
{
    if (database.dialect() == Dialect::Postgres)
        m_pipeline = std::make_unique<ServerPipeline>(database);
}

WriteBatch::~WriteBatch() = default;

Status WriteBatch::add(Statement& statement)
{
    if (!m_pipeline) [[likely]] {
        if (Status ran = statement.run(); !ran)
            return ran;
        if (m_done)
            m_done(statement.insertedId());
        return {};
    }
    if (!statement.m_status)
        return statement.m_status;
    if (Status sent = m_pipeline->send(*statement.m_server); !sent)
        return sent;
    if (m_pipeline->pending() >= kChunk)
        return finish();
    return {};
}

Status WriteBatch::finish()
{
    if (!m_pipeline)
        return {};
    return m_pipeline->collect(m_done);
}

} // namespace sd
