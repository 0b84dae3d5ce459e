#include "commands/EnrolCommand.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace sd {

EnrolCommand::EnrolCommand(ProgrammeDocument& document, const Activity& activity, QList<Id> participantIds)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Attendance, ProgrammeDocument::Scope::Activities})
    , m_activityId(activity.id)
    , m_participantIds(std::move(participantIds))
{
    setText(
        m_participantIds.size() == 1
            ? QCoreApplication::translate("sd::EnrolCommand", "Enrol 1 participant in %1").arg(activity.code)
            : QCoreApplication::translate("sd::EnrolCommand", "Enrol %1 participants in %2")
                  .arg(m_participantIds.size())
                  .arg(activity.code));
}

QList<Id> EnrolCommand::enrolmentIds() const
{
    QList<Id> ids;
    if (m_enrolled) {
        for (const Enrolment& enrolment : m_enrolled->enrolments)
            ids.append(enrolment.id);
    }
    return ids;
}

Status EnrolCommand::apply()
{
    if (m_enrolled)
        return store().restoreEnrolments(*m_enrolled);
    Transaction transaction(database());
    if (!transaction.begun())
        return transaction.begun();
    ProgrammeStore::EnrolmentSnapshot enrolled;
    for (Id participantId : m_participantIds) {
        Result<Id> enrolmentId = store().enrol(m_activityId, participantId);
        if (!enrolmentId)
            return enrolmentId.error();
        enrolled.enrolments.append({*enrolmentId, m_activityId, participantId});
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_enrolled = enrolled;
    return {};
}

Status EnrolCommand::revert()
{
    Transaction transaction(database());
    if (!transaction.begun())
        return transaction.begun();
    for (const Enrolment& enrolment : m_enrolled->enrolments) {
        if (Status removed = store().unenrol(enrolment.id, DeleteMode::Cascade); !removed)
            return removed;
    }
    return transaction.commit();
}

} // namespace sd
