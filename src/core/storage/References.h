#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "storage/DeleteImpact.h"
#include "storage/TableSpec.h"

#include <QList>
#include <span>
#include <string>
#include <vector>

namespace sd {

class Database;

// What deleting a parent does to the rows that refer to it.
enum class DeleteRule
{
    Cascade,          // the rows go with the parent, and what refers to them by its own rules
    SetNull,          // the rows stay and lose the parent
    Unlink,           // the link rows go; the records at their far end stay
    UnlinkKeepingOne, // the same, refused while a far-end record would be left with no link here
    Restrict,         // the database refuses to delete the parent while such rows exist
};

// One foreign key of the programme file and what a delete does about it.
struct Reference
{
    const TableShape* child;
    const char* column; // the child's column holding the parent's id
    const TableShape* parent;
    DeleteRule rule;
    // The count of DeleteImpact these rows add to (null: not counted). Links and lost parents count
    // only for the record deleted itself; rows that go with it count however deep they lie.
    qint64 DeleteImpact::*counted;
    // Whether such rows make a delete ask first (RefuseIfReferenced refuses while there are any).
    bool asks;
    // For UnlinkKeepingOne: the refusal, naming the records that would be left without (%1).
    const char* keptRefusal = nullptr;
};

// The references by name, in the order a delete walks them: a parent's children are deleted in
// this order, and a child's own children before the child.
enum class Ref
{
    AttendanceEnrolment,
    AttendanceSession,
    EnrolmentParticipant,
    EnrolmentActivity,
    SessionActivity,
    ActivityExpertActivity,
    ActivityExpertExpert,
    ActivityComponentActivity,
    ActivityComponentComponent,
    ObjectiveComponentObjective,
    ObjectiveComponentComponent,
    ActivityProject,
    ObjectiveProject,
    ComponentProject,
    RequestingInstitutionProject,
    RequestingInstitutionInstitution,
    ParticipantInstitution,
    InstitutionParent,
    EvaluationEnrolment,
};

// Every reference of the programme file: the one list from which delete impacts, confirmed cascade
// deletes, and the snapshots and restores of what a delete takes are all made.
std::span<const Reference> references();
const Reference& reference(Ref ref);

// The rows a statement starts from: a condition on one table with one parameter, the id of the
// record the operation is about.
struct Selector
{
    const TableShape* table;
    std::string condition;
    bool key = false; // picks the record itself, by its id
};

// The row with this key.
Selector byKey(const TableShape& table);
// The rows that refer, through `ref`, to the row the parent selector picks.
Selector through(const Reference& ref, const Selector& parent);
// The rows that refer, through `ref`, to the record with the given id.
Selector referring(const Reference& ref);

// What a delete of one row of `table` counts first: one statement per count, each taking the row's id.
struct ImpactStep
{
    qint64 DeleteImpact::*counted;
    bool asks;
    std::string sql;
};
std::vector<ImpactStep> impactPlan(const TableShape& table, Dialect dialect);
// What a delete of one row of `table` runs, in order, each statement taking the row's id; the last
// deletes the row itself.
std::vector<std::string> deletePlan(const TableShape& table, Dialect dialect);

// The operations the references give, on one connection, inside the caller's transaction.
class Dependents
{
public:
    explicit Dependents(Database& database);

    // What deleting the row with this id would take or change; `asks` says whether any of it asks
    // first. The labels of records that must keep it (an UnlinkKeepingOne) are in keptBy.
    Result<DeleteImpact> impact(const TableShape& table, Id id, bool& asks, const QString& doing) const;
    // The refusal for a delete that would leave the records of impact.keptBy without their only link.
    static QString keptRefusal(const TableShape& table, const DeleteImpact& impact);
    // Deletes the row and, by each reference's rule, what refers to it; returns the rows of the table
    // itself deleted (0: there was no such row).
    Result<qint64> remove(const TableShape& table, Id id, const QString& doing) const;

    // The ids of the rows referring to the record through `ref`: the child rows' ids or, for a link
    // table, the ids at the links' far end.
    Result<QList<Id>> referringIds(const Reference& ref, Id id, const QString& doing) const;
    // Makes the rows listed refer to the record through `ref` again: points each child row back at
    // it, or inserts the links (kept when they exist).
    Status referAgain(const Reference& ref, Id id, const QList<Id>& ids, const QString& doing) const;
    // How many rows the selector picks.
    Result<qint64> count(const Selector& selector, Id id, const QString& doing) const;

private:
    Database& m_database;
};

} // namespace sd
