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
    QString changedBy; // the login (server) or the computer's user (file); empty before step 6
};

// Every table of the programme file, described once (docs/schema.md says what each column means).
// The statements that write, read back, snapshot and delete their rows are made from these.

// The table of a record type: tableOf<Participant>().
template <typename R>
const TableSpec<R>& tableOf();

// The link tables that hold lists of ids: the owner column names the record that keeps the list.
struct LinkTables
{
    TableSpec<Link> projectRequestingInstitution;
    TableSpec<Link> objectiveComponent;
    TableSpec<Link> activityComponent;
};
const LinkTables& linkTables();

} // namespace sd
