#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QDialog>
#include <memory>
#include <optional>

class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class AttendanceDialog;
}

namespace sd {

class AttendanceModel;
class AttendanceTotalsModel;
class ProgrammeDocument;
class WalkInDialog;

// The officer's most frequent job: entering an activity's attendance from the sign-in sheets.
// Rows are the enrolled participants, columns the sessions; P, L, E, A and Delete set a mark and
// move down a row, arrows move, a click cycles. Marks stay pending until Save, which writes them
// all in one transaction as one undo step; closing with pending marks asks first.
//
// Walk-ins are pending too: a person who came without registering (WalkInDialog) gets a row at once,
// marked present or late at the session in focus, and Save writes them — the new participant, a new
// institution if one was made for them, their enrolment — with every mark in the same transaction
// and undo step; Cancel drops them with the rest. Enrol participant… writes at once (its own undo
// step), keeping the pending marks and walk-ins.
class AttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(ProgrammeDocument& document, Id activityId, QWidget* parent = nullptr);
    ~AttendanceDialog() override;

    // Whether the activity and its sheet could be read; the dialog shows nothing useful otherwise.
    const Status& loaded() const { return m_loaded; }

    AttendanceModel* sheet() const { return m_sheet; }
    QSortFilterProxyModel* visibleSheet() const { return m_visible; }
    AttendanceTotalsModel* totals() const { return m_totals; }

    // Writes the pending marks and walk-ins as one undo command; false (with a message shown) if refused.
    bool save();
    // Marks and walk-ins not saved yet.
    qsizetype pendingChanges() const;

    void accept() override;

    // Someone else saved changes to the programme: reads the sheet again, keeping the marks and
    // walk-ins not saved yet and the cell in focus.
    void showChangesElsewhere();
    void reject() override;

public Q_SLOTS:
    void enrolParticipants();
    void addWalkIn();
    void markSessionPresent();
    void removeSelectedParticipants();

private:
    void setUpViews();
    void applyStatus(std::optional<AttendanceStatus> status);
    void cycle(const QModelIndex& visibleIndex);
    void filterChanged(const QString& text);
    void reloadAndSelect(Id enrolmentId);
    // After a save refused because others changed some of the same cells: reads the sheet again
    // (keeping the pending marks, the conflicting cells highlighted) and says so.
    void showConflict(const QString& conflict);
    void syncFooter();
    // Warns when the last reload dropped pending marks of participants or sessions now gone.
    void warnDropped();
    void updateButtons();
    QList<QModelIndex> selectedSessionCells() const;
    // The session a walk-in is marked at: the cursor's, else today's, else the first (-1: none).
    int sessionInFocus() const;
    // Puts the walk-in's person on the sheet (or marks them, when they are on it already).
    void takeWalkIn(const WalkInDialog& dialog);
    // A new institution for a walk-in, pending like the walk-in.
    void newInstitution(WalkInDialog* dialog, const QString& name);
    // How the sheet names an institution (acronym, or name), stored or pending.
    QString institutionName(Id id) const;
    void selectRow(int sourceRow, int column);

    std::unique_ptr<Ui::AttendanceDialog> m_ui;
    ProgrammeDocument& m_document;
    Activity m_activity;
    Status m_loaded;
    AttendanceModel* m_sheet = nullptr;
    QSortFilterProxyModel* m_visible = nullptr;
    AttendanceTotalsModel* m_totals = nullptr;
    QList<Institution> m_institutions;    // the file's, read at opening
    QList<Institution> m_newInstitutions; // pending, under stand-in ids
    Id m_nextStandIn = -1;
};

} // namespace sd
