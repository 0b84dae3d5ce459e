#include "commands/SaveAttendanceCommand.h"

#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace sd {

namespace {

QString sessionName(const QList<Session>& sessions, Id sessionId)
{
    for (const Session& session : sessions) {
        if (session.id != sessionId)
            continue;
        const QString date = QLocale().toString(session.date, QStringLiteral("d MMM yyyy"));
        if (session.part == SessionPart::FullDay)
            return date;
        return SaveAttendanceCommand::tr("%1 (%2)").arg(date, toLabel(session.part).toLower());
    }
    return SaveAttendanceCommand::tr("session %1").arg(sessionId);
}

// A walk-in changes the participants, the activity's counts and, with a new institution, the
// institutions; marks alone change only the attendance.
QList<ProgrammeDocument::Scope> scopesOf(const SaveAttendanceCommand::Arrivals& arrivals)
{
    using Scope = ProgrammeDocument::Scope;
    QList<Scope> scopes{Scope::Attendance};
    if (!arrivals.enrolments.isEmpty() || !arrivals.participants.isEmpty())
        scopes << Scope::Participants << Scope::Activities;
    if (!arrivals.institutions.isEmpty())
        scopes << Scope::Institutions;
    return scopes;
}

// Stand-in ids are below zero; stored ids are kept as they are.
Id storedId(const QHash<Id, Id>& written, Id id)
{
    return id < 0 ? written.value(id, 0) : id;
}

// Writes a record the sheet holds under a stand-in id: its reference to another arrival becomes that
// one's stored id, and the record takes its own, which ids remembers for the records that refer
// to it.
template <typename Record, typename Add>
Result<Id> addArrival(Record& record, Id Record::*reference, const QHash<Id, Id>& referenced,
                      QHash<Id, Id>& ids, Add add)
{
    const Id standIn = record.id;
    record.id = 0;
    record.*reference = storedId(referenced, record.*reference);
    Result<Id> id = add(record);
    if (id) {
        ids.insert(standIn, *id);
        record.id = *id;
    }
    return id;
}

} // namespace

SaveAttendanceCommand::SaveAttendanceCommand(ProgrammeDocument& document, const Activity& activity,
                                             const QList<Session>& sessions, QList<Change> changes,
                                             Arrivals arrivals)
    : DocumentCommand(document, scopesOf(arrivals))
    , m_changes(std::move(changes))
    , m_arrivals(std::move(arrivals))
    , m_activityId(activity.id)
    , m_activityCode(activity.code)
{
    setText(describe(m_changes, sessions, m_arrivals, m_activityCode));
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

QString SaveAttendanceCommand::describe(const QList<Change>& changes, const QList<Session>& sessions,
                                        const Arrivals& arrivals, const QString& activityCode)
{
    const int people = int(arrivals.enrolments.size());
    if (people == 0)
        return describe(changes, sessions);
    const QString added =
        QCoreApplication::translate("sd::SaveAttendanceCommand", "Add %n walk-in(s) to %1", nullptr, people)
            .arg(activityCode);
    if (changes.isEmpty())
        return added;
    return QCoreApplication::translate("sd::SaveAttendanceCommand", "%1 with %n attendance mark(s)", nullptr,
                                       int(changes.size()))
        .arg(added);
}

QString SaveAttendanceCommand::logDescription() const
{
    return tr("attendance %1").arg(m_activityCode);
}

QByteArray SaveAttendanceCommand::stateOf(const ProgrammeStore::AttendanceSheet& sheet)
{
    const QList<ProgrammeStore::EnrolledParticipant>& enrolled = sheet.enrolled;
    const QList<Session>& sessions = sheet.sessions;
    const QList<AttendanceMark>& marks = sheet.marks;
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
    Result<ProgrammeStore::AttendanceSheet> sheet = store.attendanceSheet(activityId);
    if (!sheet)
        return sheet.error();
    return stateOf(*sheet);
}

Status SaveAttendanceCommand::apply()
{
    if (m_written)
        return writeAgain();
    if (Status written = writeFirst(); !written)
        return written;
    // Redo and undo write back this command's own rows; the sheet is no longer their base.
    m_expectedState.reset();
    return {};
}

Status SaveAttendanceCommand::writeFirst()
{
    Written written;
    QHash<Id, Id> institutionIds;
    QHash<Id, Id> participantIds;
    QHash<Id, Id> enrolmentIds;
    // The write lock first, then the comparison: nobody can change the activity between the two.
    const Status saved = inOneTransaction(database(), [&]() -> Status {
        if (m_expectedState) {
            Result<QByteArray> now = currentState(store(), m_activityId);
            if (!now)
                return now.error();
            if (*now != *m_expectedState)
                return Error::conflict(
                    tr("Activity %1 was changed by another program (enrolments, sessions or marks) since "
                       "this sheet was opened, so your marks were not saved.")
                        .arg(m_activityCode));
        }
        for (Institution institution : m_arrivals.institutions) {
            Result<Id> id = addArrival(institution, &Institution::parentId, institutionIds, institutionIds,
                                       [this](const Institution& r) { return store().addInstitution(r); });
            if (!id)
                return id.error();
            written.institutions.append(institution);
        }
        for (Participant participant : m_arrivals.participants) {
            Result<Id> id =
                addArrival(participant, &Participant::institutionId, institutionIds, participantIds,
                           [this](const Participant& r) { return store().addParticipant(r); });
            if (!id)
                return id.error();
            Result<ProgrammeStore::ParticipantSnapshot> snapshot =
                store().participantSnapshot(*id, ProgrammeStore::SnapshotDepth::Record);
            if (!snapshot)
                return snapshot.error();
            written.participants.append(std::move(snapshot).value());
        }
        for (const Enrolment& enrolment : m_arrivals.enrolments) {
            const Id participantId = storedId(participantIds, enrolment.participantId);
            Result<Id> id = store().enrol(m_activityId, participantId);
            if (!id)
                return id.error();
            enrolmentIds.insert(enrolment.id, *id);
            written.enrolments.append({*id, m_activityId, participantId});
        }
        QList<ProgrammeStore::MarkChange> marks;
        marks.reserve(m_changes.size());
        for (const Change& change : std::as_const(m_changes))
            marks.append({storedId(enrolmentIds, change.enrolmentId), change.sessionId, change.after});
        return store().setAttendance(marks);
    });
    if (!saved)
        return saved;
    for (Change& change : m_changes)
        change.enrolmentId = storedId(enrolmentIds, change.enrolmentId);
    if (!m_arrivals.isEmpty())
        m_written = std::move(written);
    else
        m_written = Written();
    m_arrivals = Arrivals();
    return {};
}

Status SaveAttendanceCommand::writeAgain()
{
    if (m_written->institutions.isEmpty() && m_written->participants.isEmpty() &&
        m_written->enrolments.isEmpty())
        return store().setAttendance(marks(true));
    return inOneTransaction(database(), [this]() -> Status {
        for (const Institution& institution : std::as_const(m_written->institutions)) {
            if (Status restored = store().restoreInstitution({institution, {}, {}, {}}); !restored)
                return restored;
        }
        for (const ProgrammeStore::ParticipantSnapshot& participant :
             std::as_const(m_written->participants)) {
            if (Status restored = store().restoreParticipant(participant); !restored)
                return restored;
        }
        if (Status restored = store().restoreEnrolments({m_written->enrolments, {}}); !restored)
            return restored;
        return store().setAttendance(marks(true));
    });
}

QList<ProgrammeStore::MarkChange> SaveAttendanceCommand::marks(bool after) const
{
    QList<ProgrammeStore::MarkChange> marks;
    marks.reserve(m_changes.size());
    for (const Change& change : m_changes)
        marks.append({change.enrolmentId, change.sessionId, after ? change.after : change.before});
    return marks;
}

Status SaveAttendanceCommand::revert()
{
    if (m_written->institutions.isEmpty() && m_written->participants.isEmpty() &&
        m_written->enrolments.isEmpty())
        return store().setAttendance(marks(false));
    return inOneTransaction(database(), [this]() -> Status {
        // The marks of the new enrolments go with them; the others go back to what they were.
        QSet<Id> added;
        for (const Enrolment& enrolment : std::as_const(m_written->enrolments))
            added.insert(enrolment.id);
        QList<ProgrammeStore::MarkChange> before;
        for (const ProgrammeStore::MarkChange& mark : marks(false)) {
            if (!added.contains(mark.enrolmentId))
                before.append(mark);
        }
        if (Status written = store().setAttendance(before); !written)
            return written;
        for (const Enrolment& enrolment : std::as_const(m_written->enrolments)) {
            if (Status removed = store().unenrol(enrolment.id, DeleteMode::Cascade); !removed)
                return removed;
        }
        for (const ProgrammeStore::ParticipantSnapshot& participant :
             std::as_const(m_written->participants)) {
            if (Status removed = store().deleteParticipant(participant.participant.id, DeleteMode::Cascade);
                !removed)
                return removed;
        }
        // Those under another new one first.
        for (auto it = m_written->institutions.crbegin(); it != m_written->institutions.crend(); ++it) {
            if (Status removed = store().deleteInstitution(it->id, DeleteMode::Cascade); !removed)
                return removed;
        }
        return {};
    });
}

} // namespace sd
