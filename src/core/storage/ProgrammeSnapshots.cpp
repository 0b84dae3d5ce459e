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

// The enrolments that refer to a record through `ref`, their marks and their evaluation answers.
Status readEnrolled(Database& database, Ref ref, Id id, ProgrammeStore::EnrolmentSnapshot& snapshot)
{
    const QString doing = ProgrammeStore::tr("reading enrolments");
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
    const Selector answers = through(reference(Ref::EvaluationEnrolment), enrolments);
    Result<QList<EvaluationAnswers>> answered = rows::selected<EvaluationAnswers>(
        database, builder.select(tableOf<EvaluationAnswers>(), answers.condition), id, doing);
    if (!answered)
        return answered.error();
    snapshot.enrolments += *enrolled;
    snapshot.marks += *marked;
    snapshot.evaluations += *answered;
    return {};
}

// The ids that refer to a record through each reference, into the lists given.
Status readReferring(Database& database, Id id, std::initializer_list<std::pair<Ref, QList<Id>*>> lists,
                     const QString& doing)
{
    const Dependents dependents(database);
    for (const auto& [ref, ids] : lists) {
        Result<QList<Id>> referring = dependents.referringIds(reference(ref), id, doing);
        if (!referring)
            return referring.error();
        *ids = *referring;
    }
    return {};
}

// Writes a record back and makes the rows listed refer to it again, in one transaction.
template <typename R>
Status restoreReferred(Database& database, const R& record,
                       std::initializer_list<std::pair<Ref, const QList<Id>*>> lists, const QString& doing)
{
    return written(database, [&]() -> Status {
        if (Status restored = rows::upsert(database, record, doing); !restored)
            return restored;
        const Dependents dependents(database);
        for (const auto& [ref, ids] : lists) {
            if (Status referred = dependents.referAgain(reference(ref), record.id, *ids, doing); !referred)
                return referred;
        }
        return {};
    });
}

// Moves a read value into its place in a snapshot.
template <typename T>
Status into(Result<T>&& read, T& target)
{
    if (!read)
        return read.error();
    target = std::move(*read);
    return {};
}

template <typename T>
Status appended(Result<T>&& read, QList<T>& list)
{
    if (!read)
        return read.error();
    list.append(std::move(*read));
    return {};
}

// A snapshot that starts with the record itself; `more` reads the rest, and what refers to the record
// when asked for its dependents.
template <typename Snapshot, typename R, typename More>
Result<Snapshot> snapshotOf(const ProgrammeStore& store, Id id, R Snapshot::*record,
                            ProgrammeStore::SnapshotDepth depth, More&& more)
{
    Snapshot snapshot;
    if (Status read = into(store.get<R>(id), snapshot.*record); !read)
        return read.error();
    if (Status read = more(snapshot, depth == ProgrammeStore::SnapshotDepth::WithDependents); !read)
        return read.error();
    return snapshot;
}

// Writes enrolments, marks and evaluation answers back with their ids; the caller holds the transaction.
Status writeEnrolled(Database& database, const ProgrammeStore::EnrolmentSnapshot& snapshot)
{
    const QString doing = ProgrammeStore::tr("restoring enrolments");
    if (Status enrolled = rows::upsertAll(database, snapshot.enrolments, doing); !enrolled)
        return enrolled;
    if (Status marked = rows::upsertAll(database, snapshot.marks, doing); !marked)
        return marked;
    return rows::upsertAll(database, snapshot.evaluations, doing);
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
        Result<std::optional<EvaluationAnswers>> answers =
            rows::find<EvaluationAnswers>(m_database, id, doing);
        if (!answers)
            return answers.error();
        if (answers->has_value())
            snapshot.evaluations.append(**answers);
    }
    return snapshot;
}

Result<ProgrammeStore::ActivitySnapshot> ProgrammeStore::activitySnapshot(Id id, SnapshotDepth depth) const
{
    return snapshotOf(
        *this, id, &ActivitySnapshot::activity, depth, [&](ActivitySnapshot& snapshot, bool deep) {
            if (Status read = into(sessions(id), snapshot.sessions); !read)
                return read;
            if (Status read = into(activityExperts(id), snapshot.experts); !read)
                return read;
            return deep ? readEnrolled(m_database, Ref::EnrolmentActivity, id, snapshot.enrolled) : Status();
        });
}

Result<ProgrammeStore::ParticipantSnapshot> ProgrammeStore::participantSnapshot(Id id,
                                                                                SnapshotDepth depth) const
{
    return snapshotOf(
        *this, id, &ParticipantSnapshot::participant, depth, [&](ParticipantSnapshot& snapshot, bool deep) {
            return deep ? readEnrolled(m_database, Ref::EnrolmentParticipant, id, snapshot.enrolled)
                        : Status();
        });
}

Result<ProgrammeStore::ExpertSnapshot> ProgrammeStore::expertSnapshot(Id id, SnapshotDepth depth) const
{
    return snapshotOf(
        *this, id, &ExpertSnapshot::expert, depth, [&](ExpertSnapshot& snapshot, bool deep) -> Status {
            if (!deep)
                return {};
            const Selector assigned = referring(reference(Ref::ActivityExpertExpert));
            Result<QList<ActivityExpertRow>> rows = rows::selected<ActivityExpertRow>(
                m_database,
                SqlBuilder(m_database.dialect()).select(tableOf<ActivityExpertRow>(), assigned.condition), id,
                tr("reading an expert's activities"));
            if (!rows)
                return rows.error();
            for (const ActivityExpertRow& row : *rows)
                snapshot.assignments.append({row.activityId, row.role});
            return {};
        });
}

Result<ProgrammeStore::InstitutionSnapshot> ProgrammeStore::institutionSnapshot(Id id,
                                                                                SnapshotDepth depth) const
{
    return snapshotOf(
        *this, id, &InstitutionSnapshot::institution, depth, [&](InstitutionSnapshot& snapshot, bool deep) {
            return deep ? readReferring(
                              m_database, id,
                              {{Ref::ParticipantInstitution, &snapshot.participantIds},
                               {Ref::InstitutionParent, &snapshot.childIds},
                               {Ref::RequestingInstitutionInstitution, &snapshot.requestingProjectIds}},
                              tr("reading what refers to an institution"))
                        : Status();
        });
}

Result<ProgrammeStore::ComponentSnapshot> ProgrammeStore::componentSnapshot(Id id, SnapshotDepth depth) const
{
    return snapshotOf(
        *this, id, &ComponentSnapshot::component, depth, [&](ComponentSnapshot& snapshot, bool deep) {
            return deep ? readReferring(m_database, id,
                                        {{Ref::ActivityComponentComponent, &snapshot.activityIds},
                                         {Ref::ObjectiveComponentComponent, &snapshot.objectiveIds}},
                                        tr("reading what refers to a component"))
                        : Status();
        });
}

Result<ProgrammeStore::ProjectSnapshot> ProgrammeStore::projectSnapshot(Id id, SnapshotDepth depth) const
{
    return snapshotOf(*this, id, &ProjectSnapshot::project, depth, [&](ProjectSnapshot& snapshot, bool deep) {
        if (!deep)
            return Status();
        QList<Component> components;
        if (Status read = into(this->components(id), components); !read)
            return read;
        for (const Component& component : components) {
            if (Status read = appended(componentSnapshot(component.id, SnapshotDepth::WithDependents),
                                       snapshot.components);
                !read)
                return read;
        }
        if (Status read = into(objectives(id), snapshot.objectives); !read)
            return read;
        QList<Id> activityIds;
        if (Status read = into(
                Dependents(m_database)
                    .referringIds(reference(Ref::ActivityProject), id, tr("reading a project's activities")),
                activityIds);
            !read)
            return read;
        for (Id activityId : activityIds) {
            if (Status read = appended(activitySnapshot(activityId, SnapshotDepth::WithDependents),
                                       snapshot.activities);
                !read)
                return read;
        }
        return Status();
    });
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
    return restoreReferred(m_database, snapshot.institution,
                           {{Ref::ParticipantInstitution, &snapshot.participantIds},
                            {Ref::InstitutionParent, &snapshot.childIds},
                            {Ref::RequestingInstitutionInstitution, &snapshot.requestingProjectIds}},
                           tr("restoring an institution"));
}

Status ProgrammeStore::restoreObjective(const Objective& objective)
{
    return written(m_database,
                   [&] { return rows::upsert(m_database, objective, tr("restoring an objective")); });
}

Status ProgrammeStore::restoreComponent(const ComponentSnapshot& snapshot)
{
    return restoreReferred(m_database, snapshot.component,
                           {{Ref::ActivityComponentComponent, &snapshot.activityIds},
                            {Ref::ObjectiveComponentComponent, &snapshot.objectiveIds}},
                           tr("restoring a component"));
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
