#pragma once

#include "commands/DocumentCommand.h"
#include "commands/RecordTraits.h"

#include <optional>

namespace sd {

// Adds one record. Redo after an undo puts back the record as it was added, with the same id, so
// later commands that refer to it (an enrolment of the new participant) still find it.
template <typename Value>
class AddRecordCommand : public DocumentCommand
{
public:
    using Traits = RecordTraits<Value>;

    AddRecordCommand(ProgrammeDocument& document, Value value)
        : DocumentCommand(document, Traits::scopes())
        , m_value(std::move(value))
    {
        setText(Traits::addText(m_value));
    }

    // The new record's id once the command has run.
    Id recordId() const { return m_id; }

protected:
    Status apply() override
    {
        if (m_added)
            return Traits::restore(store(), *m_added);
        Result<Id> id = Traits::add(store(), m_value);
        if (!id)
            return id.error();
        m_id = *id;
        Result<typename Traits::Snapshot> added =
            Traits::snapshot(store(), m_id, ProgrammeStore::SnapshotDepth::Record);
        if (!added) {
            // Without its snapshot the command cannot redo; it is not pushed, so the add is taken back.
            (void)Traits::remove(store(), m_id);
            return added.error();
        }
        m_added = *added;
        return {};
    }

    Status revert() override { return Traits::remove(store(), m_id); }

private:
    Value m_value;
    Id m_id = 0;
    std::optional<typename Traits::Snapshot> m_added;
};

} // namespace sd
