#include "commands/WalkInCommand.h"

#include <QCoreApplication>

namespace sd {

WalkInCommand::WalkInCommand(ProgrammeDocument& document, const Activity& activity, Participant participant)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Participants, ProgrammeDocument::Scope::Attendance,
                                 ProgrammeDocument::Scope::Activities})
    , m_activityId(activity.id)
    , m_participant(std::move(participant))
{
    setText(QCoreApplication::translate("sd::WalkInCommand", "Add a walk-in participant to %1")
                .arg(activity.code));
}

Status WalkInCommand::apply()
{
    if (m_added)
        return store().restoreParticipant(*m_added);
    Id participantId = 0;
    Id enrolmentId = 0;
    std::optional<ProgrammeStore::ParticipantSnapshot> added;
    const Status written = inOneTransaction(database(), [&]() -> Status {
        Result<Id> participant = store().addParticipant(m_participant);
        if (!participant)
            return participant.error();
        Result<Id> enrolment = store().enrol(m_activityId, *participant);
        if (!enrolment)
            return enrolment.error();
        Result<ProgrammeStore::ParticipantSnapshot> snapshot =
            store().participantSnapshot(*participant, ProgrammeStore::SnapshotDepth::WithDependents);
        if (!snapshot)
            return snapshot.error();
        participantId = *participant;
        enrolmentId = *enrolment;
        added = std::move(snapshot).value();
        return {};
    });
    if (!written)
        return written;
    m_participantId = participantId;
    m_enrolmentId = enrolmentId;
    m_added = std::move(added);
    return {};
}

Status WalkInCommand::revert()
{
    return store().deleteParticipant(m_participantId, DeleteMode::Cascade);
}

} // namespace sd
