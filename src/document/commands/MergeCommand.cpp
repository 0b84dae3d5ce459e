#include "commands/MergeCommand.h"

#include "storage/Tables.h"

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

Status MergeCommand::keptAsLeft(qint64 expected)
{
    Result<qint64> now = store().versionNow<Participant>(m_keepId);
    if (!now)
        return now.error();
    if (*now == expected)
        return {};
    // Named as the file holds it now, or as the merge left it when it is gone.
    Result<Participant> current = store().participant(m_keepId);
    return ProgrammeStore::changedElsewhere(current ? *current : m_record->keptAfter);
}

Status MergeCommand::apply()
{
    const bool again = m_record.has_value();
    const char* table = tableOf<Participant>().name();
    const qint64 expected = again ? document().versionNow(table, m_keepId, m_versionBefore) : 0;
    qint64 after = 0;
    std::optional<MergeRecord> record;
    const Status written = inOneTransaction(database(), [&]() -> Status {
        // Redo merges again only into the kept record as undo left it.
        if (again) {
            if (Status unchanged = keptAsLeft(expected); !unchanged)
                return unchanged;
        }
        Result<MergeRecord> merged = ParticipantMerge::merge(database(), m_keepId, m_otherId);
        if (!merged)
            return merged.error();
        Result<qint64> version = store().versionNow<Participant>(m_keepId);
        if (!version)
            return version.error();
        after = *version;
        record = std::move(merged).value();
        return {};
    });
    if (!written)
        return written;
    if (again) {
        document().setVersionNow(table, m_keepId, m_versionAfter, after);
    } else {
        m_versionBefore = record->keptBefore.rowVersion;
        m_versionAfter = after;
    }
    m_record = std::move(record);
    return {};
}

Status MergeCommand::revert()
{
    const char* table = tableOf<Participant>().name();
    const qint64 expected = document().versionNow(table, m_keepId, m_versionAfter);
    qint64 after = 0;
    const Status written = inOneTransaction(database(), [&]() -> Status {
        // Someone else changed the kept record since the merge: undo would write over it.
        if (Status unchanged = keptAsLeft(expected); !unchanged)
            return unchanged;
        if (Status undone = ParticipantMerge::undo(database(), *m_record); !undone)
            return undone;
        Result<qint64> version = store().versionNow<Participant>(m_keepId);
        if (!version)
            return version.error();
        after = *version;
        return {};
    });
    if (written)
        document().setVersionNow(table, m_keepId, m_versionBefore, after);
    return written;
}

} // namespace sd
