#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "domain/Validation.h"
#include "storage/DeleteImpact.h"

#include <functional>
#include <optional>

namespace sd {

class Database;

// The store's checks of a record against the file, beyond the record's own rules (domain/Validation):
// field errors in the same form, run under the write lock.
using RecordCheck = std::function<Result<FieldErrors>()>;

// The operations every kind of record shares, on one connection: read by id, add or change after
// checking, count what a delete would take, and delete by the rules of the reference list. Made
// from the record's table spec (storage/Tables) and the references (storage/References), so that
// one implementation serves every type; ProgrammeStore is the facade over one of these per type.
// Every write is one transaction (a savepoint inside the caller's).
template <typename R>
class RecordStore
{
public:
    explicit RecordStore(Database& database)
        : m_database(database)
    {
    }

    Result<R> get(Id id) const;
    // The record's own rules and the check, then the insert (or update) with the record's lists.
    Result<Id> add(const R& record, const RecordCheck& check = {});
    // The update states the version the record was read at (its rowVersion): when someone else has
    // changed the record since, nothing is written and the error is ErrorKind::ChangedElsewhere.
    Status update(const R& record, const RecordCheck& check = {});
    Result<DeleteImpact> deleteImpact(Id id) const;
    // With RefuseIfReferenced a record that others refer to is left alone and the error says what
    // refers to it; with Cascade what goes with it goes and what refers to it loses it. Refused in
    // both modes when it would leave a record without its only link (an activity's only component).
    // Given the version the record was read at, a record changed since is left alone
    // (ErrorKind::ChangedElsewhere).
    Status remove(Id id, DeleteMode mode, std::optional<qint64> readAt = std::nullopt);

    // The version the record is at in the file now; 0 when there is no such record.
    Result<qint64> versionNow(Id id) const;
    // "Participant 'Iñaki Pérez' (id 42) was changed by someone else since you opened it; …": the
    // refusal of a change based on an old version of the record.
    static Error changedElsewhere(const R& record);

private:
    Database& m_database;
};

} // namespace sd
