#pragma once

#include "commands/DocumentCommand.h"
#include "commands/RecordTraits.h"

#include <optional>

namespace sd {

// Deletes one record with everything that goes with it (DeleteMode::Cascade); the caller has
// asked first. Undo restores the record with the same id, and its enrolments and marks.
template <typename Value>
class DeleteRecordCommand : public DocumentCommand
{
public:
    using Traits = RecordTraits<Value>;

    DeleteRecordCommand(ProgrammeDocument& document, Id id)
        : DocumentCommand(document, Traits::deleteScopes())
        , m_id(id)
    {
    }

protected:
    Status apply() override
    {
        if (!m_before) {
            Result<typename Traits::Snapshot> before =
                Traits::snapshot(store(), m_id, ProgrammeStore::SnapshotDepth::WithDependents);
            if (!before)
                return before.error();
            m_before = *before;
            setText(Traits::deleteText(*m_before));
        }
        return Traits::remove(store(), m_id);
    }

    Status revert() override { return Traits::restore(store(), *m_before); }

private:
    Id m_id = 0;
    std::optional<typename Traits::Snapshot> m_before;
};

} // namespace sd
