#include "storage/TableSpec.h"

#include "storage/SqlBuilder.h"

#include <cstring>

namespace sd {
TableShape::TableShape(const char* name, std::vector<ColumnShape> columns, Options options)
    : m_name(name)
    , m_columns(std::move(columns))
    , m_options(options)
{
    // Which columns each kind of statement writes (or reads) and binds, in spec order.
    const auto pick = [this](auto wanted) {
        std::vector<int> indexes;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (wanted(m_columns[i]))
                indexes.push_back(static_cast<int>(i));
        }
        return indexes;
    };
    const auto every = [](const ColumnShape&) {
        return true;
    };
    const std::vector<int> all = pick(every);
    const std::vector<int> keys = pick([](const ColumnShape& c) { return c.is(Key); });
    const std::vector<int> owner = pick([](const ColumnShape& c) { return c.is(Owner); });
    const std::vector<int> changed =
        pick([](const ColumnShape& c) { return !c.is(Key | Generated | Owner | Derived | Version); });
    const std::vector<int> version = pick([](const ColumnShape& c) { return c.is(Version); });
    const std::vector<int> fillable =
        pick([](const ColumnShape& c) { return c.is(Fillable) && !c.is(Key | Generated | Derived); });
    const auto join = [](std::vector<int> first, const std::vector<int>& second) {
        first.insert(first.end(), second.begin(), second.end());
        return first;
    };
    const auto set = [this](StatementKind kind, std::vector<int> written, std::vector<int> bound) {
        m_written[static_cast<int>(kind)] = std::move(written);
        m_bound[static_cast<int>(kind)] = std::move(bound);
    };
    // A new row starts at the version's default (1); a row written back with its key keeps its own.
    const std::vector<int> inserted =
        pick([](const ColumnShape& c) { return !c.is(Generated | Derived | Version); });
    const std::vector<int> withKey = pick([](const ColumnShape& c) { return !c.is(Derived); });
    set(StatementKind::Insert, inserted, inserted);
    set(StatementKind::InsertWithKey, withKey, withKey);
    set(StatementKind::Load, all, all);
    set(StatementKind::Update, changed, join(join(changed, keys), version));
    set(StatementKind::UpdateOwned, changed, join(join(changed, keys), owner));
    set(StatementKind::UpdateFillable, fillable, join(fillable, keys));
    set(StatementKind::Upsert, withKey, withKey);
    set(StatementKind::SelectByKey, all, keys);
    set(StatementKind::SelectByOwner, all, owner);
    set(StatementKind::SelectAll, all, {});
    set(StatementKind::DeleteByKey, {}, keys);
    set(StatementKind::DeleteByOwner, {}, owner);

    for (int dialect = 0; dialect < kDialects; ++dialect) {
        const SqlBuilder builder(static_cast<Dialect>(dialect));
        for (int kind = 0; kind < kStatementKinds; ++kind)
            m_sql[static_cast<std::size_t>(dialect)][static_cast<std::size_t>(kind)] =
                builder.statement(*this, static_cast<StatementKind>(kind));
    }
}

const std::string& TableShape::sql(Dialect dialect, StatementKind kind) const
{
    return m_sql[static_cast<std::size_t>(dialect)][static_cast<std::size_t>(kind)];
}

const char* TableShape::column(unsigned role) const
{
    for (const ColumnShape& column : m_columns) {
        if (column.is(role))
            return column.name;
    }
    return nullptr;
}

const char* TableShape::generatedKey() const
{
    return column(Generated);
}

const char* TableShape::otherKey(const char* name) const
{
    for (const ColumnShape& column : m_columns) {
        if (column.is(Key) && std::strcmp(column.name, name) != 0)
            return column.name;
    }
    return nullptr;
}

} // namespace sd
