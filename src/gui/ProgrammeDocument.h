#pragma once

#include "common/Result.h"
#include "storage/ProgrammeStore.h"

#include <QObject>
#include <QString>
#include <memory>

class QUndoStack;

namespace sd {

class Database;

// One open programme file as the window sees it: the database, its store and the undo stack
// every change goes through. Undo commands change the file through store(), then call
// notifyChanged() so that models, pages and the status bar refresh.
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
    static Result<std::unique_ptr<ProgrammeDocument>> create(const QString& path);
    ~ProgrammeDocument() override;

    const QString& path() const;
    // Opened for reading only, because the file cannot be written here; why, in one sentence.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    Database& database();
    ProgrammeStore& store();
    QUndoStack* undoStack() const;

    // Called by undo commands after each redo()/undo(); logs the change (never personal data).
    void notifyChanged(Scope scope, const QString& changeDescription);

Q_SIGNALS:
    void changed(sd::ProgrammeDocument::Scope scope);

private:
    explicit ProgrammeDocument(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgrammeStore> m_store;
    QUndoStack* m_undoStack = nullptr;
    QString m_readOnlyReason;
};

} // namespace sd
