#pragma once

#include "commands/DocumentCommand.h"
#include "domain/Records.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <optional>

namespace sd {

// Saves the attendance dialog's changes: every mark in one transaction. Undo writes back the
// marks as they were ("Mark 12 participants present on 14 Mar 2017").
//
// The sheet's walk-ins go in the same transaction and the same step: the people added on the spot
// (with a new institution when one was created for them) and the stored people enrolled on the
// spot, with their marks. Until then they exist only on the sheet, under stand-in ids below zero;
// the first save gives them ids, undo takes them out of the file again with their marks, and redo
// writes them back with the same ids, so that later steps that refer to them still apply.
//
// Others may mark the same activity while its sheet is open (another window, another officer on the
// server). Each change states the mark it started from (before) and the mark it writes (after), and
// the save merges cell by cell, inside its write transaction (the marks read in bulk, under
// ProgrammeStore::lockAttendance): a cell whose mark in the file is still `before`, or is `after`
// already (the other made the same change), goes through; a cell someone else set to a third mark, or
// whose enrolment or session is gone, is a conflict. One conflict and nothing at all is written
// (ErrorKind::ChangedElsewhere, naming the cells), so that a save is never half applied; the sheet then
// reads the file again and the officer saves again. Cells the sheet did not change are never written,
// so others' marks there stay as they are.
//
// Undo and redo check the same way: undo writes `before` only over cells that still hold `after` (or
// hold `before` already), redo the other way round; otherwise the step is refused with
// ErrorKind::ChangedElsewhere and stays in the history (DocumentCommand).
class SaveAttendanceCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(sd::SaveAttendanceCommand)

public:
    struct Change
    {
        Id enrolmentId = 0; // below zero: an enrolment of Arrivals, by its stand-in id
        Id sessionId = 0;
        std::optional<AttendanceStatus> before; // nullopt: unmarked
        std::optional<AttendanceStatus> after;
    };

    // The walk-ins of the sheet, each record under a stand-in id below zero (a different one for each).
    struct Arrivals
    {
        // New institutions (their parent, if any, a stored one or a new one earlier in the list).
        QList<Institution> institutions;
        // New participants; their institution a stored one or a stand-in of institutions.
        QList<Participant> participants;
        // New enrolments in the activity, of a new participant (stand-in) or of a stored one.
        QList<Enrolment> enrolments;

        bool isEmpty() const
        {
            return institutions.isEmpty() && participants.isEmpty() && enrolments.isEmpty();
        }
    };

    SaveAttendanceCommand(ProgrammeDocument& document, const Activity& activity,
                          const QList<Session>& sessions, QList<Change> changes, Arrivals arrivals = {});

    // The readable name of a set of changes, shown in the undo history.
    static QString describe(const QList<Change>& changes, const QList<Session>& sessions);
    static QString describe(const QList<Change>& changes, const QList<Session>& sessions,
                            const Arrivals& arrivals, const QString& activityCode);

    // The changes as the step writes them (after the first save: with the walk-ins' stored ids).
    const QList<Change>& changes() const { return m_changes; }

protected:
    Status apply() override;
    Status revert() override;
    QString logDescription() const override;

private:
    // What the first save wrote for the arrivals, for redo to write back with the same ids.
    struct Written
    {
        QList<Institution> institutions;
        QList<ProgrammeStore::ParticipantSnapshot> participants;
        QList<Enrolment> enrolments;
    };

    enum class Step
    {
        Save,
        Undo,
        Redo
    };
    // Inside the step's write transaction: ErrorKind::ChangedElsewhere when a cell the step writes was
    // changed by someone else (see above). A first save drops the cells that hold its mark already.
    Status checkCells(Step step);

    // The first save: the arrivals, then every mark, their stand-in ids replaced by the new ones.
    Status writeFirst();
    Status writeAgain();
    // The changes with stored ids only (after the first save).
    QList<ProgrammeStore::MarkChange> marks(bool after) const;

    QList<Change> m_changes;
    Arrivals m_arrivals;
    Id m_activityId = 0;
    QString m_activityCode;
    std::optional<Written> m_written;
};

} // namespace sd
