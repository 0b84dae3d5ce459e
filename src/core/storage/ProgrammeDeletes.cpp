// Deletes and what they would take: counted, refused or carried out by the references' rules
// (storage/References). With RefuseIfReferenced a record that others refer to is left alone and the
// error says what refers to it; with Cascade what goes with it goes, what refers to it loses it.

#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/References.h"
#include "storage/StoreSupport.h"
#include "storage/Tables.h"

#include <QCoreApplication>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::ProgrammeStore", text);
}

// The words of one kind of delete.
struct DeleteWords
{
    const TableShape& table;
    QString checking;                               // "checking what refers to a participant"
    QString deleting;                               // "deleting a participant"
    QString (*refusal)(const DeleteImpact& impact); // RefuseIfReferenced, when something asks
    QString missing;                                // "There is no … with id %1."; empty: no error
};

Result<DeleteImpact> impactOf(Database& database, const DeleteWords& words, Id id, bool& asks)
{
    return Dependents(database).impact(words.table, id, asks, words.checking);
}

Status deleteRecord(Database& database, const DeleteWords& words, Id id, DeleteMode mode)
{
    Status deleted = store::written(database, [&]() -> Status {
        bool asks = false;
        Result<DeleteImpact> impact = impactOf(database, words, id, asks);
        if (!impact)
            return impact.error();
        if (!impact->keptBy.isEmpty())
            return Error::conflict(Dependents::keptRefusal(words.table, *impact));
        if (asks && mode == DeleteMode::RefuseIfReferenced)
            return Error::conflict(words.refusal(*impact));
        Result<qint64> removed = Dependents(database).remove(words.table, id, words.deleting);
        if (!removed)
            return removed.error();
        if (*removed == 0 && !words.missing.isEmpty())
            return Error::notFound(words.missing.arg(id));
        return {};
    });
    // A deleted person's bytes are overwritten in the file (secure_delete); empty the log as well.
    if (deleted && words.table.options().personal)
        database.truncateWriteAheadLog();
    return deleted;
}

DeleteWords participantWords()
{
    return {tableOf<Participant>(),
            tr("checking what refers to a participant"),
            tr("deleting a participant"),
            [](const DeleteImpact& impact) {
                return tr("The participant was not deleted: %1 enrolment(s) and %2 attendance mark(s) refer "
                          "to them. Delete those too, or keep the participant.")
                    .arg(impact.enrolments)
                    .arg(impact.attendanceMarks);
            },
            {}};
}

DeleteWords activityWords()
{
    return {tableOf<Activity>(),
            tr("checking what refers to an activity"),
            tr("deleting an activity"),
            [](const DeleteImpact& impact) {
                return tr("The activity was not deleted: it has %1 enrolment(s) and %2 attendance mark(s). "
                          "Delete those too, or keep the activity.")
                    .arg(impact.enrolments)
                    .arg(impact.attendanceMarks);
            },
            {}};
}

DeleteWords enrolmentWords()
{
    return {tableOf<Enrolment>(),
            tr("checking an enrolment's marks"),
            tr("removing an enrolment"),
            [](const DeleteImpact& impact) {
                return tr("The enrolment was not removed: it has %1 attendance mark(s).")
                    .arg(impact.attendanceMarks);
            },
            {}};
}

DeleteWords projectWords()
{
    return {tableOf<Project>(), tr("checking what a project holds"), tr("deleting a project"),
            [](const DeleteImpact& impact) {
                return tr("The project was not deleted: it has %1 activity(ies). Delete those too, or keep "
                          "the project.")
                    .arg(impact.activities);
            },
            tr("There is no project with id %1.")};
}

DeleteWords objectiveWords()
{
    return {tableOf<Objective>(), tr("deleting an objective"), tr("deleting an objective"),
            [](const DeleteImpact&) { return QString(); }, tr("There is no objective with id %1.")};
}

DeleteWords componentWords()
{
    return {
        tableOf<Component>(), tr("checking what refers to a component"), tr("deleting a component"),
        [](const DeleteImpact& impact) {
            return tr("The component was not deleted: %1 activity(ies) belong to it.").arg(impact.activities);
        },
        tr("There is no component with id %1.")};
}

DeleteWords expertWords()
{
    return {tableOf<Expert>(), tr("checking what refers to an expert"), tr("deleting an expert"),
            [](const DeleteImpact& impact) {
                return tr("The expert was not deleted: they take part in %1 activity(ies). Remove them from "
                          "those activities first, or keep the expert.")
                    .arg(impact.activities);
            },
            tr("There is no expert with id %1.")};
}

DeleteWords institutionWords()
{
    return {
        tableOf<Institution>(), tr("checking what refers to an institution"), tr("deleting an institution"),
        [](const DeleteImpact& impact) {
            return tr("The institution was not deleted: %1 participant(s), %2 institution(s) under it and "
                      "%3 project(s) refer to it.")
                .arg(impact.participants)
                .arg(impact.institutions)
                .arg(impact.projects);
        },
        tr("There is no institution with id %1.")};
}

Result<DeleteImpact> impactOf(Database& database, const DeleteWords& words, Id id)
{
    bool asks = false;
    return impactOf(database, words, id, asks);
}

} // namespace

Result<DeleteImpact> ProgrammeStore::participantDeleteImpact(Id id) const
{
    return impactOf(m_database, participantWords(), id);
}

Status ProgrammeStore::deleteParticipant(Id id, DeleteMode mode)
{
    return deleteRecord(m_database, participantWords(), id, mode);
}

Result<DeleteImpact> ProgrammeStore::activityDeleteImpact(Id id) const
{
    return impactOf(m_database, activityWords(), id);
}

Status ProgrammeStore::deleteActivity(Id id, DeleteMode mode)
{
    return deleteRecord(m_database, activityWords(), id, mode);
}

Status ProgrammeStore::unenrol(Id enrolmentId, DeleteMode mode)
{
    return deleteRecord(m_database, enrolmentWords(), enrolmentId, mode);
}

Result<DeleteImpact> ProgrammeStore::projectDeleteImpact(Id id) const
{
    return impactOf(m_database, projectWords(), id);
}

Status ProgrammeStore::deleteProject(Id id, DeleteMode mode)
{
    return deleteRecord(m_database, projectWords(), id, mode);
}

Status ProgrammeStore::deleteObjective(Id id)
{
    return deleteRecord(m_database, objectiveWords(), id, DeleteMode::Cascade);
}

Result<DeleteImpact> ProgrammeStore::componentDeleteImpact(Id id) const
{
    return impactOf(m_database, componentWords(), id);
}

Status ProgrammeStore::deleteComponent(Id id, DeleteMode mode)
{
    return deleteRecord(m_database, componentWords(), id, mode);
}

Result<DeleteImpact> ProgrammeStore::expertDeleteImpact(Id id) const
{
    return impactOf(m_database, expertWords(), id);
}

Status ProgrammeStore::deleteExpert(Id id, DeleteMode mode)
{
    return deleteRecord(m_database, expertWords(), id, mode);
}

Result<DeleteImpact> ProgrammeStore::institutionDeleteImpact(Id id) const
{
    return impactOf(m_database, institutionWords(), id);
}

Status ProgrammeStore::deleteInstitution(Id id, DeleteMode mode)
{
    return deleteRecord(m_database, institutionWords(), id, mode);
}

} // namespace sd
