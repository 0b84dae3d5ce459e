#pragma once

#include "ProgrammeDocument.h"
#include "storage/ProgrammeStore.h"

#include <QList>
#include <QString>

namespace sd {

// What an activity dialog edits: the facts, components, sessions and experts (no enrolments).
using ActivityValue = ProgrammeStore::ActivitySnapshot;

// What the add, edit and delete commands need to know about one kind of record: how the store
// adds, changes, reads back, restores and deletes it, which views it touches and how the undo
// history names the change (codes and numbers, never a person's name).
// Value is what a dialog edits; Snapshot is what an undo writes back.
template <typename Value>
struct RecordTraits;

#define SD_DECLARE_RECORD_TRAITS(ValueType, SnapshotType)                                                    \
    template <>                                                                                              \
    struct RecordTraits<ValueType>                                                                           \
    {                                                                                                        \
        using Value = ValueType;                                                                             \
        using Snapshot = SnapshotType;                                                                       \
        static Id id(const Value& value);                                                                    \
        static Result<Id> add(ProgrammeStore& store, const Value& value);                                    \
        static Status update(ProgrammeStore& store, const Value& value);                                     \
        static Result<Snapshot> snapshot(const ProgrammeStore& store, Id id,                                 \
                                         ProgrammeStore::SnapshotDepth depth);                               \
        static Status restore(ProgrammeStore& store, const Snapshot& snapshot);                              \
        static Status remove(ProgrammeStore& store, Id id);                                                  \
        static QString addText(const Value& value);                                                          \
        static QString editText(const Value& value);                                                         \
        static QString deleteText(const Snapshot& snapshot);                                                 \
        static QList<ProgrammeDocument::Scope> scopes();                                                     \
        static QList<ProgrammeDocument::Scope> deleteScopes();                                               \
    };

SD_DECLARE_RECORD_TRAITS(Project, ProgrammeStore::ProjectSnapshot)
SD_DECLARE_RECORD_TRAITS(Objective, Objective)
SD_DECLARE_RECORD_TRAITS(Component, ProgrammeStore::ComponentSnapshot)
SD_DECLARE_RECORD_TRAITS(ActivityValue, ProgrammeStore::ActivitySnapshot)
SD_DECLARE_RECORD_TRAITS(Participant, ProgrammeStore::ParticipantSnapshot)
SD_DECLARE_RECORD_TRAITS(Expert, ProgrammeStore::ExpertSnapshot)
SD_DECLARE_RECORD_TRAITS(Institution, ProgrammeStore::InstitutionSnapshot)
#undef SD_DECLARE_RECORD_TRAITS

// How an institution is named in texts: its acronym, or its name when it has none.
QString institutionLabel(const Institution& institution);

} // namespace sd
