#pragma once

#include "commands/DocumentCommand.h"
#include "import/ParticipantMerge.h"

#include <optional>

namespace sd {

// Merging two participant records of one person as one step of the undo history. Undo puts both
// records, their enrolments and attendance marks back with their ids; redo merges them again.
// Undo and redo first compare the kept record's version with the one this step left it at (as
// RecordCommand does): when someone else has changed it since, nothing is written, the error is
// ErrorKind::ChangedElsewhere and the step stays in the history.
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
    // Inside the write transaction: the kept record is at the version expected, else a refusal.
    Status keptAsLeft(qint64 expected);

    std::optional<MergeRecord> m_record;
    // The kept record's versions before and after the merge was first made.
    qint64 m_versionBefore = 0;
    qint64 m_versionAfter = 0;
};

} // namespace sd
