#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <string_view>
#include <type_traits>

// Small helpers the store's source files share.
namespace sd::store {

// Runs `write` in one transaction (a savepoint inside the caller's) and commits what it returns
// successfully: a Status or a Result.
template <typename Write>
auto written(Database& database, Write&& write) -> decltype(write())
{
    using Returned = decltype(write());
    Transaction transaction(database);
    if (!transaction.begun())
        return Returned(transaction.begun().error());
    Returned result = write();
    if (!result)
        return result;
    if (Status committed = transaction.commit(); !committed)
        return Returned(committed.error());
    return result;
}

inline void bindAll(Statement&, int)
{
}

template <typename First, typename... Rest>
void bindAll(Statement& statement, int position, const First& first, const Rest&... rest)
{
    statement.bind(position, first);
    bindAll(statement, position + 1, rest...);
}

// The first column of the first row of a read with these values bound (0 when there is no row).
template <typename... Values>
Result<qint64> scalar(Database& database, std::string_view sql, const QString& doing, const Values&... values)
{
    Statement statement(database, sql, doing);
    bindAll(statement, 1, values...);
    return statement.scalar();
}

} // namespace sd::store
