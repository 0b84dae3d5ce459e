#include "commands/RecordTraits.h"

#include "commands/DocumentCommand.h"

namespace sd {

Result<Id> addActivityWithExperts(ProgrammeStore& store, const ActivityValue& value)
{
    Id id = 0;
    const Status written = inOneTransaction(store.database(), [&]() -> Status {
        Result<Id> added = store.addActivity(value.activity, value.sessions);
        if (!added)
            return added.error();
        id = *added;
        return store.setActivityExperts(id, value.experts);
    });
    if (!written)
        return written.error();
    return id;
}

Status updateActivityWithExperts(ProgrammeStore& store, const ActivityValue& value)
{
    return inOneTransaction(store.database(), [&]() -> Status {
        if (Status updated = store.updateActivity(value.activity, value.sessions); !updated)
            return updated;
        return store.setActivityExperts(value.activity.id, value.experts);
    });
}

QString institutionLabel(const Institution& institution)
{
    return institution.acronym.trimmed().isEmpty() ? institution.name.trimmed()
                                                   : institution.acronym.trimmed();
}

} // namespace sd
