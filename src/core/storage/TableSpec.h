#pragma once

#include "domain/Enums.h"
#include "domain/Records.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QByteArray>
#include <QDate>
#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace sd {

// What a column is to the statements made from its table's spec.
enum ColumnRole : unsigned
{
    Plain = 0,
    Key = 1u << 0,       // identifies the row: the WHERE of an update, the conflict target of an upsert
    Generated = 1u << 1, // the database gives it on insert (an id); undo and redo give it back
    Owner = 1u << 2,     // the record the row belongs to: written on insert, never changed by an update
    Trimmed = 1u << 3,   // surrounding blanks are dropped when a record is added or changed
    Derived = 1u << 4,   // kept by triggers: read, and written only by the bulk load of a new file
    Fillable = 1u << 5,  // an import or a merge may fill it in when the stored value is empty
    Version = 1u << 6,   // the row's version: an update adds 1 and states the version it started from
};

// How a record's values are written: as entered (Trimmed columns trimmed), or exactly as they were
// stored (undo and redo write back what the file held).
enum class Writing
{
    AsEntered,
    AsStored
};

// The statements made from every spec. Each binds its columns in the order TableShape::bound gives.
enum class StatementKind
{
    Insert,         // a new row: every column but Generated and Derived ones
    InsertWithKey,  // a row that has its id already: Generated columns too
    Load,           // the bulk load of a new file: every column, Derived ones too
    Update,         // SET every column but Key, Owner, Derived and Version ones and the next version,
                    // WHERE the Key columns and the Version the record was read at
    UpdateOwned,    // the same SET, WHERE the Key and the Owner columns (a session of this activity,
                    // whose own version the activity's covers)
    UpdateFillable, // SET the Fillable columns and the next version, WHERE the Key columns
    Upsert,         // InsertWithKey, or on a key conflict the Update's SET: what undo writes back
    SelectByKey,    // every column of the row with this key
    SelectByOwner,  // every column of the rows of this owner, in the table's order
    SelectAll,      // every column of every row, in the table's order
    DeleteByKey,    // the row with this key
    DeleteByOwner,  // the rows of this owner (a record's links, replaced)
};
inline constexpr int kStatementKinds = static_cast<int>(StatementKind::DeleteByOwner) + 1;

struct ColumnShape
{
    const char* name;
    unsigned roles;
    bool is(unsigned role) const { return (roles & role) != 0; }
};

// A table as the statement builder sees it: names and roles, nothing of the record type. Every name
// is a string literal of a spec in storage/Tables.cpp: an allow-list fixed at compile time.
class TableShape
{
public:
    struct Options
    {
        const char* order = nullptr; // ORDER BY of lists, as SQL over this table's columns
        const char* label = nullptr; // the column that names a record to the user (an activity's code)
        bool personal = false;       // holds personal data: a delete also empties the write-ahead log
    };

    TableShape(const char* name, std::vector<ColumnShape> columns, Options options);
    TableShape(const TableShape&) = delete;
    TableShape& operator=(const TableShape&) = delete;

    const char* name() const { return m_name; }
    const std::vector<ColumnShape>& columns() const { return m_columns; }
    const Options& options() const { return m_options; }

    // The indexes of the columns a statement of this kind binds (Select kinds: the columns read).
    const std::vector<int>& bound(StatementKind kind) const { return m_bound[static_cast<int>(kind)]; }
    // The columns a statement of this kind sets or inserts; for Select kinds, the columns read.
    const std::vector<int>& written(StatementKind kind) const { return m_written[static_cast<int>(kind)]; }
    // The statement of this kind in the dialect; empty when the table has no such statement.
    const std::string& sql(Dialect dialect, StatementKind kind) const;

    // The single Generated key column ("id"), or nullptr for a table keyed by its references.
    const char* generatedKey() const;
    // The column with this role (the first), or nullptr.
    const char* column(unsigned role) const;
    // The other Key column of a two-column key (a link table's far end).
    const char* otherKey(const char* column) const;

private:
    const char* m_name;
    std::vector<ColumnShape> m_columns;
    Options m_options;
    std::array<std::vector<int>, kStatementKinds> m_written;
    std::array<std::vector<int>, kStatementKinds> m_bound;
    std::array<std::array<std::string, kStatementKinds>, kDialects> m_sql;
};

// ---- how a member of a record is bound and read back ---------------------------------------------

// What a stored code the program does not know reads as. The schema's CHECK constraints let no such
// code in; a safe reading is chosen all the same (an unknown mark does not count as taking part).
inline const std::tuple kUnknownCodes{
    Gender::NotStated,      ActivityType::Other, ActivityStatus::Planned,  SessionPart::FullDay,
    InstitutionType::Other, ExpertRole::Expert,  AttendanceStatus::Absent, AppliedAnswer::No};

// Codes of fixed sets are stored as their lower-case English words (domain/Enums), bound from a table
// made once and indexed by the value, so that a million marks bind and read without a string made
// for each.
template <typename E>
const std::vector<std::pair<E, QByteArray>>& storedCodes()
{
    static const std::vector<std::pair<E, QByteArray>> table = [] {
        std::vector<std::pair<E, QByteArray>> list;
        for (E value : EnumInfo<E>::all())
            list.emplace_back(value, EnumInfo<E>::code(value).toUtf8());
        return list;
    }();
    return table;
}

template <typename E>
std::string_view storedCode(E value)
{
    static const std::vector<std::string_view> byValue = [] {
        std::vector<std::string_view> codes;
        for (const auto& [code, utf8] : storedCodes<E>()) {
            const auto index = static_cast<std::size_t>(code);
            codes.resize(std::max(codes.size(), index + 1));
            codes[index] = std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        }
        return codes;
    }();
    const auto index = static_cast<std::size_t>(value);
    return index < byValue.size() ? byValue[index] : std::string_view();
}

// "2017-03-14": a date as the file holds it, written without a QString.
inline std::string_view isoDate(const QDate& date, std::array<char, 10>& buffer)
{
    int year = date.year();
    int month = date.month();
    int day = date.day();
    for (int i = 3; i >= 0; --i, year /= 10)
        buffer[static_cast<std::size_t>(i)] = static_cast<char>('0' + year % 10);
    buffer[4] = '-';
    buffer[5] = static_cast<char>('0' + month / 10);
    buffer[6] = static_cast<char>('0' + month % 10);
    buffer[7] = '-';
    buffer[8] = static_cast<char>('0' + day / 10);
    buffer[9] = static_cast<char>('0' + day % 10);
    return std::string_view(buffer.data(), buffer.size());
}

template <typename T>
struct IsOptional : std::false_type
{
};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type
{
};

// Binds one member. Texts hold '' for "empty", never NULL; ids (the only qint64 members) and dates
// are NULL when there is none; flags are 0 or 1; an optional value (an answer not given) is NULL when
// empty.
template <typename T>
void bindMember(Statement& statement, int position, const T& value, bool trim)
{
    if constexpr (IsOptional<T>::value) {
        if (value)
            bindMember(statement, position, *value, trim);
        else
            statement.bindNull(position);
    } else if constexpr (std::is_same_v<T, QString>) {
        statement.bind(position, trim ? value.trimmed() : value);
    } else if constexpr (std::is_same_v<T, qint64>) {
        if (value > 0)
            statement.bind(position, value);
        else
            statement.bindNull(position);
    } else if constexpr (std::is_same_v<T, QDate>) {
        std::array<char, 10> buffer;
        if (value.isValid() && value.year() >= 1000 && value.year() <= 9999)
            statement.bind(position, isoDate(value, buffer));
        else if (value.isValid())
            statement.bind(position, value.toString(Qt::ISODate));
        else
            statement.bindNull(position);
    } else if constexpr (std::is_enum_v<T>) {
        if (const std::string_view code = storedCode(value); !code.empty())
            statement.bindStatic(position, code);
        else
            statement.bindNull(position);
    } else if constexpr (std::is_same_v<T, bool>) {
        statement.bind(position, value ? 1 : 0);
    } else {
        statement.bind(position, value); // int, double
    }
}

// Reads one member back: NULL reads as 0, an empty text, an invalid date or an empty optional.
template <typename T>
void readMember(const Statement& statement, int column, T& value)
{
    if constexpr (IsOptional<T>::value) {
        if (statement.isNull(column)) {
            value.reset();
        } else {
            typename T::value_type read{};
            readMember(statement, column, read);
            value = read;
        }
    } else if constexpr (std::is_same_v<T, QString>) {
        value = statement.text(column);
    } else if constexpr (std::is_same_v<T, QDate>) {
        value = statement.isNull(column) ? QDate() : QDate::fromString(statement.text(column), Qt::ISODate);
    } else if constexpr (std::is_enum_v<T>) {
        const std::string_view stored = statement.utf8(column);
        value = std::get<T>(kUnknownCodes);
        for (const auto& [code, utf8] : storedCodes<T>()) {
            if (stored == std::string_view(utf8.constData(), utf8.size()))
                value = code;
        }
    } else if constexpr (std::is_same_v<T, bool>) {
        value = statement.integer(column) != 0;
    } else if constexpr (std::is_same_v<T, double>) {
        value = statement.real(column);
    } else {
        value = static_cast<T>(statement.integer(column)); // ids, int
    }
}

// ---- a column of a record, and a table of them -----------------------------------------------------

// A member as a person reads it: texts as they are, dates in ISO form, codes by their label, flags as
// "1" or "0", ids and numbers as digits ("" for no id).
template <typename T>
QString memberText(const T& value)
{
    if constexpr (IsOptional<T>::value)
        return value ? memberText(*value) : QString();
    else if constexpr (std::is_same_v<T, QString>)
        return value;
    else if constexpr (std::is_same_v<T, QDate>)
        return value.isValid() ? value.toString(Qt::ISODate) : QString();
    else if constexpr (std::is_enum_v<T>)
        return EnumInfo<T>::label(value);
    else if constexpr (std::is_same_v<T, bool>)
        return value ? QStringLiteral("1") : QStringLiteral("0");
    else if constexpr (std::is_same_v<T, qint64>)
        return value > 0 ? QString::number(value) : QString();
    else
        return QString::number(value);
}

template <typename R>
struct Column
{
    ColumnShape shape;
    void (*bind)(const R& record, Statement& statement, int position, bool trim);
    void (*read)(R& record, const Statement& statement, int column);
    // For comparing and merging two versions of a record field by field (storage/RecordMerge).
    bool (*same)(const R& one, const R& other);
    void (*copy)(R& to, const R& from);
    QString (*text)(const R& record);
};

template <auto Member>
struct MemberOf;
template <typename R, typename T, T R::*Member>
struct MemberOf<Member>
{
    using Record = R;
    using Type = T;
};

// A column that holds one member of the record: column<&Participant::email>("email", Trimmed).
template <auto Member>
Column<typename MemberOf<Member>::Record> column(const char* name, unsigned roles = Plain)
{
    using R = typename MemberOf<Member>::Record;
    using T = typename MemberOf<Member>::Type;
    return {{name, roles},
            [](const R& record, Statement& statement, int position, bool trim) {
                bindMember<T>(statement, position, record.*Member, trim);
            },
            [](R& record, const Statement& statement, int column) {
                readMember<T>(statement, column, record.*Member);
            },
            [](const R& one, const R& other) { return one.*Member == other.*Member; },
            [](R& to, const R& from) { to.*Member = from.*Member; },
            [](const R& record) {
                return memberText<T>(record.*Member);
            }};
}

// The columns of the common roles, named for them: key<&Project::id>("id"), trimmed<&Project::code>("code").
template <auto Member>
auto key(const char* name)
{
    return column<Member>(name, Key | Generated);
}
template <auto Member>
auto owner(const char* name)
{
    return column<Member>(name, Owner);
}
template <auto Member>
auto trimmed(const char* name)
{
    return column<Member>(name, Trimmed);
}
template <auto Member>
auto derived(const char* name)
{
    return column<Member>(name, Derived);
}
template <auto Member>
auto version()
{
    return column<Member>("row_version", Version);
}

// Two ids in a link table: the owner's (whose record lists the other ids) and the other's.
struct Link
{
    Id owner = 0;
    Id other = 0;
};

template <typename R>
class TableSpec;

// A list of ids that a record keeps in a link table (an objective's components).
template <typename R>
struct LinkList
{
    const TableSpec<Link>* table;
    QList<Id> R::*member;
};

// One table of the programme file: its columns, how a record binds to them and how it is read back,
// and the link tables its record keeps lists in. Every statement that writes or snapshots the table
// is made from this by the statement builder.
template <typename R>
class TableSpec : public TableShape
{
public:
    TableSpec(const char* name, std::initializer_list<Column<R>> columns, Options options = {},
              std::initializer_list<LinkList<R>> links = {})
        : TableShape(name, shapes(columns), options)
        , m_columns(columns)
        , m_links(links)
    {
    }

    const std::vector<LinkList<R>>& links() const { return m_links; }
    const std::vector<Column<R>>& recordColumns() const { return m_columns; }

    // Binds the record's values for a statement of this kind from position `first`; returns the
    // position after the last one bound.
    int bind(Statement& statement, const R& record, StatementKind kind, Writing writing, int first = 1) const
    {
        int position = first;
        for (int index : bound(kind)) {
            const Column<R>& column = m_columns[static_cast<std::size_t>(index)];
            const bool trim = writing == Writing::AsEntered && column.shape.is(Trimmed);
            column.bind(record, statement, position++, trim);
        }
        return position;
    }

    // Reads the current row of a Select statement.
    R read(const Statement& statement) const
    {
        R record;
        int column = 0;
        for (int index : written(StatementKind::SelectAll))
            m_columns[static_cast<std::size_t>(index)].read(record, statement, column++);
        return record;
    }

private:
    static std::vector<ColumnShape> shapes(std::initializer_list<Column<R>> columns)
    {
        std::vector<ColumnShape> list;
        for (const Column<R>& column : columns)
            list.push_back(column.shape);
        return list;
    }

    std::vector<Column<R>> m_columns;
    std::vector<LinkList<R>> m_links;
};

} // namespace sd
