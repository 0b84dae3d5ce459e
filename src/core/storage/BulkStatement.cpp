#include "storage/BulkStatement.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace sd {
namespace {

Error sqliteError(const Database& database, sqlite3* handle, const char* doing)
{
    if (handle)
        spdlog::error("{}: {}", QFileInfo(database.path()).fileName().toStdString(), sqlite3_errmsg(handle));
    return database.errorForCode(handle ? sqlite3_extended_errcode(handle) : SQLITE_MISUSE,
                                 QCoreApplication::translate("sd::BulkStatement", doing));
}

} // namespace

BulkStatement::BulkStatement(Database& database, const char* sql)
    : m_database(database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.data());
    if (!m_handle) {
        m_status = sqliteError(database, nullptr, "preparing a bulk write");
        return;
    }
    if (sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_status = sqliteError(database, m_handle, "preparing a bulk write");
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

Status BulkStatement::status() const
{
    return m_status;
}

BulkStatement& BulkStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
    return *this;
}

BulkStatement& BulkStatement::bindText(int position, std::string_view utf8)
{
    sqlite3_bind_text(m_statement, position, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

BulkStatement& BulkStatement::bindDouble(int position, double value)
{
    sqlite3_bind_double(m_statement, position, value);
    return *this;
}

BulkStatement& BulkStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
    return *this;
}

Status BulkStatement::step()
{
    if (!m_status)
        return m_status;
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        return sqliteError(m_database, m_handle, "writing a row");
    return {};
}

qint64 BulkStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace sd
