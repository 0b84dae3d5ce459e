#include "storage/RecordStore.h"

#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/References.h"
#include "storage/SqlBuilder.h"
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

// How a refusal names the record: its code, number or name (never written to the log).
QString labelOf(const Project& project)
{
    return project.code.trimmed();
}
QString labelOf(const Objective& objective)
{
    return QString::number(objective.number);
}
QString labelOf(const Component& component)
{
    return QString::number(component.number);
}
QString labelOf(const Activity& activity)
{
    return activity.code.trimmed();
}
QString labelOf(const Institution& institution)
{
    return institution.name.trimmed();
}
QString labelOf(const Participant& participant)
{
    return participant.fullName().trimmed();
}
QString labelOf(const Expert& expert)
{
    return expert.fullName().trimmed();
}
QString labelOf(const Enrolment&)
{
    return {};
}

} // namespace

template <typename R>
Error RecordStore<R>::changedElsewhere(const R& record)
{
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(tableOf<R>());
    const QString label = labelOf(record);
    QString text =
        label.isEmpty()
            ? ProgrammeStore::tr("%1 (id %2) was changed by someone else since you opened it; nothing was "
                                 "saved; reload it and try again.")
                  .arg(ProgrammeStore::tr(words.noun))
                  .arg(record.id)
            : ProgrammeStore::tr("%1 '%2' (id %3) was changed by someone else since you opened it; nothing "
                                 "was saved; reload it and try again.")
                  .arg(ProgrammeStore::tr(words.noun), label)
                  .arg(record.id);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return Error::changedElsewhere(text);
}

template <typename R>
Result<qint64> RecordStore<R>::versionNow(Id id) const
{
    const TableSpec<R>& table = tableOf<R>();
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(table);
    return store::scalar(
        m_database,
        SqlBuilder(m_database.dialect())
            .selectColumn(table, table.column(Version), SqlBuilder::equals(table.generatedKey())),
        ProgrammeStore::tr(words.reading), id);
}

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
        Result<Id> id =
            rows::insert(m_database, record, Writing::AsEntered, ProgrammeStore::tr(words.adding));
        if (id)
            m_database.noteChange(tableOf<R>().name(), *id, 1);
        return id;
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
        if (*changed > 0) {
            m_database.noteChange(tableOf<R>().name(), record.id, record.rowVersion + 1);
            return {};
        }
        // No row matched: the record is gone, or at another version than the one it was read at.
        Result<qint64> now = versionNow(record.id);
        if (!now)
            return now.error();
        if (*now > 0)
            return changedElsewhere(record);
        if (words.missingChangeIsError)
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
Status RecordStore<R>::remove(Id id, DeleteMode mode, std::optional<qint64> readAt)
{
    const ProgrammeStore::Words& words = ProgrammeStore::wordsFor(tableOf<R>());
    const Dependents dependents(m_database);
    Status deleted = store::written(m_database, [&]() -> Status {
        // Under the write lock: the version checked is the one the delete removes.
        if (readAt) {
            Result<std::optional<R>> now = rows::find<R>(m_database, id, ProgrammeStore::tr(words.reading));
            if (!now)
                return now.error();
            if (now->has_value() && (*now)->rowVersion != *readAt)
                return changedElsewhere(**now);
        }
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
        if (*removed > 0)
            m_database.noteChange(words.table->name(), id, 0);
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
