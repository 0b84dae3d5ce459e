#pragma once

#include "ProgrammeDocument.h"
#include "RecordKind.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QString>
#include <initializer_list>
#include <type_traits>

namespace sd {

// Lets a row of a record table name the store's own operation: call<&ProgrammeStore::expertSnapshot>
// is the function that calls it.
template <auto operation, typename Store, typename... Args>
auto call(Store& store, Args... args)
{
    return (store.*operation)(args...);
}

// The store's operations for one record type (ProgrammeStore's generic get, add, update,
// deleteImpact and remove): what a row below uses unless it names others.
template <typename R>
Result<R> getRecord(const ProgrammeStore& store, Id id)
{
    return store.get<R>(id);
}

template <typename R>
Result<Id> addRecord(ProgrammeStore& store, const R& record)
{
    return store.add(record);
}

template <typename R>
Status updateRecord(ProgrammeStore& store, const R& record)
{
    return store.update(record);
}

template <typename R>
Result<DeleteImpact> impactOfDelete(const ProgrammeStore& store, Id id)
{
    return store.deleteImpact<R>(id);
}

template <typename R>
Status cascadeDelete(ProgrammeStore& store, Id id, std::optional<qint64> readAt)
{
    return store.remove<R>(id, DeleteMode::Cascade, readAt);
}

// How the undo commands and the window's editor treat one kind of record: which store operations
// read, add, change, snapshot, restore and delete it, how the undo history names a change (codes
// and numbers, never a person's name) and which views a change touches. Value is what the record's
// dialog edits, Snapshot what an undo writes back.
template <typename V, typename S>
struct RecordTraits
{
    using Value = V;
    using Snapshot = S;
    using Scope = ProgrammeDocument::Scope;
    using Depth = ProgrammeStore::SnapshotDepth;

    Result<Value> (*read)(const ProgrammeStore& store, Id id) = getRecord<V>;
    Result<Id> (*add)(ProgrammeStore& store, const Value& value) = addRecord<V>;
    Status (*update)(ProgrammeStore& store, const Value& value) = updateRecord<V>;
    Result<Snapshot> (*snapshot)(const ProgrammeStore& store, Id id, Depth depth) = nullptr;
    Status (*restore)(ProgrammeStore& store, const Snapshot& snapshot) = nullptr;
    // A delete with everything that goes with the record; given the version the record was read at,
    // refused when it is at another.
    Status (*remove)(ProgrammeStore& store, Id id, std::optional<qint64> readAt) = cascadeDelete<V>;
    // What a delete would take with it; null when nothing ever goes with the record.
    Result<DeleteImpact> (*deleteImpact)(const ProgrammeStore& store, Id id) = impactOfDelete<V>;
    // The record inside its snapshot; null when the snapshot is the record.
    Value Snapshot::*record = nullptr;
    // The undo history's names of an add, an edit and a delete, in the context sd::RecordTraits;
    // "%1" stands for the label.
    const char* addText = nullptr;
    const char* editText = nullptr;
    const char* deleteText = nullptr;
    // The code or number the names show; null for persons, who are never named there.
    QString (*label)(const Value& value) = nullptr;
    std::initializer_list<Scope> scopes;
    std::initializer_list<Scope> deleteScopes;

    const Value& recordIn(const Snapshot& snapshot) const
    {
        if constexpr (std::is_same_v<Value, Snapshot>)
            return snapshot;
        else
            return snapshot.*record;
    }

    QString name(const char* text, const Value& value) const
    {
        const QString translated = QCoreApplication::translate("sd::RecordTraits", text);
        return label ? translated.arg(label(value)) : translated;
    }
};

// An activity and its experts are written in one transaction, so that a refused expert list leaves
// no half-added activity behind.
Result<Id> addActivityWithExperts(ProgrammeStore& store, const ActivityValue& value);
Status updateActivityWithExperts(ProgrammeStore& store, const ActivityValue& value);

// How an institution is named in texts: its acronym, or its name when it has none.
QString institutionLabel(const Institution& institution);

// The table: one row for each kind of record.
template <typename Value>
inline constexpr auto recordTraits = nullptr;

template <>
inline constexpr RecordTraits<Project, ProgrammeStore::ProjectSnapshot> recordTraits<Project>{
    .snapshot = call<&ProgrammeStore::projectSnapshot>,
    .restore = call<&ProgrammeStore::restoreProject>,
    .record = &ProgrammeStore::ProjectSnapshot::project,
    .addText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Add project %1"),
    .editText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Edit project %1"),
    .deleteText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Delete project %1"),
    .label = [](const Project& project) { return project.code.trimmed(); },
    .scopes = {ProgrammeDocument::Scope::Project},
    .deleteScopes = {ProgrammeDocument::Scope::Everything},
};

template <>
inline constexpr RecordTraits<Objective, Objective> recordTraits<Objective>{
    .snapshot = [](const ProgrammeStore& store, Id id,
                   ProgrammeStore::SnapshotDepth) { return store.objective(id); },
    .restore = call<&ProgrammeStore::restoreObjective>,
    .deleteImpact = nullptr,
    .addText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Add objective %1"),
    .editText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Edit objective %1"),
    .deleteText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Delete objective %1"),
    .label = [](const Objective& objective) { return QString::number(objective.number); },
    .scopes = {ProgrammeDocument::Scope::Project},
    .deleteScopes = {ProgrammeDocument::Scope::Project},
};

template <>
inline constexpr RecordTraits<Component, ProgrammeStore::ComponentSnapshot> recordTraits<Component>{
    .snapshot = call<&ProgrammeStore::componentSnapshot>,
    .restore = call<&ProgrammeStore::restoreComponent>,
    .record = &ProgrammeStore::ComponentSnapshot::component,
    .addText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Add component %1"),
    .editText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Edit component %1"),
    .deleteText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Delete component %1"),
    .label = [](const Component& component) { return QString::number(component.number); },
    .scopes = {ProgrammeDocument::Scope::Project, ProgrammeDocument::Scope::Activities},
    .deleteScopes = {ProgrammeDocument::Scope::Project, ProgrammeDocument::Scope::Activities},
};

template <>
inline constexpr RecordTraits<ActivityValue, ActivityValue> recordTraits<ActivityValue>{
    .read = [](const ProgrammeStore& store,
               Id id) { return store.activitySnapshot(id, ProgrammeStore::SnapshotDepth::Record); },
    .add = addActivityWithExperts,
    .update = updateActivityWithExperts,
    .snapshot = call<&ProgrammeStore::activitySnapshot>,
    .restore = call<&ProgrammeStore::restoreActivity>,
    .remove = cascadeDelete<Activity>,
    .deleteImpact = impactOfDelete<Activity>,
    .addText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Add activity %1"),
    .editText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Edit activity %1"),
    .deleteText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Delete activity %1"),
    .label = [](const ActivityValue& value) { return value.activity.code.trimmed(); },
    .scopes = {ProgrammeDocument::Scope::Activities},
    .deleteScopes = {ProgrammeDocument::Scope::Activities, ProgrammeDocument::Scope::Attendance},
};

template <>
inline constexpr RecordTraits<Participant, ProgrammeStore::ParticipantSnapshot> recordTraits<Participant>{
    .snapshot = call<&ProgrammeStore::participantSnapshot>,
    .restore = call<&ProgrammeStore::restoreParticipant>,
    .record = &ProgrammeStore::ParticipantSnapshot::participant,
    .addText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Add participant"),
    .editText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Edit participant"),
    .deleteText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Delete participant"),
    .scopes = {ProgrammeDocument::Scope::Participants},
    .deleteScopes = {ProgrammeDocument::Scope::Participants, ProgrammeDocument::Scope::Attendance},
};

template <>
inline constexpr RecordTraits<Expert, ProgrammeStore::ExpertSnapshot> recordTraits<Expert>{
    .snapshot = call<&ProgrammeStore::expertSnapshot>,
    .restore = call<&ProgrammeStore::restoreExpert>,
    .record = &ProgrammeStore::ExpertSnapshot::expert,
    .addText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Add expert"),
    .editText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Edit expert"),
    .deleteText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Delete expert"),
    .scopes = {ProgrammeDocument::Scope::Experts, ProgrammeDocument::Scope::Activities},
    .deleteScopes = {ProgrammeDocument::Scope::Experts, ProgrammeDocument::Scope::Activities},
};

template <>
inline constexpr RecordTraits<Institution, ProgrammeStore::InstitutionSnapshot> recordTraits<Institution>{
    .snapshot = call<&ProgrammeStore::institutionSnapshot>,
    .restore = call<&ProgrammeStore::restoreInstitution>,
    .record = &ProgrammeStore::InstitutionSnapshot::institution,
    .addText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Add institution %1"),
    .editText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Edit institution %1"),
    .deleteText = QT_TRANSLATE_NOOP("sd::RecordTraits", "Delete institution %1"),
    .label = institutionLabel,
    .scopes = {ProgrammeDocument::Scope::Institutions, ProgrammeDocument::Scope::Participants},
    .deleteScopes = {ProgrammeDocument::Scope::Institutions, ProgrammeDocument::Scope::Participants},
};

} // namespace sd
