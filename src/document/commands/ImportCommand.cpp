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
    const auto counted = [](const char* text, qint64 n) {
        return QCoreApplication::translate("sd::ImportCommand", text, nullptr, int(n));
    };
    setText(
        QCoreApplication::translate("sd::ImportCommand", "Import %1 (%2, %3, %4)")
            .arg(
                QFileInfo(m_plan.fileName).fileName(),
                counted(QT_TRANSLATE_N_NOOP("sd::ImportCommand", "%n new participant(s)"),
                        counts.newParticipants),
                counted(QT_TRANSLATE_N_NOOP("sd::ImportCommand", "%n enrolment(s)"), counts.newEnrolments),
                counted(QT_TRANSLATE_N_NOOP("sd::ImportCommand", "%n attendance mark(s)"), counts.newMarks)));
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
