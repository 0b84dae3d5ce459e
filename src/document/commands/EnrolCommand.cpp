#include "commands/EnrolCommand.h"

#include "commands/EnrolmentCheck.h"

#include <QCoreApplication>

namespace sd {

EnrolCommand::EnrolCommand(ProgrammeDocument& document, const Activity& activity, QList<Id> participantIds)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Attendance, ProgrammeDocument::Scope::Activities})
    , m_activityId(activity.id)
    , m_activityCode(activity.code)
    , m_participantIds(std::move(participantIds))
{
    setText(
        m_participantIds.size() == 1
            ? QCoreApplication::translate("sd::EnrolCommand", "Enrol 1 participant in %1").arg(activity.code)
            : QCoreApplication::translate("sd::EnrolCommand", "Enrol %1 participants in %2")
                  .arg(m_participantIds.size())
                  .arg(activity.code));
}

QList<Id> EnrolCommand::enrolmentIds() const
{
    QList<Id> ids;
    if (m_enrolled) {
        for (const Enrolment& enrolment : m_enrolled->enrolments)
            ids.append(enrolment.id);
    }
    return ids;
}

Status EnrolCommand::apply()
{
    if (m_enrolled)
        return inOneTransaction(database(), [this]() -> Status {
            if (Status unchanged =
                    EnrolmentCheck::asLeft(store(), m_activityId, m_activityCode, *m_enrolled, false);
                !unchanged)
                return unchanged;
            return store().restoreEnrolments(*m_enrolled);
        });
    ProgrammeStore::EnrolmentSnapshot enrolled;
    const Status written = inOneTransaction(database(), [&]() -> Status {
        for (Id participantId : m_participantIds) {
            Result<Id> enrolmentId = store().enrol(m_activityId, participantId);
            if (!enrolmentId)
                return enrolmentId.error();
            enrolled.enrolments.append({*enrolmentId, m_activityId, participantId});
        }
        return {};
    });
    if (written)
        m_enrolled = enrolled;
    return written;
}

Status EnrolCommand::revert()
{
    return inOneTransaction(database(), [this]() -> Status {
        // Enrolled without marks: any mark they have now is someone else's.
        if (Status unchanged =
                EnrolmentCheck::asLeft(store(), m_activityId, m_activityCode, *m_enrolled, true);
            !unchanged)
            return unchanged;
        for (const Enrolment& enrolment : m_enrolled->enrolments) {
            if (Status removed = store().unenrol(enrolment.id, DeleteMode::Cascade); !removed)
                return removed;
        }
        return {};
    });
}

} // namespace sd
