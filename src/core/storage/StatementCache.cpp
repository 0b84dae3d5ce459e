#include "storage/StatementCache.h"

#include <sqlite3.h>
#include <string>

namespace sd {

StatementCache::StatementCache(sqlite3* handle)
    : m_handle(handle)
{
}

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt* StatementCache::take(std::string_view sql)
{
    const auto found = m_entries.find(sql);
    if (found == m_entries.end() || found->second.inUse)
        return nullptr;
    found->second.inUse = true;
    return found->second.statement;
}

bool StatementCache::keep(std::string_view sql, sqlite3_stmt* statement)
{
    if (m_entries.size() >= kMaxStatements || m_entries.find(sql) != m_entries.end())
        return false;
    Entry& entry = m_entries.emplace(std::string(sql), Entry{statement, true}).first->second;
    m_byStatement.emplace(statement, &entry);
    return true;
}

void StatementCache::giveBack(sqlite3_stmt* statement)
{
    if (const auto found = m_byStatement.find(statement); found != m_byStatement.end())
        found->second->inUse = false;
}

void StatementCache::clear()
{
    for (auto& [sql, entry] : m_entries)
        sqlite3_finalize(entry.statement);
    m_entries.clear();
    m_byStatement.clear();
}

const std::string* StatementCache::serverName(std::string_view sql) const
{
    const auto found = m_serverNames.find(sql);
    return found == m_serverNames.end() ? nullptr : &found->second;
}

std::string StatementCache::newServerName()
{
    if (m_serverNames.size() >= kMaxStatements)
        return {};
    return "sd_" + std::to_string(++m_serverNamesGiven);
}

void StatementCache::keepServerName(std::string_view sql, std::string name)
{
    m_serverNames.emplace(std::string(sql), std::move(name));
}

} // namespace sd
