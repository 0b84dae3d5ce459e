#include "commands/WalkInCommand.h"

#include "storage/Database.h"

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
    Transaction transaction(database());
    if (!transaction.begun())
        return transaction.begun();
    Result<Id> participantId = store().addParticipant(m_participant);
    if (!participantId)
        return participantId.error();
    Result<Id> enrolmentId = store().enrol(m_activityId, *participantId);
    if (!enrolmentId)
        return enrolmentId.error();
    Result<ProgrammeStore::ParticipantSnapshot> added =
        store().participantSnapshot(*participantId, ProgrammeStore::SnapshotDepth::WithDependents);
    if (!added)
        return added.error();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_participantId = *participantId;
    m_enrolmentId = *enrolmentId;
    m_added = *added;
    return {};
}

Status WalkInCommand::revert()
{
    return store().deleteParticipant(m_participantId, DeleteMode::Cascade);
}

} // namespace sd
