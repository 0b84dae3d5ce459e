#include "commands/RecordTraits.h"

#include "storage/Database.h"

namespace sd {

Result<Id> addActivityWithExperts(ProgrammeStore& store, const ActivityValue& value)
{
    Transaction transaction(store.database());
    if (!transaction.begun())
        return transaction.begun().error();
    Result<Id> id = store.addActivity(value.activity, value.sessions);
    if (!id)
        return id.error();
    if (Status experts = store.setActivityExperts(*id, value.experts); !experts)
        return experts.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status updateActivityWithExperts(ProgrammeStore& store, const ActivityValue& value)
{
    Transaction transaction(store.database());
    if (!transaction.begun())
        return transaction.begun();
    if (Status updated = store.updateActivity(value.activity, value.sessions); !updated)
        return updated;
    if (Status experts = store.setActivityExperts(value.activity.id, value.experts); !experts)
        return experts;
    return transaction.commit();
}

QString institutionLabel(const Institution& institution)
{
    return institution.acronym.trimmed().isEmpty() ? institution.name.trimmed()
                                                   : institution.acronym.trimmed();
}

} // namespace sd
