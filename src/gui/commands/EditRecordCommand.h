#pragma once

#include "commands/DocumentCommand.h"
#include "commands/RecordTraits.h"

#include <optional>

namespace sd {

// Changes one record to the value a dialog returned. Undo writes back the record as it was read
// just before the change; redo writes back the record as the change left it (for an activity,
// with the ids its new sessions were given).
template <typename Value>
class EditRecordCommand : public DocumentCommand
{
public:
    using Traits = RecordTraits<Value>;

    EditRecordCommand(ProgrammeDocument& document, Value value)
        : DocumentCommand(document, Traits::scopes())
        , m_value(std::move(value))
    {
        setText(Traits::editText(m_value));
    }

protected:
    Status apply() override
    {
        if (m_after)
            return Traits::restore(store(), *m_after);
        const Id id = Traits::id(m_value);
        Result<typename Traits::Snapshot> before =
            Traits::snapshot(store(), id, ProgrammeStore::SnapshotDepth::Record);
        if (!before)
            return before.error();
        if (Status updated = Traits::update(store(), m_value); !updated)
            return updated;
        Result<typename Traits::Snapshot> after =
            Traits::snapshot(store(), id, ProgrammeStore::SnapshotDepth::Record);
        if (!after) {
            (void)Traits::restore(store(), *before);
            return after.error();
        }
        m_before = *before;
        m_after = *after;
        return {};
    }

    Status revert() override { return Traits::restore(store(), *m_before); }

private:
    Value m_value;
    std::optional<typename Traits::Snapshot> m_before;
    std::optional<typename Traits::Snapshot> m_after;
};

} // namespace sd
