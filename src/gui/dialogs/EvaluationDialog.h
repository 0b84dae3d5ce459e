#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QDialog>
#include <QTableView>

class QDialogButtonBox;
class QLabel;

namespace sd {

class EvaluationModel;
class ProgrammeDocument;

// The evaluation grid's keyboard, as fast as attendance: typing starts editing the cell, Enter keeps
// the value and moves down a row (the next person's same answer), Tab moves right, Delete or
// Backspace clears the selected cells. A value the sheet refuses keeps the cursor on its cell.
class EvaluationTableView : public QTableView
{
    Q_OBJECT

public:
    explicit EvaluationTableView(QWidget* parent = nullptr);

    // The model refused the value just typed: the cursor stays on its cell.
    void noteRefused() { m_refused = true; }
    // Takes the value being typed, if any, as Enter would but without moving.
    void commitEditing();

Q_SIGNALS:
    void clearRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool m_refused = false;
};

// An activity's evaluation answers, entered from the forms: one row for each enrolled person, the
// columns its design asks for. Answers stay pending until Save, which writes them all in one
// transaction as one undo step; someone else's change to a row being saved is a conflict shown in
// the grid, never overwritten unseen; closing with pending answers asks first.
class EvaluationDialog : public QDialog
{
    Q_OBJECT

public:
    EvaluationDialog(ProgrammeDocument& document, Id activityId, QWidget* parent = nullptr);

    const Status& loaded() const { return m_loaded; }
    EvaluationModel* sheet() const { return m_sheet; }
    EvaluationTableView* view() const { return m_view; }
    // The reason the last typed value was refused, or the last save's outcome.
    QString message() const;

    // Writes the pending answers as one undo command; false (with a message shown) if refused.
    bool save();
    qsizetype pendingChanges() const;

    void accept() override;
    void reject() override;
    // Someone else saved changes to the programme: reads the sheet again, keeping pending answers.
    void showChangesElsewhere();

private:
    void clearSelected();
    void showConflict(const QString& conflict);
    void warnDropped();
    void updateTitle();

    ProgrammeDocument& m_document;
    Id m_activityId = 0;
    Status m_loaded;
    EvaluationModel* m_sheet = nullptr;
    EvaluationTableView* m_view = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    int m_refusals = 0; // values the sheet refused so far
};

} // namespace sd
