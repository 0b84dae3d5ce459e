#pragma once

#include "commands/DocumentCommand.h"
#include "storage/ProgrammeStore.h"

#include <optional>

namespace sd {

// Takes participants out of an activity with their attendance marks (the caller has asked);
// undo puts the enrolments back with their ids and marks.
class UnenrolCommand : public DocumentCommand
{
public:
    UnenrolCommand(ProgrammeDocument& document, const Activity& activity, QList<Id> enrolmentIds);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Id> m_enrolmentIds;
    std::optional<ProgrammeStore::EnrolmentSnapshot> m_before;
};

} // namespace sd
