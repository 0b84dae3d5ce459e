// Snapshots and restores: what undo and redo read before a change and write back after it. Each
// snapshot is the record and, read WithDependents, what a delete of it takes or changes, read
// through the references (storage/References); each restore writes that back with the same ids.
// Restores skip the validation of add and update: a snapshot is a state the file has already held.
// Foreign keys still hold every write.

#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/References.h"
#include "storage/SqlBuilder.h"
#include "storage/StoreSupport.h"
#include "storage/TableRows.h"

#include <QCoreApplication>
#include <algorithm>

namespace sd {
namespace {

using store::written;

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::ProgrammeStore", text);
}

// The enrolments that refer to a record through `ref`, and their marks.
Status readEnrolled(Database& database, Ref ref, Id id, ProgrammeStore::EnrolmentSnapshot& snapshot)
{
    const QString doing = tr("reading enrolments");
    const SqlBuilder builder(database.dialect());
    const Selector enrolments = referring(reference(ref));
    const Selector marks = through(reference(Ref::AttendanceEnrolment), enrolments);
    Result<QList<Enrolment>> enrolled = rows::selected<Enrolment>(
        database, builder.select(tableOf<Enrolment>(), enrolments.condition), id, doing);
    if (!enrolled)
        return enrolled.error();
    Result<QList<AttendanceMark>> marked = rows::selected<AttendanceMark>(
        database, builder.select(tableOf<AttendanceMark>(), marks.condition), id, doing);
    if (!marked)
        return marked.error();
    snapshot.enrolments += *enrolled;
    snapshot.marks += *marked;
    return {};
}

// Writes enrolments and marks back with their ids; the caller holds the transaction.
Status writeEnrolled(Database& database, const ProgrammeStore::EnrolmentSnapshot& snapshot)
{
    const QString doing = tr("restoring enrolments");
    if (Status enrolled = rows::upsertAll(database, snapshot.enrolments, doing); !enrolled)
        return enrolled;
    return rows::upsertAll(database, snapshot.marks, doing);
}

} // namespace

Result<ProgrammeStore::EnrolmentSnapshot>
ProgrammeStore::enrolmentSnapshot(const QList<Id>& enrolmentIds) const
{
    const QString doing = tr("reading enrolments");
    EnrolmentSnapshot snapshot;
    for (Id id : enrolmentIds) {
        Result<std::optional<Enrolment>> enrolment = rows::find<Enrolment>(m_database, id, doing);
        if (!enrolment)
            return enrolment.error();
        if (!enrolment->has_value())
            continue;
        snapshot.enrolments.append(**enrolment);
        Result<QList<AttendanceMark>> marks = rows::owned<AttendanceMark>(m_database, id, doing);
        if (!marks)
            return marks.error();
        snapshot.marks += *marks;
    }
    return snapshot;
}

Result<ProgrammeStore::ActivitySnapshot> ProgrammeStore::activitySnapshot(Id id, SnapshotDepth depth) const
{
    ActivitySnapshot snapshot;
    Result<Activity> activity = this->activity(id);
    if (!activity)
        return activity.error();
    snapshot.activity = *activity;
    Result<QList<Session>> sessions = this->sessions(id);
    if (!sessions)
        return sessions.error();
    snapshot.sessions = *sessions;
    Result<QList<ActivityExpert>> experts = activityExperts(id);
    if (!experts)
        return experts.error();
    snapshot.experts = *experts;
    if (depth == SnapshotDepth::WithDependents) {
        if (Status read = readEnrolled(m_database, Ref::EnrolmentActivity, id, snapshot.enrolled); !read)
            return read.error();
    }
    return snapshot;
}

Result<ProgrammeStore::ParticipantSnapshot> ProgrammeStore::participantSnapshot(Id id,
                                                                                SnapshotDepth depth) const
{
    ParticipantSnapshot snapshot;
    Result<Participant> participant = this->participant(id);
    if (!participant)
        return participant.error();
    snapshot.participant = *participant;
    if (depth == SnapshotDepth::WithDependents) {
        if (Status read = readEnrolled(m_database, Ref::EnrolmentParticipant, id, snapshot.enrolled); !read)
            return read.error();
    }
    return snapshot;
}

Result<ProgrammeStore::ExpertSnapshot> ProgrammeStore::expertSnapshot(Id id, SnapshotDepth depth) const
{
    ExpertSnapshot snapshot;
    Result<Expert> expert = this->expert(id);
    if (!expert)
        return expert.error();
    snapshot.expert = *expert;
    if (depth == SnapshotDepth::WithDependents) {
        const Selector assigned = referring(reference(Ref::ActivityExpertExpert));
        Result<QList<ActivityExpertRow>> rows = rows::selected<ActivityExpertRow>(
            m_database,
            SqlBuilder(m_database.dialect()).select(tableOf<ActivityExpertRow>(), assigned.condition), id,
            tr("reading an expert's activities"));
        if (!rows)
            return rows.error();
        for (const ActivityExpertRow& row : *rows)
            snapshot.assignments.append({row.activityId, row.role});
    }
    return snapshot;
}

Result<ProgrammeStore::InstitutionSnapshot> ProgrammeStore::institutionSnapshot(Id id,
                                                                                SnapshotDepth depth) const
{
    InstitutionSnapshot snapshot;
    Result<Institution> institution = this->institution(id);
    if (!institution)
        return institution.error();
    snapshot.institution = *institution;
    if (depth == SnapshotDepth::WithDependents) {
        const QString doing = tr("reading what refers to an institution");
        const Dependents dependents(m_database);
        for (auto [ref, ids] :
             {std::pair{Ref::ParticipantInstitution, &snapshot.participantIds},
              std::pair{Ref::InstitutionParent, &snapshot.childIds},
              std::pair{Ref::RequestingInstitutionInstitution, &snapshot.requestingProjectIds}}) {
            Result<QList<Id>> referring = dependents.referringIds(reference(ref), id, doing);
            if (!referring)
                return referring.error();
            *ids = *referring;
        }
    }
    return snapshot;
}

Result<ProgrammeStore::ComponentSnapshot> ProgrammeStore::componentSnapshot(Id id, SnapshotDepth depth) const
{
    ComponentSnapshot snapshot;
    Result<Component> component = this->component(id);
    if (!component)
        return component.error();
    snapshot.component = *component;
    if (depth == SnapshotDepth::WithDependents) {
        const QString doing = tr("reading what refers to a component");
        const Dependents dependents(m_database);
        for (auto [ref, ids] : {std::pair{Ref::ActivityComponentComponent, &snapshot.activityIds},
                                std::pair{Ref::ObjectiveComponentComponent, &snapshot.objectiveIds}}) {
            Result<QList<Id>> referring = dependents.referringIds(reference(ref), id, doing);
            if (!referring)
                return referring.error();
            *ids = *referring;
        }
    }
    return snapshot;
}

Result<ProgrammeStore::ProjectSnapshot> ProgrammeStore::projectSnapshot(Id id, SnapshotDepth depth) const
{
    ProjectSnapshot snapshot;
    Result<Project> project = this->project(id);
    if (!project)
        return project.error();
    snapshot.project = *project;
    if (depth == SnapshotDepth::Record)
        return snapshot;
    Result<QList<Component>> components = this->components(id);
    if (!components)
        return components.error();
    for (const Component& component : *components) {
        Result<ComponentSnapshot> one = componentSnapshot(component.id, SnapshotDepth::WithDependents);
        if (!one)
            return one.error();
        snapshot.components.append(*one);
    }
    Result<QList<Objective>> objectives = this->objectives(id);
    if (!objectives)
        return objectives.error();
    snapshot.objectives = *objectives;
    Result<QList<Id>> activityIds =
        Dependents(m_database)
            .referringIds(reference(Ref::ActivityProject), id, tr("reading a project's activities"));
    if (!activityIds)
        return activityIds.error();
    for (Id activityId : *activityIds) {
        Result<ActivitySnapshot> one = activitySnapshot(activityId, SnapshotDepth::WithDependents);
        if (!one)
            return one.error();
        snapshot.activities.append(*one);
    }
    return snapshot;
}

// ---- restores ----------------------------------------------------------------------------------

namespace {

Status writeExperts(Database& database, Id activityId, const QList<ActivityExpertRow>& rows,
                    const QString& doing)
{
    Statement clear(
        database, tableOf<ActivityExpertRow>().sql(database.dialect(), StatementKind::DeleteByOwner), doing);
    clear.bind(1, activityId);
    if (Status ran = clear.run(); !ran)
        return ran;
    return rows::upsertAll(database, rows, doing);
}

} // namespace

Status ProgrammeStore::restoreEnrolments(const EnrolmentSnapshot& snapshot)
{
    return written(m_database, [&] { return writeEnrolled(m_database, snapshot); });
}

Status ProgrammeStore::restoreActivity(const ActivitySnapshot& snapshot)
{
    const Activity& activity = snapshot.activity;
    const QString doing = tr("restoring an activity");
    return written(m_database, [&]() -> Status {
        if (Status restored = rows::upsert(m_database, activity, doing); !restored)
            return restored;
        // Sessions the snapshot does not hold were added by the change being undone; they carry no
        // marks by now, since the changes that marked them were undone first.
        Result<QList<Session>> existing = sessions(activity.id);
        if (!existing)
            return existing.error();
        for (const Session& old : *existing) {
            const bool kept = std::any_of(snapshot.sessions.begin(), snapshot.sessions.end(),
                                          [&old](const Session& session) { return session.id == old.id; });
            if (kept)
                continue;
            if (Result<qint64> removed = rows::remove(m_database, old, doing); !removed)
                return removed.error();
        }
        QList<Session> sessions = snapshot.sessions;
        for (Session& session : sessions)
            session.activityId = activity.id;
        if (Status restored = rows::upsertAll(m_database, sessions, doing); !restored)
            return restored;
        QList<ActivityExpertRow> experts;
        for (const ActivityExpert& assignment : snapshot.experts)
            experts.append({activity.id, assignment.expertId, assignment.role});
        if (Status restored = writeExperts(m_database, activity.id, experts, doing); !restored)
            return restored;
        return writeEnrolled(m_database, snapshot.enrolled);
    });
}

Status ProgrammeStore::restoreParticipant(const ParticipantSnapshot& snapshot)
{
    return written(m_database, [&]() -> Status {
        if (Status restored = rows::upsert(m_database, snapshot.participant, tr("restoring a participant"));
            !restored)
            return restored;
        return writeEnrolled(m_database, snapshot.enrolled);
    });
}

Status ProgrammeStore::restoreExpert(const ExpertSnapshot& snapshot)
{
    const QString doing = tr("restoring an expert");
    return written(m_database, [&]() -> Status {
        if (Status restored = rows::upsert(m_database, snapshot.expert, doing); !restored)
            return restored;
        QList<ActivityExpertRow> assignments;
        for (const ExpertAssignment& assignment : snapshot.assignments)
            assignments.append({assignment.activityId, snapshot.expert.id, assignment.role});
        return rows::upsertAll(m_database, assignments, doing);
    });
}

Status ProgrammeStore::restoreInstitution(const InstitutionSnapshot& snapshot)
{
    const Id id = snapshot.institution.id;
    const QString doing = tr("restoring an institution");
    return written(m_database, [&]() -> Status {
        if (Status restored = rows::upsert(m_database, snapshot.institution, doing); !restored)
            return restored;
        const Dependents dependents(m_database);
        for (auto [ref, ids] :
             {std::pair{Ref::ParticipantInstitution, &snapshot.participantIds},
              std::pair{Ref::InstitutionParent, &snapshot.childIds},
              std::pair{Ref::RequestingInstitutionInstitution, &snapshot.requestingProjectIds}}) {
            if (Status referred = dependents.referAgain(reference(ref), id, *ids, doing); !referred)
                return referred;
        }
        return {};
    });
}

Status ProgrammeStore::restoreObjective(const Objective& objective)
{
    return written(m_database,
                   [&] { return rows::upsert(m_database, objective, tr("restoring an objective")); });
}

Status ProgrammeStore::restoreComponent(const ComponentSnapshot& snapshot)
{
    const Id id = snapshot.component.id;
    const QString doing = tr("restoring a component");
    return written(m_database, [&]() -> Status {
        if (Status restored = rows::upsert(m_database, snapshot.component, doing); !restored)
            return restored;
        const Dependents dependents(m_database);
        for (auto [ref, ids] : {std::pair{Ref::ActivityComponentComponent, &snapshot.activityIds},
                                std::pair{Ref::ObjectiveComponentComponent, &snapshot.objectiveIds}}) {
            if (Status referred = dependents.referAgain(reference(ref), id, *ids, doing); !referred)
                return referred;
        }
        return {};
    });
}

Status ProgrammeStore::restoreProject(const ProjectSnapshot& snapshot)
{
    return written(m_database, [&]() -> Status {
        if (Status restored = rows::upsert(m_database, snapshot.project, tr("restoring a project"));
            !restored)
            return restored;
        // Components first: objectives and activities link to them.
        for (const ComponentSnapshot& component : snapshot.components) {
            if (Status restored = restoreComponent({component.component, {}, {}}); !restored)
                return restored;
        }
        for (const Objective& objective : snapshot.objectives) {
            if (Status restored = restoreObjective(objective); !restored)
                return restored;
        }
        for (const ActivitySnapshot& activity : snapshot.activities) {
            if (Status restored = restoreActivity(activity); !restored)
                return restored;
        }
        return {};
    });
}

} // namespace sd
