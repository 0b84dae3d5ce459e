#include "commands/DocumentCommand.h"

#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <spdlog/spdlog.h>
#include <utility>

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

QString DocumentCommand::logText(bool undoing) const
{
    return undoing ? QCoreApplication::translate("sd::DocumentCommand", "undo: %1").arg(logDescription())
                   : logDescription();
}

Status DocumentCommand::logInTransaction(bool undoing)
{
    if (Status logged = store().logChange(QStringLiteral("edit"), logText(undoing)); !logged)
        return logged;
    m_loggedInTransaction = true;
    return {};
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
    if (std::exchange(m_stepBack, false))
        return;
    if (m_appliedBeforePush) {
        m_appliedBeforePush = false;
        finish(Status(), false);
        return;
    }
    finish(apply(), false);
}

void DocumentCommand::undo()
{
    if (std::exchange(m_stepBack, false))
        return;
    finish(revert(), true);
}

void DocumentCommand::finish(const Status& written, bool undoing)
{
    const bool logged = std::exchange(m_loggedInTransaction, false);
    if (!written && written.error().kind == ErrorKind::ChangedElsewhere) {
        // Someone else changed the record since: the file keeps their change, and the step stays
        // where it was, to be undone (or redone) once they have taken theirs back. The message may
        // name a person, so only what happened goes to the log.
        spdlog::warn("{} refused: the record was changed elsewhere", undoing ? "undo" : "redo");
        QUndoStack* stack = m_document.undoStack();
        m_stepBack = true;
        m_document.keepStackAt(stack->index());
        const QString message =
            undoing
                ? QCoreApplication::translate("sd::DocumentCommand",
                                              "“%1” was not undone: %2 The step stays in the undo history.")
                : QCoreApplication::translate("sd::DocumentCommand",
                                              "“%1” was not redone: %2 The step stays in the undo history.");
        Q_EMIT m_document.commandFailed(
            undoing ? QCoreApplication::translate("sd::DocumentCommand", "Undo refused")
                    : QCoreApplication::translate("sd::DocumentCommand", "Redo refused"),
            message.arg(text(), written.error().message));
        return;
    }
    if (!written) {
        // The store rolled the write back, so the file is as it was; the stack drops this command
        // because its snapshots no longer match the file.
        if (written.error().kind == ErrorKind::Database)
            spdlog::error("{} failed: {}", undoing ? "undo" : "redo", written.error().message.toStdString());
        else
            spdlog::error("{} failed: the store refused the write", undoing ? "undo" : "redo");
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
    const QString description = logged ? QString() : logText(undoing);
    for (qsizetype i = 0; i < m_scopes.size(); ++i)
        m_document.notifyChanged(m_scopes[i], i == 0 ? description : QString());
}

} // namespace sd
