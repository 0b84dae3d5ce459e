#pragma once

#include "commands/DocumentCommand.h"
#include "domain/Records.h"
#include "storage/ProgrammeStore.h"

#include <QByteArray>
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
// Another program may change the activity while its sheet is open. Given the state the sheet was
// read from (see stateOf), the first save compares it, inside its write transaction, with what the
// file holds then, and refuses with an ErrorKind::Conflict error (nothing written) when they differ.
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

    // A digest of what an activity's sheet depends on: its enrolments (and whose they are), its
    // sessions (date and part) and its marks, independent of the order they were read in.
    static QByteArray stateOf(const ProgrammeStore::AttendanceSheet& sheet);
    // The same digest read from the file now.
    static Result<QByteArray> currentState(const ProgrammeStore& store, Id activityId);

    // The state the sheet was read from: the first apply() refuses if the file holds another.
    void setExpectedState(const QByteArray& state) { m_expectedState = state; }

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

    // The first save: the arrivals, then every mark, their stand-in ids replaced by the new ones.
    Status writeFirst();
    Status writeAgain();
    // The changes with stored ids only (after the first save).
    QList<ProgrammeStore::MarkChange> marks(bool after) const;

    QList<Change> m_changes;
    Arrivals m_arrivals;
    Id m_activityId = 0;
    QString m_activityCode;
    std::optional<QByteArray> m_expectedState;
    std::optional<Written> m_written;
};

} // namespace sd
