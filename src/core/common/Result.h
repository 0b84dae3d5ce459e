#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace sd {

// What kind of failure an Error is: the command line maps each kind to its exit status
// (BadInput 3, Database 4, ChangedElsewhere 6) and the window chooses its wording from it.
enum class ErrorKind
{
    BadInput, // a missing file, a file that is not a programme database, a failed validation
    Database, // locked, corrupt, newer schema, a failed statement
    NotFound, // a record asked for by id or code does not exist
    Conflict, // the change would break a rule (a delete that would take attendance with it)
    // The record was changed or deleted by someone else since it was read: its row version moved on,
    // and nothing was written.
    ChangedElsewhere,
    // The login's role on a server does not allow it (the server refused the statement).
    NotAllowed,
};

// An error as a value: one sentence that says what happened, where and what to do.
struct Error
{
    ErrorKind kind = ErrorKind::BadInput;
    QString message;

    static Error badInput(QString text) { return {ErrorKind::BadInput, std::move(text)}; }
    static Error database(QString text) { return {ErrorKind::Database, std::move(text)}; }
    static Error notFound(QString text) { return {ErrorKind::NotFound, std::move(text)}; }
    static Error conflict(QString text) { return {ErrorKind::Conflict, std::move(text)}; }
    static Error changedElsewhere(QString text) { return {ErrorKind::ChangedElsewhere, std::move(text)}; }
    static Error notAllowed(QString text) { return {ErrorKind::NotAllowed, std::move(text)}; }
};

// The core's one style of returning errors at its boundaries (std::expected is C++23).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace sd
