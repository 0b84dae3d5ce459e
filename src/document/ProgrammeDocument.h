#pragma once

#include "RecordKind.h"
#include "common/Result.h"
#include "privacy/ParticipantErasure.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ProgrammeStore.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace sd {

class Database;
class OnlineBackup;
class ProgrammeQueries;

// One open programme file: the database, its store, the undo stack every change goes through and
// the queries every view reads through. Changes are undo commands (see DocumentCommand) that write
// through store() and then call notifyChanged(), so that models, pages and the status bar refresh.
// Nothing here shows anything: a step that cannot be undone or redone is reported by
// commandFailed(), and the window says so.
class ProgrammeDocument : public QObject
{
    Q_OBJECT

public:
    // What a change touched, so views refresh only what they show.
    enum class Scope
    {
        Project,
        Activities,
        Participants,
        Experts,
        Institutions,
        Attendance,
        Everything
    };
    Q_ENUM(Scope)

    static Result<std::unique_ptr<ProgrammeDocument>> open(const QString& path);
    // A programme where it lives: a file as above, or a database on a server. The password, when
    // given, is the one a dialog asked for (else libpq's ~/.pgpass or a service entry).
    static Result<std::unique_ptr<ProgrammeDocument>> open(const ProgrammeLocation& location,
                                                           const QString& password = {});
    static Result<std::unique_ptr<ProgrammeDocument>> create(const QString& path);
    // A new file at path holding what write puts into it, in one transaction, before the document
    // has any history: the undo history starts with the user's first change, so that Undo never
    // takes a new programme (or the demo) back to an empty file. On any failure nothing is left at path.
    static Result<std::unique_ptr<ProgrammeDocument>>
    create(const QString& path, const std::function<Status(ProgrammeStore&)>& write);
    ~ProgrammeDocument() override;

    const QString& path() const;
    // Where the programme lives (a file's path or a server's address, never a password).
    ProgrammeLocation location() const;
    bool isOnServer() const;
    // How the window names the programme: the file's name, or where on which server and as whom
    // ("mexico-ii on db.example.org as mlopez").
    QString displayName() const;
    // Opened for reading only, because the file cannot be written here, or, on a server, the
    // connection is lost until reconnect(); why, in one sentence.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty() || isConnectionLost(); }
    QString readOnlyReason() const;
    // Where opening an older file kept its copy before upgrading it (empty when none was needed).
    const QString& upgradeBackupPath() const;

    ProgrammeStore& store();
    const ProgrammeQueries& queries() const;
    QUndoStack* undoStack() const;

    // ---- records, each change one step of the undo history ----
    // A change is written before it is pushed: one the store refuses returns its error and leaves
    // the file and the history as they were.

    // Adds the record; returns its id.
    Result<Id> addRecord(const RecordValue& value);
    // Writes the record over the one with its id.
    Status editRecord(const RecordValue& value);
    // Deletes the record with everything that goes with it; undo brings all back with the same ids.
    // Given the version the record was read at, a record someone else has changed since is left
    // alone (ErrorKind::ChangedElsewhere).
    Status deleteRecord(RecordKind kind, Id id, std::optional<qint64> readAt = std::nullopt);

    // ---- the whole file, outside the undo history ----

    // Writes a consistent, compacted copy of the file to path; the file itself is not changed.
    Status saveCopy(const QString& path);
    // Replaces everything in the file with a snapshot (see BackupStore), after copying what it holds
    // now to keepCurrentAs. The undo history is cleared: it describes contents the file no longer holds.
    Status restoreSnapshot(const QString& snapshotPath, const QString& keepCurrentAs);
    // Erases a participant (privacy/ParticipantErasure), which cannot be undone. The undo history is
    // cleared whatever happens: its steps hold snapshots of the person (names, email, comments) that
    // an undo or redo would write back. Then changed(Everything).
    Result<ErasureReport> eraseParticipant(Id participantId, ParticipantErasure::Mode mode);
    // Starts an online copy of the file to target on the document's connection, to be stepped by the
    // caller (see SnapshotTaker).
    Result<std::unique_ptr<OnlineBackup>> startOnlineBackup(const QString& target);
    // Changes other connections committed since this one last looked (SQLite's data_version).
    Result<qint64> dataVersion() const;

    // ---- a server connection lost while working ----
    // A statement found the server connection gone: nothing can be read or written until reconnect().
    bool isConnectionLost() const;
    // Where the connection goes to, as a sentence names it: the server's host, or "the server on
    // this computer" for a local socket.
    QString serverName() const;
    // Connects to the same database again, as the same user with the password given when it was
    // opened (kept in memory only). Nothing is written and no change is tried again. The undo history
    // is kept, since each step checks the row versions before it writes, unless a change's COMMIT was
    // in flight when the connection went: what the server holds then is unknown here, and the history
    // is cleared. Then reconnected(), on which every view reads the server again.
    Status reconnect();

    // Called by undo commands after each redo()/undo(); logs the change (never personal data).
    void notifyChanged(Scope scope, const QString& changeDescription);
    // The version a record's state is at now. Undo steps name the states of a record by the version
    // each had when the step was made; every undo or redo gives the state it writes back a new
    // version, which the document remembers here, so that the next step down the history finds the
    // record as this document left it. Unknown: the state is still at the version it is named by.
    qint64 versionNow(const char* table, Id id, qint64 named) const;
    void setVersionNow(const char* table, Id id, qint64 named, qint64 actual);
    // Called by an undo command whose undo or redo was refused because someone else changed its
    // record since: the undo stack is put back at `index` (where it was before), so that the step
    // stays where it was in the history.
    void keepStackAt(int index);

Q_SIGNALS:
    void changed(sd::ProgrammeDocument::Scope scope);
    // An undo or redo could not be written: the file is unchanged, and the step has left the history
    // (or, when someone else changed its record since, stays where it was).
    void commandFailed(const QString& title, const QString& message);
    // A statement found the server connection gone (told once per loss, after the failing call has
    // returned). Nothing is written until reconnect().
    void connectionLost();
    // Connected again after connectionLost(). historyKept is false when a change may or may not have
    // reached the server before the loss and the undo history was cleared. Whatever lives on the
    // connection (prepared statements, subscriptions) must be set up again on the new one.
    void reconnected(bool historyKept);

private:
    explicit ProgrammeDocument(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgrammeStore> m_store;
    std::unique_ptr<ProgrammeQueries> m_queries;
    QUndoStack* m_undoStack = nullptr;
    QString m_readOnlyReason;
    int m_keepStackAt = -1;
    // (table, id) → the version each named state of the record is at now (see versionNow).
    QHash<QPair<QByteArray, Id>, QHash<qint64, qint64>> m_versions;
};

} // namespace sd
