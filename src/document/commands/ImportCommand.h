#pragma once

#include "commands/DocumentCommand.h"
#include "import/ImportPlan.h"
#include "import/Importer.h"

#include <optional>

namespace sd {

// A whole import as one step of the undo history: the first run writes the plan in one transaction,
// undo takes out everything it wrote (and gives filled-in fields back their empty values), redo
// writes the same rows again with the same ids.
class ImportCommand : public DocumentCommand
{
public:
    // The list, its options and the plan the user approved: the first run plans again under the
    // write lock and writes only if that plan is the approved one (a conflict otherwise).
    ImportCommand(ProgrammeDocument& document, ImportPlan plan, CsvTable table, ImportOptions options);

    const ImportPlan& plan() const { return m_plan; }

protected:
    Status apply() override;
    Status revert() override;

private:
    ImportPlan m_plan;
    // Kept until the first run has written the list; undo and redo need only the result.
    std::optional<CsvTable> m_table;
    ImportOptions m_options;
    std::optional<ImportResult> m_result;
};

} // namespace sd
