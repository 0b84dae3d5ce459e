#pragma once

#include "commands/DocumentCommand.h"
#include "commands/RecordTraits.h"
#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/RecordMerge.h"
#include "storage/Tables.h"

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace sd {
namespace detail {

// The row a record's value is stored in: an activity's own row for its value (with its sessions and
// experts), the record itself otherwise.
template <typename V>
const auto& rowOf(const V& value)
{
    if constexpr (requires { value.activity; })
        return value.activity;
    else
        return value;
}

} // namespace detail

// Adds, changes or deletes one record of any kind its RecordTraits describe. The step keeps the
// record's state before and after the change, each a snapshot or nothing (no such record): undo
// writes back the one, redo the other, with the same ids, so that the steps above it that refer to
// the record (an enrolment of a new participant) still find it. A delete takes everything that goes
// with the record (DeleteMode::Cascade); the caller has asked first, and undo brings it all back.
//
// The step also keeps the versions its record was at before and after it was made. Undo and redo
// first compare the one they start from (as this document's own later undos and redos have moved it
// on, see ProgrammeDocument::versionNow) with the version the file holds, inside their write
// transaction: when someone else has changed (or deleted, or brought back) the record since, nothing
// is written and the error is ErrorKind::ChangedElsewhere, so that their change is never silently
// written over.
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

    // Deletes the record; given the version it was read at, only if nobody has changed it since.
    static std::unique_ptr<RecordCommand> remove(ProgrammeDocument& document, Id id,
                                                 std::optional<qint64> readAt = std::nullopt)
    {
        auto command = std::unique_ptr<RecordCommand>(
            new RecordCommand(document, Change::Delete, traits.deleteScopes, std::nullopt, id, QString()));
        command->m_readAt = readAt;
        return command;
    }

    // The record's id; for an add, once the command has run.
    Id recordId() const { return m_id; }

    using Row = std::remove_cvref_t<decltype(detail::rowOf(std::declval<const Value&>()))>;

protected:
    Status apply() override
    {
        if (m_made)
            return writeChecked(m_after, false);
        // A delete is its store's own transaction, so that the log is emptied of a person after it.
        if (Status made = m_change == Change::Delete
                              ? make()
                              : inOneTransaction(database(),
                                                 [this]() -> Status {
                                                     if (Status written = make(); !written)
                                                         return written;
                                                     return logInTransaction(false);
                                                 });
            !made)
            return made;
        m_made = true;
        return {};
    }

    Status revert() override { return writeChecked(m_before, true); }

    // The record's table, id, code and the names of the fields the change made differ; no value
    // (storage/ChangeHistory reads it back as a sentence).
    QString logDescription() const override
    {
        using Kind = ChangeHistory::Change;
        const Kind kind = m_change == Change::Add      ? Kind::Added
                          : m_change == Change::Delete ? Kind::Deleted
                                                       : Kind::Changed;
        const std::optional<Snapshot>& known = m_after ? m_after : m_before;
        const QString code = known && traits.label ? traits.label(traits.recordIn(*known)) : QString();
        QStringList fields;
        if (kind == Kind::Changed && m_before && m_after) {
            const Row& before = detail::rowOf(traits.recordIn(*m_before));
            const Row& after = detail::rowOf(traits.recordIn(*m_after));
            for (const FieldVersions& field : fieldVersions(before, after, after)) {
                if (field.mineChanged)
                    fields.append(QString::fromLatin1(field.column));
            }
        }
        return ChangeHistory::describe(kind, tableOf<Row>().name(), m_id, code, fields);
    }

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
        return state ? traits.restore(store(), *state) : traits.remove(store(), m_id, std::nullopt);
    }

    // The version the record is at in the file now (0: there is none).
    Result<qint64> versionNow() const { return store().template versionNow<Row>(m_id); }

    // Undo and redo: write the state only over the record as this step left it.
    Status writeChecked(const std::optional<Snapshot>& state, bool undoing)
    {
        // The states this step goes between are named by the versions they had when it was made; the
        // document knows which version each of them is at now, after its own undos and redos.
        const char* table = tableOf<Row>().name();
        const qint64 expected =
            document().versionNow(table, m_id, undoing ? m_versionAfter : m_versionBefore);
        qint64 after = 0;
        Status written = inOneTransaction(database(), [&]() -> Status {
            Result<qint64> now = versionNow();
            if (!now)
                return now.error();
            if (*now != expected) {
                // Named as the file holds it now, or as this step knew it when it is gone.
                Result<Row> current = store().template get<Row>(m_id);
                if (current)
                    return ProgrammeStore::changedElsewhere(*current);
                const std::optional<Snapshot>& known = m_after ? m_after : m_before;
                Row named = known ? detail::rowOf(traits.recordIn(*known)) : Row{};
                named.id = m_id;
                return ProgrammeStore::changedElsewhere(named);
            }
            if (Status put = write(state); !put)
                return put;
            Result<qint64> version = versionNow();
            if (!version)
                return version.error();
            after = *version;
            return logInTransaction(undoing);
        });
        if (!written)
            return written;
        document().setVersionNow(table, m_id, undoing ? m_versionBefore : m_versionAfter, after);
        // A person deleted again (redo of a delete, undo of an add): their bytes leave the log too.
        if (!state && tableOf<Row>().options().personal)
            database().truncateWriteAheadLog();
        return written;
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
            // The store checks the version under its write lock: a change made after the snapshot
            // was read is not deleted either.
            const qint64 readAt = m_readAt.value_or(detail::rowOf(traits.recordIn(*before)).rowVersion);
            m_before = std::move(before).value();
            m_versionBefore = readAt;
            m_versionAfter = 0;
            return traits.remove(store(), m_id, readAt);
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
        if (!after) // without it the step could not be redone; the transaction takes the change back
            return after.error();
        if (m_before)
            m_versionBefore = detail::rowOf(traits.recordIn(*m_before)).rowVersion;
        m_versionAfter = detail::rowOf(traits.recordIn(*after)).rowVersion;
        m_after = std::move(after).value();
        return {};
    }

    Change m_change;
    std::optional<Value> m_value; // what an add or an edit writes
    Id m_id = 0;
    std::optional<Snapshot> m_before;
    std::optional<Snapshot> m_after;
    bool m_made = false;
    // The versions the record was at before and after this step was made (0: no record).
    qint64 m_versionBefore = 0;
    qint64 m_versionAfter = 0;
    // The version a delete was asked for at, when the caller knows it.
    std::optional<qint64> m_readAt;
};

} // namespace sd
