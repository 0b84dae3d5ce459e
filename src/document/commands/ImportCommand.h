#pragma once

#include "commands/DocumentCommand.h"
#include "import/ImportPlan.h"
#include "import/Importer.h"

#include <optional>

namespace sd {

// A whole import as one step of the undo history: the first run writes the plan in one transaction,
// undo takes out everything it wrote (and gives filled-in fields back their empty values), redo
// writes the same rows again with the same ids.
//
// Undo and redo first compare, inside their write transaction, the versions of the participants and
// institutions the import added or filled in with the versions this step left them at (as
// RecordCommand does for one record): when someone else has changed one since, nothing is written,
// the error is ErrorKind::ChangedElsewhere and the step stays in the history. One read per record.
class ImportCommand : public DocumentCommand
{
public:
    // The list, its options and the plan the user approved: the first run plans again under the
    // write lock and writes only if that plan is the approved one (a conflict otherwise).
    ImportCommand(ProgrammeDocument& document, ImportPlan plan, CsvTable table, ImportOptions options);

    const ImportPlan& plan() const { return m_plan; }

    // A record the import wrote: the versions it was at before the import (0: it added it) and after.
    struct Version
    {
        Id id = 0;
        qint64 before = 0;
        qint64 after = 0;
    };

protected:
    Status apply() override;
    Status revert() override;

private:
    Status writeChecked(bool undoing);
    template <typename R>
    Status unchangedSince(const QList<Version>& records, bool undoing) const;
    // After an undo or redo: the version each state the records went to is at now.
    template <typename R>
    Status noteVersions(const QList<Version>& records, bool undoing) const;

    ImportPlan m_plan;
    // Kept until the first run has written the list; undo and redo need only the result.
    std::optional<CsvTable> m_table;
    ImportOptions m_options;
    std::optional<ImportResult> m_result;
    QList<Version> m_participants;
    QList<Version> m_institutions;
};

} // namespace sd
