#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "domain/Validation.h"
#include "storage/DeleteImpact.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <type_traits>

namespace sd {

class Database;
class TableShape;

// Counts of every kind of record, for `info` and the status bar.
struct RecordCounts
{
    qint64 objectives = 0;
    qint64 components = 0;
    qint64 activities = 0;
    qint64 sessions = 0;
    qint64 experts = 0;
    qint64 enrolments = 0;
    qint64 attendanceMarks = 0;
    qint64 participants = 0; // distinct participants enrolled in the project's activities
};

// The one API through which the command line and the window read and change a programme file.
// Every write validates first, then runs in one transaction (a savepoint when the caller has
// already opened one, so that bulk operations compose). All SQL is parameterised.
class ProgrammeStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProgrammeStore)

public:
    explicit ProgrammeStore(Database& database);

    Database& database() { return m_database; }

    // ---- one set of operations for every record type, for callers generic over the type ----
    // R is Project, Objective, Component, Institution, Participant or Expert; get, deleteImpact and
    // remove also take Activity (added and changed with its sessions below), and remove takes
    // Enrolment (an unenrol). The named functions below are these for one type each; storage/RecordStore
    // says what each does.
    template <typename R>
    Result<R> get(Id id) const
    {
        return RecordStore<R>(m_database).get(id);
    }
    template <typename R>
    Result<Id> add(const R& record)
    {
        static_assert(!std::is_same_v<R, Activity>, "an activity is added with its sessions: addActivity");
        return RecordStore<R>(m_database).add(record, checksFor(record));
    }
    template <typename R>
    Status update(const R& record)
    {
        static_assert(!std::is_same_v<R, Activity>,
                      "an activity is changed with its sessions: updateActivity");
        return RecordStore<R>(m_database).update(record, checksFor(record));
    }
    template <typename R>
    Result<DeleteImpact> deleteImpact(Id id) const
    {
        return RecordStore<R>(m_database).deleteImpact(id);
    }
    template <typename R>
    Status remove(Id id, DeleteMode mode, std::optional<qint64> readAt = std::nullopt)
    {
        return RecordStore<R>(m_database).remove(id, mode, readAt);
    }
    // The version the record is at now (0: there is none), and the refusal of a change based on an
    // older one: for callers that check a version themselves inside their transaction (undo).
    template <typename R>
    Result<qint64> versionNow(Id id) const
    {
        return RecordStore<R>(m_database).versionNow(id);
    }
    template <typename R>
    static Error changedElsewhere(const R& record)
    {
        return RecordStore<R>::changedElsewhere(record);
    }

    // Projects, objectives, components
    Result<Id> addProject(const Project& project) { return add(project); }
    Status updateProject(const Project& project) { return update(project); }
    Result<Project> project(Id id) const { return get<Project>(id); }
    Result<Project> projectByCode(const QString& code) const;
    Result<QList<Project>> projects() const;

    Result<Id> addComponent(const Component& component) { return add(component); }
    Status updateComponent(const Component& component) { return update(component); }
    Result<QList<Component>> components(Id projectId) const;

    Result<Id> addObjective(const Objective& objective) { return add(objective); }
    Status updateObjective(const Objective& objective) { return update(objective); }
    Result<QList<Objective>> objectives(Id projectId) const;

    // Institutions
    Result<Id> addInstitution(const Institution& institution) { return add(institution); }
    Status updateInstitution(const Institution& institution) { return update(institution); }
    Result<Institution> institution(Id id) const { return get<Institution>(id); }
    Result<QList<Institution>> institutions() const;

    // Activities and their sessions, components and experts. addActivity with no sessions gives
    // the activity one full-day session per day of its dates.
    Result<Id> addActivity(const Activity& activity, const QList<Session>& sessions = {});
    // Replaces the activity's facts, components and sessions. Sessions keep their id when their id
    // is given; a session that is left out is removed, refused if it has attendance marks.
    Status updateActivity(const Activity& activity, const QList<Session>& sessions);
    Result<Activity> activity(Id id) const { return get<Activity>(id); }
    Result<Activity> activityByCode(Id projectId, const QString& code) const;
    Result<QList<Activity>> activities(Id projectId) const;
    Result<QList<Session>> sessions(Id activityId) const;

    // Participants
    Result<Id> addParticipant(const Participant& participant) { return add(participant); }
    Status updateParticipant(const Participant& participant) { return update(participant); }
    Result<Participant> participant(Id id) const { return get<Participant>(id); }

    // Experts
    Result<Id> addExpert(const Expert& expert) { return add(expert); }
    Status updateExpert(const Expert& expert) { return update(expert); }
    Result<Expert> expert(Id id) const { return get<Expert>(id); }
    Result<QList<Expert>> experts() const;
    Status setActivityExperts(Id activityId, const QList<ActivityExpert>& experts);
    Result<QList<ActivityExpert>> activityExperts(Id activityId) const;

    // Enrolment and attendance
    Result<Id> enrol(Id activityId, Id participantId);
    Result<QList<Enrolment>> enrolments(Id activityId) const;
    // Sets (or, with std::nullopt, clears) marks in one transaction.
    struct MarkChange
    {
        Id enrolmentId = 0;
        Id sessionId = 0;
        std::optional<AttendanceStatus> status; // nullopt: unmarked
    };
    Status setAttendance(const QList<MarkChange>& changes);
    // Inside a write transaction: keeps other connections from changing the activity's marks until it
    // ends, so that what a save checks the marks against is what it writes over. A file's write lock
    // does this already; on a server it is a transaction-level advisory lock on the activity (only
    // other attendance saves wait for it; those writing no marks of the activity go on).
    Status lockAttendance(Id activityId);
    Result<QList<AttendanceMark>> attendance(Id activityId) const;

    // Deletes: with RefuseIfReferenced a record that others refer to is left alone and the error
    // says what refers to it; with Cascade its enrolments and attendance marks go with it.
    Result<DeleteImpact> participantDeleteImpact(Id id) const { return deleteImpact<Participant>(id); }
    Status deleteParticipant(Id id, DeleteMode mode) { return remove<Participant>(id, mode); }
    Result<DeleteImpact> activityDeleteImpact(Id id) const { return deleteImpact<Activity>(id); }
    Status deleteActivity(Id id, DeleteMode mode) { return remove<Activity>(id, mode); }
    Status unenrol(Id enrolmentId, DeleteMode mode) { return remove<Enrolment>(enrolmentId, mode); }

    // Counts of every kind of record in a project, and in the whole file.
    Result<RecordCounts> counts(Id projectId) const;
    struct FileCounts
    {
        qint64 projects = 0;
        qint64 institutions = 0;
        qint64 participants = 0;
        qint64 experts = 0;
    };
    Result<FileCounts> fileCounts() const;

    // A line in the change log (what changed, never personal data): "attendance 2.1".
    Status logChange(const QString& kind, const QString& description);
    Result<QString> lastChange() const;

    // ---- the window's reads: the attendance sheet, participant search, single records ----

    // One row of an activity's attendance sheet: the enrolment and who it is.
    struct EnrolledParticipant
    {
        Id enrolmentId = 0;
        Id participantId = 0;
        QString familyNames;
        QString givenNames;
        QString institution; // acronym, or name when there is no acronym
        QString region;
    };
    // Every enrolment of the activity with its participant, sorted by family and given names (one query).
    Result<QList<EnrolledParticipant>> enrolledParticipants(Id activityId) const;
    // What an activity's attendance sheet is made of: its enrolments with their participants, its
    // sessions and its marks.
    struct AttendanceSheet
    {
        QList<EnrolledParticipant> enrolled;
        QList<Session> sessions;
        QList<AttendanceMark> marks;
    };
    Result<AttendanceSheet> attendanceSheet(Id activityId) const;

    struct ParticipantMatch
    {
        Id id = 0;
        QString familyNames;
        QString givenNames;
        QString institution;
    };
    // Participants not enrolled in the activity whose name or institution contains text (accents and
    // case ignored), at most limit of them, sorted by name.
    Result<QList<ParticipantMatch>> participantsNotEnrolled(Id activityId, const QString& text,
                                                            int limit) const;

    Result<Objective> objective(Id id) const { return get<Objective>(id); }
    Result<Component> component(Id id) const { return get<Component>(id); }

    // ---- restore (undo) ----
    // Undo and redo write back the exact state a change replaced, with the same ids, so that the
    // commands above and below it on the undo stack still find the records they refer to.

    // Enrolments and their marks, as they were before an unenrol or a delete.
    struct EnrolmentSnapshot
    {
        QList<Enrolment> enrolments;
        QList<AttendanceMark> marks;
        QList<EvaluationAnswers> evaluations; // the enrolments' evaluation answers
    };
    // The whole state of an activity: what the activity dialog edits (facts, components, sessions,
    // experts) and, read WithDependents, its enrolments and marks.
    struct ActivitySnapshot
    {
        Activity activity;
        QList<Session> sessions;
        QList<ActivityExpert> experts;
        EnrolmentSnapshot enrolled;
    };
    struct ParticipantSnapshot
    {
        Participant participant;
        EnrolmentSnapshot enrolled;
    };
    struct ExpertAssignment
    {
        Id activityId = 0;
        ExpertRole role = ExpertRole::Expert;
    };
    struct ExpertSnapshot
    {
        Expert expert;
        QList<ExpertAssignment> assignments;
    };
    struct InstitutionSnapshot
    {
        Institution institution;
        QList<Id> participantIds;       // participants of this institution
        QList<Id> childIds;             // institutions under this one
        QList<Id> requestingProjectIds; // projects it requested
    };
    struct ComponentSnapshot
    {
        Component component;
        QList<Id> activityIds;
        QList<Id> objectiveIds;
    };
    struct ProjectSnapshot
    {
        Project project;
        QList<ComponentSnapshot> components;
        QList<Objective> objectives;
        QList<ActivitySnapshot> activities;
    };
    // Record: the record and what its dialog edits; WithDependents: also what a delete takes with it.
    enum class SnapshotDepth
    {
        Record,
        WithDependents
    };

    Result<ProjectSnapshot> projectSnapshot(Id id, SnapshotDepth depth) const;
    Result<ComponentSnapshot> componentSnapshot(Id id, SnapshotDepth depth) const;
    Result<ActivitySnapshot> activitySnapshot(Id id, SnapshotDepth depth) const;
    Result<ParticipantSnapshot> participantSnapshot(Id id, SnapshotDepth depth) const;
    Result<ExpertSnapshot> expertSnapshot(Id id, SnapshotDepth depth) const;
    Result<InstitutionSnapshot> institutionSnapshot(Id id, SnapshotDepth depth) const;
    Result<EnrolmentSnapshot> enrolmentSnapshot(const QList<Id>& enrolmentIds) const;

    // Each restore writes the snapshot in one transaction: the record is inserted with its id or,
    // when it exists, overwritten; the dependents listed are inserted with their ids.
    Status restoreProject(const ProjectSnapshot& snapshot);
    Status restoreObjective(const Objective& objective);
    Status restoreComponent(const ComponentSnapshot& snapshot);
    Status restoreActivity(const ActivitySnapshot& snapshot);
    Status restoreParticipant(const ParticipantSnapshot& snapshot);
    Status restoreExpert(const ExpertSnapshot& snapshot);
    Status restoreInstitution(const InstitutionSnapshot& snapshot);
    Status restoreEnrolments(const EnrolmentSnapshot& snapshot);

    // Deletes of the records the core had no delete for. With Cascade: an expert leaves their
    // activities; an institution's participants and child institutions lose it and the projects it
    // requested drop it; a component leaves its activities and objectives (refused in both modes
    // when an activity has no other component); a project takes everything in it.
    Result<DeleteImpact> projectDeleteImpact(Id id) const { return deleteImpact<Project>(id); }
    Status deleteProject(Id id, DeleteMode mode) { return remove<Project>(id, mode); }
    Status deleteObjective(Id id) { return remove<Objective>(id, DeleteMode::Cascade); }
    Result<DeleteImpact> componentDeleteImpact(Id id) const { return deleteImpact<Component>(id); }
    Status deleteComponent(Id id, DeleteMode mode) { return remove<Component>(id, mode); }
    Result<DeleteImpact> expertDeleteImpact(Id id) const { return deleteImpact<Expert>(id); }
    Status deleteExpert(Id id, DeleteMode mode) { return remove<Expert>(id, mode); }
    Result<DeleteImpact> institutionDeleteImpact(Id id) const { return deleteImpact<Institution>(id); }
    Status deleteInstitution(Id id, DeleteMode mode) { return remove<Institution>(id, mode); }

private:
    // How the store speaks of each kind of record in its messages (storage/StoreWords).
    struct Words;
    static const Words& wordsFor(const TableShape& table);
    template <typename R>
    friend class RecordStore;

    // The checks against the file a record type needs beyond its own rules: none for most.
    template <typename R>
    RecordCheck checksFor(const R&) const
    {
        return {};
    }
    RecordCheck checksFor(const Project& project) const;
    RecordCheck checksFor(const Institution& institution) const;

    Database& m_database;
};

} // namespace sd
