#include "commands/UnenrolCommand.h"

#include <QCoreApplication>

namespace sd {

UnenrolCommand::UnenrolCommand(ProgrammeDocument& document, const Activity& activity, QList<Id> enrolmentIds)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Attendance, ProgrammeDocument::Scope::Activities})
    , m_enrolmentIds(std::move(enrolmentIds))
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
    if (!m_before) {
        Result<ProgrammeStore::EnrolmentSnapshot> before = store().enrolmentSnapshot(m_enrolmentIds);
        if (!before)
            return before.error();
        m_before = *before;
    }
    return inOneTransaction(database(), [this]() -> Status {
        for (Id enrolmentId : m_enrolmentIds) {
            if (Status removed = store().unenrol(enrolmentId, DeleteMode::Cascade); !removed)
                return removed;
        }
        return {};
    });
}

Status UnenrolCommand::revert()
{
    return store().restoreEnrolments(*m_before);
}

} // namespace sd
