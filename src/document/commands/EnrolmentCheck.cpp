#include "commands/EnrolmentCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <spdlog/spdlog.h>

namespace sd {

Status EnrolmentCheck::asLeft(ProgrammeStore& store, Id activityId, const QString& activityCode,
                              const ProgrammeStore::EnrolmentSnapshot& state, bool present)
{
    if (Status locked = store.lockAttendance(activityId); !locked)
        return locked;
    Result<QList<Enrolment>> enrolments = store.enrolments(activityId);
    if (!enrolments)
        return enrolments.error();
    QHash<Id, Id> participantOf; // enrolment → participant, as the file holds them now
    QSet<Id> enrolled;           // participants enrolled now
    for (const Enrolment& enrolment : std::as_const(*enrolments)) {
        participantOf.insert(enrolment.id, enrolment.participantId);
        enrolled.insert(enrolment.participantId);
    }
    QList<Id> changed; // participants whose enrolment or marks someone else changed
    if (present) {
        Result<QList<AttendanceMark>> marks = store.attendance(activityId);
        if (!marks)
            return marks.error();
        // Each enrolment's marks, session → status.
        QHash<Id, QHash<Id, int>> now;
        for (const AttendanceMark& mark : std::as_const(*marks))
            now[mark.enrolmentId].insert(mark.sessionId, int(mark.status));
        QHash<Id, QHash<Id, int>> left;
        for (const AttendanceMark& mark : state.marks)
            left[mark.enrolmentId].insert(mark.sessionId, int(mark.status));
        for (const Enrolment& enrolment : state.enrolments) {
            if (participantOf.value(enrolment.id, 0) != enrolment.participantId ||
                now.value(enrolment.id) != left.value(enrolment.id))
                changed.append(enrolment.participantId);
        }
    } else {
        for (const Enrolment& enrolment : state.enrolments) {
            if (enrolled.contains(enrolment.participantId) || participantOf.contains(enrolment.id))
                changed.append(enrolment.participantId);
        }
    }
    if (changed.isEmpty())
        return {};
    spdlog::warn("enrolment step of activity {} refused: {} enrolment(s) changed elsewhere", activityId,
                 changed.size());
    constexpr qsizetype kNamed = 3;
    QStringList names;
    for (Id id : changed.mid(0, kNamed)) {
        Result<Participant> person = store.participant(id);
        names.append(person ? tr("%1 %2", "given names, family names")
                                  .arg(person->givenNames, person->familyNames)
                                  .trimmed()
                            : tr("participant %1").arg(id));
    }
    QString list = names.join(QStringLiteral(", "));
    if (changed.size() > kNamed)
        list += tr(" and %n more", nullptr, int(changed.size() - kNamed));
    return Error::changedElsewhere(
        tr("Someone else has changed the enrolment or the attendance marks of %n participant(s) in activity "
           "%1 since (%2); nothing was written.",
           nullptr, int(changed.size()))
            .arg(activityCode, list));
}

} // namespace sd
