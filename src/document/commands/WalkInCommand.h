#pragma once

#include "commands/DocumentCommand.h"
#include "storage/ProgrammeStore.h"

#include <optional>

namespace sd {

// A walk-in: a new participant created and enrolled in the activity as one step of the undo
// history, written in one transaction.
class WalkInCommand : public DocumentCommand
{
public:
    WalkInCommand(ProgrammeDocument& document, const Activity& activity, Participant participant);

    Id participantId() const { return m_participantId; }
    Id enrolmentId() const { return m_enrolmentId; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_activityId = 0;
    Participant m_participant;
    Id m_participantId = 0;
    Id m_enrolmentId = 0;
    std::optional<ProgrammeStore::ParticipantSnapshot> m_added;
};

} // namespace sd
