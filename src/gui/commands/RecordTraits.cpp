#include "commands/RecordTraits.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace sd {
namespace {

using Scope = ProgrammeDocument::Scope;
using Depth = ProgrammeStore::SnapshotDepth;

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::RecordTraits", text);
}

// An activity with its experts is written in one transaction, so a refused expert list leaves no
// half-added activity behind.
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

} // namespace

QString institutionLabel(const Institution& institution)
{
    return institution.acronym.trimmed().isEmpty() ? institution.name.trimmed()
                                                   : institution.acronym.trimmed();
}

// ---- project ----

Id RecordTraits<Project>::id(const Value& value)
{
    return value.id;
}
Result<Id> RecordTraits<Project>::add(ProgrammeStore& store, const Value& value)
{
    return store.addProject(value);
}
Status RecordTraits<Project>::update(ProgrammeStore& store, const Value& value)
{
    return store.updateProject(value);
}
Result<RecordTraits<Project>::Snapshot> RecordTraits<Project>::snapshot(const ProgrammeStore& store, Id id,
                                                                        Depth depth)
{
    return store.projectSnapshot(id, depth);
}
Status RecordTraits<Project>::restore(ProgrammeStore& store, const Snapshot& snapshot)
{
    return store.restoreProject(snapshot);
}
Status RecordTraits<Project>::remove(ProgrammeStore& store, Id id)
{
    return store.deleteProject(id, DeleteMode::Cascade);
}
QString RecordTraits<Project>::addText(const Value& value)
{
    return tr("Add project %1").arg(value.code.trimmed());
}
QString RecordTraits<Project>::editText(const Value& value)
{
    return tr("Edit project %1").arg(value.code.trimmed());
}
QString RecordTraits<Project>::deleteText(const Snapshot& snapshot)
{
    return tr("Delete project %1").arg(snapshot.project.code);
}
QList<Scope> RecordTraits<Project>::scopes()
{
    return {Scope::Project};
}
QList<Scope> RecordTraits<Project>::deleteScopes()
{
    return {Scope::Everything};
}

// ---- objective ----

Id RecordTraits<Objective>::id(const Value& value)
{
    return value.id;
}
Result<Id> RecordTraits<Objective>::add(ProgrammeStore& store, const Value& value)
{
    return store.addObjective(value);
}
Status RecordTraits<Objective>::update(ProgrammeStore& store, const Value& value)
{
    return store.updateObjective(value);
}
Result<Objective> RecordTraits<Objective>::snapshot(const ProgrammeStore& store, Id id, Depth)
{
    return store.objective(id);
}
Status RecordTraits<Objective>::restore(ProgrammeStore& store, const Snapshot& snapshot)
{
    return store.restoreObjective(snapshot);
}
Status RecordTraits<Objective>::remove(ProgrammeStore& store, Id id)
{
    return store.deleteObjective(id);
}
QString RecordTraits<Objective>::addText(const Value& value)
{
    return tr("Add objective %1").arg(value.number);
}
QString RecordTraits<Objective>::editText(const Value& value)
{
    return tr("Edit objective %1").arg(value.number);
}
QString RecordTraits<Objective>::deleteText(const Snapshot& snapshot)
{
    return tr("Delete objective %1").arg(snapshot.number);
}
QList<Scope> RecordTraits<Objective>::scopes()
{
    return {Scope::Project};
}
QList<Scope> RecordTraits<Objective>::deleteScopes()
{
    return {Scope::Project};
}

// ---- component ----

Id RecordTraits<Component>::id(const Value& value)
{
    return value.id;
}
Result<Id> RecordTraits<Component>::add(ProgrammeStore& store, const Value& value)
{
    return store.addComponent(value);
}
Status RecordTraits<Component>::update(ProgrammeStore& store, const Value& value)
{
    return store.updateComponent(value);
}
Result<RecordTraits<Component>::Snapshot> RecordTraits<Component>::snapshot(const ProgrammeStore& store,
                                                                            Id id, Depth depth)
{
    return store.componentSnapshot(id, depth);
}
Status RecordTraits<Component>::restore(ProgrammeStore& store, const Snapshot& snapshot)
{
    return store.restoreComponent(snapshot);
}
Status RecordTraits<Component>::remove(ProgrammeStore& store, Id id)
{
    return store.deleteComponent(id, DeleteMode::Cascade);
}
QString RecordTraits<Component>::addText(const Value& value)
{
    return tr("Add component %1").arg(value.number);
}
QString RecordTraits<Component>::editText(const Value& value)
{
    return tr("Edit component %1").arg(value.number);
}
QString RecordTraits<Component>::deleteText(const Snapshot& snapshot)
{
    return tr("Delete component %1").arg(snapshot.component.number);
}
QList<Scope> RecordTraits<Component>::scopes()
{
    return {Scope::Project, Scope::Activities};
}
QList<Scope> RecordTraits<Component>::deleteScopes()
{
    return {Scope::Project, Scope::Activities};
}

// ---- activity ----

Id RecordTraits<ActivityValue>::id(const Value& value)
{
    return value.activity.id;
}
Result<Id> RecordTraits<ActivityValue>::add(ProgrammeStore& store, const Value& value)
{
    return addActivityWithExperts(store, value);
}
Status RecordTraits<ActivityValue>::update(ProgrammeStore& store, const Value& value)
{
    return updateActivityWithExperts(store, value);
}
Result<RecordTraits<ActivityValue>::Snapshot>
RecordTraits<ActivityValue>::snapshot(const ProgrammeStore& store, Id id, Depth depth)
{
    return store.activitySnapshot(id, depth);
}
Status RecordTraits<ActivityValue>::restore(ProgrammeStore& store, const Snapshot& snapshot)
{
    return store.restoreActivity(snapshot);
}
Status RecordTraits<ActivityValue>::remove(ProgrammeStore& store, Id id)
{
    return store.deleteActivity(id, DeleteMode::Cascade);
}
QString RecordTraits<ActivityValue>::addText(const Value& value)
{
    return tr("Add activity %1").arg(value.activity.code.trimmed());
}
QString RecordTraits<ActivityValue>::editText(const Value& value)
{
    return tr("Edit activity %1").arg(value.activity.code.trimmed());
}
QString RecordTraits<ActivityValue>::deleteText(const Snapshot& snapshot)
{
    return tr("Delete activity %1").arg(snapshot.activity.code);
}
QList<Scope> RecordTraits<ActivityValue>::scopes()
{
    return {Scope::Activities};
}
QList<Scope> RecordTraits<ActivityValue>::deleteScopes()
{
    return {Scope::Activities, Scope::Attendance};
}

// ---- participant ----

Id RecordTraits<Participant>::id(const Value& value)
{
    return value.id;
}
Result<Id> RecordTraits<Participant>::add(ProgrammeStore& store, const Value& value)
{
    return store.addParticipant(value);
}
Status RecordTraits<Participant>::update(ProgrammeStore& store, const Value& value)
{
    return store.updateParticipant(value);
}
Result<RecordTraits<Participant>::Snapshot> RecordTraits<Participant>::snapshot(const ProgrammeStore& store,
                                                                                Id id, Depth depth)
{
    return store.participantSnapshot(id, depth);
}
Status RecordTraits<Participant>::restore(ProgrammeStore& store, const Snapshot& snapshot)
{
    return store.restoreParticipant(snapshot);
}
Status RecordTraits<Participant>::remove(ProgrammeStore& store, Id id)
{
    return store.deleteParticipant(id, DeleteMode::Cascade);
}
// Persons are never named in the undo history or the change log.
QString RecordTraits<Participant>::addText(const Value&)
{
    return tr("Add participant");
}
QString RecordTraits<Participant>::editText(const Value&)
{
    return tr("Edit participant");
}
QString RecordTraits<Participant>::deleteText(const Snapshot&)
{
    return tr("Delete participant");
}
QList<Scope> RecordTraits<Participant>::scopes()
{
    return {Scope::Participants};
}
QList<Scope> RecordTraits<Participant>::deleteScopes()
{
    return {Scope::Participants, Scope::Attendance};
}

// ---- expert ----

Id RecordTraits<Expert>::id(const Value& value)
{
    return value.id;
}
Result<Id> RecordTraits<Expert>::add(ProgrammeStore& store, const Value& value)
{
    return store.addExpert(value);
}
Status RecordTraits<Expert>::update(ProgrammeStore& store, const Value& value)
{
    return store.updateExpert(value);
}
Result<RecordTraits<Expert>::Snapshot> RecordTraits<Expert>::snapshot(const ProgrammeStore& store, Id id,
                                                                      Depth depth)
{
    return store.expertSnapshot(id, depth);
}
Status RecordTraits<Expert>::restore(ProgrammeStore& store, const Snapshot& snapshot)
{
    return store.restoreExpert(snapshot);
}
Status RecordTraits<Expert>::remove(ProgrammeStore& store, Id id)
{
    return store.deleteExpert(id, DeleteMode::Cascade);
}
QString RecordTraits<Expert>::addText(const Value&)
{
    return tr("Add expert");
}
QString RecordTraits<Expert>::editText(const Value&)
{
    return tr("Edit expert");
}
QString RecordTraits<Expert>::deleteText(const Snapshot&)
{
    return tr("Delete expert");
}
QList<Scope> RecordTraits<Expert>::scopes()
{
    return {Scope::Experts, Scope::Activities};
}
QList<Scope> RecordTraits<Expert>::deleteScopes()
{
    return {Scope::Experts, Scope::Activities};
}

// ---- institution ----

Id RecordTraits<Institution>::id(const Value& value)
{
    return value.id;
}
Result<Id> RecordTraits<Institution>::add(ProgrammeStore& store, const Value& value)
{
    return store.addInstitution(value);
}
Status RecordTraits<Institution>::update(ProgrammeStore& store, const Value& value)
{
    return store.updateInstitution(value);
}
Result<RecordTraits<Institution>::Snapshot> RecordTraits<Institution>::snapshot(const ProgrammeStore& store,
                                                                                Id id, Depth depth)
{
    return store.institutionSnapshot(id, depth);
}
Status RecordTraits<Institution>::restore(ProgrammeStore& store, const Snapshot& snapshot)
{
    return store.restoreInstitution(snapshot);
}
Status RecordTraits<Institution>::remove(ProgrammeStore& store, Id id)
{
    return store.deleteInstitution(id, DeleteMode::Cascade);
}
QString RecordTraits<Institution>::addText(const Value& value)
{
    return tr("Add institution %1").arg(institutionLabel(value));
}
QString RecordTraits<Institution>::editText(const Value& value)
{
    return tr("Edit institution %1").arg(institutionLabel(value));
}
QString RecordTraits<Institution>::deleteText(const Snapshot& snapshot)
{
    return tr("Delete institution %1").arg(institutionLabel(snapshot.institution));
}
QList<Scope> RecordTraits<Institution>::scopes()
{
    return {Scope::Institutions, Scope::Participants};
}
QList<Scope> RecordTraits<Institution>::deleteScopes()
{
    return {Scope::Institutions, Scope::Participants};
}

} // namespace sd
