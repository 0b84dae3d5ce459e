#pragma once

#include "commands/DocumentCommand.h"
#include "domain/Records.h"
#include "storage/ProgrammeStore.h"

#include <QByteArray>
#include <optional>

namespace sd {

// Saves the attendance dialog's changes: every mark in one transaction. Undo writes back the
// marks as they were ("Mark 12 participants present on 14 Mar 2017").
//
// Another program may change the activity while its sheet is open. Given the state the sheet was
// read from (see stateOf), the first save compares it, inside its write transaction, with what the
// file holds then, and refuses with an ErrorKind::Conflict error (nothing written) when they differ.
class SaveAttendanceCommand : public DocumentCommand
{
public:
    struct Change
    {
        Id enrolmentId = 0;
        Id sessionId = 0;
        std::optional<AttendanceStatus> before; // nullopt: unmarked
        std::optional<AttendanceStatus> after;
    };

    SaveAttendanceCommand(ProgrammeDocument& document, const Activity& activity,
                          const QList<Session>& sessions, QList<Change> changes);

    // The readable name of a set of changes, shown in the undo history.
    static QString describe(const QList<Change>& changes, const QList<Session>& sessions);

    // A digest of what an activity's sheet depends on: its enrolments (and whose they are), its
    // sessions (date and part) and its marks, independent of the order they were read in.
    static QByteArray stateOf(const QList<ProgrammeStore::EnrolledParticipant>& enrolled,
                              const QList<Session>& sessions, const QList<AttendanceMark>& marks);
    // The same digest read from the file now.
    static Result<QByteArray> currentState(const ProgrammeStore& store, Id activityId);

    // The state the sheet was read from: the first apply() refuses if the file holds another.
    void setExpectedState(const QByteArray& state) { m_expectedState = state; }

protected:
    Status apply() override;
    Status revert() override;
    QString logDescription() const override;

private:
    QList<Change> m_changes;
    Id m_activityId = 0;
    QString m_activityCode;
    std::optional<QByteArray> m_expectedState;
};

} // namespace sd
