#include "commands/ImportCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

ImportCommand::ImportCommand(ProgrammeDocument& document, ImportPlan plan, CsvTable table,
                             ImportOptions options)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Everything})
    , m_plan(std::move(plan))
    , m_table(std::move(table))
    , m_options(std::move(options))
{
    const ImportCounts counts = m_plan.counts();
    setText(QCoreApplication::translate("sd::ImportCommand",
                                        "Import %1 (%2 new participants, %3 enrolments, %4 "
                                        "attendance marks)")
                .arg(QFileInfo(m_plan.fileName).fileName())
                .arg(counts.newParticipants)
                .arg(counts.newEnrolments)
                .arg(counts.newMarks));
}

Status ImportCommand::apply()
{
    if (m_result)
        return Importer::redo(database(), *m_result);
    Importer importer(database());
    Result<ImportRun> written =
        importer.run(*m_table, m_plan.fileName, m_options,
                     Importer::acceptOnly(m_plan, QFileInfo(document().path()).fileName()));
    if (!written)
        return written.error();
    m_result = std::move(written->result);
    m_table.reset();
    return {};
}

Status ImportCommand::revert()
{
    return Importer::undo(database(), *m_result);
}

} // namespace sd
