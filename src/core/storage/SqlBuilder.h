#pragma once

#include "storage/Database.h"
#include "storage/TableSpec.h"

#include <string>

namespace sd {

// Writes the SQL of every statement made from a table spec, in one dialect: GnuCash's one generic
// writer over a column table per object type, with qBittorrent's INSERT and ON CONFLICT builders.
// Names come from the specs only (a compile-time allow-list); values are always parameters.
//
// Conditions are written with '?' for their one parameter, the id the statement starts from; each
// statement is finished in the dialect's own form (SQLite: '?'; PostgreSQL would number them $1, $2
// and take the new id from INSERT … RETURNING id, which finish() and the dialect's rules say).
class SqlBuilder
{
public:
    explicit SqlBuilder(Dialect dialect);

    // The statement of this kind, or "" when the table has none (an Update of a link table).
    std::string statement(const TableShape& table, StatementKind kind) const;
    // A multi-row INSERT of `rows` rows of this kind (Insert, InsertWithKey or Load): the bulk load.
    std::string insertRows(const TableShape& table, StatementKind kind, int rows) const;

    // ---- statements over the rows a condition selects (the references' deletes and snapshots) ----
    // "column = ?"
    static std::string equals(const char* column);
    // "column IN (SELECT id FROM parent WHERE condition)"
    static std::string within(const char* column, const TableShape& parent, const std::string& condition);

    std::string select(const TableShape& table, const std::string& condition) const;
    // One column of the selected rows, in its own order: a list of ids.
    std::string selectColumn(const TableShape& table, const char* column, const std::string& condition) const;
    std::string count(const TableShape& table, const std::string& condition) const;
    std::string remove(const TableShape& table, const std::string& condition) const;
    std::string setNull(const TableShape& table, const char* column, const std::string& condition) const;
    // UPDATE table SET column = ? WHERE id = ?: points one row at another record.
    std::string setColumn(const TableShape& table, const char* column) const;
    // The labels of the records of `other` that keep a link to the record as their only one: the
    // links of `link` whose `column` is the record's id and that have no other row for their far end.
    std::string onlyLinks(const TableShape& link, const char* column, const TableShape& other) const;

private:
    std::string finish(std::string sql) const;

    Dialect m_dialect;
};

} // namespace sd
