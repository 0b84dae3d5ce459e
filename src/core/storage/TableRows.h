#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Tables.h"

#include <optional>

// The generic writer and reader over a table spec: every record type is written, read back and
// written again by undo through these few functions, each running one statement made from its spec
// (and the statements of the link tables the record keeps its lists in). They run inside the
// caller's transaction; validation is the caller's.
namespace sd::rows {

namespace detail {

template <typename R>
Id idOf(const R& record)
{
    if constexpr (requires { record.id; })
        return record.id;
    else
        return 0;
}

template <typename R>
Status readLinks(Database& database, const TableSpec<R>& spec, R& record, const QString& doing)
{
    for (const LinkList<R>& list : spec.links()) {
        Statement select(database, list.table->sql(database.dialect(), StatementKind::SelectByOwner), doing);
        select.bind(1, idOf(record));
        QList<Id> ids;
        while (select.next())
            ids.append(list.table->read(select).other);
        if (!select.status())
            return select.status();
        record.*list.member = std::move(ids);
    }
    return {};
}

// Replaces the record's lists in their link tables by the lists it holds.
template <typename R>
Status writeLinks(Database& database, const TableSpec<R>& spec, const R& record, Id id, const QString& doing)
{
    for (const LinkList<R>& list : spec.links()) {
        Statement clear(database, list.table->sql(database.dialect(), StatementKind::DeleteByOwner), doing);
        clear.bind(1, id);
        if (Status ran = clear.run(); !ran)
            return ran;
        Statement insert(database, list.table->sql(database.dialect(), StatementKind::Insert), doing);
        for (Id other : record.*list.member) {
            list.table->bind(insert, Link{id, other}, StatementKind::Insert, Writing::AsStored);
            if (Status ran = insert.run(); !ran)
                return ran;
        }
    }
    return {};
}

template <typename R>
Result<QList<R>> readAll(Database& database, const TableSpec<R>& spec, Statement& select,
                         const QString& doing)
{
    QList<R> list;
    while (select.next())
        list.append(spec.read(select));
    if (!select.status())
        return select.status().error();
    if (!spec.links().empty()) {
        for (R& record : list) {
            if (Status read = readLinks(database, spec, record, doing); !read)
                return read.error();
        }
    }
    return list;
}

} // namespace detail

// Adds a new row (the database gives its id) and its lists; returns the id.
template <typename R>
Result<Id> insert(Database& database, const R& record, Writing writing, const QString& doing)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement insert(database, spec.sql(database.dialect(), StatementKind::Insert), doing);
    spec.bind(insert, record, StatementKind::Insert, writing);
    if (Status ran = insert.run(); !ran)
        return ran.error();
    const Id id = insert.insertedId();
    if (Status linked = detail::writeLinks(database, spec, record, id, doing); !linked)
        return linked.error();
    return id;
}

// Adds a row with the id it holds (redo writes back the ids it took), or with a new id when it
// holds none; returns the id.
template <typename R>
Result<Id> insertKeepingId(Database& database, const R& record, Writing writing, const QString& doing)
{
    if (detail::idOf(record) <= 0)
        return insert(database, record, writing, doing);
    const TableSpec<R>& spec = tableOf<R>();
    Statement insert(database, spec.sql(database.dialect(), StatementKind::InsertWithKey), doing);
    spec.bind(insert, record, StatementKind::InsertWithKey, writing);
    if (Status ran = insert.run(); !ran)
        return ran.error();
    if (Status linked = detail::writeLinks(database, spec, record, detail::idOf(record), doing); !linked)
        return linked.error();
    return detail::idOf(record);
}

// Changes a row (Update, UpdateOwned or UpdateFillable) and replaces its lists; returns the rows
// changed (0: there was no such row).
template <typename R>
Result<qint64> update(Database& database, const R& record, Writing writing, const QString& doing,
                      StatementKind kind = StatementKind::Update)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement update(database, spec.sql(database.dialect(), kind), doing);
    spec.bind(update, record, kind, writing);
    if (Status ran = update.run(); !ran)
        return ran.error();
    // A row that did not match (gone, or at another version than the one stated) keeps its lists
    // too: rewriting them without the row's lock would race the writer who holds it, and fail on
    // its new links as a duplicate rather than as the conflict the caller reports.
    if (kind != StatementKind::UpdateFillable && update.changes() > 0) {
        if (Status linked = detail::writeLinks(database, spec, record, detail::idOf(record), doing); !linked)
            return linked.error();
    }
    return update.changes();
}

// Writes a row back exactly as a snapshot holds it: inserted with its key or, when the key exists,
// overwritten; its lists replaced. What undo and redo write.
template <typename R>
Status upsert(Database& database, const R& record, const QString& doing)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement upsert(database, spec.sql(database.dialect(), StatementKind::Upsert), doing);
    spec.bind(upsert, record, StatementKind::Upsert, Writing::AsStored);
    if (Status ran = upsert.run(); !ran)
        return ran;
    return detail::writeLinks(database, spec, record, detail::idOf(record), doing);
}

// Writes rows back as a snapshot holds them (upsert each).
template <typename R>
Status upsertAll(Database& database, const QList<R>& records, const QString& doing)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement upsert(database, spec.sql(database.dialect(), StatementKind::Upsert), doing);
    for (const R& record : records) {
        spec.bind(upsert, record, StatementKind::Upsert, Writing::AsStored);
        if (Status ran = upsert.run(); !ran)
            return ran;
        if (Status linked = detail::writeLinks(database, spec, record, detail::idOf(record), doing); !linked)
            return linked;
    }
    return {};
}

// The row with this id and its lists; nullopt when there is none.
template <typename R>
Result<std::optional<R>> find(Database& database, Id id, const QString& doing)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement select(database, spec.sql(database.dialect(), StatementKind::SelectByKey), doing);
    select.bind(1, id);
    if (!select.next()) {
        if (!select.status())
            return select.status().error();
        return std::optional<R>();
    }
    R record = spec.read(select);
    if (Status read = detail::readLinks(database, spec, record, doing); !read)
        return read.error();
    return std::optional<R>(std::move(record));
}

// The rows of one owner (a project's components), in the table's order.
template <typename R>
Result<QList<R>> owned(Database& database, Id owner, const QString& doing)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement select(database, spec.sql(database.dialect(), StatementKind::SelectByOwner), doing);
    select.bind(1, owner);
    return detail::readAll(database, spec, select, doing);
}

// Every row, in the table's order.
template <typename R>
Result<QList<R>> all(Database& database, const QString& doing)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement select(database, spec.sql(database.dialect(), StatementKind::SelectAll), doing);
    return detail::readAll(database, spec, select, doing);
}

// The rows a statement made by SqlBuilder::select picks, starting from one id.
template <typename R>
Result<QList<R>> selected(Database& database, const std::string& sql, Id id, const QString& doing)
{
    Statement select(database, sql, doing);
    select.bind(1, id);
    return detail::readAll(database, tableOf<R>(), select, doing);
}

// Deletes the row with the record's key; returns the rows deleted.
template <typename R>
Result<qint64> remove(Database& database, const R& record, const QString& doing)
{
    const TableSpec<R>& spec = tableOf<R>();
    Statement remove(database, spec.sql(database.dialect(), StatementKind::DeleteByKey), doing);
    spec.bind(remove, record, StatementKind::DeleteByKey, Writing::AsStored);
    if (Status ran = remove.run(); !ran)
        return ran.error();
    return remove.changes();
}

// Deletes the row with this id; returns the rows deleted.
template <typename R>
Result<qint64> removeId(Database& database, Id id, const QString& doing)
{
    Statement remove(database, tableOf<R>().sql(database.dialect(), StatementKind::DeleteByKey), doing);
    remove.bind(1, id);
    if (Status ran = remove.run(); !ran)
        return ran.error();
    return remove.changes();
}

} // namespace sd::rows
