#include "commands/UnenrolCommand.h"

#include "commands/EnrolmentCheck.h"

#include <QCoreApplication>

namespace sd {

UnenrolCommand::UnenrolCommand(ProgrammeDocument& document, const Activity& activity, QList<Id> enrolmentIds)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Attendance, ProgrammeDocument::Scope::Activities})
    , m_enrolmentIds(std::move(enrolmentIds))
    , m_activityId(activity.id)
    , m_activityCode(activity.code)
{
    setText(m_enrolmentIds.size() == 1
                ? QCoreApplication::translate("sd::UnenrolCommand", "Remove 1 participant from %1")
                      .arg(activity.code)
                : QCoreApplication::translate("sd::UnenrolCommand", "Remove %1 participants from %2")
                      .arg(m_enrolmentIds.size())
                      .arg(activity.code));
}

Status UnenrolCommand::apply()
{
    return inOneTransaction(database(), [this]() -> Status {
        if (m_before) {
            // Again (redo): only over the enrolments and marks as undo put them back.
            if (Status unchanged =
                    EnrolmentCheck::asLeft(store(), m_activityId, m_activityCode, *m_before, true);
                !unchanged)
                return unchanged;
        } else {
            // The first time, what undo puts back is read under the same write lock as the delete.
            if (Status locked = store().lockAttendance(m_activityId); !locked)
                return locked;
            Result<ProgrammeStore::EnrolmentSnapshot> before = store().enrolmentSnapshot(m_enrolmentIds);
            if (!before)
                return before.error();
            m_before = *before;
        }
        for (Id enrolmentId : m_enrolmentIds) {
            if (Status removed = store().unenrol(enrolmentId, DeleteMode::Cascade); !removed)
                return removed;
        }
        return {};
    });
}

Status UnenrolCommand::revert()
{
    return inOneTransaction(database(), [this]() -> Status {
        if (Status unchanged =
                EnrolmentCheck::asLeft(store(), m_activityId, m_activityCode, *m_before, false);
            !unchanged)
            return unchanged;
        return store().restoreEnrolments(*m_before);
    });
}

} // namespace sd
