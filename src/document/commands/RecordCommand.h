#pragma once

#include "commands/DocumentCommand.h"
#include "commands/RecordTraits.h"

#include <memory>
#include <optional>

namespace sd {

// Adds, changes or deletes one record of any kind its RecordTraits describe. The step keeps the
// record's state before and after the change, each a snapshot or nothing (no such record): undo
// writes back the one, redo the other, with the same ids, so that the steps above it that refer to
// the record (an enrolment of a new participant) still find it. A delete takes everything that goes
// with the record (DeleteMode::Cascade); the caller has asked first, and undo brings it all back.
template <typename Value>
class RecordCommand : public DocumentCommand
{
public:
    static constexpr const auto& traits = recordTraits<Value>;
    using Snapshot = typename std::remove_cvref_t<decltype(traits)>::Snapshot;

    static std::unique_ptr<RecordCommand> add(ProgrammeDocument& document, Value value)
    {
        const QString text = traits.name(traits.addText, value);
        return std::unique_ptr<RecordCommand>(
            new RecordCommand(document, Change::Add, traits.scopes, std::move(value), 0, text));
    }

    // Changes the record with the value's id to the value (what its dialog returned).
    static std::unique_ptr<RecordCommand> edit(ProgrammeDocument& document, Value value)
    {
        const QString text = traits.name(traits.editText, value);
        const Id id = idOf(value);
        return std::unique_ptr<RecordCommand>(
            new RecordCommand(document, Change::Edit, traits.scopes, std::move(value), id, text));
    }

    static std::unique_ptr<RecordCommand> remove(ProgrammeDocument& document, Id id)
    {
        return std::unique_ptr<RecordCommand>(
            new RecordCommand(document, Change::Delete, traits.deleteScopes, std::nullopt, id, QString()));
    }

    // The record's id; for an add, once the command has run.
    Id recordId() const { return m_id; }

protected:
    Status apply() override
    {
        if (m_made)
            return write(m_after);
        if (Status made = make(); !made)
            return made;
        m_made = true;
        return {};
    }

    Status revert() override { return write(m_before); }

private:
    enum class Change
    {
        Add,
        Edit,
        Delete
    };

    RecordCommand(ProgrammeDocument& document, Change change,
                  std::initializer_list<ProgrammeDocument::Scope> scopes, std::optional<Value> value, Id id,
                  const QString& text)
        : DocumentCommand(document, scopes)
        , m_change(change)
        , m_value(std::move(value))
        , m_id(id)
    {
        setText(text);
    }

    // Puts the record in a state back: its snapshot, or no record at all.
    Status write(const std::optional<Snapshot>& state)
    {
        return state ? traits.restore(store(), *state) : traits.remove(store(), m_id);
    }

    // The change itself, the first time; it notes the states before and after.
    Status make()
    {
        using Depth = ProgrammeStore::SnapshotDepth;
        if (m_change == Change::Delete) {
            Result<Snapshot> before = traits.snapshot(store(), m_id, Depth::WithDependents);
            if (!before)
                return before.error();
            setText(traits.name(traits.deleteText, traits.recordIn(*before)));
            m_before = std::move(before).value();
            return traits.remove(store(), m_id);
        }
        if (m_change == Change::Edit) {
            Result<Snapshot> before = traits.snapshot(store(), m_id, Depth::Record);
            if (!before)
                return before.error();
            m_before = std::move(before).value();
            if (Status updated = traits.update(store(), *m_value); !updated)
                return updated;
        } else {
            Result<Id> added = traits.add(store(), *m_value);
            if (!added)
                return added.error();
            m_id = *added;
        }
        Result<Snapshot> after = traits.snapshot(store(), m_id, Depth::Record);
        if (!after) {
            // Without it the step could not be redone; it is not pushed, so the change is taken back.
            (void)write(m_before);
            return after.error();
        }
        m_after = std::move(after).value();
        return {};
    }

    Change m_change;
    std::optional<Value> m_value; // what an add or an edit writes
    Id m_id = 0;
    std::optional<Snapshot> m_before;
    std::optional<Snapshot> m_after;
    bool m_made = false;
};

} // namespace sd
