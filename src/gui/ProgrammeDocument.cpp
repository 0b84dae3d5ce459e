#include "ProgrammeDocument.h"

#include "storage/Database.h"

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
    if (!database)
        return database.error();
    return std::unique_ptr<ProgrammeDocument>(new ProgrammeDocument(std::move(database.value())));
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
