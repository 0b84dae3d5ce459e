#include "ProgrammeDocument.h"

#include "storage/Database.h"
#include "storage/FileLocation.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <spdlog/spdlog.h>

namespace sd {

ProgrammeDocument::ProgrammeDocument(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_store(std::make_unique<ProgrammeStore>(*m_database))
    , m_undoStack(new QUndoStack(this))
{
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

Result<std::unique_ptr<ProgrammeDocument>> ProgrammeDocument::create(const QString& path)
{
    Result<std::unique_ptr<Database>> database = Database::create(path);
    if (!database)
        return database.error();
    return std::unique_ptr<ProgrammeDocument>(new ProgrammeDocument(std::move(database.value())));
}

const QString& ProgrammeDocument::path() const
{
    return m_database->path();
}

Database& ProgrammeDocument::database()
{
    return *m_database;
}

ProgrammeStore& ProgrammeDocument::store()
{
    return *m_store;
}

QUndoStack* ProgrammeDocument::undoStack() const
{
    return m_undoStack;
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
