#pragma once

#include "ProgrammeDocument.h"
#include "RecordKind.h"
#include "common/Result.h"
#include "domain/Records.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace sd {

struct DeleteImpact;
class RecordDialog;

// What the main window's menus, toolbar and context menus call to change the file. New and Edit
// open the record's editing dialog (window-modal, without blocking) and on OK write the change
// through the document, as one step of the undo history; a refused change keeps the dialog open
// with the store's message. Delete says what would go with the record and asks first (MessageBox
// seam); it is undoable. Every kind of record is handled alike, from one table of its dialog and
// its wording.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(ProgrammeDocument& document, QWidget* parent);

    // The dialog opened last and still open (tests drive it; the window may raise it).
    QWidget* openDialog() const { return m_openDialog; }

public Q_SLOTS:
    // projectId: the project a new objective, component or activity belongs to.
    void newRecord(sd::RecordKind kind, sd::Id projectId = 0);
    void editRecord(sd::RecordKind kind, sd::Id id);
    void deleteRecord(sd::RecordKind kind, sd::Id id);
    void openAttendance(sd::Id activityId);
    // The evaluation sheet; an activity without an evaluation design says where to give it one.
    void openEvaluation(sd::Id activityId);
    void enrolParticipants(sd::Id activityId);
    void unenrol(sd::Id activityId, sd::Id participantId);

Q_SIGNALS:
    // A record was added (and is on the undo stack), so the window can show it.
    void recordAdded(sd::RecordKind kind, sd::Id id);
    // The officer asked to see a record rather than add a new one (a probable duplicate's page).
    void openRecordRequested(sd::RecordKind kind, sd::Id id);
    // A short note for the status bar (an edit merged with someone else's change).
    void statusMessage(const QString& text);

private:
    QWidget* parentWidget() const;
    // Shows a dialog window-modal; it deletes itself when closed.
    void show(QWidget* dialog);
    // Asks a yes/no question (No is the default); true for yes.
    bool confirm(const QString& title, const QString& text);
    // Why the record cannot be deleted at all (empty: it can).
    Result<QString> deleteRefusal(const RecordValue& record);
    // "Delete activity 2.1? 3 sessions, 40 enrolments and 112 attendance marks will be deleted too. …"
    static QString deleteQuestion(const RecordValue& record, const DeleteImpact& impact);
    static QString deleteQuestion(const QString& what, const DeleteImpact& impact);
    void reportReadError(const Error& error);
    // The programme cannot be changed now (see ProgrammeDocument::isReadOnly): says why, returns true.
    bool refusedWhileReadOnly();
    // Lets the dialog's institution fields offer "New institution…": the institution dialog, over
    // the dialog, adds one as a step of the undo history and the field takes it.
    void offerNewInstitutions(RecordDialog* dialog);
    void newInstitution(QWidget* over, const QString& name,
                        const std::function<void(const Institution&)>& added);

    ProgrammeDocument& m_document;
    QPointer<QWidget> m_openDialog;
};

} // namespace sd
