#include "storage/RecordStore.h"

#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/References.h"
#include "storage/StoreSupport.h"
#include "storage/StoreWords.h"
#include "storage/TableRows.h"

#include <QCoreApplication>

namespace sd {

namespace {

// The record's own rules (domain/Validation, for the types that have them) and the store's checks
// against the file, in one sentence when any fails.
template <typename R>
Status checked(const R& record, const QString& noun, const RecordCheck& check)
{
    FieldErrors errors;
    if constexpr (requires { validate(record); })
        errors = validate(record);
    if (check) {
        Result<FieldErrors> more = check();
        if (!more)
            return more.error();
        errors += *more;
    }
    if (!errors.isEmpty())
        return Error::badInput(ProgrammeStore::tr("The %1 was not saved: %2").arg(noun, describe(errors)));
    return {};
}

} // namespace

template <typename R>
Result<R> RecordStore<R>::get(Id id) const
{
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(tableOf<R>());
    Result<std::optional<R>> record = rows::find<R>(m_database, id, ProgrammeStore::tr(words.reading));
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::notFound(ProgrammeStore::tr(words.missing).arg(id));
    return std::move(**record);
}

template <typename R>
Result<Id> RecordStore<R>::add(const R& record, const RecordCheck& check)
{
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(tableOf<R>());
    return store::written(m_database, [&]() -> Result<Id> {
        if (Status valid = checked(record, ProgrammeStore::tr(words.noun), check); !valid)
            return valid.error();
        return rows::insert(m_database, record, Writing::AsEntered, ProgrammeStore::tr(words.adding));
    });
}

template <typename R>
Status RecordStore<R>::update(const R& record, const RecordCheck& check)
{
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(tableOf<R>());
    return store::written(m_database, [&]() -> Status {
        if (Status valid = checked(record, ProgrammeStore::tr(words.noun), check); !valid)
            return valid;
        Result<qint64> changed =
            rows::update(m_database, record, Writing::AsEntered, ProgrammeStore::tr(words.changing));
        if (!changed)
            return changed.error();
        if (*changed == 0 && words.missingChangeIsError)
            return Error::notFound(ProgrammeStore::tr(words.missing).arg(record.id));
        return {};
    });
}

template <typename R>
Result<DeleteImpact> RecordStore<R>::deleteImpact(Id id) const
{
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(tableOf<R>());
    bool asks = false;
    return Dependents(m_database).impact(*words.table, id, asks, ProgrammeStore::tr(words.checking));
}

template <typename R>
Status RecordStore<R>::remove(Id id, DeleteMode mode)
{
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(tableOf<R>());
    const Dependents dependents(m_database);
    Status deleted = store::written(m_database, [&]() -> Status {
        bool asks = false;
        Result<DeleteImpact> impact =
            dependents.impact(*words.table, id, asks, ProgrammeStore::tr(words.checking));
        if (!impact)
            return impact.error();
        if (!impact->keptBy.isEmpty())
            return Error::conflict(Dependents::keptRefusal(*words.table, *impact));
        if (asks && mode == DeleteMode::RefuseIfReferenced) {
            QString refusal = ProgrammeStore::tr(words.refusal);
            for (qint64 DeleteImpact::*count : words.counts)
                refusal = refusal.arg(*impact.*count);
            return Error::conflict(refusal);
        }
        Result<qint64> removed = dependents.remove(*words.table, id, ProgrammeStore::tr(words.deleting));
        if (!removed)
            return removed.error();
        if (*removed == 0 && words.missingDeleteIsError)
            return Error::notFound(ProgrammeStore::tr(words.missing).arg(id));
        return {};
    });
    // A deleted person's bytes are overwritten in the file (secure_delete); empty the log as well.
    if (deleted && words.table->options().personal)
        m_database.truncateWriteAheadLog();
    return deleted;
}

template class RecordStore<Project>;
template class RecordStore<Objective>;
template class RecordStore<Component>;
template class RecordStore<Activity>;
template class RecordStore<Institution>;
template class RecordStore<Participant>;
template class RecordStore<Expert>;
template class RecordStore<Enrolment>;

} // namespace sd
