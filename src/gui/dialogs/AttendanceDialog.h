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

// The officer's most frequent job: entering an activity's attendance from the sign-in sheets.
// Rows are the enrolled participants, columns the sessions; P, L, E, A and Delete set a mark and
// move down a row, arrows move, a click cycles. Marks stay pending until Save, which writes them
// all in one transaction as one undo step; closing with pending marks asks first. Enrolments and
// walk-ins are written at once (each its own undo step), keeping the pending marks.
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

    // Writes the pending marks as one undo command; false (with a message shown) if refused.
    bool save();

    void accept() override;
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
    // After a save refused because another program changed the activity: reload (keeping the
    // pending marks) or leave the sheet as it is.
    void offerReload(const QString& conflict);
    void syncFooter();
    void updateButtons();
    QList<QModelIndex> selectedSessionCells() const;

    std::unique_ptr<Ui::AttendanceDialog> m_ui;
    ProgrammeDocument& m_document;
    Activity m_activity;
    Status m_loaded;
    AttendanceModel* m_sheet = nullptr;
    QSortFilterProxyModel* m_visible = nullptr;
    AttendanceTotalsModel* m_totals = nullptr;
};

} // namespace sd
