#pragma once

#include <map>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sd {

// The statements prepared on one connection, kept for their next use (storage/Statement). A
// Database owns one and empties it before it closes its connection, since SQLite does not close a
// connection that still has statements.
class StatementCache
{
public:
    explicit StatementCache(sqlite3* handle);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The connection's handle; null when the connection is not SQLite's.
    sqlite3* handle() const { return m_handle; }

    // A prepared statement with this text that nobody is using, marked in use; null when there is none.
    sqlite3_stmt* take(std::string_view sql);
    // Keeps a statement just prepared, marked in use; false when the cache is full or holds the text
    // already (the caller then finalizes it itself).
    bool keep(std::string_view sql, sqlite3_stmt* statement);
    // Marks a statement taken or kept as free again (the caller has reset it).
    void giveBack(sqlite3_stmt* statement);

    // Finalizes every statement.
    void clear();

    // On a server, statements are prepared under a name on the connection and may be run by several
    // users at once (the rows are fetched whole): the name of the one with this text, or null.
    const std::string* serverName(std::string_view sql) const;
    // A name no statement on the connection has yet; empty when the cache is full (the caller then
    // runs its text unprepared).
    std::string newServerName();
    // Keeps the name of a statement the caller has prepared under it.
    void keepServerName(std::string_view sql, std::string name);

private:
    struct Entry
    {
        sqlite3_stmt* statement = nullptr;
        bool inUse = false;
    };
    // A program's statements are a few dozen fixed texts; past this many, a text is made per run.
    static constexpr std::size_t kMaxStatements = 256;

    sqlite3* m_handle = nullptr;
    std::map<std::string, Entry, std::less<>> m_entries;
    std::map<sqlite3_stmt*, Entry*> m_byStatement;
    std::map<std::string, std::string, std::less<>> m_serverNames;
    int m_serverNamesGiven = 0;
};

} // namespace sd
