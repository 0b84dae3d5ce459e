#pragma once

#include "commands/DocumentCommand.h"
#include "import/ParticipantMerge.h"

#include <optional>

namespace sd {

// Merging two participant records of one person as one step of the undo history. Undo puts both
// records, their enrolments and attendance marks back with their ids; redo merges them again.
class MergeCommand : public DocumentCommand
{
public:
    MergeCommand(ProgrammeDocument& document, Id keepId, Id otherId);

    const std::optional<MergeRecord>& record() const { return m_record; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_keepId = 0;
    Id m_otherId = 0;
    std::optional<MergeRecord> m_record;
};

} // namespace sd
