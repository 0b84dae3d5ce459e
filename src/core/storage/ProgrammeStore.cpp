#include "storage/ProgrammeStore.h"

#include "domain/NaturalOrder.h"
#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/References.h"
#include "storage/SqlBuilder.h"
#include "storage/StoreSupport.h"
#include "storage/TableRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <functional>

namespace sd {

namespace {

using store::scalar;
using store::written;

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// What the file says about a project: its code is its own; on a change, its activities stay within
// its time frame.
Result<FieldErrors> projectChecks(Database& database, const Project& project)
{
    FieldErrors errors;
    Result<qint64> taken = scalar(database, "SELECT count(*) FROM project WHERE code = ? AND id <> ?",
                                  ProgrammeStore::tr("checking the project code"), project.code, project.id);
    if (!taken)
        return taken.error();
    if (*taken > 0)
        errors.append({QStringLiteral("code"),
                       ProgrammeStore::tr("Another project already has the code %1.").arg(project.code)});
    if (project.id > 0) {
        Result<qint64> outside =
            scalar(database,
                   "SELECT count(*) FROM activity WHERE project_id = ? AND (start_date < ? OR end_date > ?)",
                   ProgrammeStore::tr("checking activity dates"), project.id, isoDate(project.startDate),
                   isoDate(project.endDate));
        if (!outside)
            return outside.error();
        if (*outside > 0)
            errors.append({QStringLiteral("start_date"),
                           ProgrammeStore::tr("%n activity(ies) would fall outside the new time frame.",
                                              nullptr, static_cast<int>(*outside))});
    }
    return errors;
}

// An institution's name is its own, and its parents never lead back to it.
Result<FieldErrors> institutionChecks(Database& database, const Institution& institution)
{
    FieldErrors errors;
    Result<qint64> taken =
        scalar(database, "SELECT count(*) FROM institution WHERE lower(name) = lower(?) AND id <> ?",
               ProgrammeStore::tr("checking the name"), institution.name.trimmed(), institution.id);
    if (!taken)
        return taken.error();
    if (*taken > 0)
        errors.append({QStringLiteral("name"), ProgrammeStore::tr("Another institution has this name.")});
    if (institution.id > 0 && institution.parentId > 0) {
        Result<qint64> cycle =
            scalar(database,
                   "WITH RECURSIVE up(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT i.parent_id FROM "
                   "institution i JOIN up ON i.id = up.id WHERE i.parent_id IS NOT NULL) "
                   "SELECT count(*) FROM up WHERE id = ?",
                   ProgrammeStore::tr("checking the parent"), institution.parentId, institution.id);
        if (!cycle)
            return cycle.error();
        if (*cycle > 0)
            errors.append({QStringLiteral("parent_id"),
                           ProgrammeStore::tr("The parent institution sits under this one already.")});
    }
    return errors;
}

// Counts records into the fields of Counts, one fixed statement each (never built from input), each
// given the same values.
template <typename Counts, typename... Values>
Result<Counts> countEach(Database& database,
                         std::initializer_list<std::pair<qint64 Counts::*, const char*>> queries,
                         const Values&... values)
{
    Counts counts;
    for (const auto& [field, sql] : queries) {
        Result<qint64> value = scalar(database, sql, ProgrammeStore::tr("counting records"), values...);
        if (!value)
            return value.error();
        counts.*field = *value;
    }
    return counts;
}

} // namespace

ProgrammeStore::ProgrammeStore(Database& database)
    : m_database(database)
{
}

RecordCheck ProgrammeStore::checksFor(const Project& project) const
{
    return [this, &project] {
        return projectChecks(m_database, project);
    };
}

RecordCheck ProgrammeStore::checksFor(const Institution& institution) const
{
    return [this, &institution] {
        return institutionChecks(m_database, institution);
    };
}

Result<Project> ProgrammeStore::projectByCode(const QString& code) const
{
    Result<qint64> id =
        scalar(m_database, "SELECT id FROM project WHERE code = ?", tr("finding a project"), code);
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::notFound(tr("There is no project with the code %1 in this file.").arg(code));
    return project(*id);
}

Result<QList<Project>> ProgrammeStore::projects() const
{
    return rows::all<Project>(m_database, tr("listing projects"));
}

Result<QList<Component>> ProgrammeStore::components(Id projectId) const
{
    return rows::owned<Component>(m_database, projectId, tr("listing components"));
}

Result<QList<Objective>> ProgrammeStore::objectives(Id projectId) const
{
    return rows::owned<Objective>(m_database, projectId, tr("listing objectives"));
}

Result<QList<Institution>> ProgrammeStore::institutions() const
{
    return rows::all<Institution>(m_database, tr("listing institutions"));
}

// ---- activities -------------------------------------------------------------------------------

namespace {

// What the file says about an activity: it lies within its project, its code is its own there, its
// components are the project's, and its sessions fit its dates.
Result<FieldErrors> activityChecks(const ProgrammeStore& store, Database& database, const Activity& activity,
                                   const QList<Session>& sessions)
{
    FieldErrors errors;
    if (activity.projectId > 0) {
        Result<Project> project = store.project(activity.projectId);
        if (!project)
            return project.error();
        errors += validateWithinProject(activity, *project);
        Result<qint64> taken =
            scalar(database, "SELECT count(*) FROM activity WHERE project_id = ? AND code = ? AND id <> ?",
                   ProgrammeStore::tr("checking the activity code"), activity.projectId,
                   activity.code.trimmed(), activity.id);
        if (!taken)
            return taken.error();
        if (*taken > 0)
            errors.append({QStringLiteral("code"),
                           ProgrammeStore::tr("Another activity of this project has the code %1.")
                               .arg(activity.code.trimmed())});
        for (Id componentId : activity.componentIds) {
            Result<qint64> owned =
                scalar(database, "SELECT count(*) FROM component WHERE id = ? AND project_id = ?",
                       ProgrammeStore::tr("checking the components"), componentId, activity.projectId);
            if (!owned)
                return owned.error();
            if (*owned == 0)
                errors.append({QStringLiteral("components"),
                               ProgrammeStore::tr("A chosen component does not belong to this project.")});
        }
    }
    if (activity.startDate.isValid() && activity.endDate.isValid())
        errors += validateSessions(sessions, activity);
    if (activity.id > 0) {
        // Scores already entered must still fit the test: a lower maximum would make them wrong
        // percentages, and no test at all would leave them without a meaning.
        Result<qint64> scored =
            scalar(database,
                   "SELECT count(*) FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id"
                   " WHERE e.activity_id = ? AND (v.pre_score IS NOT NULL OR v.post_score IS NOT NULL)",
                   ProgrammeStore::tr("checking the evaluation scores"), activity.id);
        if (!scored)
            return scored.error();
        if (*scored > 0 && !activity.hasKnowledgeTest()) {
            errors.append({QStringLiteral("test_max_score"),
                           ProgrammeStore::tr("Test scores are entered for %n person(s) in this activity; "
                                              "keep the knowledge test, or clear their scores in the "
                                              "evaluation sheet first.",
                                              nullptr, static_cast<int>(*scored))});
        } else if (*scored > 0) {
            Result<qint64> above =
                scalar(database,
                       "SELECT count(*) FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id"
                       " WHERE e.activity_id = ? AND (v.pre_score > ? OR v.post_score > ?)",
                       ProgrammeStore::tr("checking the evaluation scores"), activity.id,
                       activity.testMaxScore, activity.testMaxScore);
            if (!above)
                return above.error();
            if (*above > 0)
                errors.append(
                    {QStringLiteral("test_max_score"),
                     ProgrammeStore::tr("A test score above %1 is entered for %n person(s); give a "
                                        "maximum score at least as high as the highest score entered, or "
                                        "correct those scores in the evaluation sheet first.",
                                        nullptr, static_cast<int>(*above))
                         .arg(QLocale().toString(activity.testMaxScore))});
        }
    }
    return errors;
}

Status insertSessions(Database& database, Id activityId, const QList<Session>& sessions)
{
    for (Session session : sessions) {
        session.activityId = activityId;
        if (Result<Id> added =
                rows::insert(database, session, Writing::AsEntered, ProgrammeStore::tr("adding a session"));
            !added)
            return added.error();
    }
    return {};
}

} // namespace

Result<Id> ProgrammeStore::addActivity(const Activity& activity, const QList<Session>& sessions)
{
    const QList<Session> planned =
        sessions.isEmpty() ? defaultSessions(activity.startDate, activity.endDate) : sessions;
    return written(m_database, [&]() -> Result<Id> {
        Result<Id> id = RecordStore<Activity>(m_database).add(activity, [&] {
            return activityChecks(*this, m_database, activity, planned);
        });
        if (!id)
            return id;
        if (Status added = insertSessions(m_database, *id, planned); !added)
            return added.error();
        return id;
    });
}

Status ProgrammeStore::updateActivity(const Activity& activity, const QList<Session>& sessions)
{
    return written(m_database, [&]() -> Status {
        Result<Activity> stored = this->activity(activity.id);
        if (!stored)
            return stored.error();
        Activity changed = activity;
        changed.projectId = stored->projectId; // an activity does not move between projects
        if (Status updated =
                RecordStore<Activity>(m_database)
                    .update(changed, [&] { return activityChecks(*this, m_database, changed, sessions); });
            !updated)
            return updated;

        Result<QList<Session>> existing = this->sessions(changed.id);
        if (!existing)
            return existing.error();
        const Dependents dependents(m_database);
        for (const Session& old : *existing) {
            const bool kept = std::any_of(sessions.begin(), sessions.end(),
                                          [&old](const Session& session) { return session.id == old.id; });
            if (kept)
                continue;
            Result<qint64> marks = dependents.count(referring(reference(Ref::AttendanceSession)), old.id,
                                                    tr("checking a session's marks"));
            if (!marks)
                return marks.error();
            if (*marks > 0)
                return Error::conflict(
                    tr("The session of %1 has %n attendance mark(s); remove the marks first or "
                       "keep the session.",
                       nullptr, static_cast<int>(*marks))
                        .arg(QLocale().toString(old.date, QLocale::ShortFormat)));
            if (Result<qint64> removed = rows::remove(m_database, old, tr("removing a session")); !removed)
                return removed.error();
        }
        QList<Session> added;
        for (Session session : sessions) {
            if (session.id <= 0) {
                added.append(session);
                continue;
            }
            session.activityId = changed.id;
            if (Result<qint64> moved = rows::update(m_database, session, Writing::AsEntered,
                                                    tr("changing a session"), StatementKind::UpdateOwned);
                !moved)
                return moved.error();
        }
        return insertSessions(m_database, changed.id, added);
    });
}

Result<Activity> ProgrammeStore::activityByCode(Id projectId, const QString& code) const
{
    Result<qint64> id = scalar(m_database, "SELECT id FROM activity WHERE project_id = ? AND code = ?",
                               tr("finding an activity"), projectId, code.trimmed());
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::notFound(tr("There is no activity with the code %1 in this project.").arg(code));
    return activity(*id);
}

Result<QList<Activity>> ProgrammeStore::activities(Id projectId) const
{
    Result<QList<Activity>> list = rows::owned<Activity>(m_database, projectId, tr("listing activities"));
    if (list)
        std::sort(list->begin(), list->end(),
                  [](const Activity& a, const Activity& b) { return naturalLess(a.code, b.code); });
    return list;
}

Result<QList<Session>> ProgrammeStore::sessions(Id activityId) const
{
    return rows::owned<Session>(m_database, activityId, tr("listing sessions"));
}

// ---- participants and experts -------------------------------------------------------------------

Result<QList<Expert>> ProgrammeStore::experts() const
{
    return rows::all<Expert>(m_database, tr("listing experts"));
}

Status ProgrammeStore::setActivityExperts(Id activityId, const QList<ActivityExpert>& experts)
{
    return written(m_database, [&]() -> Status {
        const QString doing = tr("changing an activity's experts");
        Statement clear(m_database,
                        tableOf<ActivityExpertRow>().sql(m_database.dialect(), StatementKind::DeleteByOwner),
                        doing);
        clear.bind(1, activityId);
        if (Status ran = clear.run(); !ran)
            return ran;
        for (const ActivityExpert& assignment : experts) {
            const ActivityExpertRow row{activityId, assignment.expertId, assignment.role};
            if (Result<Id> added = rows::insert(m_database, row, Writing::AsStored, doing); !added)
                return added.error();
        }
        return {};
    });
}

Result<QList<ActivityExpert>> ProgrammeStore::activityExperts(Id activityId) const
{
    // Leads first, then experts, then facilitators, each by family name.
    Statement statement(
        m_database,
        "SELECT ae.expert_id, ae.role FROM activity_expert ae JOIN expert e ON e.id = "
        "ae.expert_id WHERE ae.activity_id = ? ORDER BY CASE ae.role WHEN 'lead_expert' THEN 0 "
        "WHEN 'expert' THEN 1 ELSE 2 END, e.family_names",
        tr("listing an activity's experts"));
    statement.bind(1, activityId);
    QList<ActivityExpert> list;
    while (statement.next()) {
        ActivityExpert assignment{statement.integer(0)};
        readMember(statement, 1, assignment.role);
        list.append(assignment);
    }
    if (!statement.status())
        return statement.status().error();
    return list;
}

// ---- enrolment and attendance -----------------------------------------------------------------

Result<Id> ProgrammeStore::enrol(Id activityId, Id participantId)
{
    return written(m_database, [&]() -> Result<Id> {
        Result<qint64> existing =
            scalar(m_database, "SELECT id FROM enrolment WHERE activity_id = ? AND participant_id = ?",
                   tr("checking an enrolment"), activityId, participantId);
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error::conflict(tr("This participant is already enrolled in this activity."));
        return rows::insert(m_database, Enrolment{0, activityId, participantId}, Writing::AsStored,
                            tr("enrolling a participant"));
    });
}

Result<QList<Enrolment>> ProgrammeStore::enrolments(Id activityId) const
{
    return rows::owned<Enrolment>(m_database, activityId, tr("listing enrolments"));
}

namespace {

// An id list as a PostgreSQL array literal, bound as one text value: "{1,2,3}".
std::string idArray(const QList<Id>& ids)
{
    std::string text("{");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += ',';
        text += std::to_string(ids[i]);
    }
    return text + '}';
}

// setAttendance on a server, in the caller's transaction, with the outcome of the file's one
// statement per mark: the triggers that keep each enrolment's attendance summary run once per
// statement there (over its transition tables), so 2,500 one-row upserts were 5,000 trigger runs
// and 2,500 checks, about a second of the server's time for a save whose budget is 200 ms. Here the
// checks are one statement, the cleared cells one, and the marks a few multi-row upserts.
Status setAttendanceOnServer(Database& database, const QList<ProgrammeStore::MarkChange>& changes)
{
    const QString doing = ProgrammeStore::tr("recording attendance");
    // The first mark, in the order given, whose session lies outside its enrolment's activity.
    QList<Id> checkedEnrolments;
    QList<Id> checkedSessions;
    QList<qsizetype> checkedChange;
    // Each cell as the last change to it leaves it, as one statement per change would.
    QHash<std::pair<Id, Id>, qsizetype> last;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ProgrammeStore::MarkChange& change = changes[i];
        last.insert({change.enrolmentId, change.sessionId}, i);
        if (change.status) {
            checkedEnrolments.append(change.enrolmentId);
            checkedSessions.append(change.sessionId);
            checkedChange.append(i);
        }
    }
    if (!checkedChange.isEmpty()) {
        Statement outside(database,
                          "SELECT c.n FROM unnest(?::bigint[], ?::bigint[]) WITH ORDINALITY AS c(e, s, n) "
                          "WHERE NOT EXISTS (SELECT 1 FROM enrolment e JOIN session s ON s.activity_id = "
                          "e.activity_id WHERE e.id = c.e AND s.id = c.s) ORDER BY c.n LIMIT 1",
                          doing);
        outside.bind(1, idArray(checkedEnrolments)).bind(2, idArray(checkedSessions));
        Result<qint64> first = outside.scalar();
        if (!first)
            return first.error();
        if (*first > 0) {
            const ProgrammeStore::MarkChange& change = changes[checkedChange[*first - 1]];
            return Error::badInput(
                ProgrammeStore::tr("The attendance mark was not saved: session %1 does not "
                                   "belong to the activity of enrolment %2.")
                    .arg(change.sessionId)
                    .arg(change.enrolmentId));
        }
    }

    QList<Id> clearedEnrolments;
    QList<Id> clearedSessions;
    QList<AttendanceMark> marks;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ProgrammeStore::MarkChange& change = changes[i];
        if (last.value({change.enrolmentId, change.sessionId}) != i)
            continue;
        if (change.status) {
            marks.append({change.enrolmentId, change.sessionId, *change.status});
        } else {
            clearedEnrolments.append(change.enrolmentId);
            clearedSessions.append(change.sessionId);
        }
    }
    if (!clearedEnrolments.isEmpty()) {
        Statement clear(database,
                        "DELETE FROM attendance WHERE (enrolment_id, session_id) IN "
                        "(SELECT * FROM unnest(?::bigint[], ?::bigint[]))",
                        ProgrammeStore::tr("clearing attendance"));
        clear.bind(1, idArray(clearedEnrolments)).bind(2, idArray(clearedSessions));
        if (Status ran = clear.run(); !ran)
            return ran;
    }
    // The one-row upsert of the spec, its VALUES written for many rows.
    const TableSpec<AttendanceMark>& spec = tableOf<AttendanceMark>();
    const std::string upsert = spec.sql(Dialect::Postgres, StatementKind::Upsert);
    const std::string onConflict = upsert.substr(upsert.find(" ON CONFLICT"));
    constexpr int kRows = 500;
    for (qsizetype at = 0; at < marks.size(); at += kRows) {
        const int rows = int(std::min<qsizetype>(kRows, marks.size() - at));
        Statement put(database,
                      SqlBuilder(Dialect::Postgres).insertRows(spec, StatementKind::InsertWithKey, rows) +
                          onConflict,
                      doing, rows == kRows ? Statement::Reuse::Cached : Statement::Reuse::Once);
        int position = 1;
        for (qsizetype i = at; i < at + rows; ++i)
            position = spec.bind(put, marks[i], StatementKind::InsertWithKey, Writing::AsStored, position);
        if (Status ran = put.run(); !ran)
            return ran;
    }
    return {};
}

} // namespace

Status ProgrammeStore::setAttendance(const QList<MarkChange>& changes)
{
    if (m_database.isServer())
        return written(m_database, [&]() -> Status { return setAttendanceOnServer(m_database, changes); });
    return written(m_database, [&]() -> Status {
        const TableSpec<AttendanceMark>& marks = tableOf<AttendanceMark>();
        // A mark's session belongs to the activity of its enrolment.
        Statement sameActivity(
            m_database,
            "SELECT count(*) FROM enrolment e JOIN session s ON s.activity_id = e.activity_id "
            "WHERE e.id = ? AND s.id = ?",
            tr("recording attendance"));
        Statement put(m_database, marks.sql(m_database.dialect(), StatementKind::Upsert),
                      tr("recording attendance"));
        Statement clear(m_database, marks.sql(m_database.dialect(), StatementKind::DeleteByKey),
                        tr("clearing attendance"));
        for (const MarkChange& change : changes) {
            const AttendanceMark mark{change.enrolmentId, change.sessionId,
                                      change.status.value_or(AttendanceStatus::Absent)};
            if (!change.status) {
                marks.bind(clear, mark, StatementKind::DeleteByKey, Writing::AsStored);
                if (Status ran = clear.run(); !ran)
                    return ran;
                continue;
            }
            sameActivity.bind(1, change.enrolmentId).bind(2, change.sessionId);
            Result<qint64> belongs = sameActivity.scalar();
            if (!belongs)
                return belongs.error();
            if (*belongs == 0)
                return Error::badInput(
                    tr("The attendance mark was not saved: session %1 does not belong to the "
                       "activity of enrolment %2.")
                        .arg(change.sessionId)
                        .arg(change.enrolmentId));
            marks.bind(put, mark, StatementKind::Upsert, Writing::AsStored);
            if (Status ran = put.run(); !ran)
                return ran;
        }
        return {};
    });
}

Status ProgrammeStore::lockAttendance(Id activityId)
{
    if (!m_database.isServer())
        return {};
    // Two 32-bit keys, a space of their own apart from the one 64-bit key of bulk work: the file
    // format's application id and the activity (an id beyond 32 bits shares a key with another
    // activity, which only makes the two wait for each other).
    Statement lock(m_database, "SELECT pg_advisory_xact_lock(CAST(? AS integer), CAST(? AS integer))",
                   tr("recording attendance"));
    lock.bind(1, qint64(Database::kApplicationId)).bind(2, qint64(qint32(activityId & 0x7fffffff)));
    return lock.run();
}

Result<QList<AttendanceMark>> ProgrammeStore::attendance(Id activityId) const
{
    const Selector enrolled = referring(reference(Ref::EnrolmentActivity));
    const Selector marks = through(reference(Ref::AttendanceEnrolment), enrolled);
    return rows::selected<AttendanceMark>(
        m_database, SqlBuilder(m_database.dialect()).select(tableOf<AttendanceMark>(), marks.condition),
        activityId, tr("reading attendance"));
}

// ---- counts and change log --------------------------------------------------------------------

Result<RecordCounts> ProgrammeStore::counts(Id projectId) const
{
    return countEach<RecordCounts>(
        m_database,
        {{&RecordCounts::objectives, "SELECT count(*) FROM objective WHERE project_id = ?"},
         {&RecordCounts::components, "SELECT count(*) FROM component WHERE project_id = ?"},
         {&RecordCounts::activities, "SELECT count(*) FROM activity WHERE project_id = ?"},
         {&RecordCounts::sessions,
          "SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id WHERE a.project_id = ?"},
         {&RecordCounts::experts,
          "SELECT count(DISTINCT ae.expert_id) FROM activity_expert ae JOIN activity a ON "
          "a.id = ae.activity_id WHERE a.project_id = ?"},
         {&RecordCounts::enrolments,
          "SELECT count(*) FROM enrolment e JOIN activity a ON a.id = e.activity_id WHERE a.project_id = ?"},
         {&RecordCounts::attendanceMarks, "SELECT count(*) FROM attendance t JOIN enrolment e ON e.id = "
                                          "t.enrolment_id JOIN activity a ON a.id = e.activity_id WHERE "
                                          "a.project_id = ?"},
         {&RecordCounts::participants,
          "SELECT count(DISTINCT e.participant_id) FROM enrolment e JOIN activity a "
          "ON a.id = e.activity_id WHERE a.project_id = ?"}},
        projectId);
}

Result<ProgrammeStore::FileCounts> ProgrammeStore::fileCounts() const
{
    return countEach<FileCounts>(m_database, {{&FileCounts::projects, "SELECT count(*) FROM project"},
                                              {&FileCounts::institutions, "SELECT count(*) FROM institution"},
                                              {&FileCounts::participants, "SELECT count(*) FROM participant"},
                                              {&FileCounts::experts, "SELECT count(*) FROM expert"}});
}

Status ProgrammeStore::logChange(const QString& kind, const QString& description)
{
    return written(m_database, [&]() -> Status {
        const ChangeLogEntry entry{0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), kind,
                                   description, m_database.userName()};
        Result<Id> logged = rows::insert(m_database, entry, Writing::AsStored, tr("logging a change"));
        if (!logged)
            return logged.error();
        m_database.noteChange("change_log", *logged, 1);
        return {};
    });
}

Result<QString> ProgrammeStore::lastChange() const
{
    Statement statement(m_database,
                        "SELECT changed_at, description, changed_by FROM change_log ORDER BY id DESC LIMIT 1",
                        tr("reading the change log"));
    if (!statement.next())
        return statement.status() ? Result<QString>(QString()) : Result<QString>(statement.status().error());
    const QDateTime at = QDateTime::fromString(statement.text(0), Qt::ISODate).toLocalTime();
    const QString when = QLocale().toString(at, QLocale::ShortFormat);
    const QString what = ChangeHistory::sentence(statement.text(1));
    if (statement.text(2).isEmpty())
        return tr("%1, %2").arg(what, when);
    return tr("%1, %2, by %3").arg(what, when, statement.text(2));
}

} // namespace sd
