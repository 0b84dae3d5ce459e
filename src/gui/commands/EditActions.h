#pragma once

#include "ProgrammeDocument.h"
#include "common/Result.h"
#include "domain/Records.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace sd {

class DocumentCommand;
struct DeleteImpact;

// What the main window's menus, toolbar and context menus call to change the file: each slot
// opens the editing dialog (window-modal, without blocking), and on OK writes the change through
// an undo command; a refused change keeps the dialog open with the store's message. Deletes say
// what would go with the record and ask first (MessageBox seam); they are undoable.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(ProgrammeDocument& document, QWidget* parent);

    // The dialog opened last and still open (tests drive it; the window may raise it).
    QWidget* openDialog() const { return m_openDialog; }

public Q_SLOTS:
    void newProject();
    void editProject(sd::Id id);
    void deleteProject(sd::Id id);
    void newObjective(sd::Id projectId);
    void editObjective(sd::Id id);
    void deleteObjective(sd::Id id);
    void newComponent(sd::Id projectId);
    void editComponent(sd::Id id);
    void deleteComponent(sd::Id id);
    void newActivity(sd::Id projectId);
    void editActivity(sd::Id id);
    void deleteActivity(sd::Id id);
    void newParticipant();
    void editParticipant(sd::Id id);
    void deleteParticipant(sd::Id id);
    void newExpert();
    void editExpert(sd::Id id);
    void deleteExpert(sd::Id id);
    void newInstitution();
    void editInstitution(sd::Id id);
    void deleteInstitution(sd::Id id);
    void openAttendance(sd::Id activityId);
    void enrolParticipants(sd::Id activityId);
    void unenrol(sd::Id activityId, sd::Id participantId);

Q_SIGNALS:
    // A record was added (and is on the undo stack), so the window can select it.
    void recordAdded(sd::ProgrammeDocument::Scope scope, sd::Id id);

private:
    QWidget* parentWidget() const;
    // Shows a dialog window-modal; it deletes itself when closed.
    void show(QWidget* dialog);
    Status push(std::unique_ptr<DocumentCommand> command);
    // Asks a yes/no question (No is the default); true for yes.
    bool confirm(const QString& title, const QString& text);
    // "Delete activity 2.1? 3 sessions, 40 enrolments and 112 attendance marks will be deleted too. …"
    static QString deleteQuestion(const QString& what, const DeleteImpact& impact);
    void reportReadError(const Error& error);

    ProgrammeDocument& m_document;
    QPointer<QWidget> m_openDialog;
};

} // namespace sd
