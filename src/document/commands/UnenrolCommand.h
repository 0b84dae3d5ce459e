#pragma once

#include "commands/DocumentCommand.h"
#include "storage/ProgrammeStore.h"

#include <optional>

namespace sd {

// Takes participants out of an activity with their attendance marks (the caller has asked);
// undo puts the enrolments back with their ids and marks. Undo and redo are refused
// (ErrorKind::ChangedElsewhere, the step stays) when someone else has since enrolled one of these
// people again, or changed their marks (EnrolmentCheck).
class UnenrolCommand : public DocumentCommand
{
public:
    UnenrolCommand(ProgrammeDocument& document, const Activity& activity, QList<Id> enrolmentIds);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Id> m_enrolmentIds;
    Id m_activityId = 0;
    QString m_activityCode;
    std::optional<ProgrammeStore::EnrolmentSnapshot> m_before;
};

} // namespace sd
