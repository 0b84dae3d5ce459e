#include "commands/SaveAttendanceCommand.h"

#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::SaveAttendanceCommand", text);
}

QString sessionName(const QList<Session>& sessions, Id sessionId)
{
    for (const Session& session : sessions) {
        if (session.id != sessionId)
            continue;
        const QString date = QLocale().toString(session.date, QStringLiteral("d MMM yyyy"));
        if (session.part == SessionPart::FullDay)
            return date;
        return tr("%1 (%2)").arg(date, toLabel(session.part).toLower());
    }
    return tr("session %1").arg(sessionId);
}

} // namespace

SaveAttendanceCommand::SaveAttendanceCommand(ProgrammeDocument& document, const Activity& activity,
                                             const QList<Session>& sessions, QList<Change> changes)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Attendance})
    , m_changes(std::move(changes))
    , m_activityId(activity.id)
    , m_activityCode(activity.code)
{
    setText(describe(m_changes, sessions));
}

QString SaveAttendanceCommand::describe(const QList<Change>& changes, const QList<Session>& sessions)
{
    QSet<Id> sessionIds;
    QSet<int> statuses; // -1 for unmarked
    for (const Change& change : changes) {
        sessionIds.insert(change.sessionId);
        statuses.insert(change.after ? static_cast<int>(*change.after) : -1);
    }
    const qsizetype count = changes.size();
    if (sessionIds.size() == 1 && statuses.size() == 1) {
        const QString on = sessionName(sessions, *sessionIds.begin());
        const int status = *statuses.begin();
        if (status < 0)
            return count == 1 ? tr("Clear 1 mark on %1").arg(on)
                              : tr("Clear %1 marks on %2").arg(count).arg(on);
        const QString label = toLabel(static_cast<AttendanceStatus>(status)).toLower();
        return count == 1 ? tr("Mark 1 participant %1 on %2").arg(label, on)
                          : tr("Mark %1 participants %2 on %3").arg(count).arg(label, on);
    }
    if (sessionIds.size() == 1)
        return tr("Record %1 attendance marks on %2")
            .arg(count)
            .arg(sessionName(sessions, *sessionIds.begin()));
    return tr("Record %1 attendance marks on %2 sessions").arg(count).arg(sessionIds.size());
}

QString SaveAttendanceCommand::logDescription() const
{
    return tr("attendance %1").arg(m_activityCode);
}

QByteArray SaveAttendanceCommand::stateOf(const QList<ProgrammeStore::EnrolledParticipant>& enrolled,
                                          const QList<Session>& sessions, const QList<AttendanceMark>& marks)
{
    QList<std::pair<Id, Id>> enrolments;
    enrolments.reserve(enrolled.size());
    for (const ProgrammeStore::EnrolledParticipant& who : enrolled)
        enrolments.append({who.enrolmentId, who.participantId});
    std::sort(enrolments.begin(), enrolments.end());
    QList<std::tuple<Id, qint64, int>> days;
    days.reserve(sessions.size());
    for (const Session& session : sessions)
        days.append({session.id, session.date.toJulianDay(), static_cast<int>(session.part)});
    std::sort(days.begin(), days.end());
    QList<std::tuple<Id, Id, int>> cells;
    cells.reserve(marks.size());
    for (const AttendanceMark& mark : marks)
        cells.append({mark.enrolmentId, mark.sessionId, static_cast<int>(mark.status)});
    std::sort(cells.begin(), cells.end());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](qint64 value) {
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
    };
    add(enrolments.size());
    for (const auto& [enrolment, participant] : std::as_const(enrolments)) {
        add(enrolment);
        add(participant);
    }
    add(days.size());
    for (const auto& [id, day, part] : std::as_const(days)) {
        add(id);
        add(day);
        add(part);
    }
    add(cells.size());
    for (const auto& [enrolment, session, status] : std::as_const(cells)) {
        add(enrolment);
        add(session);
        add(status);
    }
    return hash.result();
}

Result<QByteArray> SaveAttendanceCommand::currentState(const ProgrammeStore& store, Id activityId)
{
    Result<QList<ProgrammeStore::EnrolledParticipant>> enrolled = store.enrolledParticipants(activityId);
    if (!enrolled)
        return enrolled.error();
    Result<QList<Session>> sessions = store.sessions(activityId);
    if (!sessions)
        return sessions.error();
    Result<QList<AttendanceMark>> marks = store.attendance(activityId);
    if (!marks)
        return marks.error();
    return stateOf(*enrolled, *sessions, *marks);
}

Status SaveAttendanceCommand::apply()
{
    QList<ProgrammeStore::MarkChange> marks;
    marks.reserve(m_changes.size());
    for (const Change& change : m_changes)
        marks.append({change.enrolmentId, change.sessionId, change.after});
    if (!m_expectedState)
        return store().setAttendance(marks);

    // The write lock first, then the comparison: nobody can change the activity between the two.
    const Status written = inOneTransaction(database(), [&]() -> Status {
        Result<QByteArray> now = currentState(store(), m_activityId);
        if (!now)
            return now.error();
        if (*now != *m_expectedState)
            return Error::conflict(
                tr("Activity %1 was changed by another program (enrolments, sessions or marks) since this "
                   "sheet was opened, so your marks were not saved.")
                    .arg(m_activityCode));
        return store().setAttendance(marks);
    });
    // Redo and undo write back this command's own marks; the sheet is no longer their base.
    if (written)
        m_expectedState.reset();
    return written;
}

Status SaveAttendanceCommand::revert()
{
    QList<ProgrammeStore::MarkChange> marks;
    marks.reserve(m_changes.size());
    for (const Change& change : m_changes)
        marks.append({change.enrolmentId, change.sessionId, change.before});
    return store().setAttendance(marks);
}

} // namespace sd
