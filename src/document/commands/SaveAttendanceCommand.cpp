#include "commands/SaveAttendanceCommand.h"

#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <spdlog/spdlog.h>

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

QString nameOf(const ProgrammeStore::EnrolledParticipant& person)
{
    return person.givenNames.isEmpty() ? person.familyNames
                                       : SaveAttendanceCommand::tr("%1 %2", "given names, family names")
                                             .arg(person.givenNames, person.familyNames);
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

Status SaveAttendanceCommand::checkCells(Step step)
{
    if (Status locked = store().lockAttendance(m_activityId); !locked)
        return locked;
    Result<ProgrammeStore::AttendanceSheet> sheet = store().attendanceSheet(m_activityId);
    if (!sheet)
        return sheet.error();
    QHash<Id, const ProgrammeStore::EnrolledParticipant*> enrolled;
    for (const ProgrammeStore::EnrolledParticipant& who : std::as_const(sheet->enrolled))
        enrolled.insert(who.enrolmentId, &who);
    QSet<Id> sessions;
    for (const Session& session : std::as_const(sheet->sessions))
        sessions.insert(session.id);
    QHash<std::pair<Id, Id>, AttendanceStatus> marks;
    for (const AttendanceMark& mark : std::as_const(sheet->marks))
        marks.insert({mark.enrolmentId, mark.sessionId}, mark.status);
    // The walk-ins' enrolments this step writes itself: nobody else can have marked them.
    QSet<Id> arriving;
    if (step == Step::Redo && m_written) {
        for (const Enrolment& enrolment : std::as_const(m_written->enrolments))
            arriving.insert(enrolment.id);
    }

    QStringList cells; // named for the officer, each once
    int conflicts = 0;
    QList<Change> kept;
    for (const Change& change : std::as_const(m_changes)) {
        const std::optional<AttendanceStatus>& from = step == Step::Undo ? change.after : change.before;
        const std::optional<AttendanceStatus>& to = step == Step::Undo ? change.before : change.after;
        QString cell;
        if (!sessions.contains(change.sessionId)) {
            cell = tr("a session no longer in the activity");
        } else if (change.enrolmentId < 0 || arriving.contains(change.enrolmentId)) {
            kept.append(change);
            continue;
        } else if (const auto who = enrolled.constFind(change.enrolmentId); who == enrolled.cend()) {
            cell = tr("a participant no longer enrolled");
        } else {
            const auto mark = marks.constFind({change.enrolmentId, change.sessionId});
            const std::optional<AttendanceStatus> now =
                mark == marks.cend() ? std::nullopt : std::optional<AttendanceStatus>(*mark);
            if (now == to && now != from && step == Step::Save)
                continue; // the other made the same change: it is theirs, not this step's to undo
            if (now == from || now == to) {
                kept.append(change);
                continue;
            }
            cell = tr("%1 on %2").arg(nameOf(**who), sessionName(sheet->sessions, change.sessionId));
        }
        ++conflicts;
        if (!cells.contains(cell))
            cells.append(cell);
    }
    // Undo takes the walk-ins' enrolments out with all their marks: also those someone else gave them.
    if (step == Step::Undo && m_written && !m_written->enrolments.isEmpty()) {
        QSet<std::pair<Id, Id>> own;
        for (const Change& change : std::as_const(m_changes))
            own.insert({change.enrolmentId, change.sessionId});
        QSet<Id> walkIns;
        for (const Enrolment& enrolment : std::as_const(m_written->enrolments))
            walkIns.insert(enrolment.id);
        for (const AttendanceMark& mark : std::as_const(sheet->marks)) {
            if (!walkIns.contains(mark.enrolmentId) || own.contains({mark.enrolmentId, mark.sessionId}))
                continue;
            ++conflicts;
            const auto who = enrolled.constFind(mark.enrolmentId);
            const QString cell =
                who == enrolled.cend()
                    ? tr("a participant no longer enrolled")
                    : tr("%1 on %2").arg(nameOf(**who), sessionName(sheet->sessions, mark.sessionId));
            if (!cells.contains(cell))
                cells.append(cell);
        }
    }
    if (conflicts == 0) {
        if (step == Step::Save)
            m_changes = std::move(kept);
        return {};
    }
    // Who and what stays with the officer; the log has counts and ids only.
    spdlog::warn("attendance {} of activity {} refused: {} cell(s) changed elsewhere",
                 step == Step::Save ? "save" : (step == Step::Undo ? "undo" : "redo"), m_activityId,
                 conflicts);
    constexpr qsizetype kNamed = 3;
    QString list = QStringList(cells.mid(0, kNamed)).join(QStringLiteral(", "));
    if (cells.size() > kNamed)
        list += tr(" and %n more", nullptr, int(cells.size() - kNamed));
    if (step == Step::Save)
        return Error::changedElsewhere(tr("Someone else changed %n of your marks in activity %1 since this "
                                          "sheet was opened (%2), so none of your marks were saved.",
                                          nullptr, conflicts)
                                           .arg(m_activityCode, list));
    return Error::changedElsewhere(
        tr("Someone else changed %n of the marks of activity %1 since (%2); nothing was written.", nullptr,
           conflicts)
            .arg(m_activityCode, list));
}

Status SaveAttendanceCommand::apply()
{
    if (m_written)
        return writeAgain();
    return writeFirst();
}

Status SaveAttendanceCommand::writeFirst()
{
    Written written;
    QHash<Id, Id> institutionIds;
    QHash<Id, Id> participantIds;
    QHash<Id, Id> enrolmentIds;
    // The write lock first, then the check: nobody can change the marks between the two.
    const Status saved = inOneTransaction(database(), [&]() -> Status {
        if (Status unchanged = checkCells(Step::Save); !unchanged)
            return unchanged;
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
    return inOneTransaction(database(), [this]() -> Status {
        if (Status unchanged = checkCells(Step::Redo); !unchanged)
            return unchanged;
        for (const Institution& institution : std::as_const(m_written->institutions)) {
            if (Status restored = store().restoreInstitution({institution, {}, {}, {}}); !restored)
                return restored;
        }
        for (const ProgrammeStore::ParticipantSnapshot& participant :
             std::as_const(m_written->participants)) {
            if (Status restored = store().restoreParticipant(participant); !restored)
                return restored;
        }
        if (!m_written->enrolments.isEmpty()) {
            if (Status restored = store().restoreEnrolments({m_written->enrolments, {}, {}}); !restored)
                return restored;
        }
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
    return inOneTransaction(database(), [this]() -> Status {
        if (Status unchanged = checkCells(Step::Undo); !unchanged)
            return unchanged;
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
