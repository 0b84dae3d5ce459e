#include "storage/ReadStatement.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace sd {
namespace {

Error sqliteError(const Database& database, sqlite3* handle, const QString& doing)
{
    if (handle)
        spdlog::error("{}: {}", QFileInfo(database.path()).fileName().toStdString(), sqlite3_errmsg(handle));
    return database.errorForCode(handle ? sqlite3_extended_errcode(handle) : SQLITE_MISUSE, doing);
}

} // namespace

ReadStatement::ReadStatement(Database& database, const char* sql, QString doing)
    : m_database(database)
    , m_doing(std::move(doing))
{
    const QVariant handle = database.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.data());
    if (!m_handle) {
        m_status = sqliteError(database, nullptr, m_doing);
        return;
    }
    if (sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_status = sqliteError(database, m_handle, m_doing);
}

ReadStatement::~ReadStatement()
{
    sqlite3_finalize(m_statement);
}

ReadStatement& ReadStatement::bind(int position, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, position, value);
    return *this;
}

bool ReadStatement::next()
{
    if (!m_status)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_status = sqliteError(m_database, m_handle, m_doing);
    return false;
}

qint64 ReadStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString ReadStatement::text(int column) const
{
    // sqlite3_column_text before sqlite3_column_bytes, as SQLite's documentation asks.
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

} // namespace sd
