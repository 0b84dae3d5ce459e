#pragma once

#include "commands/DocumentCommand.h"
#include "storage/ProgrammeStore.h"

#include <optional>

namespace sd {

// Enrols participants in an activity, all in one transaction. Redo after an undo gives the
// enrolments back their ids, so attendance saved for them later on the stack still applies. Undo
// and redo are refused (ErrorKind::ChangedElsewhere, the step stays) when someone else has since
// marked, unenrolled or enrolled one of these people (EnrolmentCheck).
class EnrolCommand : public DocumentCommand
{
public:
    EnrolCommand(ProgrammeDocument& document, const Activity& activity, QList<Id> participantIds);

    QList<Id> enrolmentIds() const;

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_activityId = 0;
    QString m_activityCode;
    QList<Id> m_participantIds;
    std::optional<ProgrammeStore::EnrolmentSnapshot> m_enrolled;
};

} // namespace sd
