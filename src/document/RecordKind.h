#pragma once

#include "domain/Records.h"
#include "storage/ProgrammeStore.h"

#include <cstddef>
#include <utility>
#include <variant>

namespace sd {

// What an activity dialog edits: the facts, components, sessions and experts (no enrolments).
using ActivityValue = ProgrammeStore::ActivitySnapshot;

// The kinds of record the window adds, edits and deletes one at a time. RecordValue holds one of
// them as its dialog edits it; its alternatives are in the order of the kinds.
enum class RecordKind
{
    Project,
    Objective,
    Component,
    Activity,
    Participant,
    Expert,
    Institution
};

using RecordValue =
    std::variant<Project, Objective, Component, ActivityValue, Participant, Expert, Institution>;

inline RecordKind kindOf(const RecordValue& value)
{
    return RecordKind(value.index());
}

// The record's id (0 for one not yet added).
Id idOf(const RecordValue& value);

// The version the record was read at (an activity's own row for an activity): what an edit or a
// delete states it started from, and what a view compares with the stored one.
qint64 rowVersionOf(const RecordValue& value);

// The project a record belongs to (a project: itself; 0 for the records of the whole file).
Id projectOf(const RecordValue& value);

namespace detail {

template <std::size_t... index>
RecordValue emptyRecord(RecordKind kind, std::index_sequence<index...>)
{
    static const RecordValue empty[] = {RecordValue(std::in_place_index<index>)...};
    return empty[std::size_t(kind)];
}

} // namespace detail

// Runs function.template operator()<Value>() with the value type of the kind, so that code written
// once for every kind of record can be chosen by a kind known only at run time.
template <typename Function>
decltype(auto) withRecordType(RecordKind kind, Function&& function)
{
    const RecordValue empty =
        detail::emptyRecord(kind, std::make_index_sequence<std::variant_size_v<RecordValue>>());
    return std::visit(
        [&function](const auto& value) -> decltype(auto) {
            return function.template operator()<std::decay_t<decltype(value)>>();
        },
        empty);
}

} // namespace sd
