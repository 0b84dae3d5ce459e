#pragma once

#include "domain/Records.h"
#include "storage/TableSpec.h"

namespace sd {

// A row of activity_expert: an expert's part in an activity.
struct ActivityExpertRow
{
    Id activityId = 0;
    Id expertId = 0;
    ExpertRole role = ExpertRole::Expert;
};

// A row of change_log: what changed, never personal data.
struct ChangeLogEntry
{
    Id id = 0;
    QString changedAt; // UTC, ISO 8601
    QString kind;
    QString description;
};

// Every table of the programme file, described once (docs/schema.md says what each column means).
// The statements that write, read back, snapshot and delete their rows are made from these.

// The table of a record type: tableOf<Participant>().
template <typename R>
const TableSpec<R>& tableOf();
template <>
const TableSpec<Project>& tableOf<Project>();
template <>
const TableSpec<Objective>& tableOf<Objective>();
template <>
const TableSpec<Component>& tableOf<Component>();
template <>
const TableSpec<Activity>& tableOf<Activity>();
template <>
const TableSpec<Session>& tableOf<Session>();
template <>
const TableSpec<Institution>& tableOf<Institution>();
template <>
const TableSpec<Participant>& tableOf<Participant>();
template <>
const TableSpec<Expert>& tableOf<Expert>();
template <>
const TableSpec<Enrolment>& tableOf<Enrolment>();
template <>
const TableSpec<AttendanceMark>& tableOf<AttendanceMark>();
template <>
const TableSpec<ActivityExpertRow>& tableOf<ActivityExpertRow>();
template <>
const TableSpec<ChangeLogEntry>& tableOf<ChangeLogEntry>();

// The link tables that hold lists of ids.
namespace links {
const TableSpec<Link>& projectRequestingInstitution();
const TableSpec<Link>& objectiveComponent();
const TableSpec<Link>& activityComponent();
} // namespace links

} // namespace sd
