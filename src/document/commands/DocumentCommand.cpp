#include "commands/DocumentCommand.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <spdlog/spdlog.h>

namespace sd {

Status inOneTransaction(Database& database, const std::function<Status()>& write)
{
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    if (Status written = write(); !written)
        return written;
    return transaction.commit();
}

DocumentCommand::DocumentCommand(ProgrammeDocument& document, QList<ProgrammeDocument::Scope> scopes)
    : m_document(document)
    , m_scopes(std::move(scopes))
{
}

DocumentCommand::~DocumentCommand() = default;

ProgrammeStore& DocumentCommand::store() const
{
    return m_document.store();
}

Database& DocumentCommand::database() const
{
    return m_document.store().database();
}

QString DocumentCommand::logDescription() const
{
    return text();
}

Status DocumentCommand::push(ProgrammeDocument& document, std::unique_ptr<DocumentCommand> command)
{
    if (Status written = command->apply(); !written)
        return written;
    command->m_appliedBeforePush = true;
    document.undoStack()->push(command.release()); // calls redo(), which only notifies this time
    return {};
}

void DocumentCommand::redo()
{
    if (m_appliedBeforePush) {
        m_appliedBeforePush = false;
        finish(Status(), false);
        return;
    }
    finish(apply(), false);
}

void DocumentCommand::undo()
{
    finish(revert(), true);
}

void DocumentCommand::finish(const Status& written, bool undoing)
{
    if (!written) {
        // The store rolled the write back, so the file is as it was; the stack drops this command
        // because its snapshots no longer match the file.
        spdlog::error("{} failed: {}", undoing ? "undo" : "redo", written.error().message.toStdString());
        setObsolete(true);
        const QString message = undoing
                                    ? QCoreApplication::translate(
                                          "sd::DocumentCommand",
                                          "“%1” could not be undone: %2 The file is unchanged; the step was "
                                          "taken off the undo history.")
                                    : QCoreApplication::translate(
                                          "sd::DocumentCommand",
                                          "“%1” could not be redone: %2 The file is unchanged; the step was "
                                          "taken off the undo history.");
        Q_EMIT m_document.commandFailed(
            undoing ? QCoreApplication::translate("sd::DocumentCommand", "Undo failed")
                    : QCoreApplication::translate("sd::DocumentCommand", "Redo failed"),
            message.arg(text(), written.error().message));
        return;
    }
    const QString description =
        undoing ? QCoreApplication::translate("sd::DocumentCommand", "undo: %1").arg(logDescription())
                : logDescription();
    for (qsizetype i = 0; i < m_scopes.size(); ++i)
        m_document.notifyChanged(m_scopes[i], i == 0 ? description : QString());
}

} // namespace sd
