#include "commands/EditActions.h"

#include "MessageBox.h"
#include "commands/AddRecordCommand.h"
#include "commands/DeleteRecordCommand.h"
#include "commands/EditRecordCommand.h"
#include "commands/EnrolCommand.h"
#include "commands/UnenrolCommand.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/ComponentDialog.h"
#include "dialogs/EnrolParticipantDialog.h"
#include "dialogs/ExpertDialog.h"
#include "dialogs/InstitutionDialog.h"
#include "dialogs/ObjectiveDialog.h"
#include "dialogs/ParticipantDialog.h"
#include "dialogs/ProjectDialog.h"

#include <QStringList>
#include <QWidget>

namespace sd {
namespace {

using Scope = ProgrammeDocument::Scope;

// "3 enrolments and 12 attendance marks": what a delete takes with it, in words.
QString describeImpact(const DeleteImpact& impact)
{
    QStringList parts;
    if (impact.activities > 0)
        parts.append(impact.activities == 1 ? EditActions::tr("1 activity")
                                            : EditActions::tr("%1 activities").arg(impact.activities));
    if (impact.sessions > 0)
        parts.append(impact.sessions == 1 ? EditActions::tr("1 session")
                                          : EditActions::tr("%1 sessions").arg(impact.sessions));
    if (impact.enrolments > 0)
        parts.append(impact.enrolments == 1 ? EditActions::tr("1 enrolment")
                                            : EditActions::tr("%1 enrolments").arg(impact.enrolments));
    if (impact.attendanceMarks > 0)
        parts.append(impact.attendanceMarks == 1
                         ? EditActions::tr("1 attendance mark")
                         : EditActions::tr("%1 attendance marks").arg(impact.attendanceMarks));
    if (impact.participants > 0)
        parts.append(impact.participants == 1
                         ? EditActions::tr("the institution of 1 participant")
                         : EditActions::tr("the institution of %1 participants").arg(impact.participants));
    if (impact.institutions > 0)
        parts.append(impact.institutions == 1
                         ? EditActions::tr("the parent of 1 institution")
                         : EditActions::tr("the parent of %1 institutions").arg(impact.institutions));
    if (impact.projects > 0)
        parts.append(
            impact.projects == 1
                ? EditActions::tr("1 project's list of requesting institutions")
                : EditActions::tr("%1 projects' lists of requesting institutions").arg(impact.projects));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return EditActions::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString capitalised(const QString& text)
{
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace

EditActions::EditActions(ProgrammeDocument& document, QWidget* parent)
    : QObject(parent)
    , m_document(document)
{
}

QWidget* EditActions::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

void EditActions::show(QWidget* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    if (auto* modal = qobject_cast<QDialog*>(dialog))
        modal->open();
    else
        dialog->show();
}

Status EditActions::push(std::unique_ptr<DocumentCommand> command)
{
    return DocumentCommand::push(m_document, std::move(command));
}

void EditActions::reportReadError(const Error& error)
{
    MessageBox::critical(parentWidget(), tr("Cannot open the record"), error.message);
}

bool EditActions::confirm(const QString& title, const QString& text)
{
    return MessageBox::question(parentWidget(), title, text, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

QString EditActions::deleteQuestion(const QString& what, const DeleteImpact& impact)
{
    const QString goes = describeImpact(impact);
    if (goes.isEmpty())
        return tr("Delete %1? You can undo this with Edit ▸ Undo.").arg(what);
    return tr("Delete %1? %2 will be deleted too. You can undo this with Edit ▸ Undo.")
        .arg(what, capitalised(goes));
}

// ---- projects, objectives, components ----

void EditActions::newProject()
{
    auto* dialog = new ProjectDialog(m_document.store(), parentWidget());
    dialog->setSubmitHandler([this, dialog]() -> Status {
        auto command = std::make_unique<AddRecordCommand<Project>>(m_document, dialog->value());
        auto* add = command.get();
        if (Status pushed = push(std::move(command)); !pushed)
            return pushed;
        Q_EMIT recordAdded(Scope::Project, add->recordId());
        return {};
    });
    show(dialog);
}

void EditActions::editProject(Id id)
{
    Result<Project> project = m_document.store().project(id);
    if (!project)
        return reportReadError(project.error());
    auto* dialog = new ProjectDialog(m_document.store(), parentWidget());
    dialog->setValue(*project);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        return push(std::make_unique<EditRecordCommand<Project>>(m_document, dialog->value()));
    });
    show(dialog);
}

void EditActions::deleteProject(Id id)
{
    Result<Project> project = m_document.store().project(id);
    if (!project)
        return reportReadError(project.error());
    Result<DeleteImpact> impact = m_document.store().projectDeleteImpact(id);
    if (!impact)
        return reportReadError(impact.error());
    if (!confirm(tr("Delete project"), deleteQuestion(tr("project %1").arg(project->code), *impact)))
        return;
    if (Status pushed = push(std::make_unique<DeleteRecordCommand<Project>>(m_document, id)); !pushed)
        MessageBox::critical(parentWidget(), tr("Not deleted"), pushed.error().message);
}

void EditActions::newObjective(Id projectId)
{
    auto* dialog = new ObjectiveDialog(m_document.store(), projectId, parentWidget());
    dialog->setSubmitHandler([this, dialog]() -> Status {
        auto command = std::make_unique<AddRecordCommand<Objective>>(m_document, dialog->value());
        auto* add = command.get();
        if (Status pushed = push(std::move(command)); !pushed)
            return pushed;
        Q_EMIT recordAdded(Scope::Project, add->recordId());
        return {};
    });
    show(dialog);
}

void EditActions::editObjective(Id id)
{
    Result<Objective> objective = m_document.store().objective(id);
    if (!objective)
        return reportReadError(objective.error());
    auto* dialog = new ObjectiveDialog(m_document.store(), objective->projectId, parentWidget());
    dialog->setValue(*objective);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        return push(std::make_unique<EditRecordCommand<Objective>>(m_document, dialog->value()));
    });
    show(dialog);
}

void EditActions::deleteObjective(Id id)
{
    Result<Objective> objective = m_document.store().objective(id);
    if (!objective)
        return reportReadError(objective.error());
    if (!confirm(tr("Delete objective"),
                 deleteQuestion(tr("objective %1").arg(objective->number), DeleteImpact{})))
        return;
    if (Status pushed = push(std::make_unique<DeleteRecordCommand<Objective>>(m_document, id)); !pushed)
        MessageBox::critical(parentWidget(), tr("Not deleted"), pushed.error().message);
}

void EditActions::newComponent(Id projectId)
{
    auto* dialog = new ComponentDialog(m_document.store(), projectId, parentWidget());
    dialog->setSubmitHandler([this, dialog]() -> Status {
        auto command = std::make_unique<AddRecordCommand<Component>>(m_document, dialog->value());
        auto* add = command.get();
        if (Status pushed = push(std::move(command)); !pushed)
            return pushed;
        Q_EMIT recordAdded(Scope::Project, add->recordId());
        return {};
    });
    show(dialog);
}

void EditActions::editComponent(Id id)
{
    Result<Component> component = m_document.store().component(id);
    if (!component)
        return reportReadError(component.error());
    auto* dialog = new ComponentDialog(m_document.store(), component->projectId, parentWidget());
    dialog->setValue(*component);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        return push(std::make_unique<EditRecordCommand<Component>>(m_document, dialog->value()));
    });
    show(dialog);
}

void EditActions::deleteComponent(Id id)
{
    Result<Component> component = m_document.store().component(id);
    if (!component)
        return reportReadError(component.error());
    // An activity must keep one component: say which would be left without, rather than ask.
    Result<QList<Activity>> activities = m_document.store().activities(component->projectId);
    if (!activities)
        return reportReadError(activities.error());
    QStringList alone;
    for (const Activity& activity : *activities) {
        if (activity.componentIds == QList<Id>{id})
            alone.append(activity.code);
    }
    if (!alone.isEmpty()) {
        MessageBox::information(
            parentWidget(), tr("Component kept"),
            tr("Component %1 cannot be deleted: activity(ies) %2 belong to no other component. "
               "Give them another component first.")
                .arg(component->number)
                .arg(alone.join(QStringLiteral(", "))));
        return;
    }
    Result<DeleteImpact> impact = m_document.store().componentDeleteImpact(id);
    if (!impact)
        return reportReadError(impact.error());
    // The activities stay; they only leave the component.
    const QString text = impact->activities == 0
                             ? deleteQuestion(tr("component %1").arg(component->number), DeleteImpact{})
                             : tr("Delete component %1? Its %2 activity(ies) leave it and stay in their "
                                  "other components. You can "
                                  "undo this with Edit ▸ Undo.")
                                   .arg(component->number)
                                   .arg(impact->activities);
    if (!confirm(tr("Delete component"), text))
        return;
    if (Status pushed = push(std::make_unique<DeleteRecordCommand<Component>>(m_document, id)); !pushed)
        MessageBox::critical(parentWidget(), tr("Not deleted"), pushed.error().message);
}

// ---- activities ----

void EditActions::newActivity(Id projectId)
{
    auto* dialog = new ActivityDialog(m_document.store(), projectId, parentWidget());
    dialog->setSubmitHandler([this, dialog]() -> Status {
        auto command = std::make_unique<AddRecordCommand<ActivityValue>>(m_document, dialog->value());
        auto* add = command.get();
        if (Status pushed = push(std::move(command)); !pushed)
            return pushed;
        Q_EMIT recordAdded(Scope::Activities, add->recordId());
        return {};
    });
    show(dialog);
}

void EditActions::editActivity(Id id)
{
    Result<ActivityValue> activity =
        m_document.store().activitySnapshot(id, ProgrammeStore::SnapshotDepth::Record);
    if (!activity)
        return reportReadError(activity.error());
    auto* dialog = new ActivityDialog(m_document.store(), activity->activity.projectId, parentWidget());
    dialog->setValue(*activity);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        return push(std::make_unique<EditRecordCommand<ActivityValue>>(m_document, dialog->value()));
    });
    show(dialog);
}

void EditActions::deleteActivity(Id id)
{
    Result<Activity> activity = m_document.store().activity(id);
    if (!activity)
        return reportReadError(activity.error());
    Result<DeleteImpact> impact = m_document.store().activityDeleteImpact(id);
    if (!impact)
        return reportReadError(impact.error());
    if (!confirm(tr("Delete activity"), deleteQuestion(tr("activity %1").arg(activity->code), *impact)))
        return;
    if (Status pushed = push(std::make_unique<DeleteRecordCommand<ActivityValue>>(m_document, id)); !pushed)
        MessageBox::critical(parentWidget(), tr("Not deleted"), pushed.error().message);
}

void EditActions::openAttendance(Id activityId)
{
    auto* dialog = new AttendanceDialog(m_document, activityId, parentWidget());
    if (!dialog->loaded()) {
        const Error error = dialog->loaded().error();
        delete dialog;
        return reportReadError(error);
    }
    show(dialog);
}

void EditActions::enrolParticipants(Id activityId)
{
    Result<Activity> activity = m_document.store().activity(activityId);
    if (!activity)
        return reportReadError(activity.error());
    auto* dialog = new EnrolParticipantDialog(m_document.store(), *activity, parentWidget());
    connect(dialog, &QDialog::accepted, this, [this, dialog, activity = *activity] {
        const QList<Id> participants = dialog->selectedParticipantIds();
        if (participants.isEmpty())
            return;
        if (Status pushed = push(std::make_unique<EnrolCommand>(m_document, activity, participants)); !pushed)
            MessageBox::critical(parentWidget(), tr("Not enrolled"), pushed.error().message);
    });
    show(dialog);
}

void EditActions::unenrol(Id activityId, Id participantId)
{
    Result<Activity> activity = m_document.store().activity(activityId);
    if (!activity)
        return reportReadError(activity.error());
    Result<QList<Enrolment>> enrolments = m_document.store().enrolments(activityId);
    if (!enrolments)
        return reportReadError(enrolments.error());
    Id enrolmentId = 0;
    for (const Enrolment& enrolment : *enrolments) {
        if (enrolment.participantId == participantId)
            enrolmentId = enrolment.id;
    }
    if (enrolmentId == 0)
        return;
    Result<ProgrammeStore::EnrolmentSnapshot> marks = m_document.store().enrolmentSnapshot({enrolmentId});
    if (!marks)
        return reportReadError(marks.error());
    DeleteImpact impact;
    impact.attendanceMarks = marks->marks.size();
    const QString goes = describeImpact(impact);
    const QString text =
        goes.isEmpty()
            ? tr("Remove this participant from activity %1? You can undo this.").arg(activity->code)
            : tr("Remove this participant from activity %1? Their %2 go with the enrolment. You can "
                 "undo this.")
                  .arg(activity->code, goes);
    if (!confirm(tr("Remove from activity"), text))
        return;
    if (Status pushed = push(std::make_unique<UnenrolCommand>(m_document, *activity, QList<Id>{enrolmentId}));
        !pushed)
        MessageBox::critical(parentWidget(), tr("Not removed"), pushed.error().message);
}

// ---- registers ----

void EditActions::newParticipant()
{
    auto* dialog = new ParticipantDialog(m_document.store(), parentWidget());
    dialog->setSubmitHandler([this, dialog]() -> Status {
        auto command = std::make_unique<AddRecordCommand<Participant>>(m_document, dialog->value());
        auto* add = command.get();
        if (Status pushed = push(std::move(command)); !pushed)
            return pushed;
        Q_EMIT recordAdded(Scope::Participants, add->recordId());
        return {};
    });
    show(dialog);
}

void EditActions::editParticipant(Id id)
{
    Result<Participant> participant = m_document.store().participant(id);
    if (!participant)
        return reportReadError(participant.error());
    auto* dialog = new ParticipantDialog(m_document.store(), parentWidget());
    dialog->setValue(*participant);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        return push(std::make_unique<EditRecordCommand<Participant>>(m_document, dialog->value()));
    });
    show(dialog);
}

void EditActions::deleteParticipant(Id id)
{
    Result<Participant> participant = m_document.store().participant(id);
    if (!participant)
        return reportReadError(participant.error());
    Result<DeleteImpact> impact = m_document.store().participantDeleteImpact(id);
    if (!impact)
        return reportReadError(impact.error());
    if (!confirm(tr("Delete participant"), deleteQuestion(participant->fullName(), *impact)))
        return;
    if (Status pushed = push(std::make_unique<DeleteRecordCommand<Participant>>(m_document, id)); !pushed)
        MessageBox::critical(parentWidget(), tr("Not deleted"), pushed.error().message);
}

void EditActions::newExpert()
{
    auto* dialog = new ExpertDialog(parentWidget());
    dialog->setSubmitHandler([this, dialog]() -> Status {
        auto command = std::make_unique<AddRecordCommand<Expert>>(m_document, dialog->value());
        auto* add = command.get();
        if (Status pushed = push(std::move(command)); !pushed)
            return pushed;
        Q_EMIT recordAdded(Scope::Experts, add->recordId());
        return {};
    });
    show(dialog);
}

void EditActions::editExpert(Id id)
{
    Result<Expert> expert = m_document.store().expert(id);
    if (!expert)
        return reportReadError(expert.error());
    auto* dialog = new ExpertDialog(parentWidget());
    dialog->setValue(*expert);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        return push(std::make_unique<EditRecordCommand<Expert>>(m_document, dialog->value()));
    });
    show(dialog);
}

void EditActions::deleteExpert(Id id)
{
    Result<Expert> expert = m_document.store().expert(id);
    if (!expert)
        return reportReadError(expert.error());
    Result<DeleteImpact> impact = m_document.store().expertDeleteImpact(id);
    if (!impact)
        return reportReadError(impact.error());
    // The activities stay: only the expert's place in them goes.
    const QString text =
        impact->activities == 0
            ? deleteQuestion(expert->fullName(), DeleteImpact{})
            : tr("Delete %1? They leave the %2 activity(ies) they deliver; the activities stay. You "
                 "can undo this with Edit ▸ Undo.")
                  .arg(expert->fullName())
                  .arg(impact->activities);
    if (!confirm(tr("Delete expert"), text))
        return;
    if (Status pushed = push(std::make_unique<DeleteRecordCommand<Expert>>(m_document, id)); !pushed)
        MessageBox::critical(parentWidget(), tr("Not deleted"), pushed.error().message);
}

void EditActions::newInstitution()
{
    auto* dialog = new InstitutionDialog(m_document.store(), parentWidget());
    dialog->setSubmitHandler([this, dialog]() -> Status {
        auto command = std::make_unique<AddRecordCommand<Institution>>(m_document, dialog->value());
        auto* add = command.get();
        if (Status pushed = push(std::move(command)); !pushed)
            return pushed;
        Q_EMIT recordAdded(Scope::Institutions, add->recordId());
        return {};
    });
    show(dialog);
}

void EditActions::editInstitution(Id id)
{
    Result<Institution> institution = m_document.store().institution(id);
    if (!institution)
        return reportReadError(institution.error());
    auto* dialog = new InstitutionDialog(m_document.store(), parentWidget());
    dialog->setValue(*institution);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        return push(std::make_unique<EditRecordCommand<Institution>>(m_document, dialog->value()));
    });
    show(dialog);
}

void EditActions::deleteInstitution(Id id)
{
    Result<Institution> institution = m_document.store().institution(id);
    if (!institution)
        return reportReadError(institution.error());
    Result<DeleteImpact> impact = m_document.store().institutionDeleteImpact(id);
    if (!impact)
        return reportReadError(impact.error());
    const QString goes = describeImpact(*impact);
    const QString text =
        goes.isEmpty()
            ? tr("Delete institution %1? You can undo this with Edit ▸ Undo.").arg(institution->name)
            : tr("Delete institution %1? This clears %2; the participants and institutions themselves stay. "
                 "You can "
                 "undo this with Edit ▸ Undo.")
                  .arg(institution->name, goes);
    if (!confirm(tr("Delete institution"), text))
        return;
    if (Status pushed = push(std::make_unique<DeleteRecordCommand<Institution>>(m_document, id)); !pushed)
        MessageBox::critical(parentWidget(), tr("Not deleted"), pushed.error().message);
}

} // namespace sd
