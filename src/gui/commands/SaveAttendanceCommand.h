#pragma once

#include "commands/DocumentCommand.h"
#include "domain/Records.h"

#include <optional>

namespace sd {

// Saves the attendance dialog's changes: every mark in one transaction. Undo writes back the
// marks as they were ("Mark 12 participants present on 14 Mar 2017").
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

protected:
    Status apply() override;
    Status revert() override;
    QString logDescription() const override;

private:
    QList<Change> m_changes;
    QString m_activityCode;
};

} // namespace sd
