#include "storage/SqlBuilder.h"

namespace sd {
namespace {

// What differs between dialects. PostgreSQL's ids are identity columns BY DEFAULT, so an insert may
// give them; its '?' are numbered by the statement itself (storage/StatementServer), so that
// hand-written SQL and the builder's go the same way. The upsert is the same in both.
struct DialectRules
{
    bool numberedParameters;   // $1, $2 … instead of ?
    const char* returningId;   // what a plain insert appends to hand back the new id ("": the
                               // connection's last insert id)
    const char* givenIdentity; // what an insert that gives a Generated column its value says
};

const DialectRules& rulesOf(Dialect dialect)
{
    static const DialectRules sqlite{false, "", ""};
    static const DialectRules postgres{false, " RETURNING id", ""};
    switch (dialect) {
    case Dialect::Sqlite:
        break;
    case Dialect::Postgres:
        return postgres;
    }
    return sqlite;
}

using Indexes = std::vector<int>;

std::string joined(const TableShape& table, const Indexes& indexes, const char* format)
{
    // format holds one or two %s, each the column's name.
    std::string out;
    for (int index : indexes) {
        const std::string name = table.columns()[static_cast<std::size_t>(index)].name;
        if (!out.empty())
            out += ", ";
        std::string piece = format;
        for (std::size_t at = piece.find("%s"); at != std::string::npos;
             at = piece.find("%s", at + name.size()))
            piece.replace(at, 2, name);
        out += piece;
    }
    return out;
}

std::string names(const TableShape& table, const Indexes& indexes)
{
    return joined(table, indexes, "%s");
}

std::string placeholders(std::size_t count)
{
    std::string out = "(";
    for (std::size_t i = 0; i < count; ++i)
        out += i == 0 ? "?" : ", ?";
    return out + ")";
}

Indexes withRole(const TableShape& table, unsigned role)
{
    Indexes indexes;
    for (std::size_t i = 0; i < table.columns().size(); ++i) {
        if (table.columns()[i].is(role))
            indexes.push_back(static_cast<int>(i));
    }
    return indexes;
}

std::string where(const TableShape& table, const Indexes& indexes)
{
    std::string out;
    for (int index : indexes) {
        out += out.empty() ? " WHERE " : " AND ";
        out += table.columns()[static_cast<std::size_t>(index)].name;
        out += " = ?";
    }
    return out;
}

std::string orderBy(const TableShape& table)
{
    return table.options().order ? std::string(" ORDER BY ") + table.options().order : std::string();
}

} // namespace

SqlBuilder::SqlBuilder(Dialect dialect)
    : m_dialect(dialect)
{
}

std::string SqlBuilder::finish(std::string sql) const
{
    if (!rulesOf(m_dialect).numberedParameters)
        return sql;
    std::string numbered;
    int n = 0;
    for (char c : sql) {
        if (c == '?')
            numbered += "$" + std::to_string(++n);
        else
            numbered += c;
    }
    return numbered;
}

namespace {

std::string insertText(const DialectRules& rules, const TableShape& table, StatementKind kind, int rows)
{
    const Indexes& columns = table.written(kind);
    const bool givesIdentity = kind != StatementKind::Insert && table.generatedKey();
    std::string sql = std::string("INSERT INTO ") + table.name() + " (" + names(table, columns) + ")" +
                      (givesIdentity ? rules.givenIdentity : "") + " VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += (row == 0 ? "" : ", ") + placeholders(columns.size());
    if (kind == StatementKind::Insert && table.generatedKey() && rows == 1)
        sql += rules.returningId;
    return sql;
}

} // namespace

std::string SqlBuilder::insertRows(const TableShape& table, StatementKind kind, int rows) const
{
    return finish(insertText(rulesOf(m_dialect), table, kind, rows));
}

std::string SqlBuilder::statement(const TableShape& table, StatementKind kind) const
{
    const Indexes& written = table.written(kind);
    const std::string from = std::string(" FROM ") + table.name();
    const Indexes keys = withRole(table, Key);
    const Indexes owner = withRole(table, Owner);
    switch (kind) {
    case StatementKind::Insert:
    case StatementKind::InsertWithKey:
    case StatementKind::Load:
        return insertRows(table, kind, 1);
    case StatementKind::Update:
    case StatementKind::UpdateOwned:
    case StatementKind::UpdateFillable: {
        if (written.empty() || (kind == StatementKind::UpdateOwned && owner.empty()))
            return {};
        Indexes condition = keys;
        if (kind == StatementKind::UpdateOwned)
            condition.insert(condition.end(), owner.begin(), owner.end());
        return finish(std::string("UPDATE ") + table.name() + " SET " + joined(table, written, "%s = ?") +
                      where(table, condition));
    }
    case StatementKind::Upsert: {
        const Indexes& changed = table.written(StatementKind::Update);
        std::string sql = insertText(rulesOf(m_dialect), table, StatementKind::InsertWithKey, 1) +
                          " ON CONFLICT (" + names(table, keys) + ")";
        sql +=
            changed.empty() ? " DO NOTHING" : " DO UPDATE SET " + joined(table, changed, "%s = excluded.%s");
        return finish(std::move(sql));
    }
    case StatementKind::SelectByKey:
        return finish("SELECT " + names(table, written) + from + where(table, keys));
    case StatementKind::SelectByOwner:
        if (owner.empty())
            return {};
        return finish("SELECT " + names(table, written) + from + where(table, owner) + orderBy(table));
    case StatementKind::SelectAll:
        return finish("SELECT " + names(table, written) + from + orderBy(table));
    case StatementKind::DeleteByKey:
        return finish("DELETE" + from + where(table, keys));
    case StatementKind::DeleteByOwner:
        if (owner.empty())
            return {};
        return finish("DELETE" + from + where(table, owner));
    }
    return {};
}

std::string SqlBuilder::equals(const char* column)
{
    return std::string(column) + " = ?";
}

std::string SqlBuilder::within(const char* column, const TableShape& parent, const std::string& condition)
{
    return std::string(column) + " IN (SELECT " + parent.generatedKey() + " FROM " + parent.name() +
           " WHERE " + condition + ")";
}

std::string SqlBuilder::select(const TableShape& table, const std::string& condition) const
{
    return finish("SELECT " + names(table, table.written(StatementKind::SelectAll)) + " FROM " +
                  table.name() + " WHERE " + condition + orderBy(table));
}

std::string SqlBuilder::selectColumn(const TableShape& table, const char* column,
                                     const std::string& condition) const
{
    return finish(std::string("SELECT ") + column + " FROM " + table.name() + " WHERE " + condition +
                  " ORDER BY " + column);
}

std::string SqlBuilder::count(const TableShape& table, const std::string& condition) const
{
    return finish(std::string("SELECT count(*) FROM ") + table.name() + " WHERE " + condition);
}

std::string SqlBuilder::remove(const TableShape& table, const std::string& condition) const
{
    return finish(std::string("DELETE FROM ") + table.name() + " WHERE " + condition);
}

std::string SqlBuilder::setNull(const TableShape& table, const char* column,
                                const std::string& condition) const
{
    return finish(std::string("UPDATE ") + table.name() + " SET " + column + " = NULL WHERE " + condition);
}

std::string SqlBuilder::setColumn(const TableShape& table, const char* column) const
{
    return finish(std::string("UPDATE ") + table.name() + " SET " + column + " = ? WHERE " +
                  table.generatedKey() + " = ?");
}

std::string SqlBuilder::onlyLinks(const TableShape& link, const char* column, const TableShape& other) const
{
    const std::string far = link.otherKey(column);
    const std::string label = std::string("t.") + other.options().label;
    return finish("SELECT " + label + " FROM " + link.name() + " x JOIN " + other.name() + " t ON t." +
                  other.generatedKey() + " = x." + far + " WHERE x." + column +
                  " = ? AND NOT EXISTS (SELECT 1 FROM " + link.name() + " y WHERE y." + far + " = x." + far +
                  " AND y." + column + " <> x." + column + ") ORDER BY " + label);
}

} // namespace sd
