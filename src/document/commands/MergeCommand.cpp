#include "commands/MergeCommand.h"

#include <QCoreApplication>

namespace sd {

MergeCommand::MergeCommand(ProgrammeDocument& document, Id keepId, Id otherId)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Participants, ProgrammeDocument::Scope::Attendance,
                                 ProgrammeDocument::Scope::Activities})
    , m_keepId(keepId)
    , m_otherId(otherId)
{
    setText(QCoreApplication::translate("sd::MergeCommand", "Merge participant %1 into participant %2")
                .arg(otherId)
                .arg(keepId));
}

Status MergeCommand::apply()
{
    Result<MergeRecord> merged = ParticipantMerge::merge(database(), m_keepId, m_otherId);
    if (!merged)
        return merged.error();
    m_record = std::move(*merged);
    return {};
}

Status MergeCommand::revert()
{
    return ParticipantMerge::undo(database(), *m_record);
}

} // namespace sd
