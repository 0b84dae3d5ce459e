#include "ProgrammeDocument.h"

#include "ProgrammeQueries.h"
#include "commands/RecordCommand.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/FileLocation.h"
#include "storage/OnlineBackup.h"
#include "storage/ServerAccess.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <spdlog/spdlog.h>
#include <utility>

namespace sd {

ProgrammeDocument::ProgrammeDocument(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_store(std::make_unique<ProgrammeStore>(*m_database))
    , m_queries(std::make_unique<ProgrammeQueries>(*m_database))
    , m_undoStack(new QUndoStack(this))
{
    // QUndoStack moves its index past a command whether or not the command's undo or redo was
    // written; a step refused for someone else's change is put back here, right after the move.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_keepStackAt < 0)
            return;
        const int index = std::exchange(m_keepStackAt, -1);
        m_undoStack->setIndex(index);
    });
    // Told from inside the statement that failed: whoever listens hears it once that call is over.
    m_database->setConnectionLostHandler([this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isConnectionLost())
                    Q_EMIT connectionLost();
            },
            Qt::QueuedConnection);
    });
}

QString ProgrammeDocument::readOnlyReason() const
{
    if (isConnectionLost())
        return tr("The connection to %1 was lost; nothing can be changed until it is back.")
            .arg(serverName());
    return m_readOnlyReason;
}

bool ProgrammeDocument::isConnectionLost() const
{
    return m_database->connectionLost();
}

QString ProgrammeDocument::serverName() const
{
    const QString host = location().host();
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        return tr("the server on this computer");
    return host;
}

Status ProgrammeDocument::reconnect()
{
    const bool outcomeUnknown = m_database->commitOutcomeUnknown();
    if (Status again = m_database->reconnect(); !again)
        return again;
    if (outcomeUnknown) {
        // The steps were made against contents the server may no longer hold as they name them.
        m_undoStack->clear();
        m_versions.clear();
        spdlog::info("connected again after a change's answer was lost; the undo history was cleared");
    }
    // Not changed(): nothing was changed by this document, and a view that reacts to its own
    // changes (the demo's warning) must not take the reconnection for one.
    Q_EMIT reconnected(!outcomeUnknown);
    return {};
}

qint64 ProgrammeDocument::versionNow(const char* table, Id id, qint64 named) const
{
    return m_versions.value({QByteArray(table), id}).value(named, named);
}

void ProgrammeDocument::setVersionNow(const char* table, Id id, qint64 named, qint64 actual)
{
    if (named > 0)
        m_versions[{QByteArray(table), id}].insert(named, actual);
}

void ProgrammeDocument::keepStackAt(int index)
{
    m_keepStackAt = index;
}

ProgrammeDocument::~ProgrammeDocument() = default;

Result<std::unique_ptr<ProgrammeDocument>> ProgrammeDocument::open(const QString& path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    QString readOnlyReason;
    if (!database) {
        // A file that cannot be written here (a read-only file, folder or disk, a network share) is
        // still shown: opened for reading, with the reason it cannot be changed.
        const FileLocation where = FileLocation::probe(path);
        const bool unwritable = where.exists && where.readable &&
                                (!where.networkFileSystem.isEmpty() || where.readOnlyMount ||
                                 !where.writable || !where.folderWritable);
        if (!unwritable)
            return database.error();
        readOnlyReason = database.error().message;
        Database::Options options;
        options.readOnly = true;
        database = Database::open(path, options);
        if (!database)
            return database.error();
        spdlog::info("opened a programme file for reading only: it cannot be written here");
    }
    auto document = std::unique_ptr<ProgrammeDocument>(new ProgrammeDocument(std::move(database.value())));
    document->m_readOnlyReason = readOnlyReason;
    return document;
}

Result<std::unique_ptr<ProgrammeDocument>> ProgrammeDocument::open(const ProgrammeLocation& location,
                                                                   const QString& password)
{
    if (location.isFile())
        return open(location.filePath());
    Database::Options options;
    options.password = password;
    Result<std::unique_ptr<Database>> database = Database::open(location, options);
    if (!database)
        return database.error();
    auto document = std::unique_ptr<ProgrammeDocument>(new ProgrammeDocument(std::move(database.value())));
    // A role that may not change the programme: the window offers no edit, and says why. The server
    // refuses such changes anyway; this only spares the user a refused attempt.
    const std::optional<ServerRole> role = document->m_database->serverRole();
    if (role == ServerRole::Coordinator)
        document->m_readOnlyReason =
            tr("Your role on %1 is coordinator: you may read and print, not change the "
               "programme. Ask the programme's admin if you need to.")
                .arg(document->displayName());
    else if (role == ServerRole::Evaluator)
        document->m_readOnlyReason =
            tr("Your role on %1 is evaluator: you may read the counts and export the persons pseudonymised, "
               "not "
               "see who they are or change the programme. Ask the programme's admin if you need to.")
                .arg(document->displayName());
    return document;
}

ProgrammeLocation ProgrammeDocument::location() const
{
    return isOnServer() ? m_database->location() : ProgrammeLocation::file(path());
}

bool ProgrammeDocument::isOnServer() const
{
    return m_database->isServer();
}

QString ProgrammeDocument::displayName() const
{
    // A server programme's path is already what it is shown by.
    return isOnServer() ? path() : QFileInfo(path()).fileName();
}

Result<std::unique_ptr<ProgrammeDocument>> ProgrammeDocument::create(const QString& path)
{
    Result<std::unique_ptr<Database>> database = Database::create(path);
    if (!database)
        return database.error();
    return std::unique_ptr<ProgrammeDocument>(new ProgrammeDocument(std::move(database.value())));
}

Result<std::unique_ptr<ProgrammeDocument>>
ProgrammeDocument::create(const QString& path, const std::function<Status(ProgrammeStore&)>& write)
{
    Result<std::unique_ptr<ProgrammeDocument>> created = create(path);
    if (!created)
        return created.error();
    ProgrammeStore& store = created.value()->store();
    Status written = [&store, &write]() -> Status {
        Transaction transaction(store.database());
        if (!transaction.begun())
            return transaction.begun();
        if (Status filled = write(store); !filled)
            return filled;
        return transaction.commit();
    }();
    if (written)
        return created;
    // The file was made here a moment ago and no other program has had a reason to open it; this
    // process's only connection to it closes before its files go.
    const QString createdPath = created.value()->path();
    created.value().reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(createdPath + suffix);
    return written.error();
}

const QString& ProgrammeDocument::path() const
{
    return m_database->path();
}

const QString& ProgrammeDocument::upgradeBackupPath() const
{
    return m_database->backupPath();
}

ProgrammeStore& ProgrammeDocument::store()
{
    return *m_store;
}

const ProgrammeQueries& ProgrammeDocument::queries() const
{
    return *m_queries;
}

QUndoStack* ProgrammeDocument::undoStack() const
{
    return m_undoStack;
}

Result<Id> ProgrammeDocument::addRecord(const RecordValue& value)
{
    return std::visit(
        [this](const auto& record) -> Result<Id> {
            auto command = RecordCommand<std::decay_t<decltype(record)>>::add(*this, record);
            const auto* added = command.get();
            if (Status pushed = DocumentCommand::push(*this, std::move(command)); !pushed)
                return pushed.error();
            return added->recordId();
        },
        value);
}

Status ProgrammeDocument::editRecord(const RecordValue& value)
{
    return std::visit(
        [this](const auto& record) {
            return DocumentCommand::push(*this,
                                         RecordCommand<std::decay_t<decltype(record)>>::edit(*this, record));
        },
        value);
}

Status ProgrammeDocument::deleteRecord(RecordKind kind, Id id, std::optional<qint64> readAt)
{
    return withRecordType(kind, [this, id, readAt]<typename Value>() {
        return DocumentCommand::push(*this, RecordCommand<Value>::remove(*this, id, readAt));
    });
}

Status ProgrammeDocument::saveCopy(const QString& path)
{
    return writeDatabaseCopy(*m_database, path);
}

Status ProgrammeDocument::restoreSnapshot(const QString& snapshotPath, const QString& keepCurrentAs)
{
    if (Status kept = backupDatabase(*m_database, keepCurrentAs); !kept)
        return kept;
    if (Status restored = BackupStore::restore(*m_database, snapshotPath); !restored)
        return restored;
    m_undoStack->clear();
    m_versions.clear();
    return {};
}

Result<ErasureReport> ProgrammeDocument::eraseParticipant(Id participantId, ParticipantErasure::Mode mode)
{
    // Cleared before the erasure, so that no step is left holding the person even when it fails
    // halfway (the file is then as it was, and the history is gone: nothing to bring back).
    m_undoStack->clear();
    m_versions.clear();
    Result<ErasureReport> report =
        ParticipantErasure(*m_database).erase(participantId, mode, QDate::currentDate());
    if (report)
        Q_EMIT changed(Scope::Everything);
    return report;
}

Result<std::unique_ptr<OnlineBackup>> ProgrammeDocument::startOnlineBackup(const QString& target)
{
    return OnlineBackup::start(*m_database, target);
}

Result<qint64> ProgrammeDocument::dataVersion() const
{
    return m_database->dataVersion();
}

void ProgrammeDocument::notifyChanged(Scope scope, const QString& changeDescription)
{
    if (!changeDescription.isEmpty()) {
        if (Status logged = m_store->logChange(QStringLiteral("edit"), changeDescription); !logged)
            spdlog::warn("could not write the change log: {}", logged.error().message.toStdString());
    }
    Q_EMIT changed(scope);
}

} // namespace sd
