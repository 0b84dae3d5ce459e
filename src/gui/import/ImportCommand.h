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
    ImportCommand(ProgrammeDocument& document, ImportPlan plan);

    const ImportPlan& plan() const { return m_plan; }

protected:
    Status apply() override;
    Status revert() override;

private:
    ImportPlan m_plan;
    std::optional<ImportResult> m_result;
};

} // namespace sd
