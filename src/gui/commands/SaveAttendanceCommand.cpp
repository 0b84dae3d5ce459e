#include "commands/SaveAttendanceCommand.h"

#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

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

Status SaveAttendanceCommand::apply()
{
    QList<ProgrammeStore::MarkChange> marks;
    marks.reserve(m_changes.size());
    for (const Change& change : m_changes)
        marks.append({change.enrolmentId, change.sessionId, change.after});
    return store().setAttendance(marks);
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
