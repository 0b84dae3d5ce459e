#pragma once

#include "ProgrammeDocument.h"
#include "common/Result.h"

#include <QList>
#include <QUndoCommand>
#include <functional>
#include <memory>

namespace sd {

class Database;
class ProgrammeStore;

// Runs write inside one transaction (a savepoint inside another): all of it is written, or nothing.
Status inOneTransaction(Database& database, const std::function<Status()>& write);

// One change to the programme file on the document's undo stack. The change runs once before the
// command is pushed, so a change the store refuses never reaches the stack; undo and redo then
// write back snapshots through the store. After each, the document is told what changed; when one
// fails, the document's commandFailed() says so (a command never shows anything itself).
//
// Another program may change the same records meanwhile. A command that knows the version its
// record is at after its own write (RecordCommand) refuses to undo or redo over someone else's change
// (ErrorKind::ChangedElsewhere): nothing is written and the step stays where it was in the history.
// Any other failed write (the database refused it: one transaction, nothing written) drops the step
// from the history with a message. The file is never left half-written either way.
class DocumentCommand : public QUndoCommand
{
public:
    ~DocumentCommand() override;

    // Runs the command's change and, only if it was written, pushes it onto the document's stack.
    static Status push(ProgrammeDocument& document, std::unique_ptr<DocumentCommand> command);

    void redo() final;
    void undo() final;

protected:
    DocumentCommand(ProgrammeDocument& document, QList<ProgrammeDocument::Scope> scopes);

    ProgrammeDocument& document() const { return m_document; }
    ProgrammeStore& store() const;
    // For a change that spans several store calls in one transaction, or writes in bulk.
    Database& database() const;

    // Writes the change: the first call makes it, later calls (redo) write back its result.
    virtual Status apply() = 0;
    // Writes back the state before the change.
    virtual Status revert() = 0;
    // What the change log says: never personal data. The undo text unless a command says otherwise.
    virtual QString logDescription() const;
    // Writes the change log's entry inside the command's own write transaction, so that a change is
    // never committed without it (a busy file would otherwise refuse the entry written after); the
    // step then logs nothing more when it finishes.
    Status logInTransaction(bool undoing);

private:
    void finish(const Status& written, bool undoing);
    // The change log's words for the step: "undo: " before the description when undoing.
    QString logText(bool undoing) const;

    ProgrammeDocument& m_document;
    QList<ProgrammeDocument::Scope> m_scopes;
    bool m_appliedBeforePush = false;
    // The next undo() or redo() is the stack stepping back over a refused one: nothing to write.
    bool m_stepBack = false;
    // The entry of the write being finished was written with it (logInTransaction).
    bool m_loggedInTransaction = false;
};

} // namespace sd
